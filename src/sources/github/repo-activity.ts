import type { CollectionError, EvaluationPeriod, EvidenceRecord, RequestRecord } from '../../model.js'
import type { GitHubClient } from './client.js'
import { GitHubRequestFailure, graphqlPost, type GraphQLError } from './requests.js'
import type {
  BranchCommitNode,
  BranchCommitsEvidence,
  DependabotEvidence,
  PullRequestNode,
  PullRequestPopulation,
  VulnerabilityAlertNode
} from './types.js'
import { GITHUB_EVIDENCE, evidencePath, repoSubject } from './evidence-kinds.js'
import { matchesBranch } from './branch-patterns.js'
import { graphqlFieldPermission } from './graphql-permissions.js'
import type { CarriedActivity } from './activity-carry.js'

/** GitHub search returns at most 1,000 results per query; larger windows are split in halves. */
const SEARCH_RESULT_CAP = 1000
/**
 * Page sizes are chosen by GitHub's cost rule (docs.github.com/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#calculating-a-rate-limit-score-before-running-the-call):
 * a nested connection costs one request per item its parent page could hold, so a search page of 10 PRs with
 * their reviews is 11 requests and a history page of 10 commits with parents and PRs is 21, where pages of
 * 50 and 100 cost 51 and 201 whether or not they fill. A night's few merges fit one small page; busy
 * repositories page on, and the population is the same.
 */
const SEARCH_PAGE_SIZE = 10
const ALERTS_PAGE_SIZE = 100
const HISTORY_PAGE_SIZE = 10
/**
 * The first page of each search and history is a probe of one item (2 and 3 requests by the same rule, where
 * full pages cost 11 and 21): most repositories have no merge and no commit on a given night, and the probe's
 * `issueCount` / `totalCount` says how many follow, so the next pages are sized to what remains (at most the
 * page sizes above). The pages are read by cursor whatever their size: the population is the same.
 */
const PROBE_PAGE_SIZE = 1
/** Default margin before the period start: search indexing usually lags by seconds, rarely by minutes. */
export const DEFAULT_SEARCH_LAG_MS = 3_600_000
/**
 * Aliases per GraphQL request: at most ~149 × (10 PRs × 100 reviews) nodes, far below GitHub's 500,000. 149,
 * not 150: GitHub divides a query's requests by 100 and rounds to the nearest whole point
 * (docs.github.com/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#calculating-a-rate-limit-score-before-running-the-call),
 * so 149 alerts-only aliases cost 1 point where 150 cost 2.
 */
export const DEFAULT_BATCH_SIZE = 149
/** A request's estimated cost in requests, at most: 10 points of GitHub's rule per query. */
const BATCH_COST_CAP = 1049
/** GraphQL requests in flight at once when the client does not say (tests with a bare client). */
const DEFAULT_CONCURRENCY = 4

/**
 * Every review state, not only APPROVED: a reviewer's latest review decides (a later CHANGES_REQUESTED
 * or a dismissal takes an approval back), and `commit` says which head the review saw. 100 is the most a
 * connection serves; a PR with more reviews is recorded with its totalCount and the check says it cannot decide.
 */
const PULL_REQUEST_FIELDS = `number title url createdAt mergedAt baseRefName headRefOid reviewDecision
        author { __typename login } mergedBy { __typename login } mergeCommit { oid }
        reviews(first: 100) { totalCount nodes { author { __typename login } state submittedAt commit { oid } } }`

/** Who wrote and who committed each commit, and the PRs GitHub says introduced it. */
const COMMIT_FIELDS = `oid committedDate messageHeadline
        author { name user { login } } committer { name user { login } }
        parents(first: 2) { nodes { oid } }
        associatedPullRequests(first: 5) { nodes { number mergedAt baseRefName } }`

const ALERT_FIELDS = `number state createdAt dependencyScope vulnerableManifestPath
        securityVulnerability { severity package { name ecosystem } }
        securityAdvisory { ghsaId summary severity }`

