import {
  BUNDLE_HISTORY_EVIDENCE,
  BUNDLE_HISTORY_SUBJECT,
  GITHUB_ORG_EVIDENCE,
  type AuditLogData,
  type AuditLogEvent,
  type BundleHistoryData
} from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check, CheckContext, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'
import { describeInterval, settingTimeline, type Effect, type SettingTimeline } from './audit-timeline.js'
import { bundleTimeline, describeSampledTimeline } from './bundle-timeline.js'
import { forEachOrg } from './org-records.js'
import { forEachRepository } from './repositories.js'

/** GitHub Enterprise Cloud keeps web (non-Git) audit-log events for 180 days. */
const RETENTION_DAYS = 180

/** Enforcement values of a ruleset that stop it from blocking anything. */
const NOT_ENFORCING = new Set(['disabled', 'evaluate'])

function branchEffect(event: AuditLogEvent): Effect | undefined {
  switch (event.action) {
    case 'protected_branch.create':
      return 'on'
    case 'protected_branch.destroy':
      return 'off'
    case 'repository_ruleset.create':
      return event.ruleset_enforcement && NOT_ENFORCING.has(event.ruleset_enforcement) ? undefined : 'on'
    case 'repository_ruleset.destroy':
      return 'off'
    case 'repository_ruleset.update':
      if (!event.ruleset_enforcement) return 'changed'
      return NOT_ENFORCING.has(event.ruleset_enforcement) ? 'off' : 'on'
    default:
      return event.action.startsWith('protected_branch.') || event.action.startsWith('repository_ruleset.')
        ? 'changed'
        : undefined
  }
}

function branchSetting(event: AuditLogEvent): string {
  return event.action.startsWith('protected_branch.')
    ? `branch protection "${event.name ?? '(unnamed rule)'}"`
    : `ruleset "${event.ruleset_name ?? event.ruleset_id ?? '(unnamed)'}"`
}

function twoFactorEffect(event: AuditLogEvent): Effect | undefined {
  if (event.action === 'org.enable_two_factor_requirement') return 'on'
  if (event.action === 'org.disable_two_factor_requirement') return 'off'
  return undefined
}

function timelines(
  events: AuditLogEvent[],
  keyed: (e: AuditLogEvent) => [string, Effect] | undefined,
  context: CheckContext
) {
  const bySetting = new Map<string, { event: AuditLogEvent; effect: Effect }[]>()
  for (const event of events) {
    const found = keyed(event)
    if (!found) continue
    const [setting, effect] = found
    bySetting.set(setting, [...(bySetting.get(setting) ?? []), { event, effect }])
  }
  const start = Date.parse(context.period.start)
  const end = Date.parse(context.period.end)
  return [...bySetting.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([setting, list]) => settingTimeline(setting, list, start, end))
}

function verdict(
  subject: string,
  what: string,
  lines: SettingTimeline[],
  evidence: string[],
  eventCount: number
): CheckResult {
  const off = lines.filter((l) => l.offIntervals.length > 0)
  const changed = lines.flatMap((l) =>
    l.changes.map((c) => `${l.setting} ${c.action} by ${c.actor ?? '(unknown)'}`)
  )
  const changedText = changed.length > 0 ? ` Changed without being switched off: ${changed.join('; ')}.` : ''
  const details = lines.map((l) => ({
    setting: l.setting,
    inForcePercent: Math.round(l.inForce * 1000) / 10,
    offIntervals: l.offIntervals.map((i) => ({
      from: new Date(i.from).toISOString(),
      to: new Date(i.to).toISOString(),
      offBy: i.offBy ?? null,
      onBy: i.onBy ?? null
    })),
    changes: l.changes.map((c) => ({ ...c, at: new Date(c.at).toISOString() }))
  }))
  if (off.length === 0) {
    return {
      subject,
      status: 'pass',
      message:
        eventCount === 0
          ? `The org audit log records no change to ${what} during the period: as the snapshot shows it, it stayed so 100% of the period.`
          : `${what} was never switched off during the period (${eventCount} audit-log event(s)): in force 100% of the period as the audit log records it.${changedText}`,
      evidence,
      details
    }
  }
  const text = off.map(
    (l) =>
      `${l.setting} in force ${Math.round(l.inForce * 1000) / 10}% of the period, ${l.offIntervals.map(describeInterval).join('; ')}`
  )
  return { subject, status: 'fail', message: `${text.join('. ')}.${changedText}`, evidence, details }
}

function inPeriod(events: AuditLogEvent[], context: CheckContext): number {
  const start = Date.parse(context.period.start)
  const end = Date.parse(context.period.end)
  return events.filter((e) => e['@timestamp'] >= start && e['@timestamp'] <= end).length
}

function unavailable(record: EvidenceRecord<AuditLogData> | undefined, org: string): string {
  if (!record) return `The audit log of ${org} was not collected`
  const status = record.error?.status
  if (status === 404) {
    return `The audit log of ${org} is not available (404: the audit-log API exists on GitHub Enterprise Cloud only)`
  }
  return `The audit log of ${org} could not be read (${record.error?.message ?? 'no data recorded'})`
}

const NOT_DERIVABLE =
  'whether the setting stayed in force over the period is not derivable from it; only the snapshot at the end of the period is evidenced'
