import type { EvaluationPeriod } from '../../model.js'
import { mapWithLimit } from '../../util/concurrency.js'
import type { EvidenceSink } from '../evidence.js'
import type { GitHubClient } from './client.js'
import { collectBranchRules, collectClassicProtection } from './branch-protection.js'
import { collectRepoActivity, DEFAULT_BATCH_SIZE } from './repo-activity.js'
import { collectRuleSuiteBypasses, collectRulesets, type OrgRulesetCache } from './rulesets.js'
import type { BranchRule } from './types.js'
import { resolveRepositories } from './repositories.js'
import { collectOrgGovernance } from './org-governance.js'
import { canonicalSubjects, inShard, orgShardSubject, type Shard } from '../../shard.js'

export interface GitHubCollectOptions {
  /** `owner/repo` or `owner/*` entries. */
  scope: string[]
  period: EvaluationPeriod
  /** REST requests in flight at once; GitHub's secondary limit allows 100, we stay far below. */
  concurrency?: number
  batchSize?: number
  /** `checks.pr-review.branches` and `search-lag` (as milliseconds): what the PR population covers. */
  pullRequests?: { branches: string[]; searchLagMs: number }
  log?: (message: string) => void
  /** One shard of a matrix: only its repositories and organisations are collected (`src/shard.ts`). */
  shard?: Shard
}

export interface GitHubCollectResult {
  repositories: string[]
  archived: string[]
  unreachable: string[]
  /** In a shard: the subjects collected (`owner/repo`, `org:owner`) and every one in scope, canonical. */
  shard?: { subjects: string[]; population: string[] }
}

/**
 * Collects GitHub evidence for every repository in scope. Per repository it spends two REST requests
 * (branch rules, classic protection), plus one per ruleset and one for rule suites where rulesets apply
 * (who may bypass them, who did); everything else is shared: org listings of 100 repositories and
 * GraphQL requests covering many repositories each.
 */
export async function collectGitHub(
  client: GitHubClient,
  sink: EvidenceSink,
  options: GitHubCollectOptions
): Promise<GitHubCollectResult> {
  const log = options.log ?? (() => {})
  const { shard } = options
  const population = new Set<string>()
  const covered = new Set<string>()
  const resolved = await resolveRepositories(client, options.scope, sink, {
    population,
    include: (fullName) => {
      const mine = inShard(shard, fullName)
      if (mine) covered.add(fullName)
      return mine
    }
  })
  const unreachable = resolved.filter((repo) => !repo.data).map((repo) => repo.fullName)
  const archived = resolved.filter((repo) => repo.data?.archived).map((repo) => repo.fullName)
  // Archived repositories are read-only: nothing can be merged or changed, so there is nothing to collect.
  const active = resolved.filter((repo) => repo.data && !repo.data.archived)
  log(
    `Repositories in scope: ${resolved.length} (${active.length} active, ${archived.length} archived, ${unreachable.length} unreachable)`
  )

  const orgRulesets: OrgRulesetCache = new Map()
  await mapWithLimit(active, options.concurrency ?? 8, async (repo) => {
    const branch = repo.data!.default_branch
    const rules = await collectBranchRules(client, repo.fullName, branch)
    await sink.add(rules)
    await sink.add(await collectClassicProtection(client, repo.fullName, branch))
    // Who may bypass the rulesets, and who did: only where rulesets apply (classic protection has no rule suites).
    const applied = (rules.data as { rules: BranchRule[] } | undefined)?.rules ?? []
    if (applied.length > 0) {
      await sink.add(await collectRulesets(client, repo.fullName, branch, applied, orgRulesets))
      await sink.add(await collectRuleSuiteBypasses(client, repo.fullName, branch, options.period))
    }
  })

  const activity = await collectRepoActivity(
    client,
    active.map((repo) => ({ fullName: repo.fullName, defaultBranch: repo.data!.default_branch })),
    options.period,
    { batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE, ...options.pullRequests }
  )
  for (const record of activity) await sink.add(record)

  // In a shard, each organisation's own evidence (settings, alert listings, audit log) is collected by the
  // one shard its name hashes to, so the merged bundle has it once; without shards, per owner of an active repository.
  const owners = shard
    ? [...new Set([...population].map((fullName) => fullName.split('/')[0]!))]
        .sort()
        .filter((owner) => inShard(shard, orgShardSubject(owner)))
    : undefined
  await collectOrgGovernance(
    client,
    active.map((repo) => repo.fullName),
    options.period,
    sink,
    owners
  )

  return {
    repositories: resolved.map((repo) => repo.fullName),
    archived,
    unreachable,
    ...(shard
      ? {
          shard: {
            subjects: canonicalSubjects([...covered, ...(owners ?? []).map(orgShardSubject)]),
            population: canonicalSubjects([
              ...population,
              ...[...population].map((fullName) => orgShardSubject(fullName.split('/')[0]!))
            ])
          }
        }
      : {})
  }
}