type Window = { start: string; end: string }
/** `first`: this page's size; absent, the probe. */
type Task =
  | { kind: 'alerts'; repo: string; after: string | null }
  | { kind: 'search'; repo: string; window: Window; base?: string; after: string | null; first?: number }
  | { kind: 'history'; repo: string; window: Window; after: string | null; first?: number }

/** The next page's size: what the count says remains, at least 1 (counts may lag), at most `max`. */
function nextPageSize(total: number | undefined, seen: number, max: number): number {
  return Math.min(max, Math.max(1, (total ?? max) - seen))
}

export interface ActivityRepository {
  fullName: string
  defaultBranch: string
}

export interface ActivityOptions {
  batchSize?: number
  /** Base branches (names or globs) besides the default branch whose merged PRs are in the population. */
  branches?: string[]
  /** How far before the period start the search and the history begin. */
  searchLagMs?: number
  /**
   * Repositories whose merged pull requests and commits are carried forward from the previous bundle
   * (activity-carry.ts): only their Dependabot alerts are asked, and these records stand for the rest.
   */
  carried?: Map<string, CarriedActivity>
}

/** The merge-time window searched: the period, starting earlier by the search lag. */
export function activityWindow(period: EvaluationPeriod, searchLagMs = DEFAULT_SEARCH_LAG_MS): Window {
  return { start: new Date(Date.parse(period.start) - searchLagMs).toISOString(), end: period.end }
}

interface RepoState {
  requests: RequestRecord[]
  alertsEnabled?: boolean
  alerts: VulnerabilityAlertNode[]
  alertsError?: CollectionError
  queries: string[]
  totalCount: number
  unresolved: number
  /** By number: split windows and shifting pages may return a PR twice. */
  pullRequests: Map<number, PullRequestNode>
  searchError?: CollectionError
  history: { branch: string; totalCount: number; commits: (BranchCommitNode | null)[]; head?: string }
  historyError?: CollectionError
}

interface Connection<T> {
  totalCount?: number
  issueCount?: number
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  /** GraphQL allows both the list and its items to be null. */
  nodes: (T | null)[] | null
}

/**
 * Merged pull requests of the period into the protected branches (the full population, with every
 * review), the default branch's commits of the same window, and open Dependabot alerts, for many
 * repositories per GraphQL request. One request covers `batchSize` repositories where the REST API
 * needs a list call per repository plus a reviews call per pull request.
 */
