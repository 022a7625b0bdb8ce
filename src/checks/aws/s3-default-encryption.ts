import { AWS_EVIDENCE, type BucketEvidence } from '../../evidence/aws.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsS3Encryption: Check = {
  metadata: {
    id: 'aws.s3.default-encryption',
    version: 1,
    title: 'S3 buckets encrypt objects by default',
    severity: 'medium',
    rationale: "Encryption at rest protects stored data from access outside the service's controls.",
    remediation:
      'S3 → bucket → Properties → Default encryption → Edit: SSE-KMS with a customer managed key (or at least SSE-S3).',
    evidenceKinds: [AWS_EVIDENCE.bucket]
  },
  evaluate: (context) =>
    perRecord<BucketEvidence>(context, AWS_EVIDENCE.bucket, 'The bucket settings', (bucket) => {
      if (bucket.errors?.GetBucketEncryption)
        return { status: 'error', message: `${bucket.name}: ${bucket.errors.GetBucketEncryption}` }
      const algorithms = (bucket.encryption ?? []).map((rule) => rule.SSEAlgorithm).filter(Boolean)
      return algorithms.length > 0
        ? { status: 'pass', message: `${bucket.name}: default encryption ${algorithms.join(', ')}.` }
        : { status: 'fail', message: `${bucket.name}: no default encryption.` }
    })
}
