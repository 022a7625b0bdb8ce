import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketPolicyStatusCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  paginateListBuckets
} from '@aws-sdk/client-s3'
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control'
import type { EvidenceRecord, RequestRecord } from '../../model.js'
import { errorName, isError } from './errors.js'
import { AWS_BUCKET_LIST_KIND, mapLimit, type AccountScope, type Outcome } from './scope.js'
import { AWS_EVIDENCE, type BucketEvidence, type PublicAccessBlock } from './types.js'

const BUCKET_CONCURRENCY = 8
const LIST_PAGE_SIZE = 1000

interface ListedBucket {
  name: string
  /** As ListBuckets reports it (when it does); GetBucketLocation is what the record uses. */
  listedRegion?: string
  creationDate?: string
}

export async function collectS3(scope: AccountScope): Promise<void> {
  await collectAccountPublicAccessBlock(scope)
  const buckets = await listBuckets(scope)
  if (!buckets) return
  const records = await mapLimit(buckets, BUCKET_CONCURRENCY, (bucket) => bucketRecord(scope, bucket))
  for (const record of records) await scope.add(record)
}

async function collectAccountPublicAccessBlock(scope: AccountScope): Promise<void> {
  const region = scope.homeRegion
  const result = await scope.call('GetAccountPublicAccessBlockCommand', region, () =>
    scope.clients.s3control(region).send(new GetAccountPublicAccessBlockCommand({ AccountId: scope.account }))
  )
  const record: EvidenceRecord<{ configuration?: PublicAccessBlock; none?: true }> = {
    path: scope.path('s3-account-public-access-block'),
    source: 'aws',
    subject: scope.subject,
    kind: AWS_EVIDENCE.accountPublicAccessBlock,
    requests: [result.request]
  }
  if (result.ok) {
    record.data = { configuration: result.body.PublicAccessBlockConfiguration ?? {} }
  } else if (isError(result.error, 'NoSuchPublicAccessBlockConfiguration')) {
    record.data = { none: true }
  } else {
    record.error = result.failure
  }
  await scope.add(record)
}

/**
 * The account's buckets, recorded as an `aws.s3.buckets` record. When ListBuckets fails the error is
 * recorded as an `aws.s3.bucket` record for the account, so a check over buckets sees it.
 */
async function listBuckets(scope: AccountScope): Promise<ListedBucket[] | undefined> {
  const region = scope.homeRegion
  const buckets: ListedBucket[] = []
  const requests: RequestRecord[] = []
  const path = scope.path('s3-buckets')
  const result = await scope.pages(
    'ListBucketsCommand',
    region,
    paginateListBuckets({ client: scope.clients.s3(region), pageSize: LIST_PAGE_SIZE }, {}),
    (page, request) => {
      requests.push(request)
      for (const bucket of page.Buckets ?? []) {
        if (!bucket.Name) continue
        buckets.push({
          name: bucket.Name,
          ...(bucket.BucketRegion ? { listedRegion: bucket.BucketRegion } : {}),
          ...(bucket.CreationDate ? { creationDate: String(bucket.CreationDate) } : {})
        })
      }
    }
  )
  if (!result.ok) {
    await scope.add({
      path,
      source: 'aws',
      subject: scope.subject,
      kind: AWS_EVIDENCE.bucket,
      requests: [...requests, result.request],
      error: result.failure
    })
    return undefined
  }
  await scope.add({
    path,
    source: 'aws',
    subject: scope.subject,
    kind: AWS_BUCKET_LIST_KIND,
    requests,
    data: { buckets }
  })
  return buckets
}

/** GetBucketLocation's answer as a region: empty is us-east-1, `EU` is the old name of eu-west-1. */
export function bucketRegion(constraint: string | undefined | null): string {
  if (!constraint) return 'us-east-1'
  if (constraint === 'EU') return 'eu-west-1'
  return constraint
}

