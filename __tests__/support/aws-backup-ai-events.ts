/** CloudTrail eventSource of the backup and AI switch events (the service's endpoint prefix). */
export const BACKUP_AI_EVENT_SOURCES: Record<string, string> = {
  DeleteBackupPlan: 'backup',
  DeleteBackupSelection: 'backup',
  DeleteBackupVault: 'backup',
  DeleteRecoveryPoint: 'backup',
  DeleteRestoreTestingPlan: 'backup',
  StopMonitoringSchedule: 'sagemaker',
  StartMonitoringSchedule: 'sagemaker',
  DeleteMonitoringSchedule: 'sagemaker',
  CreateMonitoringSchedule: 'sagemaker',
  DeleteGuardrail: 'bedrock'
}
