import type { EvidenceRecord } from '../../model.js'
import { GITHUB_EVIDENCE } from '../../evidence/github.js'
import type { BranchRule, ProtectionEvidence } from '../../evidence/github.js'
import type { CheckResult } from '../check.js'
import type { RepositoryEvidence } from './repositories.js'
import { bypassVerdict, type BypassAssessment } from './bypass.js'

/** What actually governs the default branch, from rulesets and classic protection together. */
export interface EffectiveProtection {
  branch: string
  /** Human-readable sources, e.g. `ruleset "main" (Organization acme)`, `classic branch protection`. */
  protectedBy: string[]
  requiredApprovals: number
  statusChecks: string[]
  forcePushBlocked: boolean
  deletionBlocked: boolean
  /** Sources that could not be read (e.g. classic protection without admin rights). */
  unreadable: { what: string; message: string; path: string }[]
  evidence: string[]
  contributions: Contribution[]
  /** GitHub answered 404 "Branch not found": the default branch does not exist yet (empty repository). */
  branchMissing: boolean
  /** Set when the plan offers no branch protection for this repository, with GitHub's words. */
  planLimitation?: string
}

/** What a requirement rests on; bypass lists are judged per source (see bypass.ts). */
export type ProtectionSource =
  { kind: 'ruleset'; id: number; label: string } | { kind: 'classic'; label: string }

/** One source's share of a requirement: `approvals` for reviews, the checks for status checks. */
export interface Contribution {
  requirement: 'reviews' | 'status-checks' | 'force-push' | 'deletion'
  source: ProtectionSource
  approvals?: number
  checks?: string[]
}

export const BRANCH_KINDS = [GITHUB_EVIDENCE.branchRules, GITHUB_EVIDENCE.branchProtection]
/** The branch kinds plus who may bypass them and who did (rulesets detail, rule suites). */
export const BYPASS_KINDS = [...BRANCH_KINDS, GITHUB_EVIDENCE.rulesets, GITHUB_EVIDENCE.ruleSuites]

export function effectiveProtection(repo: RepositoryEvidence): EffectiveProtection {
  const rulesRecord = repo.records[GITHUB_EVIDENCE.branchRules] as
    EvidenceRecord<{ branch: string; rules: BranchRule[] }> | undefined
  const classicRecord = repo.records[GITHUB_EVIDENCE.branchProtection] as
    EvidenceRecord<ProtectionEvidence> | undefined
  const result: EffectiveProtection = {
    branch: repo.repository.default_branch,
    protectedBy: [],
    requiredApprovals: 0,
    statusChecks: [],
    forcePushBlocked: false,
    deletionBlocked: false,
    unreadable: [],
    evidence: [rulesRecord, classicRecord].filter((r) => r !== undefined).map((r) => r.path),
    contributions: [],
    branchMissing: classicRecord?.data?.branchMissing === true
  }
  if (classicRecord?.data?.planLimitation) result.planLimitation = classicRecord.data.planLimitation
  if (rulesRecord?.data) applyRules(result, rulesRecord.data.rules)
  else unreadable(result, 'Rulesets (branch rules)', rulesRecord, repo)
  if (classicRecord?.data) {
    if (classicRecord.data.protected) applyClassic(result, classicRecord.data)
  } else unreadable(result, 'Classic branch protection', classicRecord, repo)
  result.statusChecks = [...new Set(result.statusChecks)].sort()
  return result
}

