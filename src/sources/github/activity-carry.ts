import { GITHUB_EVIDENCE } from '../../evidence/github.js'
import type { EvidenceRecord } from '../../model.js'
import type { BranchCommitsEvidence, CarriedFrom, PullRequestPopulation } from '../../evidence/github.js'

/** A record of the previous bundle, as its manifest sealed it. */
export interface SealedRecord {
  record: EvidenceRecord
  sha256: string
}

export interface CarryInput {
  defaultBranch: string
  /** The base branches the population covers this run (the default branch, and any configured globs). */
  branches: string[]
  /** `pushed_at` from this run's repository listing. */
  pushedAt: string | undefined
  /** The default branch's head commit as this run's protection query answered. */
  head: string | undefined
  /** This run's evaluation period. */
  period: { start: string; end: string }
  /** This run's search and history window. */
  window: { start: string; end: string }
  /** The search-lag margin: a PR merged this close before a search may not have been indexed by it. */
  lagMs: number
  bundle: { key: string; manifestSha256: string }
}

/** A repository's activity records taken from the previous bundle. */
export interface CarriedActivity {
  pullRequests: EvidenceRecord
  commits: EvidenceRecord
}

export type CarryDecision = { carried: CarriedActivity } | { reason: string }

/**
 * Whether a repository's merged pull requests and default-branch commits can be taken from the previous
 * bundle instead of being searched again, and the records if so. Nothing can have been merged into or pushed
 * to the default branch since the previous run searched when all of these hold:
 *
 * - the default branch's head commit is the one the previous run read (a merge or a push moves it);
 * - the repository's `pushed_at` ("the last time any commit was pushed to the repository", any branch) is at
 *   or before the end of the previous window less the search lag, as is the newest commit it read, so a PR
 *   merged just before the previous search, which search may not yet have indexed, is never carried past;
 * - the previous population was complete (every match retrieved, no null item, no commit missing), for the
 *   same base branches, over a window that starts no later than this one.
 *
 * Any doubt is a reason, and the repository is searched as on a first night. The carried records hold the
 * items inside this run's window only, and say where they came from (`carriedFrom`), so a check re-derives the
 * same finding from this bundle alone and an auditor can follow the chain back to the run that asked GitHub.
 */
export function carryActivity(
  previous: { pullRequests?: SealedRecord; commits?: SealedRecord },
  input: CarryInput
): CarryDecision {
  const prs = previous.pullRequests?.record
  const history = previous.commits?.record
  if (!prs || !history) return { reason: 'the previous bundle has no activity records for it' }
  if (prs.kind !== GITHUB_EVIDENCE.pullRequests || history.kind !== GITHUB_EVIDENCE.defaultBranchCommits)
    return { reason: 'the previous bundle has other records at those paths' }
  if (prs.error || !prs.data || history.error || !history.data)
    return { reason: 'the previous bundle recorded an error for it' }
  const population = prs.data as PullRequestPopulation
  const commits = history.data as BranchCommitsEvidence
  if (!input.head) return { reason: 'the default branch head is not known this run' }
  if (commits.head !== input.head) return { reason: 'the default branch moved' }
  if (commits.branch !== input.defaultBranch) return { reason: 'the default branch changed' }
  if (!sameList(population.branches, input.branches) || input.branches.length !== 1)
    return { reason: 'the population covers other base branches' }
  const window = population.window
  if (
    !window ||
    !commits.window ||
    window.start !== commits.window.start ||
    window.end !== commits.window.end ||
    !(Date.parse(window.start) <= Date.parse(input.window.start)) ||
    !(Date.parse(window.end) <= Date.parse(input.window.end))
  )
    return { reason: 'the previous window does not cover the start of this one' }
  const retrieved = population.retrieved ?? population.pullRequests.length
  if (
    population.totalCount !== retrieved ||
    retrieved !== population.pullRequests.length ||
    (population.unresolved ?? 0) > 0 ||
    (population.excluded ?? []).length > 0 ||
    commits.commits.length !== commits.totalCount ||
    commits.commits.some((commit) => commit === null)
  )
    return { reason: 'the previous population was incomplete' }
  const settled = Date.parse(window.end) - input.lagMs
  const pushedAt = Date.parse(input.pushedAt ?? '')
  if (!(pushedAt <= settled)) return { reason: 'it was pushed to since the previous search settled' }
  const newest = commits.commits[0]
  if (newest && !(Date.parse(newest.committedDate) <= settled))
    return { reason: 'its newest commit is within the search lag of the previous search' }

  // As the search and the history bound them: `merged:A..B` takes whole seconds, both inclusive (searchQuery
  // drops the milliseconds); `history(since, until)` takes the timestamps as given, both inclusive.
  const second = (iso: string) => Math.floor(Date.parse(iso) / 1000) * 1000
  const mergedInWindow = (at: string) =>
    Date.parse(at) >= second(input.window.start) && Date.parse(at) <= second(input.window.end) + 999
  const committedInWindow = (at: string) =>
    Date.parse(at) >= Date.parse(input.window.start) && Date.parse(at) <= Date.parse(input.window.end)
  const from = (sealed: SealedRecord): CarriedFrom => ({
    bundle: input.bundle.key,
    manifestSha256: input.bundle.manifestSha256,
    path: sealed.record.path,
    sha256: sealed.sha256,
    through: window.end,
    head: input.head!,
    pushedAt: input.pushedAt!
  })
  const pullRequests = population.pullRequests.filter((pr) => mergedInWindow(pr.mergedAt))
  const kept = commits.commits.filter((commit) => commit !== null && committedInWindow(commit.committedDate))
  const carriedPopulation: PullRequestPopulation = {
    queries: [],
    period: { start: input.period.start, end: input.period.end },
    window: input.window,
    branches: input.branches,
    totalCount: pullRequests.length,
    retrieved: pullRequests.length,
    unresolved: 0,
    excluded: [],
    pullRequests,
    carriedFrom: from(previous.pullRequests!)
  }
  const carriedCommits: BranchCommitsEvidence = {
    branch: commits.branch,
    window: input.window,
    totalCount: kept.length,
    commits: kept,
    head: input.head,
    carriedFrom: from(previous.commits!)
  }
  return {
    carried: {
      pullRequests: { ...strip(prs), data: carriedPopulation },
      commits: { ...strip(history), data: carriedCommits }
    }
  }
}

/** The record's identity without what belonged to the earlier run (its requests, data and notes). */
function strip(record: EvidenceRecord): EvidenceRecord {
  return {
    path: record.path,
    source: record.source,
    subject: record.subject,
    kind: record.kind,
    requests: []
  }
}

function sameList(a: string[] | undefined, b: string[]): boolean {
  return !!a && a.length === b.length && a.every((item, i) => item === b[i])
}
