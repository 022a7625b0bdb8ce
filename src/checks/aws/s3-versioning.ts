import { AWS_EVIDENCE, type BucketEvidence } from '../../evidence/aws.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsS3Versioning: Check = {
  metadata: {
    id: 'aws.s3.versioning',
    version: 1,
    title: 'S3 buckets keep object versions',
    severity: 'medium',
    rationale:
      'Without versioning an overwrite or delete is final: no backup of the previous state exists in the bucket.',
    remediation:
      'S3 → bucket → Properties → Bucket Versioning → Edit → Enable (add a lifecycle rule to expire noncurrent versions). CLI: aws s3api put-bucket-versioning --bucket <name> --versioning-configuration Status=Enabled',
    evidenceKinds: [AWS_EVIDENCE.bucket]
  },
  evaluate: (context) =>
    perRecord<BucketEvidence>(context, AWS_EVIDENCE.bucket, 'The bucket settings', (bucket) => {
      if (bucket.errors?.GetBucketVersioning)
        return { status: 'error', message: `${bucket.name}: ${bucket.errors.GetBucketVersioning}` }
      return bucket.versioning?.Status === 'Enabled'
        ? { status: 'pass', message: `${bucket.name}: versioning enabled.` }
        : {
            status: 'fail',
            message: `${bucket.name}: versioning ${bucket.versioning?.Status?.toLowerCase() ?? 'never enabled'}.`
          }
    })
}
