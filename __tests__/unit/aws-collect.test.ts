import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand
} from '@aws-sdk/client-cloudtrail'
import { DescribeInstancesCommand, DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty'
import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient
} from '@aws-sdk/client-iam'
import {
  BatchGetAccountStatusCommand,
  Inspector2Client,
  ListFindingAggregationsCommand
} from '@aws-sdk/client-inspector2'
import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListKeysCommand
} from '@aws-sdk/client-kms'
import {
  GetBucketEncryptionCommand,
  GetBucketReplicationCommand,
  GetBucketLocationCommand,
  GetBucketPolicyStatusCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client
} from '@aws-sdk/client-s3'
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  S3ControlClient
} from '@aws-sdk/client-s3-control'
import {
  DescribeInstanceInformationCommand,
  DescribeInstancePatchStatesCommand,
  SSMClient
} from '@aws-sdk/client-ssm'
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import {
  AccessAnalyzerClient,
  ListAnalyzersCommand,
  ListFindingsCommand
} from '@aws-sdk/client-accessanalyzer'
import {
  BedrockClient,
  GetModelInvocationLoggingConfigurationCommand,
  ListGuardrailsCommand
} from '@aws-sdk/client-bedrock'
import {
  BackupClient,
  ListBackupPlansCommand,
  ListBackupVaultsCommand,
  ListProtectedResourcesCommand,
  ListRestoreJobsCommand,
  ListRestoreTestingPlansCommand
} from '@aws-sdk/client-backup'
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds'
import {
  ListEndpointsCommand,
  ListMonitoringSchedulesCommand,
  SageMakerClient
} from '@aws-sdk/client-sagemaker'
import { LookupEventsCommand } from '@aws-sdk/client-cloudtrail'
import {
  ConfigServiceClient,
  DescribeComplianceByConfigRuleCommand,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand
} from '@aws-sdk/client-config-service'
import {
  DescribeHubCommand,
  GetEnabledStandardsCommand,
  GetFindingsCommand,
  SecurityHubClient
} from '@aws-sdk/client-securityhub'
import {
  DescribeRepositoriesCommand,
  ECRClient,
  GetRegistryScanningConfigurationCommand
} from '@aws-sdk/client-ecr'
import { GetAccountAuthorizationDetailsCommand } from '@aws-sdk/client-iam'
import {
  ListCoverageCommand,
  ListFindingsCommand as ListInspectorFindingsCommand
} from '@aws-sdk/client-inspector2'
import { DescribeOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations'
import { ListInstancesCommand, SSOAdminClient } from '@aws-sdk/client-sso-admin'
import type { EvidenceRecord } from '../../src/model.js'
import { loggingEncryptionMocks } from '../support/aws-logging-mocks.js'
import { collectAws, roleSessionName, type AwsSettings } from '../../src/sources/aws/collect.js'
import type { PatchStatesPage } from '../../src/sources/aws/ssm.js'
import {
  AWS_EVIDENCE,
  type BucketEvidence,
  type CredentialReportRow,
  type KmsKeyEvidence,
  type TrailEvidence
} from '../../src/sources/aws/types.js'

const ACCOUNT = '123456789012'
const OTHER = '210987654321'
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY'
const SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKENxxxxxxxxxxxxxxxxxxxxxxxx'
const NOW = new Date('2025-03-01T12:00:00.000Z')

const sts = mockClient(STSClient)
const ec2 = mockClient(EC2Client)
const iam = mockClient(IAMClient)
const cloudtrail = mockClient(CloudTrailClient)
const s3 = mockClient(S3Client)
const s3control = mockClient(S3ControlClient)
const guardduty = mockClient(GuardDutyClient)
const ssm = mockClient(SSMClient)
const inspector = mockClient(Inspector2Client)
const kms = mockClient(KMSClient)
const config = mockClient(ConfigServiceClient)
const securityhub = mockClient(SecurityHubClient)
const accessAnalyzer = mockClient(AccessAnalyzerClient)
const bedrock = mockClient(BedrockClient)
const loggingEncryption = loggingEncryptionMocks()
const ecr = mockClient(ECRClient)
const organizations = mockClient(OrganizationsClient)
const ssoAdmin = mockClient(SSOAdminClient)
const backup = mockClient(BackupClient)
const rds = loggingEncryption.rds
const sagemaker = mockClient(SageMakerClient)
const mocks = [
  backup,
  sagemaker,
  sts,
  ec2,
  iam,
  cloudtrail,
  s3,
  s3control,
  guardduty,
  ssm,
  inspector,
  kms,
  config,
  securityhub,
  accessAnalyzer,
  bedrock,
  ...loggingEncryption.mocks,
  ecr,
  organizations,
  ssoAdmin
]

const meta = (status = 200) => ({ $metadata: { httpStatusCode: status, requestId: 'req-1' } })

function awsError(name: string, status: number, message = `${name}: simulated`): Error {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode: status } })
}

