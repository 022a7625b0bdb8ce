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
  // Logging and monitoring, encryption (trail-destinations.ts, flow-logs.ts, encryption.ts).
  GetObjectLockConfigurationCommand: {
    service: 's3',
    operation: 'GetObjectLockConfiguration',
    action: 's3:GetBucketObjectLockConfiguration'
  },
  GetBucketLoggingCommand: { service: 's3', operation: 'GetBucketLogging', action: 's3:GetBucketLogging' },
  GetBucketLifecycleConfigurationCommand: {
    service: 's3',
    operation: 'GetBucketLifecycleConfiguration',
    action: 's3:GetLifecycleConfiguration'
  },
  DescribeMetricFiltersCommand: {
    service: 'logs',
    operation: 'DescribeMetricFilters',
    action: 'logs:DescribeMetricFilters'
  },
  DescribeAlarmsForMetricCommand: {
    service: 'monitoring',
    operation: 'DescribeAlarmsForMetric',
    action: 'cloudwatch:DescribeAlarmsForMetric'
  },
  ListSubscriptionsByTopicCommand: {
    service: 'sns',
    operation: 'ListSubscriptionsByTopic',
    action: 'sns:ListSubscriptionsByTopic'
  },
  DescribeVpcsCommand: { service: 'ec2', operation: 'DescribeVpcs', action: 'ec2:DescribeVpcs' },
  DescribeFlowLogsCommand: { service: 'ec2', operation: 'DescribeFlowLogs', action: 'ec2:DescribeFlowLogs' },
  GetEbsEncryptionByDefaultCommand: {
    service: 'ec2',
    operation: 'GetEbsEncryptionByDefault',
    action: 'ec2:GetEbsEncryptionByDefault'
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
  DescribeFileSystemsCommand: {
    service: 'elasticfilesystem',
    operation: 'DescribeFileSystems',
    action: 'elasticfilesystem:DescribeFileSystems'
  },
  ListTablesCommand: { service: 'dynamodb', operation: 'ListTables', action: 'dynamodb:ListTables' },
  DescribeTableCommand: { service: 'dynamodb', operation: 'DescribeTable', action: 'dynamodb:DescribeTable' },
  GetKeyPolicyCommand: { service: 'kms', operation: 'GetKeyPolicy', action: 'kms:GetKeyPolicy' },
  // Identity (iam-authorization.ts, identity-center.ts, organization.ts)
  GetAccountAuthorizationDetailsCommand: {
    service: 'iam',
    operation: 'GetAccountAuthorizationDetails',
    action: 'iam:GetAccountAuthorizationDetails'
  },
  ListInstancesCommand: { service: 'sso', operation: 'ListInstances', action: 'sso:ListInstances' },
  ListPermissionSetsCommand: {
    service: 'sso',
    operation: 'ListPermissionSets',
    action: 'sso:ListPermissionSets'
  },
  DescribePermissionSetCommand: {
    service: 'sso',
    operation: 'DescribePermissionSet',
    action: 'sso:DescribePermissionSet'
  },
  ListManagedPoliciesInPermissionSetCommand: {
    service: 'sso',
    operation: 'ListManagedPoliciesInPermissionSet',
    action: 'sso:ListManagedPoliciesInPermissionSet'
  },
  GetInlinePolicyForPermissionSetCommand: {
    service: 'sso',
    operation: 'GetInlinePolicyForPermissionSet',
    action: 'sso:GetInlinePolicyForPermissionSet'
  },
  DescribeOrganizationCommand: {
    service: 'organizations',
    operation: 'DescribeOrganization',
    action: 'organizations:DescribeOrganization'
  },
  ListAccountsCommand: {
    service: 'organizations',
    operation: 'ListAccounts',
    action: 'organizations:ListAccounts'
  },
  ListRootsCommand: { service: 'organizations', operation: 'ListRoots', action: 'organizations:ListRoots' },
  ListPoliciesCommand: {
    service: 'organizations',
    operation: 'ListPolicies',
    action: 'organizations:ListPolicies'
  },
  DescribePolicyCommand: {
    service: 'organizations',
    operation: 'DescribePolicy',
    action: 'organizations:DescribePolicy'
  },
  ListTargetsForPolicyCommand: {
    service: 'organizations',
    operation: 'ListTargetsForPolicy',
    action: 'organizations:ListTargetsForPolicy'
  },
  // Vulnerability management (vulnerability.ts)
  ListCoverageCommand: {
    service: 'inspector2',
    operation: 'ListCoverage',
    action: 'inspector2:ListCoverage'
  },
  ListInspectorFindingsCommand: {
    service: 'inspector2',
    operation: 'ListFindings',
    action: 'inspector2:ListFindings'
  },
  DescribeRepositoriesCommand: {
    service: 'ecr',
    operation: 'DescribeRepositories',
    action: 'ecr:DescribeRepositories'
  },
  GetRegistryScanningConfigurationCommand: {
    service: 'ecr',
    operation: 'GetRegistryScanningConfiguration',
    action: 'ecr:GetRegistryScanningConfiguration'
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
