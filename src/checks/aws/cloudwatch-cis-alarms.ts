import { AWS_EVIDENCE, type TrailEvidence } from '../../evidence/aws.js'
import {
  AWS_LOGGING_EVIDENCE,
  type MetricFilterEvidence,
  type SnsTopicEvidence,
  type TrailDestinationsEvidence
} from '../../evidence/aws-logging.js'
import type { Check, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'

const names = (...events: string[]) => events.map((e) => `$.eventName=${e}`)

/**
 * The CIS AWS Foundations benchmark (section 4, "Monitoring") events this check requires an alarm for, and the
 * terms a metric filter pattern must contain to catch them (compared with whitespace and double quotes removed,
 * each term ending at a non-identifier character).
 */
export const CIS_EVENTS = {
  'root account use': ['$.userIdentity.type=Root'],
  'console sign-in without MFA': ['$.eventName=ConsoleLogin', '$.additionalEventData.MFAUsed!=Yes'],
  'IAM policy change': names(
    'DeleteGroupPolicy',
    'DeleteRolePolicy',
    'DeleteUserPolicy',
    'PutGroupPolicy',
    'PutRolePolicy',
    'PutUserPolicy',
    'CreatePolicy',
    'DeletePolicy',
    'CreatePolicyVersion',
    'DeletePolicyVersion',
    'AttachRolePolicy',
    'DetachRolePolicy',
    'AttachUserPolicy',
    'DetachUserPolicy',
    'AttachGroupPolicy',
    'DetachGroupPolicy'
  ),
  'CloudTrail configuration change': names(
    'CreateTrail',
    'UpdateTrail',
    'DeleteTrail',
    'StartLogging',
    'StopLogging'
  ),
  'security group change': names(
    'AuthorizeSecurityGroupIngress',
    'AuthorizeSecurityGroupEgress',
    'RevokeSecurityGroupIngress',
    'RevokeSecurityGroupEgress',
    'CreateSecurityGroup',
    'DeleteSecurityGroup'
  )
} as const

const MAX_PATTERN = 1024

/** Whether a metric filter pattern (text from AWS, bounded, never evaluated) catches a CIS event. Pure. */
export function patternCatches(pattern: unknown, terms: readonly string[]): boolean {
  if (typeof pattern !== 'string' || pattern.length > MAX_PATTERN) return false
  const normalized = pattern.replace(/[\s"]+/g, '')
  return terms.every((term) => {
    let from = 0
    for (;;) {
      const at = normalized.indexOf(term, from)
      if (at < 0) return false
      const next = normalized[at + term.length]
      if (next === undefined || !/[A-Za-z0-9_.]/.test(next)) return true
      from = at + 1
    }
  })
}

/** The alarms on a filter's metric with an enabled action. Pure. */
export const enabledAlarms = (filter: MetricFilterEvidence) =>
  filter.alarms.filter(
    (a) => a.ActionsEnabled !== false && Array.isArray(a.AlarmActions) && a.AlarmActions.length > 0
  )

/** Whether an alarm action is an SNS topic (`arn:aws:sns:…`), as opposed to an EC2, Auto Scaling, SSM or Lambda action. */
const isSnsAction = (action: string) => /^arn:aws[a-z-]*:sns:/.test(action)

/** `arn:aws:sns:<region>:<account>:<name>` → region; undefined when not an SNS topic ARN. Pure. */
export function snsTopicRegion(arn: string): string | undefined {
  return /^arn:aws[a-z-]*:sns:([a-z0-9-]+):\d{12}:[A-Za-z0-9_.-]{1,256}$/.exec(arn)?.[1]
}

/** A subscription is confirmed once its SubscriptionArn is an ARN rather than "PendingConfirmation". Pure. */
export const isConfirmed = (s: SnsTopicEvidence['subscriptions'][number]) =>
  typeof s.SubscriptionArn === 'string' && s.SubscriptionArn.startsWith('arn:')

type ActionState = { state: 'reaches' | 'unsubscribed' | 'unknown'; why: string }

/** Whether an alarm action reaches someone: a non-SNS action does; an SNS topic only with a confirmed subscriber. */
function actionState(action: string, topics: Map<string, SnsTopicEvidence>): ActionState {
  if (!isSnsAction(action)) return { state: 'reaches', why: action }
  const topic = topics.get(action)
  if (!topic) return { state: 'unknown', why: `the subscriptions of ${action} were not read` }
  if (topic.error) return { state: 'unknown', why: `${action}: ${topic.error}` }
  if (topic.missing) return { state: 'unsubscribed', why: `${action} (the topic no longer exists)` }
  const confirmed = topic.subscriptions.filter(isConfirmed).length
  if (confirmed > 0) return { state: 'reaches', why: `${action} (${confirmed} confirmed)` }
  if (topic.truncated)
    return { state: 'unknown', why: `${action}: not every page of its subscriptions was read` }
  const pending = topic.subscriptions.length
  return {
    state: 'unsubscribed',
    why: `${action} (${pending ? `only ${pending} PendingConfirmation` : 'no subscription'})`
  }
}

/**
 * Which CIS events the metric filters (and the alarms on them) cover. With `topics` (the SNS topics of the
 * alarms and their subscriptions), an alarm counts only with an action that reaches someone: a non-SNS
 * action, or an SNS topic with a confirmed subscription; without it, any enabled action counts. Pure.
 */
export function cisCoverage(
  filters: MetricFilterEvidence[],
  incomplete: boolean,
  topics?: SnsTopicEvidence[]
): { missing: string[]; unknown: string[]; found: string[]; reasons: string[] } {
  const missing: string[] = []
  const unknown: string[] = []
  const found: string[] = []
  const reasons: string[] = []
  const byArn = new Map((topics ?? []).map((t) => [t.TopicArn, t]))
  for (const [event, terms] of Object.entries(CIS_EVENTS)) {
    const matching = filters.filter((f) => patternCatches(f.filterPattern, terms))
    const alarms = matching.flatMap((f) =>
      enabledAlarms(f).map((a) => {
        const states = (a.AlarmActions ?? []).map((x): ActionState =>
          topics ? actionState(x, byArn) : { state: 'reaches', why: x }
        )
        return { name: `${a.AlarmName} (filter ${f.filterName})`, states }
      })
    )
    const reaching = alarms.filter((a) => a.states.some((s) => s.state === 'reaches'))
    const undecided = alarms.flatMap((a) => a.states.filter((s) => s.state === 'unknown'))
    if (reaching.length > 0) {
      found.push(
        `${event}: ${reaching
          .map((a) =>
            topics
              ? `${a.name} → ${a.states
                  .filter((s) => s.state === 'reaches')
                  .map((s) => s.why)
                  .join(', ')}`
              : a.name
          )
          .join(', ')}`
      )
    } else if (undecided.length > 0) {
      unknown.push(event)
      reasons.push(...undecided.map((s) => s.why))
    } else if (matching.some((f) => f.alarmsError) || incomplete) unknown.push(event)
    else if (matching.length === 0) missing.push(`${event} (no metric filter)`)
    else if (alarms.length > 0)
      missing.push(
        `${event} (the alarm notifies only SNS topics without a confirmed subscription: ${alarms
          .flatMap((a) => a.states.map((s) => s.why))
          .join(', ')})`
      )
    else if (matching.some((f) => f.alarms.length > 0))
      missing.push(`${event} (an alarm without an enabled action)`)
    else missing.push(`${event} (a metric filter without an alarm)`)
  }
  return { missing, unknown, found, reasons: [...new Set(reasons)] }
}

export const awsCloudWatchCisAlarms: Check = {
  metadata: {
    id: 'aws.cloudwatch.cis-alarms',
    version: 2,
    title: 'CloudWatch alarms that reach someone watch the CIS benchmark events in the CloudTrail log',
    severity: 'high',
    rationale:
      'Root use, console sign-in without MFA and changes to IAM policies, CloudTrail and security groups are the events the CIS AWS Foundations benchmark requires someone to be alerted to; a log nobody is alerted from is not monitored.',
    remediation:
      'Send a multi-region trail to CloudWatch Logs (CloudTrail → the trail → CloudWatch Logs → Edit); for each event, CloudWatch Logs → the log group → Metric filters → Create, with the CIS pattern; then CloudWatch → Alarms → Create on that metric (Sum ≥ 1 in 5 minutes) with an SNS topic as its action; subscribe the people or system who answer to that topic (SNS → Topics → the topic → Create subscription) and have them confirm it, so that no subscription stays PendingConfirmation. If the role lacks sns:ListSubscriptionsByTopic, grant it (docs/aws-iam-policy.json).',
    evidenceKinds: [AWS_LOGGING_EVIDENCE.trailDestinations, AWS_EVIDENCE.cloudTrail]
  },
  evaluate: (context) =>
    context.evidence
      .all<TrailDestinationsEvidence>(AWS_LOGGING_EVIDENCE.trailDestinations)
      .map((record): CheckResult => {
        const subject = record.subject
        const trailsRecord = context.evidence.get<{ trails: TrailEvidence[] }>(
          AWS_EVIDENCE.cloudTrail,
          subject
        )
        const evidence = [record.path, ...(trailsRecord ? [trailsRecord.path] : [])]
        return guardSubject(subject, evidence, (): CheckResult => {
          if (record.error || !Array.isArray(record.data?.trails)) {
            return {
              subject,
              status: 'error',
              message: `The trails' CloudWatch Logs delivery could not be collected: ${record.error?.message ?? 'no list of trails recorded'}`,
              evidence
            }
          }
          if (!trailsRecord?.data || trailsRecord.error) {
            return {
              subject,
              status: 'error',
              message: `Whether the trails are logging is not known: ${trailsRecord?.error?.message ?? 'the trail status was not collected'}.`,
              evidence
            }
          }
          const logging = new Set(
            trailsRecord.data.trails
              .filter((t) => t.status?.IsLogging === true)
              .flatMap((t) => [t.trail.TrailARN, t.trail.Name].filter((x): x is string => !!x))
          )
          const watched = record.data.trails.filter(
            (t) =>
              t.IsMultiRegionTrail &&
              (logging.has(t.TrailARN ?? '') || logging.has(t.Name ?? '')) &&
              t.CloudWatchLogsLogGroupArn
          )
          const unreadable = watched.filter((t) => t.error)
          const filters = watched.flatMap((t) => t.logGroup?.metricFilters ?? [])
          const truncated = watched.some((t) => t.logGroup?.truncated)
          if (watched.length === 0) {
            return {
              subject,
              status: 'fail',
              message:
                'No logging multi-region trail delivers to CloudWatch Logs, so no metric filter or alarm can watch the CIS events.',
              evidence
            }
          }
          const { missing, unknown, found, reasons } = cisCoverage(
            filters,
            unreadable.length > 0 || truncated,
            record.data.topics ?? []
          )
          const unknownNote = unknown.length
            ? ` Not known for ${unknown.join(', ')}${reasons.length ? `: ${reasons.join('; ')}` : ''}.`
            : ''
          const gone = watched
            .filter((t) => t.logGroup?.missing)
            .map((t) => `${t.logGroup!.name} (trail ${t.Name})`)
          if (missing.length > 0) {
            return {
              subject,
              status: 'fail',
              message: `Not alarmed: ${missing.join('; ')}.${found.length ? ` Alarmed: ${found.join('; ')}.` : ''}${gone.length ? ` The log group ${gone.join(', ')} no longer exists.` : ''}${unknownNote}`,
              details: missing,
              evidence
            }
          }
          if (unknown.length > 0) {
            return {
              subject,
              status: 'error',
              message: `Whether ${unknown.join(', ')} are alarmed with an action that reaches someone is not known: ${[...unreadable.map((t) => `${t.Name}: ${t.error}`), ...reasons].join('; ') || 'the alarms or metric filters were not all read'}.`,
              evidence
            }
          }
          return {
            subject,
            status: 'pass',
            message: `Every CIS event is alarmed with an action that reaches someone (an SNS topic with a confirmed subscription, or a non-SNS action): ${found.join('; ')}.`,
            evidence
          }
        })
      })
}
