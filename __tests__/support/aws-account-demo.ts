/**
 * A demo AWS account with a realistic mix of passing and failing controls, for the demo and the
 * integration tests of the AWS collectors. Dates are relative to `now`.
 */
import type { SimBreadthAccount } from './aws-breadth-sim.js'
import { demoLoggingEncryption } from './aws-logging-sim.js'
import { demoIdentity } from './aws-identity-demo.js'
import type { SimBackupAiAccount } from './aws-backup-ai-sim.js'
import { demoBackupAi } from './aws-account-demo-backup-ai.js'
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
 *   and an AWS-managed key;
 * - backups and AI workloads (AWS Backup, RDS, Bedrock guardrails, SageMaker): see aws-account-demo-backup-ai.ts.
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
        s3Bucket: 'acme-audit-logs',
        logGroupArn: 'arn:aws:logs:eu-west-1:123456789012:log-group:cloudtrail/management-events:*'
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
        versioning: 'Enabled',
        replication: [{ destination: 'acme-audit-logs-replica-us', status: 'Enabled' }]
      },
      {
        name: 'acme-backups',
        region: 'us-east-1',
        publicAccessBlock: BLOCK_ALL,
        encryption: 'AES256',
        versioning: 'Suspended',
        // Replication paused when versioning was suspended.
        replication: [{ destination: 'acme-backups-dr', status: 'Disabled' }]
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
    ],
    ...demoLoggingEncryption(now),
    ...withIdentityAndBackupAi(now)
  }
}

function withIdentityAndBackupAi(now: Date) {
  const breadth = withBackupAi(demoConfigMonitoring(now), demoBackupAi(now))
  return { ...breadth, ...withIdentity(now, breadth.changeEvents ?? []) }
}

function withBackupAi(
  breadth: SimBreadthAccount,
  backupAi: ReturnType<typeof demoBackupAi>
): SimBreadthAccount & SimBackupAiAccount {
  return {
    ...breadth,
    ...backupAi.account,
    changeEvents: [...(breadth.changeEvents ?? []), ...backupAi.changeEvents]
  }
}

/**
 * Configuration monitoring, Bedrock and the switch-off events of the demo account (within the last day, the
 * demo's default period):
 * - AWS Config recording in eu-west-1 (one rule non-compliant), never set up in us-east-1;
 * - Security Hub in eu-west-1 with a critical failed control, not enabled in us-east-1;
 * - Access Analyzer active in both regions, with an external-access finding in eu-west-1;
 * - Bedrock invocation logging on in eu-west-1, but deleted 10 h ago and restored 6 h later by another
 *   person; never configured in us-east-1;
 * - a StopLogging on the trail that CloudTrail refused (AccessDenied), so logging stayed on.
 */
function demoConfigMonitoring(now: Date): SimBreadthAccount {
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()
  const account = '123456789012'
  return {
    config: {
      'eu-west-1': {
        recorder: { name: 'default', recording: true, lastStatus: 'SUCCESS' },
        deliveryChannel: { name: 'default', s3BucketName: 'acme-config-history' },
        rules: [
          { name: 'root-account-mfa-enabled', compliance: 'COMPLIANT' },
          { name: 'encrypted-volumes', compliance: 'NON_COMPLIANT' },
          { name: 'cloudtrail-enabled', compliance: 'COMPLIANT' }
        ]
      }
    },
    securityHub: {
      'eu-west-1': {
        subscribedAt: '2024-02-01T09:00:00.000Z',
        standards: [
          {
            arn: 'arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0',
            status: 'READY'
          }
        ],
        failed: [
          {
            controlId: 'EC2.19',
            title: 'Security groups should not allow unrestricted access to ports with high risk',
            severity: 'CRITICAL',
            resource: `arn:aws:ec2:eu-west-1:${account}:security-group/sg-0a1b2c3d`
          },
          {
            controlId: 'S3.9',
            title: 'S3 general purpose buckets should have server access logging enabled',
            severity: 'MEDIUM',
            resource: 'arn:aws:s3:::acme-public-assets'
          }
        ]
      }
    },
    accessAnalyzers: {
      'eu-west-1': [
        {
          name: 'account-analyzer',
          type: 'ACCOUNT',
          status: 'ACTIVE',
          findings: [
            {
              id: 'f-1a2b3c',
              resource: `arn:aws:iam::${account}:role/vendor-support`,
              resourceType: 'AWS::IAM::Role',
              isPublic: false,
              principal: { AWS: '999988887777' },
              status: 'ACTIVE'
            }
          ]
        }
      ],
      'us-east-1': [
        {
          name: 'account-analyzer',
          type: 'ACCOUNT',
          status: 'ACTIVE',
          findings: [
            {
              id: 'f-4d5e6f',
              resource: 'arn:aws:s3:::acme-partner-exchange',
              resourceType: 'AWS::S3::Bucket',
              isPublic: false,
              principal: { AWS: '444455556666' },
              status: 'ARCHIVED'
            }
          ]
        }
      ]
    },
    bedrockLogging: {
      'eu-west-1': { s3Bucket: 'acme-bedrock-invocations', logGroup: '/aws/bedrock/invocations' }
    },
    changeEvents: [
      {
        region: 'eu-west-1',
        name: 'DeleteModelInvocationLoggingConfiguration',
        time: hoursAgo(10),
        user: `arn:aws:sts::${account}:assumed-role/ml-platform/dave`
      },
      {
        region: 'eu-west-1',
        name: 'PutModelInvocationLoggingConfiguration',
        time: hoursAgo(4),
        user: `arn:aws:sts::${account}:assumed-role/security-admin/alice`
      },
      {
        region: 'eu-west-1',
        name: 'StopLogging',
        time: hoursAgo(8),
        user: `arn:aws:sts::${account}:assumed-role/ml-platform/dave`,
        parameters: { name: 'management-events' },
        errorCode: 'AccessDenied'
      }
    ]
  }
}

/** The identity and vulnerability part of the demo (aws-identity-demo.ts), its switch events after the others. */
function withIdentity(now: Date, before: NonNullable<SimBreadthAccount['changeEvents']>) {
  const identity = demoIdentity(now)
  return { ...identity, changeEvents: [...before, ...identity.changeEvents] }
}
