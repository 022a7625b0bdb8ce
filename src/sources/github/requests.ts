import type { CollectionError, RequestRecord } from '../../model.js'
import { API_VERSION, BODY_SHA256_HEADER, type GitHubClient } from './client.js'

/** A request that did not produce evidence; carries what the finding must say about it. */
export class GitHubRequestFailure extends Error {
  override name = 'GitHubRequestFailure'
  constructor(
    readonly request: RequestRecord,
    readonly failure: CollectionError
  ) {
    super(failure.message)
  }
}

export interface RecordedResponse<T> {
  data: T
  request: RequestRecord
  etag?: string
  /** True when the `link` header has a rel="next" page. */
  hasNextPage: boolean
  /** The rel="next" URL of the `link` header, for cursor-paginated listings (the audit log). */
  nextUrl?: string
}

function nextLink(link: string): string | undefined {
  return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1]
}

/**
 * GET a REST path and record it. `permission` names what a token needs for this endpoint, so a 403
 * turns into a finding that says which permission to grant instead of a bare status code.
 */
export async function restGet<T>(
  client: GitHubClient,
  path: string,
  permission: string,
  headers: Record<string, string> = {}
): Promise<RecordedResponse<T>> {
  const request: RequestRecord = { method: 'GET', path, apiVersion: API_VERSION, time: '', status: 0 }
  const cached = client.etags?.get(path)
  refuseWithoutBudget(client, 'core', 1, request)
  client.requested()
  try {
    const response = await client.rest.run(() =>
      client.octokit.request(`GET ${path}`, {
        headers: cached ? { ...headers, 'if-none-match': cached.etag } : headers
      })
    )
    request.time = new Date().toISOString()
    request.status = response.status
    request.responseSha256 = response.headers[BODY_SHA256_HEADER] as string | undefined
    const link = response.headers.link ?? ''
    if (response.headers.etag && client.etags) {
      client.etags.set(path, {
        etag: response.headers.etag,
        data: { body: response.data as unknown, link },
        sha256: request.responseSha256
      })
    }
    return {
      data: response.data as T,
      request,
      etag: response.headers.etag,
      hasNextPage: /rel="next"/.test(link),
      ...(nextLink(link) ? { nextUrl: nextLink(link) } : {})
    }
  } catch (error) {
    request.time = new Date().toISOString()
    if ((error as { status?: number }).status === 304 && cached) {
      // Unchanged since the cached response: the evidence is that body, confirmed by GitHub now.
      const { body, link } = cached.data as { body: T; link: string }
      request.status = 304
      request.notModified = true
      if (cached.sha256) request.responseSha256 = cached.sha256
      return {
        data: body,
        request,
        etag: cached.etag,
        hasNextPage: /rel="next"/.test(link),
        ...(nextLink(link) ? { nextUrl: nextLink(link) } : {})
      }
    }
    throw toFailure(error, request, permission)
  }
}

export interface GraphQLResult<T> {
  data: T
  errors: GraphQLError[]
  request: RequestRecord
}

export interface GraphQLError {
  type?: string
  path?: (string | number)[]
  message: string
}

/** POST a GraphQL query and record it; partial data with per-field `errors` is returned, not thrown. */
export async function graphqlPost<T>(
  client: GitHubClient,
  operation: string,
  query: string,
  variables: Record<string, unknown>
): Promise<GraphQLResult<T>> {
  const request: RequestRecord = {
    method: 'POST',
    path: '/graphql',
    operation,
    apiVersion: API_VERSION,
    time: '',
    status: 0
  }
  refuseWithoutBudget(client, 'graphql', lastCost.get(operation) ?? 1, request)
  client.requested()
  try {
    const response = await client.graphql.run(() =>
      client.octokit.request({
        method: 'POST',
        url: client.graphqlUrl,
        query,
        variables
      })
    )
    request.time = new Date().toISOString()
    request.status = response.status
    request.responseSha256 = response.headers[BODY_SHA256_HEADER] as string | undefined
    const body = response.data as { data?: T & { rateLimit?: { cost?: number } }; errors?: GraphQLError[] }
    const cost = body.data?.rateLimit?.cost
    if (typeof cost === 'number') lastCost.set(operation, Math.max(cost, lastCost.get(operation) ?? 0))
    if (!body.data) {
      const message = body.errors?.map((e) => e.message).join('; ') ?? 'no data in the response'
      throw new GitHubRequestFailure(request, {
        status: response.status,
        message: `GraphQL ${operation}: ${message}`
      })
    }
    return { data: body.data, errors: body.errors ?? [], request }
  } catch (error) {
    if (error instanceof GitHubRequestFailure) throw error
    request.time = new Date().toISOString()
    throw toFailure(error, request, 'metadata: read')
  }
}

/** The largest cost each GraphQL operation had this run: what the next request of it is expected to need. */
const lastCost = new Map<string, number>()

/**
 * Degrades predictably when the primary limit runs out: a request the remaining budget cannot pay for is not
 * sent, and the evidence it would have produced is an error that says so (checks make it `error`, never
 * `pass`). The budget is what GitHub said in the last answer (`x-ratelimit-remaining`, GraphQL `rateLimit`).
 */
function refuseWithoutBudget(
  client: GitHubClient,
  resource: 'core' | 'graphql',
  needed: number,
  request: RequestRecord
): void {
  const budget = client.budget[resource]
  if (!budget || budget.remaining >= needed) return
  request.time = new Date().toISOString()
  const reset = budget.reset ? `; it resets at ${new Date(budget.reset * 1000).toISOString()}` : ''
  throw new GitHubRequestFailure(request, {
    status: 0,
    message: `Not requested: GitHub's ${resource === 'core' ? 'REST' : 'GraphQL'} rate limit had ${budget.remaining} of ${budget.limit} ${resource === 'core' ? 'requests' : 'points'} left, fewer than this request needs (${needed})${reset}. The run finished what it had collected; run again after the reset or use a GitHub App token with a higher limit.`
  })
}

function toFailure(error: unknown, request: RequestRecord, permission: string): GitHubRequestFailure {
  const status = (error as { status?: number }).status
  const message = responseMessage(error)
  request.status = status ?? 0
  if (status === 401) {
    return new GitHubRequestFailure(request, {
      status,
      message: `GitHub rejected the token (401 ${message}): it is missing, expired or revoked. Check the github-token input.`
    })
  }
  if (status === 403 || status === 429) {
    if (/rate limit/i.test(message)) {
      return new GitHubRequestFailure(request, {
        status,
        message: `Rate limited by GitHub and the wait budget ran out (${message}). Run again later or use a GitHub App token with a higher limit.`
      })
    }
    return new GitHubRequestFailure(request, {
      status,
      message: `${request.method} ${request.path} was refused (${status} ${message}): the token lacks ${permission}.`,
      missingPermission: permission
    })
  }
  if (status === 404) {
    return new GitHubRequestFailure(request, {
      status,
      message: `${request.method} ${request.path}: 404 ${message}`
    })
  }
  if (status !== undefined && status >= 500) {
    return new GitHubRequestFailure(request, {
      status,
      message: `GitHub answered ${status} to ${request.method} ${request.path} after retries: ${message}`
    })
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return new GitHubRequestFailure(request, {
    status,
    message:
      `${request.method} ${request.path} failed: ${cause?.code ?? ''} ${cause?.message ?? message}`.replace(
        /\s+/g,
        ' '
      )
  })
}

function responseMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } }).response?.data
  if (data && typeof data === 'object' && 'message' in data) return String(data.message)
  return (error as Error).message ?? String(error)
}