const CSV = [
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated',
  `<root_account>,arn:aws:iam::${ACCOUNT}:root,2019-01-01T00:00:00+00:00,not_supported,2025-02-01T00:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
  `alice,arn:aws:iam::${ACCOUNT}:user/alice,2020-05-01T00:00:00+00:00,true,2025-02-27T09:00:00+00:00,2024-12-01T00:00:00+00:00,N/A,false,true,2024-01-01T00:00:00+00:00,2025-02-28T00:00:00+00:00,eu-west-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`
].join('\n')

/** Every API answers as a healthy account with two enabled regions would. */
function healthyAccount(): void {
  sts.on(GetCallerIdentityCommand).resolves({
    ...meta(),
    Account: ACCOUNT,
    Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/github-actions/annex`,
    UserId: 'AROAEXAMPLE:annex'
  })
  ec2.on(DescribeRegionsCommand).resolves({
    ...meta(),
    Regions: [
      {
        RegionName: 'us-east-1',
        OptInStatus: 'opt-in-not-required',
        Endpoint: 'ec2.us-east-1.amazonaws.com'
      },
      { RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required', Endpoint: 'ec2.eu-west-1.amazonaws.com' }
    ]
  })
  iam.on(GenerateCredentialReportCommand).resolves({ ...meta(), State: 'COMPLETE' })
  iam.on(GetCredentialReportCommand).resolves({
    ...meta(),
    Content: Buffer.from(CSV),
    ReportFormat: 'text/csv',
    GeneratedTime: new Date('2025-03-01T11:59:00.000Z')
  })
  iam.on(GetAccountSummaryCommand).resolves({ ...meta(), SummaryMap: { AccountMFAEnabled: 1, Users: 1 } })
  iam.on(GetAccountPasswordPolicyCommand).resolves({
    ...meta(),
    PasswordPolicy: { MinimumPasswordLength: 14, RequireSymbols: true, ExpirePasswords: false }
  })
  const trail = {
    Name: 'org-trail',
    TrailARN: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/org-trail`,
    HomeRegion: 'us-east-1',
    IsMultiRegionTrail: true,
    LogFileValidationEnabled: true,
    S3BucketName: 'acme-trail'
  }
  cloudtrail.on(DescribeTrailsCommand).resolves({ ...meta(), trailList: [trail, { ...trail }] })
  cloudtrail
    .on(GetTrailStatusCommand)
    .resolves({ ...meta(), IsLogging: true, LatestDeliveryTime: new Date('2025-03-01T11:55:00.000Z') })
  cloudtrail.on(GetEventSelectorsCommand).resolves({
    ...meta(),
    TrailARN: trail.TrailARN,
    EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }]
  })
  s3control.on(GetAccountPublicAccessBlockCommand).resolves({
    ...meta(),
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true
    }
  })
  s3.on(GetBucketReplicationCommand).rejects(awsError('ReplicationConfigurationNotFoundError', 404))
  s3.on(ListBucketsCommand).resolves({
    ...meta(),
    Buckets: [
      { Name: 'acme-logs', CreationDate: new Date('2021-01-01T00:00:00.000Z'), BucketRegion: 'eu-west-1' },
      { Name: 'acme-public', CreationDate: new Date('2022-01-01T00:00:00.000Z') }
    ]
  })
  s3.on(GetBucketLocationCommand, { Bucket: 'acme-logs' }).resolves({
    ...meta(),
    LocationConstraint: 'eu-west-1'
  })
  s3.on(GetBucketLocationCommand, { Bucket: 'acme-public' }).resolves({ ...meta() })
  s3.on(GetPublicAccessBlockCommand, { Bucket: 'acme-logs' }).resolves({
    ...meta(),
    PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true }
  })
  s3.on(GetPublicAccessBlockCommand, { Bucket: 'acme-public' }).rejects(
    awsError('NoSuchPublicAccessBlockConfiguration', 404)
  )
  s3.on(GetBucketPolicyStatusCommand, { Bucket: 'acme-logs' }).rejects(awsError('NoSuchBucketPolicy', 404))
  s3.on(GetBucketPolicyStatusCommand, { Bucket: 'acme-public' }).resolves({
    ...meta(),
    PolicyStatus: { IsPublic: true }
  })
  s3.on(GetBucketEncryptionCommand, { Bucket: 'acme-logs' }).resolves({
    ...meta(),
    ServerSideEncryptionConfiguration: {
      Rules: [
        {
          ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/logs' },
          BucketKeyEnabled: true
        }
      ]
    }
  })
  s3.on(GetBucketEncryptionCommand, { Bucket: 'acme-public' }).rejects(
    awsError('ServerSideEncryptionConfigurationNotFoundError', 404)
  )
  s3.on(GetBucketVersioningCommand, { Bucket: 'acme-logs' }).resolves({ ...meta(), Status: 'Enabled' })
  s3.on(GetBucketVersioningCommand, { Bucket: 'acme-public' }).rejects(
    awsError('AccessDenied', 403, 'User is not authorized to perform: s3:GetBucketVersioning')
  )
  guardduty.on(ListDetectorsCommand).resolves({ ...meta(), DetectorIds: ['d-1'] })
  guardduty.on(GetDetectorCommand).resolves({
    ...meta(),
    Status: 'ENABLED',
    ServiceRole:
      'arn:aws:iam::123456789012:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty',
    CreatedAt: '2023-01-01T00:00:00.000Z'
  })
  ssm.on(DescribeInstanceInformationCommand).resolves({
    ...meta(),
    InstanceInformationList: [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }]
  })
  ec2.on(DescribeInstancesCommand).resolves({
    ...meta(),
    Reservations: [
      {
        Instances: [
          { InstanceId: 'i-1', State: { Name: 'running' } },
          { InstanceId: 'i-2', State: { Name: 'running' } }
        ]
      }
    ]
  })
  ssm.on(DescribeInstancePatchStatesCommand).resolves({
    ...meta(),
    InstancePatchStates: [
      {
        InstanceId: 'i-1',
        PatchGroup: 'prod',
        BaselineId: 'pb-1',
        Operation: 'Scan',
        OperationStartTime: new Date('2025-02-28T00:00:00.000Z'),
        OperationEndTime: new Date('2025-02-28T00:10:00.000Z'),
        MissingCount: 0,
        CriticalNonCompliantCount: 0
      }
    ]
  })
  inspector.on(BatchGetAccountStatusCommand).resolves({
    ...meta(),
    accounts: [
      {
        accountId: ACCOUNT,
        state: { status: 'ENABLED', errorCode: undefined, errorMessage: undefined },
        resourceState: {
          ec2: { status: 'ENABLED', errorCode: undefined, errorMessage: undefined },
          ecr: { status: 'DISABLED', errorCode: undefined, errorMessage: undefined }
        }
      }
    ],
    failedAccounts: []
  })
  inspector.on(ListFindingAggregationsCommand).resolves({
    ...meta(),
    aggregationType: 'ACCOUNT',
    responses: [
      {
        accountAggregation: {
          accountId: ACCOUNT,
          severityCounts: { all: 10, critical: 1, high: 2, medium: 3 }
        }
      }
    ]
  })
  kms.on(ListKeysCommand).resolves({ ...meta(), Keys: [{ KeyId: 'k-customer' }, { KeyId: 'k-aws' }] })
  kms.on(DescribeKeyCommand, { KeyId: 'k-customer' }).resolves({
    ...meta(),
    KeyMetadata: {
      KeyId: 'k-customer',
      Arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k-customer`,
      KeyManager: 'CUSTOMER',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: 'Enabled',
      Origin: 'AWS_KMS'
    }
  })
  kms.on(DescribeKeyCommand, { KeyId: 'k-aws' }).resolves({
    ...meta(),
    KeyMetadata: { KeyId: 'k-aws', KeyManager: 'AWS', KeySpec: 'SYMMETRIC_DEFAULT', Origin: 'AWS_KMS' }
  })
  kms
    .on(GetKeyRotationStatusCommand)
    .resolves({ ...meta(), KeyRotationEnabled: true, RotationPeriodInDays: 365 })
  config.on(DescribeConfigurationRecordersCommand).resolves({
    ...meta(),
    ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true } }]
  })
  config.on(DescribeConfigurationRecorderStatusCommand).resolves({
    ...meta(),
    ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'Success' }]
  })
  config
    .on(DescribeDeliveryChannelsCommand)
    .resolves({ ...meta(), DeliveryChannels: [{ name: 'default', s3BucketName: 'acme-config' }] })
  config.on(DescribeComplianceByConfigRuleCommand).resolves({
    ...meta(),
    ComplianceByConfigRules: [{ ConfigRuleName: 'root-mfa', Compliance: { ComplianceType: 'COMPLIANT' } }]
  })
  securityhub
    .on(DescribeHubCommand)
    .resolves({ ...meta(), HubArn: `arn:aws:securityhub:us-east-1:${ACCOUNT}:hub/default` })
  securityhub.on(GetEnabledStandardsCommand).resolves({
    ...meta(),
    StandardsSubscriptions: [
      {
        StandardsSubscriptionArn: 's',
        StandardsArn: 'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0',
        StandardsInput: {},
        StandardsStatus: 'READY'
      }
    ]
  })
  securityhub.on(GetFindingsCommand).resolves({ ...meta(), Findings: [] })
  accessAnalyzer.on(ListAnalyzersCommand).resolves({
    ...meta(),
    analyzers: [
      {
        arn: `arn:aws:access-analyzer:us-east-1:${ACCOUNT}:analyzer/a`,
        name: 'a',
        type: 'ACCOUNT',
        status: 'ACTIVE',
        createdAt: new Date('2024-01-01T00:00:00.000Z')
      }
    ]
  })
  accessAnalyzer.on(ListFindingsCommand).resolves({ ...meta(), findings: [] })
  bedrock.on(GetModelInvocationLoggingConfigurationCommand).resolves({ ...meta() })
  bedrock.on(ListGuardrailsCommand).resolves({ ...meta(), guardrails: [] })
  backup.on(ListBackupPlansCommand).resolves({ ...meta(), BackupPlansList: [] })
  backup.on(ListBackupVaultsCommand).resolves({ ...meta(), BackupVaultList: [] })
  backup.on(ListProtectedResourcesCommand).resolves({ ...meta(), Results: [] })
  backup.on(ListRestoreTestingPlansCommand).resolves({ ...meta(), RestoreTestingPlans: [] })
  backup.on(ListRestoreJobsCommand).resolves({ ...meta(), RestoreJobs: [] })
  rds.on(DescribeDBInstancesCommand).resolves({ ...meta(), DBInstances: [] })
  sagemaker.on(ListEndpointsCommand).resolves({ ...meta(), Endpoints: [] })
  sagemaker.on(ListMonitoringSchedulesCommand).resolves({ ...meta(), MonitoringScheduleSummaries: [] })
  cloudtrail.on(LookupEventsCommand).resolves({ ...meta(), Events: [] })
  loggingEncryption.healthy({ ec2, kms, s3 }, 'acme-trail')
  iam.on(GetAccountAuthorizationDetailsCommand).resolves({
    ...meta(),
    UserDetailList: [],
    GroupDetailList: [],
    RoleDetailList: [],
    Policies: [],
    IsTruncated: false
  })
  inspector.on(ListCoverageCommand).resolves({ ...meta(), coveredResources: [] })
  inspector.on(ListInspectorFindingsCommand).resolves({ ...meta(), findings: [] })
  ecr.on(GetRegistryScanningConfigurationCommand).resolves({
    ...meta(),
    registryId: ACCOUNT,
    scanningConfiguration: { scanType: 'BASIC', rules: [] }
  })
  ecr.on(DescribeRepositoriesCommand).resolves({ ...meta(), repositories: [] })
  organizations
    .on(DescribeOrganizationCommand)
    .rejects(
      awsError('AWSOrganizationsNotInUseException', 400, 'Your account is not a member of an organization.')
    )
  ssoAdmin.on(ListInstancesCommand).resolves({ ...meta(), Instances: [] })
}

