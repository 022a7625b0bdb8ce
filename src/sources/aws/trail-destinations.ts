import { DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail'
import type { EvidenceRecord, RequestRecord } from '../../model.js'
import {
  AWS_LOGGING_EVIDENCE,
  type TrailDestinationEvidence,
  type TrailDestinationsEvidence
} from '../../evidence/aws-logging.js'
import { trailLogGroup } from './metric-alarms.js'
import { trailBucket } from './trail-bucket.js'
import { cisAlarmTopics, MAX_TOPICS, topicSubscriptions } from './sns-topics.js'
import type { AccountScope } from './scope.js'

/** Trails read at most (CloudTrail allows 5 per region, plus shadow copies and organization trails). */
const MAX_TRAILS = 100

/**
 * Where each trail of the account delivers and how that is protected and watched: its S3 bucket (public
 * access, Object Lock, MFA delete, access logging, lifecycle) and its CloudWatch Logs log group (metric
 * filters and the alarms on their metrics), and the subscriptions of the SNS topics the CIS alarms notify.
 * DescribeTrails is read again here (the trail record of cloudtrail.ts is written, not returned), so this
 * record stands on its own.
 */
export async function collectTrailDestinations(scope: AccountScope, firstRegion: string): Promise<void> {
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<TrailDestinationsEvidence> = {
    path: scope.path('cloudtrail-destinations'),
    source: 'aws',
    subject: scope.subject,
    kind: AWS_LOGGING_EVIDENCE.trailDestinations,
    requests
  }
  const described = await scope.call('DescribeTrailsCommand', firstRegion, () =>
    scope.clients.cloudtrail(firstRegion).send(new DescribeTrailsCommand({ includeShadowTrails: true }))
  )
  requests.push(described.request)
  if (!described.ok) return scope.add({ ...record, error: described.failure })
  const seen = new Set<string>()
  const trails: TrailDestinationEvidence[] = []
  const buckets = new Map<string, Promise<TrailDestinationEvidence['bucket']>>()
  for (const trail of (described.body.trailList ?? []).slice(0, MAX_TRAILS)) {
    const key = trail.TrailARN ?? trail.Name ?? ''
    if (seen.has(key)) continue
    seen.add(key)
    const entry: TrailDestinationEvidence = {
      ...(trail.Name ? { Name: trail.Name } : {}),
      ...(trail.TrailARN ? { TrailARN: trail.TrailARN } : {}),
      ...(trail.HomeRegion ? { HomeRegion: trail.HomeRegion } : {}),
      ...(trail.IsMultiRegionTrail !== undefined ? { IsMultiRegionTrail: trail.IsMultiRegionTrail } : {}),
      ...(trail.KmsKeyId ? { KmsKeyId: trail.KmsKeyId } : {}),
      ...(trail.S3BucketName ? { S3BucketName: trail.S3BucketName } : {}),
      ...(trail.CloudWatchLogsLogGroupArn
        ? { CloudWatchLogsLogGroupArn: trail.CloudWatchLogsLogGroupArn }
        : {})
    }
    if (trail.S3BucketName) {
      // Two trails delivering to one bucket: read it once.
      const name = trail.S3BucketName
      if (!buckets.has(name)) buckets.set(name, trailBucket(scope, name, requests))
      entry.bucket = await buckets.get(name)
    }
    if (trail.CloudWatchLogsLogGroupArn) {
      const group = await trailLogGroup(scope, trail.CloudWatchLogsLogGroupArn, requests)
      if (group.logGroup) entry.logGroup = group.logGroup
      if (group.error) {
        entry.error = group.error
        scope.countError()
      }
    }
    trails.push(entry)
  }
  // Who is subscribed to the SNS topics the CIS alarms notify (ListSubscriptionsByTopic per topic).
  const arns = cisAlarmTopics(trails)
  const topics = []
  for (const arn of arns.slice(0, MAX_TOPICS)) topics.push(await topicSubscriptions(scope, arn, requests))
  await scope.add({
    ...record,
    data: { trails, topics, ...(arns.length > MAX_TOPICS ? { topicsTruncated: true as const } : {}) }
  })
}
