import { AWS_CHANGE_EVIDENCE, type ControlChangeEvent } from '../../evidence/aws-changes.js'
import {
  AWS_LOGGING_EVIDENCE,
  type TrailDestinationEvidence,
  type TrailDestinationsEvidence
} from '../../evidence/aws-logging.js'
import type { Check, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'
import { cisCoverage } from './cloudwatch-cis-alarms.js'
import { changesOf, timelineOf } from './timeline.js'

const OFF = new Set(['DeleteMetricFilter', 'DeleteAlarms'])
const str = (v: unknown) => (typeof v === 'string' ? v : undefined)

/**
 * The events of the period that concern one log group's CIS monitoring: its metric filters (by log group
 * name) and the alarms on their metrics (by alarm name, or by metric for a new alarm). A Put that follows no
 * deletion is an update of something already in place, not a switch on, so it is left out. Pure.
 */
export function cisEvents(
  group: NonNullable<TrailDestinationEvidence['logGroup']>,
  events: ControlChangeEvent[]
) {
  const alarms = new Set(group.metricFilters.flatMap((f) => f.alarms.map((a) => a.AlarmName).filter(Boolean)))
  const metrics = new Set(
    group.metricFilters.flatMap((f) =>
      f.metricTransformations.map((t) => `${t.metricNamespace}/${t.metricName}`)
    )
  )
  const concerns = (e: ControlChangeEvent) => {
    const p = e.requestParameters ?? {}
    switch (e.EventName) {
      case 'DeleteMetricFilter':
      case 'PutMetricFilter':
        return str(p.logGroupName) === group.name
      case 'DeleteAlarms':
        return Array.isArray(p.alarmNames) && p.alarmNames.some((n) => typeof n === 'string' && alarms.has(n))
      case 'PutMetricAlarm':
        return alarms.has(str(p.alarmName) ?? '') || metrics.has(`${str(p.namespace)}/${str(p.metricName)}`)
      default:
        return false
    }
  }
  let off = false
  return events
    .filter((e) => !e.errorCode && concerns(e))
    .sort((a, b) => a.EventTime.localeCompare(b.EventTime))
    .filter((e) => {
      if (OFF.has(e.EventName)) return (off = true)
      if (!off) return false
      off = false
      return true
    })
}

export const awsCisAlarmsInForce: Check = {
  metadata: {
    id: 'aws.changes.cis-alarms-in-force',
    version: 1,
    title: 'No CIS metric filter or alarm on the CloudTrail log group was deleted during the period',
    severity: 'high',
    rationale:
      'Deleting the metric filter or alarm that watches root use or CloudTrail changes silences the alert exactly when it matters; an alarm present today says nothing about the gap.',
    remediation:
      'Investigate each interval (CloudTrail → Event history, event names DeleteMetricFilter and DeleteAlarms): who deleted it and what happened meanwhile (search the log group for the CIS events of the gap); recreate it and deny logs:DeleteMetricFilter and cloudwatch:DeleteAlarms to all but the monitoring administrators.',
    evidenceKinds: [AWS_LOGGING_EVIDENCE.trailDestinations, AWS_CHANGE_EVIDENCE.controlChanges]
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
              message: `The trails' CloudWatch Logs delivery could not be collected: ${record.error?.message ?? 'no list of trails recorded'}`,
              evidence: [record.path]
            }
          ]
        }
        const groups = new Map<string, NonNullable<TrailDestinationEvidence['logGroup']>>()
        for (const t of record.data.trails) {
          if (t.logGroup && !t.error) groups.set(`${t.logGroup.region}/${t.logGroup.name}`, t.logGroup)
        }
        // Log groups that could not be read leave the CIS check in error already; no timeline without filters.
        return [...groups.values()].map((group) => {
          const subject = `${record.subject}/${group.region}/log-group/${group.name}`
          const changes = changesOf(context, `${record.subject}/${group.region}`)
          const evidence = [record.path, ...(changes ? [changes.path] : [])]
          return guardSubject(subject, evidence, (): CheckResult => {
            const coverage = cisCoverage(group.metricFilters, !!group.truncated)
            return {
              subject,
              ...timelineOf(context, 'cis-alarms', changes, {
                events: (data) => cisEvents(group, data.events),
                stateAtEnd: coverage.unknown.length > 0 ? undefined : coverage.missing.length === 0,
                what: `CIS alarms on log group ${group.name}`
              }),
              evidence
            }
          })
        })
      })
}
