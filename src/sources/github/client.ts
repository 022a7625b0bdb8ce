import { createHash } from 'node:crypto'
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { EtagCache } from './etag-cache.js'
import {
  GRAPHQL_CONCURRENCY,
  GRAPHQL_POINTS_PER_MINUTE,
  Pacer,
  REST_CONCURRENCY,
  REST_POINTS_PER_MINUTE,
  type RateBudget
} from './pacing.js'

const EvidenceOctokit = Octokit.plugin(throttling, retry)
export type GitHubOctokit = InstanceType<typeof EvidenceOctokit>

export const API_VERSION = '2022-11-28'
/** Header the fetch wrapper adds so each response carries the SHA-256 of the bytes GitHub sent. */
export const BODY_SHA256_HEADER = 'x-evidence-body-sha256'
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304])

/** Octokit's `authStrategy` and its `auth` options, for GitHub App authentication (see app-auth.ts). */
export interface GitHubAppAuth {
  authStrategy: unknown
  auth: Record<string, unknown>
}

export interface GitHubClientOptions {
  token: string
  /** GitHub App authentication; when set, `token` is not used. */
  app?: GitHubAppAuth
  /** REST base URL, from GITHUB_API_URL (GitHub Enterprise Server and the simulator work unchanged). */
  apiUrl: string
  /** GraphQL endpoint, from GITHUB_GRAPHQL_URL. */
  graphqlUrl: string
  /** Longest total time to wait on rate limits before giving up on a request. */
  rateLimitBudgetSeconds: number
  /** Retries of 5xx and connection failures per request. */
  retries?: number
  /** First backoff step for those retries (grows quadratically), in milliseconds. */
  retryBaseMs?: number
  log?: (message: string) => void
  etags?: EtagCache
  /**
   * false: the client only reads (GET and GraphQL queries). The throttling plugin's write limiter (one request
   * a second, which it applies to every GraphQL request) is left out; reads are paced by GitHub's documented
   * secondary limits instead (pacing.ts). Default true (pull-request mode writes check runs and comments).
   */
  writes?: boolean
}

/** What the run spent on the API: the manifest records it and the benchmark reports it per repo. */
export interface RequestStats {
  /** HTTP requests sent, retries included. */
  http: number
  rest: number
  graphql: number
  notModified: number
  /** HTTP requests that repeated an earlier one (5xx, connection failures, rate limits). */
  retried: number
  graphqlPoints: number
  rateLimitWaits: number
}

export interface GitHubClient {
  octokit: GitHubOctokit
  graphqlUrl: string
  /** Conditional requests: earlier ETags and bodies, when a cache is configured. */
  etags?: EtagCache
  stats: RequestStats
  /** Called once per logical request, so retries can be told apart from first attempts. */
  requested(): void
  /** The run's final figures. */
  finish(): RequestStats
  /** REST and GraphQL requests are started through these (documented secondary limits). */
  rest: Pacer
  graphql: Pacer
  restConcurrency: number
  graphqlConcurrency: number
  /** What is left of the primary limits, as the last responses said (x-ratelimit-*, GraphQL `rateLimit`). */
  budget: RateBudget
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const stats: RequestStats = {
    http: 0,
    rest: 0,
    graphql: 0,
    notModified: 0,
    retried: 0,
    graphqlPoints: 0,
    rateLimitWaits: 0
  }
  const log = options.log ?? (() => {})
  const graphqlPath = new URL(options.graphqlUrl).pathname
  let waitedSeconds = 0
  const mayWait = (retryAfter: number, what: string, method: string, url: string): boolean => {
    if (waitedSeconds + retryAfter > options.rateLimitBudgetSeconds) {
      log(
        `${what} on ${method} ${url}: retry-after ${retryAfter}s would exceed the wait budget of ${options.rateLimitBudgetSeconds}s; giving up on this request`
      )
      return false
    }
    waitedSeconds += retryAfter
    stats.rateLimitWaits += 1
    log(`${what} on ${method} ${url}: waiting ${retryAfter}s as GitHub asks`)
    return true
  }

