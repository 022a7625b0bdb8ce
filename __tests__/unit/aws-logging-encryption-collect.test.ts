import { configSchema } from '../../src/config/schema.js'
import { CHECKS } from '../../src/checks/index.js'
import type { EvidenceRecord, Finding } from '../../src/model.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import { collectAws } from '../../src/sources/aws/collect.js'
import { AWS_LOGGING_EVIDENCE, type TrailDestinationsEvidence } from '../../src/evidence/aws-logging.js'
import { AWS_ENCRYPTION_EVIDENCE } from '../../src/evidence/aws-encryption.js'
import {
  demoAwsAccount,
  startAwsSimulator,
  type AwsSimulator,
  type SimAwsAccount
} from '../support/aws-simulator.js'

const NOW = new Date()
const ACCOUNT = '123456789012'
const EU = `aws:${ACCOUNT}/eu-west-1`
const US = `aws:${ACCOUNT}/us-east-1`
let sim: AwsSimulator
const saved = { ...process.env }

beforeAll(async () => {
  sim = await startAwsSimulator([demoAwsAccount(NOW)], { credentialReportPolls: 0 })
  process.env.AWS_ACCESS_KEY_ID = sim.accessKeyId
  process.env.AWS_SECRET_ACCESS_KEY = sim.secretAccessKey
  delete process.env.AWS_SESSION_TOKEN
  delete process.env.AWS_PROFILE
})
afterAll(async () => {
  process.env = saved
  await sim.close()
})
afterEach(() => sim.clearFaults())

async function collect(): Promise<EvidenceRecord[]> {
  const records: EvidenceRecord[] = []
  await collectAws(
    { add: async (record) => void records.push(record) },
    { roleArns: [], regions: ['eu-west-1', 'us-east-1'], endpoint: sim.url },
    { runId: 'r1', log: () => undefined, now: () => NOW, credentialReportWaitMs: 1_000, env: {} }
  )
  return records
}

function evaluate(records: EvidenceRecord[], config: Record<string, unknown> = {}): Finding[] {
  const context = {
    evidence: new EvidenceIndex(records),
    config: configSchema.parse(config),
    period: {
      start: new Date(NOW.getTime() - 86_400_000).toISOString(),
      end: NOW.toISOString(),
      expression: 'P1D'
    }
  }
  return CHECKS.filter((check) => NEW_CHECKS.includes(check.metadata.id)).flatMap((check) =>
    check.evaluate(context).map((result) => ({ ...result, check: check.metadata.id, controls: {} }))
  )
}
const NEW_CHECKS = [
  'aws.cloudtrail.log-bucket-protected',
  'aws.cloudtrail.kms-encrypted',
  'aws.cloudwatch.cis-alarms',
  'aws.vpc.flow-logs',
  'aws.changes.flow-logs-in-force',
  'aws.changes.cis-alarms-in-force',
  'aws.ec2.ebs-default-encryption',
  'aws.changes.ebs-encryption-in-force',
  'aws.rds.storage-encrypted',
  'aws.efs.encrypted',
  'aws.dynamodb.encryption',
  'aws.kms.key-policy-not-public',
  'aws.changes.kms-key-not-scheduled-for-deletion'
]
const find = (findings: Finding[], check: string, subject: string) =>
  findings.find((f) => f.check === check && f.subject === subject)
const statusOf = (findings: Finding[], check: string, subject: string) =>
  find(findings, check, subject)?.status

