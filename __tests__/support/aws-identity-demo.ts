/**
 * Identity and vulnerability management of the demo AWS account (123456789012), and a demo organization for the
 * Organizations discovery tests. Dates are relative to `now`.
 */
import type { SimChangeEvent } from './aws-breadth-sim.js'
import type { SimIdentityAccount, SimOrganization } from './aws-identity-sim.js'

const ACCOUNT = '123456789012'
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess'
const ALL = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'

/**
 * - IAM: group `Admins` (AdministratorAccess) with `alice`; `ci-deploy` with the customer policy
 *   `deploy-everything` ("*" on "*"); role `OrganizationAccountAccessRole` (AdministratorAccess); a read-only
 *   group and an application role. None is approved by default (aws.admin-principals empty): fail.
 * - IAM Identity Center in eu-west-1: permission sets AdministratorAccess, ReadOnly and BreakGlass (inline "*").
 * - Inspector in eu-west-1: EC2 and ECR scanning, Lambda off; `legacy-batch` not scanned (unmanaged); a critical
 *   finding open 40 days (SLA 15) and a high one open 10 days; Inspector was disabled 20 h ago and enabled
 *   again 6 h later.
 * - ECR: in eu-west-1 basic scanning, `legacy-batch` without scan on push (fail), `web`'s scan on push
 *   switched off 16 h ago and on again 5 h later; in us-east-1 enhanced continuous scanning of every
 *   repository (pass).
 */
export function demoIdentity(now: Date): SimIdentityAccount & { changeEvents: SimChangeEvent[] } {
  const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()
  return {
    iamAuthorization: {
      userPolicies: {
        alice: { groups: ['Admins'] },
        bob: { groups: ['Developers'] },
        'ci-deploy': { attached: [`arn:aws:iam::${ACCOUNT}:policy/deploy-everything`] }
      },
      groups: [
        { name: 'Admins', attached: [ADMIN] },
        { name: 'Developers', attached: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }
      ],
      roles: [
        { name: 'OrganizationAccountAccessRole', attached: [ADMIN] },
        { name: 'annex-evidence-audit', attached: ['arn:aws:iam::aws:policy/SecurityAudit'] },
        {
          name: 'app-runtime',
          inline: {
            's3-read':
              '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":["s3:GetObject"],"Resource":"*"}}'
          }
        }
      ],
      customerPolicies: { 'deploy-everything': ALL }
    },
    identityCenter: {
      region: 'eu-west-1',
      permissionSets: [
        { name: 'AdministratorAccess', managed: [ADMIN] },
        { name: 'ReadOnly', managed: ['arn:aws:iam::aws:policy/job-function/ViewOnlyAccess'] },
        { name: 'BreakGlass', managed: [], inline: ALL }
      ]
    },
    inspectorCoverage: {
      'eu-west-1': [
        { resourceId: 'i-0a1b2c3d4e5f60001', resourceType: 'AWS_EC2_INSTANCE', active: true },
        { resourceId: 'i-0a1b2c3d4e5f60002', resourceType: 'AWS_EC2_INSTANCE', active: true },
        {
          resourceId: 'i-0a1b2c3d4e5f60099',
          resourceType: 'AWS_EC2_INSTANCE',
          active: false,
          reason: 'UNMANAGED_EC2_INSTANCE'
        },
        {
          resourceId: 'i-0a1b2c3d4e5f60098',
          resourceType: 'AWS_EC2_INSTANCE',
          active: false,
          reason: 'EC2_INSTANCE_STOPPED'
        },
        {
          resourceId: `arn:aws:ecr:eu-west-1:${ACCOUNT}:repository/web`,
          resourceType: 'AWS_ECR_REPOSITORY',
          active: true
        }
      ]
    },
    inspectorFindings: {
      'eu-west-1': [
        {
          title: 'CVE-2024-3094 - xz-utils',
          severity: 'CRITICAL',
          firstObservedAt: ago(40),
          resourceId: 'i-0a1b2c3d4e5f60002',
          resourceType: 'AWS_EC2_INSTANCE'
        },
        {
          title: 'CVE-2024-6387 - openssh',
          severity: 'HIGH',
          firstObservedAt: ago(10),
          resourceId: 'i-0a1b2c3d4e5f60001',
          resourceType: 'AWS_EC2_INSTANCE'
        },
        {
          title: 'CVE-2023-0001 - closed',
          severity: 'CRITICAL',
          firstObservedAt: ago(200),
          resourceId: 'i-0a1b2c3d4e5f60001',
          resourceType: 'AWS_EC2_INSTANCE',
          status: 'CLOSED'
        }
      ]
    },
    ecr: {
      'eu-west-1': {
        scanType: 'BASIC',
        repositories: [
          { name: 'web', scanOnPush: true },
          { name: 'legacy-batch', scanOnPush: false }
        ]
      },
      'us-east-1': {
        scanType: 'ENHANCED',
        rules: [{ scanFrequency: 'CONTINUOUS_SCAN', filters: ['*'] }],
        repositories: [{ name: 'api', scanOnPush: false }]
      }
    },
    changeEvents: [
      {
        region: 'eu-west-1',
        name: 'PutImageScanningConfiguration',
        time: hoursAgo(16),
        user: `arn:aws:sts::${ACCOUNT}:assumed-role/ml-platform/dave`,
        parameters: { repositoryName: 'web', imageScanningConfiguration: { scanOnPush: false } }
      },
      {
        region: 'eu-west-1',
        name: 'PutImageScanningConfiguration',
        time: hoursAgo(11),
        user: `arn:aws:sts::${ACCOUNT}:assumed-role/security-admin/alice`,
        parameters: { repositoryName: 'web', imageScanningConfiguration: { scanOnPush: true } }
      },
      {
        region: 'eu-west-1',
        name: 'Disable',
        time: hoursAgo(20),
        user: `arn:aws:sts::${ACCOUNT}:assumed-role/ml-platform/dave`,
        parameters: { resourceTypes: ['EC2', 'ECR'] }
      },
      {
        region: 'eu-west-1',
        name: 'Enable',
        time: hoursAgo(14),
        user: `arn:aws:sts::${ACCOUNT}:assumed-role/security-admin/alice`,
        parameters: { resourceTypes: ['EC2', 'ECR'] }
      }
    ]
  }
}

