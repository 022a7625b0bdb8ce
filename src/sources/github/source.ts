import { join } from 'node:path'
import { durationMs } from '../../config/period.js'
import type { Source } from '../source.js'
import { appAuth, findInstallation, installationOwner, type GitHubAppSettings } from './app-auth.js'
import { createGitHubClient, type GitHubAppAuth, type GitHubClientOptions } from './client.js'
import { collectGitHub } from './collect.js'
import { EtagCache } from './etag-cache.js'
import { tokenIdentity } from './token-identity.js'
import { GITHUB_EVIDENCE, repoSubject } from './evidence-kinds.js'
import {
  BUNDLE_HISTORY_EVIDENCE,
  BUNDLE_HISTORY_PATH,
  BUNDLE_HISTORY_SUBJECT,
  GITHUB_ORG_EVIDENCE
} from '../../evidence/github-org.js'
import type { EvidenceSink } from '../evidence.js'
import type { PreviousBundle } from '../../store/previous-bundle.js'
import type { SourceLog, SourceSettings } from '../source.js'

/** The check whose evidence alone costs a REST request per repository (collect.ts, repoWebhooks). */
const REPO_WEBHOOKS_CHECK = 'github.repo.webhooks-secure'

/** The store state (src/store/state.ts) holding the ETags. */
const ETAG_STATE = 'github-etags'

/** GitHub as a plug-in of the nightly run: the repositories in scope, through one client and its ETag cache. */
export const source: Source = {
  async collect(settings, sink, log) {
    const cacheFile = join(settings.cacheDir, 'github-etags.json')
    // ETags live in the store beside the bundles (a hosted runner starts empty); a cache directory kept by an
    // earlier version workflow (a cache step) is read when the store has none yet.
    const stored = settings.state ? await settings.state.read(ETAG_STATE) : undefined
    const etags = stored
      ? EtagCache.fromState(stored, settings.apiUrl, cacheFile)
      : await EtagCache.open(cacheFile, settings.apiUrl)
    log.info(`Conditional requests: ${etags.size} ETags from ${stored ? 'the store' : 'the cache directory'}`)
    const options = {
      token: settings.token,
      apiUrl: settings.apiUrl,
      graphqlUrl: settings.graphqlUrl,
      rateLimitBudgetSeconds: settings.rateLimitBudgetSeconds,
      retryBaseMs: settings.retryBaseMs,
      log: (message: string) => log.warning(message),
      writes: false
    }
    const { period, scope, config } = settings
    const app = settings.githubApp ? await githubAppClientAuth(settings.githubApp, scope, options) : undefined
    const client = createGitHubClient({ ...options, etags, ...(app ? { app: app.auth } : {}) })
    log.info(`Scope: ${scope.join(', ')}; period ${period.start} → ${period.end} (${period.expression})`)
    // Who collected, as `callerArn` is for AWS: the manifest's sources.github.token. For an App, the
    // installation token is minted here (and registered as a secret by the token cache).
    const token = app
      ? ((await client.octokit.auth({ type: 'installation' })) as { token: string }).token
      : settings.token
    const collector = await tokenIdentity(client, token)
    if (app) log.info(`Authenticated as GitHub App ${app.appId}, installation ${app.installationId}`)
    const previous = await openPrevious(settings, log)
    const collected = await collectGitHub(client, sink, {
      ...(previous ? { previous } : {}),
      // Skipping the check skips its one request per repository.
      repoWebhooks: !config.checks.skip.includes(REPO_WEBHOOKS_CHECK),
      scope,
      period,
      pullRequests: {
        branches: config.checks['pr-review'].branches,
        searchLagMs: durationMs(config.checks['pr-review']['search-lag']) ?? 0
      },
      log: log.info,
      ...(settings.shard ? { shard: settings.shard } : {})
    })
    log.info(
      `Requests: ${client.stats.http} HTTP (${client.stats.rest} REST, ${client.stats.graphql} GraphQL, ${client.stats.graphqlPoints} GraphQL points; ${client.stats.notModified} answered 304 Not Modified, free against the rate limit)`
    )
    await recordBundleHistory(settings, sink, log)
    if (settings.state) {
      try {
        await settings.state.write(ETAG_STATE, etags.toState())
      } catch (error) {
        log.warning(
          `The ETags could not be kept in the store (the next run asks in full): ${(error as Error).message}`
        )
      }
    } else await etags.save()
    const { unreachable } = collected
    return {
      manifest: {
        apiUrl: settings.apiUrl,
        scope,
        repositories: collected.repositories.length,
        archived: collected.archived,
        unreachable,
        token: collector,
        ...(app ? { app: { appId: app.appId, installationId: app.installationId } } : {})
      },
      notes:
        unreachable.length > 0
          ? [`Repositories that could not be read (their findings are errors): ${unreachable.join(', ')}`]
          : [],
      failures: unreachable.map((repository) => {
        const record = settings.evidence.get(GITHUB_EVIDENCE.repository, repoSubject(repository))
        return `GitHub repository ${repository} collected nothing: ${record?.error?.message ?? 'it could not be read'}`
      }),
      subjects: collected.repositories.length,
      requests: client.finish(),
      ...(collected.shard ? { shard: collected.shard } : {})
    }
  }
}

