import { AWS_EVIDENCE } from '../../evidence/aws.js'
import type { Check, CheckResult } from '../check.js'
import { perRecord } from './records.js'

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
