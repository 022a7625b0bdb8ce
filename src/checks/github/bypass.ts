import type { EvidenceRecord } from '../../model.js'
import { GITHUB_EVIDENCE } from '../../evidence/github.js'
import type {
  ProtectionEvidence,
  RuleSuite,
  RuleSuitesEvidence,
  RulesetsEvidence
} from '../../evidence/github.js'
import type { CheckResult } from '../check.js'
import type { Contribution, EffectiveProtection, ProtectionSource } from './effective-protection.js'
import type { RepositoryEvidence } from './repositories.js'

/** `checks.branch-protection.allowed-bypass` entries, as the config schema parses them. */
export interface AllowedBypass {
  'actor-type': string
  'actor-id'?: number | null
  'bypass-mode'?: string
  repositories?: string[]
  reason: string
}

/** Someone who may skip a requirement, from a ruleset's `bypass_actors` or classic protection. */
export interface BypassEntry {
  source: string
  actorType: string
  actorId: number | null
  actorName?: string
  bypassMode: string
  /** The configured reason when this bypass is allowed. */
  allowedReason?: string
}

export interface BypassAssessment {
  /**
   * `none`: some source of the requirement binds everyone; `allowed`: some source's bypassers are all allowed
   * by the config; `unknown`: a bypass list could not be read; `bypassable`: someone may skip it.
   */
  status: 'none' | 'allowed' | 'bypassable' | 'unknown'
  entries: BypassEntry[]
  unreadable: string[]
  /** Pushes that bypassed a ruleset in the period (rule suites), and what limits that list. */
  events: RuleSuite[]
  eventsNote?: string
  evidence: string[]
}

/** RepositoryRole 5 is the built-in admin role in ruleset bypass lists. */
const ADMIN_ROLE_ID = 5

/**
 * Who may skip `requirement` on the branch. A requirement several sources impose is skipped only by someone
 * who may bypass every one of them, so a source that binds everyone (or only allowed bypassers) settles it.
 */
export function assessBypass(
  repo: RepositoryEvidence,
  protection: EffectiveProtection,
  requirement: Contribution['requirement'],
  satisfies: (contribution: Contribution) => boolean,
  allowed: AllowedBypass[]
): BypassAssessment {
  const rulesetsRecord = repo.records[GITHUB_EVIDENCE.rulesets] as
    EvidenceRecord<RulesetsEvidence> | undefined
  const classicRecord = repo.records[GITHUB_EVIDENCE.branchProtection] as
    EvidenceRecord<ProtectionEvidence> | undefined
  const suitesRecord = repo.records[GITHUB_EVIDENCE.ruleSuites] as
    EvidenceRecord<RuleSuitesEvidence> | undefined
  const sources = protection.contributions.filter((c) => c.requirement === requirement && satisfies(c))
  const verdicts = sources.map((c) => sourceBypass(c.source, requirement, rulesetsRecord, classicRecord))
  const fullName = repo.repository.full_name.toLowerCase()
  for (const verdict of verdicts) {
    for (const entry of verdict.entries) {
      const match = allowed.find((a) => allows(a, entry, fullName))
      if (match) entry.allowedReason = match.reason
    }
  }
  const clean = verdicts.some((v) => v.readable && v.entries.length === 0)
  const allAllowed = verdicts.some(
    (v) => v.readable && v.entries.length > 0 && v.entries.every((e) => e.allowedReason)
  )
  const unreadable = verdicts.flatMap((v) => (v.readable ? [] : [v.problem!]))
  const hasRulesets = sources.some((c) => c.source.kind === 'ruleset')
  const events = suitesRecord?.data?.bypasses ?? []
  const eventsNote = !hasRulesets
    ? undefined
    : suitesRecord?.error
      ? `Ruleset bypasses in the period (rule suites) could not be read: ${suitesRecord.error.message}`
      : !suitesRecord?.data
        ? 'Ruleset bypasses in the period (rule suites) were not collected.'
        : suitesRecord.data.truncated
          ? 'GitHub keeps rule suites for a month: bypasses earlier in the period are not in this list.'
          : undefined
  return {
    status: clean ? 'none' : allAllowed ? 'allowed' : unreadable.length > 0 ? 'unknown' : 'bypassable',
    entries: verdicts.flatMap((v) => v.entries),
    unreadable,
    events,
    ...(eventsNote ? { eventsNote } : {}),
    evidence: [rulesetsRecord, suitesRecord].flatMap((r) => (r && hasRulesets ? [r.path] : []))
  }
}

