import {
  AWS_EVIDENCE,
  type BucketEvidence,
  type KmsKeyEvidence,
  type PublicAccessBlock
} from '../../evidence/aws.js'
import type { Check, CheckContext, CheckResult } from '../check.js'
import { perRecord } from './records.js'

const blocksAll = (block?: PublicAccessBlock) =>
  Boolean(
    block?.BlockPublicAcls && block.IgnorePublicAcls && block.BlockPublicPolicy && block.RestrictPublicBuckets
  )

function accountBlock(context: CheckContext, bucketSubject: string): PublicAccessBlock | undefined {
  const account = bucketSubject.split('/')[0]!
  return context.evidence.get<{ configuration?: PublicAccessBlock }>(
    AWS_EVIDENCE.accountPublicAccessBlock,
    account
  )?.data?.configuration
}

export const awsS3PublicAccess: Check = {
  metadata: {
    id: 'aws.s3.public-access-blocked',
    version: 1,
    title: 'S3 buckets are not public',
    severity: 'critical',
    rationale:
      'A public bucket exposes its data to anyone on the internet; most data breaches from S3 are exactly this.',
    remediation:
      'S3 → Block Public Access settings for this account → Edit: turn on all four settings (or per bucket: Permissions → Block public access). Remove statements with "Principal": "*" from the bucket policy unless the bucket is meant to be a public website, and then document that exception.',
    evidenceKinds: [AWS_EVIDENCE.bucket, AWS_EVIDENCE.accountPublicAccessBlock]
  },
  evaluate: (context) =>
    perRecord<BucketEvidence>(context, AWS_EVIDENCE.bucket, 'The bucket settings', (bucket, record) => {
      const blocked = blocksAll(accountBlock(context, record.subject)) || blocksAll(bucket.publicAccessBlock)
      if (bucket.policyIsPublic)
        return { status: 'fail', message: `${bucket.name} is public through its bucket policy.` }
      if (blocked) return { status: 'pass', message: `${bucket.name}: public access is blocked.` }
      if (bucket.errors?.GetBucketPolicyStatus)
        return { status: 'error', message: `${bucket.name}: ${bucket.errors.GetBucketPolicyStatus}` }
      return {
        status: 'fail',
        message: `${bucket.name}: Block Public Access is not fully on (account or bucket), so a policy or ACL can make it public.`
      }
    })
}

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

export const awsKmsRotation: Check = {
  metadata: {
    id: 'aws.kms.rotation',
    version: 1,
    title: 'Customer managed KMS keys rotate automatically',
    severity: 'medium',
    rationale:
      'Key rotation limits how much data one key protects and how long a compromised key stays useful.',
    remediation:
      'KMS → Customer managed keys → <key> → Key rotation → "Automatically rotate this KMS key every year". CLI: aws kms enable-key-rotation --key-id <key id>',
    evidenceKinds: [AWS_EVIDENCE.kmsKeys]
  },
  evaluate: (context): CheckResult[] =>
    perRecord<{ keys: KmsKeyEvidence[] }>(context, AWS_EVIDENCE.kmsKeys, 'KMS keys', ({ keys }) => {
      const enabled = keys.filter((key) => key.KeyState === undefined || key.KeyState === 'Enabled')
      // AWS KMS rotates only symmetric keys whose material it generated; the collector marks the others.
      const cannotRotate = enabled.filter((key) => !key.error && key.rotationNotApplicable)
      const rotatable = enabled.filter((key) => !cannotRotate.includes(key))
      const unknown = rotatable.filter((key) => key.error)
      const without = rotatable.filter((key) => !key.error && !key.RotationEnabled).map((key) => key.KeyId)
      const excluded =
        cannotRotate.length > 0
          ? ` Excluded ${cannotRotate.length} key(s) that AWS KMS cannot rotate automatically: ${cannotRotate.map((key) => `${key.KeyId} (${key.rotationNotApplicable})`).join('; ')}.`
          : ''
      if (without.length > 0)
        return {
          status: 'fail',
          message: `Rotation off: ${without.join(', ')}.${excluded}`,
          details: without
        }
      if (unknown.length > 0)
        return {
          status: 'error',
          message: `Rotation status unknown: ${unknown.map((k) => `${k.KeyId} (${k.error})`).join('; ')}.${excluded}`
        }
      if (rotatable.length === 0)
        return {
          status: 'not_applicable',
          message:
            enabled.length === 0
              ? 'No enabled customer managed keys in this region.'
              : `No customer managed key in this region can rotate automatically.${excluded}`
        }
      return {
        status: 'pass',
        message: `All ${rotatable.length} rotatable customer managed key(s) rotate.${excluded}`
      }
    })
}
