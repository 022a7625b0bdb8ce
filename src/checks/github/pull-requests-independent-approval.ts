import type { EvidenceRecord } from '../../model.js'
import { GITHUB_EVIDENCE } from '../../evidence/github.js'
import type {
  BranchRule,
  ProtectionEvidence,
  PullRequestNode,
  PullRequestPopulation
} from '../../evidence/github.js'
import type { Check } from '../check.js'
import { evidenceError, forEachRepository, type RepositoryEvidence } from './repositories.js'
import { assessApprovals, describeWindow, violationReason } from './review-rules.js'

export interface ApprovalViolation {
  number: number
  title: string
  url: string
  author: string | null
  mergedBy: string | null
  mergedAt: string
  baseRefName: string
  /** The commit that was merged. */
  headRefOid: string
  approvers: string[]
  /** Approvals given on an older commit than the merged head: which commit, by whom. */
  staleApprovals?: { by: string; commit: string | null }[]
  withdrawn?: { by: string; state: string }[]
  reviewDecision?: string | null
  reason: string
}

/** Distinct people other than the author whose latest review before the merge approved the merged head. */
export function independentApprovers(pr: PullRequestNode, botAccounts: readonly string[] = []): string[] {
  return assessApprovals(pr, botAccounts).approvers
}

/** Whether the recorded rules of the default branch require code-owner review, and which source says so. */
function codeOwnerRequirement(repo: RepositoryEvidence): {
  required: string[]
  unreadable: string[]
  evidence: string[]
} {
  const rules = repo.records[GITHUB_EVIDENCE.branchRules] as
    EvidenceRecord<{ rules: BranchRule[] }> | undefined
  const classic = repo.records[GITHUB_EVIDENCE.branchProtection] as
    EvidenceRecord<ProtectionEvidence> | undefined
  const required: string[] = []
  const unreadable: string[] = []
  if (rules?.data) {
    for (const rule of rules.data.rules) {
      if (rule.type === 'pull_request' && rule.parameters?.require_code_owner_review === true)
        required.push(`ruleset ${rule.ruleset_id ?? '?'}`)
    }
  } else unreadable.push('rulesets')
  if (classic?.data) {
    if (classic.data.protection?.required_pull_request_reviews?.require_code_owner_reviews)
      required.push('classic branch protection')
  } else unreadable.push('classic branch protection')
  const evidence = [rules, classic].filter((r) => r !== undefined).map((r) => r.path)
  return { required: [...new Set(required)], unreadable, evidence }
}

