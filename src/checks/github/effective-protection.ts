import type { EvidenceRecord } from '../../model.js'
import { GITHUB_EVIDENCE } from '../../sources/github/evidence-kinds.js'
import type { BranchRule, ProtectionEvidence } from '../../sources/github/types.js'
import type { CheckResult } from '../check.js'
import type { RepositoryEvidence } from './repositories.js'

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
}

export const BRANCH_KINDS = [GITHUB_EVIDENCE.branchRules, GITHUB_EVIDENCE.branchProtection]

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
    evidence: [rulesRecord, classicRecord].filter((r) => r !== undefined).map((r) => r.path)
  }
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
    sources.add(
      `ruleset ${rule.ruleset_id ?? '?'} (${rule.ruleset_source_type ?? 'Repository'} ${rule.ruleset_source ?? ''})`.replace(
        ' )',
        ')'
      )
    )
    const parameters = rule.parameters ?? {}
    switch (rule.type) {
      case 'pull_request':
        result.requiredApprovals = Math.max(
          result.requiredApprovals,
          Number(parameters.required_approving_review_count ?? 0)
        )
        break
      case 'required_status_checks':
        for (const check of (parameters.required_status_checks as { context: string }[] | undefined) ?? []) {
          result.statusChecks.push(check.context)
        }
        break
      case 'non_fast_forward':
        result.forcePushBlocked = true
        break
      case 'deletion':
        result.deletionBlocked = true
        break
    }
  }
  result.protectedBy.push(...[...sources].sort())
}

function applyClassic(result: EffectiveProtection, evidence: ProtectionEvidence): void {
  const protection = evidence.protection ?? {}
  result.protectedBy.push('classic branch protection')
  result.requiredApprovals = Math.max(
    result.requiredApprovals,
    protection.required_pull_request_reviews?.required_approving_review_count ?? 0
  )
  const checks = protection.required_status_checks
  if (checks)
    result.statusChecks.push(...(checks.contexts ?? []), ...(checks.checks ?? []).map((c) => c.context))
  if (!protection.allow_force_pushes?.enabled) result.forcePushBlocked = true
  if (!protection.allow_deletions?.enabled) result.deletionBlocked = true
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
  failMessage: string
): CheckResult {
  const subject = `${repo.subject}@${protection.branch}`
  const evidence = protection.evidence
  if (satisfied) return { subject, status: 'pass', message: passMessage, evidence }
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
