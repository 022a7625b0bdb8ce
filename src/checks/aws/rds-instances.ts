import type { RdsBackupEvidence } from '../../evidence/aws-backup.js'

export type RdsInstance = RdsBackupEvidence['instances'][number]

/**
 * The instances whose own settings decide backups and availability: read replicas are backed up through their
 * source, and Aurora instances through their DB cluster (RDS User Guide, "Working with backups"; Aurora's
 * retention and Multi-AZ are cluster settings, which DescribeDBInstances does not judge).
 */
export function ownInstances(data: RdsBackupEvidence): { own: RdsInstance[]; skipped: string[] } {
  const skipped: string[] = []
  const own = data.instances.filter((i) => {
    const name = i.DBInstanceIdentifier ?? '(unnamed)'
    if (i.ReadReplicaSourceDBInstanceIdentifier) {
      skipped.push(`${name} (read replica of ${i.ReadReplicaSourceDBInstanceIdentifier})`)
      return false
    }
    if (i.DBClusterIdentifier || i.Engine?.startsWith('aurora')) {
      skipped.push(`${name} (member of DB cluster ${i.DBClusterIdentifier ?? '?'})`)
      return false
    }
    return true
  })
  return { own, skipped }
}
