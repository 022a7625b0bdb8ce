import { GITHUB_ORG_EVIDENCE, type CodeScanningAlert } from '../../evidence/github-org.js'
import type { EvidenceRecord, Severity } from '../../model.js'
import type { Check } from '../check.js'
import { forEachOrg, inScope, orgEvidenceError } from './org-records.js'

const DAY_MS = 86_400_000
const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low']

export const codeScanningAlertsWithinSla: Check = {
  metadata: {
    id: 'github.code-scanning.alerts-within-sla',
    version: 1,
    title: 'No open code-scanning security alert is older than its severity allows',
    severity: 'high',
    rationale:
      'A code-scanning security alert is a weakness found in the organisation\u2019s own code; one open past its deadline is a known, unfixed vulnerability. The listing covers repositories where code scanning runs; whether it runs everywhere is not evidenced here.',
    remediation:
      'Organization → Security → Code scanning: fix each listed alert (or dismiss it with a reason). Deadlines per severity are the ones of checks.dependabot-sla in .github/evidence.yml. Enable code scanning where it is missing: Organization settings → Code security → Configurations → apply a configuration with CodeQL default setup.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.codeScanningAlerts]
  },
  evaluate: (context) => {
    const sla = context.config.checks['dependabot-sla']
    const now = Date.parse(context.period.end)
    const scoped = inScope(context)
    return forEachOrg(context, [GITHUB_ORG_EVIDENCE.codeScanningAlerts], (org) => {
      const record = org.records[GITHUB_ORG_EVIDENCE.codeScanningAlerts] as
        EvidenceRecord<CodeScanningAlert[]> | undefined
      if (!record?.data) return orgEvidenceError(org.subject, 'The open code-scanning alerts', record)
      const open = record.data.filter((a) => a.state === 'open' && scoped(a.repository.full_name))
      // Alerts without a security severity are code-quality findings (error/warning/note), not vulnerabilities.
      const security = open.filter((a) => SEVERITIES.includes(a.rule.security_severity_level as Severity))
      const bySeverity = Object.fromEntries(
        SEVERITIES.map((s) => [s, security.filter((a) => a.rule.security_severity_level === s).length])
      ) as Record<Severity, number>
      const overdue = security
        .map((a) => {
          const severity = a.rule.security_severity_level as Severity
          return {
            repository: a.repository.full_name,
            number: a.number,
            rule: a.rule.id,
            severity,
            openedAt: a.created_at,
            ageDays: Math.floor((now - Date.parse(a.created_at)) / DAY_MS),
            slaDays: sla[severity] ?? null
          }
        })
        .filter((a) => a.slaDays !== null && a.ageDays > a.slaDays)
      const evidence = [record.path]
      const counts = SEVERITIES.map((s) => `${bySeverity[s]} ${s}`).join(', ')
      if (overdue.length === 0) {
        return {
          subject: org.subject,
          status: 'pass',
          message: `${security.length} open security alert(s) (${counts}), none past its deadline.`,
          evidence,
          details: [{ openBySeverity: bySeverity }]
        }
      }
      const list = overdue.map(
        (o) => `${o.repository}#${o.number} ${o.severity} ${o.rule} open ${o.ageDays}d (SLA ${o.slaDays}d)`
      )
      return {
        subject: org.subject,
        status: 'fail',
        message: `${overdue.length} of ${security.length} open security alert(s) (${counts}) past their deadline: ${list.join('; ')}.`,
        evidence,
        details: overdue
      }
    })
  }
}
