import type { EvidenceRecord, RequestRecord } from '../../model.js'
import { AWS_BACKUP_EVIDENCE, type RdsBackupEvidence } from '../../evidence/aws-backup.js'
import { sdkExports, type AccountScope } from './scope.js'

/** DescribeDBInstances pages (up to 100 instances each) read at most. */
const PAGES = 20

/**
 * The RDS DB instances of one region with their automated backup retention, latest restorable time and
 * Multi-AZ setting (DescribeDBInstances). A region without instances answers an empty list.
 */
export async function collectRdsBackups(scope: AccountScope, region: string): Promise<void> {
  const sdk = sdkExports(await import('@aws-sdk/client-rds'))
  const client = scope.clients.lazy('rds', region, (settings) => new sdk.RDSClient(settings))
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<RdsBackupEvidence> = {
    path: scope.path(region, 'rds-backups'),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_BACKUP_EVIDENCE.rdsBackups,
    requests
  }
  const instances: RdsBackupEvidence['instances'] = []
  let pages = 0
  let truncated = false
  const listed = await scope.pages(
    'DescribeDBInstancesCommand',
    region,
    sdk.paginateDescribeDBInstances({ client, pageSize: 100 }, {}),
    (page, request) => {
      requests.push(request)
      for (const i of page.DBInstances ?? []) {
        const restorable = i.LatestRestorableTime ? new Date(i.LatestRestorableTime) : undefined
        instances.push({
          ...(i.DBInstanceIdentifier ? { DBInstanceIdentifier: i.DBInstanceIdentifier } : {}),
          ...(i.DBInstanceArn ? { DBInstanceArn: i.DBInstanceArn } : {}),
          ...(i.Engine ? { Engine: i.Engine } : {}),
          ...(i.DBInstanceStatus ? { DBInstanceStatus: i.DBInstanceStatus } : {}),
          ...(i.BackupRetentionPeriod !== undefined
            ? { BackupRetentionPeriod: i.BackupRetentionPeriod }
            : {}),
          ...(restorable && !Number.isNaN(restorable.getTime())
            ? { LatestRestorableTime: restorable.toISOString() }
            : {}),
          ...(i.MultiAZ !== undefined ? { MultiAZ: i.MultiAZ } : {}),
          ...(i.ReadReplicaSourceDBInstanceIdentifier
            ? { ReadReplicaSourceDBInstanceIdentifier: i.ReadReplicaSourceDBInstanceIdentifier }
            : {}),
          ...(i.DBClusterIdentifier ? { DBClusterIdentifier: i.DBClusterIdentifier } : {})
        })
      }
      if (++pages >= PAGES && page.Marker) {
        truncated = true
        return false
      }
    }
  )
  if (!listed.ok) {
    requests.push(listed.request)
    return scope.add({ ...record, error: listed.failure })
  }
  await scope.add({ ...record, data: { instances, ...(truncated ? { truncated } : {}) } })
}
