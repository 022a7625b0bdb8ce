import { GITHUB_ORG_EVIDENCE, type SecretScanningAlert } from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check } from '../check.js'
import { forEachOrg, inScope, orgEvidenceError } from './org-records.js'

const DAY_MS = 86_400_000

export const secretScanningOpenAlerts: Check = {
  metadata: {
    id: 'github.secret-scanning.open-alerts',
    version: 1,
    title: 'No secret-scanning alert is left open',
    severity: 'critical',
    rationale:
      'An open secret-scanning alert is a credential known to be exposed in a repository and not yet revoked or rotated. The listing covers repositories where secret scanning runs (see github.secret-scanning.push-protection for where it does not).',
    remediation:
      'Organization → Security → Secret scanning: open each listed alert, revoke or rotate the credential at its issuer, then close the alert as "Revoked" (or "False positive" with a comment).',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.secretScanningAlerts]
  },
  evaluate: (context) => {
    const now = Date.parse(context.period.end)
    const scoped = inScope(context)
    return forEachOrg(context, [GITHUB_ORG_EVIDENCE.secretScanningAlerts], (org) => {
      const record = org.records[GITHUB_ORG_EVIDENCE.secretScanningAlerts] as
        EvidenceRecord<SecretScanningAlert[]> | undefined
      if (!record?.data) return orgEvidenceError(org.subject, 'The secret-scanning alerts', record)
      const alerts = record.data.filter((a) => scoped(a.repository.full_name))
      const open = alerts
        .filter((a) => a.state === 'open')
        .map((a) => ({
          repository: a.repository.full_name,
          number: a.number,
          secretType: a.secret_type_display_name ?? a.secret_type,
          openedAt: a.created_at,
          ageDays: Math.floor((now - Date.parse(a.created_at)) / DAY_MS)
        }))
        .sort((a, b) => b.ageDays - a.ageDays)
      const evidence = [record.path]
      if (open.length === 0) {
        return {
          subject: org.subject,
          status: 'pass',
          message: `No open secret-scanning alert (${alerts.length} alert(s) in the repositories in scope, all resolved).`,
          evidence
        }
      }
      const list = open.map((a) => `${a.repository}#${a.number} ${a.secretType} open ${a.ageDays}d`)
      return {
        subject: org.subject,
        status: 'fail',
        message: `${open.length} open secret-scanning alert(s), oldest ${open[0]!.ageDays} day(s): ${list.join('; ')}.`,
        evidence,
        details: open
      }
    })
  }
}
