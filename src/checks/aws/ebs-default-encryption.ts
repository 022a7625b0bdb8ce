import { AWS_ENCRYPTION_EVIDENCE, type EbsDefaultEncryptionEvidence } from '../../evidence/aws-encryption.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsEbsDefaultEncryption: Check = {
  metadata: {
    id: 'aws.ec2.ebs-default-encryption',
    version: 1,
    title: 'EBS encryption by default is on in every region',
    severity: 'medium',
    rationale:
      'With encryption by default every new EBS volume and snapshot copy in the region is encrypted; without it, encryption depends on each launch remembering to ask.',
    remediation:
      'EC2 → Settings (in each listed region) → Data protection and security → EBS encryption → Manage → Enable (aws ec2 enable-ebs-encryption-by-default --region <region>). Existing unencrypted volumes stay unencrypted: copy their snapshots with encryption.',
    evidenceKinds: [AWS_ENCRYPTION_EVIDENCE.ebsDefault]
  },
  evaluate: (context) =>
    perRecord<EbsDefaultEncryptionEvidence>(
      context,
      AWS_ENCRYPTION_EVIDENCE.ebsDefault,
      'EBS default encryption',
      (data) => {
        if (typeof data.EbsEncryptionByDefault !== 'boolean') {
          return { status: 'error', message: 'GetEbsEncryptionByDefault returned no EbsEncryptionByDefault.' }
        }
        return data.EbsEncryptionByDefault
          ? { status: 'pass', message: 'EBS encryption by default is on.' }
          : {
              status: 'fail',
              message: 'EBS encryption by default is off: new volumes are unencrypted unless asked.'
            }
      }
    )
}
