import type { EvidenceRecord, RequestRecord } from '../../model.js'
import { AWS_BACKUP_EVIDENCE, type RdsBackupEvidence } from '../../evidence/aws-backup.js'
import { AWS_ENCRYPTION_EVIDENCE, type RdsEncryptionEvidence } from '../../evidence/aws-encryption.js'
import { sdkExports, type AccountScope } from './scope.js'

/** DescribeDBInstances pages (up to 100 instances each) read at most. */
const PAGES = 20

/**
 * The RDS DB instances of one region, read once (DescribeDBInstances) for two records: their automated backup
 * retention, latest restorable time and Multi-AZ setting (aws.rds.backups), and their storage encryption
 * (aws.rds.storage-encryption). Both cite the same requests. A region without instances answers an empty list.
 */
export async function collectRdsInstances(scope: AccountScope, region: string): Promise<void> {
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
  const encryption: EvidenceRecord<RdsEncryptionEvidence> = {
    path: scope.path(region, 'rds-storage-encryption'),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_ENCRYPTION_EVIDENCE.rds,
    requests
  }
  const instances: RdsBackupEvidence['instances'] = []
  const encrypted: RdsEncryptionEvidence['instances'] = []
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
        encrypted.push({
          ...(i.DBInstanceIdentifier ? { DBInstanceIdentifier: i.DBInstanceIdentifier } : {}),
          ...(i.DBInstanceArn ? { DBInstanceArn: i.DBInstanceArn } : {}),
          ...(i.Engine ? { Engine: i.Engine } : {}),
          ...(i.DBInstanceStatus ? { DBInstanceStatus: i.DBInstanceStatus } : {}),
          ...(typeof i.StorageEncrypted === 'boolean' ? { StorageEncrypted: i.StorageEncrypted } : {}),
          ...(i.KmsKeyId ? { KmsKeyId: i.KmsKeyId } : {})
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
    await scope.add({ ...record, error: listed.failure })
    return scope.add({ ...encryption, error: listed.failure })
  }
  const cut = truncated ? { truncated } : {}
  await scope.add({ ...record, data: { instances, ...cut } })
  await scope.add({ ...encryption, data: { instances: encrypted, ...cut } })
}
