import type { RequestRecord } from '../../model.js'
import type {
  MetricFilterEvidence,
  SnsTopicEvidence,
  TrailDestinationEvidence
} from '../../evidence/aws-logging.js'
import {
  CIS_EVENTS,
  enabledAlarms,
  isConfirmed,
  patternCatches,
  snsTopicRegion
} from '../../checks/aws/cloudwatch-cis-alarms.js'
import { isError } from './errors.js'
import { sdkExports, type AccountScope } from './scope.js'

/** Topics read at most per account (five CIS alarms with up to five actions each, with room to spare). */
export const MAX_TOPICS = 50
/** ListSubscriptionsByTopic pages (100 subscriptions each, the API's page size) read at most per topic. */
const SUBSCRIPTION_PAGES = 10

/** The SNS topics among the enabled actions of the alarms on the metric filters that catch a CIS event. Pure. */
export function cisAlarmTopics(trails: TrailDestinationEvidence[]): string[] {
  const filters: MetricFilterEvidence[] = trails.flatMap((t) => t.logGroup?.metricFilters ?? [])
  const cis = filters.filter((f) =>
    Object.values(CIS_EVENTS).some((terms) => patternCatches(f.filterPattern, terms))
  )
  const topics = cis.flatMap((f) =>
    enabledAlarms(f).flatMap((a) => (a.AlarmActions ?? []).filter((x) => snsTopicRegion(x) !== undefined))
  )
  return [...new Set(topics)]
}

/**
 * ListSubscriptionsByTopic of one topic, paged by NextToken until a confirmed subscription is seen (or the
 * pages end, or the cap). NotFound (the topic was deleted) is recorded as missing; other failures, AccessDenied
 * (SNS's AuthorizationError) included, set `error`.
 */
export async function topicSubscriptions(
  scope: AccountScope,
  arn: string,
  requests: RequestRecord[]
): Promise<SnsTopicEvidence> {
  const region = snsTopicRegion(arn)!
  const sns = sdkExports(await import('@aws-sdk/client-sns'))
  const client = scope.clients.lazy('sns', region, (settings) => new sns.SNSClient(settings))
  const topic: SnsTopicEvidence = { TopicArn: arn, subscriptions: [] }
  let pages = 0
  const listed = await scope.pages(
    'ListSubscriptionsByTopicCommand',
    region,
    sns.paginateListSubscriptionsByTopic({ client }, { TopicArn: arn }),
    (page, request) => {
      requests.push(request)
      for (const s of (page.Subscriptions ?? []).slice(0, 100)) {
        topic.subscriptions.push({
          ...(typeof s.SubscriptionArn === 'string'
            ? { SubscriptionArn: s.SubscriptionArn.slice(0, 512) }
            : {}),
          ...(typeof s.Protocol === 'string' ? { Protocol: s.Protocol.slice(0, 32) } : {}),
          ...(typeof s.Owner === 'string' ? { Owner: s.Owner.slice(0, 32) } : {})
        })
      }
      if (topic.subscriptions.some(isConfirmed)) return false
      if (++pages >= SUBSCRIPTION_PAGES && page.NextToken) {
        topic.truncated = true
        return false
      }
    },
    { target: `topic ${arn}` }
  )
  if (!listed.ok) {
    requests.push(listed.request)
    // https://docs.aws.amazon.com/sns/latest/api/API_ListSubscriptionsByTopic.html: NotFound (404) when the
    // topic does not exist.
    if (isError(listed.error, 'NotFound', 'NotFoundException')) return { ...topic, missing: true }
    scope.countError()
    return {
      ...topic,
      error: listed.failure.message,
      ...(listed.failure.missingPermission ? { missingPermission: listed.failure.missingPermission } : {})
    }
  }
  return topic
}
