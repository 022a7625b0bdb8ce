import { AWS_EVIDENCE, type PatchStateEvidence } from '../../sources/aws/types.js'
import type { Check, CheckResult } from '../check.js'
import { ageDays } from './records.js'

export const awsPatchCompliance: Check = {
  metadata: {
    id: 'aws.ssm.patch-compliance',
    title: 'Managed instances have no missing critical or security patches and were scanned recently',
    severity: 'high',
    rationale:
      'Missing security patches are known, exploitable vulnerabilities; an instance not scanned recently has an unknown patch state.',
    remediation:
      'Systems Manager → Patch Manager → Patch now (Scan and install) for the listed instances, or fix the maintenance window / patch policy that should have patched them. An instance not scanned recently: check the SSM agent and the patch baseline association (AWS-RunPatchBaseline).',
    evidenceKinds: [AWS_EVIDENCE.patchStates]
  },
  evaluate: (context): CheckResult[] => {
    const maxScanAge = context.config.aws['patch-scan-max-age-days']
    return context.evidence
      .all<{ instances: PatchStateEvidence[] }>(AWS_EVIDENCE.patchStates)
      .flatMap((record): CheckResult[] => {
        if (record.error || !record.data) {
          return [
            {
              subject: record.subject,
              status: 'error',
              message: `Patch compliance could not be collected: ${record.error?.message ?? 'no data'}`,
              evidence: [record.path]
            }
          ]
        }
        return record.data.instances.map((instance) => {
          const subject = `${record.subject}/${instance.InstanceId}`
          const scanAge = ageDays(context.period.end, instance.OperationEndTime)
          const problems = [
            ...(instance.CriticalNonCompliantCount
              ? [`${instance.CriticalNonCompliantCount} critical patch(es) missing`]
              : []),
            ...(instance.SecurityNonCompliantCount
              ? [`${instance.SecurityNonCompliantCount} security patch(es) missing`]
              : []),
            ...(scanAge === undefined
              ? ['never scanned']
              : scanAge > maxScanAge
                ? [`last scanned ${scanAge} days ago (max ${maxScanAge})`]
                : [])
          ]
          return problems.length === 0
            ? {
                subject,
                status: 'pass',
                message: `Compliant; scanned ${scanAge} day(s) ago.`,
                evidence: [record.path]
              }
            : { subject, status: 'fail', message: `${problems.join('; ')}.`, evidence: [record.path] }
        })
      })
  }
}