export async function collectRepoActivity(
  client: GitHubClient,
  repositories: ActivityRepository[],
  period: EvaluationPeriod,
  options: ActivityOptions = {}
): Promise<EvidenceRecord[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE
  const extraBranches = options.branches ?? []
  const window = activityWindow(period, options.searchLagMs)
  const carried = options.carried ?? new Map<string, CarriedActivity>()
  const states = new Map<string, RepoState>(
    repositories.map((repo) => [
      repo.fullName,
      {
        requests: [],
        alerts: [],
        queries: [],
        totalCount: 0,
        unresolved: 0,
        pullRequests: new Map(),
        history: { branch: repo.defaultBranch, totalCount: 0, commits: [] }
      }
    ])
  )
  const queue: Task[] = repositories.flatMap(({ fullName: repo, defaultBranch }): Task[] => [
    { kind: 'alerts', repo, after: null },
    ...(carried.has(repo) ? [] : searchAndHistory(repo, defaultBranch))
  ])
  function searchAndHistory(repo: string, defaultBranch: string): Task[] {
    return [
      // `base:` matches one branch name exactly; with further branches (globs) the search covers every
      // base and the population is filtered by name below.
      {
        kind: 'search',
        repo,
        window,
        ...(extraBranches.length === 0 ? { base: defaultBranch } : {}),
        after: null
      },
      { kind: 'history', repo, window, after: null }
    ]
  }
  /** Per search window (split windows count apart): its issueCount and the items read so far. */
  const taskSeen = new Map<Task, { total: number | undefined; seen: number }>()
  const processBatch = async (batch: Task[]): Promise<void> => {
    const { query, variables } = buildQuery(batch)
    let result
    try {
      result = await graphqlPost<Record<string, unknown>>(client, 'RepoActivity', query, variables)
    } catch (error) {
      if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
      for (const task of batch) {
        const state = states.get(task.repo)!
        state.requests.push(error.request)
        if (task.kind === 'alerts') state.alertsError = error.failure
        else if (task.kind === 'search') state.searchError = error.failure
        else state.historyError = error.failure
      }
      return
    }
    batch.forEach((task, index) => {
      const alias = `t${index}`
      const state = states.get(task.repo)!
      if (!state.requests.includes(result.request)) state.requests.push(result.request)
      const error = aliasError(result.errors, alias)
      if (task.kind === 'alerts') {
        const repository = result.data[alias] as {
          hasVulnerabilityAlertsEnabled: boolean
          vulnerabilityAlerts: Connection<VulnerabilityAlertNode> | null
        } | null
        if (error || !repository?.vulnerabilityAlerts) {
          state.alertsError = error ?? { message: `GraphQL returned no alerts for ${task.repo}` }
          return
        }
        state.alertsEnabled = repository.hasVulnerabilityAlertsEnabled
        // Connection nodes and their list are nullable in GitHub's schema: a null is not an alert.
        state.alerts.push(
          ...(repository.vulnerabilityAlerts.nodes ?? []).filter(
            (node): node is VulnerabilityAlertNode => node !== null
          )
        )
        const { hasNextPage, endCursor } = repository.vulnerabilityAlerts.pageInfo
        if (hasNextPage) queue.push({ ...task, after: endCursor })
        return
      }
      if (task.kind === 'history') {
        const repository = result.data[alias] as {
          defaultBranchRef: {
            name: string
            target: { oid?: string; history?: Connection<BranchCommitNode> } | null
          } | null
        } | null
        if (error || !repository) {
          state.historyError = error ?? { message: `GraphQL returned no history for ${task.repo}` }
          return
        }
        // An empty repository has no default branch ref: no commits, nothing to account for.
        const history = repository.defaultBranchRef?.target?.history
        if (repository.defaultBranchRef) state.history.branch = repository.defaultBranchRef.name
        if (!history) return
        if (task.after === null) {
          state.history.totalCount = history.totalCount ?? 0
          const head = repository.defaultBranchRef?.target?.oid
          if (typeof head === 'string') state.history.head = head
        }
        state.history.commits.push(...(history.nodes ?? []))
        if (history.pageInfo.hasNextPage)
          queue.push({
            ...task,
            after: history.pageInfo.endCursor,
            first: nextPageSize(state.history.totalCount, state.history.commits.length, HISTORY_PAGE_SIZE)
          })
        return
      }
      const search = result.data[alias] as Connection<PullRequestNode | Record<string, never>> | null
      if (error || !search) {
        state.searchError = error ?? { message: `GraphQL returned no search result for ${task.repo}` }
        return
      }
      if (task.after === null && (search.issueCount ?? 0) > SEARCH_RESULT_CAP) {
        queue.push(...splitWindow(task))
        return
      }
      if (task.after === null) {
        state.queries.push(searchQuery(task.repo, task.window, task.base))
        state.totalCount += search.issueCount ?? 0
        taskSeen.set(task, { total: search.issueCount, seen: 0 })
      }
      const progress = taskSeen.get(task) ?? { total: undefined, seen: 0 }
      taskSeen.delete(task)
      progress.seen += (search.nodes ?? []).length
      for (const node of search.nodes ?? []) {
        // A null item is a match GitHub could not show this token; it stays visible as a count gap.
        if (node && 'number' in node) state.pullRequests.set(node.number, node as PullRequestNode)
        else state.unresolved++
      }
      if (search.pageInfo.hasNextPage) {
        const next = {
          ...task,
          after: search.pageInfo.endCursor,
          first: nextPageSize(progress.total, progress.seen, SEARCH_PAGE_SIZE)
        }
        taskSeen.set(next, progress)
        queue.push(next)
      }
    })
  }
  // Batches run concurrently (the client paces them); a page's follow-up joins the queue when it is read.
  const worker = async (): Promise<void> => {
    while (queue.length > 0) await processBatch(takeBatch(queue, batchSize))
  }
  const concurrency = (client as Partial<GitHubClient>).graphqlConcurrency ?? DEFAULT_CONCURRENCY
  while (queue.length > 0) await Promise.all(Array.from({ length: concurrency }, worker))
  return repositories.flatMap((repo) => {
    const records = toRecords(repo, states.get(repo.fullName)!, period, window, extraBranches)
    const carry = carried.get(repo.fullName)
    if (!carry) return records
    // Searched records stand aside for the carried ones; the alerts were asked tonight either way.
    const alerts = records.filter((record) => record.kind === GITHUB_EVIDENCE.dependabot)
    return [carry.pullRequests, carry.commits, ...alerts]
  })
}

