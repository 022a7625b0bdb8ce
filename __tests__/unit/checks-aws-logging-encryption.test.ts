import { configSchema } from '../../src/config/schema.js'
import type { Check } from '../../src/checks/check.js'
import { awsCloudTrailLogBucket } from '../../src/checks/aws/cloudtrail-log-bucket.js'
import { awsCloudTrailKms } from '../../src/checks/aws/cloudtrail-kms.js'
import {
  awsCloudWatchCisAlarms,
  CIS_EVENTS,
  patternCatches
} from '../../src/checks/aws/cloudwatch-cis-alarms.js'
import { awsVpcFlowLogs } from '../../src/checks/aws/vpc-flow-logs.js'
import { awsFlowLogsInForce } from '../../src/checks/aws/changes-flow-logs.js'
import { awsEbsDefaultEncryption } from '../../src/checks/aws/ebs-default-encryption.js'
import { awsEbsEncryptionInForce } from '../../src/checks/aws/changes-ebs-encryption.js'
import { awsRdsStorageEncrypted } from '../../src/checks/aws/rds-storage-encrypted.js'
import { awsEfsEncrypted } from '../../src/checks/aws/efs-encrypted.js'
import { awsDynamoDbEncryption, tableMatches } from '../../src/checks/aws/dynamodb-encryption.js'
import { awsKmsKeyPolicyNotPublic, openStatements } from '../../src/checks/aws/kms-key-policy.js'
import { awsKmsKeyDeletionInForce } from '../../src/checks/aws/changes-kms-deletion.js'
import { awsCisAlarmsInForce } from '../../src/checks/aws/changes-cis-alarms.js'
import { AWS_CHANGE_EVIDENCE, type ControlChangeEvent } from '../../src/evidence/aws-changes.js'
import { AWS_EVIDENCE } from '../../src/evidence/aws.js'
import { AWS_ENCRYPTION_EVIDENCE as E } from '../../src/evidence/aws-encryption.js'
import {
  AWS_LOGGING_EVIDENCE as L,
  type SnsTopicEvidence,
  type TrailBucketEvidence,
  type TrailDestinationEvidence
} from '../../src/evidence/aws-logging.js'
import type { EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import { CIS_PATTERNS } from '../support/aws-logging-sim.js'

const START = '2026-11-01T00:00:00.000Z'
const END = '2026-11-02T00:00:00.000Z'
const ACCOUNT = 'aws:123456789012'
const REGION = `${ACCOUNT}/eu-west-1`
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
const run = (check: Check, records: EvidenceRecord[], config: Record<string, unknown> = {}) =>
  check.evaluate({ evidence: new EvidenceIndex(records), config: configSchema.parse(config), period })
const one = (check: Check, records: EvidenceRecord[], config: Record<string, unknown> = {}) => {
  const results = run(check, records, config)
  expect(results).toHaveLength(1)
  return results[0]!
}
const event = (name: string, time: string, extra: Partial<ControlChangeEvent> = {}): ControlChangeEvent => ({
  EventId: `${name}-${time}`,
  EventName: name,
  EventTime: time,
  userArn: 'arn:aws:iam::123456789012:user/mallory',
  ...extra
})
const changes = (events: ControlChangeEvent[], from = '2026-08-04T00:00:00.000Z', subject = REGION) =>
  record(AWS_CHANGE_EVIDENCE.controlChanges, subject, { from, to: END, eventNames: [], events })

const BLOCK = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true
}
const goodBucket = (over: Partial<TrailBucketEvidence> = {}): TrailBucketEvidence => ({
  name: 'logs',
  region: 'eu-west-1',
  publicAccessBlock: BLOCK,
  policyIsPublic: false,
  objectLock: { ObjectLockEnabled: 'Enabled', DefaultRetention: { Mode: 'COMPLIANCE', Days: 365 } },
  versioning: { Status: 'Enabled' },
  accessLogging: { TargetBucket: 'access-logs' },
  lifecycleRules: [],
  ...over
})
const ALERTS = 'arn:aws:sns:eu-west-1:123456789012:alerts'
/** A topic with one confirmed e-mail subscription (and one pending). */
const confirmedTopic = (arn = ALERTS): SnsTopicEvidence => ({
  TopicArn: arn,
  subscriptions: [
    { SubscriptionArn: 'PendingConfirmation', Protocol: 'email', Owner: '123456789012' },
    {
      SubscriptionArn: `${arn}:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`,
      Protocol: 'email',
      Owner: '123456789012'
    }
  ]
})
const destinations = (trails: TrailDestinationEvidence[], topics: SnsTopicEvidence[] = [confirmedTopic()]) =>
  record(L.trailDestinations, ACCOUNT, { trails, topics })
