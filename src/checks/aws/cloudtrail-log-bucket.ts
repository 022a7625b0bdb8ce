import { AWS_EVIDENCE, type PublicAccessBlock } from '../../evidence/aws.js'
import {
  AWS_LOGGING_EVIDENCE,
  type TrailBucketEvidence,
  type TrailDestinationsEvidence
} from '../../evidence/aws-logging.js'
import type { Check, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'

/** Log files must be kept at least this long (CIS and most retention policies: one year). */
export const MIN_LOG_RETENTION_DAYS = 365

const blocksAll = (p: PublicAccessBlock | undefined) =>
  !!p && !!p.BlockPublicAcls && !!p.IgnorePublicAcls && !!p.BlockPublicPolicy && !!p.RestrictPublicBuckets

/** What is wrong with a trail bucket, or the reason it cannot be told. Pure. */
export function logBucketProblems(
  bucket: TrailBucketEvidence,
  accountBlock: PublicAccessBlock | undefined
): { problems: string[]; unknown: string[] } {
  const errors = bucket.errors ?? {}
  const unknown = Object.entries(errors).map(([api, message]) => `${api}: ${message}`)
  const problems: string[] = []
  if (!errors.GetBucketPolicyStatus && bucket.policyIsPublic === true)
    problems.push('its bucket policy makes it public')
  if (!errors.GetPublicAccessBlock && !blocksAll(bucket.publicAccessBlock) && !blocksAll(accountBlock)) {
    problems.push('public access is not blocked (bucket or account Block Public Access)')
  }
  const locked = bucket.objectLock?.ObjectLockEnabled === 'Enabled'
  const mfaDelete = bucket.versioning?.MFADelete === 'Enabled'
  if (!errors.GetObjectLockConfiguration && !errors.GetBucketVersioning && !locked && !mfaDelete) {
    problems.push('log files can be deleted or overwritten: neither Object Lock nor MFA delete is enabled')
  }
  if (!errors.GetBucketLogging && !bucket.accessLogging) problems.push('server access logging is off')
  if (!errors.GetBucketLifecycleConfiguration) {
    const short = bucket.lifecycleRules.filter(
      (r) =>
        r.Status === 'Enabled' &&
        typeof r.ExpirationDays === 'number' &&
        r.ExpirationDays < MIN_LOG_RETENTION_DAYS
    )
    if (short.length > 0) {
      problems.push(
        `lifecycle rule(s) delete log files before ${MIN_LOG_RETENTION_DAYS} days: ${short.map((r) => `${r.ID ?? '(unnamed)'} after ${r.ExpirationDays} days`).join(', ')}`
      )
    }
  }
  return { problems, unknown }
}

export const awsCloudTrailLogBucket: Check = {
  metadata: {
    id: 'aws.cloudtrail.log-bucket-protected',
    version: 1,
    title:
      "Each CloudTrail trail's S3 bucket is private, tamper-resistant, access-logged and keeps logs a year",
    severity: 'high',
    rationale:
      'A trail is only as trustworthy as the bucket it writes to: a public bucket leaks the account’s activity, a bucket without Object Lock or MFA delete lets an intruder delete the evidence, and without access logging nobody knows who read or removed it.',
    remediation:
      'S3 → the trail bucket → Permissions: Block all public access; Properties: Object Lock (set at creation, or a new bucket) with a default retention, or MFA delete (root, aws s3api put-bucket-versioning --mfa …); Server access logging to another bucket; Management → lifecycle rules expiring logs no earlier than one year.',
    evidenceKinds: [AWS_LOGGING_EVIDENCE.trailDestinations, AWS_EVIDENCE.accountPublicAccessBlock]
  },
  evaluate: (context) =>
    context.evidence
      .all<TrailDestinationsEvidence>(AWS_LOGGING_EVIDENCE.trailDestinations)
      .flatMap((record): CheckResult[] => {
        if (record.error || !Array.isArray(record.data?.trails)) {
          return [
            {
              subject: record.subject,
              status: 'error',
              message: `CloudTrail trails and their buckets could not be collected: ${record.error?.message ?? 'no list of trails recorded'}`,
              evidence: [record.path]
            }
          ]
        }
        const account = context.evidence.get<{ configuration?: PublicAccessBlock }>(
          AWS_EVIDENCE.accountPublicAccessBlock,
          record.subject
        )
        const evidence = [record.path, ...(account ? [account.path] : [])]
        const buckets = new Map<string, { bucket?: TrailBucketEvidence; trails: string[] }>()
        for (const trail of record.data.trails) {
          if (!trail.S3BucketName) continue
          const entry = buckets.get(trail.S3BucketName) ?? { bucket: trail.bucket, trails: [] }
          entry.trails.push(trail.Name ?? trail.TrailARN ?? '(unnamed)')
          buckets.set(trail.S3BucketName, entry)
        }
        if (buckets.size === 0) {
          return [
            {
              subject: record.subject,
              status: 'not_applicable',
              message: 'No CloudTrail trail delivers to an S3 bucket in this account.',
              evidence
            }
          ]
        }
        return [...buckets.entries()].map(([name, { bucket, trails }]) => {
          const subject = `${record.subject}/${bucket?.region ?? 'unknown-region'}/${name}`
          return guardSubject(subject, evidence, (): CheckResult => {
            const of = `Bucket ${name} (trail ${trails.join(', ')})`
            if (!bucket)
              return { subject, status: 'error', message: `${of}: the bucket was not read.`, evidence }
            const { problems, unknown } = logBucketProblems(bucket, account?.data?.configuration)
            if (problems.length > 0) {
              return {
                subject,
                status: 'fail',
                message: `${of}: ${problems.join('; ')}.${unknown.length ? ` Not read: ${unknown.join('; ')}.` : ''}`,
                details: problems,
                evidence
              }
            }
            if (unknown.length > 0) {
              return {
                subject,
                status: 'error',
                message: `${of}: its protection could not be read (${unknown.join('; ')}); a bucket in another account (an organization's log archive) must be checked there.`,
                evidence
              }
            }
            const lock = bucket.objectLock?.DefaultRetention
            return {
              subject,
              status: 'pass',
              message: `${of} is private, ${bucket.objectLock?.ObjectLockEnabled === 'Enabled' ? `Object Lock${lock ? ` (${lock.Mode ?? ''} ${lock.Days ?? (lock.Years ?? 0) * 365} days)` : ''}` : 'MFA delete'}, access-logged to ${bucket.accessLogging?.TargetBucket ?? 'a bucket'}, no lifecycle rule deletes logs within ${MIN_LOG_RETENTION_DAYS} days.`,
              evidence
            }
          })
        })
      })
}
