import { configSchema } from '../../src/config/schema.js'
import { awsAccessKeyRotation } from '../../src/checks/aws/access-keys-rotated.js'
import { awsConsoleMfa } from '../../src/checks/aws/console-mfa.js'
import { awsPasswordPolicy } from '../../src/checks/aws/password-policy.js'
import { awsRootMfa } from '../../src/checks/aws/root-mfa.js'
import { awsCloudTrail } from '../../src/checks/aws/cloudtrail-multi-region.js'
import { awsGuardDuty } from '../../src/checks/aws/guardduty-enabled.js'
import { awsInspectorEnabled } from '../../src/checks/aws/inspector.js'
import { awsPatchCompliance } from '../../src/checks/aws/patching.js'
import { awsKmsRotation } from '../../src/checks/aws/kms-rotation.js'
import { awsS3PublicAccess } from '../../src/checks/aws/s3-public-access-blocked.js'
import { awsS3Versioning } from '../../src/checks/aws/s3-versioning.js'
import type { EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import { AWS_EVIDENCE, type CredentialReportRow } from '../../src/sources/aws/types.js'

const END = '2026-11-25T00:00:00.000Z'
const daysAgo = (days: number) => new Date(Date.parse(END) - days * 86_400_000).toISOString()
const ACCOUNT = 'aws:123456789012'

function record(
  kind: string,
  subject: string,
  data?: unknown,
  error?: EvidenceRecord['error']
): EvidenceRecord {
  return {
    path: `evidence/aws/${kind}/${subject.replace(/[:/]/g, '_')}.json`,
    source: 'aws',
    subject,
    kind,
    requests: [],
    ...(data ? { data } : {}),
    ...(error ? { error } : {})
  }
}
const context = (records: EvidenceRecord[], config: unknown = {}) => ({
  evidence: new EvidenceIndex(records),
  config: configSchema.parse(config),
  period: { start: daysAgo(1), end: END, expression: 'P1D' }
})

function user(name: string, overrides: Partial<CredentialReportRow> = {}): CredentialReportRow {
  return {
    user: name,
    arn: `arn:aws:iam::123456789012:user/${name}`,
    user_creation_time: daysAgo(400),
    password_enabled: 'true',
    password_last_used: daysAgo(1),
    mfa_active: 'true',
    access_key_1_active: 'false',
    access_key_1_last_rotated: 'N/A',
    access_key_1_last_used_date: 'N/A',
    access_key_2_active: 'false',
    access_key_2_last_rotated: 'N/A',
    access_key_2_last_used_date: 'N/A',
    ...overrides
  }
}

describe('AWS IAM checks', () => {
  test.each([
    [{ AccountMFAEnabled: 1, AccountAccessKeysPresent: 0 }, 'pass'],
    [{ AccountMFAEnabled: 0, AccountAccessKeysPresent: 0 }, 'fail'],
    [{ AccountMFAEnabled: 1, AccountAccessKeysPresent: 1 }, 'fail']
  ])('root %j → %s', (summary, status) => {
    expect(
      awsRootMfa.evaluate(context([record(AWS_EVIDENCE.accountSummary, ACCOUNT, { summary })]))[0]!.status
    ).toBe(status)
  })

  test('an API that was denied is an error naming the IAM action, never a pass', () => {
    const denied = record(AWS_EVIDENCE.passwordPolicy, ACCOUNT, undefined, {
      status: 403,
      message: 'GetAccountPasswordPolicy was denied: the role lacks iam:GetAccountPasswordPolicy',
      missingPermission: 'iam:GetAccountPasswordPolicy'
    })
    expect(awsPasswordPolicy.evaluate(context([denied]))[0]).toMatchObject({
      status: 'error',
      message: expect.stringContaining('iam:GetAccountPasswordPolicy')
    })
  })

  test('password policy strength against the configured minimum', () => {
    const policy = {
      MinimumPasswordLength: 12,
      RequireSymbols: true,
      RequireNumbers: true,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: true,
      PasswordReusePrevention: 24
    }
    const records = [record(AWS_EVIDENCE.passwordPolicy, ACCOUNT, { policy })]
    expect(awsPasswordPolicy.evaluate(context(records))[0]!.message).toContain('minimum length 12 < 14')
    expect(
      awsPasswordPolicy.evaluate(context(records, { aws: { 'password-min-length': 12 } }))[0]!.status
    ).toBe('pass')
    expect(
      awsPasswordPolicy.evaluate(context([record(AWS_EVIDENCE.passwordPolicy, ACCOUNT, { none: true })]))[0]!
        .status
    ).toBe('fail')
  })

  test('console MFA and access key age and use from the credential report', () => {
    const rows = [
      user('<root_account>', { password_enabled: 'not_supported', mfa_active: 'true' }),
      user('alice'),
      user('bob', { mfa_active: 'false' }),
      user('ci', {
        password_enabled: 'false',
        mfa_active: 'false',
        access_key_1_active: 'true',
        access_key_1_last_rotated: daysAgo(200),
        access_key_1_last_used_date: daysAgo(1)
      }),
      user('old-bot', {
        password_enabled: 'false',
        access_key_2_active: 'true',
        access_key_2_last_rotated: daysAgo(30),
        access_key_2_last_used_date: daysAgo(120)
      }),
      user('fresh', {
        password_enabled: 'false',
        access_key_1_active: 'true',
        access_key_1_last_rotated: daysAgo(10),
        access_key_1_last_used_date: 'N/A'
      })
    ]
    const ctx = context([record(AWS_EVIDENCE.credentialReport, ACCOUNT, { generatedTime: END, rows })])
    expect(awsConsoleMfa.evaluate(ctx)[0]).toMatchObject({ status: 'fail', details: ['bob'] })
    expect(awsAccessKeyRotation.evaluate(ctx)[0]!.details).toEqual([
      'ci key 1 not rotated for 200 days (max 90)',
      'old-bot key 2 unused for 120 days (max 90)'
    ])
  })
})

describe('AWS logging, patching, storage', () => {
  test('CloudTrail needs a multi-region, logging, validated trail', () => {
    const trail = (multi: boolean, logging: boolean, validation: boolean) => ({
      trail: { Name: 'org', IsMultiRegionTrail: multi, LogFileValidationEnabled: validation, KmsKeyId: 'k' },
      status: { IsLogging: logging }
    })
    expect(
      awsCloudTrail.evaluate(
        context([record(AWS_EVIDENCE.cloudTrail, ACCOUNT, { trails: [trail(true, true, true)] })])
      )[0]!.status
    ).toBe('pass')
    expect(
      awsCloudTrail.evaluate(
        context([record(AWS_EVIDENCE.cloudTrail, ACCOUNT, { trails: [trail(true, false, true)] })])
      )[0]!.status
    ).toBe('fail')
    expect(
      awsCloudTrail.evaluate(context([record(AWS_EVIDENCE.cloudTrail, ACCOUNT, { trails: [] })]))[0]!.message
    ).toBe('No CloudTrail trail exists.')
  })

  test('GuardDuty per region', () => {
    const results = awsGuardDuty.evaluate(
      context([
        record(AWS_EVIDENCE.guardDuty, `${ACCOUNT}/eu-west-1`, {
          detectors: [{ detectorId: 'd1', status: 'ENABLED' }]
        }),
        record(AWS_EVIDENCE.guardDuty, `${ACCOUNT}/us-east-1`, { detectors: [] })
      ])
    )
    expect(results.map((r) => [r.subject, r.status])).toEqual([
      [`${ACCOUNT}/eu-west-1`, 'pass'],
      [`${ACCOUNT}/us-east-1`, 'fail']
    ])
  })

  test('patch compliance per instance: missing critical patches, stale scans', () => {
    const instances = [
      {
        InstanceId: 'i-ok',
        CriticalNonCompliantCount: 0,
        SecurityNonCompliantCount: 0,
        OperationEndTime: daysAgo(1)
      },
      {
        InstanceId: 'i-crit',
        CriticalNonCompliantCount: 2,
        SecurityNonCompliantCount: 1,
        OperationEndTime: daysAgo(1)
      },
      {
        InstanceId: 'i-stale',
        CriticalNonCompliantCount: 0,
        SecurityNonCompliantCount: 0,
        OperationEndTime: daysAgo(20)
      }
    ]
    const results = awsPatchCompliance.evaluate(
      context([
        record(AWS_EVIDENCE.patchStates, `${ACCOUNT}/eu-west-1`, { instances, page: 1 }),
        record(AWS_EVIDENCE.ec2Instances, `${ACCOUNT}/eu-west-1`, {
          instances: instances.map((i) => ({ InstanceId: i.InstanceId, State: 'running' }))
        })
      ])
    )
    expect(results.map((r) => [r.subject.split('/').pop(), r.status])).toEqual([
      ['i-ok', 'pass'],
      ['i-crit', 'fail'],
      ['i-stale', 'fail']
    ])
    expect(results[2]!.message).toContain('last scanned 20 days ago (max 7)')
  })

  test('S3: account-level block covers buckets, a public policy always fails; versioning; KMS rotation', () => {
    const all = {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true
    }
    const bucket = (name: string, extra: object) =>
      record(AWS_EVIDENCE.bucket, `${ACCOUNT}/eu-west-1/${name}`, { name, region: 'eu-west-1', ...extra })
    const records = [
      record(AWS_EVIDENCE.accountPublicAccessBlock, ACCOUNT, { configuration: all }),
      bucket('logs', { versioning: { Status: 'Enabled' } }),
      bucket('site', { policyIsPublic: true, versioning: { Status: 'Suspended' } })
    ]
    expect(awsS3PublicAccess.evaluate(context(records)).map((r) => r.status)).toEqual(['pass', 'fail'])
    expect(awsS3Versioning.evaluate(context(records)).map((r) => r.status)).toEqual(['pass', 'fail'])
    const keys = record(AWS_EVIDENCE.kmsKeys, `${ACCOUNT}/eu-west-1`, {
      keys: [
        { KeyId: 'k1', RotationEnabled: true },
        { KeyId: 'k2', RotationEnabled: false }
      ]
    })
    expect(awsKmsRotation.evaluate(context([keys]))[0]).toMatchObject({ status: 'fail', details: ['k2'] })
  })
})

const REGION = `${ACCOUNT}/eu-west-1`

describe('KMS rotation: keys that cannot rotate are excluded, and said so', () => {
  // KeySpec / Origin as DescribeKey returns them; rotationNotApplicable as the KMS collector marks them.
  const key = (id: string, extra: object = {}) => ({ KeyId: id, KeyState: 'Enabled', ...extra })
  const asymmetric = key('k-sign', {
    KeySpec: 'ECC_NIST_P256',
    rotationNotApplicable: 'asymmetric or HMAC key (ECC_NIST_P256)'
  })
  const hmac = key('k-mac', {
    KeySpec: 'HMAC_256',
    rotationNotApplicable: 'asymmetric or HMAC key (HMAC_256)'
  })
  const imported = key('k-ext', { Origin: 'EXTERNAL', rotationNotApplicable: 'key material from EXTERNAL' })
  test.each([
    ['only keys that cannot rotate', [asymmetric, hmac, imported], 'not_applicable', 'Excluded 3 key(s)'],
    [
      'a rotating key beside an asymmetric one',
      [key('k1', { RotationEnabled: true }), asymmetric],
      'pass',
      'All 1 rotatable customer managed key(s) rotate. Excluded 1 key(s) that AWS KMS cannot rotate automatically: k-sign (asymmetric or HMAC key (ECC_NIST_P256))'
    ],
    [
      'a symmetric key without rotation beside an imported one',
      [key('k2', { RotationEnabled: false }), imported],
      'fail',
      'Rotation off: k2. Excluded 1 key(s) that AWS KMS cannot rotate automatically: k-ext (key material from EXTERNAL)'
    ],
    ['no customer managed keys', [], 'not_applicable', 'No enabled customer managed keys in this region.'],
    [
      'only disabled keys',
      [key('k3', { KeyState: 'Disabled' })],
      'not_applicable',
      'No enabled customer managed keys'
    ],
    [
      'an unreadable key',
      [key('k4', { error: 'AccessDenied' })],
      'error',
      'Rotation status unknown: k4 (AccessDenied)'
    ]
  ])('%s → %s', (_name, keys, status, message) => {
    const [result] = awsKmsRotation.evaluate(context([record(AWS_EVIDENCE.kmsKeys, REGION, { keys })]))
    expect(result).toMatchObject({ status, message: expect.stringContaining(message) })
  })
})

describe('empty populations are not_applicable, never pass', () => {
  const credentialReport = (rows: CredentialReportRow[]) =>
    context([record(AWS_EVIDENCE.credentialReport, ACCOUNT, { generatedTime: END, rows })])
  const rootOnly = [user('<root_account>', { password_enabled: 'not_supported' })]
  test.each([
    ['console MFA, no console users', () => awsConsoleMfa.evaluate(credentialReport(rootOnly))],
    [
      'console MFA, only API users',
      () => awsConsoleMfa.evaluate(credentialReport([...rootOnly, user('ci', { password_enabled: 'false' })]))
    ],
    [
      'access keys, no active keys',
      () => awsAccessKeyRotation.evaluate(credentialReport([...rootOnly, user('alice')]))
    ],
    [
      'KMS, no keys',
      () => awsKmsRotation.evaluate(context([record(AWS_EVIDENCE.kmsKeys, REGION, { keys: [] })]))
    ],
    [
      'patching, no instances anywhere',
      () =>
        awsPatchCompliance.evaluate(
          context([
            record(AWS_EVIDENCE.patchStates, REGION, {
              instances: [],
              page: 1,
              instanceCount: 0,
              withoutPatchState: []
            }),
            record(AWS_EVIDENCE.ec2Instances, REGION, { instances: [] })
          ])
        )
    ]
  ])('%s', (_name, evaluate) => {
    const results = evaluate()
    expect(results).toHaveLength(1)
    expect(results[0]!.status).toBe('not_applicable')
  })
  test('populations that are not empty still pass', () => {
    expect(awsConsoleMfa.evaluate(credentialReport([...rootOnly, user('alice')]))[0]).toMatchObject({
      status: 'pass',
      message: 'All 1 console user(s) have MFA.'
    })
  })
})

describe('SSM patch compliance against the EC2 instance inventory', () => {
  const patched = (id: string) => ({
    InstanceId: id,
    CriticalNonCompliantCount: 0,
    SecurityNonCompliantCount: 0,
    OperationEndTime: daysAgo(1)
  })
  const ssm = (instances: object[], withoutPatchState: string[] = [], error?: EvidenceRecord['error']) =>
    record(
      AWS_EVIDENCE.patchStates,
      REGION,
      error
        ? undefined
        : {
            instances,
            page: 1,
            instanceCount: instances.length + withoutPatchState.length,
            withoutPatchState
          },
      error
    )
  const ec2 = (ids: string[], error?: EvidenceRecord['error']) =>
    record(
      AWS_EVIDENCE.ec2Instances,
      REGION,
      error
        ? undefined
        : {
            instances: ids.map((id) => ({
              InstanceId: id,
              State: 'running',
              ...(id === 'i-unmanaged' ? { Name: 'legacy-batch' } : {})
            }))
          },
      error
    )
  const statuses = (records: EvidenceRecord[]) =>
    awsPatchCompliance.evaluate(context(records)).map((r) => [r.subject.replace(`${REGION}`, ''), r.status])
  test.each([
    ['every EC2 instance managed and patched', [ssm([patched('i-1')]), ec2(['i-1'])], [['/i-1', 'pass']]],
    [
      'an EC2 instance SSM does not manage is a finding',
      [ssm([patched('i-1')]), ec2(['i-1', 'i-unmanaged'])],
      [
        ['/i-1', 'pass'],
        ['/i-unmanaged', 'fail']
      ]
    ],
    [
      'a managed instance without a patch state is a finding',
      [ssm([patched('i-1')], ['i-new']), ec2(['i-1', 'i-new'])],
      [
        ['/i-new', 'fail'],
        ['/i-1', 'pass']
      ]
    ],
    [
      'on-premises managed nodes are not in EC2 and still count',
      [ssm([patched('mi-0123456789abcdef0')]), ec2([])],
      [['/mi-0123456789abcdef0', 'pass']]
    ],
    [
      'EC2 inventory denied: the region is an error, managed instances still judged',
      [
        ssm([patched('i-1')]),
        ec2([], { status: 403, message: 'DescribeInstances was denied: ec2:DescribeInstances' })
      ],
      [
        ['/i-1', 'pass'],
        ['', 'error']
      ]
    ],
    [
      'EC2 inventory not recorded: error',
      [ssm([patched('i-1')])],
      [
        ['/i-1', 'pass'],
        ['', 'error']
      ]
    ],
    [
      'SSM denied: error, no unmanaged verdicts from a partial list',
      [ssm([], [], { status: 403, message: 'denied: ssm:DescribeInstanceInformation' }), ec2(['i-1'])],
      [['', 'error']]
    ]
  ])('%s', (_name, records, expected) => {
    expect(statuses(records)).toEqual(expected)
  })
  test('the unmanaged finding names the instance and why it matters', () => {
    const results = awsPatchCompliance.evaluate(context([ssm([]), ec2(['i-unmanaged'])]))
    expect(results[0]!.message).toBe(
      'i-unmanaged (legacy-batch), running: an EC2 instance Systems Manager does not manage, so its patch state is unknown.'
    )
  })
})

describe('Inspector2 status (A.8.8)', () => {
  // BatchGetAccountStatus `accounts` as returned: state and resourceState per resource type.
  const account = (status: string, resources: Record<string, string>) => ({
    accountId: '123456789012',
    state: { status },
    resourceState: Object.fromEntries(Object.entries(resources).map(([k, v]) => [k, { status: v }]))
  })
  const inspector = (data?: object, error?: EvidenceRecord['error']) =>
    awsInspectorEnabled.evaluate(context([record(AWS_EVIDENCE.inspector, REGION, data, error)]))[0]!
  test.each([
    [
      'enabled, with findings counted',
      {
        accounts: [account('ENABLED', { ec2: 'ENABLED', ecr: 'ENABLED', lambda: 'DISABLED' })],
        findingCounts: { CRITICAL: 1, HIGH: 3, MEDIUM: 8, LOW: 14 }
      },
      'pass',
      'Inspector scans EC2, ECR; not scanned: Lambda (DISABLED). Active findings: 1 critical, 3 high, 8 medium, 14 low or informational.'
    ],
    [
      'disabled',
      { accounts: [account('DISABLED', { ec2: 'DISABLED', ecr: 'DISABLED', lambda: 'DISABLED' })] },
      'fail',
      'Inspector is DISABLED for account 123456789012 (EC2 DISABLED, ECR DISABLED, Lambda DISABLED): nothing is scanned for vulnerabilities.'
    ],
    [
      'suspended',
      { accounts: [account('SUSPENDED', { ec2: 'SUSPENDED' })] },
      'fail',
      'Inspector is SUSPENDED'
    ],
    [
      'no status for the account',
      { accounts: [], failedAccounts: [{ accountId: '123456789012', errorCode: 'ACCESS_DENIED' }] },
      'error',
      'Inspector returned no status for account 123456789012'
    ]
  ])('%s → %s', (_name, data, status, message) => {
    expect(inspector(data)).toMatchObject({ status, message: expect.stringContaining(message) })
  })
  test('a denied call is an error naming the IAM action', () => {
    expect(
      inspector(undefined, {
        status: 403,
        message: 'BatchGetAccountStatus was denied: inspector2:BatchGetAccountStatus'
      })
    ).toMatchObject({ status: 'error', message: expect.stringContaining('inspector2:BatchGetAccountStatus') })
  })
})
