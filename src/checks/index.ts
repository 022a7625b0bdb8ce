import type { Check } from './check.js'
import { branchProtectionEnabled } from './github/branch-protection-enabled.js'
import { branchProtectionForcePushBlocked } from './github/branch-protection-force-push-blocked.js'
import { branchProtectionRequiredReviews } from './github/branch-protection-required-reviews.js'
import { branchProtectionRequiredStatusChecks } from './github/branch-protection-required-status-checks.js'
import { dependabotAlertsEnabled } from './github/dependabot-alerts-enabled.js'
import { dependabotAlertsWithinSla } from './github/dependabot-alerts-within-sla.js'
import { pullRequestsIndependentApproval } from './github/pull-requests-independent-approval.js'
import { defaultBranchChangesViaPullRequests } from './github/default-branch-changes-via-pull-requests.js'
import { secretScanningPushProtection } from './github/secret-scanning-push-protection.js'
import { orgTwoFactorRequired } from './github/org-two-factor-required.js'
import { orgBasePermission } from './github/org-base-permission.js'
import { orgRepositoryCreation } from './github/org-repository-creation.js'
import { orgOwners } from './github/org-owners.js'
import { repoPrivilegedAccess } from './github/repo-privileged-access.js'
import { actionsDefaultTokenReadOnly } from './github/actions-default-token-read-only.js'
import { actionsAllowedActions } from './github/actions-allowed-actions.js'
import { actionsForkPrApproval } from './github/actions-fork-pr-approval.js'
import { actionsRunnerGroupsPrivate } from './github/actions-runner-groups-private.js'
import { secretScanningOpenAlerts } from './github/secret-scanning-open-alerts.js'
import { secretScanningPushProtectionBypasses } from './github/secret-scanning-push-protection-bypasses.js'
import { codeScanningAlertsWithinSla } from './github/code-scanning-alerts-within-sla.js'
import { orgWebhooksSecure } from './github/org-webhooks-secure.js'
import { repoDeployKeysReadOnly } from './github/repo-deploy-keys-read-only.js'
import { repoProductionEnvironments } from './github/repo-production-environments.js'
import { repoCodeownersValid } from './github/repo-codeowners-valid.js'
import { repoSecurityPolicy } from './github/repo-security-policy.js'
import { repoPrivateVulnerabilityReporting } from './github/repo-private-vulnerability-reporting.js'
import { repoWebhooksSecure } from './github/repo-webhooks-secure.js'
import { auditLogSettingsInForce } from './github/audit-log-settings-in-force.js'
import { repoTeamPrivilegedAccess } from './github/repo-team-access.js'
import { codeScanningEnabled } from './github/code-scanning-enabled.js'
import { orgRepositoryDeletion } from './github/org-repository-deletion.js'
import { awsAccessKeyRotation } from './aws/access-keys-rotated.js'
import { awsConsoleMfa } from './aws/console-mfa.js'
import { awsPasswordPolicy } from './aws/password-policy.js'
import { awsRootMfa } from './aws/root-mfa.js'
import { awsInspectorEnabled } from './aws/inspector.js'
import { awsCloudTrail } from './aws/cloudtrail-multi-region.js'
import { awsGuardDuty } from './aws/guardduty-enabled.js'
import { awsPatchCompliance } from './aws/patching.js'
import { awsKmsRotation } from './aws/kms-rotation.js'
import { awsS3Encryption } from './aws/s3-default-encryption.js'
import { awsS3PublicAccess } from './aws/s3-public-access-blocked.js'
import { awsS3Versioning } from './aws/s3-versioning.js'
import { awsAccessAnalyzerExternalAccess } from './aws/access-analyzer-external-access.js'
import { awsBedrockInvocationLogging } from './aws/bedrock-invocation-logging.js'
import { awsBedrockLoggingInForce } from './aws/changes-bedrock-logging.js'
import { awsCloudTrailLoggingInForce } from './aws/changes-cloudtrail-logging.js'
import { awsConfigRecorderInForce } from './aws/changes-config-recorder.js'
import { awsGuardDutyInForce } from './aws/changes-guardduty.js'
import { awsKmsRotationInForce } from './aws/changes-kms-rotation.js'
import { awsSecurityHubInForce } from './aws/changes-securityhub.js'
import { awsConfigRecorder } from './aws/config-recorder.js'
import { awsConfigRulesCompliant } from './aws/config-rules.js'
import { awsSecurityHubEnabled } from './aws/securityhub-enabled.js'
import { awsSecurityHubFailedControls } from './aws/securityhub-failed-controls.js'
import { awsCloudTrailLogBucket } from './aws/cloudtrail-log-bucket.js'
import { awsCloudTrailKms } from './aws/cloudtrail-kms.js'
import { awsCloudWatchCisAlarms } from './aws/cloudwatch-cis-alarms.js'
import { awsVpcFlowLogs } from './aws/vpc-flow-logs.js'
import { awsFlowLogsInForce } from './aws/changes-flow-logs.js'
import { awsEbsDefaultEncryption } from './aws/ebs-default-encryption.js'
import { awsEbsEncryptionInForce } from './aws/changes-ebs-encryption.js'
import { awsRdsStorageEncrypted } from './aws/rds-storage-encrypted.js'
import { awsEfsEncrypted } from './aws/efs-encrypted.js'
import { awsDynamoDbEncryption } from './aws/dynamodb-encryption.js'
import { awsKmsKeyPolicyNotPublic } from './aws/kms-key-policy.js'
import { awsKmsKeyDeletionInForce } from './aws/changes-kms-deletion.js'
import { awsCisAlarmsInForce } from './aws/changes-cis-alarms.js'
import { awsAdminPrincipalsApproved } from './aws/admin-principals.js'
import { awsUnusedCredentials } from './aws/unused-credentials.js'
import { awsRootAccessKeysAbsent } from './aws/root-access-keys.js'
import { awsSsoAdminPermissionSetsApproved } from './aws/sso-admin-permission-sets.js'
import { awsScpGuardrails } from './aws/scp-guardrails.js'
import { awsOrganizationAccountsCollected } from './aws/organization-accounts.js'
import { awsInspectorCoverage } from './aws/inspector-coverage.js'
import { awsInspectorFindingsWithinSla } from './aws/inspector-findings-sla.js'
import { awsEcrScanOnPush } from './aws/ecr-scan-on-push.js'
import { awsRootAccessKeysInForce, awsScpGuardrailsInForce } from './aws/changes-identity.js'
import { awsInspectorInForce } from './aws/changes-inspector.js'
import { awsEcrScanOnPushInForce } from './aws/changes-ecr.js'
import { awsBackupPlans } from './aws/backup-plans.js'
import { awsBackupRecoveryPoints } from './aws/backup-recovery-points.js'
import { awsBackupRestoreTests } from './aws/backup-restore-tests.js'
import { awsRdsAutomatedBackups } from './aws/rds-automated-backups.js'
import { awsRdsMultiAz } from './aws/rds-multi-az.js'
import { awsBackupInForce } from './aws/changes-backup.js'
import { awsBedrockGuardrails } from './aws/bedrock-guardrails.js'
import { awsSageMakerDataCapture } from './aws/sagemaker-data-capture.js'
import { awsSageMakerModelMonitor } from './aws/sagemaker-model-monitor.js'
import { awsAiMonitoringInForce } from './aws/changes-ai-monitoring.js'
import { awsS3Replication } from './aws/s3-replication.js'
import { modelDeploymentApproval } from './models/deployment-approval.js'
import { modelDocumentation } from './models/documentation.js'
import { modelEvaluationThresholds } from './models/evaluation-thresholds.js'
import { modelInventoryCoverage } from './models/inventory-coverage.js'
import { modelLineage } from './models/lineage.js'
import { modelMonitoring } from './models/monitoring.js'
import { modelPipelineTests } from './models/pipeline-tests.js'
import { aiInventoryDrift } from './pull-request/ai-inventory-drift.js'
import { aiInventoryValid } from './pull-request/ai-inventory-valid.js'
import { evidenceConfigChange } from './pull-request/config-change.js'
import { manifestsUnambiguous } from './pull-request/manifests-unambiguous.js'
import { targetBranchProtection } from './pull-request/target-branch-protection.js'
import { workflowPermissions } from './pull-request/workflow-permissions.js'
import { workflowPinnedActions } from './pull-request/workflow-pinned-actions.js'