  const octokit = new EvidenceOctokit({
    ...(options.app ?? { auth: options.token }),
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: 'annex-evidence',
    request: { fetch: hashingFetch(stats, graphqlPath) },
    // Failed requests are reported as evidence errors with context; Octokit's own per-request lines would only repeat them.
    log: { debug: () => {}, info: () => {}, warn: log, error: () => {} },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    throttle: {
      // Without writes, GraphQL queries skip the plugin's one-a-second write limiter (see `writes`).
      ...(options.writes === false ? { write: unpacedGroup } : {}),
      onRateLimit: (retryAfter, request) =>
        mayWait(retryAfter, 'Primary rate limit reached', request.method, request.url),
      onSecondaryRateLimit: (retryAfter, request) =>
        mayWait(retryAfter, 'Secondary rate limit reached', request.method, request.url)
    }
  })
  // @octokit/core reads only `userAgent` and `timeZone` from the constructor, never a `headers` option, so the
  // version every RequestRecord claims is set here, on each request, where it cannot be dropped.
  octokit.hook.before('request', (request) => {
    request.headers['x-github-api-version'] = API_VERSION
  })
  const budget: RateBudget = {}
  octokit.hook.after('request', (response) => {
    const rate = (response.data as { data?: { rateLimit?: { cost?: number; remaining?: number } } })?.data
      ?.rateLimit
    if (typeof rate?.cost === 'number') stats.graphqlPoints += rate.cost
    // x-ratelimit-* on every answer (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#checking-the-status-of-your-rate-limit).
    const headers = response.headers as Record<string, string | undefined>
    const resource = headers['x-ratelimit-resource']
    const remaining = Number(headers['x-ratelimit-remaining'])
    const limit = Number(headers['x-ratelimit-limit'])
    if ((resource === 'core' || resource === 'graphql') && Number.isFinite(remaining)) {
      budget[resource] = { remaining, limit, reset: Number(headers['x-ratelimit-reset']) || undefined }
    }
    if (typeof rate?.remaining === 'number' && budget.graphql) budget.graphql.remaining = rate.remaining
  })
  let logical = 0
  return {
    octokit,
    graphqlUrl: options.graphqlUrl,
    ...(options.etags ? { etags: options.etags } : {}),
    stats,
    requested: () => {
      logical += 1
    },
    finish: () => ({ ...stats, retried: Math.max(0, stats.http - logical) }),
    rest: new Pacer(REST_CONCURRENCY, REST_POINTS_PER_MINUTE),
    graphql: new Pacer(GRAPHQL_CONCURRENCY, GRAPHQL_POINTS_PER_MINUTE),
    restConcurrency: REST_CONCURRENCY,
    graphqlConcurrency: GRAPHQL_CONCURRENCY,
    budget
  }
}

/** A stand-in for the plugin's write limiter group that schedules at once (read-only clients, see `writes`). */
const unpacedGroup = {
  key: () => ({ schedule: <T>(_options: unknown, task: () => Promise<T>) => task() })
} as unknown as NonNullable<ConstructorParameters<typeof EvidenceOctokit>[0]>['throttle'] extends infer T
  ? T extends { write?: infer W }
    ? W
    : never
  : never

/**
 * Wraps fetch to hash every response body as received and to count HTTP requests (retries included).
 * Octokit hands collectors parsed JSON; the hash lets the bundle prove which bytes GitHub sent.
 */
function hashingFetch(stats: RequestStats, graphqlPath: string): typeof fetch {
  return async (input, init) => {
    stats.http += 1
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (url.pathname === graphqlPath) stats.graphql += 1
    else stats.rest += 1
    const response = await fetch(input, init)
    if (response.status === 304) stats.notModified += 1
    if (NULL_BODY_STATUSES.has(response.status)) return response
    const body = Buffer.from(await response.arrayBuffer())
    const headers = new Headers(response.headers)
    headers.set(BODY_SHA256_HEADER, createHash('sha256').update(body).digest('hex'))
    return new Response(body, { status: response.status, statusText: response.statusText, headers })
  }
}
