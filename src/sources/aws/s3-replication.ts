import { GetBucketReplicationCommand, paginateListBuckets } from '@aws-sdk/client-s3'
import type { EvidenceRecord, RequestRecord } from '../../model.js'
import { AWS_S3_REPLICATION_EVIDENCE, type S3ReplicationEvidence } from '../../evidence/aws-backup.js'
import { isError } from './errors.js'
import { mapLimit, type AccountScope } from './scope.js'

/** Buckets whose replication is read at most, and at once. */
const MAX_BUCKETS = 1000
const CONCURRENCY = 8

/**
 * The replication configuration of every bucket of the account (GetBucketReplication), one record for the
 * account: S3 replication is how a bucket keeps a copy in another bucket, region or account. A bucket
 * without one answers ReplicationConfigurationNotFoundError, recorded as `none`.
 */
export async function collectS3Replication(scope: AccountScope): Promise<void> {
  const region = scope.homeRegion
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<S3ReplicationEvidence> = {
    path: scope.path('s3-replication'),
    source: 'aws',
    subject: scope.subject,
    kind: AWS_S3_REPLICATION_EVIDENCE.replication,
    requests
  }
  const listed: { name: string; region?: string }[] = []
  const result = await scope.pages(
    'ListBucketsCommand',
    region,
    paginateListBuckets({ client: scope.clients.s3(region), pageSize: 1000 }, {}),
    (page, request) => {
      requests.push(request)
      for (const b of page.Buckets ?? [])
        if (b.Name) listed.push({ name: b.Name, ...(b.BucketRegion ? { region: b.BucketRegion } : {}) })
    }
  )
  if (!result.ok) {
    requests.push(result.request)
    return scope.add({ ...record, error: result.failure })
  }
  const perBucket = await mapLimit(listed.slice(0, MAX_BUCKETS), CONCURRENCY, async (bucket) => {
    const bucketRegion = bucket.region ?? region
    const got = await scope.call(
      'GetBucketReplicationCommand',
      bucketRegion,
      () => scope.clients.s3(bucketRegion).send(new GetBucketReplicationCommand({ Bucket: bucket.name })),
      { target: `bucket ${bucket.name}` }
    )
    const base = { name: bucket.name, ...(bucket.region ? { region: bucket.region } : {}) }
    if (!got.ok) {
      if (isError(got.error, 'ReplicationConfigurationNotFoundError'))
        return { request: got.request, bucket: { ...base, none: true } }
      scope.countError()
      return { request: got.request, bucket: { ...base, error: got.failure.message } }
    }
    return {
      request: got.request,
      bucket: {
        ...base,
        rules: (got.body.ReplicationConfiguration?.Rules ?? []).map((r) => ({
          ...(r.ID ? { ID: r.ID.slice(0, 255) } : {}),
          ...(r.Status ? { Status: r.Status } : {}),
          Destination: {
            ...(r.Destination?.Bucket ? { Bucket: r.Destination.Bucket } : {}),
            ...(r.Destination?.Account ? { Account: r.Destination.Account } : {}),
            ...(r.Destination?.StorageClass ? { StorageClass: r.Destination.StorageClass } : {})
          },
          ...(r.DeleteMarkerReplication?.Status
            ? { DeleteMarkerReplication: { Status: r.DeleteMarkerReplication.Status } }
            : {})
        }))
      }
    }
  })
  const buckets: S3ReplicationEvidence['buckets'] = perBucket.map((b) => b.bucket)
  // The requests in bucket order, whatever order the calls completed in.
  requests.push(...perBucket.map((b) => b.request))
  await scope.add({
    ...record,
    data: { buckets, ...(listed.length > MAX_BUCKETS ? { truncated: true } : {}) }
  })
}