const DAY_MS = 86_400_000

/**
 * The audit log could not show the period: sample it from the earlier nightly bundles instead, when the run
 * recorded them. A sample that saw the setting not in force is a failure; samples that all saw it in force
 * are still not "in force over the period" (between two runs nothing is observed), so that stays `error`,
 * with the sampled timeline and its gaps in the message.
 */
function withoutAuditLog(
  context: CheckContext,
  subject: string,
  sampledCheck: string,
  unavailableText: string,
  auditEvidence: string[]
): CheckResult {
  const history = context.evidence.get<BundleHistoryData>(BUNDLE_HISTORY_EVIDENCE, BUNDLE_HISTORY_SUBJECT)
  if (!history?.data) {
    return {
      subject,
      status: 'error',
      message: `${unavailableText}: ${NOT_DERIVABLE}${history?.error ? ` (the earlier bundles could not be read either: ${history.error.message})` : ''}.`,
      evidence: [...auditEvidence, ...(history ? [history.path] : [])]
    }
  }
  const [line] = bundleTimeline(
    history.data.samples,
    [{ check: sampledCheck, subject }],
    context.period,
    DAY_MS
  )
  const evidence = [...auditEvidence, history.path]
  const details = [{ sampledFrom: 'nightly bundles', ...line! }]
  if (line!.notInForce.length > 0) {
    return {
      subject,
      status: 'fail',
      message: `${unavailableText}; sampled from the earlier nightly bundles instead: ${describeSampledTimeline(line!)}.`,
      evidence,
      details
    }
  }
  return {
    subject,
    status: 'error',
    message: `${unavailableText}: ${NOT_DERIVABLE}. Sampled from the earlier nightly bundles instead: ${describeSampledTimeline(line!)}.`,
    evidence,
    details
  }
}

export const auditLogSettingsInForce: Check = {
  metadata: {
    id: 'github.audit-log.settings-in-force',
    version: 2,
    title: 'Branch protection and the 2FA requirement stayed in force for the whole period',
    severity: 'high',
    rationale:
      'A setting seen at the end of the period says nothing about the days before: protection switched off for an hour to push a change, then restored, leaves no trace in a snapshot. The org audit log records each switch, who made it and when; the timeline shows the share of the period each setting was in force. Where the audit log is not available, the earlier nightly bundles of the period are sampled instead: a night that saw the setting off fails; nights that all saw it on are not proof of the hours between them, so that stays error, with the sample points and every gap listed.',
    remediation:
      'For each interval listed: find what was pushed or changed while the setting was off (the repository\u2019s activity and rule suites for that window) and have it reviewed after the fact; restrict who may change protection (Organization settings → Member privileges; org rulesets instead of per-repository protection). The audit log needs GitHub Enterprise Cloud and a token with organization Administration: read (read:audit_log).',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.auditLog, BUNDLE_HISTORY_EVIDENCE]
  },
  evaluate: (context) => {
    const days = (Date.parse(context.period.end) - Date.parse(context.period.start)) / 86_400_000
    const auditOf = (org: string) =>
      context.evidence.get<AuditLogData>(GITHUB_ORG_EVIDENCE.auditLog, `github-org:${org}`)
    const beyondRetention = days > RETENTION_DAYS
    const orgFindings = forEachOrg(context, [GITHUB_ORG_EVIDENCE.auditLog], (org) => {
      const record = auditOf(org.org)
      const evidence = record ? [record.path] : []
      if (!record?.data) {
        return withoutAuditLog(
          context,
          org.subject,
          'github.org.two-factor-required',
          unavailable(record, org.org),
          evidence
        )
      }
      if (beyondRetention) {
        return {
          subject: org.subject,
          status: 'error',
          message: `The period (${Math.round(days)} days) is longer than the ${RETENTION_DAYS} days GitHub keeps audit-log events: the start of the period is not covered.`,
          evidence
        }
      }
      const events = record.data.events.filter((e) => twoFactorEffect(e))
      const lines = timelines(events, (e) => ['2FA requirement', twoFactorEffect(e)!], context)
      return verdict(org.subject, 'the 2FA requirement', lines, evidence, inPeriod(events, context))
    })
    const repoFindings = forEachRepository(context, [], (repo) => {
      const org = repo.repository.full_name.split('/')[0]!
      const record = auditOf(org)
      const evidence = record ? [record.path] : []
      return guardSubject(repo.subject, evidence, () => {
        if (!record?.data) {
          return withoutAuditLog(
            context,
            repo.subject,
            'github.branch-protection.enabled',
            unavailable(record, org),
            evidence
          )
        }
        if (beyondRetention) {
          return {
            subject: repo.subject,
            status: 'error',
            message: `The period (${Math.round(days)} days) is longer than the ${RETENTION_DAYS} days GitHub keeps audit-log events.`,
            evidence
          }
        }
        const events = record.data.events.filter(
          (e) => e.repo?.toLowerCase() === repo.repository.full_name.toLowerCase() && branchEffect(e)
        )
        const lines = timelines(events, (e) => [branchSetting(e), branchEffect(e)!], context)
        return verdict(
          repo.subject,
          'branch protection and rulesets',
          lines,
          evidence,
          inPeriod(events, context)
        )
      })
    })
    return [...orgFindings, ...repoFindings]
  }
}
