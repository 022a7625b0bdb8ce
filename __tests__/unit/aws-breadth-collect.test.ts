import { configSchema } from '../../src/config/schema.js'
import { CHECKS } from '../../src/checks/index.js'
import type { EvidenceRecord, Finding } from '../../src/model.js'
import { collectAws } from '../../src/sources/aws/collect.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import {
  AWS_CONFIG_MONITORING_EVIDENCE,
  type SecurityHubEvidence
} from '../../src/evidence/aws-config-monitoring.js'
import { AWS_AI_EVIDENCE } from '../../src/evidence/aws-ai.js'
import { AWS_CHANGE_EVIDENCE, AWS_SNAPSHOT_KINDS } from '../../src/evidence/aws-changes.js'
import { AWS_EVIDENCE } from '../../src/sources/aws/types.js'
import { demoAwsAccount, startAwsSimulator, type AwsSimulator } from '../support/aws-simulator.js'

const NOW = new Date()
const ACCOUNT = '123456789012'
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

function evaluate(records: EvidenceRecord[], ids: string[]): Finding[] {
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
const statusOf = (findings: Finding[], check: string, subject: string) =>
  findings.find((f) => f.check === check && f.subject === subject)?.status

describe('AWS breadth against the simulator (demo account)', () => {
  it('shows a passing and a failing finding per new area, and a control switched off for part of the period', async () => {
    const records = await collect()
    const findings = evaluate(records, [
      'aws.config.recorder-on',
      'aws.config.rules-compliant',
      'aws.securityhub.enabled',
      'aws.securityhub.no-critical-or-high-failed-controls',
      'aws.access-analyzer.no-active-external-access',
      'aws.bedrock.invocation-logging',
      'aws.changes.bedrock-logging-in-force',
      'aws.changes.cloudtrail-logging-in-force',
      'aws.changes.config-recorder-in-force',
      'aws.changes.guardduty-in-force'
    ])
    const eu = `aws:${ACCOUNT}/eu-west-1`
    const us = `aws:${ACCOUNT}/us-east-1`
    expect(statusOf(findings, 'aws.config.recorder-on', eu)).toBe('pass')
    expect(statusOf(findings, 'aws.config.recorder-on', us)).toBe('fail')
    expect(statusOf(findings, 'aws.config.rules-compliant', eu)).toBe('fail')
    expect(statusOf(findings, 'aws.config.rules-compliant', us)).toBe('not_applicable')
    expect(statusOf(findings, 'aws.securityhub.enabled', eu)).toBe('pass')
    expect(statusOf(findings, 'aws.securityhub.enabled', us)).toBe('fail')
    expect(statusOf(findings, 'aws.securityhub.no-critical-or-high-failed-controls', eu)).toBe('fail')
    expect(statusOf(findings, 'aws.securityhub.no-critical-or-high-failed-controls', us)).toBe('error')
    expect(statusOf(findings, 'aws.access-analyzer.no-active-external-access', eu)).toBe('fail')
    expect(statusOf(findings, 'aws.access-analyzer.no-active-external-access', us)).toBe('pass')
    expect(statusOf(findings, 'aws.bedrock.invocation-logging', eu)).toBe('pass')
    expect(statusOf(findings, 'aws.bedrock.invocation-logging', us)).toBe('fail')
    expect(statusOf(findings, 'aws.changes.config-recorder-in-force', eu)).toBe('pass')
    expect(statusOf(findings, 'aws.changes.guardduty-in-force', eu)).toBe('pass')

    const gap = findings.find((f) => f.check === 'aws.changes.bedrock-logging-in-force' && f.subject === eu)!
    expect(gap.status).toBe('fail')
    expect(gap.message).toMatch(/not in force for 1 interval/)
    expect(gap.message).toContain(
      'DeleteModelInvocationLoggingConfiguration by arn:aws:sts::123456789012:assumed-role/ml-platform/dave'
    )
    expect(gap.details).toEqual([
      expect.objectContaining({
        onEvent: 'PutModelInvocationLoggingConfiguration',
        onBy: expect.stringContaining('alice')
      })
    ])
    // The refused StopLogging changed nothing.
    const trail = findings.find((f) => f.check === 'aws.changes.cloudtrail-logging-in-force')!
    expect(trail).toMatchObject({
      subject: `aws:${ACCOUNT}/eu-west-1/trail/management-events`,
      status: 'pass'
    })
  })

  it('records Security Hub "not subscribed" (InvalidAccessException) as not enabled, not as an error', async () => {
    const records = await collect()
    const us = records.find(
      (r) => r.kind === AWS_CONFIG_MONITORING_EVIDENCE.securityHub && r.subject === `aws:${ACCOUNT}/us-east-1`
    ) as EvidenceRecord<SecurityHubEvidence>
    expect(us.error).toBeUndefined()
    expect(us.data?.enabled).toBe(false)
    expect(us.notes?.describeHub).toMatch(/not subscribed to AWS Security Hub/)
  })

  it('retries throttling (Config ThrottlingException, Security Hub LimitExceededException) and then succeeds', async () => {
    sim.addFault({
      service: 'config',
      operation: 'DescribeConfigurationRecorders',
      kind: 'throttling',
      times: 2
    })
    sim.addFault({ service: 'securityhub', operation: 'GetFindings', kind: 'throttling', times: 2 })
    const records = await collect()
    const failed = records.filter(
      (r) =>
        (r.kind === AWS_CONFIG_MONITORING_EVIDENCE.config ||
          r.kind === AWS_CONFIG_MONITORING_EVIDENCE.securityHub) &&
        r.error
    )
    expect(failed).toEqual([])
    expect(sim.requests.filter((r) => r.service === 'securityhub' && r.status === 429).length).toBe(2)
  }, 30_000)

  it('turns AccessDenied into an error naming the missing IAM action, and the checks into error', async () => {
    sim.addFault({ service: 'bedrock', kind: 'access-denied' })
    sim.addFault({ service: 'access-analyzer', operation: 'ListAnalyzers', kind: 'access-denied' })
    sim.addFault({
      service: 'cloudtrail',
      operation: 'LookupEvents',
      region: 'us-east-1',
      kind: 'access-denied'
    })
    const records = await collect()
    const bedrock = records.filter((r) => r.kind === AWS_AI_EVIDENCE.bedrockInvocationLogging)
    expect(bedrock.map((r) => r.error?.missingPermission)).toEqual([
      'bedrock:GetModelInvocationLoggingConfiguration',
      'bedrock:GetModelInvocationLoggingConfiguration'
    ])
    const analyzer = records.find((r) => r.kind === AWS_CONFIG_MONITORING_EVIDENCE.accessAnalyzer)
    expect(analyzer?.error?.missingPermission).toBe('access-analyzer:ListAnalyzers')
    const changes = records.find(
      (r) => r.kind === AWS_CHANGE_EVIDENCE.controlChanges && r.subject === `aws:${ACCOUNT}/us-east-1`
    )
    expect(changes?.error?.missingPermission).toBe('cloudtrail:LookupEvents')
    const findings = evaluate(records, [
      'aws.bedrock.invocation-logging',
      'aws.access-analyzer.no-active-external-access',
      'aws.changes.guardduty-in-force'
    ])
    expect(
      findings.filter((f) => f.check !== 'aws.changes.guardduty-in-force').every((f) => f.status === 'error')
    ).toBe(true)
    expect(statusOf(findings, 'aws.changes.guardduty-in-force', `aws:${ACCOUNT}/us-east-1`)).toBe('error')
  })
})

test('the snapshot kinds the timelines read are the AWS collectors’ kinds', () => {
  expect(AWS_SNAPSHOT_KINDS).toEqual({
    cloudTrail: AWS_EVIDENCE.cloudTrail,
    guardDuty: AWS_EVIDENCE.guardDuty,
    kmsKeys: AWS_EVIDENCE.kmsKeys
  })
})
