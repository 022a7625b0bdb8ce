import { configSchema } from '../../src/config/schema.js'
import {
  awsAccessKeyRotation,
  awsConsoleMfa,
  awsPasswordPolicy,
  awsRootMfa
} from '../../src/checks/aws/iam.js'
import { awsCloudTrail, awsGuardDuty } from '../../src/checks/aws/logging.js'
import { awsPatchCompliance } from '../../src/checks/aws/patching.js'
import { awsKmsRotation, awsS3PublicAccess, awsS3Versioning } from '../../src/checks/aws/storage.js'
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
      context([record(AWS_EVIDENCE.patchStates, `${ACCOUNT}/eu-west-1`, { instances, page: 1 })])
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
