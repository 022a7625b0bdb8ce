import { join } from 'node:path'
import { durationMs } from '../../config/period.js'
import type { Source } from '../source.js'
import { createGitHubClient } from './client.js'
import { collectGitHub } from './collect.js'
import { EtagCache } from './etag-cache.js'
import { tokenIdentity } from './token-identity.js'
import { GITHUB_EVIDENCE, repoSubject } from './evidence-kinds.js'

/** GitHub as a plug-in of the nightly run: the repositories in scope, through one client and its ETag cache. */
export const source: Source = {
  async collect(settings, sink, log) {
    const etags = await EtagCache.open(join(settings.cacheDir, 'github-etags.json'), settings.apiUrl)
    const client = createGitHubClient({
      token: settings.token,
      apiUrl: settings.apiUrl,
      graphqlUrl: settings.graphqlUrl,
      rateLimitBudgetSeconds: settings.rateLimitBudgetSeconds,
      retryBaseMs: settings.retryBaseMs,
      log: (message) => log.warning(message),
      etags
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
      log: log.info,
      ...(settings.shard ? { shard: settings.shard } : {})
    })
    log.info(
      `Requests: ${client.stats.http} HTTP (${client.stats.rest} REST, ${client.stats.graphql} GraphQL, ${client.stats.graphqlPoints} GraphQL points; ${client.stats.notModified} answered 304 Not Modified, free against the rate limit)`
    )
    await etags.save()
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
      requests: client.finish(),
      ...(collected.shard ? { shard: collected.shard } : {})
    }
  }
}
