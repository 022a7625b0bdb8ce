import { AWS_CHANGE_EVIDENCE } from '../../evidence/aws-changes.js'
import { AWS_LOGGING_EVIDENCE, type FlowLogsEvidence } from '../../evidence/aws-logging.js'
import type { Check, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'
import { vpcsWithoutFlowLogs } from './vpc-flow-logs.js'
import { changesOf, timelineOf } from './timeline.js'

export const awsFlowLogsInForce: Check = {
  metadata: {
    id: 'aws.changes.flow-logs-in-force',
    version: 1,
    title: 'No VPC flow log was deleted during the period',
    severity: 'medium',
    rationale:
      'Network traffic while a flow log was deleted was not recorded; a flow log present today says nothing about the gap.',
    remediation:
      'Investigate each interval (CloudTrail → Event history, event name DeleteFlowLogs): who deleted it and why; recreate it, and deny ec2:DeleteFlowLogs to all but the network administrators (service control policy or permissions boundary).',
    evidenceKinds: [AWS_LOGGING_EVIDENCE.flowLogs, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) =>
    context.evidence.all<FlowLogsEvidence>(AWS_LOGGING_EVIDENCE.flowLogs).map((record): CheckResult => {
      const region = record.subject.split('/').pop() ?? record.subject
      const changes = changesOf(context, record.subject)
      const evidence = [record.path, ...(changes ? [changes.path] : [])]
      return guardSubject(record.subject, evidence, (): CheckResult => {
        const data = record.error ? undefined : record.data
        if (data && data.vpcs.length === 0 && !data.truncated) {
          return {
            subject: record.subject,
            status: 'not_applicable',
            message: 'No VPC in this region.',
            evidence
          }
        }
        // Flow logs are deleted by id, so the timeline is the region's: any deletion is "off" until a creation.
        const result = timelineOf(context, 'vpc-flow-logs', changes, {
          events: (d) => d.events,
          stateAtEnd: !data || data.truncated ? undefined : vpcsWithoutFlowLogs(data).length === 0,
          what: `VPC flow logging in ${region}`
        })
        return { subject: record.subject, ...result, evidence }
      })
    })
}
