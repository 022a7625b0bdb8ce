import type { EvidenceRecord } from '../../model.js'
import { GITHUB_EVIDENCE } from '../../sources/github/evidence-kinds.js'
import type { PullRequestNode, PullRequestPopulation } from '../../sources/github/types.js'
import type { Check } from '../check.js'
import { evidenceError, forEachRepository } from './repositories.js'

export interface ApprovalViolation {
  number: number
  title: string
  url: string
  author: string | null
  mergedBy: string | null
  mergedAt: string
  approvers: string[]
  reason: string
}

/** Distinct people other than the author who approved before the merge. */
export function independentApprovers(pr: PullRequestNode): string[] {
  const author = pr.author?.login
  const approvers = pr.reviews.nodes
    .filter((review) => review.state === 'APPROVED' && review.author && review.author.login !== author)
    .filter((review) => review.submittedAt !== null && review.submittedAt <= pr.mergedAt)
    .map((review) => review.author!.login)
  return [...new Set(approvers)].sort()
}

export const pullRequestsIndependentApproval: Check = {
  metadata: {
    id: 'github.pull-requests.independent-approval',
    title: 'Every pull request merged in the period was approved by someone other than its author',
    severity: 'high',
    rationale:
      'Settings show what was required; merged pull requests show what happened. Each change reaching the default branch without an independent approval breaks segregation of duties, whatever the settings say.',
    remediation:
      'Review each listed pull request after the fact and record the review (a comment linking to this finding is enough for the auditor). Then stop it recurring: require approvals in the branch ruleset, remove bypass permissions ("Bypass list" of the ruleset) for people who merged without review, and enable "Require approval of the most recent reviewable push".',
    evidenceKinds: [GITHUB_EVIDENCE.pullRequests]
  },
  evaluate: (context) => {
    const minimum = context.config.checks['pr-review']['min-approvals']
    return forEachRepository(context, [GITHUB_EVIDENCE.pullRequests], (repo) => {
      const record = repo.records[GITHUB_EVIDENCE.pullRequests] as
        EvidenceRecord<PullRequestPopulation> | undefined
      if (!record?.data) return evidenceError(repo.subject, 'The merged pull requests of the period', record)
      const population = record.data
      const evidence = [record.path]
      if (population.pullRequests.length === 0) {
        return {
          subject: repo.subject,
          status: 'not_applicable',
          message: `No pull request was merged between ${population.period.start} and ${population.period.end}.`,
          evidence
        }
      }
      const violations: ApprovalViolation[] = []
      for (const pr of population.pullRequests) {
        const approvers = independentApprovers(pr)
        if (approvers.length >= minimum) continue
        const selfApproved = pr.reviews.nodes.some(
          (r) => r.state === 'APPROVED' && r.author?.login === pr.author?.login
        )
        violations.push({
          number: pr.number,
          title: pr.title,
          url: pr.url,
          author: pr.author?.login ?? null,
          mergedBy: pr.mergedBy?.login ?? null,
          mergedAt: pr.mergedAt,
          approvers,
          reason:
            approvers.length === 0
              ? selfApproved
                ? 'approved only by its author'
                : 'merged without an approving review'
              : `${approvers.length} independent approval(s), ${minimum} required`
        })
      }
      const total = population.pullRequests.length
      if (violations.length === 0) {
        return {
          subject: repo.subject,
          status: 'pass',
          message: `All ${total} pull request(s) merged in the period had at least ${minimum} approval(s) from someone other than the author before merge.`,
          evidence
        }
      }
      const list = violations.map((v) => `#${v.number} (${v.reason})`).join(', ')
      return {
        subject: repo.subject,
        status: 'fail',
        message: `${violations.length} of ${total} pull request(s) merged in the period lacked an independent approval: ${list}.`,
        evidence,
        details: violations
      }
    })
  }
}
