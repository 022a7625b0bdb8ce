import { AWS_CHANGE_EVIDENCE } from '../../evidence/aws-changes.js'
import {
  AWS_CONFIG_MONITORING_EVIDENCE,
  type SecurityHubEvidence
} from '../../evidence/aws-config-monitoring.js'
import type { Check } from '../check.js'
import { perRegionTimeline } from './timeline.js'

export const awsSecurityHubInForce: Check = {
  metadata: {
    id: 'aws.changes.securityhub-in-force',
    version: 1,
    title: 'Security Hub was not disabled during the period',
    severity: 'medium',
    rationale: 'While Security Hub is disabled, no control is evaluated and no finding is gathered.',
    remediation:
      'Investigate each interval (CloudTrail → Event history, event name DisableSecurityHub); re-enable Security Hub and deny securityhub:DisableSecurityHub with a service control policy.',
    evidenceKinds: [AWS_CONFIG_MONITORING_EVIDENCE.securityHub, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) =>
    perRegionTimeline<SecurityHubEvidence>(
      context,
      'securityhub-hub',
      AWS_CONFIG_MONITORING_EVIDENCE.securityHub,
      (region) => `Security Hub in ${region}`,
      (data) => data.enabled
    )
}
