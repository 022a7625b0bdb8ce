import { createHash } from 'node:crypto'
import pRetry, { AbortError } from 'p-retry'
import type { CollectionError, RequestRecord } from '../model.js'

/** A request to a non-GitHub API (model registries) that did not produce evidence. */
export class HttpFailure extends Error {
  override name = 'HttpFailure'
  constructor(
    readonly request: RequestRecord,
    readonly failure: CollectionError
  ) {
    super(failure.message)
  }
}

export interface HttpOptions {
  /** Sent, never recorded. */
  headers?: Record<string, string>
  attempts?: number
  timeoutMs?: number
  /** The first wait before a retry, doubled for each next one (default 500 ms). */
  retryBaseMs?: number
  /** Bound on the time spent waiting between attempts, Retry-After included (default 60 s). */
  maxWaitMs?: number
  /** Names the service in messages, e.g. `MLflow at https://mlflow.example.com`. */
  service: string
  /** What a 401/403 means the credentials lack, e.g. `read access to the model registry`. */
  permission: string
  /** A read-only POST with a JSON body (e.g. the Hugging Face Hub's `paths-info`); default GET. */
  postJson?: unknown
}

/** Statuses that say "later" (RFC 9110 §15.6, RFC 6585 §4): retried, after Retry-After when given. */
const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504])
const DEFAULT_MAX_WAIT_MS = 60_000

/** An attempt that may succeed if repeated: a status of RETRIED_STATUSES or no answer at all. */
class TransientFailure extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly detail?: string,
    /** What the server's Retry-After asked for, in ms. */
    readonly retryAfterMs?: number
  ) {
    super(message)
  }
}

/**
 * GET a URL and record it like the GitHub collectors do: method, path, time, status and the SHA-256 of
 * the body as received. 429, 5xx and connection failures are retried with backoff (p-retry), waiting at
 * least what Retry-After asks, as long as the waits stay within maxWaitMs; the rest is final.
 */
export async function recordedGet(
  url: string,
  options: HttpOptions
): Promise<{ body: string; request: RequestRecord; contentType: string }> {
  const parsed = new URL(url)
  const request: RequestRecord = {
    method: options.postJson === undefined ? 'GET' : 'POST',
    path: `${parsed.pathname}${parsed.search}`,
    time: '',
    status: 0
  }
  const attempts = Math.max(1, options.attempts ?? 3)
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS
  let waited = 0
  const attempt = async () => {
    let response: Response
    let body: string
    try {
      response = await fetch(url, {
        ...(options.postJson === undefined
          ? { headers: options.headers }
          : {
              method: 'POST',
              headers: { ...options.headers, 'content-type': 'application/json' },
              body: JSON.stringify(options.postJson)
            }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000)
      })
      body = await response.text()
    } catch (error) {
      request.time = new Date().toISOString()
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name
      throw new TransientFailure(`${cause}: ${(error as Error).message}`)
    }
    request.time = new Date().toISOString()
    request.status = response.status
    request.responseSha256 = createHash('sha256').update(body).digest('hex')
    if (response.ok) return { body, request, contentType: response.headers.get('content-type') ?? '' }
    const detail = errorDetail(body)
    if (RETRIED_STATUSES.has(response.status)) {
      throw new TransientFailure(
        `${response.status} ${detail}`,
        response.status,
        detail,
        retryAfterMs(response.headers.get('retry-after'), Date.now())
      )
    }
    throw new AbortError(new HttpFailure(request, describe(response.status, detail, request, options)))
  }
  try {
    return await pRetry(attempt, {
      retries: attempts - 1,
      minTimeout: options.retryBaseMs ?? 500,
      factor: 2,
      randomize: false,
      onFailedAttempt: async ({ error, retriesLeft, retryDelay }) => {
        if (retriesLeft === 0 || !(error instanceof TransientFailure)) return
        const wait = Math.max(retryDelay, error.retryAfterMs ?? 0)
        if (waited + wait > maxWaitMs) {
          throw new WaitTooLong(error, wait)
        }
        waited += wait
        // p-retry then waits retryDelay itself; a longer Retry-After is waited here first.
        if (wait > retryDelay) await sleep(wait - retryDelay)
      }
    })
  } catch (error) {
    if (error instanceof HttpFailure) throw error
    const failure = error instanceof WaitTooLong ? error.failure : error
    if (!(failure instanceof TransientFailure)) throw failure
    if (failure.status !== undefined) {
      const { message, ...rest } = describe(failure.status, failure.detail ?? '', request, options)
      throw new HttpFailure(request, {
        ...rest,
        message:
          error instanceof WaitTooLong
            ? `${message} (it asked to retry in ${Math.ceil(error.waitMs / 1000)} s, beyond the ${Math.round(maxWaitMs / 1000)} s this run waits)`
            : `${message} (after ${attempts} attempts)`
      })
    }
    throw new HttpFailure(request, {
      message: `${options.service} could not be reached (${failure.message}) after ${error instanceof WaitTooLong ? 'waiting as long as this run waits' : `${attempts} attempts`}: check the URL and the network.`
    })
  }
}

class WaitTooLong extends Error {
  constructor(
    readonly failure: TransientFailure,
    readonly waitMs: number
  ) {
    super(failure.message)
  }
}

/** Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3), in ms from `now`; else undefined. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

export async function recordedGetJson<T>(
  url: string,
  options: HttpOptions
): Promise<{ data: T; request: RequestRecord }> {
  const { body, request } = await recordedGet(url, options)
  try {
    return { data: JSON.parse(body) as T, request }
  } catch {
    throw new HttpFailure(request, {
      status: request.status,
      message: `${options.service} answered ${request.path} with a body that is not JSON`
    })
  }
}

function describe(
  status: number,
  detail: string,
  request: RequestRecord,
  options: HttpOptions
): CollectionError {
  if (status === 401) {
    return {
      status,
      message: `${options.service} rejected the credentials (401 ${detail}): set the token for it (see README).`
    }
  }
  if (status === 403) {
    return {
      status,
      message: `${options.service} refused ${request.path} (403 ${detail}): the credentials lack ${options.permission}.`,
      missingPermission: options.permission
    }
  }
  return { status, message: `${options.service} answered ${status} to ${request.path}: ${detail}` }
}

function errorDetail(body: string): string {
  try {
    const json = JSON.parse(body) as { message?: string; error?: string; error_code?: string }
    return [json.error_code, json.message ?? json.error].filter(Boolean).join(': ') || body.slice(0, 200)
  } catch {
    return body.slice(0, 200)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
