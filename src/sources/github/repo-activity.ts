import type { CollectionError, EvaluationPeriod, EvidenceRecord, RequestRecord } from '../../model.js'
import type { GitHubClient } from './client.js'
import { GitHubRequestFailure, graphqlPost, type GraphQLError } from './requests.js'
import type {
  DependabotEvidence,
  PullRequestNode,
  PullRequestPopulation,
  VulnerabilityAlertNode
} from './types.js'
import { GITHUB_EVIDENCE, evidencePath, repoSubject } from './evidence-kinds.js'
import { graphqlFieldPermission } from './graphql-permissions.js'

/** GitHub search returns at most 1,000 results per query; larger windows are split in halves. */
const SEARCH_RESULT_CAP = 1000
const SEARCH_PAGE_SIZE = 50
const ALERTS_PAGE_SIZE = 100
/** Aliases per GraphQL request: ~40 × (100 alerts + 50 PRs × 20 reviews) nodes stays far below GitHub's 500,000. */
export const DEFAULT_BATCH_SIZE = 40

const PULL_REQUEST_FIELDS = `number title url createdAt mergedAt baseRefName headRefOid
        author { login } mergedBy { login } mergeCommit { oid }
        reviews(first: 20, states: [APPROVED]) { totalCount nodes { author { login } state submittedAt commit { oid } } }`

const ALERT_FIELDS = `number state createdAt dependencyScope vulnerableManifestPath
        securityVulnerability { severity package { name ecosystem } }
        securityAdvisory { ghsaId summary severity }`

type Task =
  | { kind: 'alerts'; repo: string; after: string | null }
  | { kind: 'search'; repo: string; window: { start: string; end: string }; after: string | null }

interface RepoState {
  requests: RequestRecord[]
  alertsEnabled?: boolean
  alerts: VulnerabilityAlertNode[]
  alertsError?: CollectionError
  queries: string[]
  totalCount: number
  pullRequests: PullRequestNode[]
  searchError?: CollectionError
}

interface Connection<T> {
  totalCount?: number
  issueCount?: number
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  nodes: T[]
}

/**
 * Merged pull requests of the period (the full population, with approvals) and open Dependabot alerts,
 * for many repositories per GraphQL request. One request covers `batchSize` repositories where the
 * REST API needs a list call per repository plus a reviews call per pull request.
 */
export async function collectRepoActivity(
  client: GitHubClient,
  repositories: string[],
  period: EvaluationPeriod,
  batchSize = DEFAULT_BATCH_SIZE
): Promise<EvidenceRecord[]> {
  const states = new Map<string, RepoState>(
    repositories.map((repo) => [
      repo,
      { requests: [], alerts: [], queries: [], totalCount: 0, pullRequests: [] }
    ])
  )
  const queue: Task[] = repositories.flatMap((repo): Task[] => [
    { kind: 'alerts', repo, after: null },
    { kind: 'search', repo, window: { start: period.start, end: period.end }, after: null }
  ])
  while (queue.length > 0) {
    const batch = queue.splice(0, batchSize)
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
        else state.searchError = error.failure
      }
      continue
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
        // Connection nodes are nullable in GitHub's schema: a null is not an alert.
        state.alerts.push(...repository.vulnerabilityAlerts.nodes.filter((node) => node !== null))
        const { hasNextPage, endCursor } = repository.vulnerabilityAlerts.pageInfo
        if (hasNextPage) queue.push({ ...task, after: endCursor })
        return
      }
      const search = result.data[alias] as Connection<PullRequestNode> | null
      if (error || !search) {
        state.searchError = error ?? { message: `GraphQL returned no search result for ${task.repo}` }
        return
      }
      if (task.after === null && (search.issueCount ?? 0) > SEARCH_RESULT_CAP) {
        queue.push(...splitWindow(task))
        return
      }
      if (task.after === null) {
        state.queries.push(searchQuery(task.repo, task.window))
        state.totalCount += search.issueCount ?? 0
      }
      state.pullRequests.push(...search.nodes.filter((node) => node && 'number' in node))
      if (search.pageInfo.hasNextPage) queue.push({ ...task, after: search.pageInfo.endCursor })
    })
  }
  return repositories.flatMap((repo) => toRecords(repo, states.get(repo)!, period))
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
    } else {
      variables[`q${index}`] = searchQuery(task.repo, task.window)
      declarations.push(`$q${index}: String!`)
      fields.push(`${alias}: search(query: $q${index}, type: ISSUE, first: ${SEARCH_PAGE_SIZE}, after: $a${index}) {
    issueCount pageInfo { hasNextPage endCursor }
    nodes { ... on PullRequest { ${PULL_REQUEST_FIELDS} } }
  }`)
    }
  })
  const query = `query RepoActivity(${declarations.join(', ')}) {
  rateLimit { cost remaining resetAt }
  ${fields.join('\n  ')}
}`
  return { query, variables }
}

export function searchQuery(repo: string, window: { start: string; end: string }): string {
  return `repo:${repo} is:pr is:merged merged:${isoSeconds(window.start)}..${isoSeconds(window.end)}`
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

function toRecords(repo: string, state: RepoState, period: EvaluationPeriod): EvidenceRecord[] {
  const base = { source: 'github', subject: repoSubject(repo), requests: state.requests }
  const population: PullRequestPopulation = {
    queries: state.queries,
    period: { start: period.start, end: period.end },
    totalCount: state.totalCount,
    pullRequests: state.pullRequests.sort(
      (a, b) => a.mergedAt.localeCompare(b.mergedAt) || a.number - b.number
    )
  }
  const dependabot: DependabotEvidence = {
    alertsEnabled: state.alertsEnabled ?? false,
    openAlerts: state.alerts
  }
  return [
    {
      ...base,
      path: evidencePath(repo, 'pull-requests'),
      kind: GITHUB_EVIDENCE.pullRequests,
      ...(state.searchError ? { error: state.searchError } : { data: population })
    },
    {
      ...base,
      path: evidencePath(repo, 'dependabot-alerts'),
      kind: GITHUB_EVIDENCE.dependabot,
      ...(state.alertsError ? { error: state.alertsError } : { data: dependabot })
    }
  ]
}
