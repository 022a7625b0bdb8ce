import { httpUrlValue, parseValue } from './inputs/parsers.js'
import type { RunMetadata } from './run.js'

/** Where the GitHub API is: from the runner's environment, so GHES and the local simulator work unchanged. */
export function apiUrls(env: NodeJS.ProcessEnv): { apiUrl: string; graphqlUrl: string } {
  const url = httpUrlValue('https://api.github.com or https://github.example.com/api/v3')
  const apiUrl = parseValue(url, env.GITHUB_API_URL || 'https://api.github.com', 'GITHUB_API_URL').replace(
    /\/+$/,
    ''
  )
  const graphqlUrl = env.GITHUB_GRAPHQL_URL
    ? parseValue(url, env.GITHUB_GRAPHQL_URL, 'GITHUB_GRAPHQL_URL')
    : `${apiUrl}/graphql`
  return { apiUrl, graphqlUrl }
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

export { parseList } from './inputs/parsers.js'

/** Test and tuning knob: the first retry backoff step for 5xx and connection failures. */
export function retryBaseMs(env: NodeJS.ProcessEnv): number | undefined {
  const value = Number(env.ANNEX_EVIDENCE_RETRY_BASE_MS)
  return Number.isFinite(value) && value > 0 ? value : undefined
}
