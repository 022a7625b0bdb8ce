import { configSchema } from '../../src/config/schema.js'
import type { Check } from '../../src/checks/check.js'
import { awsAiMonitoringInForce } from '../../src/checks/aws/changes-ai-monitoring.js'
import { awsBackupInForce } from '../../src/checks/aws/changes-backup.js'
import { awsBackupPlans } from '../../src/checks/aws/backup-plans.js'
import { awsBackupRecoveryPoints, longestGap } from '../../src/checks/aws/backup-recovery-points.js'
import { awsBackupRestoreTests } from '../../src/checks/aws/backup-restore-tests.js'
import { awsBedrockGuardrails } from '../../src/checks/aws/bedrock-guardrails.js'
import { awsRdsAutomatedBackups } from '../../src/checks/aws/rds-automated-backups.js'
import { awsRdsMultiAz } from '../../src/checks/aws/rds-multi-az.js'
import { awsSageMakerDataCapture } from '../../src/checks/aws/sagemaker-data-capture.js'
import { awsSageMakerModelMonitor } from '../../src/checks/aws/sagemaker-model-monitor.js'
import { AWS_AI_MONITORING_EVIDENCE as AI } from '../../src/evidence/aws-ai.js'
import {
  AWS_BACKUP_EVIDENCE as B,
  AWS_S3_REPLICATION_EVIDENCE as S3R,
  type BackupEvidence
} from '../../src/evidence/aws-backup.js'
import { awsS3Replication } from '../../src/checks/aws/s3-replication.js'
import { AWS_CHANGE_EVIDENCE, type ControlChangeEvent } from '../../src/evidence/aws-changes.js'
import type { EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'

const START = '2026-11-01T00:00:00.000Z'
const END = '2026-11-02T00:00:00.000Z'
const REGION = 'aws:123456789012/eu-west-1'
const period = { start: START, end: END, expression: 'P1D' }
const at = (hours: number) => new Date(Date.parse(START) + hours * 3_600_000).toISOString()

function record(kind: string, data?: unknown, error?: string, subject = REGION): EvidenceRecord {
  return {
    path: `evidence/${kind}/${subject.replace(/[:/]/g, '_')}.json`,
    source: 'aws',
    subject,
    kind,
    requests: [],
    ...(data !== undefined ? { data } : {}),
    ...(error ? { error: { message: error } } : {})
  }
}
const run = (check: Check, records: EvidenceRecord[], aws: Record<string, unknown> = {}) =>
  check.evaluate({ evidence: new EvidenceIndex(records), config: configSchema.parse({ aws }), period })
const one = (check: Check, records: EvidenceRecord[], aws: Record<string, unknown> = {}) => {
  const results = run(check, records, aws)
  expect(results).toHaveLength(1)
  return results[0]!
}
const RESOURCE = 'arn:aws:rds:eu-west-1:123456789012:db:orders'
const point = (hours: number, over: Record<string, unknown> = {}) => ({
  RecoveryPointArn: `arn:aws:backup:eu-west-1:123456789012:recovery-point:${hours}`,
  BackupVaultName: 'Default',
  ResourceArn: RESOURCE,
  Status: 'COMPLETED',
  CreationDate: at(hours),
  Lifecycle: { DeleteAfterDays: 35 },
  ...over
})
const backup = (over: Partial<BackupEvidence> = {}): BackupEvidence => ({
  from: START,
  to: END,
  recoveryPointsFrom: '2026-10-24T00:00:00.000Z',
  plans: [{ BackupPlanId: 'p1', BackupPlanName: 'daily' }],
  selections: [{ BackupPlanId: 'p1', SelectionId: 's1', SelectionName: 'tagged' }],
  vaults: [{ BackupVaultName: 'Default', NumberOfRecoveryPoints: 3 }],
  protectedResources: [{ ResourceArn: RESOURCE, ResourceType: 'RDS', LastBackupTime: at(20) }],
  recoveryPoints: [point(-6), point(2), point(20)],
  restoreTestingPlans: [{ RestoreTestingPlanName: 'monthly', RestoreTestingPlanArn: 'arn:rtp' }],
  restoreJobsFrom: '2026-08-01T00:00:00.000Z',
  restoreJobs: [
    {
      RestoreJobId: 'r1',
      Status: 'COMPLETED',
      ValidationStatus: 'SUCCESSFUL',
      CreationDate: at(5),
      CreatedBy: { RestoreTestingPlanArn: 'arn:rtp' }
    }
  ],
  ...over
})

describe('aws.backup.plans-with-selections', () => {
  const rds = (n: number) =>
    record(B.rdsBackups, {
      instances: Array.from({ length: n }, (_, i) => ({ DBInstanceIdentifier: `db${i}` }))
    })
  it.each([
    ['a plan with a selection', backup(), [], 'pass', /daily \(1 selection/],
    [
      'no plan, nothing to back up',
      backup({ plans: [], selections: [], protectedResources: [] }),
      [rds(0)],
      'not_applicable',
      /No AWS Backup plan/
    ],
    [
      'no plan, an RDS instance',
      backup({ plans: [], selections: [], protectedResources: [] }),
      [rds(1)],
      'fail',
      /1 RDS DB instance/
    ],
    [
      'no plan, RDS unknown',
      backup({ plans: [], selections: [], protectedResources: [] }),
      [],
      'fail',
      /not known/
    ],
    ['plans without selections', backup({ selections: [] }), [], 'fail', /assign no resources/],
    ['selections cut at the cap', backup({ selections: [], truncated: ['selections'] }), [], 'error', /cap/]
  ])('%s → %s', (_name, data, extra, status, message) => {
    expect(one(awsBackupPlans, [record(B.backup, data), ...extra])).toMatchObject({
      status,
      message: expect.stringMatching(message)
    })
  })
  it('is error when the record could not be collected', () => {
    expect(one(awsBackupPlans, [record(B.backup, undefined, 'denied')]).status).toBe('error')
  })
})

describe('aws.backup.recovery-points-within-rpo', () => {
  it('longestGap counts the period edges', () => {
    expect(longestGap([5, 10], 0, 12)).toEqual({ from: 0, to: 5 })
    expect(longestGap([], 0, 12, -20)).toEqual({ from: -20, to: 12 })
    expect(longestGap([-5, -2, 11], 0, 12)).toEqual({ from: -2, to: 11 })
  })
  it.each([
    ['points every 18 h within a 32 h RPO', backup(), {}, 'pass'],
    [
      'a 24 h RPO exceeded from the start',
      backup({ recoveryPoints: [point(20)] }),
      { 'backup-rpo-hours': 12 },
      'fail'
    ],
    [
      'no point since long before the period',
      backup({
        recoveryPoints: [],
        protectedResources: [{ ResourceArn: RESOURCE, LastBackupTime: '2026-09-01T00:00:00.000Z' }]
      }),
      {},
      'fail'
    ],
    [
      'failed points do not count',
      backup({ recoveryPoints: [point(2), point(20, { Status: 'PARTIAL' })] }),
      { 'backup-rpo-hours': 12 },
      'fail'
    ],
    ['nothing protected', backup({ protectedResources: [] }), {}, 'not_applicable'],
    [
      'the last point before the period counts',
      backup({ recoveryPoints: [point(-4), point(20)] }),
      { 'backup-rpo-hours': 25 },
      'pass'
    ],
    ['read too little before the period start', backup({ recoveryPointsFrom: at(-10) }), {}, 'error'],
    ['points cut at the cap', backup({ truncated: ['recovery points of Default'] }), {}, 'error'],
    [
      'backed up lately but no point read: not decided',
      backup({ recoveryPoints: [], protectedResources: [{ ResourceArn: RESOURCE, LastBackupTime: at(20) }] }),
      {},
      'error'
    ],
    [
      'a continuous backup covers from its creation',
      backup({
        recoveryPoints: [
          point(-6, {
            RecoveryPointArn: 'arn:aws:backup:eu-west-1:123456789012:recovery-point:continuous:db-1'
          })
        ]
      }),
      { 'backup-rpo-hours': 12 },
      'pass'
    ],
    [
      'a continuous backup begun late leaves the gap before it',
      backup({
        recoveryPoints: [
          point(20, {
            RecoveryPointArn: 'arn:aws:backup:eu-west-1:123456789012:recovery-point:continuous:db-1'
          })
        ]
      }),
      { 'backup-rpo-hours': 12 },
      'fail'
    ]
  ])('%s → %s', (_name, data, aws, status) => {
    expect(one(awsBackupRecoveryPoints, [record(B.backup, data)], aws).status).toBe(status)
  })
  it('names the resource, the gap and the RPO', () => {
    const result = one(awsBackupRecoveryPoints, [record(B.backup, backup({ recoveryPoints: [point(20)] }))], {
      'backup-rpo-hours': 12
    })
    expect(result.message).toBe(
      `1 of 1 protected resource(s) went longer than the RPO of 12 h without a recovery point: ${RESOURCE} 212 h (2026-10-24T00:00:00.000Z–${at(20)}).`
    )
  })
  it('judges only the retention window of points that expire', () => {
    const short = backup({ recoveryPoints: [point(20, { Lifecycle: { DeleteAfterDays: 0.25 } })] })
    const result = one(awsBackupRecoveryPoints, [record(B.backup, short)], { 'backup-rpo-hours': 12 })
    expect(result).toMatchObject({
      status: 'pass',
      message: expect.stringMatching(/Evidenced only .* \(kept 0.25 days\)/)
    })
  })
})

describe('aws.backup.restore-tests', () => {
  const job = (over: Record<string, unknown>) => ({
    RestoreJobId: 'r2',
    Status: 'COMPLETED',
    CreationDate: at(10),
    CreatedBy: { RestoreTestingPlanArn: 'arn:rtp' },
    ...over
  })
  it.each([
    ['a recent successful test', backup(), 'pass'],
    [
      'a test in the period failed',
      backup({ restoreJobs: [...backup().restoreJobs, job({ Status: 'FAILED', StatusMessage: 'role' })] }),
      'fail'
    ],
    ['validation failed', backup({ restoreJobs: [job({ ValidationStatus: 'FAILED' })] }), 'fail'],
    ['validation timed out', backup({ restoreJobs: [job({ ValidationStatus: 'TIMED_OUT' })] }), 'fail'],
    [
      'last success 40 days ago',
      backup({ restoreJobs: [job({ CreationDate: '2026-09-22T00:00:00.000Z' })] }),
      'fail'
    ],
    ['a manual restore is not a test', backup({ restoreJobs: [job({ CreatedBy: undefined })] }), 'fail'],
    ['no testing plan, resources protected', backup({ restoreTestingPlans: [] }), 'fail'],
    [
      'no testing plan, nothing protected',
      backup({ restoreTestingPlans: [], protectedResources: [] }),
      'not_applicable'
    ],
    ['jobs not read far enough back', backup({ restoreJobsFrom: '2026-10-20T00:00:00.000Z' }), 'error'],
    ['jobs cut at the cap', backup({ truncated: ['restore jobs'] }), 'error']
  ])('%s → %s', (_name, data, status) => {
    expect(one(awsBackupRestoreTests, [record(B.backup, data)]).status).toBe(status)
  })
})

describe('aws.rds.automated-backups and aws.rds.multi-az', () => {
  const db = (id: string, over: Record<string, unknown> = {}) => ({
    DBInstanceIdentifier: id,
    Engine: 'postgres',
    BackupRetentionPeriod: 7,
    MultiAZ: true,
    ...over
  })
  it.each([
    ['7 days', [db('a')], 'pass'],
    ['disabled', [db('a'), db('b', { BackupRetentionPeriod: 0 })], 'fail'],
    ['3 days', [db('a', { BackupRetentionPeriod: 3 })], 'fail'],
    ['retention unknown', [db('a', { BackupRetentionPeriod: undefined })], 'error'],
    [
      'only a read replica and an Aurora member',
      [
        db('r', { ReadReplicaSourceDBInstanceIdentifier: 'a', BackupRetentionPeriod: 0 }),
        db('au', { Engine: 'aurora-mysql', DBClusterIdentifier: 'c' })
      ],
      'not_applicable'
    ],
    ['none', [], 'not_applicable']
  ])('retention: %s → %s', (_name, instances, status) => {
    expect(one(awsRdsAutomatedBackups, [record(B.rdsBackups, { instances })]).status).toBe(status)
  })
  it('names the disabled instance', () => {
    const result = one(awsRdsAutomatedBackups, [
      record(B.rdsBackups, { instances: [db('b', { BackupRetentionPeriod: 0 })] })
    ])
    expect(result.message).toMatch(/b \(automated backups disabled\)/)
  })
  it.each([
    ['multi-AZ', [db('a')], 'pass'],
    ['single-AZ', [db('a'), db('b', { MultiAZ: false })], 'fail'],
    ['unknown', [db('a', { MultiAZ: undefined })], 'error'],
    ['truncated', [db('a')], 'error']
  ])('multi-AZ: %s → %s', (name, instances, status) => {
    const data = { instances, ...(name === 'truncated' ? { truncated: true } : {}) }
    expect(one(awsRdsMultiAz, [record(B.rdsBackups, data)]).status).toBe(status)
  })
  it('is error when the record could not be collected', () => {
    expect(one(awsRdsMultiAz, [record(B.rdsBackups, undefined, 'denied')]).status).toBe('error')
  })
})

describe('aws.bedrock.guardrails-ready', () => {
  const g = (over: Record<string, unknown> = {}) => ({
    id: 'gr1',
    name: 'pii-filter',
    status: 'READY',
    versions: [{ version: '1', status: 'READY' }],
    ...over
  })
  it.each([
    ['ready with a version', [g()], 'pass'],
    ['draft only', [g({ versions: [] })], 'fail'],
    ['failed', [g({ status: 'FAILED' })], 'fail'],
    ['versions unknown', [g({ versions: [], versionsError: 'denied' })], 'error'],
    ['none', [], 'not_applicable']
  ])('%s → %s', (_name, guardrails, status) => {
    expect(one(awsBedrockGuardrails, [record(AI.bedrockGuardrails, { guardrails })]).status).toBe(status)
  })
})

const endpoint = (name: string, capture?: Record<string, unknown>, status = 'InService') => ({
  EndpointName: name,
  EndpointStatus: status,
  ...(capture ? { DataCaptureConfig: capture } : {})
})
const CAPTURING = {
  EnableCapture: true,
  CaptureStatus: 'Started',
  CurrentSamplingPercentage: 100,
  DestinationS3Uri: 's3://cap'
}
const schedule = (name: string, endpointName: string, over: Record<string, unknown> = {}) => ({
  MonitoringScheduleName: name,
  MonitoringScheduleStatus: 'Scheduled',
  EndpointName: endpointName,
  MonitoringType: 'DataQuality',
  LastMonitoringExecutionSummary: { MonitoringExecutionStatus: 'Completed', ScheduledTime: at(23) },
  ...over
})

describe('aws.sagemaker.endpoint-data-capture', () => {
  it.each([
    ['capturing', [endpoint('e1', CAPTURING)], 'pass'],
    ['not enabled', [endpoint('e1', CAPTURING), endpoint('e2')], 'fail'],
    ['enabled but stopped', [endpoint('e1', { ...CAPTURING, CaptureStatus: 'Stopped' })], 'fail'],
    ['only endpoints not in service', [endpoint('e1', undefined, 'Creating')], 'not_applicable'],
    ['describe failed', [{ EndpointName: 'e1', error: 'denied' }], 'error']
  ])('%s → %s', (_name, endpoints, status) => {
    expect(
      one(awsSageMakerDataCapture, [record(AI.sagemakerMonitoring, { endpoints, schedules: [] })]).status
    ).toBe(status)
  })
})

describe('aws.sagemaker.model-monitor', () => {
  it.each([
    ['completed', [schedule('m1', 'e1')], 'pass'],
    ['no schedule', [], 'fail'],
    ['stopped', [schedule('m1', 'e1', { MonitoringScheduleStatus: 'Stopped' })], 'fail'],
    [
      'violations',
      [
        schedule('m1', 'e1', {
          LastMonitoringExecutionSummary: {
            MonitoringExecutionStatus: 'CompletedWithViolations',
            ScheduledTime: at(23)
          }
        })
      ],
      'fail'
    ],
    [
      'failed execution',
      [
        schedule('m1', 'e1', {
          LastMonitoringExecutionSummary: {
            MonitoringExecutionStatus: 'Failed',
            FailureReason: 'no baseline',
            ScheduledTime: at(23)
          }
        })
      ],
      'fail'
    ],
    ['never ran', [schedule('m1', 'e1', { LastMonitoringExecutionSummary: undefined })], 'fail'],
    [
      'stale',
      [
        schedule('m1', 'e1', {
          LastMonitoringExecutionSummary: {
            MonitoringExecutionStatus: 'Completed',
            ScheduledTime: '2026-10-20T00:00:00.000Z'
          }
        })
      ],
      'fail'
    ],
    ['a schedule could not be described', [{ MonitoringScheduleName: 'm1', error: 'denied' }], 'error']
  ])('%s → %s', (_name, schedules, status) => {
    expect(
      one(awsSageMakerModelMonitor, [
        record(AI.sagemakerMonitoring, { endpoints: [endpoint('e1', CAPTURING)], schedules })
      ]).status
    ).toBe(status)
  })
  it('is not applicable without endpoints in service', () => {
    expect(
      one(awsSageMakerModelMonitor, [record(AI.sagemakerMonitoring, { endpoints: [], schedules: [] })]).status
    ).toBe('not_applicable')
  })
})

const event = (
  name: string,
  hours: number,
  parameters: Record<string, unknown>,
  extra: Partial<ControlChangeEvent> = {}
): ControlChangeEvent => ({
  EventId: `${name}-${hours}`,
  EventName: name,
  EventTime: at(hours),
  userArn: 'arn:aws:sts::123456789012:assumed-role/ops/mallory',
  requestParameters: parameters,
  ...extra
})
const changes = (events: ControlChangeEvent[], from = '2026-08-04T00:00:00.000Z') =>
  record(AWS_CHANGE_EVIDENCE.controlChanges, { from, to: END, eventNames: [], events })

describe('aws.changes.backup-in-force', () => {
  it.each([
    ['nothing deleted', backup(), [], 'pass'],
    [
      'a selection deleted',
      backup(),
      [event('DeleteBackupSelection', 6, { backupPlanId: 'p1', selectionId: 's0' })],
      'fail'
    ],
    [
      'a refused deletion changed nothing',
      backup(),
      [event('DeleteBackupPlan', 6, { backupPlanId: 'p1' }, { errorCode: 'AccessDenied' })],
      'pass'
    ],
    [
      'a recovery point deleted by a person',
      backup(),
      [event('DeleteRecoveryPoint', 6, { backupVaultName: 'Default', recoveryPointArn: 'arn:rp:old' })],
      'fail'
    ],
    [
      'lifecycle expiry by AWS Backup itself',
      backup(),
      [
        event(
          'DeleteRecoveryPoint',
          6,
          { recoveryPointArn: 'arn:rp:old' },
          { userArn: undefined, Username: 'backup.amazonaws.com' }
        )
      ],
      'pass'
    ],
    [
      'a deleted plan still listed: the history is incomplete',
      backup(),
      [event('DeleteBackupPlan', 6, { backupPlanId: 'p1' })],
      'error'
    ],
    [
      'a deleted restore testing plan',
      backup(),
      [event('DeleteRestoreTestingPlan', 6, { restoreTestingPlanName: 'weekly' })],
      'fail'
    ],
    [
      'nothing existed, nothing deleted',
      backup({ plans: [], selections: [], vaults: [], recoveryPoints: [], restoreTestingPlans: [] }),
      [],
      'not_applicable'
    ]
  ])('%s → %s', (_name, data, events, status) => {
    expect(one(awsBackupInForce, [record(B.backup, data), changes(events)]).status).toBe(status)
  })
  it('names who deleted what and when', () => {
    const result = one(awsBackupInForce, [
      record(B.backup, backup()),
      changes([event('DeleteBackupSelection', 6, { backupPlanId: 'p1', selectionId: 's0' })])
    ])
    expect(result.message).toContain(
      `AWS Backup selection s0 in eu-west-1 was not in force for 1 interval(s) of the period: ${at(6)}–period end (DeleteBackupSelection by arn:aws:sts::123456789012:assumed-role/ops/mallory; still off).`
    )
  })
  it('is error without the events, or when the history does not reach the period start', () => {
    expect(one(awsBackupInForce, [record(B.backup, backup())]).status).toBe('error')
    expect(one(awsBackupInForce, [record(B.backup, backup()), changes([], at(2))]).status).toBe('error')
    expect(one(awsBackupInForce, [record(B.backup, undefined, 'denied'), changes([])]).status).toBe('error')
  })
})

describe('aws.changes.ai-monitoring-in-force', () => {
  const state = (schedules: unknown[], guardrails: unknown[] = []) => [
    record(AI.sagemakerMonitoring, { endpoints: [endpoint('e1', CAPTURING)], schedules }),
    record(AI.bedrockGuardrails, { guardrails })
  ]
  const guardrail = { id: 'gr1', name: 'pii', status: 'READY', versions: [] }
  it.each([
    ['running all period', state([schedule('m1', 'e1')], [guardrail]), [], 'pass'],
    [
      'stopped and started again',
      state([schedule('m1', 'e1')]),
      [
        event('StopMonitoringSchedule', 3, { monitoringScheduleName: 'm1' }),
        event('StartMonitoringSchedule', 9, { monitoringScheduleName: 'm1' })
      ],
      'fail'
    ],
    [
      'stopped all period',
      state([schedule('m1', 'e1', { MonitoringScheduleStatus: 'Stopped' })]),
      [],
      'fail'
    ],
    [
      'a guardrail deleted',
      state([], [guardrail]),
      [
        event('DeleteGuardrail', 4, {
          guardrailIdentifier: 'arn:aws:bedrock:eu-west-1:123456789012:guardrail/gr0'
        })
      ],
      'fail'
    ],
    [
      'one guardrail version deleted',
      state([], [guardrail]),
      [event('DeleteGuardrail', 4, { guardrailIdentifier: 'gr1', guardrailVersion: '1' })],
      'pass'
    ],
    ['nothing', state([]), [], 'not_applicable']
  ])('%s → %s', (_name, records, events, status) => {
    expect(one(awsAiMonitoringInForce, [...records, changes(events)]).status).toBe(status)
  })
  it('is error when the guardrails were not collected', () => {
    expect(
      one(awsAiMonitoringInForce, [
        record(AI.sagemakerMonitoring, { endpoints: [], schedules: [schedule('m1', 'e1')] }),
        record(AI.bedrockGuardrails, undefined, 'denied'),
        changes([])
      ]).status
    ).toBe('error')
  })
})

describe('aws.s3.replication-enabled', () => {
  const ACCOUNT_SUBJECT = 'aws:123456789012'
  const rule = (Status: string) => ({ ID: 'r1', Status, Destination: { Bucket: 'arn:aws:s3:::copy' } })
  it.each([
    [
      'every rule enabled',
      [
        { name: 'a', rules: [rule('Enabled')] },
        { name: 'b', none: true }
      ],
      'pass'
    ],
    ['a disabled rule', [{ name: 'a', rules: [rule('Enabled'), rule('Disabled')] }], 'fail'],
    ['none configured', [{ name: 'a', none: true }], 'not_applicable'],
    ['no bucket', [], 'not_applicable'],
    [
      'one bucket unreadable',
      [
        { name: 'a', rules: [rule('Enabled')] },
        { name: 'b', error: 'denied' }
      ],
      'error'
    ]
  ])('%s → %s', (_name, buckets, status) => {
    expect(
      one(awsS3Replication, [record(S3R.replication, { buckets }, undefined, ACCOUNT_SUBJECT)]).status
    ).toBe(status)
  })
  it('is error when the bucket list could not be read', () => {
    expect(
      one(awsS3Replication, [record(S3R.replication, undefined, 'denied', ACCOUNT_SUBJECT)]).status
    ).toBe('error')
  })
})