describe('logging and encryption against the simulator (demo account)', () => {
  it('shows passing and failing findings per area, and flow logging switched off for part of the period', async () => {
    const findings = evaluate(await collect())
    const logging = {
      bucket: statusOf(findings, 'aws.cloudtrail.log-bucket-protected', `${EU}/acme-audit-logs`),
      kms: statusOf(findings, 'aws.cloudtrail.kms-encrypted', `${EU}/trail/management-events`),
      cis: statusOf(findings, 'aws.cloudwatch.cis-alarms', `aws:${ACCOUNT}`),
      flowEu: statusOf(findings, 'aws.vpc.flow-logs', EU),
      flowUs: statusOf(findings, 'aws.vpc.flow-logs', US)
    }
    expect(logging).toEqual({ bucket: 'pass', kms: 'fail', cis: 'fail', flowEu: 'pass', flowUs: 'fail' })
    expect(find(findings, 'aws.cloudwatch.cis-alarms', `aws:${ACCOUNT}`)?.message).toMatch(
      /^Not alarmed: CloudTrail configuration change \(the alarm notifies only SNS topics without a confirmed subscription: arn:aws:sns:eu-west-1:123456789012:cloudtrail-alerts \(only 1 PendingConfirmation\)\); security group change \(an alarm without an enabled action\)\. Alarmed: root account use: cis-root-usage \(filter root-usage\) → arn:aws:sns:eu-west-1:123456789012:security-alerts \(1 confirmed\)/
    )
    const gap = find(findings, 'aws.changes.flow-logs-in-force', EU)!
    expect(gap.status).toBe('fail')
    expect(gap.message).toMatch(/not in force for 1 interval/)
    expect(gap.message).toContain(
      'DeleteFlowLogs by arn:aws:sts::123456789012:assumed-role/network-admin/erin'
    )
    expect(gap.message).toContain(
      'CreateFlowLogs by arn:aws:sts::123456789012:assumed-role/security-admin/alice'
    )
    expect(statusOf(findings, 'aws.changes.flow-logs-in-force', US)).toBe('fail')
    // The security-group alarm has no action at the end, and no event in the period: off the whole period.
    expect(
      statusOf(
        findings,
        'aws.changes.cis-alarms-in-force',
        `aws:${ACCOUNT}/eu-west-1/log-group/cloudtrail/management-events`
      )
    ).toBe('fail')

    const encryption = {
      ebsEu: statusOf(findings, 'aws.ec2.ebs-default-encryption', EU),
      ebsUs: statusOf(findings, 'aws.ec2.ebs-default-encryption', US),
      ebsTimelineEu: statusOf(findings, 'aws.changes.ebs-encryption-in-force', EU),
      rdsEu: statusOf(findings, 'aws.rds.storage-encrypted', EU),
      rdsUs: statusOf(findings, 'aws.rds.storage-encrypted', US),
      efsEu: statusOf(findings, 'aws.efs.encrypted', EU),
      efsUs: statusOf(findings, 'aws.efs.encrypted', US),
      dynamoEu: statusOf(findings, 'aws.dynamodb.encryption', EU),
      keyPolicyEu: statusOf(findings, 'aws.kms.key-policy-not-public', EU),
      keyPolicyUs: statusOf(findings, 'aws.kms.key-policy-not-public', US),
      deletion: statusOf(
        findings,
        'aws.changes.kms-key-not-scheduled-for-deletion',
        `${EU}/1234abcd-12ab-34cd-56ef-1234567890ab`
      )
    }
    expect(encryption).toEqual({
      ebsEu: 'pass',
      ebsUs: 'fail',
      ebsTimelineEu: 'pass',
      rdsEu: 'pass',
      rdsUs: 'fail',
      efsEu: 'pass',
      efsUs: 'not_applicable',
      dynamoEu: 'pass',
      keyPolicyEu: 'fail',
      keyPolicyUs: 'not_applicable',
      deletion: 'pass'
    })
    expect(find(findings, 'aws.kms.key-policy-not-public', EU)?.message).toMatch(
      /0987dcba-09fe-87dc-65ba-ab0987654321: Legacy partner decrypt \(kms:Decrypt\)/
    )
    expect(find(findings, 'aws.kms.key-policy-not-public', EU)?.message).not.toContain('mrk-5e1f0c7a9b8d4e2f')
    // The CMK requirement, where configured.
    const strict = evaluate(await collect(), { aws: { 'dynamodb-cmk-tables': ['sessions', 'orders'] } })
    expect(find(strict, 'aws.dynamodb.encryption', EU)).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('sessions: must use a customer managed key, uses the AWS owned key')
    })
  }, 60_000)

  it('records "not configured" answers as facts: no Object Lock, no lifecycle, a log group that is gone', async () => {
    const account: SimAwsAccount = {
      ...demoAwsAccount(NOW),
      bucketProtection: {},
      logGroups: {}
    }
    const own = await startAwsSimulator([account], { credentialReportPolls: 0 })
    try {
      const records: EvidenceRecord[] = []
      await collectAws(
        { add: async (record) => void records.push(record) },
        { roleArns: [], regions: ['eu-west-1'], endpoint: own.url },
        { runId: 'r2', log: () => undefined, now: () => NOW, credentialReportWaitMs: 1_000, env: {} }
      )
      const destinations = records.find((r) => r.kind === AWS_LOGGING_EVIDENCE.trailDestinations)!
      const trail = (destinations.data as TrailDestinationsEvidence).trails[0]!
      expect(trail.bucket).toMatchObject({ name: 'acme-audit-logs', lifecycleRules: [] })
      expect(trail.bucket?.objectLock).toBeUndefined()
      expect(trail.bucket?.accessLogging).toBeUndefined()
      expect(trail.bucket?.errors).toBeUndefined()
      expect(trail.logGroup).toMatchObject({ name: 'cloudtrail/management-events', missing: true })
      const findings = evaluate(records)
      expect(find(findings, 'aws.cloudtrail.log-bucket-protected', `${EU}/acme-audit-logs`)?.message).toMatch(
        /neither Object Lock nor MFA delete is enabled; server access logging is off/
      )
      expect(statusOf(findings, 'aws.cloudwatch.cis-alarms', `aws:${ACCOUNT}`)).toBe('fail')
    } finally {
      await own.close()
    }
  }, 60_000)

  it('retries throttling of the new services and then succeeds', async () => {
    for (const [service, operation] of [
      ['logs', 'DescribeMetricFilters'],
      ['monitoring', 'DescribeAlarmsForMetric'],
      ['sns', 'ListSubscriptionsByTopic'],
      ['rds', 'DescribeDBInstances'],
      ['elasticfilesystem', 'DescribeFileSystems'],
      ['dynamodb', 'ListTables'],
      ['ec2', 'GetEbsEncryptionByDefault'],
      ['kms', 'GetKeyPolicy']
    ] as const) {
      sim.addFault({ service, operation, kind: 'throttling', times: 1 })
    }
    const records = await collect()
    const kinds = new Set<string>([
      ...Object.values(AWS_LOGGING_EVIDENCE),
      ...Object.values(AWS_ENCRYPTION_EVIDENCE)
    ])
    expect(records.filter((r) => kinds.has(r.kind) && r.error)).toEqual([])
    expect(JSON.stringify(records.filter((r) => kinds.has(r.kind)).map((r) => r.data))).not.toMatch(
      /Throttl|rate/i
    )
    expect(sim.requests.filter((r) => r.service === 'rds' && r.status === 400).length).toBeGreaterThanOrEqual(
      1
    )
  }, 60_000)

  it('records the subscriptions of the CIS alarm topics, Endpoint left out', async () => {
    const records = await collect()
    const destinations = records.find((r) => r.kind === AWS_LOGGING_EVIDENCE.trailDestinations)!
    const data = destinations.data as TrailDestinationsEvidence
    expect(data.topics).toEqual([
      {
        TopicArn: 'arn:aws:sns:eu-west-1:123456789012:security-alerts',
        subscriptions: [
          {
            SubscriptionArn: expect.stringMatching(/^arn:aws:sns:eu-west-1:123456789012:security-alerts:/),
            Protocol: 'email',
            Owner: ACCOUNT
          },
          { SubscriptionArn: 'PendingConfirmation', Protocol: 'email', Owner: ACCOUNT }
        ]
      },
      {
        TopicArn: 'arn:aws:sns:eu-west-1:123456789012:cloudtrail-alerts',
        subscriptions: [{ SubscriptionArn: 'PendingConfirmation', Protocol: 'email', Owner: ACCOUNT }]
      }
    ])
    expect(JSON.stringify(destinations)).not.toContain('@example.com')
    expect(destinations.requests.filter((r) => r.method === 'ListSubscriptionsByTopic')).toHaveLength(2)
  }, 60_000)

  it('pages the subscriptions by NextToken: a confirmed one on the second page counts; a deleted topic is missing', async () => {
    const demo = demoAwsAccount(NOW)
    const pending = 'arn:aws:sns:eu-west-1:123456789012:cloudtrail-alerts'
    const account: SimAwsAccount = {
      ...demo,
      snsTopics: {
        ...demo.snsTopics,
        [pending]: [
          ...Array.from({ length: 130 }, (_, i) => ({
            protocol: 'email' as const,
            endpoint: `p${i}@example.com`,
            pending: true
          })),
          { protocol: 'sqs', endpoint: 'arn:aws:sqs:eu-west-1:123456789012:alerts' }
        ]
      },
      // The security-group alarm notifies a topic that was deleted (NotFound).
      alarms: {
        'eu-west-1': (demo.alarms?.['eu-west-1'] ?? []).map((a) =>
          a.name === 'cis-security-group-changes'
            ? { ...a, actions: ['arn:aws:sns:eu-west-1:123456789012:deleted'] }
            : a
        )
      }
    }
    const own = await startAwsSimulator([account], { credentialReportPolls: 0 })
    try {
      const records: EvidenceRecord[] = []
      await collectAws(
        { add: async (record) => void records.push(record) },
        { roleArns: [], regions: ['eu-west-1'], endpoint: own.url },
        { runId: 'r3', log: () => undefined, now: () => NOW, credentialReportWaitMs: 1_000, env: {} }
      )
      const record = records.find((r) => r.kind === AWS_LOGGING_EVIDENCE.trailDestinations)!
      const topics = (record.data as TrailDestinationsEvidence).topics!
      expect(topics.find((t) => t.TopicArn === pending)?.subscriptions).toHaveLength(131)
      expect(topics.find((t) => t.TopicArn.endsWith(':deleted'))).toMatchObject({ missing: true })
      expect(
        record.requests.filter((r) => r.method === 'ListSubscriptionsByTopic').map((r) => r.status)
      ).toEqual([200, 200, 200, 404])
      const finding = find(evaluate(records), 'aws.cloudwatch.cis-alarms', `aws:${ACCOUNT}`)!
      expect(finding.status).toBe('fail')
      expect(finding.message).toMatch(
        /^Not alarmed: security group change \(the alarm notifies only SNS topics without a confirmed subscription: arn:aws:sns:eu-west-1:123456789012:deleted \(the topic no longer exists\)\)\. Alarmed: .*CloudTrail configuration change: cis-cloudtrail-changes \(filter cloudtrail-changes\) → arn:aws:sns:eu-west-1:123456789012:cloudtrail-alerts \(1 confirmed\)/
      )
    } finally {
      await own.close()
    }
  }, 60_000)

  it('AccessDenied on SNS (AuthorizationError) leaves the events of those topics unknown, naming sns:ListSubscriptionsByTopic', async () => {
    sim.addFault({ service: 'sns', operation: 'ListSubscriptionsByTopic', kind: 'access-denied' })
    const records = await collect()
    const data = records.find((r) => r.kind === AWS_LOGGING_EVIDENCE.trailDestinations)!
      .data as TrailDestinationsEvidence
    expect(data.topics?.map((t) => t.missingPermission)).toEqual([
      'sns:ListSubscriptionsByTopic',
      'sns:ListSubscriptionsByTopic'
    ])
    const finding = find(evaluate(records), 'aws.cloudwatch.cis-alarms', `aws:${ACCOUNT}`)!
    // The security-group alarm has no action (fail whatever SNS says); the four others are not known.
    expect(finding.status).toBe('fail')
    expect(finding.message).toMatch(
      /Not known for root account use, console sign-in without MFA, IAM policy change, CloudTrail configuration change: .*the role lacks sns:ListSubscriptionsByTopic/
    )
    expect(finding.message).not.toMatch(/Alarmed:/)
  }, 60_000)

  it('turns AccessDenied into an error naming the missing IAM action, and the findings into error', async () => {
    sim.addFault({ service: 'rds', kind: 'access-denied' })
    sim.addFault({ service: 'ec2', operation: 'DescribeFlowLogs', kind: 'access-denied' })
    sim.addFault({ service: 'kms', operation: 'GetKeyPolicy', kind: 'access-denied' })
    sim.addFault({ service: 'monitoring', kind: 'access-denied' })
    sim.addFault({ service: 's3', operation: 'GetObjectLockConfiguration', kind: 'access-denied' })
    const records = await collect()
    const rds = records.filter((r) => r.kind === AWS_ENCRYPTION_EVIDENCE.rds)
    expect(rds.map((r) => r.error?.missingPermission)).toEqual([
      'rds:DescribeDBInstances',
      'rds:DescribeDBInstances'
    ])
    const flow = records.filter((r) => r.kind === AWS_LOGGING_EVIDENCE.flowLogs)
    expect(flow.map((r) => r.error?.missingPermission)).toEqual([
      'ec2:DescribeFlowLogs',
      'ec2:DescribeFlowLogs'
    ])
    const findings = evaluate(records)
    expect(statusOf(findings, 'aws.rds.storage-encrypted', EU)).toBe('error')
    expect(statusOf(findings, 'aws.vpc.flow-logs', EU)).toBe('error')
    expect(statusOf(findings, 'aws.changes.flow-logs-in-force', EU)).toBe('error')
    expect(find(findings, 'aws.kms.key-policy-not-public', EU)).toMatchObject({
      status: 'error',
      message: expect.stringContaining('kms:GetKeyPolicy')
    })
    expect(find(findings, 'aws.cloudwatch.cis-alarms', `aws:${ACCOUNT}`)).toMatchObject({ status: 'error' })
    expect(find(findings, 'aws.cloudtrail.log-bucket-protected', `${EU}/acme-audit-logs`)).toMatchObject({
      status: 'error',
      message: expect.stringContaining('s3:GetBucketObjectLockConfiguration')
    })
  }, 60_000)
})
