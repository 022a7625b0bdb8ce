import type { EvidenceRecord } from '../../model.js'
import { GITHUB_EVIDENCE } from '../../evidence/github.js'
import type { BranchCommitNode, BranchCommitsEvidence, PullRequestPopulation } from '../../evidence/github.js'
import type { Check } from '../check.js'
import { evidenceError, forEachRepository } from './repositories.js'
import { describeWindow } from './review-rules.js'

export interface BypassingCommit {
  oid: string
  committedDate: string
  messageHeadline: string
  author: string | null
  committer: string | null
  /** GitHub's commit data does not say who pushed; only the audit log or push events do. */
  pusher: null
  /** PRs GitHub associates with the commit that do not count (unmerged, or into another branch). */
  associatedPullRequests: { number: number; mergedAt: string | null; baseRefName: string }[]
}

const person = (actor: BranchCommitNode['author']): string | null => {
  if (!actor) return null
  const login = actor.user?.login
  if (actor.name && login) return `${actor.name} (${login})`
  return login ?? actor.name ?? null
}

/**
 * Commits that a merged pull request into `branch` brought in. A commit counts when GitHub associates
 * it with such a PR, when it is the merge commit of one, or when it sits on the side branch of such a
 * merge commit (the commits of a PR merged with a merge commit). Commits on the branch's first-parent line
 * are never covered by another commit's merge: a direct push stays a direct push.
 */
export function commitsOutsidePullRequests(
  branch: string,
  commits: BranchCommitNode[],
  mergeCommits: ReadonlySet<string>
): BranchCommitNode[] {
  const byOid = new Map(commits.map((commit) => [commit.oid, commit]))
  const parents = (commit: BranchCommitNode) =>
    (commit.parents?.nodes ?? []).filter((p): p is { oid: string } => p !== null).map((p) => p.oid)
  const direct = (commit: BranchCommitNode) =>
    mergeCommits.has(commit.oid) ||
    (commit.associatedPullRequests?.nodes ?? []).some(
      (pr) => pr !== null && pr.mergedAt !== null && pr.baseRefName === branch
    )
  const mainline = new Set<string>()
  for (let commit = commits[0]; commit && !mainline.has(commit.oid);) {
    mainline.add(commit.oid)
    const first = parents(commit)[0]
    commit = first === undefined ? undefined : byOid.get(first)
  }
  const covered = new Set(commits.filter(direct).map((commit) => commit.oid))
  const visited = new Set<string>()
  for (const oid of mainline) {
    if (!covered.has(oid)) continue
    const stack = parents(byOid.get(oid)!).slice(1)
    while (stack.length > 0) {
      const next = byOid.get(stack.pop()!)
      if (!next || mainline.has(next.oid) || visited.has(next.oid)) continue
      visited.add(next.oid)
      covered.add(next.oid)
      stack.push(...parents(next))
    }
  }
  return commits.filter((commit) => !covered.has(commit.oid))
}

export const defaultBranchChangesViaPullRequests: Check = {
  metadata: {
    id: 'github.default-branch.changes-via-pull-requests',
    version: 2,
    title: 'Every commit that reached the default branch in the period came through a merged pull request',
    severity: 'high',
    rationale:
      'Approvals of merged pull requests say nothing about changes that never went through one. A commit pushed straight to the default branch (by an admin bypass, a ruleset bypass actor or an unprotected branch) skipped review entirely; it belongs to the change population as much as any merged pull request.',
    remediation:
      'Review each listed commit after the fact and record who pushed it and why (the organisation audit log, "git.push" events, names the pusher). Then stop it recurring: in Settings → Rules → Rulesets require a pull request before merging on the default branch, block force pushes, and empty the "Bypass list"; with classic protection, enable "Do not allow bypassing the above settings".',
    evidenceKinds: [GITHUB_EVIDENCE.defaultBranchCommits, GITHUB_EVIDENCE.pullRequests]
  },
  evaluate: (context) =>
    forEachRepository(
      context,
      [GITHUB_EVIDENCE.defaultBranchCommits, GITHUB_EVIDENCE.pullRequests],
      (repo) => {
        const record = repo.records[GITHUB_EVIDENCE.defaultBranchCommits] as
          EvidenceRecord<BranchCommitsEvidence> | undefined
        if (!record?.data)
          return evidenceError(repo.subject, 'The default branch history of the period', record)
        const history = record.data
        // The repository, as on an error: one subject per repository whatever the outcome (issue 12 item 9).
        const subject = repo.subject
        const pulls = repo.records[GITHUB_EVIDENCE.pullRequests] as
          EvidenceRecord<PullRequestPopulation> | undefined
        const evidence = [record.path, ...(pulls ? [pulls.path] : [])]
        const between = describeWindow(context.period, history.window)
        const commits = history.commits.filter((commit): commit is BranchCommitNode => commit !== null)
        if (commits.length !== history.totalCount) {
          return {
            subject,
            status: 'error',
            message: `The history is incomplete: GitHub reported ${history.totalCount} commit(s) on ${history.branch} ${between}, but ${commits.length} were retrieved.`,
            evidence
          }
        }
        if (commits.length === 0) {
          return {
            subject,
            status: 'not_applicable',
            message: `No commit reached ${history.branch} ${between}.`,
            evidence
          }
        }
        const mergeCommits = new Set(
          (pulls?.data?.pullRequests ?? [])
            .filter((pr) => pr.baseRefName === history.branch && pr.mergeCommit)
            .map((pr) => pr.mergeCommit!.oid)
        )
        const outside = commitsOutsidePullRequests(history.branch, commits, mergeCommits)
        if (outside.length === 0) {
          return {
            subject,
            status: 'pass',
            message: `All ${commits.length} commit(s) committed to ${history.branch} ${between} came through a merged pull request into ${history.branch}.`,
            evidence
          }
        }
        const details: BypassingCommit[] = outside.map((commit) => ({
          oid: commit.oid,
          committedDate: commit.committedDate,
          messageHeadline: commit.messageHeadline,
          author: person(commit.author),
          committer: person(commit.committer),
          pusher: null,
          associatedPullRequests: (commit.associatedPullRequests?.nodes ?? []).filter((pr) => pr !== null)
        }))
        const list = details
          .map(
            (c) =>
              `${c.oid.slice(0, 12)} "${c.messageHeadline}" by ${c.author ?? 'unknown author'}, committed by ${c.committer ?? 'unknown committer'}`
          )
          .join('; ')
        return {
          subject,
          status: 'fail',
          message: `${outside.length} of ${commits.length} commit(s) on ${history.branch} ${between} did not come through a merged pull request: ${list}. The pusher is not in GitHub's commit data; the organisation audit log names it.`,
          evidence,
          details
        }
      }
    )
}
