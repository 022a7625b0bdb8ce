import { configSchema } from '../../src/config/schema.js'
import { CHECKS } from '../../src/checks/index.js'
import type { EvidenceRecord, Finding } from '../../src/model.js'
import { collectAws } from '../../src/sources/aws/collect.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import { AWS_AI_MONITORING_EVIDENCE, type SageMakerMonitoringEvidence } from '../../src/evidence/aws-ai.js'
import {
  AWS_BACKUP_EVIDENCE,
  AWS_S3_REPLICATION_EVIDENCE,
  type BackupEvidence,
  type RdsBackupEvidence,
  type S3ReplicationEvidence
} from '../../src/evidence/aws-backup.js'
import { demoAwsAccount, startAwsSimulator, type AwsSimulator } from '../support/aws-simulator.js'

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

const IDS = [
  'aws.backup.plans-with-selections',
  'aws.backup.recovery-points-within-rpo',
  'aws.backup.restore-tests',
  'aws.rds.automated-backups',
  'aws.rds.multi-az',
  'aws.changes.backup-in-force',
  'aws.bedrock.guardrails-ready',
  'aws.sagemaker.endpoint-data-capture',
  'aws.sagemaker.model-monitor',
  'aws.changes.ai-monitoring-in-force'
]

function evaluate(records: EvidenceRecord[], ids = IDS): Finding[] {
  const context = {
    evidence: new EvidenceIndex(records),
    config: configSchema.parse({}),
    period: {
      start: new Date(NOW.getTime() - 86_400_000).toISOString(),
      end: NOW.toISOString(),
      expression: 'P1D'
    }
  }
  return CHECKS.filter((check) => ids.includes(check.metadata.id)).flatMap((check) =>
    check.evaluate(context).map((result) => ({ ...result, check: check.metadata.id, controls: {} }))
  )
}
const find = (findings: Finding[], check: string, subject: string) =>
  findings.find((f) => f.check === check && f.subject === subject)

