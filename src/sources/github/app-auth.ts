import { registerSecret } from '../../util/redact.js'
import type { GitHubAppAuth } from './client.js'

/** The GitHub App the run authenticates as (`app-id`, `app-private-key`, `app-installation-id`). */
export interface GitHubAppSettings {
  /** The App's numeric id (or its client id: GitHub accepts either as the JWT's `iss`). */
  appId: string
  /** PEM private key of the App. A secret: registered for redaction where it is read, never recorded. */
  privateKey: string
  /** The installation on the organisation; found with `GET /orgs/{org}/installation` when absent. */
  installationId?: number
}

export interface AppAuthOptions {
  /** Clock for the refresh decision; default the wall clock. */
  now?: () => number
  /**
   * How long before `expires_at` a cached installation token is replaced by a new one. GitHub's
   * installation tokens live one hour
   * (https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation:
   * "The installation access token will expire after 1 hour"); default 5 minutes, so no request of a
   * long run is sent with a token about to lapse.
   */
  refreshMarginMs?: number
}

export const DEFAULT_REFRESH_MARGIN_MS = 5 * 60_000

/**
 * A token cache for `@octokit/auth-app` that honours the `expires_at` GitHub returned with each token,
 * rather than the library's fixed 59-minute time-to-live: a cached token is handed out only while more than
 * `refreshMarginMs` of its life is left, otherwise the library mints a new one. The cache value is the
 * library's own `token|createdAt|expiresAt|…` line. Every token minted is registered as a secret.
 */
export function expiryAwareCache(options: AppAuthOptions = {}) {
  const now = options.now ?? Date.now
  const margin = options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS
  const entries = new Map<string, string>()
  return {
    get(key: string): string | undefined {
      const value = entries.get(key)
      if (value === undefined) return undefined
      const expiresAt = Date.parse(value.split('|')[2] ?? '')
      if (!Number.isFinite(expiresAt) || now() >= expiresAt - margin) {
        entries.delete(key)
        return undefined
      }
      return value
    },
    set(key: string, value: string): void {
      registerSecret(value.split('|')[0])
      entries.set(key, value)
    }
  }
}

/**
 * Octokit's `authStrategy`/`auth` pair for a GitHub App: JWT (RS256, signed with the private key) for the
 * App's own endpoints, an installation token for everything else. `@octokit/auth-app` is loaded only here, so
 * a run on a plain token never parses it.
 */
export async function appAuth(
  app: GitHubAppSettings,
  installationId: number | undefined,
  options: AppAuthOptions = {}
): Promise<GitHubAppAuth> {
  const { createAppAuth } = await import('@octokit/auth-app')
  return {
    authStrategy: createAppAuth,
    auth: {
      appId: app.appId,
      privateKey: app.privateKey,
      ...(installationId !== undefined ? { installationId } : {}),
      cache: expiryAwareCache(options)
    }
  }
}

/**
 * The one account whose installation can read the whole scope. An installation token covers one
 * organisation (https://docs.github.com/apps/using-github-apps/installing-your-own-github-app), so a scope
 * across several owners cannot be read with one and needs a run per organisation.
 */
export function installationOwner(scope: string[]): string {
  const owners = [...new Set(scope.map((entry) => entry.split('/')[0]!.toLowerCase()))]
  if (owners.length !== 1) {
    throw new Error(
      `GitHub App authentication: the repositories in scope belong to ${owners.length === 0 ? 'no owner' : `${owners.length} owners (${owners.join(', ')})`}; an installation token covers one organisation, so run once per organisation (a job matrix), each with its own repositories`
    )
  }
  return owners[0]!
}

/**
 * The App's installation on `org`, from `GET /orgs/{org}/installation` (authenticated as the App, with a
 * JWT: https://docs.github.com/rest/apps/apps#get-an-organization-installation-for-the-authenticated-app).
 * `request` is an Octokit authenticated as the App without an installation.
 */
export async function findInstallation(
  request: (route: string, parameters: Record<string, unknown>) => Promise<{ data: unknown }>,
  appId: string,
  org: string
): Promise<number> {
  try {
    const { data } = await request('GET /orgs/{org}/installation', { org })
    const id = (data as { id?: unknown }).id
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0)
      throw new Error(`GET /orgs/${org}/installation answered without an installation id`)
    return id
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404)
      throw new Error(
        `GitHub App ${appId} is not installed on ${org} (GET /orgs/${org}/installation answered 404): install the App on the organisation, or set app-installation-id`
      )
    if (status === 401)
      throw new Error(
        `GitHub refused the App's JWT (401 on GET /orgs/${org}/installation): check app-id and app-private-key (the key must be the App's current private key, and the runner's clock right)`
      )
    throw error
  }
}
