import { AWS_CHANGE_EVIDENCE, AWS_SNAPSHOT_KINDS, type DetectorSnapshot } from '../../evidence/aws-changes.js'
import type { Check } from '../check.js'
import { perRegionTimeline } from './timeline.js'

export const awsGuardDutyInForce: Check = {
  metadata: {
    id: 'aws.changes.guardduty-in-force',
    version: 1,
    title: 'The GuardDuty detector was not deleted during the period',
    severity: 'high',
    rationale:
      'Threat detection that was off for part of the period did not detect anything in that interval.',
    remediation:
      'Investigate each interval (CloudTrail → Event history, event name DeleteDetector); re-enable GuardDuty in the region and deny guardduty:DeleteDetector with a service control policy.',
    evidenceKinds: [AWS_SNAPSHOT_KINDS.guardDuty, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) =>
    perRegionTimeline<DetectorSnapshot>(
      context,
      'guardduty-detector',
      AWS_SNAPSHOT_KINDS.guardDuty,
      (region) => `GuardDuty in ${region}`,
      (data) => data.detectors.some((d) => d.status === 'ENABLED')
    )
}