/**
 * A task's requests by GitHub's cost rule: its connection, plus each nested connection once per item its page
 * could hold (reviews per PR; parents and associated PRs per commit).
 */
function taskCost(task: Task): number {
  if (task.kind === 'alerts') return 1
  const first = task.first ?? PROBE_PAGE_SIZE
  return task.kind === 'search' ? 1 + first : 1 + 2 * first
}

/**
 * The next request's tasks, from the front of the queue: at most `aliases` of them and BATCH_COST_CAP requests,
 * then, when more tasks wait, trimmed until the requests' hundreds end at 49 or below, where GitHub's rounding goes
 * down (the tasks trimmed stay first in the queue). The population is the same whatever the batches.
 */
function takeBatch(queue: Task[], aliases: number): Task[] {
  let cost = 0
  let count = 0
  while (count < queue.length && count < aliases && cost + taskCost(queue[count]!) <= BATCH_COST_CAP)
    cost += taskCost(queue[count++]!)
  // Trimming pays only where tasks follow anyway (they fill the next request) and the request costs 2 or more:
  // a request costs at least 1 point however few requests it makes.
  if (count < queue.length && cost >= 150)
    while (count > 1 && cost % 100 > 49) cost -= taskCost(queue[--count]!)
  return queue.splice(0, Math.max(1, count))
}

function buildQuery(batch: Task[]): { query: string; variables: Record<string, unknown> } {
  const declarations: string[] = []
  const fields: string[] = []
  const variables: Record<string, unknown> = {}
  batch.forEach((task, index) => {
    const alias = `t${index}`
    variables[`a${index}`] = task.after
    declarations.push(`$a${index}: String`)
    if (task.kind === 'alerts') {
      const [owner, name] = task.repo.split('/')
      variables[`o${index}`] = owner
      variables[`n${index}`] = name
      declarations.push(`$o${index}: String!`, `$n${index}: String!`)
      fields.push(`${alias}: repository(owner: $o${index}, name: $n${index}) {
    hasVulnerabilityAlertsEnabled
    vulnerabilityAlerts(states: [OPEN], first: ${ALERTS_PAGE_SIZE}, after: $a${index}) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { ${ALERT_FIELDS} }
    }
  }`)
    } else if (task.kind === 'search') {
      variables[`q${index}`] = searchQuery(task.repo, task.window, task.base)
      declarations.push(`$q${index}: String!`)
      fields.push(`${alias}: search(query: $q${index}, type: ISSUE, first: ${task.first ?? PROBE_PAGE_SIZE}, after: $a${index}) {
    issueCount pageInfo { hasNextPage endCursor }
    nodes { ... on PullRequest { ${PULL_REQUEST_FIELDS} } }
  }`)
    } else {
      const [owner, name] = task.repo.split('/')
      Object.assign(variables, {
        [`o${index}`]: owner,
        [`n${index}`]: name,
        [`s${index}`]: task.window.start,
        [`u${index}`]: task.window.end
      })
      declarations.push(
        `$o${index}: String!`,
        `$n${index}: String!`,
        `$s${index}: GitTimestamp!`,
        `$u${index}: GitTimestamp!`
      )
      fields.push(`${alias}: repository(owner: $o${index}, name: $n${index}) {
    defaultBranchRef { name target { ... on Commit { oid
      history(first: ${task.first ?? PROBE_PAGE_SIZE}, since: $s${index}, until: $u${index}, after: $a${index}) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { ${COMMIT_FIELDS} }
      }
    } } }
  }`)
    }
  })
  const query = `query RepoActivity(${declarations.join(', ')}) {
  rateLimit { cost remaining resetAt }
  ${fields.join('\n  ')}
}`
  return { query, variables }
}

