import { createHash } from 'node:crypto'
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
  /** Names the service in messages, e.g. `MLflow at https://mlflow.example.com`. */
  service: string
  /** What a 401/403 means the credentials lack, e.g. `read access to the model registry`. */
  permission: string
  /** A read-only POST with a JSON body (e.g. the Hugging Face Hub's `paths-info`); default GET. */
  postJson?: unknown
}

/**
 * GET a URL and record it like the GitHub collectors do: method, path, time, status and the SHA-256 of
 * the body as received. 5xx and connection failures are retried with backoff; the rest is final.
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
  const attempts = options.attempts ?? 3
  let lastError = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetch(url, {
        ...(options.postJson === undefined
          ? { headers: options.headers }
          : {
              method: 'POST',
              headers: { ...options.headers, 'content-type': 'application/json' },
              body: JSON.stringify(options.postJson)
            }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000)
      })
      const body = await response.text()
      request.time = new Date().toISOString()
      request.status = response.status
      request.responseSha256 = createHash('sha256').update(body).digest('hex')
      if (response.ok) return { body, request, contentType: response.headers.get('content-type') ?? '' }
      const detail = errorDetail(body)
      if (response.status >= 500 && attempt < attempts) {
        lastError = `${response.status} ${detail}`
        await sleep(250 * 2 ** attempt)
        continue
      }
      throw new HttpFailure(request, describe(response.status, detail, request, options))
    } catch (error) {
      if (error instanceof HttpFailure) throw error
      request.time = new Date().toISOString()
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name
      lastError = `${cause}: ${(error as Error).message}`
      if (attempt < attempts) {
        await sleep(250 * 2 ** attempt)
        continue
      }
    }
  }
  throw new HttpFailure(request, {
    message: `${options.service} could not be reached (${lastError}) after ${attempts} attempts: check the URL and the network.`
  })
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