/** The nightly evidence run's checks, in report order. */
export const CHECKS: readonly Check[] = [
  branchProtectionEnabled,
  branchProtectionRequiredReviews,
  branchProtectionForcePushBlocked,
  branchProtectionRequiredStatusChecks,
  pullRequestsIndependentApproval,
  defaultBranchChangesViaPullRequests,
  dependabotAlertsEnabled,
  dependabotAlertsWithinSla,
  secretScanningPushProtection,
  orgTwoFactorRequired,
  orgBasePermission,
  orgRepositoryCreation,
  orgRepositoryDeletion,
  orgOwners,
  repoPrivilegedAccess,
  repoTeamPrivilegedAccess,
  actionsDefaultTokenReadOnly,
  actionsAllowedActions,
  actionsForkPrApproval,
  actionsRunnerGroupsPrivate,
  secretScanningOpenAlerts,
  secretScanningPushProtectionBypasses,
  codeScanningEnabled,
  codeScanningAlertsWithinSla,
  orgWebhooksSecure,
  repoDeployKeysReadOnly,
  repoProductionEnvironments,
  repoCodeownersValid,
  repoSecurityPolicy,
  repoPrivateVulnerabilityReporting,
  repoWebhooksSecure,
  auditLogSettingsInForce,
  modelEvaluationThresholds,
  modelDeploymentApproval,
  modelDocumentation,
  modelLineage,
  modelMonitoring,
  modelInventoryCoverage,
  modelPipelineTests,
  awsRootMfa,
  awsPasswordPolicy,
  awsConsoleMfa,
  awsAccessKeyRotation,
  awsCloudTrail,
  awsGuardDuty,
  awsPatchCompliance,
  awsInspectorEnabled,
  awsS3PublicAccess,
  awsS3Encryption,
  awsS3Versioning,
  awsKmsRotation,
  awsConfigRecorder,
  awsConfigRulesCompliant,
  awsSecurityHubEnabled,
  awsSecurityHubFailedControls,
  awsAccessAnalyzerExternalAccess,
  awsBedrockInvocationLogging,
  awsCloudTrailLoggingInForce,
  awsConfigRecorderInForce,
  awsGuardDutyInForce,
  awsSecurityHubInForce,
  awsBedrockLoggingInForce,
  awsKmsRotationInForce,
  awsCloudTrailLogBucket,
  awsCloudTrailKms,
  awsCloudWatchCisAlarms,
  awsVpcFlowLogs,
  awsFlowLogsInForce,
  awsCisAlarmsInForce,
  awsEbsDefaultEncryption,
  awsRdsStorageEncrypted,
  awsEfsEncrypted,
  awsDynamoDbEncryption,
  awsKmsKeyPolicyNotPublic,
  awsEbsEncryptionInForce,
  awsKmsKeyDeletionInForce,
  awsAdminPrincipalsApproved,
  awsUnusedCredentials,
  awsRootAccessKeysAbsent,
  awsSsoAdminPermissionSetsApproved,
  awsScpGuardrails,
  awsOrganizationAccountsCollected,
  awsInspectorCoverage,
  awsInspectorFindingsWithinSla,
  awsEcrScanOnPush,
  awsRootAccessKeysInForce,
  awsScpGuardrailsInForce,
  awsInspectorInForce,
  awsEcrScanOnPushInForce,
  // Backup and recovery, AI workloads
  awsBackupPlans,
  awsBackupRecoveryPoints,
  awsBackupRestoreTests,
  awsRdsAutomatedBackups,
  awsRdsMultiAz,
  awsBackupInForce,
  awsBedrockGuardrails,
  awsSageMakerDataCapture,
  awsSageMakerModelMonitor,
  awsAiMonitoringInForce,
  awsS3Replication
]

/** Checks of one pull request: what the change does to the controls, before it is merged. */
export const PR_CHECKS: readonly Check[] = [
  aiInventoryDrift,
  aiInventoryValid,
  targetBranchProtection,
  workflowPermissions,
  workflowPinnedActions,
  evidenceConfigChange,
  manifestsUnambiguous
]

export const ALL_CHECKS: readonly Check[] = [...CHECKS, ...PR_CHECKS]

export function checksFor(mode: 'nightly' | 'pull-request'): readonly Check[] {
  return mode === 'pull-request' ? PR_CHECKS : CHECKS
}