export function searchQuery(repo: string, window: Window, base?: string): string {
  const branch = base === undefined ? '' : ` base:${base}`
  return `repo:${repo} is:pr is:merged${branch} merged:${isoSeconds(window.start)}..${isoSeconds(window.end)}`
}

function isoSeconds(iso: string): string {
  return iso.replace(/\.\d{3}Z$/, 'Z')
}

function splitWindow(task: Extract<Task, { kind: 'search' }>): Task[] {
  const start = Date.parse(task.window.start)
  const end = Date.parse(task.window.end)
  const middle = new Date(start + Math.floor((end - start) / 2000) * 1000).toISOString()
  // Search bounds are inclusive to the second: the second half starts one second after the middle.
  const afterMiddle = new Date(Date.parse(middle) + 1000).toISOString()
  return [
    { ...task, window: { start: task.window.start, end: middle } },
    { ...task, window: { start: afterMiddle, end: task.window.end } }
  ]
}

function aliasError(errors: GraphQLError[], alias: string): CollectionError | undefined {
  const error = errors.find((e) => e.path?.[0] === alias)
  if (!error) return undefined
  if (error.type === 'FORBIDDEN' || /not accessible|permission/i.test(error.message)) {
    const { field, permission } = graphqlFieldPermission(error.path)
    return {
      message: `${error.message} (GraphQL field ${field}): the token lacks ${permission}.`,
      missingPermission: permission
    }
  }
  return { message: error.message }
}

function toRecords(
  repo: ActivityRepository,
  state: RepoState,
  period: EvaluationPeriod,
  window: Window,
  extraBranches: string[]
): EvidenceRecord[] {
  const base = { source: 'github', subject: repoSubject(repo.fullName), requests: state.requests }
  const branches = [repo.defaultBranch, ...extraBranches]
  const retrieved = [...state.pullRequests.values()].sort(
    (a, b) => a.mergedAt.localeCompare(b.mergedAt) || a.number - b.number
  )
  const population: PullRequestPopulation = {
    queries: state.queries,
    period: { start: period.start, end: period.end },
    window,
    branches,
    totalCount: state.totalCount,
    retrieved: retrieved.length,
    unresolved: state.unresolved,
    excluded: retrieved
      .filter((pr) => !matchesBranch(pr.baseRefName, branches))
      .map((pr) => ({ number: pr.number, baseRefName: pr.baseRefName })),
    pullRequests: retrieved.filter((pr) => matchesBranch(pr.baseRefName, branches))
  }
  const commits: BranchCommitsEvidence = {
    branch: state.history.branch,
    window,
    totalCount: state.history.totalCount,
    commits: state.history.commits,
    ...(state.history.head ? { head: state.history.head } : {})
  }
  const dependabot: DependabotEvidence = {
    alertsEnabled: state.alertsEnabled ?? false,
    openAlerts: state.alerts
  }
  return [
    {
      ...base,
      path: evidencePath(repo.fullName, 'pull-requests'),
      kind: GITHUB_EVIDENCE.pullRequests,
      ...(state.searchError ? { error: state.searchError } : { data: population })
    },
    {
      ...base,
      path: evidencePath(repo.fullName, 'default-branch-commits'),
      kind: GITHUB_EVIDENCE.defaultBranchCommits,
      ...(state.historyError ? { error: state.historyError } : { data: commits })
    },
    {
      ...base,
      path: evidencePath(repo.fullName, 'dependabot-alerts'),
      kind: GITHUB_EVIDENCE.dependabot,
      ...(state.alertsError ? { error: state.alertsError } : { data: dependabot })
    }
  ]
}