/** The chain's newest bundle to carry unchanged activity from; without one, everything is asked. */
async function openPrevious(settings: SourceSettings, log: SourceLog): Promise<PreviousBundle | undefined> {
  if (!settings.previousBundle) return undefined
  try {
    const previous = await settings.previousBundle()
    if (!previous)
      log.info('No previous bundle to carry unchanged pull requests from: every repository is searched')
    return previous
  } catch (error) {
    log.info(`The previous bundle cannot be read (${(error as Error).message}): every repository is searched`)
    return undefined
  }
}

/**
 * App authentication for the run's client: the installation given, or the one on the scope's organisation,
 * asked once with the App's JWT (that request is not evidence and is not counted in the run's requests).
 */
async function githubAppClientAuth(
  app: GitHubAppSettings,
  scope: string[],
  options: Omit<GitHubClientOptions, 'app'>
): Promise<{ auth: GitHubAppAuth; appId: string; installationId: number }> {
  let installationId = app.installationId
  if (installationId === undefined) {
    const asApp = createGitHubClient({ ...options, app: await appAuth(app, undefined) })
    installationId = await findInstallation(asApp.octokit.request, app.appId, installationOwner(scope))
  }
  return { auth: await appAuth(app, installationId), appId: app.appId, installationId }
}

/** The checks whose nightly findings sample "in force" where the audit log cannot show it. */
export const SAMPLED_CHECKS = ['github.branch-protection.enabled', 'github.org.two-factor-required']

/**
 * Where an organisation's audit log could not be read (not Enterprise Cloud, or refused), the findings of the
 * period's earlier bundles of this scope are recorded instead, so github.audit-log.settings-in-force can
 * sample the period night by night. Nothing is read when every audit log was.
 */
async function recordBundleHistory(
  settings: SourceSettings,
  sink: EvidenceSink,
  log: SourceLog
): Promise<void> {
  const audits = settings.evidence.all(GITHUB_ORG_EVIDENCE.auditLog)
  const organizations = settings.evidence
    .all(GITHUB_ORG_EVIDENCE.organization)
    .filter((record) => !record.notes?.notAnOrganization)
  const needed = organizations.length > audits.length || audits.some((record) => !record.data)
  if (!needed || !settings.bundleHistory) return
  const base = {
    path: BUNDLE_HISTORY_PATH,
    source: 'github',
    subject: BUNDLE_HISTORY_SUBJECT,
    kind: BUNDLE_HISTORY_EVIDENCE,
    requests: []
  }
  try {
    const samples = await settings.bundleHistory(SAMPLED_CHECKS)
    log.info(
      `Audit log not available: ${samples.length} earlier bundle(s) of the period sample the settings instead`
    )
    await sink.add({ ...base, data: { scope: settings.scope.join(','), checks: SAMPLED_CHECKS, samples } })
  } catch (error) {
    await sink.add({
      ...base,
      error: { message: `The earlier bundles could not be read: ${(error as Error).message}` }
    })
  }
}