describe('backup and AI workloads against the simulator (demo account)', () => {
  it('shows a passing and a failing finding per check, and controls switched off for part of the period', async () => {
    const records = await collect()
    const findings = evaluate(records)
    const statuses = Object.fromEntries(
      IDS.map((id) => [id, [find(findings, id, EU)?.status, find(findings, id, US)?.status]])
    )
    expect(statuses).toEqual({
      'aws.backup.plans-with-selections': ['pass', 'fail'],
      'aws.backup.recovery-points-within-rpo': ['fail', 'pass'],
      'aws.backup.restore-tests': ['pass', 'fail'],
      'aws.rds.automated-backups': ['pass', 'fail'],
      'aws.rds.multi-az': ['pass', 'fail'],
      'aws.changes.backup-in-force': ['pass', 'fail'],
      'aws.bedrock.guardrails-ready': ['pass', 'fail'],
      'aws.sagemaker.endpoint-data-capture': ['pass', 'fail'],
      'aws.sagemaker.model-monitor': ['pass', 'fail'],
      'aws.changes.ai-monitoring-in-force': ['fail', 'pass']
    })
    expect(find(findings, 'aws.backup.recovery-points-within-rpo', EU)?.message).toMatch(
      /1 of 2 protected resource\(s\) went longer than the RPO of 32 h without a recovery point: arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system\/fs-shared 72 h/
    )
    const monitor = find(findings, 'aws.changes.ai-monitoring-in-force', EU)!
    expect(monitor.message).toContain(
      'Model Monitor schedule fraud-scoring-data-quality in eu-west-1 was not in force for 1 interval(s) of the period'
    )
    expect(monitor.message).toContain(
      'StopMonitoringSchedule by arn:aws:sts::123456789012:assumed-role/ml-platform/dave'
    )
    expect(monitor.message).toContain(
      'StartMonitoringSchedule by arn:aws:sts::123456789012:assumed-role/ml-platform/erin'
    )
    const deleted = find(findings, 'aws.changes.backup-in-force', US)!
    expect(deleted.message).toContain('AWS Backup plan plan-us-daily in us-east-1 was not in force')
    expect(deleted.message).toContain(
      'DeleteBackupSelection by arn:aws:sts::123456789012:assumed-role/ops/mallory'
    )
    const replication = evaluate(records, ['aws.s3.replication-enabled'])
    expect(replication).toEqual([
      expect.objectContaining({
        subject: `aws:${ACCOUNT}`,
        status: 'fail',
        message: 'S3 replication: acme-backups rule rule-1 is Disabled.'
      })
    ])
    expect(find(findings, 'aws.rds.automated-backups', EU)?.message).toContain(
      'orders-replica (read replica of orders)'
    )
  }, 30_000)

  it('records the SDK shapes: dates as ISO 8601, data capture, the last monitoring execution', async () => {
    const records = await collect()
    const backup = records.find((r) => r.kind === AWS_BACKUP_EVIDENCE.backup && r.subject === EU)!
      .data as BackupEvidence
    expect(backup.plans).toEqual([
      expect.objectContaining({ BackupPlanId: 'plan-daily', BackupPlanName: 'daily' })
    ])
    expect(backup.selections).toEqual([
      { BackupPlanId: 'plan-daily', SelectionId: 'sel-tagged', SelectionName: 'backup-daily-tag' }
    ])
    expect(backup.recoveryPoints[0]?.CreationDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/)
    expect(backup.restoreJobs.map((j) => j.CreatedBy?.RestoreTestingPlanArn)).toEqual([
      `arn:aws:backup:eu-west-1:${ACCOUNT}:restore-testing-plan:weekly-restore-test`,
      `arn:aws:backup:eu-west-1:${ACCOUNT}:restore-testing-plan:weekly-restore-test`
    ])
    const rds = records.find((r) => r.kind === AWS_BACKUP_EVIDENCE.rdsBackups && r.subject === US)!
      .data as RdsBackupEvidence
    expect(rds.instances).toEqual([
      expect.objectContaining({
        DBInstanceIdentifier: 'legacy-reporting',
        BackupRetentionPeriod: 0,
        MultiAZ: false
      })
    ])
    const sm = records.find(
      (r) => r.kind === AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring && r.subject === EU
    )!.data as SageMakerMonitoringEvidence
    expect(sm.endpoints[0]?.DataCaptureConfig).toEqual({
      EnableCapture: true,
      CaptureStatus: 'Started',
      CurrentSamplingPercentage: 20,
      DestinationS3Uri: 's3://acme-ml-capture/fraud-scoring'
    })
    expect(sm.schedules[0]?.LastMonitoringExecutionSummary?.MonitoringExecutionStatus).toBe('Completed')
    const replication = records.find((r) => r.kind === AWS_S3_REPLICATION_EVIDENCE.replication)!
      .data as S3ReplicationEvidence
    expect(replication.buckets).toEqual([
      { name: 'acme-public-site', region: 'eu-west-1', none: true },
      {
        name: 'acme-audit-logs',
        region: 'eu-west-1',
        rules: [
          {
            ID: 'rule-1',
            Status: 'Enabled',
            Destination: { Bucket: 'arn:aws:s3:::acme-audit-logs-replica-us' },
            DeleteMarkerReplication: { Status: 'Disabled' }
          }
        ]
      },
      expect.objectContaining({ name: 'acme-backups', region: 'us-east-1' })
    ])
  }, 30_000)

  it('retries throttling (Backup ThrottlingException, RDS Throttling, SageMaker ThrottlingException)', async () => {
    sim.addFault({ service: 'backup', operation: 'ListBackupPlans', kind: 'throttling', times: 2 })
    sim.addFault({ service: 'rds', operation: 'DescribeDBInstances', kind: 'throttling', times: 2 })
    sim.addFault({ service: 'sagemaker', operation: 'DescribeEndpoint', kind: 'throttling', times: 1 })
    const records = await collect()
    const kinds = [
      AWS_BACKUP_EVIDENCE.backup,
      AWS_BACKUP_EVIDENCE.rdsBackups,
      AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring
    ]
    expect(records.filter((r) => kinds.includes(r.kind as never) && r.error)).toEqual([])
    expect(sim.requests.filter((r) => r.service === 'rds' && r.status === 400).length).toBe(2)
  }, 60_000)

  it('turns AccessDenied into an error naming the missing IAM action, and the checks into error', async () => {
    sim.addFault({ service: 'backup', operation: 'ListRestoreJobs', kind: 'access-denied' })
    sim.addFault({ service: 'rds', kind: 'access-denied', region: 'us-east-1' })
    sim.addFault({ service: 'bedrock', operation: 'ListGuardrails', kind: 'access-denied' })
    sim.addFault({ service: 'sagemaker', operation: 'DescribeMonitoringSchedule', kind: 'access-denied' })
    sim.addFault({ service: 's3', operation: 'GetBucketReplication', kind: 'access-denied' })
    const records = await collect()
    const error = (kind: string, subject: string) =>
      records.find((r) => r.kind === kind && r.subject === subject)?.error?.missingPermission
    expect(error(AWS_BACKUP_EVIDENCE.backup, EU)).toBe('backup:ListRestoreJobs')
    expect(error(AWS_BACKUP_EVIDENCE.rdsBackups, US)).toBe('rds:DescribeDBInstances')
    expect(error(AWS_BACKUP_EVIDENCE.rdsBackups, EU)).toBeUndefined()
    expect(error(AWS_AI_MONITORING_EVIDENCE.bedrockGuardrails, EU)).toBe('bedrock:ListGuardrails')
    const sm = records.find(
      (r) => r.kind === AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring && r.subject === EU
    )!.data as SageMakerMonitoringEvidence
    expect(sm.schedules[0]?.error).toMatch(
      /DescribeMonitoringSchedule was denied: the role lacks sagemaker:DescribeMonitoringSchedule/
    )
    const findings = evaluate(records)
    for (const id of [
      'aws.backup.plans-with-selections',
      'aws.backup.restore-tests',
      'aws.changes.backup-in-force',
      'aws.bedrock.guardrails-ready',
      'aws.sagemaker.model-monitor',
      'aws.changes.ai-monitoring-in-force'
    ]) {
      expect([id, find(findings, id, EU)?.status]).toEqual([id, 'error'])
    }
    expect(find(findings, 'aws.rds.automated-backups', US)?.status).toBe('error')
    const replication = records.find((r) => r.kind === AWS_S3_REPLICATION_EVIDENCE.replication)!
      .data as S3ReplicationEvidence
    expect(replication.buckets[0]?.error).toBe(
      'GetBucketReplication was denied: the role lacks s3:GetReplicationConfiguration'
    )
    expect(evaluate(records, ['aws.s3.replication-enabled'])[0]?.status).toBe('error')
  }, 30_000)
})

