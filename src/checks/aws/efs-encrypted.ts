import { AWS_ENCRYPTION_EVIDENCE, type EfsEncryptionEvidence } from '../../evidence/aws-encryption.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsEfsEncrypted: Check = {
  metadata: {
    id: 'aws.efs.encrypted',
    version: 1,
    title: 'EFS file systems are encrypted at rest',
    severity: 'medium',
    rationale:
      'An EFS file system created without encryption at rest stays unencrypted; its data and backups are stored in clear.',
    remediation:
      'Encryption at rest is chosen at creation: create an encrypted file system (EFS → Create → Enable encryption of data at rest, a KMS key), copy the data across (AWS DataSync) and move mounts to it.',
    evidenceKinds: [AWS_ENCRYPTION_EVIDENCE.efs]
  },
  evaluate: (context) =>
    perRecord<EfsEncryptionEvidence>(context, AWS_ENCRYPTION_EVIDENCE.efs, 'EFS file systems', (data) => {
      if (data.truncated)
        return { status: 'error', message: 'The file system listing was cut at the page cap.' }
      const live = data.fileSystems.filter(
        (f) => f.LifeCycleState !== 'deleted' && f.LifeCycleState !== 'deleting'
      )
      if (live.length === 0)
        return { status: 'not_applicable', message: 'No EFS file system in this region.' }
      const name = (f: (typeof live)[number]) =>
        `${f.FileSystemId ?? '(no id)'}${f.Name ? ` (${f.Name})` : ''}`
      const plain = live.filter((f) => f.Encrypted === false).map(name)
      const unknown = live.filter((f) => typeof f.Encrypted !== 'boolean').map(name)
      if (plain.length > 0) {
        return { status: 'fail', message: `Unencrypted file system(s): ${plain.join(', ')}.`, details: plain }
      }
      if (unknown.length > 0)
        return { status: 'error', message: `Encrypted was not reported for ${unknown.join(', ')}.` }
      return { status: 'pass', message: `All ${live.length} file system(s) are encrypted at rest.` }
    })
}
