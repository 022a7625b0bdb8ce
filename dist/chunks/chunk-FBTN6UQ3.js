import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/evidence/aws.ts
var AWS_EVIDENCE = {
  /** data: { regions: string[] } — the regions the account has enabled (EC2 DescribeRegions). subject aws:<account> */
  regions: "aws.regions",
  /** data: { generatedTime: string; rows: CredentialReportRow[] } — parsed from the CSV. subject aws:<account> */
  credentialReport: "aws.iam.credential-report",
  /** data: { summary: Record<string, number> } (GetAccountSummary SummaryMap). subject aws:<account> */
  accountSummary: "aws.iam.account-summary",
  /** data: { policy?: PasswordPolicy; none?: true } (NoSuchEntity → none). subject aws:<account> */
  passwordPolicy: "aws.iam.password-policy",
  /** data: { trails: TrailEvidence[] } (DescribeTrails incl. shadow trails + status + selectors). subject aws:<account> */
  cloudTrail: "aws.cloudtrail.trails",
  /** data: { detectors: { detectorId: string; status: string }[] }. subject aws:<account>/<region> */
  guardDuty: "aws.guardduty.detectors",
  /** data: { instances: PatchStateEvidence[]; page: number }. subject aws:<account>/<region>; several records per region (pages of ≤ 500 instances, path …/patch-states-0001.json) */
  patchStates: "aws.ssm.patch-states",
  /** data: { accounts: { resourceState: … }, findingCounts?: Record<'CRITICAL'|'HIGH'|'MEDIUM'|'LOW', number> }. subject aws:<account>/<region> */
  inspector: "aws.inspector2.status",
  /** data: { instances: Ec2InstanceEvidence[] } (DescribeInstances, not terminated). subject aws:<account>/<region> */
  ec2Instances: "aws.ec2.instances",
  /** data: { configuration?: PublicAccessBlock; none?: true }. subject aws:<account> */
  accountPublicAccessBlock: "aws.s3.account-public-access-block",
  /** data: BucketEvidence. subject aws:<account>/<bucket region>/<bucket name> */
  bucket: "aws.s3.bucket",
  /** data: { keys: KmsKeyEvidence[] } (customer-managed keys only). subject aws:<account>/<region> */
  kmsKeys: "aws.kms.keys"
};

// src/evidence/aws-config-monitoring.ts
var AWS_CONFIG_MONITORING_EVIDENCE = {
  /** data: ConfigServiceEvidence. */
  config: "aws.config.status",
  /** data: SecurityHubEvidence. */
  securityHub: "aws.securityhub.status",
  /** data: AccessAnalyzerEvidence. */
  accessAnalyzer: "aws.access-analyzer.status"
};

// src/evidence/aws-ai.ts
var AWS_AI_EVIDENCE = {
  /** data: BedrockInvocationLoggingEvidence. subject aws:<account>/<region> */
  bedrockInvocationLogging: "aws.bedrock.invocation-logging"
};
var AWS_AI_MONITORING_EVIDENCE = {
  /** data: BedrockGuardrailsEvidence. subject aws:<account>/<region> */
  bedrockGuardrails: "aws.bedrock.guardrails",
  /** data: SageMakerMonitoringEvidence. subject aws:<account>/<region> */
  sagemakerMonitoring: "aws.sagemaker.monitoring"
};
var AI_CONTROL_SWITCHES = {
  "sagemaker-monitoring-schedule": {
    off: ["StopMonitoringSchedule", "DeleteMonitoringSchedule"],
    on: ["StartMonitoringSchedule", "CreateMonitoringSchedule"],
    key: "monitoringScheduleName"
  },
  "bedrock-guardrail": { off: ["DeleteGuardrail"], on: [], key: "guardrailIdentifier" }
};

// src/evidence/aws-encryption.ts
var AWS_ENCRYPTION_EVIDENCE = {
  /** data: EbsDefaultEncryptionEvidence. */
  ebsDefault: "aws.ec2.ebs-default-encryption",
  /** data: RdsEncryptionEvidence. */
  rds: "aws.rds.storage-encryption",
  /** data: EfsEncryptionEvidence. */
  efs: "aws.efs.encryption",
  /** data: DynamoDbEncryptionEvidence. */
  dynamodb: "aws.dynamodb.encryption",
  /** data: KmsKeyPoliciesEvidence. */
  kmsKeyPolicies: "aws.kms.key-policies"
};
var ENCRYPTION_CONTROL_SWITCHES = {
  "ebs-default-encryption": { off: ["DisableEbsEncryptionByDefault"], on: ["EnableEbsEncryptionByDefault"] },
  "kms-key-deletion": { off: ["ScheduleKeyDeletion"], on: ["CancelKeyDeletion"], key: "keyId" }
};

// src/evidence/aws-logging.ts
var AWS_LOGGING_EVIDENCE = {
  /** data: TrailDestinationsEvidence. subject aws:<account>; one record per account. */
  trailDestinations: "aws.cloudtrail.destinations",
  /** data: FlowLogsEvidence. subject aws:<account>/<region>. */
  flowLogs: "aws.ec2.flow-logs"
};
var LOGGING_CONTROL_SWITCHES = {
  "vpc-flow-logs": { off: ["DeleteFlowLogs"], on: ["CreateFlowLogs"] },
  // The CIS metric filters of a trail's log group and the alarms on their metrics.
  "cis-alarms": { off: ["DeleteMetricFilter", "DeleteAlarms"], on: ["PutMetricFilter", "PutMetricAlarm"] }
};

