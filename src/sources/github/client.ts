import { createHash } from 'node:crypto'
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { EtagCache } from './etag-cache.js'

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
  octokit.hook.after('request', (response) => {
    const cost = (response.data as { data?: { rateLimit?: { cost?: number } } })?.data?.rateLimit?.cost
    if (typeof cost === 'number') stats.graphqlPoints += cost
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
    finish: () => ({ ...stats, retried: Math.max(0, stats.http - logical) })
  }
}

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
