import {
  AWS_CONFIG_MONITORING_EVIDENCE,
  type ConfigServiceEvidence
} from '../../evidence/aws-config-monitoring.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsConfigRecorder: Check = {
  metadata: {
    id: 'aws.config.recorder-on',
    version: 1,
    title: 'AWS Config records all resources with a delivery channel in every region',
    severity: 'high',
    rationale:
      'Without a recording configuration recorder and a delivery channel, configuration changes in the region are not tracked and Config rules cannot evaluate them.',
    remediation:
      'AWS Config → Settings (in each listed region) → Edit: "Record all resource types supported in this region", include global resources in one region, choose an S3 bucket for the delivery channel, Save, then "Start recording". CLI: aws configservice put-configuration-recorder …; aws configservice put-delivery-channel …; aws configservice start-configuration-recorder --configuration-recorder-name default --region <region>',
    evidenceKinds: [AWS_CONFIG_MONITORING_EVIDENCE.config]
  },
  evaluate: (context) =>
    perRecord<ConfigServiceEvidence>(
      context,
      AWS_CONFIG_MONITORING_EVIDENCE.config,
      'AWS Config status',
      ({ recorders, statuses, deliveryChannels }) => {
        if (recorders.length === 0) {
          return { status: 'fail', message: 'AWS Config has no configuration recorder in this region.' }
        }
        const recording = statuses.filter((s) => s.recording)
        const problems = [
          ...(recording.length === 0
            ? [
                `recorder ${statuses[0]?.name ?? recorders[0]?.name} is stopped${statuses[0]?.lastStopTime ? ` since ${statuses[0].lastStopTime}` : ''}`
              ]
            : []),
          ...recording
            .filter((s) => s.lastStatus?.toUpperCase() === 'FAILURE')
            .map((s) => `recorder ${s.name}'s last delivery failed`),
          ...recorders
            .filter((r) => r.recordingGroup?.allSupported === false)
            .map((r) => `recorder ${r.name} records only selected resource types`),
          ...(deliveryChannels.length === 0 ? ['no delivery channel'] : [])
        ]
        if (problems.length > 0) return { status: 'fail', message: `AWS Config: ${problems.join('; ')}.` }
        return {
          status: 'pass',
          message: `AWS Config recorder ${recording.map((s) => s.name).join(', ')} is recording all supported resources, delivering to ${deliveryChannels.map((d) => d.s3BucketName ?? d.name).join(', ')}.`
        }
      }
    )
}
