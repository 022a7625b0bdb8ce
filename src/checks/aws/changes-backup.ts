import { AWS_BACKUP_EVIDENCE, type BackupEvidence } from '../../evidence/aws-backup.js'
import { AWS_CHANGE_EVIDENCE, type ControlChangeEvent } from '../../evidence/aws-changes.js'
import type { Check } from '../check.js'
import { keyedRegionTimeline } from './keyed-timeline.js'

const present = (keys: (string | undefined)[]) =>
  new Map(keys.filter((k): k is string => Boolean(k)).map((k) => [k, true]))

/**
 * Recovery points past their retention are deleted by AWS Backup itself (a service principal, no user ARN);
 * only deletions by a person or role take protection away before its time.
 */
const byTheService = (e: ControlChangeEvent) =>
  !e.userArn && (!e.Username || /\.amazonaws\.com$/.test(e.Username))

export const awsBackupInForce: Check = {
  metadata: {
    id: 'aws.changes.backup-in-force',
    version: 1,
    title:
      'No AWS Backup plan, selection, vault, recovery point or restore testing plan was deleted during the period',
    severity: 'high',
    rationale:
      'Deleting a backup plan or selection stops backups, deleting a vault or recovery point destroys them, and deleting a restore testing plan stops recovery tests; any of these in the period is a gap in backup protection, and deleting recovery points is what ransomware does first.',
    remediation:
      'Investigate each deletion (CloudTrail → Event history, the event name and user): was it an approved change? Recreate the plan, selection or restore testing plan; protect vaults with AWS Backup Vault Lock and deny backup:Delete* with a service control policy outside a break-glass role.',
    evidenceKinds: [AWS_BACKUP_EVIDENCE.backup, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) =>
    context.evidence.all<BackupEvidence>(AWS_BACKUP_EVIDENCE.backup).map((record) => {
      const region = record.subject.split('/').pop() ?? record.subject
      return keyedRegionTimeline<BackupEvidence>(
        context,
        record,
        [
          {
            control: 'backup-plan',
            atEnd: (d) => present(d.plans.map((p) => p.BackupPlanId)),
            what: (id) => `AWS Backup plan ${id} in ${region}`
          },
          {
            control: 'backup-selection',
            atEnd: (d) => present(d.selections.map((s) => s.SelectionId)),
            what: (id) => `AWS Backup selection ${id} in ${region}`
          },
          {
            control: 'backup-vault',
            atEnd: (d) => present(d.vaults.map((v) => v.BackupVaultName)),
            what: (name) => `AWS Backup vault ${name} in ${region}`
          },
          {
            control: 'backup-recovery-point',
            // Only recovery points created in the window were read; an older one named by an event is known
            // only from the event (off if it was deleted).
            atEnd: (d) =>
              new Map(
                d.recoveryPoints
                  .filter((p) => p.RecoveryPointArn)
                  .map((p) => [p.RecoveryPointArn!, p.Status !== 'DELETING' && p.Status !== 'EXPIRED'])
              ),
            ignore: byTheService,
            what: (arn) => `Recovery point ${arn}`
          },
          {
            control: 'backup-restore-testing-plan',
            atEnd: (d) => present(d.restoreTestingPlans.map((p) => p.RestoreTestingPlanName)),
            what: (name) => `Restore testing plan ${name} in ${region}`
          }
        ],
        `No AWS Backup plan, selection, vault or restore testing plan existed in ${region} during the period, and none was deleted in it.`
      )
    })
}
