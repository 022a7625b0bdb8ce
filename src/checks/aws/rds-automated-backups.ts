import { AWS_BACKUP_EVIDENCE, type RdsBackupEvidence } from '../../evidence/aws-backup.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'
import { ownInstances } from './rds-instances.js'

export const awsRdsAutomatedBackups: Check = {
  metadata: {
    id: 'aws.rds.automated-backups',
    version: 1,
    title: 'RDS DB instances keep automated backups for at least the configured retention',
    severity: 'high',
    rationale:
      'Automated backups (daily snapshots and transaction logs) allow a point-in-time restore within the retention period; a retention of 0 disables them, and a short one loses the history needed to recover from a late-detected error.',
    remediation:
      'RDS → Databases → the instance → Modify → Backup → "Backup retention period" at least the configured days (aws.rds-backup-retention-min-days, default 7) → Apply. CLI: aws rds modify-db-instance --db-instance-identifier <id> --backup-retention-period 7 --apply-immediately --region <region>',
    evidenceKinds: [AWS_BACKUP_EVIDENCE.rdsBackups]
  },
  evaluate: (context) =>
    perRecord<RdsBackupEvidence>(context, AWS_BACKUP_EVIDENCE.rdsBackups, 'RDS DB instances', (data) => {
      const min = context.config.aws['rds-backup-retention-min-days']
      const { own, skipped } = ownInstances(data)
      const note = skipped.length ? ` Not judged here: ${skipped.join(', ')}.` : ''
      if (data.truncated) {
        return { status: 'error', message: 'The DB instance listing was cut at the page cap.' }
      }
      if (own.length === 0) {
        return {
          status: 'not_applicable',
          message: `No RDS DB instance with its own backups in this region.${note}`
        }
      }
      const unknown = own.filter((i) => i.BackupRetentionPeriod === undefined)
      const short = own.filter((i) => (i.BackupRetentionPeriod ?? min) < min)
      const name = (i: (typeof own)[number]) => i.DBInstanceIdentifier ?? '(unnamed)'
      if (short.length > 0) {
        return {
          status: 'fail',
          message: `${short.length} of ${own.length} DB instance(s) keep automated backups for less than ${min} days: ${short
            .map((i) =>
              i.BackupRetentionPeriod === 0
                ? `${name(i)} (automated backups disabled)`
                : `${name(i)} (${i.BackupRetentionPeriod} days)`
            )
            .join(', ')}.${note}`
        }
      }
      if (unknown.length > 0) {
        return {
          status: 'error',
          message: `DescribeDBInstances gave no backup retention for ${unknown.map(name).join(', ')}.${note}`
        }
      }
      return {
        status: 'pass',
        message: `All ${own.length} DB instance(s) keep automated backups for at least ${min} days (${own.map((i) => `${name(i)}: ${i.BackupRetentionPeriod}`).join(', ')}).${note}`
      }
    })
}