describe('paging through the simulator', () => {
  it('reads every page of DB instances, recovery points, endpoints and guardrail versions', async () => {
    const account = demoAwsAccount(NOW)
    const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString()
    account.rdsInstances = Array.from({ length: 230 }, (_, i) => ({
      id: `db-${i}`,
      region: 'eu-west-1',
      engine: 'postgres',
      retentionDays: 7,
      multiAz: true
    }))
    account.backup!['eu-west-1']!.recoveryPoints = Array.from({ length: 1_150 }, (_, i) => ({
      vault: 'Default',
      resourceArn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:volume/vol-${i % 50}`,
      resourceType: 'EBS',
      created: hoursAgo(i % 24)
    }))
    account.sagemakerEndpoints!['eu-west-1'] = Array.from({ length: 105 }, (_, i) => ({ name: `ep-${i}` }))
    account.guardrails!['eu-west-1'] = [
      {
        id: 'grmany',
        name: 'many',
        status: 'READY',
        versions: Array.from({ length: 1_003 }, (_, i) => `${i + 1}`)
      }
    ]
    const paged = await startAwsSimulator([account], { credentialReportPolls: 0 })
    try {
      const records: EvidenceRecord[] = []
      await collectAws(
        { add: async (record) => void records.push(record) },
        { roleArns: [], regions: ['eu-west-1'], endpoint: paged.url },
        {
          runId: 'r2',
          log: () => undefined,
          now: () => NOW,
          credentialReportWaitMs: 1_000,
          env: { AWS_ACCESS_KEY_ID: paged.accessKeyId, AWS_SECRET_ACCESS_KEY: paged.secretAccessKey }
        }
      )
      const data = <T>(kind: string) => records.find((r) => r.kind === kind && r.subject === EU)?.data as T
      expect(data<RdsBackupEvidence>(AWS_BACKUP_EVIDENCE.rdsBackups).instances).toHaveLength(230)
      const backup = data<BackupEvidence>(AWS_BACKUP_EVIDENCE.backup)
      expect(backup.recoveryPoints).toHaveLength(1_150)
      expect(backup.protectedResources).toHaveLength(50)
      expect(backup.truncated).toBeUndefined()
      const sm = data<SageMakerMonitoringEvidence>(AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring)
      expect(sm.endpoints).toHaveLength(100)
      expect(sm.truncated).toEqual(['endpoints'])
      const guardrails = records.find(
        (r) => r.kind === AWS_AI_MONITORING_EVIDENCE.bedrockGuardrails && r.subject === EU
      )?.data as { guardrails: { versions: unknown[] }[] }
      expect(guardrails.guardrails[0]?.versions).toHaveLength(1_003)
      expect(paged.requests.filter((r) => r.operation === 'DescribeDBInstances')).toHaveLength(3)
    } finally {
      await paged.close()
    }
  }, 60_000)
})