// src/evidence/aws-backup.ts
var AWS_BACKUP_EVIDENCE = {
  /** data: BackupEvidence. */
  backup: "aws.backup.status",
  /** data: RdsBackupEvidence. */
  rdsBackups: "aws.rds.backups"
};
var BACKUP_CONTROL_SWITCHES = {
  "backup-plan": { off: ["DeleteBackupPlan"], on: [], key: "backupPlanId" },
  "backup-selection": { off: ["DeleteBackupSelection"], on: [], key: "selectionId" },
  "backup-vault": { off: ["DeleteBackupVault"], on: [], key: "backupVaultName" },
  "backup-recovery-point": { off: ["DeleteRecoveryPoint"], on: [], key: "recoveryPointArn" },
  "backup-restore-testing-plan": {
    off: ["DeleteRestoreTestingPlan"],
    on: [],
    key: "restoreTestingPlanName"
  }
};
var AWS_S3_REPLICATION_EVIDENCE = {
  /** data: S3ReplicationEvidence. subject aws:<account> */
  replication: "aws.s3.replication"
};

// src/evidence/aws-changes.ts
var AWS_CHANGE_EVIDENCE = {
  /** data: ControlChangeEventsEvidence. subject aws:<account>/<region>; one record per region. */
  controlChanges: "aws.cloudtrail.control-changes"
};
var CONTROL_SWITCHES = {
  "cloudtrail-logging": {
    off: ["StopLogging", "DeleteTrail"],
    // CreateTrail is not "on": a new trail logs only after StartLogging.
    on: ["StartLogging"],
    key: "name"
  },
  "config-recorder": {
    off: ["StopConfigurationRecorder", "DeleteConfigurationRecorder"],
    on: ["StartConfigurationRecorder"]
  },
  "guardduty-detector": { off: ["DeleteDetector"], on: ["CreateDetector"] },
  "securityhub-hub": { off: ["DisableSecurityHub"], on: ["EnableSecurityHub"] },
  "bedrock-invocation-logging": {
    off: ["DeleteModelInvocationLoggingConfiguration"],
    on: ["PutModelInvocationLoggingConfiguration"]
  },
  "kms-key-rotation": { off: ["DisableKeyRotation"], on: ["EnableKeyRotation"], key: "keyId" },
  ...LOGGING_CONTROL_SWITCHES,
  ...ENCRYPTION_CONTROL_SWITCHES,
  // Inspector2's operations are named Disable and Enable (eventSource inspector2.amazonaws.com).
  "inspector2-scanning": { off: ["Disable"], on: ["Enable"] },
  // Organizations events are recorded in us-east-1; DeletePolicy needs the policy detached first.
  "scp-attachment": { off: ["DetachPolicy"], on: ["AttachPolicy"], key: "policyId" },
  // Of the root user only (userIdentity type Root): a root access key created, then deleted.
  "root-access-keys": { off: ["CreateAccessKey"], on: ["DeleteAccessKey"] },
  // One event switches it either way: requestParameters.imageScanningConfiguration.scanOnPush says which.
  "ecr-scan-on-push": {
    off: ["PutImageScanningConfiguration"],
    on: ["PutImageScanningConfiguration"],
    key: "repositoryName"
  },
  ...BACKUP_CONTROL_SWITCHES,
  ...AI_CONTROL_SWITCHES
};
var CONTROL_SWITCH_EVENT_NAMES = [
  ...new Set(Object.values(CONTROL_SWITCHES).flatMap((s) => [...s.off, ...s.on]))
];
var AWS_SNAPSHOT_KINDS = {
  cloudTrail: "aws.cloudtrail.trails",
  guardDuty: "aws.guardduty.detectors",
  kmsKeys: "aws.kms.keys"
};

// src/evidence/aws-identity.ts
var AWS_IDENTITY_EVIDENCE = {
  /** data: AuthorizationDetailsEvidence (IAM GetAccountAuthorizationDetails). subject aws:<account> */
  authorizationDetails: "aws.iam.authorization-details",
  /** data: PermissionSetsEvidence (IAM Identity Center, sso-admin). subject aws:<account>/<region> */
  permissionSets: "aws.sso.permission-sets",
  /** data: ServiceControlPoliciesEvidence (Organizations). subject aws:organization/<o-id> or aws:<caller account> */
  serviceControlPolicies: "aws.organizations.scps",
  /** data: OrganizationAccountsEvidence (Organizations ListAccounts). subject aws:organization/<o-id> or aws */
  organizationAccounts: "aws.organizations.accounts"
};
var AWS_SOURCE_RECORD_KIND = "aws.source";

// src/evidence/aws-vulnerability.ts
var AWS_VULNERABILITY_EVIDENCE = {
  /** data: InspectorCoverageEvidence. */
  inspectorCoverage: "aws.inspector2.coverage",
  /** data: InspectorFindingsEvidence. */
  inspectorFindings: "aws.inspector2.findings",
  /** data: EcrScanningEvidence. */
  ecrScanning: "aws.ecr.scanning"
};

export {
  AWS_EVIDENCE,
  AWS_CONFIG_MONITORING_EVIDENCE,
  AWS_AI_EVIDENCE,
  AWS_AI_MONITORING_EVIDENCE,
  AWS_ENCRYPTION_EVIDENCE,
  AWS_LOGGING_EVIDENCE,
  AWS_BACKUP_EVIDENCE,
  AWS_S3_REPLICATION_EVIDENCE,
  AWS_CHANGE_EVIDENCE,
  CONTROL_SWITCHES,
  CONTROL_SWITCH_EVENT_NAMES,
  AWS_SNAPSHOT_KINDS,
  AWS_IDENTITY_EVIDENCE,
  AWS_SOURCE_RECORD_KIND,
  AWS_VULNERABILITY_EVIDENCE
};
//# sourceMappingURL=chunk-FBTN6UQ3.js.map