async function run(settings: Partial<AwsSettings> = {}, credentialReportWaitMs = 1_000) {
  const records: EvidenceRecord[] = []
  const logs: string[] = []
  const result = await collectAws(
    { add: async (record) => void records.push(record) },
    { roleArns: [], ...settings },
    { runId: 'run-1', log: (m) => logs.push(m), now: () => NOW, credentialReportWaitMs, env: {} }
  )
  const find = <T>(kind: string, subject: string) =>
    records.find((record) => record.kind === kind && record.subject === subject) as
      EvidenceRecord<T> | undefined
  return { records, logs, result, find }
}

beforeEach(() => {
  for (const mock of mocks) mock.reset()
  healthyAccount()
})

afterAll(() => {
  for (const mock of mocks) mock.restore()
})

describe('collectAws', () => {
  it('records every kind of the contract for a healthy account', async () => {
    const { records, result, find } = await run()
    expect(result).toEqual({ accounts: [ACCOUNT], errors: 1 })
    const paths = records.map((record) => record.path)
    expect(new Set(paths).size).toBe(paths.length)

    expect(find(AWS_EVIDENCE.regions, `aws:${ACCOUNT}`)?.data).toMatchObject({
      regions: ['eu-west-1', 'us-east-1']
    })
    const report = find<{ generatedTime: string; rows: CredentialReportRow[] }>(
      AWS_EVIDENCE.credentialReport,
      `aws:${ACCOUNT}`
    )
    expect(report?.path).toBe(`evidence/aws/${ACCOUNT}/iam-credential-report.json`)
    expect(report?.data?.generatedTime).toBe('2025-03-01T11:59:00.000Z')
    expect(report?.data?.rows.map((row) => [row.user, row.mfa_active])).toEqual([
      ['<root_account>', 'true'],
      ['alice', 'false']
    ])
    expect(report?.requests.map((request) => request.method)).toEqual([
      'GenerateCredentialReport',
      'GetCredentialReport'
    ])
    expect(report?.requests[1]).toMatchObject({ path: 'iam:us-east-1', status: 200, time: NOW.toISOString() })
    expect(report?.requests[1]?.responseSha256).toMatch(/^[0-9a-f]{64}$/)

    expect(find(AWS_EVIDENCE.accountSummary, `aws:${ACCOUNT}`)?.data).toEqual({
      summary: { AccountMFAEnabled: 1, Users: 1 }
    })
    expect(find(AWS_EVIDENCE.passwordPolicy, `aws:${ACCOUNT}`)?.data).toMatchObject({
      policy: { MinimumPasswordLength: 14 }
    })

    const trails = find<{ trails: TrailEvidence[] }>(AWS_EVIDENCE.cloudTrail, `aws:${ACCOUNT}`)?.data?.trails
    expect(trails).toHaveLength(1)
    expect(trails?.[0]).toMatchObject({
      trail: { Name: 'org-trail', IsMultiRegionTrail: true },
      status: { IsLogging: true, LatestDeliveryTime: '2025-03-01T11:55:00.000Z' },
      eventSelectors: { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }
    })
    expect(cloudtrail.commandCalls(DescribeTrailsCommand)[0]?.args[0].input).toEqual({
      includeShadowTrails: true
    })

    expect(find(AWS_EVIDENCE.accountPublicAccessBlock, `aws:${ACCOUNT}`)?.data).toMatchObject({
      configuration: { BlockPublicAcls: true, RestrictPublicBuckets: true }
    })
    expect(s3control.commandCalls(GetAccountPublicAccessBlockCommand)[0]?.args[0].input).toEqual({
      AccountId: ACCOUNT
    })

    const logs = find<BucketEvidence>(AWS_EVIDENCE.bucket, `aws:${ACCOUNT}/eu-west-1/acme-logs`)
    expect(logs?.path).toBe(`evidence/aws/${ACCOUNT}/s3/acme-logs.json`)
    expect(logs?.data).toEqual({
      name: 'acme-logs',
      region: 'eu-west-1',
      publicAccessBlock: { BlockPublicAcls: true, BlockPublicPolicy: true },
      encryption: [{ SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/logs', BucketKeyEnabled: true }],
      versioning: { Status: 'Enabled' }
    })
    const open = find<BucketEvidence>(AWS_EVIDENCE.bucket, `aws:${ACCOUNT}/us-east-1/acme-public`)
    expect(open?.error).toBeUndefined()
    expect(open?.data).toEqual({
      name: 'acme-public',
      region: 'us-east-1',
      policyIsPublic: true,
      errors: {
        GetBucketVersioning:
          'AccessDenied: GetBucketVersioning was denied: the role lacks s3:GetBucketVersioning'
      }
    })

    for (const region of ['us-east-1', 'eu-west-1']) {
      const subject = `aws:${ACCOUNT}/${region}`
      expect(find(AWS_EVIDENCE.guardDuty, subject)?.data).toMatchObject({
        detectors: [{ detectorId: 'd-1', status: 'ENABLED' }]
      })
      const patches = find<PatchStatesPage>(AWS_EVIDENCE.patchStates, subject)
      expect(patches?.path).toBe(`evidence/aws/${ACCOUNT}/${region}/patch-states-0001.json`)
      expect(patches?.data).toMatchObject({ page: 1, instanceCount: 2, withoutPatchState: ['i-2'] })
      expect(patches?.data?.instances).toEqual([
        expect.objectContaining({ InstanceId: 'i-1', OperationEndTime: '2025-02-28T00:10:00.000Z' })
      ])
      expect(find(AWS_EVIDENCE.inspector, subject)?.data).toMatchObject({
        accounts: [{ accountId: ACCOUNT, state: { status: 'ENABLED' } }],
        findingCounts: { CRITICAL: 1, HIGH: 2, MEDIUM: 3, LOW: 4 }
      })
      const keys = find<{ keys: KmsKeyEvidence[] }>(AWS_EVIDENCE.kmsKeys, subject)
      expect(keys?.path).toBe(`evidence/aws/${ACCOUNT}/${region}/kms-keys.json`)
      expect(keys?.data?.keys).toEqual([
        expect.objectContaining({ KeyId: 'k-customer', KeyManager: 'CUSTOMER', RotationEnabled: true })
      ])
    }
    expect(kms.commandCalls(GetKeyRotationStatusCommand).map((call) => call.args[0].input.KeyId)).toEqual([
      'k-customer',
      'k-customer'
    ])
    expect(find(AWS_EVIDENCE.credentialReport, `aws:${ACCOUNT}`)?.error).toBeUndefined()
    expect(records.filter((record) => record.error)).toEqual([])
  })

  it('turns AccessDenied on GetAccountPasswordPolicy into an error on that record only', async () => {
    iam
      .on(GetAccountPasswordPolicyCommand)
      .rejects(
        awsError(
          'AccessDenied',
          403,
          `User: arn:aws:sts::${ACCOUNT}:assumed-role/ci/x is not authorized to perform: iam:GetAccountPasswordPolicy`
        )
      )
    const { records, find, result } = await run({ regions: ['eu-west-1'] })
    const policy = find(AWS_EVIDENCE.passwordPolicy, `aws:${ACCOUNT}`)
    expect(policy?.error).toEqual({
      status: 403,
      message: 'GetAccountPasswordPolicy was denied: the role lacks iam:GetAccountPasswordPolicy',
      missingPermission: 'iam:GetAccountPasswordPolicy'
    })
    expect(policy?.data).toBeUndefined()
    expect(policy?.requests).toEqual([
      { method: 'GetAccountPasswordPolicy', path: 'iam:eu-west-1', time: NOW.toISOString(), status: 403 }
    ])
    expect(records.filter((record) => record.error).map((record) => record.kind)).toEqual([
      AWS_EVIDENCE.passwordPolicy
    ])
    expect(result.accounts).toEqual([ACCOUNT])
  })

  it('records a missing password policy as none', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('NoSuchEntity', 404))
    const { find } = await run({ regions: ['eu-west-1'] })
    const policy = find(AWS_EVIDENCE.passwordPolicy, `aws:${ACCOUNT}`)
    expect(policy?.data).toEqual({ none: true })
    expect(policy?.error).toBeUndefined()
  })

  it('waits a bounded time for the credential report, then records that it was still generating', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ ...meta(), State: 'STARTED' })
    const started = Date.now()
    const { find } = await run({ regions: ['eu-west-1'] }, 300)
    expect(Date.now() - started).toBeLessThan(5_000)
    const report = find(AWS_EVIDENCE.credentialReport, `aws:${ACCOUNT}`)
    expect(report?.data).toBeUndefined()
    expect(report?.error?.message).toMatch(/still being generated/)
    expect(iam.commandCalls(GenerateCredentialReportCommand).length).toBeGreaterThan(1)
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(0)
  })

  it('polls GetCredentialReport while it answers ReportInProgress', async () => {
    iam
      .on(GetCredentialReportCommand)
      .rejectsOnce(awsError('CredentialReportNotReadyException', 404))
      .resolves({ ...meta(), Content: Buffer.from(CSV), ReportFormat: 'text/csv', GeneratedTime: NOW })
    const { find } = await run({ regions: ['eu-west-1'] }, 5_000)
    const report = find<{ rows: CredentialReportRow[] }>(AWS_EVIDENCE.credentialReport, `aws:${ACCOUNT}`)
    expect(report?.error).toBeUndefined()
    expect(report?.data?.rows).toHaveLength(2)
  })

  it('records a credential report that is not CSV as an error', async () => {
    iam.on(GetCredentialReportCommand).resolves({
      ...meta(),
      Content: Buffer.from('<html><body>Service Unavailable</body></html>'),
      ReportFormat: 'text/csv',
      GeneratedTime: NOW
    })
    const { find } = await run({ regions: ['eu-west-1'] })
    const report = find(AWS_EVIDENCE.credentialReport, `aws:${ACCOUNT}`)
    expect(report?.data).toBeUndefined()
    expect(report?.error?.message).toMatch(/not the expected CSV/)
  })

  it('reports the source as not configured, once, when there are no credentials', async () => {
    sts.on(GetCallerIdentityCommand).rejects(
      Object.assign(new Error('Could not load credentials from any providers'), {
        name: 'CredentialsProviderError'
      })
    )
    const { records, result } = await run()
    expect(result.notConfigured).toMatch(/^no AWS credentials: /)
    expect(result.accounts).toEqual([])
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ kind: 'aws.source', subject: 'aws', path: 'evidence/aws/source.json' })
    expect(records[0]?.error?.message).toMatch(/AWS source is not configured/)
    expect(iam.calls()).toHaveLength(0)
  })

  it('collects the accounts it can assume into and records the one it cannot', async () => {
    const roleA = `arn:aws:iam::${ACCOUNT}:role/annex-audit`
    const roleB = `arn:aws:iam::${OTHER}:role/annex-audit`
    sts.on(AssumeRoleCommand, { RoleArn: roleA }).resolves({
      ...meta(),
      Credentials: {
        AccessKeyId: 'ASIAEXAMPLEEXAMPLE12',
        SecretAccessKey: SECRET,
        SessionToken: SESSION_TOKEN,
        Expiration: new Date(Date.now() + 3_600_000)
      },
      AssumedRoleUser: {
        Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/annex-audit/annex-evidence-run-1`,
        AssumedRoleId: 'AROA1:annex-evidence-run-1'
      }
    })
    sts
      .on(AssumeRoleCommand, { RoleArn: roleB })
      .rejects(
        awsError(
          'AccessDenied',
          403,
          `User: arn:aws:sts::${ACCOUNT}:assumed-role/github-actions/annex is not authorized to perform: sts:AssumeRole on resource: ${roleB}`
        )
      )
    const { records, result, find } = await run({ roleArns: [roleA, roleB], regions: ['eu-west-1'] })
    expect(result.accounts).toEqual([ACCOUNT])
    expect(sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input)).toEqual([
      { RoleArn: roleA, RoleSessionName: 'annex-evidence-run-1' },
      { RoleArn: roleB, RoleSessionName: 'annex-evidence-run-1' }
    ])
    const failed = find('aws.source', `aws:${OTHER}`)
    expect(failed?.path).toBe(`evidence/aws/${OTHER}/source.json`)
    expect(failed?.error?.status).toBe(403)
    expect(failed?.error?.message).toContain(roleB)
    expect(failed?.error?.missingPermission).toContain(`sts:AssumeRole on ${roleB}`)
    expect(find('aws.source', `aws:${ACCOUNT}`)?.data).toMatchObject({ roleArn: roleA })
    expect(find(AWS_EVIDENCE.passwordPolicy, `aws:${ACCOUNT}`)?.data).toBeDefined()
    expect(records.some((record) => record.subject.startsWith(`aws:${OTHER}/`))).toBe(false)
    const text = JSON.stringify(records)
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain(SESSION_TOKEN)
    expect(text).not.toContain('ASIAEXAMPLEEXAMPLE12')
  })

  it('records a region that refuses the credentials as errors of that region and goes on', async () => {
    guardduty.on(ListDetectorsCommand).callsFake(async (_input, getClient) => {
      const region = await getClient().config.region()
      if (region === 'ap-east-1') {
        throw awsError(
          'UnrecognizedClientException',
          403,
          'The security token included in the request is invalid.'
        )
      }
      return { ...meta(), DetectorIds: [] }
    })
    const { records, find, result } = await run({ regions: ['eu-west-1', 'ap-east-1'] })
    expect(result.accounts).toEqual([ACCOUNT])
    const off = records.filter((record) => record.subject === `aws:${ACCOUNT}/ap-east-1`)
    expect(off.map((record) => record.kind).sort()).toEqual(
      [
        AWS_EVIDENCE.guardDuty,
        AWS_EVIDENCE.inspector,
        AWS_EVIDENCE.kmsKeys,
        AWS_EVIDENCE.patchStates,
        AWS_EVIDENCE.ec2Instances,
        'aws.config.status',
        'aws.securityhub.status',
        'aws.access-analyzer.status',
        'aws.bedrock.invocation-logging',
        'aws.cloudtrail.control-changes',
        'aws.ec2.flow-logs',
        'aws.ec2.ebs-default-encryption',
        'aws.rds.storage-encryption',
        'aws.efs.encryption',
        'aws.dynamodb.encryption',
        'aws.kms.key-policies',
        'aws.inspector2.coverage',
        'aws.inspector2.findings',
        'aws.ecr.scanning',
        'aws.sso.permission-sets',
        'aws.backup.status',
        'aws.rds.backups',
        'aws.bedrock.guardrails',
        'aws.sagemaker.monitoring'
      ].sort()
    )
    for (const record of off) {
      expect(record.error?.message).toMatch(/ap-east-1.*not enabled/)
      expect(record.error?.message).not.toContain('security token')
    }
    expect(find(AWS_EVIDENCE.guardDuty, `aws:${ACCOUNT}/eu-west-1`)?.data).toEqual({ detectors: [] })
    expect(find(AWS_EVIDENCE.kmsKeys, `aws:${ACCOUNT}/eu-west-1`)?.error).toBeUndefined()
  })

  it('writes 1,200 instances as three patch-state records of at most 500, as it goes', async () => {
    const ids = Array.from({ length: 1_200 }, (_, i) => `i-${String(i).padStart(17, '0')}`)
    let listed = 0
    ssm
      .on(DescribeInstanceInformationCommand)
      .callsFake((input: { NextToken?: string; MaxResults?: number }) => {
        listed++
        const start = Number(input.NextToken ?? 0)
        const end = start + (input.MaxResults ?? 50)
        return {
          ...meta(),
          InstanceInformationList: ids
            .slice(start, end)
            .map((InstanceId) => ({ InstanceId, PingStatus: 'Online' })),
          ...(end < ids.length ? { NextToken: String(end) } : {})
        }
      })
    ssm.on(DescribeInstancePatchStatesCommand).callsFake((input: { InstanceIds: string[] }) => {
      if (input.InstanceIds.length > 50) throw new Error('more than 50 ids')
      return {
        ...meta(),
        InstancePatchStates: input.InstanceIds.map((InstanceId) => ({
          InstanceId,
          PatchGroup: 'prod',
          BaselineId: 'pb-1',
          Operation: 'Scan',
          OperationStartTime: NOW,
          OperationEndTime: NOW,
          MissingCount: 0
        }))
      }
    })
    const listedWhenAdded: Record<string, number> = {}
    const records: EvidenceRecord[] = []
    await collectAws(
      {
        add: async (record) => {
          if (record.kind === AWS_EVIDENCE.patchStates) listedWhenAdded[record.path] = listed
          records.push(record)
        }
      },
      { roleArns: [], regions: ['eu-west-1'] },
      { runId: 'r', log: () => {}, now: () => NOW, env: {} }
    )
    const pages = records.filter(
      (record) => record.kind === AWS_EVIDENCE.patchStates
    ) as EvidenceRecord<PatchStatesPage>[]
    expect(pages.map((page) => page.path)).toEqual([
      `evidence/aws/${ACCOUNT}/eu-west-1/patch-states-0001.json`,
      `evidence/aws/${ACCOUNT}/eu-west-1/patch-states-0002.json`,
      `evidence/aws/${ACCOUNT}/eu-west-1/patch-states-0003.json`
    ])
    expect(pages.map((page) => page.data?.instances.length)).toEqual([500, 500, 200])
    expect(pages.map((page) => page.data?.page)).toEqual([1, 2, 3])
    expect(pages.every((page) => page.subject === `aws:${ACCOUNT}/eu-west-1` && !page.error)).toBe(true)
    expect(new Set(pages.flatMap((page) => page.data!.instances.map((i) => i.InstanceId))).size).toBe(1_200)
    // The first page was written long before the last instances were listed.
    expect(listedWhenAdded[pages[0]!.path]).toBe(10)
    expect(ssm.commandCalls(DescribeInstancePatchStatesCommand)).toHaveLength(24)
  })

  it('records a failure part way through the instances as an error page after the written ones', async () => {
    const ids = Array.from({ length: 600 }, (_, i) => `i-${i}`)
    ssm.on(DescribeInstanceInformationCommand).callsFake((input: { NextToken?: string }) => {
      const start = Number(input.NextToken ?? 0)
      if (start >= 550) throw awsError('AccessDeniedException', 400, 'not authorized')
      return {
        ...meta(),
        InstanceInformationList: ids.slice(start, start + 50).map((InstanceId) => ({ InstanceId })),
        NextToken: String(start + 50)
      }
    })
    ssm.on(DescribeInstancePatchStatesCommand).resolves({ ...meta(), InstancePatchStates: [] })
    const { records } = await run({ regions: ['eu-west-1'] })
    const pages = records.filter((record) => record.kind === AWS_EVIDENCE.patchStates)
    expect(pages.map((page) => [page.path.split('/').pop(), Boolean(page.error)])).toEqual([
      ['patch-states-0001.json', false],
      ['patch-states-0002.json', true]
    ])
    expect(pages[1]?.error).toMatchObject({ missingPermission: 'ssm:DescribeInstanceInformation' })
  })

  it('names the IAM action of a denied S3 Control call and of a denied ListBuckets', async () => {
    s3control.on(GetAccountPublicAccessBlockCommand).rejects(awsError('AccessDenied', 403))
    s3.on(ListBucketsCommand).rejects(awsError('AccessDenied', 403))
    const { find } = await run({ regions: ['eu-west-1'] })
    expect(find(AWS_EVIDENCE.accountPublicAccessBlock, `aws:${ACCOUNT}`)?.error).toMatchObject({
      message: 'GetPublicAccessBlock was denied: the role lacks s3:GetAccountPublicAccessBlock',
      missingPermission: 's3:GetAccountPublicAccessBlock'
    })
    expect(find(AWS_EVIDENCE.bucket, `aws:${ACCOUNT}`)?.error).toMatchObject({
      missingPermission: 's3:ListAllMyBuckets'
    })
  })

  it('records a missing account public access block as none', async () => {
    s3control
      .on(GetAccountPublicAccessBlockCommand)
      .rejects(awsError('NoSuchPublicAccessBlockConfiguration', 404))
    const { find } = await run({ regions: ['eu-west-1'] })
    expect(find(AWS_EVIDENCE.accountPublicAccessBlock, `aws:${ACCOUNT}`)?.data).toEqual({ none: true })
  })
})

describe('roleSessionName', () => {
  it('keeps STS session name characters and at most 64 of them', () => {
    expect(roleSessionName('12345-1')).toBe('annex-evidence-12345-1')
    expect(roleSessionName('a b/c:d')).toBe('annex-evidence-a-b-c-d')
    expect(roleSessionName('x'.repeat(100))).toHaveLength(64)
  })
})