function sourceBypass(
  source: ProtectionSource,
  requirement: Contribution['requirement'],
  rulesetsRecord: EvidenceRecord<RulesetsEvidence> | undefined,
  classicRecord: EvidenceRecord<ProtectionEvidence> | undefined
): { readable: boolean; entries: BypassEntry[]; problem?: string } {
  // `pull_request` bypassers skip rules only when merging a pull request; a force push or a deletion is not one.
  const reachesRequirement = (mode: string) =>
    !(mode === 'pull_request' && (requirement === 'force-push' || requirement === 'deletion'))
  if (source.kind === 'ruleset') {
    if (!rulesetsRecord?.data) {
      const why = rulesetsRecord?.error?.message ?? 'the rulesets were not collected'
      return { readable: false, entries: [], problem: `Bypass list of ${source.label}: ${why}` }
    }
    const detail = rulesetsRecord.data.rulesets.find((r) => r.id === source.id)
    const missing = rulesetsRecord.data.unreadable.find((u) => u.id === source.id)
    if (!detail?.bypass_actors) {
      const why = missing?.message ?? 'GitHub did not return it'
      return { readable: false, entries: [], problem: `Bypass list of ${source.label}: ${why}` }
    }
    const label =
      `ruleset ${detail.id} "${detail.name}" (${detail.source_type ?? 'Repository'} ${detail.source ?? ''})`.replace(
        ' )',
        ')'
      )
    return {
      readable: true,
      entries: detail.bypass_actors
        .filter((actor) => actor && reachesRequirement(actor.bypass_mode))
        .map((actor) => ({
          source: label,
          actorType: actor.actor_type,
          actorId: actor.actor_id ?? null,
          ...(actorName(actor.actor_type, actor.actor_id)
            ? { actorName: actorName(actor.actor_type, actor.actor_id)! }
            : {}),
          bypassMode: actor.bypass_mode
        }))
    }
  }
  // Classic protection: "Allow force pushes" and "Allow deletions" apply to everyone, administrators included.
  if (requirement === 'force-push' || requirement === 'deletion') return { readable: true, entries: [] }
  const protection = classicRecord?.data?.protection
  if (!protection) return { readable: false, entries: [], problem: 'Classic branch protection was not read.' }
  const entries: BypassEntry[] = []
  const enforceAdmins = protection.enforce_admins?.enabled
  if (enforceAdmins === undefined) {
    return {
      readable: false,
      entries: [],
      problem:
        'Classic branch protection did not say whether it binds administrators (enforce_admins missing).'
    }
  }
  if (!enforceAdmins) {
    entries.push({
      source: 'classic branch protection (enforce_admins off)',
      actorType: 'RepositoryRole',
      actorId: ADMIN_ROLE_ID,
      actorName: 'repository admins',
      bypassMode: 'always'
    })
  }
  if (requirement === 'reviews') {
    const allowances = protection.required_pull_request_reviews?.bypass_pull_request_allowances
    const source = 'classic branch protection (bypass_pull_request_allowances)'
    for (const u of allowances?.users ?? [])
      entries.push({
        source,
        actorType: 'User',
        actorId: u.id,
        actorName: u.login,
        bypassMode: 'pull_request'
      })
    for (const t of allowances?.teams ?? [])
      entries.push({
        source,
        actorType: 'Team',
        actorId: t.id,
        actorName: t.slug,
        bypassMode: 'pull_request'
      })
    for (const a of allowances?.apps ?? [])
      entries.push({
        source,
        actorType: 'Integration',
        actorId: a.id,
        actorName: a.slug,
        bypassMode: 'pull_request'
      })
  }
  return { readable: true, entries }
}

