import { configSchema } from '../../src/config/schema.js'
import type { Check } from '../../src/checks/check.js'
import { awsAccessAnalyzerExternalAccess } from '../../src/checks/aws/access-analyzer-external-access.js'
import { awsBedrockInvocationLogging } from '../../src/checks/aws/bedrock-invocation-logging.js'
import { awsBedrockLoggingInForce } from '../../src/checks/aws/changes-bedrock-logging.js'
import { awsCloudTrailLoggingInForce } from '../../src/checks/aws/changes-cloudtrail-logging.js'
import { awsConfigRecorderInForce } from '../../src/checks/aws/changes-config-recorder.js'
import { awsGuardDutyInForce } from '../../src/checks/aws/changes-guardduty.js'
import { awsKmsRotationInForce } from '../../src/checks/aws/changes-kms-rotation.js'
import { awsSecurityHubInForce } from '../../src/checks/aws/changes-securityhub.js'
import { awsConfigRecorder } from '../../src/checks/aws/config-recorder.js'
import { awsConfigRulesCompliant } from '../../src/checks/aws/config-rules.js'
import { awsSecurityHubEnabled } from '../../src/checks/aws/securityhub-enabled.js'
import { awsSecurityHubFailedControls } from '../../src/checks/aws/securityhub-failed-controls.js'
import { controlTimeline } from '../../src/checks/aws/timeline.js'
import { AWS_AI_EVIDENCE } from '../../src/evidence/aws-ai.js'
import {
  AWS_CHANGE_EVIDENCE,
  AWS_SNAPSHOT_KINDS,
  type ControlChangeEvent
} from '../../src/evidence/aws-changes.js'
import { AWS_CONFIG_MONITORING_EVIDENCE as K } from '../../src/evidence/aws-config-monitoring.js'
import type { EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'

const START = '2026-11-01T00:00:00.000Z'
const END = '2026-11-02T00:00:00.000Z'
const REGION = 'aws:123456789012/eu-west-1'
const period = { start: START, end: END, expression: 'P1D' }

function record(kind: string, subject: string, data?: unknown, error?: string): EvidenceRecord {
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
const run = (check: Check, records: EvidenceRecord[]) =>
  check.evaluate({ evidence: new EvidenceIndex(records), config: configSchema.parse({}), period })
const one = (check: Check, records: EvidenceRecord[]) => {
  const results = run(check, records)
  expect(results).toHaveLength(1)
  return results[0]!
}
const event = (name: string, time: string, extra: Partial<ControlChangeEvent> = {}): ControlChangeEvent => ({
  EventId: `${name}-${time}`,
  EventName: name,
  EventTime: time,
  userArn: `arn:aws:iam::123456789012:user/${extra.Username ?? 'mallory'}`,
  ...extra
})
const changes = (events: ControlChangeEvent[], from = '2026-08-04T00:00:00.000Z', subject = REGION) =>
  record(AWS_CHANGE_EVIDENCE.controlChanges, subject, { from, to: END, eventNames: [], events })

const config = (over: Record<string, unknown> = {}) => ({
  recorders: [{ name: 'default', recordingGroup: { allSupported: true } }],
  statuses: [{ name: 'default', recording: true, lastStatus: 'Success' }],
  deliveryChannels: [{ name: 'default', s3BucketName: 'cfg' }],
  rules: [],
  ...over
})

describe('aws.config.recorder-on', () => {
  it.each([
    ['recording with a channel', config(), 'pass', /recording all supported resources, delivering to cfg/],
    ['no recorder', config({ recorders: [], statuses: [] }), 'fail', /no configuration recorder/],
    [
      'stopped',
      config({ statuses: [{ name: 'default', recording: false, lastStopTime: '2026-10-01' }] }),
      'fail',
      /stopped since 2026-10-01/
    ],
    ['no delivery channel', config({ deliveryChannels: [] }), 'fail', /no delivery channel/],
    [
      'last delivery failed',
      config({ statuses: [{ name: 'default', recording: true, lastStatus: 'Failure' }] }),
      'fail',
      /last delivery failed/
    ],
    [
      'selected types only',
      config({ recorders: [{ name: 'default', recordingGroup: { allSupported: false } }] }),
      'fail',
      /only selected/
    ]
  ])('%s → %s', (_name, data, status, message) => {
    expect(one(awsConfigRecorder, [record(K.config, REGION, data)])).toMatchObject({
      status,
      message: expect.stringMatching(message)
    })
  })
  it('is error when the record could not be collected', () => {
    expect(one(awsConfigRecorder, [record(K.config, REGION, undefined, 'denied')]).status).toBe('error')
  })
})

describe('aws.config.rules-compliant', () => {
  const rule = (name: string, type?: string) => ({
    ConfigRuleName: name,
    ...(type ? { Compliance: { ComplianceType: type } } : {})
  })
  it.each([
    ['no rules', [], false, 'not_applicable'],
    ['all compliant', [rule('a', 'COMPLIANT'), rule('b', 'NOT_APPLICABLE')], false, 'pass'],
    ['one non-compliant', [rule('a', 'COMPLIANT'), rule('b', 'NON_COMPLIANT')], false, 'fail'],
    ['not yet evaluated', [rule('a', 'COMPLIANT'), rule('b', 'INSUFFICIENT_DATA')], false, 'error'],
    ['listing truncated', [rule('a', 'COMPLIANT')], true, 'error']
  ])('%s → %s', (_name, rules, rulesTruncated, status) => {
    expect(
      one(awsConfigRulesCompliant, [record(K.config, REGION, config({ rules, rulesTruncated }))]).status
    ).toBe(status)
  })
})

const hub = (over: Record<string, unknown> = {}) => ({
  enabled: true,
  standards: [
    {
      StandardsArn: 'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0',
      StandardsStatus: 'READY'
    }
  ],
  failedBySeverity: { CRITICAL: 0, HIGH: 0, MEDIUM: 2, LOW: 1, INFORMATIONAL: 0 },
  failedSample: [],
  ...over
})

describe('aws.securityhub.enabled', () => {
  it.each([
    ['enabled with a ready standard', hub(), 'pass'],
    ['not enabled', hub({ enabled: false, standards: [] }), 'fail'],
    ['no standard', hub({ standards: [] }), 'fail'],
    [
      'standard not ready',
      hub({ standards: [{ StandardsArn: 'arn:x/y', StandardsStatus: 'INCOMPLETE' }] }),
      'fail'
    ]
  ])('%s → %s', (_name, data, status) => {
    expect(one(awsSecurityHubEnabled, [record(K.securityHub, REGION, data)]).status).toBe(status)
  })
})

describe('aws.securityhub.no-critical-or-high-failed-controls', () => {
  const counts = (critical: number, high: number) => ({
    CRITICAL: critical,
    HIGH: high,
    MEDIUM: 0,
    LOW: 0,
    INFORMATIONAL: 0
  })
  it.each([
    ['only medium and low', hub(), 'pass'],
    [
      'a critical',
      hub({
        failedBySeverity: counts(1, 0),
        failedSample: [{ controlId: 'EC2.19', severity: 'CRITICAL', resource: 'sg-1' }]
      }),
      'fail'
    ],
    ['a high', hub({ failedBySeverity: counts(0, 3) }), 'fail'],
    ['not enabled: nothing to judge', hub({ enabled: false }), 'error'],
    ['truncated without critical or high', hub({ findingsTruncated: true }), 'error']
  ])('%s → %s', (_name, data, status) => {
    expect(one(awsSecurityHubFailedControls, [record(K.securityHub, REGION, data)]).status).toBe(status)
  })
  it('names the failed control and its resource', () => {
    const result = one(awsSecurityHubFailedControls, [
      record(
        K.securityHub,
        REGION,
        hub({
          failedBySeverity: counts(1, 0),
          failedSample: [{ controlId: 'EC2.19', severity: 'CRITICAL', resource: 'sg-1' }]
        })
      )
    ])
    expect(result.message).toContain('EC2.19 on sg-1')
  })
})

describe('aws.access-analyzer.no-active-external-access', () => {
  const analyzer = { arn: 'arn:a', name: 'acct', type: 'ACCOUNT', status: 'ACTIVE' }
  it.each([
    ['active, no findings', { analyzers: [analyzer], activeFindings: [] }, 'pass'],
    ['no analyzer', { analyzers: [], activeFindings: [] }, 'fail'],
    ['analyzer disabled', { analyzers: [{ ...analyzer, status: 'DISABLED' }], activeFindings: [] }, 'fail'],
    [
      'an active finding',
      {
        analyzers: [analyzer],
        activeFindings: [
          { resource: 'arn:role', resourceType: 'AWS::IAM::Role', principal: { AWS: '999988887777' } }
        ]
      },
      'fail'
    ],
    ['truncated', { analyzers: [analyzer], activeFindings: [], findingsTruncated: true }, 'error']
  ])('%s → %s', (_name, data, status) => {
    expect(one(awsAccessAnalyzerExternalAccess, [record(K.accessAnalyzer, REGION, data)]).status).toBe(status)
  })
})

describe('aws.bedrock.invocation-logging', () => {
  it.each([
    ['to S3', { loggingConfig: { s3Config: { bucketName: 'logs' }, textDataDeliveryEnabled: true } }, 'pass'],
    ['to CloudWatch', { loggingConfig: { cloudWatchConfig: { logGroupName: '/bedrock' } } }, 'pass'],
    ['not configured', {}, 'fail'],
    ['configured without destination', { loggingConfig: { textDataDeliveryEnabled: true } }, 'fail'],
    [
      'text not logged',
      { loggingConfig: { s3Config: { bucketName: 'logs' }, textDataDeliveryEnabled: false } },
      'fail'
    ]
  ])('%s → %s', (_name, data, status) => {
    expect(
      one(awsBedrockInvocationLogging, [record(AWS_AI_EVIDENCE.bedrockInvocationLogging, REGION, data)])
        .status
    ).toBe(status)
  })
})

describe('controlTimeline (pure: events + state at period end)', () => {
  const base = {
    control: 'config-recorder' as const,
    period,
    window: { from: '2026-08-04T00:00:00.000Z', to: END },
    what: 'AWS Config recording in eu-west-1'
  }
  const stop = (t: string, who = 'mallory') => event('StopConfigurationRecorder', t, { Username: who })
  const start = (t: string, who = 'alice') => event('StartConfigurationRecorder', t, { Username: who })
  it.each([
    ['no events, on at the end', [], true, 'pass', 0],
    ['no events, off at the end', [], false, 'fail', 1],
    [
      'stopped and started again',
      [stop('2026-11-01T06:00:00.000Z'), start('2026-11-01T09:00:00.000Z')],
      true,
      'fail',
      1
    ],
    [
      'stopped twice',
      [stop('2026-11-01T01:00:00.000Z'), start('2026-11-01T02:00:00.000Z'), stop('2026-11-01T20:00:00.000Z')],
      false,
      'fail',
      2
    ],
    ['started only: it was off from the period start', [start('2026-11-01T05:00:00.000Z')], true, 'fail', 1],
    [
      'a refused stop changes nothing',
      [{ ...stop('2026-11-01T06:00:00.000Z'), errorCode: 'AccessDenied' }],
      true,
      'pass',
      0
    ],
    [
      'events before the period are ignored',
      [stop('2026-10-20T06:00:00.000Z'), start('2026-10-21T06:00:00.000Z')],
      true,
      'pass',
      0
    ],
    [
      'redundant start while on',
      [
        stop('2026-11-01T06:00:00.000Z'),
        start('2026-11-01T07:00:00.000Z'),
        start('2026-11-01T08:00:00.000Z')
      ],
      true,
      'fail',
      1
    ],
    [
      'events contradict the state: error, never pass',
      [stop('2026-11-01T06:00:00.000Z')],
      true,
      'error',
      undefined
    ],
    ['state unknown: error', [], undefined, 'error', undefined]
  ])('%s → %s', (_name, events, stateAtEnd, status, intervals) => {
    const result = controlTimeline({ ...base, events, stateAtEnd })
    expect(result.status).toBe(status)
    if (intervals !== undefined && status === 'fail') expect(result.details).toHaveLength(intervals)
  })
  it('names who switched it off and on, and when', () => {
    const result = controlTimeline({
      ...base,
      events: [stop('2026-11-01T06:00:00.000Z'), start('2026-11-01T09:00:00.000Z')],
      stateAtEnd: true
    })
    expect(result.message).toBe(
      'AWS Config recording in eu-west-1 was not in force for 1 interval(s) of the period: 2026-11-01T06:00:00.000Z–2026-11-01T09:00:00.000Z (StopConfigurationRecorder by arn:aws:iam::123456789012:user/mallory; StartConfigurationRecorder by arn:aws:iam::123456789012:user/alice).'
    )
  })
  it('is error when the event history does not reach back to the period start', () => {
    const result = controlTimeline({
      ...base,
      window: { from: '2026-11-01T12:00:00.000Z', to: END },
      events: [],
      stateAtEnd: true
    })
    expect(result).toMatchObject({ status: 'error', message: expect.stringMatching(/90 days/) })
  })
})

describe('timeline checks', () => {
  it('aws.changes.config-recorder-in-force: fails with the interval, errors without the events', () => {
    const state = record(K.config, REGION, config())
    const events = [
      event('StopConfigurationRecorder', '2026-11-01T06:00:00.000Z'),
      event('StartConfigurationRecorder', '2026-11-01T07:00:00.000Z')
    ]
    expect(one(awsConfigRecorderInForce, [state, changes(events)]).status).toBe('fail')
    expect(one(awsConfigRecorderInForce, [state, changes([])]).status).toBe('pass')
    expect(one(awsConfigRecorderInForce, [state]).status).toBe('error')
    expect(
      one(awsConfigRecorderInForce, [
        state,
        record(AWS_CHANGE_EVIDENCE.controlChanges, REGION, undefined, 'denied')
      ]).status
    ).toBe('error')
    const truncated = record(AWS_CHANGE_EVIDENCE.controlChanges, REGION, {
      from: START,
      to: END,
      eventNames: [],
      events: [],
      truncated: ['StopConfigurationRecorder']
    })
    expect(one(awsConfigRecorderInForce, [state, truncated]).status).toBe('error')
  })
  it('aws.changes.guardduty-in-force and securityhub-in-force read their own state', () => {
    const detector = record(AWS_SNAPSHOT_KINDS.guardDuty, REGION, {
      detectors: [{ detectorId: 'd', status: 'ENABLED' }]
    })
    expect(
      one(awsGuardDutyInForce, [
        detector,
        changes([
          event('DeleteDetector', '2026-11-01T06:00:00.000Z'),
          event('CreateDetector', '2026-11-01T07:00:00.000Z')
        ])
      ]).status
    ).toBe('fail')
    expect(one(awsSecurityHubInForce, [record(K.securityHub, REGION, hub()), changes([])]).status).toBe(
      'pass'
    )
  })
  it('aws.changes.bedrock-logging-in-force: off for the whole period when never configured', () => {
    expect(
      one(awsBedrockLoggingInForce, [
        record(AWS_AI_EVIDENCE.bedrockInvocationLogging, REGION, {}),
        changes([])
      ]).status
    ).toBe('fail')
  })
  it('aws.changes.cloudtrail-logging-in-force: one finding per trail, events matched by trail name or ARN', () => {
    const arn = 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/main'
    const trail = {
      trail: { Name: 'main', TrailARN: arn, HomeRegion: 'eu-west-1' },
      status: { IsLogging: true }
    }
    const trails = record(AWS_SNAPSHOT_KINDS.cloudTrail, 'aws:123456789012', { trails: [trail, trail] })
    const results = run(awsCloudTrailLoggingInForce, [
      trails,
      changes([
        event('StopLogging', '2026-11-01T06:00:00.000Z', { requestParameters: { name: arn } }),
        event('StartLogging', '2026-11-01T08:00:00.000Z', { requestParameters: { name: 'main' } }),
        event('StopLogging', '2026-11-01T09:00:00.000Z', { requestParameters: { name: 'other' } })
      ])
    ])
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({ subject: 'aws:123456789012/eu-west-1/trail/main', status: 'fail' })
  })
  it('aws.changes.kms-rotation-in-force: per key, skipping keys that cannot rotate', () => {
    const keys = record(AWS_SNAPSHOT_KINDS.kmsKeys, REGION, {
      keys: [
        { KeyId: 'k1', Arn: 'arn:aws:kms:eu-west-1:123456789012:key/k1', RotationEnabled: true },
        { KeyId: 'k2', RotationEnabled: false, rotationNotApplicable: 'asymmetric' }
      ]
    })
    const results = run(awsKmsRotationInForce, [
      keys,
      changes([
        event('DisableKeyRotation', '2026-11-01T06:00:00.000Z', {
          requestParameters: { keyId: 'arn:aws:kms:eu-west-1:123456789012:key/k1' }
        }),
        event('EnableKeyRotation', '2026-11-01T07:00:00.000Z', { requestParameters: { keyId: 'k1' } })
      ])
    ])
    expect(results).toEqual([expect.objectContaining({ subject: `${REGION}/k1`, status: 'fail' })])
  })
})
