import { AWS_EVIDENCE, type BucketEvidence, type PublicAccessBlock } from '../../evidence/aws.js'
import type { Check, CheckContext } from '../check.js'
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
