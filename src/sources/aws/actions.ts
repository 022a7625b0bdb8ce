/**
 * Every AWS API call the collectors make: the SDK command (as named in the collectors' source; S3
 * Control's GetPublicAccessBlockCommand is imported as GetAccountPublicAccessBlockCommand so it does not
 * clash with S3's), the service and operation as recorded in RequestRecord, and the IAM action that
 * allows it. `docs/aws-iam-policy.json` grants exactly these actions; a unit test keeps the three in step.
 */
export const AWS_API_CALLS = {
  GetCallerIdentityCommand: {
    service: 'sts',
    operation: 'GetCallerIdentity',
    action: 'sts:GetCallerIdentity'
  },
  AssumeRoleCommand: { service: 'sts', operation: 'AssumeRole', action: 'sts:AssumeRole' },
  DescribeRegionsCommand: { service: 'ec2', operation: 'DescribeRegions', action: 'ec2:DescribeRegions' },
  DescribeInstancesCommand: {
    service: 'ec2',
    operation: 'DescribeInstances',
    action: 'ec2:DescribeInstances'
  },
  GenerateCredentialReportCommand: {
    service: 'iam',
    operation: 'GenerateCredentialReport',
    action: 'iam:GenerateCredentialReport'
  },
  GetCredentialReportCommand: {
    service: 'iam',
    operation: 'GetCredentialReport',
    action: 'iam:GetCredentialReport'
  },
  GetAccountSummaryCommand: {
    service: 'iam',
    operation: 'GetAccountSummary',
    action: 'iam:GetAccountSummary'
  },
  GetAccountPasswordPolicyCommand: {
    service: 'iam',
    operation: 'GetAccountPasswordPolicy',
    action: 'iam:GetAccountPasswordPolicy'
  },
  DescribeTrailsCommand: {
    service: 'cloudtrail',
    operation: 'DescribeTrails',
    action: 'cloudtrail:DescribeTrails'
  },
  GetTrailStatusCommand: {
    service: 'cloudtrail',
    operation: 'GetTrailStatus',
    action: 'cloudtrail:GetTrailStatus'
  },
  GetEventSelectorsCommand: {
    service: 'cloudtrail',
    operation: 'GetEventSelectors',
    action: 'cloudtrail:GetEventSelectors'
  },
  GetAccountPublicAccessBlockCommand: {
    service: 's3-control',
    operation: 'GetPublicAccessBlock',
    action: 's3:GetAccountPublicAccessBlock'
  },
  ListBucketsCommand: { service: 's3', operation: 'ListBuckets', action: 's3:ListAllMyBuckets' },
  GetBucketLocationCommand: { service: 's3', operation: 'GetBucketLocation', action: 's3:GetBucketLocation' },
  GetPublicAccessBlockCommand: {
    service: 's3',
    operation: 'GetPublicAccessBlock',
    action: 's3:GetBucketPublicAccessBlock'
  },
  GetBucketPolicyStatusCommand: {
    service: 's3',
    operation: 'GetBucketPolicyStatus',
    action: 's3:GetBucketPolicyStatus'
  },
  GetBucketEncryptionCommand: {
    service: 's3',
    operation: 'GetBucketEncryption',
    action: 's3:GetEncryptionConfiguration'
  },
  GetBucketVersioningCommand: {
    service: 's3',
    operation: 'GetBucketVersioning',
    action: 's3:GetBucketVersioning'
  },
  ListDetectorsCommand: {
    service: 'guardduty',
    operation: 'ListDetectors',
    action: 'guardduty:ListDetectors'
  },
  GetDetectorCommand: { service: 'guardduty', operation: 'GetDetector', action: 'guardduty:GetDetector' },
  DescribeInstanceInformationCommand: {
    service: 'ssm',
    operation: 'DescribeInstanceInformation',
    action: 'ssm:DescribeInstanceInformation'
  },
  DescribeInstancePatchStatesCommand: {
    service: 'ssm',
    operation: 'DescribeInstancePatchStates',
    action: 'ssm:DescribeInstancePatchStates'
  },
  BatchGetAccountStatusCommand: {
    service: 'inspector2',
    operation: 'BatchGetAccountStatus',
    action: 'inspector2:BatchGetAccountStatus'
  },
  ListFindingAggregationsCommand: {
    service: 'inspector2',
    operation: 'ListFindingAggregations',
    action: 'inspector2:ListFindingAggregations'
  },
  ListKeysCommand: { service: 'kms', operation: 'ListKeys', action: 'kms:ListKeys' },
  DescribeKeyCommand: { service: 'kms', operation: 'DescribeKey', action: 'kms:DescribeKey' },
  GetKeyRotationStatusCommand: {
    service: 'kms',
    operation: 'GetKeyRotationStatus',
    action: 'kms:GetKeyRotationStatus'
  },
  DescribeConfigurationRecordersCommand: {
    service: 'config',
    operation: 'DescribeConfigurationRecorders',
    action: 'config:DescribeConfigurationRecorders'
  },
  DescribeConfigurationRecorderStatusCommand: {
    service: 'config',
    operation: 'DescribeConfigurationRecorderStatus',
    action: 'config:DescribeConfigurationRecorderStatus'
  },
  DescribeDeliveryChannelsCommand: {
    service: 'config',
    operation: 'DescribeDeliveryChannels',
    action: 'config:DescribeDeliveryChannels'
  },
  DescribeComplianceByConfigRuleCommand: {
    service: 'config',
    operation: 'DescribeComplianceByConfigRule',
    action: 'config:DescribeComplianceByConfigRule'
  },
  DescribeHubCommand: { service: 'securityhub', operation: 'DescribeHub', action: 'securityhub:DescribeHub' },
  GetEnabledStandardsCommand: {
    service: 'securityhub',
    operation: 'GetEnabledStandards',
    action: 'securityhub:GetEnabledStandards'
  },
  GetFindingsCommand: { service: 'securityhub', operation: 'GetFindings', action: 'securityhub:GetFindings' },
  ListAnalyzersCommand: {
    service: 'access-analyzer',
    operation: 'ListAnalyzers',
    action: 'access-analyzer:ListAnalyzers'
  },
  ListFindingsCommand: {
    service: 'access-analyzer',
    operation: 'ListFindings',
    action: 'access-analyzer:ListFindings'
  },
  GetModelInvocationLoggingConfigurationCommand: {
    service: 'bedrock',
    operation: 'GetModelInvocationLoggingConfiguration',
    action: 'bedrock:GetModelInvocationLoggingConfiguration'
  },
  LookupEventsCommand: {
    service: 'cloudtrail',
    operation: 'LookupEvents',
    action: 'cloudtrail:LookupEvents'
  },
  // Backup and recovery, AI workloads (AWS Backup, RDS, Bedrock guardrails, SageMaker Model Monitor)
  ListBackupPlansCommand: {
    service: 'backup',
    operation: 'ListBackupPlans',
    action: 'backup:ListBackupPlans'
  },
  ListBackupSelectionsCommand: {
    service: 'backup',
    operation: 'ListBackupSelections',
    action: 'backup:ListBackupSelections'
  },
  ListBackupVaultsCommand: {
    service: 'backup',
    operation: 'ListBackupVaults',
    action: 'backup:ListBackupVaults'
  },
  ListProtectedResourcesCommand: {
    service: 'backup',
    operation: 'ListProtectedResources',
    action: 'backup:ListProtectedResources'
  },
  ListRecoveryPointsByBackupVaultCommand: {
    service: 'backup',
    operation: 'ListRecoveryPointsByBackupVault',
    action: 'backup:ListRecoveryPointsByBackupVault'
  },
  ListRestoreTestingPlansCommand: {
    service: 'backup',
    operation: 'ListRestoreTestingPlans',
    action: 'backup:ListRestoreTestingPlans'
  },
  ListRestoreJobsCommand: {
    service: 'backup',
    operation: 'ListRestoreJobs',
    action: 'backup:ListRestoreJobs'
  },
  GetBucketReplicationCommand: {
    service: 's3',
    operation: 'GetBucketReplication',
    action: 's3:GetReplicationConfiguration'
  },
  DescribeDBInstancesCommand: {
    service: 'rds',
    operation: 'DescribeDBInstances',
    action: 'rds:DescribeDBInstances'
  },
  ListGuardrailsCommand: {
    service: 'bedrock',
    operation: 'ListGuardrails',
    action: 'bedrock:ListGuardrails'
  },
  ListEndpointsCommand: {
    service: 'sagemaker',
    operation: 'ListEndpoints',
    action: 'sagemaker:ListEndpoints'
  },
  DescribeEndpointCommand: {
    service: 'sagemaker',
    operation: 'DescribeEndpoint',
    action: 'sagemaker:DescribeEndpoint'
  },
  ListMonitoringSchedulesCommand: {
    service: 'sagemaker',
    operation: 'ListMonitoringSchedules',
    action: 'sagemaker:ListMonitoringSchedules'
  },
  DescribeMonitoringScheduleCommand: {
    service: 'sagemaker',
    operation: 'DescribeMonitoringSchedule',
    action: 'sagemaker:DescribeMonitoringSchedule'
  }
} as const satisfies Record<string, { service: string; operation: string; action: string }>

export type AwsCommandName = keyof typeof AWS_API_CALLS

/** SDK command name (e.g. `GetAccountSummaryCommand`) → the IAM action that allows it. */
export const AWS_API_ACTIONS: Record<string, string> = Object.fromEntries(
  Object.entries(AWS_API_CALLS).map(([command, call]) => [command, call.action])
)
