import {
  AWS_BACKUP_EVIDENCE,
  type BackupEvidence,
  type RdsBackupEvidence
} from '../../evidence/aws-backup.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsBackupPlans: Check = {
  metadata: {
    id: 'aws.backup.plans-with-selections',
    version: 1,
    title: 'AWS Backup has a backup plan that assigns resources in every region in use',
    severity: 'high',
    rationale:
      'A backup plan backs up only the resources its selections assign (by tag or by ARN); a region with resources and no plan with a selection has no AWS Backup copies to recover from.',
    remediation:
      'AWS Backup → Backup plans (in each listed region) → Create backup plan (a rule with the schedule and retention of the backup policy) → Assign resources (by tag, e.g. backup=daily, or by resource ID). CLI: aws backup create-backup-plan …; aws backup create-backup-selection --backup-plan-id <id> --backup-selection file://selection.json --region <region>',
    evidenceKinds: [AWS_BACKUP_EVIDENCE.backup, AWS_BACKUP_EVIDENCE.rdsBackups]
  },
  evaluate: (context) =>
    perRecord<BackupEvidence>(context, AWS_BACKUP_EVIDENCE.backup, 'AWS Backup status', (data, record) => {
      const { plans, selections, protectedResources } = data
      if (plans.length === 0) {
        const rds = context.evidence.get<RdsBackupEvidence>(AWS_BACKUP_EVIDENCE.rdsBackups, record.subject)
        const rdsInstances = rds?.data?.instances.length
        if (protectedResources.length === 0 && rdsInstances === 0) {
          return {
            status: 'not_applicable',
            message:
              'No AWS Backup plan, no resource with an AWS Backup recovery point and no RDS DB instance in this region (other resource types were not looked at).'
          }
        }
        const what = [
          ...(protectedResources.length
            ? [`${protectedResources.length} resource(s) with older recovery points`]
            : []),
          ...(rdsInstances ? [`${rdsInstances} RDS DB instance(s)`] : []),
          ...(rdsInstances === undefined ? ['RDS DB instances not known'] : [])
        ]
        return {
          status: 'fail',
          message: `No AWS Backup plan in this region (${what.join(', ')}).`
        }
      }
      const withSelections = plans.filter((p) => selections.some((s) => s.BackupPlanId === p.BackupPlanId))
      const named = (p: BackupEvidence['plans'][number]) => p.BackupPlanName ?? p.BackupPlanId ?? '(unnamed)'
      if (withSelections.length === 0) {
        if (data.truncated?.includes('selections')) {
          return {
            status: 'error',
            message: `None of the first ${plans.length} backup plans' selections listed assigns resources, and the listing was cut at the cap.`
          }
        }
        return {
          status: 'fail',
          message: `Backup plan(s) ${plans.map(named).join(', ')} assign no resources (no backup selection): nothing is backed up by them.`
        }
      }
      const idle = plans.filter((p) => !withSelections.includes(p))
      const count = (p: BackupEvidence['plans'][number]) =>
        selections.filter((s) => s.BackupPlanId === p.BackupPlanId).length
      return {
        status: 'pass',
        message: `Backup plan(s) ${withSelections.map((p) => `${named(p)} (${count(p)} selection(s))`).join(', ')} assign resources${idle.length ? `; ${idle.map(named).join(', ')} assign none` : ''}.`
      }
    })
}
