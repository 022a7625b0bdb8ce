import { AWS_BACKUP_EVIDENCE, type RdsBackupEvidence } from '../../evidence/aws-backup.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'
import { ownInstances } from './rds-instances.js'

export const awsRdsMultiAz: Check = {
  metadata: {
    id: 'aws.rds.multi-az',
    version: 1,
    title: 'RDS DB instances are deployed Multi-AZ',
    severity: 'medium',
    rationale:
      'A Multi-AZ DB instance keeps a synchronous standby in another Availability Zone and fails over to it; a Single-AZ instance is down for as long as its zone or host is.',
    remediation:
      'RDS → Databases → the instance → Modify → Availability & durability → "Create a standby instance" → Apply (during the maintenance window, or immediately). CLI: aws rds modify-db-instance --db-instance-identifier <id> --multi-az --region <region>. Instances that do not need redundancy belong in the SoA justification, not here.',
    evidenceKinds: [AWS_BACKUP_EVIDENCE.rdsBackups]
  },
  evaluate: (context) =>
    perRecord<RdsBackupEvidence>(context, AWS_BACKUP_EVIDENCE.rdsBackups, 'RDS DB instances', (data) => {
      const { own, skipped } = ownInstances(data)
      const note = skipped.length ? ` Not judged here: ${skipped.join(', ')}.` : ''
      if (data.truncated)
        return { status: 'error', message: 'The DB instance listing was cut at the page cap.' }
      if (own.length === 0) {
        return {
          status: 'not_applicable',
          message: `No RDS DB instance with its own deployment in this region.${note}`
        }
      }
      const name = (i: (typeof own)[number]) => i.DBInstanceIdentifier ?? '(unnamed)'
      const unknown = own.filter((i) => i.MultiAZ === undefined)
      const single = own.filter((i) => i.MultiAZ === false)
      if (single.length > 0) {
        return {
          status: 'fail',
          message: `${single.length} of ${own.length} DB instance(s) are Single-AZ: ${single.map(name).join(', ')}.${note}`
        }
      }
      if (unknown.length > 0) {
        return {
          status: 'error',
          message: `DescribeDBInstances gave no MultiAZ for ${unknown.map(name).join(', ')}.${note}`
        }
      }
      return {
        status: 'pass',
        message: `All ${own.length} DB instance(s) are Multi-AZ: ${own.map(name).join(', ')}.${note}`
      }
    })
}
