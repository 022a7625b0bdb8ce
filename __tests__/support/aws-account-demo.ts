/**
 * A demo AWS account with a realistic mix of passing and failing controls, for the demo and the
 * integration tests of the AWS collectors. Dates are relative to `now`.
 */
import type { SimAwsAccount, SimPublicAccessBlock } from './aws-simulator.js'

const BLOCK_ALL: SimPublicAccessBlock = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true
}

/**
 * Account 123456789012, regions eu-west-1 and us-east-1 (ap-east-1 opt-in, disabled):
 * - root: MFA on, no access keys; password policy with minimum length 10 (weak: no symbols, no expiry);
 * - users: `alice` (console + MFA), `bob` (console without MFA), `ci-deploy` (access key 200 days old),
 *   `carol` (console + MFA, unused for 120 days);
 * - one multi-region trail, logging with log-file validation but without KMS;
 * - GuardDuty enabled in eu-west-1 only;
 * - 6 managed instances, 2 missing critical patches, 1 not scanned for 20 days, and an EC2 instance
 *   `legacy-batch` without the SSM agent (not managed, so its patch state is unknown);
 * - Inspector enabled in eu-west-1 with 1 critical and 3 high findings;
 * - account public access block off; 3 buckets: one public via its policy, one aws:kms, one AES256 with
 *   versioning suspended;
 * - 3 customer-managed KMS keys (one without rotation, one asymmetric signing key, which cannot rotate)
 *   and an AWS-managed key.
 */
export function demoAwsAccount(now: Date): SimAwsAccount {
  const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
  return {
    id: '123456789012',
    regions: ['eu-west-1', 'us-east-1'],
    optInDisabledRegions: ['ap-east-1'],
    rootMfa: true,
    rootAccessKeys: false,
    rootPasswordLastUsed: ago(45),
    passwordPolicy: {
      minimumPasswordLength: 10,
      requireSymbols: false,
      requireNumbers: true,
      requireUppercaseCharacters: true,
      requireLowercaseCharacters: true,
      allowUsersToChangePassword: true
    },
    users: [
      {
        name: 'alice',
        created: ago(700),
        passwordEnabled: true,
        mfa: true,
        passwordLastUsed: ago(1),
        keys: [{ active: true, lastRotated: ago(30), lastUsed: ago(1) }]
      },
      {
        name: 'bob',
        created: ago(400),
        passwordEnabled: true,
        mfa: false,
        passwordLastUsed: ago(3),
        keys: []
      },
      {
        name: 'ci-deploy',
        created: ago(500),
        passwordEnabled: false,
        mfa: false,
        keys: [{ active: true, lastRotated: ago(200), lastUsed: ago(1) }]
      },
      {
        name: 'carol',
        created: ago(600),
        passwordEnabled: true,
        mfa: true,
        passwordLastUsed: ago(120),
        keys: []
      }
    ],
    trails: [
      {
        name: 'management-events',
        homeRegion: 'eu-west-1',
        multiRegion: true,
        logging: true,
        validation: true,
        s3Bucket: 'acme-cloudtrail-logs'
      }
    ],
    guardDuty: { 'eu-west-1': 'ENABLED', 'us-east-1': 'NONE' },
    instances: [
      {
        id: 'i-0a1b2c3d4e5f60001',
        region: 'eu-west-1',
        critical: 0,
        security: 0,
        other: 1,
        lastScan: ago(1)
      },
      {
        id: 'i-0a1b2c3d4e5f60002',
        region: 'eu-west-1',
        critical: 2,
        security: 3,
        other: 0,
        lastScan: ago(1)
      },
      {
        id: 'i-0a1b2c3d4e5f60003',
        region: 'eu-west-1',
        critical: 0,
        security: 0,
        other: 0,
        lastScan: ago(20)
      },
      {
        id: 'i-0a1b2c3d4e5f60004',
        region: 'eu-west-1',
        critical: 0,
        security: 1,
        other: 2,
        lastScan: ago(2)
      },
      {
        id: 'i-0a1b2c3d4e5f60005',
        region: 'us-east-1',
        critical: 1,
        security: 0,
        other: 0,
        lastScan: ago(1)
      },
      {
        id: 'i-0a1b2c3d4e5f60006',
        region: 'us-east-1',
        critical: 0,
        security: 0,
        other: 0,
        lastScan: ago(1)
      },
      {
        id: 'i-0a1b2c3d4e5f60007',
        region: 'eu-west-1',
        critical: 0,
        security: 0,
        other: 0,
        lastScan: ago(1),
        ssmManaged: false,
        name: 'legacy-batch'
      }
    ],
    inspector: {
      'eu-west-1': { enabled: true, critical: 1, high: 3, medium: 8, low: 14 },
      'us-east-1': { enabled: false, critical: 0, high: 0, medium: 0, low: 0 }
    },
    buckets: [
      { name: 'acme-public-site', region: 'eu-west-1', policyPublic: true, encryption: 'AES256' },
      {
        name: 'acme-audit-logs',
        region: 'eu-west-1',
        publicAccessBlock: BLOCK_ALL,
        policyPublic: false,
        encryption: 'aws:kms',
        versioning: 'Enabled'
      },
      {
        name: 'acme-backups',
        region: 'us-east-1',
        publicAccessBlock: BLOCK_ALL,
        encryption: 'AES256',
        versioning: 'Suspended'
      }
    ],
    kmsKeys: [
      {
        id: '1234abcd-12ab-34cd-56ef-1234567890ab',
        region: 'eu-west-1',
        customerManaged: true,
        rotation: true
      },
      {
        id: '0987dcba-09fe-87dc-65ba-ab0987654321',
        region: 'eu-west-1',
        customerManaged: true,
        rotation: false
      },
      {
        id: 'mrk-5e1f0c7a9b8d4e2f',
        region: 'eu-west-1',
        customerManaged: true,
        rotation: false,
        keySpec: 'ECC_NIST_P256'
      },
      {
        id: 'a1b2c3d4-5678-90ab-cdef-0123456789ab',
        region: 'eu-west-1',
        customerManaged: false,
        rotation: true
      }
    ]
  }
}
