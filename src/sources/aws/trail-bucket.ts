import {
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyStatusCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand
} from '@aws-sdk/client-s3'
import type { RequestRecord } from '../../model.js'
import type { TrailBucketEvidence } from '../../evidence/aws-logging.js'
import { errorName, isError } from './errors.js'
import { bucketRegion } from './s3.js'
import type { AccountScope, Outcome } from './scope.js'

/** Lifecycle rules kept per bucket at most (S3 allows 1,000). */
const MAX_RULES = 100

/**
 * How a trail's log bucket is protected: public access, Object Lock, versioning and MFA delete, server access
 * logging and lifecycle expiration. The "not configured" answers of each API (NoSuch…) are facts, recorded as
 * absent fields; any other failure is kept in `errors` (the check says error). The bucket may belong to
 * another account (an organization's log archive): then the calls are denied and say so.
 */
export async function trailBucket(
  scope: AccountScope,
  name: string,
  requests: RequestRecord[]
): Promise<TrailBucketEvidence> {
  const target = `CloudTrail bucket ${name}`
  const errors: Record<string, string> = {}
  const evidence: TrailBucketEvidence = { name, lifecycleRules: [] }
  /** Records the call; true when it succeeded or failed with one of `absent` (not configured). */
  const note = <T>(operation: string, result: Outcome<T>, ...absent: string[]): result is Outcome<T> => {
    requests.push(result.request)
    if (result.ok || absent.some((code) => isError(result.error, code))) return true
    errors[operation] = `${errorName(result.error) ?? 'Error'}: ${result.failure.message}`
    scope.countError()
    return false
  }
  const home = scope.homeRegion
  const location = await scope.call(
    'GetBucketLocationCommand',
    home,
    () => scope.clients.s3(home).send(new GetBucketLocationCommand({ Bucket: name })),
    { target }
  )
  note('GetBucketLocation', location)
  const region = location.ok ? bucketRegion(location.body.LocationConstraint) : home
  if (location.ok) evidence.region = region
  const s3 = scope.clients.s3(region)

  const pab = await scope.call(
    'GetPublicAccessBlockCommand',
    region,
    () => s3.send(new GetPublicAccessBlockCommand({ Bucket: name })),
    { target }
  )
  if (note('GetPublicAccessBlock', pab, 'NoSuchPublicAccessBlockConfiguration') && pab.ok) {
    evidence.publicAccessBlock = pab.body.PublicAccessBlockConfiguration ?? {}
  }
  const policy = await scope.call(
    'GetBucketPolicyStatusCommand',
    region,
    () => s3.send(new GetBucketPolicyStatusCommand({ Bucket: name })),
    { target }
  )
  if (note('GetBucketPolicyStatus', policy, 'NoSuchBucketPolicy') && policy.ok) {
    const isPublic = policy.body.PolicyStatus?.IsPublic
    if (isPublic !== undefined) evidence.policyIsPublic = isPublic
  }
  // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectLockConfiguration.html: a bucket without
  // Object Lock answers ObjectLockConfigurationNotFoundError (404).
  const lock = await scope.call(
    'GetObjectLockConfigurationCommand',
    region,
    () => s3.send(new GetObjectLockConfigurationCommand({ Bucket: name })),
    { target }
  )
  if (note('GetObjectLockConfiguration', lock, 'ObjectLockConfigurationNotFoundError') && lock.ok) {
    const configuration = lock.body.ObjectLockConfiguration
    const retention = configuration?.Rule?.DefaultRetention
    evidence.objectLock = {
      ...(configuration?.ObjectLockEnabled ? { ObjectLockEnabled: configuration.ObjectLockEnabled } : {}),
      ...(retention
        ? {
            DefaultRetention: {
              ...(retention.Mode ? { Mode: retention.Mode } : {}),
              ...(typeof retention.Days === 'number' ? { Days: retention.Days } : {}),
              ...(typeof retention.Years === 'number' ? { Years: retention.Years } : {})
            }
          }
        : {})
    }
  }
  const versioning = await scope.call(
    'GetBucketVersioningCommand',
    region,
    () => s3.send(new GetBucketVersioningCommand({ Bucket: name })),
    { target }
  )
  if (note('GetBucketVersioning', versioning) && versioning.ok) {
    evidence.versioning = {
      ...(versioning.body.Status ? { Status: versioning.body.Status } : {}),
      ...(versioning.body.MFADelete ? { MFADelete: versioning.body.MFADelete } : {})
    }
  }
  // API_GetBucketLogging.html: 200 with an empty BucketLoggingStatus when access logging is off.
  const logging = await scope.call(
    'GetBucketLoggingCommand',
    region,
    () => s3.send(new GetBucketLoggingCommand({ Bucket: name })),
    { target }
  )
  if (note('GetBucketLogging', logging) && logging.ok && logging.body.LoggingEnabled) {
    const enabled = logging.body.LoggingEnabled
    evidence.accessLogging = {
      ...(enabled.TargetBucket ? { TargetBucket: enabled.TargetBucket } : {}),
      ...(enabled.TargetPrefix ? { TargetPrefix: enabled.TargetPrefix } : {})
    }
  }
  // API_GetBucketLifecycleConfiguration.html: NoSuchLifecycleConfiguration (404) when there is none.
  const lifecycle = await scope.call(
    'GetBucketLifecycleConfigurationCommand',
    region,
    () => s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: name })),
    { target }
  )
  if (note('GetBucketLifecycleConfiguration', lifecycle, 'NoSuchLifecycleConfiguration') && lifecycle.ok) {
    evidence.lifecycleRules = (lifecycle.body.Rules ?? []).slice(0, MAX_RULES).map((rule) => {
      const prefix = rule.Filter?.Prefix ?? rule.Prefix
      return {
        ...(rule.ID ? { ID: rule.ID } : {}),
        ...(rule.Status ? { Status: rule.Status } : {}),
        ...(typeof rule.Expiration?.Days === 'number' ? { ExpirationDays: rule.Expiration.Days } : {}),
        ...(typeof rule.NoncurrentVersionExpiration?.NoncurrentDays === 'number'
          ? { NoncurrentDays: rule.NoncurrentVersionExpiration.NoncurrentDays }
          : {}),
        ...(prefix ? { Prefix: prefix } : {})
      }
    })
  }
  if (Object.keys(errors).length > 0) evidence.errors = errors
  return evidence
}