const trail = (over: Partial<TrailDestinationEvidence> = {}): TrailDestinationEvidence => ({
  Name: 'main',
  TrailARN: 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/main',
  HomeRegion: 'eu-west-1',
  IsMultiRegionTrail: true,
  S3BucketName: 'logs',
  bucket: goodBucket(),
  ...over
})

describe('aws.cloudtrail.log-bucket-protected', () => {
  it.each([
    [
      'a private, locked, logged bucket',
      goodBucket(),
      'pass',
      /private, Object Lock \(COMPLIANCE 365 days\)/
    ],
    [
      'MFA delete instead of Object Lock',
      goodBucket({ objectLock: undefined, versioning: { Status: 'Enabled', MFADelete: 'Enabled' } }),
      'pass',
      /MFA delete/
    ],
    ['a public policy', goodBucket({ policyIsPublic: true }), 'fail', /bucket policy makes it public/],
    [
      'no public access block',
      goodBucket({ publicAccessBlock: undefined }),
      'fail',
      /public access is not blocked/
    ],
    [
      'no lock, no MFA delete',
      goodBucket({ objectLock: undefined }),
      'fail',
      /neither Object Lock nor MFA delete/
    ],
    ['no access logging', goodBucket({ accessLogging: undefined }), 'fail', /server access logging is off/],
    [
      'a 90-day expiration',
      goodBucket({ lifecycleRules: [{ ID: 'expire', Status: 'Enabled', ExpirationDays: 90 }] }),
      'fail',
      /expire after 90 days/
    ],
    [
      'a denied read (bucket in another account)',
      goodBucket({ errors: { GetBucketLogging: 'AccessDenied: denied' } }),
      'error',
      /another account/
    ]
  ] as const)('%s → %s', (_, bucket, status, message) => {
    const result = one(awsCloudTrailLogBucket, [destinations([trail({ bucket })])])
    expect(result).toMatchObject({ status, subject: `${ACCOUNT}/eu-west-1/logs` })
    expect(result.message).toMatch(message)
  })
  it('accepts the account-level block public access', () => {
    const result = one(awsCloudTrailLogBucket, [
      destinations([trail({ bucket: goodBucket({ publicAccessBlock: undefined }) })]),
      record(AWS_EVIDENCE.accountPublicAccessBlock, ACCOUNT, { configuration: BLOCK })
    ])
    expect(result.status).toBe('pass')
  })
  it('one finding per bucket, error without a record, not_applicable without trails', () => {
    expect(
      run(awsCloudTrailLogBucket, [destinations([trail(), trail({ Name: 'second', TrailARN: 'x' })])])
    ).toHaveLength(1)
    expect(
      one(awsCloudTrailLogBucket, [record(L.trailDestinations, ACCOUNT, undefined, 'denied')]).status
    ).toBe('error')
    expect(one(awsCloudTrailLogBucket, [destinations([])]).status).toBe('not_applicable')
  })
})

describe('aws.cloudtrail.kms-encrypted', () => {
  const trails = (kms?: string) =>
    record(AWS_EVIDENCE.cloudTrail, ACCOUNT, {
      trails: [
        {
          trail: { Name: 'main', TrailARN: 'arn', HomeRegion: 'eu-west-1', ...(kms ? { KmsKeyId: kms } : {}) }
        }
      ]
    })
  it.each([
    ['a KMS key', 'arn:aws:kms:eu-west-1:123456789012:key/k', 'pass'],
    ['none', undefined, 'fail']
  ] as const)('%s → %s', (_, kms, status) => {
    expect(one(awsCloudTrailKms, [trails(kms)])).toMatchObject({
      status,
      subject: `${ACCOUNT}/eu-west-1/trail/main`
    })
  })
  it('error without the record, not_applicable without trails', () => {
    expect(
      one(awsCloudTrailKms, [record(AWS_EVIDENCE.cloudTrail, ACCOUNT, undefined, 'denied')]).status
    ).toBe('error')
    expect(one(awsCloudTrailKms, [record(AWS_EVIDENCE.cloudTrail, ACCOUNT, { trails: [] })]).status).toBe(
      'not_applicable'
    )
  })
})