async function bucketRecord(
  scope: AccountScope,
  bucket: ListedBucket
): Promise<EvidenceRecord<BucketEvidence>> {
  const { name } = bucket
  const target = `bucket ${name}`
  const requests: RequestRecord[] = []
  const errors: Record<string, string> = {}
  const note = <T>(operation: string, result: Outcome<T>): void => {
    requests.push(result.request)
    if (!result.ok) {
      errors[operation] = `${errorName(result.error) ?? 'Error'}: ${result.failure.message}`
      scope.countError()
    }
  }

  const location = await scope.call(
    'GetBucketLocationCommand',
    scope.homeRegion,
    () => scope.clients.s3(scope.homeRegion).send(new GetBucketLocationCommand({ Bucket: name })),
    { target }
  )
  note('GetBucketLocation', location)
  const region = location.ok
    ? bucketRegion(location.body.LocationConstraint)
    : (bucket.listedRegion ?? scope.homeRegion)
  const s3 = scope.clients.s3(region)
  const evidence: BucketEvidence = { name, region }

  const publicAccessBlock = await scope.call(
    'GetPublicAccessBlockCommand',
    region,
    () => s3.send(new GetPublicAccessBlockCommand({ Bucket: name })),
    { target }
  )
  if (publicAccessBlock.ok) {
    evidence.publicAccessBlock = publicAccessBlock.body.PublicAccessBlockConfiguration ?? {}
    requests.push(publicAccessBlock.request)
  } else if (isError(publicAccessBlock.error, 'NoSuchPublicAccessBlockConfiguration')) {
    requests.push(publicAccessBlock.request)
  } else {
    note('GetPublicAccessBlock', publicAccessBlock)
  }

  const policyStatus = await scope.call(
    'GetBucketPolicyStatusCommand',
    region,
    () => s3.send(new GetBucketPolicyStatusCommand({ Bucket: name })),
    { target }
  )
  if (policyStatus.ok) {
    const isPublic = policyStatus.body.PolicyStatus?.IsPublic
    if (isPublic !== undefined) evidence.policyIsPublic = isPublic
    requests.push(policyStatus.request)
  } else if (isError(policyStatus.error, 'NoSuchBucketPolicy')) {
    requests.push(policyStatus.request)
  } else {
    note('GetBucketPolicyStatus', policyStatus)
  }

  const encryption = await scope.call(
    'GetBucketEncryptionCommand',
    region,
    () => s3.send(new GetBucketEncryptionCommand({ Bucket: name })),
    { target }
  )
  if (encryption.ok) {
    evidence.encryption = (encryption.body.ServerSideEncryptionConfiguration?.Rules ?? []).map((rule) => ({
      ...rule.ApplyServerSideEncryptionByDefault,
      ...(rule.BucketKeyEnabled !== undefined ? { BucketKeyEnabled: rule.BucketKeyEnabled } : {})
    }))
    requests.push(encryption.request)
  } else if (isError(encryption.error, 'ServerSideEncryptionConfigurationNotFoundError')) {
    requests.push(encryption.request)
  } else {
    note('GetBucketEncryption', encryption)
  }

  const versioning = await scope.call(
    'GetBucketVersioningCommand',
    region,
    () => s3.send(new GetBucketVersioningCommand({ Bucket: name })),
    { target }
  )
  if (versioning.ok) {
    evidence.versioning = {
      ...(versioning.body.Status ? { Status: versioning.body.Status } : {}),
      ...(versioning.body.MFADelete ? { MFADelete: versioning.body.MFADelete } : {})
    }
    requests.push(versioning.request)
  } else {
    note('GetBucketVersioning', versioning)
  }

  if (Object.keys(errors).length > 0) evidence.errors = errors
  return {
    path: scope.path('s3', name),
    source: 'aws',
    subject: `aws:${scope.account}/${region}/${name}`,
    kind: AWS_EVIDENCE.bucket,
    requests,
    data: evidence
  }
}
