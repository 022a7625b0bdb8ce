import { AWS_EVIDENCE, type TrailEvidence } from '../../evidence/aws.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsCloudTrail: Check = {
  metadata: {
    id: 'aws.cloudtrail.multi-region',
    version: 1,
    title: 'A multi-region CloudTrail trail is logging with log file validation',
    severity: 'high',
    rationale:
      'API activity in any region must be logged, and the log must be provably unaltered, or incidents cannot be investigated.',
    remediation:
      'CloudTrail → Trails → Create trail (or edit): "Apply trail to all regions", management events Read/Write All, "Log file validation" enabled, SSE-KMS encryption with a customer managed key; make sure logging is on (aws cloudtrail start-logging --name <trail>).',
    evidenceKinds: [AWS_EVIDENCE.cloudTrail]
  },
  evaluate: (context) =>
    perRecord<{ trails: TrailEvidence[] }>(
      context,
      AWS_EVIDENCE.cloudTrail,
      'CloudTrail trails',
      ({ trails }) => {
        const good = trails.filter(
          (t) => t.trail.IsMultiRegionTrail && t.status?.IsLogging && t.trail.LogFileValidationEnabled
        )
        if (good.length === 0) {
          const seen = trails.map(
            (t) =>
              `${t.trail.Name} (${[t.trail.IsMultiRegionTrail ? 'multi-region' : 'single-region', t.status?.IsLogging ? 'logging' : 'not logging', t.trail.LogFileValidationEnabled ? 'validation' : 'no validation'].join(', ')})`
          )
          return {
            status: 'fail',
            message:
              trails.length === 0
                ? 'No CloudTrail trail exists.'
                : `No trail is multi-region, logging and validated: ${seen.join('; ')}.`
          }
        }
        const unencrypted = good.filter((t) => !t.trail.KmsKeyId).map((t) => t.trail.Name)
        return {
          status: 'pass',
          message: `${good.map((t) => t.trail.Name).join(', ')}: multi-region, logging, log file validation${unencrypted.length ? `; not encrypted with KMS: ${unencrypted.join(', ')}` : ', KMS-encrypted'}.`
        }
      }
    )
}
