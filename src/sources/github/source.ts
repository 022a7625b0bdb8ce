import { join } from 'node:path'
import { durationMs } from '../../config/period.js'
import type { Source } from '../source.js'
import { createGitHubClient } from './client.js'
import { collectGitHub } from './collect.js'
import { EtagCache } from './etag-cache.js'
import { tokenIdentity } from './token-identity.js'
import { GITHUB_EVIDENCE, repoSubject } from './evidence-kinds.js'

/** The store state (src/store/state.ts) holding the ETags. */
const ETAG_STATE = 'github-etags'

/** GitHub as a plug-in of the nightly run: the repositories in scope, through one client and its ETag cache. */
export const source: Source = {
  async collect(settings, sink, log) {
    const cacheFile = join(settings.cacheDir, 'github-etags.json')
    // ETags live in the store beside the bundles (a hosted runner starts empty); a cache directory kept by an
    // earlier version's workflow (a cache step) is read when the store has none yet.
    const stored = settings.state ? await settings.state.read(ETAG_STATE) : undefined
    const etags = stored
      ? EtagCache.fromState(stored, settings.apiUrl, cacheFile)
      : await EtagCache.open(cacheFile, settings.apiUrl)
    log.info(`Conditional requests: ${etags.size} ETags from ${stored ? 'the store' : 'the cache directory'}`)
    const client = createGitHubClient({
      token: settings.token,
      apiUrl: settings.apiUrl,
      graphqlUrl: settings.graphqlUrl,
      rateLimitBudgetSeconds: settings.rateLimitBudgetSeconds,
      retryBaseMs: settings.retryBaseMs,
      log: (message) => log.warning(message),
      etags,
      writes: false
    })
    const { period, scope, config } = settings
    log.info(`Scope: ${scope.join(', ')}; period ${period.start} → ${period.end} (${period.expression})`)
    // Who collected, as `callerArn` is for AWS: the manifest's sources.github.token.
    const collector = await tokenIdentity(client, settings.token)
    const collected = await collectGitHub(client, sink, {
      scope,
      period,
      pullRequests: {
        branches: config.checks['pr-review'].branches,
        searchLagMs: durationMs(config.checks['pr-review']['search-lag']) ?? 0
      },
      log: log.info
    })
    log.info(
      `Requests: ${client.stats.http} HTTP (${client.stats.rest} REST, ${client.stats.graphql} GraphQL, ${client.stats.graphqlPoints} GraphQL points; ${client.stats.notModified} answered 304 Not Modified, free against the rate limit)`
    )
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
        token: collector
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
      requests: client.finish()
    }
  }
}
