import { AWS_CHANGE_EVIDENCE } from '../../evidence/aws-changes.js'
import { AWS_ENCRYPTION_EVIDENCE, type EbsDefaultEncryptionEvidence } from '../../evidence/aws-encryption.js'
import type { Check } from '../check.js'
import { perRegionTimeline } from './timeline.js'

export const awsEbsEncryptionInForce: Check = {
  metadata: {
    id: 'aws.changes.ebs-encryption-in-force',
    version: 1,
    title: 'EBS encryption by default was not switched off during the period',
    severity: 'medium',
    rationale:
      'Volumes created while encryption by default was off are unencrypted for their whole life, even once it is back on.',
    remediation:
      'Investigate each interval (CloudTrail → Event history, event name DisableEbsEncryptionByDefault): who disabled it, and which volumes were created meanwhile (CreateVolume, RunInstances); encrypt them by snapshot copy, and deny ec2:DisableEbsEncryptionByDefault with a service control policy.',
    evidenceKinds: [AWS_ENCRYPTION_EVIDENCE.ebsDefault, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) =>
    perRegionTimeline<EbsDefaultEncryptionEvidence>(
      context,
      'ebs-default-encryption',
      AWS_ENCRYPTION_EVIDENCE.ebsDefault,
      (region) => `EBS encryption by default in ${region}`,
      (data) => (typeof data.EbsEncryptionByDefault === 'boolean' ? data.EbsEncryptionByDefault : undefined)
    )
}
