import { AWS_CHANGE_EVIDENCE } from '../../evidence/aws-changes.js'
import {
  AWS_VULNERABILITY_EVIDENCE,
  type InspectorCoverageEvidence
} from '../../evidence/aws-vulnerability.js'
import type { Check, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'
import { changesOf, timelineOf } from './timeline.js'

export const awsInspectorInForce: Check = {
  metadata: {
    id: 'aws.changes.inspector2-in-force',
    version: 1,
    title: 'Amazon Inspector scanning was not disabled during the period',
    severity: 'medium',
    rationale:
      'While Inspector is disabled nothing is scanned, and its findings are removed; re-enabling it before the evidence is collected hides the gap from the state at the period end.',
    remediation:
      'Investigate each interval (CloudTrail → Event history, event source inspector2.amazonaws.com, event names Disable and Enable); re-enable EC2, ECR and Lambda scanning and deny inspector2:Disable with a service control policy.',
    evidenceKinds: [AWS_VULNERABILITY_EVIDENCE.inspectorCoverage, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) =>
    context.evidence
      .all<InspectorCoverageEvidence>(AWS_VULNERABILITY_EVIDENCE.inspectorCoverage)
      .map((record): CheckResult => {
        const region = record.subject.split('/').pop() ?? record.subject
        const changes = changesOf(context, record.subject)
        const evidence = [record.path, ...(changes ? [changes.path] : [])]
        return guardSubject(record.subject, evidence, () => ({
          subject: record.subject,
          ...timelineOf(context, 'inspector2-scanning', changes, {
            events: (data) => data.events.filter((e) => e.EventSource === 'inspector2.amazonaws.com'),
            // On: Inspector scans something in the region (which types is aws.inspector2.coverage). A Disable
            // of some types only, with Inspector still on at the end, contradicts the history: error.
            stateAtEnd: record.error || !record.data ? undefined : record.data.enabled === true,
            what: `Amazon Inspector in ${region}`
          }),
          evidence
        }))
      })
}
