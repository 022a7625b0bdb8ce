import { AWS_CHANGE_EVIDENCE } from '../../evidence/aws-changes.js'
import {
  AWS_CONFIG_MONITORING_EVIDENCE,
  type ConfigServiceEvidence
} from '../../evidence/aws-config-monitoring.js'
import type { Check } from '../check.js'
import { perRegionTimeline } from './timeline.js'

export const awsConfigRecorderInForce: Check = {
  metadata: {
    id: 'aws.changes.config-recorder-in-force',
    version: 1,
    title: 'AWS Config recording was not stopped during the period',
    severity: 'high',
    rationale:
      'A recorder that is on today may have been stopped for days; changes made meanwhile were never recorded or evaluated.',
    remediation:
      'Investigate each interval (CloudTrail → Event history, event name StopConfigurationRecorder): who stopped it and why; restart with aws configservice start-configuration-recorder. Prevent it with a service control policy denying config:StopConfigurationRecorder and config:DeleteConfigurationRecorder.',
    evidenceKinds: [AWS_CONFIG_MONITORING_EVIDENCE.config, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) =>
    perRegionTimeline<ConfigServiceEvidence>(
      context,
      'config-recorder',
      AWS_CONFIG_MONITORING_EVIDENCE.config,
      (region) => `AWS Config recording in ${region}`,
      (data) => data.statuses.some((s) => s.recording)
    )
}
