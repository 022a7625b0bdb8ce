import { GITHUB_ORG_EVIDENCE, type SecretScanningAlert } from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check } from '../check.js'
import { forEachOrg, inScope, orgEvidenceError } from './org-records.js'

export const secretScanningPushProtectionBypasses: Check = {
  metadata: {
    id: 'github.secret-scanning.push-protection-bypasses',
    version: 1,
    title: 'Nobody bypassed secret-scanning push protection during the period',
    severity: 'high',
    rationale:
      'Push protection blocks a commit containing a secret; a bypass means someone chose to push it anyway. Each bypass in the period is a credential knowingly published and must be followed up.',
    remediation:
      'For each listed bypass: rotate the credential, close the alert as "Revoked", and record why it was pushed. To stop bypasses: Organization settings → Code security → Global settings → Push protection → enable "Delegated bypass" so bypasses need a reviewer\u2019s approval.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.secretScanningAlerts]
  },
  evaluate: (context) => {
    const start = Date.parse(context.period.start)
    const end = Date.parse(context.period.end)
    const scoped = inScope(context)
    return forEachOrg(context, [GITHUB_ORG_EVIDENCE.secretScanningAlerts], (org) => {
      const record = org.records[GITHUB_ORG_EVIDENCE.secretScanningAlerts] as
        EvidenceRecord<SecretScanningAlert[]> | undefined
      if (!record?.data) return orgEvidenceError(org.subject, 'The secret-scanning alerts', record)
      const bypasses = record.data
        .filter((a) => scoped(a.repository.full_name))
        .filter((a) => a.push_protection_bypassed && a.push_protection_bypassed_at)
        .filter((a) => {
          const at = Date.parse(a.push_protection_bypassed_at!)
          return at >= start && at <= end
        })
        .map((a) => ({
          repository: a.repository.full_name,
          number: a.number,
          secretType: a.secret_type_display_name ?? a.secret_type,
          bypassedBy: a.push_protection_bypassed_by?.login ?? null,
          bypassedAt: a.push_protection_bypassed_at!,
          state: a.state
        }))
      const evidence = [record.path]
      if (bypasses.length === 0) {
        return {
          subject: org.subject,
          status: 'pass',
          message: 'No push-protection bypass during the period.',
          evidence
        }
      }
      const list = bypasses.map(
        (b) =>
          `${b.repository}#${b.number} ${b.secretType} by ${b.bypassedBy ?? '(unknown)'} at ${b.bypassedAt} (now ${b.state})`
      )
      return {
        subject: org.subject,
        status: 'fail',
        message: `${bypasses.length} push-protection bypass(es) during the period: ${list.join('; ')}.`,
        evidence,
        details: bypasses
      }
    })
  }
}
