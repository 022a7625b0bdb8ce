import type { EvidenceRecord, Severity } from '../../model.js'
import { GITHUB_EVIDENCE } from '../../evidence/github.js'
import type { DependabotEvidence } from '../../evidence/github.js'
import type { Check } from '../check.js'
import { evidenceError, forEachRepository } from './repositories.js'

const DAY_MS = 86_400_000

/** GraphQL says MODERATE where REST and most SLA policies say medium. */
export function alertSeverity(graphqlSeverity: string): Severity {
  const severity = graphqlSeverity.toLowerCase()
  return severity === 'moderate' ? 'medium' : (severity as Severity)
}

export const dependabotAlertsWithinSla: Check = {
  metadata: {
    id: 'github.dependabot.alerts-within-sla',
    version: 1,
    title: 'No open Dependabot alert is older than its severity allows',
    severity: 'high',
    rationale:
      'Technical vulnerabilities must be remediated within a defined time; an alert open past its deadline is a known, unpatched weakness.',
    remediation:
      'Open Security → Dependabot alerts, fix each listed alert (merge the Dependabot pull request or upgrade the package), or dismiss it with a documented reason if it does not apply. Deadlines per severity are set under checks.dependabot-sla in .github/evidence.yml.',
    evidenceKinds: [GITHUB_EVIDENCE.dependabot]
  },
  evaluate: (context) => {
    const sla = context.config.checks['dependabot-sla']
    const now = Date.parse(context.period.end)
    return forEachRepository(context, [GITHUB_EVIDENCE.dependabot], (repo) => {
      const record = repo.records[GITHUB_EVIDENCE.dependabot] as
        EvidenceRecord<DependabotEvidence> | undefined
      if (!record?.data) return evidenceError(repo.subject, 'Open Dependabot alerts', record)
      const evidence = [record.path]
      if (!record.data.alertsEnabled) {
        return {
          subject: repo.subject,
          status: 'not_applicable',
          message:
            'Dependabot alerts are disabled, so there are no alerts to age (see github.dependabot.alerts-enabled).',
          evidence
        }
      }
      const alerts = record.data.openAlerts.filter((alert) => alert !== null)
      const assessed = alerts.map((alert) => {
        // The severity is the vulnerability's; when GitHub returns no vulnerability, the advisory's.
        const graphqlSeverity = alert.securityVulnerability?.severity ?? alert.securityAdvisory?.severity
        const severity = graphqlSeverity ? alertSeverity(graphqlSeverity) : undefined
        const ageDays = Math.floor((now - Date.parse(alert.createdAt)) / DAY_MS)
        return { alert, severity, ageDays, slaDays: severity ? sla[severity] : undefined }
      })
      const describe = ({ alert, severity, ageDays, slaDays }: (typeof assessed)[number]) => {
        const pkg = alert.securityVulnerability?.package
        return {
          number: alert.number,
          severity: severity ?? null,
          package: pkg ? `${pkg.ecosystem}:${pkg.name}` : '(package not returned)',
          advisory: alert.securityAdvisory?.ghsaId ?? null,
          summary: alert.securityAdvisory?.summary ?? null,
          openedAt: alert.createdAt,
          ageDays,
          slaDays: slaDays ?? null
        }
      }
      const overdue = assessed
        .filter(({ ageDays, slaDays }) => slaDays !== null && slaDays !== undefined && ageDays > slaDays)
        .map(describe)
      // No severity (neither vulnerability nor advisory returned): its deadline is unknown, so it is undecided.
      const undecided = assessed.filter((a) => a.severity === undefined).map(describe)
      const open = alerts.length
      if (overdue.length === 0 && undecided.length === 0) {
        return {
          subject: repo.subject,
          status: 'pass',
          message: `${open} open alert(s), none older than its severity's deadline.`,
          evidence
        }
      }
      const undecidedText =
        undecided.length > 0
          ? ` ${undecided.length} alert(s) have no severity in GitHub's answer (securityVulnerability and securityAdvisory null), so their deadline is unknown: ${undecided.map((u) => `#${u.number} open ${u.ageDays}d`).join('; ')}.`
          : ''
      if (overdue.length === 0) {
        return {
          subject: repo.subject,
          status: 'error',
          message: `No open alert is known to be past its deadline, but not every alert could be assessed.${undecidedText}`,
          evidence,
          details: undecided
        }
      }
      const list = overdue.map(
        (o) => `#${o.number} ${o.severity} ${o.package} open ${o.ageDays}d (SLA ${o.slaDays}d)`
      )
      return {
        subject: repo.subject,
        status: 'fail',
        message: `${overdue.length} of ${open} open alert(s) past their deadline: ${list.join('; ')}.${undecidedText}`,
        evidence,
        details: [...overdue, ...undecided]
      }
    })
  }
}
