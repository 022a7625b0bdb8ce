import { AWS_CHANGE_EVIDENCE, AWS_SNAPSHOT_KINDS, type TrailSnapshot } from '../../evidence/aws-changes.js'
import type { Check, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'
import { changesOf, timelineOf } from './timeline.js'

/** A trail event names its trail by name or ARN (requestParameters.name). */
const concerns = (parameters: Record<string, unknown> | undefined, name?: string, arn?: string) => {
  const ref = parameters?.name
  return (
    typeof ref === 'string' && (ref === name || ref === arn || (!!name && ref.endsWith(`:trail/${name}`)))
  )
}

export const awsCloudTrailLoggingInForce: Check = {
  metadata: {
    id: 'aws.changes.cloudtrail-logging-in-force',
    version: 1,
    title: 'No CloudTrail trail stopped logging during the period',
    severity: 'critical',
    rationale:
      'Stopping a trail is the first step of covering tracks: API activity while it was stopped was not logged.',
    remediation:
      'Investigate each interval (CloudTrail → Event history, event names StopLogging and DeleteTrail): who stopped it and what happened meanwhile; restart (aws cloudtrail start-logging --name <trail>) and deny cloudtrail:StopLogging and cloudtrail:DeleteTrail with a service control policy.',
    evidenceKinds: [AWS_SNAPSHOT_KINDS.cloudTrail, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) =>
    context.evidence.all<TrailSnapshot>(AWS_SNAPSHOT_KINDS.cloudTrail).flatMap((record): CheckResult[] => {
      if (record.error || !Array.isArray(record.data?.trails)) {
        return [
          {
            subject: record.subject,
            status: 'error',
            message: `CloudTrail trails could not be collected: ${record.error?.message ?? 'no list of trails recorded'}`,
            evidence: [record.path]
          }
        ]
      }
      // Shadow copies of multi-region trails list the trail once per region; one finding per trail.
      const trails = [
        ...new Map(record.data.trails.map((t) => [t.trail.TrailARN ?? t.trail.Name, t])).values()
      ]
      return trails.map((t) => {
        const home = t.trail.HomeRegion ?? ''
        const subject = `${record.subject}/${home}/trail/${t.trail.Name}`
        const changes = changesOf(context, `${record.subject}/${home}`)
        const evidence = [record.path, ...(changes ? [changes.path] : [])]
        return guardSubject(subject, evidence, () => ({
          subject,
          ...timelineOf(context, 'cloudtrail-logging', changes, {
            events: (data) =>
              data.events.filter((e) => concerns(e.requestParameters, t.trail.Name, t.trail.TrailARN)),
            stateAtEnd: t.error ? undefined : t.status?.IsLogging,
            what: `CloudTrail logging of trail ${t.trail.Name}`
          }),
          evidence
        }))
      })
    })
}