export const pullRequestsIndependentApproval: Check = {
  metadata: {
    id: 'github.pull-requests.independent-approval',
    version: 1,
    title:
      'Every pull request merged into a protected branch in the period was approved by someone other than its author, on the commit that was merged',
    severity: 'high',
    rationale:
      'Settings show what was required; merged pull requests show what happened. Each change reaching the default branch without an independent approval of what was actually merged breaks segregation of duties, whatever the settings say. A reviewer who approved and then requested changes, or whose approval was dismissed, did not approve; an approval of an older commit does not cover later pushes.',
    remediation:
      'Review each listed pull request after the fact and record the review (a comment linking to this finding is enough for the auditor). Then stop it recurring: in Settings → Rules → Rulesets require approvals, enable "Dismiss stale pull request approvals when new commits are pushed" and "Require approval of the most recent reviewable push", and remove bypass permissions ("Bypass list") for people who merged without review.',
    evidenceKinds: [
      GITHUB_EVIDENCE.pullRequests,
      GITHUB_EVIDENCE.branchRules,
      GITHUB_EVIDENCE.branchProtection
    ]
  },
  evaluate: (context) => {
    const settings = context.config.checks['pr-review']
    const minimum = settings['min-approvals']
    const kinds = [
      GITHUB_EVIDENCE.pullRequests,
      GITHUB_EVIDENCE.branchRules,
      GITHUB_EVIDENCE.branchProtection
    ]
    return forEachRepository(context, kinds, (repo) => {
      const record = repo.records[GITHUB_EVIDENCE.pullRequests] as
        EvidenceRecord<PullRequestPopulation> | undefined
      if (!record?.data) return evidenceError(repo.subject, 'The merged pull requests of the period', record)
      const population = record.data
      const evidence = [record.path]
      const between = describeWindow(population.period, population.window)
      const branches = (population.branches ?? [repo.repository.default_branch]).join(', ')
      const retrieved = population.retrieved ?? population.pullRequests.length
      if (retrieved !== population.totalCount) {
        const unresolved = population.unresolved ? ` (${population.unresolved} of them null items)` : ''
        return {
          subject: repo.subject,
          status: 'error',
          message: `The population is incomplete: GitHub's search reported ${population.totalCount} merged pull request(s) ${between}, but ${retrieved} were retrieved${unresolved}. Searched: ${population.queries.join(' | ')}.`,
          evidence
        }
      }
      if (population.pullRequests.length === 0) {
        return {
          subject: repo.subject,
          status: 'not_applicable',
          message: `No pull request was merged into ${branches} ${between}.`,
          evidence
        }
      }
      const codeOwners = codeOwnerRequirement(repo)
      // The branch rules are evidence of this finding once they say code-owner review is required.
      if (codeOwners.required.length > 0) evidence.push(...codeOwners.evidence)
      const defaultBranch = repo.repository.default_branch
      const violations: ApprovalViolation[] = []
      const undecided: string[] = []
      for (const pr of population.pullRequests) {
        const assessment = assessApprovals(pr, settings['bot-accounts'])
        if (assessment.undecidable) {
          undecided.push(`#${pr.number}: ${assessment.undecidable}`)
          continue
        }
        const base = {
          number: pr.number,
          title: pr.title,
          url: pr.url,
          author: pr.author?.login ?? null,
          mergedBy: pr.mergedBy?.login ?? null,
          mergedAt: pr.mergedAt,
          baseRefName: pr.baseRefName,
          headRefOid: pr.headRefOid,
          approvers: assessment.approvers,
          ...(assessment.staleApprovals.length > 0 ? { staleApprovals: assessment.staleApprovals } : {}),
          ...(assessment.withdrawn.length > 0 ? { withdrawn: assessment.withdrawn } : {})
        }
        if (assessment.approvers.length < minimum) {
          violations.push({ ...base, reason: violationReason(pr, assessment, minimum) })
          continue
        }
        if (assessment.nullReviews > 0) {
          undecided.push(
            `#${pr.number}: ${assessment.nullReviews} review item(s) returned as null, which may withdraw an approval`
          )
          continue
        }
        // Which approvers are code owners is not in the evidence; GitHub's own review decision, which
        // applies the code-owner rule, is. Without it the requirement cannot be shown to be met.
        if (codeOwners.required.length > 0 && pr.baseRefName === defaultBranch) {
          if (pr.reviewDecision === 'APPROVED') continue
          if (pr.reviewDecision === 'REVIEW_REQUIRED' || pr.reviewDecision === 'CHANGES_REQUESTED') {
            violations.push({
              ...base,
              reviewDecision: pr.reviewDecision,
              reason: `code-owner review is required (${codeOwners.required.join(', ')}) and GitHub's review decision is ${pr.reviewDecision}`
            })
          } else {
            undecided.push(
              `#${pr.number}: code-owner review is required (${codeOwners.required.join(', ')}) but GitHub recorded no review decision, and which approvers are code owners is not in the evidence`
            )
          }
        }
      }
      const total = population.pullRequests.length
      const excluded = population.excluded?.length
        ? ` ${population.excluded.length} PR(s) merged into other branches (${[...new Set(population.excluded.map((e) => e.baseRefName))].join(', ')}) are outside the population.`
        : ''
      if (violations.length > 0) {
        const list = violations.map((v) => `#${v.number} (${v.reason})`).join(', ')
        const also = undecided.length > 0 ? ` Undecided: ${undecided.join('; ')}.` : ''
        return {
          subject: repo.subject,
          status: 'fail',
          message: `${violations.length} of ${total} pull request(s) merged into ${branches} ${between} lacked an independent approval of what was merged: ${list}.${also}`,
          evidence,
          details: violations
        }
      }
      if (undecided.length > 0) {
        return {
          subject: repo.subject,
          status: 'error',
          message: `Could not decide for ${undecided.length} of ${total} pull request(s) merged into ${branches} ${between}: ${undecided.join('; ')}.`,
          evidence
        }
      }
      const codeOwnerNote =
        codeOwners.required.length > 0
          ? ` Code-owner review is required (${codeOwners.required.join(', ')}); GitHub's review decision, read when collected, was APPROVED for each.`
          : codeOwners.unreadable.length > 0
            ? ` Whether code-owner review is required is not known (${codeOwners.unreadable.join(' and ')} could not be read); this finding does not cover it.`
            : ''
      return {
        subject: repo.subject,
        status: 'pass',
        message: `All ${total} pull request(s) merged into ${branches} ${between} had at least ${minimum} approval(s) of the merged commit from someone other than the author before merge (latest review per reviewer; bots not counted).${codeOwnerNote}${excluded}`,
        evidence
      }
    })
  }
}