export const GUARDRAILS_SCP = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'NoLeaving', Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' },
    {
      Sid: 'KeepCloudTrail',
      Effect: 'Deny',
      Action: ['cloudtrail:StopLogging', 'cloudtrail:DeleteTrail'],
      Resource: '*',
      Condition: { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/break-glass' } }
    }
  ]
})

/**
 * Organization o-demo1234ab: management account 111111111111, members 123456789012 (the demo account),
 * 222222222222 (no role to assume: AssumeRole is denied), 333333333333 (suspended) and 444444444444 (to be
 * excluded). SCPs enabled; `guardrails` (deny leaving and stopping CloudTrail) attached to the root, detached
 * 12 h ago and attached again 3 h later; FullAWSAccess attached to the root.
 */
export function demoOrganization(now: Date): {
  organization: SimOrganization
  changeEvents: SimChangeEvent[]
} {
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()
  return {
    organization: {
      id: 'o-demo1234ab',
      managementAccountId: '111111111111',
      rootId: 'r-a1b2',
      scpEnabled: true,
      accounts: [
        { id: '111111111111', name: 'management', status: 'ACTIVE' },
        { id: ACCOUNT, name: 'production', status: 'ACTIVE' },
        { id: '222222222222', name: 'sandbox', status: 'ACTIVE' },
        { id: '333333333333', name: 'closed-project', status: 'SUSPENDED' },
        { id: '444444444444', name: 'vendor-lab', status: 'ACTIVE' }
      ],
      scps: [
        {
          id: 'p-FullAWSAccess',
          name: 'FullAWSAccess',
          content: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
          targets: ['r-a1b2'],
          awsManaged: true
        },
        { id: 'p-guardrails01', name: 'guardrails', content: GUARDRAILS_SCP, targets: ['r-a1b2'] }
      ]
    },
    changeEvents: [
      {
        region: 'us-east-1',
        name: 'DetachPolicy',
        time: hoursAgo(12),
        user: 'arn:aws:sts::111111111111:assumed-role/platform-admin/erin',
        parameters: { policyId: 'p-guardrails01', targetId: 'r-a1b2' }
      },
      {
        region: 'us-east-1',
        name: 'AttachPolicy',
        time: hoursAgo(9),
        user: 'arn:aws:sts::111111111111:assumed-role/security-admin/alice',
        parameters: { policyId: 'p-guardrails01', targetId: 'r-a1b2' }
      }
    ]
  }
}