function actorName(type: string, id: number | null | undefined): string | undefined {
  if (type === 'OrganizationAdmin') return 'organization owners'
  if (type === 'RepositoryRole' && id === ADMIN_ROLE_ID) return 'repository admins'
  if (type === 'DeployKey') return 'deploy keys'
  return undefined
}

function allows(allowed: AllowedBypass, entry: BypassEntry, fullName: string): boolean {
  if (allowed['actor-type'] !== entry.actorType) return false
  if (allowed['actor-id'] !== undefined && allowed['actor-id'] !== entry.actorId) return false
  if (allowed['bypass-mode'] !== undefined && allowed['bypass-mode'] !== entry.bypassMode) return false
  if (allowed.repositories && !allowed.repositories.some((r) => r.toLowerCase() === fullName)) return false
  return true
}

export function describeBypass(entry: BypassEntry): string {
  const who = `${entry.actorType}${entry.actorId === null ? '' : ` ${entry.actorId}`}${entry.actorName ? ` (${entry.actorName})` : ''}`
  return `${who}, bypass_mode ${entry.bypassMode}, in ${entry.source}`
}

function describeEvents(assessment: BypassAssessment): string {
  const listed = assessment.events
    .slice(0, 5)
    .map(
      (e) =>
        `${e.actor_name ?? `actor ${e.actor_id ?? '?'}`} at ${e.pushed_at} (${(e.after_sha ?? '').slice(0, 12)})`
    )
  const more = assessment.events.length > 5 ? ` and ${assessment.events.length - 5} more` : ''
  const events =
    assessment.events.length > 0
      ? ` ${assessment.events.length} push(es) bypassed a ruleset in the period: ${listed.join('; ')}${more}.`
      : ''
  return `${events}${assessment.eventsNote ? ` ${assessment.eventsNote}` : ''}`
}

/** A satisfied requirement, judged by who may skip it. */
export function bypassVerdict(
  subject: string,
  passMessage: string,
  assessment: BypassAssessment,
  evidence: string[]
): CheckResult {
  const details: unknown[] = [
    ...assessment.entries.map((entry) => ({ kind: 'bypass-actor', ...entry })),
    ...assessment.events.map((event) => ({ kind: 'bypass-event', ...event })),
    ...(assessment.eventsNote ? [{ kind: 'bypass-events-note', message: assessment.eventsNote }] : [])
  ]
  const events = describeEvents(assessment)
  switch (assessment.status) {
    case 'none':
      return {
        subject,
        status: 'pass',
        message: `${passMessage} Nobody can bypass it.${events}`,
        evidence,
        ...(details.length > 0 ? { details } : {})
      }
    case 'allowed': {
      const reasons = assessment.entries
        .filter((e) => e.allowedReason)
        .map((e) => `${describeBypass(e)}: "${e.allowedReason}"`)
      return {
        subject,
        status: 'pass',
        message: `${passMessage} Bypass allowed by checks.branch-protection.allowed-bypass: ${reasons.join('; ')}.${events}`,
        evidence,
        details
      }
    }
    case 'unknown':
      return {
        subject,
        status: 'error',
        message: `${passMessage.replace(/\.$/, '')}, but who can bypass it could not be read. ${assessment.unreadable.join(' ')}${events}`,
        evidence,
        details
      }
    case 'bypassable': {
      const open = assessment.entries.filter((e) => !e.allowedReason).map(describeBypass)
      return {
        subject,
        status: 'fail',
        message: `${passMessage.replace(/\.$/, '')}, but it can be bypassed by ${open.join('; ')}. Remove the bypass, or allow it with a written reason under checks.branch-protection.allowed-bypass.${events}`,
        evidence,
        details
      }
    }
  }
}
