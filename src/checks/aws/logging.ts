import { AWS_EVIDENCE, type TrailEvidence } from '../../evidence/aws.js'
import type { Check, CheckResult } from '../check.js'
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

export const awsGuardDuty: Check = {
  metadata: {
    id: 'aws.guardduty.enabled',
    version: 1,
    title: 'GuardDuty is enabled in every enabled region',
    severity: 'high',
    rationale:
      'Threat detection must cover every region an attacker could use, including the ones the team does not.',
    remediation:
      'GuardDuty → Get started → Enable in each listed region (or from the delegated administrator account: Settings → Auto-enable for all member accounts and regions). CLI: aws guardduty create-detector --enable --region <region>',
    evidenceKinds: [AWS_EVIDENCE.guardDuty]
  },
  evaluate: (context): CheckResult[] =>
    perRecord<{ detectors: { detectorId: string; status: string }[] }>(
      context,
      AWS_EVIDENCE.guardDuty,
      'GuardDuty detectors',
      ({ detectors }) =>
        detectors.some((d) => d.status === 'ENABLED')
          ? {
              status: 'pass',
              message: `GuardDuty detector ${detectors.find((d) => d.status === 'ENABLED')!.detectorId} is enabled.`
            }
          : {
              status: 'fail',
              message:
                detectors.length === 0
                  ? 'No GuardDuty detector in this region.'
                  : 'The GuardDuty detector is suspended.'
            }
    )
}