describe('aws.cloudwatch.cis-alarms', () => {
  const logging = record(AWS_EVIDENCE.cloudTrail, ACCOUNT, {
    trails: [
      {
        trail: { Name: 'main', TrailARN: 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/main' },
        status: { IsLogging: true }
      }
    ]
  })
  const filters = (actions: (name: string) => string[] = () => [ALERTS]) =>
    Object.entries(CIS_PATTERNS).map(([name, pattern]) => ({
      filterName: name,
      filterPattern: pattern,
      metricTransformations: [{ metricName: name, metricNamespace: 'CIS' }],
      alarms: [{ AlarmName: `cis-${name}`, ActionsEnabled: true, AlarmActions: actions(name) }]
    }))
  const withFilters = (
    metricFilters: ReturnType<typeof filters>,
    over: Partial<TrailDestinationEvidence> = {},
    topics?: SnsTopicEvidence[]
  ) =>
    destinations(
      [
        trail({
          CloudWatchLogsLogGroupArn: 'arn:aws:logs:eu-west-1:123456789012:log-group:ct:*',
          logGroup: { name: 'ct', region: 'eu-west-1', metricFilters },
          ...over
        })
      ],
      topics
    )
  const cis = (topics: SnsTopicEvidence[], actions?: (name: string) => string[]) =>
    one(awsCloudWatchCisAlarms, [withFilters(filters(actions), {}, topics), logging])
  it('passes with a filter and an alarm with an action for every CIS event', () => {
    expect(one(awsCloudWatchCisAlarms, [withFilters(filters()), logging]).status).toBe('pass')
  })
  it('fails an alarm without an action, and a missing filter', () => {
    const result = one(awsCloudWatchCisAlarms, [
      withFilters(filters((name) => (name === 'securityGroupChange' ? [] : ['arn:sns'])).slice(1)),
      logging
    ])
    expect(result.status).toBe('fail')
    expect(result.message).toMatch(/root account use \(no metric filter\)/)
    expect(result.message).toMatch(/security group change \(an alarm without an enabled action\)/)
  })
  it.each<[string, SnsTopicEvidence[], ((name: string) => string[]) | undefined, string, RegExp]>([
    [
      'a topic with a confirmed subscription',
      [confirmedTopic()],
      undefined,
      'pass',
      /^Every CIS event is alarmed with an action that reaches someone .*alerts \(1 confirmed\)/
    ],
    [
      'a non-SNS action (EC2 stop), with no topic at all',
      [],
      () => ['arn:aws:automate:eu-west-1:ec2:stop'],
      'pass',
      /arn:aws:automate:eu-west-1:ec2:stop/
    ],
    [
      'a topic with only PendingConfirmation',
      [{ TopicArn: ALERTS, subscriptions: [{ SubscriptionArn: 'PendingConfirmation', Protocol: 'email' }] }],
      undefined,
      'fail',
      /root account use \(the alarm notifies only SNS topics without a confirmed subscription: .*alerts \(only 1 PendingConfirmation\)\)/
    ],
    [
      'a topic without subscriptions',
      [{ TopicArn: ALERTS, subscriptions: [] }],
      undefined,
      'fail',
      /alerts \(no subscription\)/
    ],
    [
      'a topic that no longer exists (NotFound)',
      [{ TopicArn: ALERTS, subscriptions: [], missing: true }],
      undefined,
      'fail',
      /alerts \(the topic no longer exists\)/
    ],
    [
      'AccessDenied on SNS',
      [
        {
          TopicArn: ALERTS,
          subscriptions: [],
          error: 'ListSubscriptionsByTopic was denied: the role lacks sns:ListSubscriptionsByTopic',
          missingPermission: 'sns:ListSubscriptionsByTopic'
        }
      ],
      undefined,
      'error',
      /not known: .*alerts: ListSubscriptionsByTopic was denied: the role lacks sns:ListSubscriptionsByTopic/
    ],
    [
      'the topic was not read (an older record)',
      [],
      undefined,
      'error',
      /subscriptions of .*alerts were not read/
    ],
    [
      'the subscriptions stopped at the page cap, all pending so far',
      [{ TopicArn: ALERTS, subscriptions: [{ SubscriptionArn: 'PendingConfirmation' }], truncated: true }],
      undefined,
      'error',
      /not every page of its subscriptions was read/
    ],
    [
      'a pending topic and a confirmed one on the same alarm',
      [
        { TopicArn: `${ALERTS}-2`, subscriptions: [{ SubscriptionArn: 'PendingConfirmation' }] },
        confirmedTopic()
      ],
      () => [`${ALERTS}-2`, ALERTS],
      'pass',
      /alerts \(1 confirmed\)/
    ]
  ])('SNS subscribers: %s → %s', (_, topics, actions, status, message) => {
    const result = cis(topics, actions)
    expect(result.status).toBe(status)
    expect(result.message).toMatch(message)
  })
  it('one event reaching nobody fails; another event denied on SNS is named, never passed', () => {
    const pending = `${ALERTS}-pending`
    const denied = `${ALERTS}-denied`
    const result = cis(
      [
        confirmedTopic(),
        { TopicArn: pending, subscriptions: [{ SubscriptionArn: 'PendingConfirmation' }] },
        {
          TopicArn: denied,
          subscriptions: [],
          error: 'ListSubscriptionsByTopic was denied: the role lacks sns:ListSubscriptionsByTopic'
        }
      ],
      (name) => (name === 'rootUse' ? [pending] : name === 'cloudTrailChange' ? [denied] : [ALERTS])
    )
    expect(result.status).toBe('fail')
    expect(result.message).toMatch(/^Not alarmed: root account use \(the alarm notifies only SNS topics/)
    expect(result.message).toMatch(
      /Not known for CloudTrail configuration change: .*sns:ListSubscriptionsByTopic\.$/
    )
    // Only the denied topic's event in doubt: error, naming the action.
    const onlyDenied = cis(
      [
        confirmedTopic(),
        { TopicArn: denied, subscriptions: [], error: 'the role lacks sns:ListSubscriptionsByTopic' }
      ],
      (name) => (name === 'cloudTrailChange' ? [denied] : [ALERTS])
    )
    expect(onlyDenied.status).toBe('error')
    expect(onlyDenied.message).toMatch(/^Whether CloudTrail configuration change are alarmed/)
    expect(onlyDenied.message).toContain('sns:ListSubscriptionsByTopic')
  })
  it('fails when no logging multi-region trail delivers to CloudWatch Logs', () => {
    expect(one(awsCloudWatchCisAlarms, [destinations([trail()]), logging]).status).toBe('fail')
    const stopped = record(AWS_EVIDENCE.cloudTrail, ACCOUNT, {
      trails: [{ trail: { Name: 'main', TrailARN: 'x' }, status: { IsLogging: false } }]
    })
    expect(one(awsCloudWatchCisAlarms, [withFilters(filters()), stopped]).status).toBe('fail')
  })
  it('is an error when the alarms or the trail status could not be read', () => {
    const broken = filters().map((f) => ({ ...f, alarms: [], alarmsError: 'denied' }))
    expect(one(awsCloudWatchCisAlarms, [withFilters(broken), logging]).status).toBe('error')
    expect(one(awsCloudWatchCisAlarms, [withFilters(filters())]).status).toBe('error')
    expect(one(awsCloudWatchCisAlarms, [withFilters([], { error: 'denied' }), logging]).status).toBe('error')
  })
  it('timeline: a deleted and recreated alarm is an interval; an update alone is not', () => {
    const group = withFilters(filters())
    const subject = `${ACCOUNT}/eu-west-1/log-group/ct`
    const deleted = event('DeleteAlarms', '2026-11-01T02:00:00.000Z', {
      requestParameters: { alarmNames: ['cis-rootUse'] }
    })
    const recreated = event('PutMetricAlarm', '2026-11-01T05:00:00.000Z', {
      requestParameters: { alarmName: 'cis-rootUse', metricName: 'rootUse', namespace: 'CIS' }
    })
    const gap = one(awsCisAlarmsInForce, [group, changes([recreated, deleted])])
    expect(gap).toMatchObject({ subject, status: 'fail' })
    expect(gap.details).toEqual([
      expect.objectContaining({ offEvent: 'DeleteAlarms', onEvent: 'PutMetricAlarm' })
    ])
    const update = event('PutMetricFilter', '2026-11-01T01:00:00.000Z', {
      requestParameters: { logGroupName: 'ct' }
    })
    expect(one(awsCisAlarmsInForce, [group, changes([update])]).status).toBe('pass')
    const other = event('DeleteMetricFilter', '2026-11-01T01:00:00.000Z', {
      requestParameters: { logGroupName: 'x' }
    })
    expect(one(awsCisAlarmsInForce, [group, changes([other])]).status).toBe('pass')
    // Deleted and never restored, yet all alarmed at the end: an event is missing, not a pass.
    expect(one(awsCisAlarmsInForce, [group, changes([deleted])]).status).toBe('error')
    expect(one(awsCisAlarmsInForce, [withFilters(filters().slice(1)), changes([])]).status).toBe('fail')
    expect(one(awsCisAlarmsInForce, [group]).status).toBe('error')
  })
  it('reads patterns as text: boundaries, bounds and junk', () => {
    expect(patternCatches(CIS_PATTERNS.iamPolicyChange, CIS_EVENTS['IAM policy change'])).toBe(true)
    // DeletePolicyVersion alone does not catch DeletePolicy.
    expect(patternCatches('{ $.eventName = DeletePolicyVersion }', ['$.eventName=DeletePolicy'])).toBe(false)
    expect(patternCatches('{ $.eventName != ConsoleLogin }', ['$.eventName=ConsoleLogin'])).toBe(false)
    expect(
      patternCatches(`${'x'.repeat(2000)}$.userIdentity.type=Root`, CIS_EVENTS['root account use'])
    ).toBe(false)
    expect(patternCatches(null, CIS_EVENTS['root account use'])).toBe(false)
  })
})

describe('aws.vpc.flow-logs and its timeline', () => {
  const flows = (flowLogs: unknown[], vpcs = [{ VpcId: 'vpc-1' }]) =>
    record(L.flowLogs, REGION, { vpcs, flowLogs })
  const active = {
    FlowLogId: 'fl-1',
    ResourceId: 'vpc-1',
    FlowLogStatus: 'ACTIVE',
    DeliverLogsStatus: 'SUCCESS'
  }
  it.each([
    ['an active flow log', flows([active]), 'pass'],
    ['none', flows([]), 'fail'],
    ['a failing delivery', flows([{ ...active, DeliverLogsStatus: 'FAILED' }]), 'fail'],
    ['no VPC', flows([], []), 'not_applicable'],
    ['a denied listing', record(L.flowLogs, REGION, undefined, 'denied'), 'error'],
    ['a truncated listing', record(L.flowLogs, REGION, { vpcs: [], flowLogs: [], truncated: true }), 'error']
  ] as const)('%s → %s', (_, r, status) => {
    expect(one(awsVpcFlowLogs, [r]).status).toBe(status)
  })
  it('gives the interval a flow log was deleted, with who', () => {
    const result = one(awsFlowLogsInForce, [
      flows([active]),
      changes([
        event('DeleteFlowLogs', '2026-11-01T08:00:00.000Z'),
        event('CreateFlowLogs', '2026-11-01T10:00:00.000Z', {
          userArn: 'arn:aws:iam::123456789012:user/alice'
        })
      ])
    ])
    expect(result.status).toBe('fail')
    expect(result.message).toMatch(
      /DeleteFlowLogs by arn:aws:iam::123456789012:user\/mallory; CreateFlowLogs by .*alice/
    )
    expect(one(awsFlowLogsInForce, [flows([active]), changes([])]).status).toBe('pass')
    expect(one(awsFlowLogsInForce, [flows([]), changes([])]).status).toBe('fail')
    expect(one(awsFlowLogsInForce, [flows([], []), changes([])]).status).toBe('not_applicable')
    expect(one(awsFlowLogsInForce, [flows([active])]).status).toBe('error')
  })
})

describe('encryption at rest', () => {
  it.each([
    [true, 'pass'],
    [false, 'fail'],
    [undefined, 'error']
  ] as const)('EBS default encryption %s → %s', (value, status) => {
    expect(
      one(awsEbsDefaultEncryption, [
        record(E.ebsDefault, REGION, value === undefined ? {} : { EbsEncryptionByDefault: value })
      ]).status
    ).toBe(status)
  })
  it('EBS timeline: switched off and on again in the period fails with the interval', () => {
    const ebs = record(E.ebsDefault, REGION, { EbsEncryptionByDefault: true })
    const result = one(awsEbsEncryptionInForce, [
      ebs,
      changes([
        event('DisableEbsEncryptionByDefault', '2026-11-01T03:00:00.000Z'),
        event('EnableEbsEncryptionByDefault', '2026-11-01T04:00:00.000Z')
      ])
    ])
    expect(result.status).toBe('fail')
    expect(result.details).toEqual([
      expect.objectContaining({ from: '2026-11-01T03:00:00.000Z', to: '2026-11-01T04:00:00.000Z' })
    ])
    expect(one(awsEbsEncryptionInForce, [ebs, changes([])]).status).toBe('pass')
    // History shorter than the period: not evidenced.
    expect(one(awsEbsEncryptionInForce, [ebs, changes([], '2026-11-01T12:00:00.000Z')]).status).toBe('error')
  })
  it.each([
    [[{ DBInstanceIdentifier: 'a', StorageEncrypted: true }], 'pass'],
    [
      [
        { DBInstanceIdentifier: 'a', StorageEncrypted: true },
        { DBInstanceIdentifier: 'b', StorageEncrypted: false }
      ],
      'fail'
    ],
    [[{ DBInstanceIdentifier: 'a' }], 'error'],
    [[], 'not_applicable']
  ] as const)('RDS %j → %s', (instances, status) => {
    expect(one(awsRdsStorageEncrypted, [record(E.rds, REGION, { instances })]).status).toBe(status)
  })
  it.each([
    [[{ FileSystemId: 'fs-1', Encrypted: true }], 'pass'],
    [[{ FileSystemId: 'fs-1', Encrypted: false }], 'fail'],
    [[{ FileSystemId: 'fs-1' }], 'error'],
    [[], 'not_applicable']
  ] as const)('EFS %j → %s', (fileSystems, status) => {
    expect(one(awsEfsEncrypted, [record(E.efs, REGION, { fileSystems })]).status).toBe(status)
  })
  it('every collected record that failed is an error', () => {
    for (const [check, kind] of [
      [awsEbsDefaultEncryption, E.ebsDefault],
      [awsRdsStorageEncrypted, E.rds],
      [awsEfsEncrypted, E.efs],
      [awsDynamoDbEncryption, E.dynamodb],
      [awsKmsKeyPolicyNotPublic, E.kmsKeyPolicies],
      [awsKmsKeyDeletionInForce, E.kmsKeyPolicies]
    ] as const) {
      expect(one(check, [record(kind, REGION, undefined, 'denied')]).status).toBe('error')
    }
  })
})

describe('aws.dynamodb.encryption', () => {
  const cmk = 'arn:aws:kms:eu-west-1:123456789012:key/k1'
  const managed = 'arn:aws:kms:eu-west-1:123456789012:key/aws-managed'
  const tables = (t: unknown[]) => record(E.dynamodb, REGION, { tables: t })
  const keys = record(AWS_EVIDENCE.kmsKeys, REGION, { keys: [{ KeyId: 'k1', Arn: cmk }] })
  const sse = (arn: string, Status = 'ENABLED') => ({
    SSEDescription: { Status, SSEType: 'KMS', KMSMasterKeyArn: arn }
  })
  it.each([
    ['AWS owned key, nothing required', [{ TableName: 'a' }], {}, 'pass'],
    [
      'inaccessible key',
      [{ TableName: 'a', ...sse(cmk, 'INACCESSIBLE_ENCRYPTION_CREDENTIALS') }],
      {},
      'fail'
    ],
    ['required CMK, AWS owned key', [{ TableName: 'orders' }], { 'dynamodb-cmk-tables': ['ord*'] }, 'fail'],
    [
      'required CMK, AWS managed key',
      [{ TableName: 'orders', ...sse(managed) }],
      { 'dynamodb-cmk-tables': ['orders'] },
      'fail'
    ],
    [
      'required CMK, CMK',
      [{ TableName: 'orders', ...sse(cmk) }],
      { 'dynamodb-cmk-tables': ['orders'] },
      'pass'
    ],
    ['a table not described', [{ TableName: 'a', error: 'denied' }], {}, 'error'],
    ['no table', [], {}, 'not_applicable']
  ] as const)('%s → %s', (_, t, aws, status) => {
    expect(one(awsDynamoDbEncryption, [tables([...t]), keys], { aws }).status).toBe(status)
  })
  it('cannot tell a CMK without the KMS key list', () => {
    expect(
      one(awsDynamoDbEncryption, [tables([{ TableName: 'orders', ...sse(cmk) }])], {
        aws: { 'dynamodb-cmk-tables': ['*'] }
      }).status
    ).toBe('error')
  })
  it('matches table patterns literally except *', () => {
    expect(tableMatches('ord*', 'orders')).toBe(true)
    expect(tableMatches('a.b', 'axb')).toBe(false)
    expect(tableMatches('(.*)+$', 'anything')).toBe(false)
  })
})

describe('aws.kms.key-policy-not-public', () => {
  const policy = (statements: unknown) => JSON.stringify({ Version: '2012-10-17', Statement: statements })
  const keyRecord = (Policy: string) =>
    record(E.kmsKeyPolicies, REGION, { keys: [{ KeyId: 'k1', KeyState: 'Enabled', Policy }] })
  const root = {
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::123456789012:root' },
    Action: 'kms:*',
    Resource: '*'
  }
  it.each([
    ['the default policy', policy([root]), 'pass'],
    [
      'Principal "*"',
      policy([root, { Sid: 'open', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt' }]),
      'fail'
    ],
    [
      'AWS "*" in a list',
      policy({ Effect: 'Allow', Principal: { AWS: ['arn:x', '*'] }, Action: 'kms:*' }),
      'fail'
    ],
    ['a wildcard account', policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::*:root' } }), 'fail'],
    ['NotPrincipal with Allow', policy({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:x' } }), 'fail'],
    [
      '"*" with a non-limiting condition',
      policy({ Effect: 'Allow', Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }),
      'fail'
    ],
    [
      '"*" with kms:CallerAccount',
      policy({
        Effect: 'Allow',
        Principal: '*',
        Condition: { StringEquals: { 'kms:CallerAccount': '123456789012' } }
      }),
      'pass'
    ],
    ['"*" denied', policy({ Effect: 'Deny', Principal: '*', Action: 'kms:ScheduleKeyDeletion' }), 'pass'],
    ['not JSON', '{"Statement": [', 'error'],
    ['JSON that is not a policy', '[1,2]', 'error'],
    ['statements that are not objects', policy(['*']), 'error']
  ] as const)('%s → %s', (_, text, status) => {
    expect(one(awsKmsKeyPolicyNotPublic, [keyRecord(text)]).status).toBe(status)
  })
  it('bounds what it quotes from a hostile policy', () => {
    const open = openStatements(
      policy({ Sid: 'x'.repeat(10_000), Effect: 'Allow', Principal: '*', Action: ['a'.repeat(500)] })
    )!
    expect(open[0]!.length).toBeLessThan(200)
    expect(one(awsKmsKeyPolicyNotPublic, [record(E.kmsKeyPolicies, REGION, { keys: [] })]).status).toBe(
      'not_applicable'
    )
  })
})

describe('aws.changes.kms-key-not-scheduled-for-deletion', () => {
  const keys = (KeyState: string) =>
    record(E.kmsKeyPolicies, REGION, {
      keys: [{ KeyId: 'k1', Arn: 'arn:aws:kms:eu-west-1:123456789012:key/k1', KeyState }]
    })
  it('fails a deletion scheduled and cancelled in the period, per key', () => {
    const result = one(awsKmsKeyDeletionInForce, [
      keys('Disabled'),
      changes([
        event('ScheduleKeyDeletion', '2026-11-01T01:00:00.000Z', { requestParameters: { keyId: 'k1' } }),
        event('CancelKeyDeletion', '2026-11-01T02:00:00.000Z', {
          requestParameters: { keyId: 'arn:aws:kms:eu-west-1:123456789012:key/k1' }
        }),
        event('ScheduleKeyDeletion', '2026-11-01T03:00:00.000Z', { requestParameters: { keyId: 'other' } })
      ])
    ])
    expect(result).toMatchObject({ status: 'fail', subject: `${REGION}/k1` })
    expect(result.details).toHaveLength(1)
  })
  it('passes with no event, fails still pending, errors on a contradiction', () => {
    expect(one(awsKmsKeyDeletionInForce, [keys('Enabled'), changes([])]).status).toBe('pass')
    expect(one(awsKmsKeyDeletionInForce, [keys('PendingDeletion'), changes([])]).status).toBe('fail')
    expect(
      one(awsKmsKeyDeletionInForce, [
        keys('PendingDeletion'),
        changes([
          event('CancelKeyDeletion', '2026-11-01T02:00:00.000Z', { requestParameters: { keyId: 'k1' } })
        ])
      ]).status
    ).toBe('error')
  })
})