function applyRules(result: EffectiveProtection, rules: BranchRule[]): void {
  const sources = new Set<string>()
  for (const rule of rules) {
    const label =
      `ruleset ${rule.ruleset_id ?? '?'} (${rule.ruleset_source_type ?? 'Repository'} ${rule.ruleset_source ?? ''})`.replace(
        ' )',
        ')'
      )
    sources.add(label)
    const source: ProtectionSource = { kind: 'ruleset', id: rule.ruleset_id ?? -1, label }
    const parameters = rule.parameters ?? {}
    switch (rule.type) {
      case 'pull_request': {
        const approvals = Number(parameters.required_approving_review_count ?? 0)
        result.requiredApprovals = Math.max(result.requiredApprovals, approvals)
        result.contributions.push({ requirement: 'reviews', source, approvals })
        break
      }
      case 'required_status_checks': {
        const checks = ((parameters.required_status_checks as { context: string }[] | undefined) ?? []).map(
          (check) => check.context
        )
        result.statusChecks.push(...checks)
        result.contributions.push({ requirement: 'status-checks', source, checks })
        break
      }
      case 'non_fast_forward':
        result.forcePushBlocked = true
        result.contributions.push({ requirement: 'force-push', source })
        break
      case 'deletion':
        result.deletionBlocked = true
        result.contributions.push({ requirement: 'deletion', source })
        break
    }
  }
  result.protectedBy.push(...[...sources].sort())
}

function applyClassic(result: EffectiveProtection, evidence: ProtectionEvidence): void {
  const protection = evidence.protection ?? {}
  const source: ProtectionSource = { kind: 'classic', label: 'classic branch protection' }
  result.protectedBy.push('classic branch protection')
  const approvals = protection.required_pull_request_reviews?.required_approving_review_count ?? 0
  result.requiredApprovals = Math.max(result.requiredApprovals, approvals)
  if (protection.required_pull_request_reviews)
    result.contributions.push({ requirement: 'reviews', source, approvals })
  const checks = protection.required_status_checks
  if (checks) {
    const contexts = [...(checks.contexts ?? []), ...(checks.checks ?? []).map((c) => c.context)]
    result.statusChecks.push(...contexts)
    result.contributions.push({ requirement: 'status-checks', source, checks: contexts })
  }
  if (!protection.allow_force_pushes?.enabled) {
    result.forcePushBlocked = true
    result.contributions.push({ requirement: 'force-push', source })
  }
  if (!protection.allow_deletions?.enabled) {
    result.deletionBlocked = true
    result.contributions.push({ requirement: 'deletion', source })
  }
}

function unreadable(
  result: EffectiveProtection,
  what: string,
  record: EvidenceRecord | undefined,
  repo: RepositoryEvidence
): void {
  result.unreadable.push({
    what,
    message: record?.error?.message ?? 'not collected',
    path: record?.path ?? `(no evidence for ${repo.subject})`
  })
}

/**
 * Pass when what could be read already satisfies the requirement; otherwise fail only if every source
 * was read, because an unreadable source might hold the missing protection: that is `error`, never `fail`
 * and never `pass`.
 */
export function protectionVerdict(
  repo: RepositoryEvidence,
  protection: EffectiveProtection,
  satisfied: boolean,
  passMessage: string,
  failMessage: string,
  /** For requirements someone may be allowed to skip: decides what a satisfied requirement means. */
  bypass?: BypassAssessment
): CheckResult {
  // The repository, whatever the outcome: errors about it cannot name a branch (issue 12 item 9); messages do.
  const subject = repo.subject
  const evidence = [...protection.evidence, ...(bypass?.evidence ?? [])]
  if (protection.branchMissing) {
    return {
      subject,
      status: 'not_applicable',
      message: `Branch ${protection.branch} does not exist (GitHub answered 404 "Branch not found"): the repository is empty, so nothing can be merged into it or protected yet.`,
      evidence
    }
  }
  if (satisfied)
    return bypass
      ? bypassVerdict(subject, passMessage, bypass, evidence)
      : { subject, status: 'pass', message: passMessage, evidence }
  if (protection.planLimitation) {
    return {
      subject,
      status: 'fail',
      message: `${failMessage}: this private repository's plan offers no branch protection or rulesets (${protection.planLimitation}). Upgrade the account to GitHub Pro, Team or Enterprise, or make the repository public, then protect ${protection.branch}.`,
      evidence
    }
  }
  if (protection.unreadable.length > 0) {
    const reasons = protection.unreadable.map((u) => `${u.what}: ${u.message}`).join(' ')
    return {
      subject,
      status: 'error',
      message: `${failMessage} in what could be read, but not everything could be read. ${reasons}`,
      evidence
    }
  }
  return { subject, status: 'fail', message: failMessage, evidence }
}
