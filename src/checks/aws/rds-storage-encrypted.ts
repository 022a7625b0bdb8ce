import { AWS_ENCRYPTION_EVIDENCE, type RdsEncryptionEvidence } from '../../evidence/aws-encryption.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsRdsStorageEncrypted: Check = {
  metadata: {
    id: 'aws.rds.storage-encrypted',
    version: 1,
    title: 'RDS DB instances encrypt their storage',
    severity: 'high',
    rationale:
      'An unencrypted DB instance leaves its data, automated backups, snapshots and read replicas readable by anyone who gets the storage or a shared snapshot.',
    remediation:
      'Encryption cannot be switched on for an existing instance: take a snapshot, copy it with encryption (RDS → Snapshots → Copy → Enable encryption, a KMS key), restore a new instance from the copy and move clients to it.',
    evidenceKinds: [AWS_ENCRYPTION_EVIDENCE.rds]
  },
  evaluate: (context) =>
    perRecord<RdsEncryptionEvidence>(context, AWS_ENCRYPTION_EVIDENCE.rds, 'RDS DB instances', (data) => {
      if (data.truncated)
        return { status: 'error', message: 'The DB instance listing was cut at the page cap.' }
      if (data.instances.length === 0)
        return { status: 'not_applicable', message: 'No RDS DB instance in this region.' }
      const unknown = data.instances.filter((d) => typeof d.StorageEncrypted !== 'boolean')
      const plain = data.instances
        .filter((d) => d.StorageEncrypted === false)
        .map((d) => d.DBInstanceIdentifier ?? '(unnamed)')
      if (plain.length > 0) {
        return {
          status: 'fail',
          message: `${plain.length} of ${data.instances.length} DB instance(s) store data unencrypted: ${plain.join(', ')}.`,
          details: plain
        }
      }
      if (unknown.length > 0) {
        return {
          status: 'error',
          message: `StorageEncrypted was not reported for ${unknown.map((d) => d.DBInstanceIdentifier ?? '(unnamed)').join(', ')}.`
        }
      }
      return { status: 'pass', message: `All ${data.instances.length} DB instance(s) encrypt their storage.` }
    })
}
