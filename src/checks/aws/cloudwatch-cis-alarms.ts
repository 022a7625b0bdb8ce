import { AWS_EVIDENCE, type TrailEvidence } from '../../evidence/aws.js'
import {
  AWS_LOGGING_EVIDENCE,
  type MetricFilterEvidence,
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

const alarmed = (filter: MetricFilterEvidence) =>
  filter.alarms.filter(
    (a) => a.ActionsEnabled !== false && Array.isArray(a.AlarmActions) && a.AlarmActions.length > 0
  )

/** Which CIS events the metric filters (and the alarms on them) cover. Pure. */
export function cisCoverage(
  filters: MetricFilterEvidence[],
  incomplete: boolean
): { missing: string[]; unknown: string[]; found: string[] } {
  const missing: string[] = []
  const unknown: string[] = []
  const found: string[] = []
  for (const [event, terms] of Object.entries(CIS_EVENTS)) {
    const matching = filters.filter((f) => patternCatches(f.filterPattern, terms))
    const withAction = matching.flatMap((f) =>
      alarmed(f).map((a) => `${a.AlarmName} (filter ${f.filterName})`)
    )
    if (withAction.length > 0) found.push(`${event}: ${withAction.join(', ')}`)
    else if (matching.some((f) => f.alarmsError) || incomplete) unknown.push(event)
    else if (matching.length === 0) missing.push(`${event} (no metric filter)`)
    else if (matching.some((f) => f.alarms.length > 0))
      missing.push(`${event} (an alarm without an enabled action)`)
    else missing.push(`${event} (a metric filter without an alarm)`)
  }
  return { missing, unknown, found }
}

export const awsCloudWatchCisAlarms: Check = {
  metadata: {
    id: 'aws.cloudwatch.cis-alarms',
    version: 1,
    title: 'CloudWatch alarms with an action watch the CIS benchmark events in the CloudTrail log',
    severity: 'high',
    rationale:
      'Root use, console sign-in without MFA and changes to IAM policies, CloudTrail and security groups are the events the CIS AWS Foundations benchmark requires someone to be alerted to; a log nobody is alerted from is not monitored.',
    remediation:
      'Send a multi-region trail to CloudWatch Logs (CloudTrail → the trail → CloudWatch Logs → Edit); for each event, CloudWatch Logs → the log group → Metric filters → Create, with the CIS pattern; then CloudWatch → Alarms → Create on that metric (Sum ≥ 1 in 5 minutes) with an SNS topic that someone is subscribed to.',
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
          const { missing, unknown, found } = cisCoverage(filters, unreadable.length > 0 || truncated)
          const gone = watched
            .filter((t) => t.logGroup?.missing)
            .map((t) => `${t.logGroup!.name} (trail ${t.Name})`)
          if (missing.length > 0) {
            return {
              subject,
              status: 'fail',
              message: `Not alarmed: ${missing.join('; ')}.${found.length ? ` Alarmed: ${found.join('; ')}.` : ''}${gone.length ? ` The log group ${gone.join(', ')} no longer exists.` : ''}`,
              details: missing,
              evidence
            }
          }
          if (unknown.length > 0) {
            return {
              subject,
              status: 'error',
              message: `Whether ${unknown.join(', ')} are alarmed is not known: ${unreadable.map((t) => `${t.Name}: ${t.error}`).join('; ') || 'the alarms or metric filters were not all read'}.`,
              evidence
            }
          }
          return {
            subject,
            status: 'pass',
            message: `Every CIS event is alarmed with an action: ${found.join('; ')}. (Whether someone is subscribed to the alarm's topic is not read.)`,
            evidence
          }
        })
      })
}
