import type { RunMetadata } from './run.js'
import type { S3Settings } from './store/destination.js'

/** Where the GitHub API is: from the runner's environment, so GHES and the local simulator work unchanged. */
export function apiUrls(env: NodeJS.ProcessEnv): { apiUrl: string; graphqlUrl: string } {
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  return { apiUrl, graphqlUrl: env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql` }
}

/** The workflow run that produced the bundle, recorded in the manifest so an auditor can trace it. */
export function runMetadata(env: NodeJS.ProcessEnv, now: Date): RunMetadata {
  const defined = (entries: [string, string | undefined][]) =>
    Object.fromEntries(entries.filter(([, value]) => value)) as Record<string, string>
  return {
    id: env.GITHUB_RUN_ID || `local-${now.getTime()}`,
    ...defined([
      ['attempt', env.GITHUB_RUN_ATTEMPT],
      ['repository', env.GITHUB_REPOSITORY],
      ['workflow', env.GITHUB_WORKFLOW],
      ['commit', env.GITHUB_SHA],
      ['ref', env.GITHUB_REF],
      ['event', env.GITHUB_EVENT_NAME],
      ['actor', env.GITHUB_ACTOR],
      ['serverUrl', env.GITHUB_SERVER_URL]
    ])
  }
}

/** `a/b, c/*` or one per line, as workflow authors write lists in inputs. */
export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0 && !item.startsWith('#'))
}

/** Test and tuning knob: the first retry backoff step for 5xx and connection failures. */
export function retryBaseMs(env: NodeJS.ProcessEnv): number | undefined {
  const value = Number(env.ANNEX_EVIDENCE_RETRY_BASE_MS)
  return Number.isFinite(value) && value > 0 ? value : undefined
}

/**
 * S3 settings from inputs (action) or flags (CLI), named alike. The endpoint falls back to the standard
 * AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL variables, the region to the SDK's AWS_REGION.
 */
export function s3Settings(get: (name: string) => string | undefined, env: NodeJS.ProcessEnv): S3Settings {
  const value = (name: string) => get(name) || undefined
  return {
    region: value('aws-region'),
    endpoint: value('s3-endpoint') || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined,
    forcePathStyle: value('s3-force-path-style') === 'true',
    sse: value('sse'),
    kmsKeyId: value('kms-key-id'),
    retentionMode: value('retention-mode'),
    retentionDays: value('retention-days')
  }
}
