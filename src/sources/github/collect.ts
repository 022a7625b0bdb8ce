import type { EvaluationPeriod } from '../../model.js'
import { chunk, mapWithLimit } from '../../util/concurrency.js'
import type { EvidenceSink } from '../evidence.js'
import type { GitHubClient } from './client.js'
import { collectBranchRules, collectClassicProtection } from './branch-protection.js'
import {
  activityWindow,
  collectRepoActivity,
  DEFAULT_BATCH_SIZE,
  DEFAULT_SEARCH_LAG_MS
} from './repo-activity.js'
import { carryActivity, type CarriedActivity, type SealedRecord } from './activity-carry.js'
import { collectRepoWebhooks } from './repo-webhooks.js'
import { AUDIT_LOG_LAG_MS, carryWebhooks, listingReadAt, WEBHOOKS_MAX_AGE_MS } from './webhooks-carry.js'
import { collectRepoEventsLog } from './audit-log.js'
import type { EvidenceRecord } from '../../model.js'
import type { PreviousBundle } from '../../store/previous-bundle.js'
import {
  collectRuleSuiteBypasses,
  collectRuleSuiteBypassesViaOrg,
  collectRulesets,
  type OrgRuleSuiteCache,
  type OrgRulesetCache
} from './rulesets.js'
import type { BranchRule } from './types.js'
import { resolveRepositories, type ResolvedRepository } from './repositories.js'
import { collectOrgGovernance } from './org-governance.js'
import { canonicalSubjects, inShard, orgShardSubject, type Shard } from '../../shard.js'
import {
  collectProtectionBatch,
  PROTECTION_BATCH_SIZE,
  type ProtectionAnswer,
  type ProtectionRepository
} from './protection-graphql.js'
import { GitHubRequestFailure, restGet } from './requests.js'
import {
  BYPASS_BATCH_SIZE,
  bypassListIsCertain,
  collectRulesetBypassBatch,
  type GraphqlRulesetBypass
} from './ruleset-bypass-graphql.js'
import { evidencePath } from './evidence-kinds.js'
import { orgEvidencePath } from '../../evidence/github-org.js'
import {
  collectPrivateVulnerabilityReporting,
  isPublicRepository
} from './private-vulnerability-reporting.js'

export interface GitHubCollectOptions {
  /** `owner/repo` or `owner/*` entries. */
  scope: string[]
  period: EvaluationPeriod
  /** REST requests in flight at once; GitHub's secondary limit allows 100 (REST and GraphQL), we stay far below. */
  concurrency?: number
  batchSize?: number
  /** `checks.pr-review.branches` and `search-lag` (as milliseconds): what the PR population covers. */
  pullRequests?: { branches: string[]; searchLagMs: number }
  /** false: branch protection through REST only, two requests per repository (the baseline the tests compare). */
  protectionViaGraphql?: boolean
  log?: (message: string) => void
  /** One shard of a matrix: only its repositories and organisations are collected (`src/shard.ts`). */
  shard?: Shard
  /** The chain's newest bundle: untouched repositories' merged pull requests and commits are taken from it. */
  previous?: PreviousBundle
  /**
   * false: repository webhooks are not read (`github.repo.webhooks-secure` in `checks.skip`). They are one REST
   * request per repository, the largest per-repository cost of a first night.
   */
  repoWebhooks?: boolean
}

export interface GitHubCollectResult {
  repositories: string[]
  archived: string[]
  unreachable: string[]
  /** In a shard: the subjects collected (`owner/repo`, `org:owner`) and every one in scope, canonical. */
  shard?: { subjects: string[]; population: string[] }
}

/**
 * The bypass lists of every ruleset the GraphQL protection answers named, each ruleset once however many
 * repositories it governs (an organization ruleset governs many), 149 per request.
 */
async function readBypassLists(
  client: GitHubClient,
  answers: ProtectionAnswer[]
): Promise<{ byNodeId: Map<string, GraphqlRulesetBypass>; asked: number; answered: number }> {
  const nodeIds = [
    ...new Set(answers.flatMap((a) => (a.rules ? [...(a.rulesetNodeIds?.values() ?? [])] : [])))
  ]
  const byNodeId = new Map<string, GraphqlRulesetBypass>()
  const results = await mapWithLimit(chunk(nodeIds, BYPASS_BATCH_SIZE), client.graphqlConcurrency, (batch) =>
    collectRulesetBypassBatch(client, batch)
  )
  for (const result of results) for (const [id, list] of result) byNodeId.set(id, list)
  return { byNodeId, asked: nodeIds.length, answered: byNodeId.size }
}

/**
 * Collects GitHub evidence for every repository in scope. Shared requests do most of the work: org listings of
 * 100 repositories, GraphQL requests covering 37 repositories' branch protection (rulesets and classic rules)
 * and many repositories' activity each, organization rulesets and rule suites read once per organization.
 * Per repository, REST is asked only where GraphQL cannot answer with certainty (see protection-graphql.ts),
 * for repository rulesets' bypass lists and rule suites, for repository webhooks, and for public repositories'
 * private vulnerability reporting setting; those answers carry ETags, so an unchanged night
 * costs nothing against the primary limit.
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

  const plans = new Map<string, Promise<boolean>>()
  const planProtectsPrivate = (owner: string) => {
    if (!plans.has(owner)) plans.set(owner, orgPlanProtectsPrivate(client, owner))
    return plans.get(owner)!
  }
  const targets: ProtectionRepository[] = []
  for (const repo of active) {
    const owner = repo.fullName.split('/')[0]!
    targets.push({
      fullName: repo.fullName,
      defaultBranch: repo.data!.default_branch,
      private: repo.data!.private,
      admin: repo.data!.permissions?.admin === true,
      planProtectsPrivate: repo.data!.private ? await planProtectsPrivate(owner) : true
    })
  }
  const answers =
    options.protectionViaGraphql === false
      ? []
      : (
          await mapWithLimit(chunk(targets, PROTECTION_BATCH_SIZE), client.graphqlConcurrency, (batch) =>
            collectProtectionBatch(client, batch)
          )
        ).flat()
  const fromGraphql = answers.filter((a) => a.rules && a.classic).length
  log(
    `Branch protection: ${fromGraphql} of ${targets.length} repositories answered by GraphQL, the rest asked through REST`
  )

  const bypassLists = await readBypassLists(client, answers)
  log(
    `Ruleset bypass lists: ${bypassLists.answered} of ${bypassLists.asked} rulesets answered by GraphQL, the rest asked through REST`
  )

  // In a shard the organization's audit-log read would be recorded by every shard: listings are read there.
  const carriedWebhooks =
    options.repoWebhooks !== false && options.previous && !shard
      ? await carryWebhookListings(client, active, options.previous, sink, log)
      : new Map<string, EvidenceRecord>()
  if (options.previous && options.repoWebhooks !== false)
    log(
      `Webhooks: ${carriedWebhooks.size} of ${active.length} repositories' listings carried forward from ${options.previous.key} (the audit log records no webhook or transfer event for them since they were read)`
    )

  const orgRulesets: OrgRulesetCache = new Map()
  const orgRuleSuites: OrgRuleSuiteCache = new Map()
  await mapWithLimit(active, options.concurrency ?? client.restConcurrency, async (repo, index) => {
    const branch = repo.data!.default_branch
    const answer: ProtectionAnswer = answers[index] ?? {}
    const rules = answer.rules ?? (await collectBranchRules(client, repo.fullName, branch))
    await sink.add(rules)
    await sink.add(answer.classic ?? (await collectClassicProtection(client, repo.fullName, branch)))
    // Who may bypass the rulesets, and who did: only where rulesets apply (classic protection has no rule suites).
    const applied = (rules.data as { rules: BranchRule[] } | undefined)?.rules ?? []
    if (applied.length > 0) {
      const known = new Map<number, GraphqlRulesetBypass>()
      const repositoryAdmin = repo.data!.permissions?.admin === true
      if (answer.rules === rules)
        for (const [id, nodeId] of answer.rulesetNodeIds ?? []) {
          const list = bypassLists.byNodeId.get(nodeId)
          const sourceType = applied.find((rule) => rule.ruleset_id === id)?.ruleset_source_type
          if (list && bypassListIsCertain(list, { sourceType, repositoryAdmin })) known.set(id, list)
        }
      await sink.add(await collectRulesets(client, repo.fullName, branch, applied, orgRulesets, known))
      const orgOnly = applied.every((rule) => rule.ruleset_source_type === 'Organization')
      await sink.add(
        orgOnly
          ? await collectRuleSuiteBypassesViaOrg(client, repo.fullName, branch, options.period, orgRuleSuites)
          : await collectRuleSuiteBypasses(client, repo.fullName, branch, options.period)
      )
    }
    // Private vulnerability reporting: only public repositories can be reported on by outsiders.
    if (isPublicRepository(repo.data!))
      await sink.add(await collectPrivateVulnerabilityReporting(client, repo.fullName))
    // Webhooks have no org-level or GraphQL listing: one request per repository, 304 on an unchanged night,
    // none where the audit log shows the previous listing still stands.
    if (options.repoWebhooks !== false)
      await sink.add(
        carriedWebhooks.get(repo.fullName) ??
          (await collectRepoWebhooks(client, repo.fullName, repo.data!.id))
      )
  })

  const carried = await carryForward(active, answers, options)
  if (options.previous)
    log(
      `Pull requests and commits: ${carried.size} of ${active.length} repositories unchanged since ${options.previous.key} (same default-branch head, no push since), carried forward from it`
    )
  const activity = await collectRepoActivity(
    client,
    active.map((repo) => ({ fullName: repo.fullName, defaultBranch: repo.data!.default_branch })),
    options.period,
    { batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE, ...options.pullRequests, carried }
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

/**
 * The repositories whose activity records can be taken from the previous bundle (activity-carry.ts): read
 * back only where the protection query gave the default branch's head, checked against the previous
 * manifest record by record.
 */
async function carryForward(
  active: ResolvedRepository[],
  answers: ProtectionAnswer[],
  options: GitHubCollectOptions
): Promise<Map<string, CarriedActivity>> {
  const carried = new Map<string, CarriedActivity>()
  const previous = options.previous
  if (!previous) return carried
  const lagMs = options.pullRequests?.searchLagMs ?? DEFAULT_SEARCH_LAG_MS
  const window = activityWindow(options.period, lagMs)
  const branches = options.pullRequests?.branches ?? []
  await mapWithLimit(active, 8, async (repo, index) => {
    const head = answers[index]?.head
    if (!head || branches.length > 0) return
    const defaultBranch = repo.data!.default_branch
    const [pullRequests, commits] = await Promise.all([
      previous.record(evidencePath(repo.fullName, 'pull-requests')),
      previous.record(evidencePath(repo.fullName, 'default-branch-commits'))
    ])
    const decision = carryActivity(
      { ...(pullRequests ? { pullRequests } : {}), ...(commits ? { commits } : {}) },
      {
        defaultBranch,
        branches: [defaultBranch],
        pushedAt: repo.data!.pushed_at ?? undefined,
        head,
        period: options.period,
        window,
        lagMs,
        bundle: { key: previous.key, manifestSha256: previous.manifestSha256 }
      }
    )
    if ('carried' in decision) carried.set(repo.fullName, decision.carried)
  })
  return carried
}

/**
 * The repositories whose webhook listings can be taken from the previous bundle (webhooks-carry.ts): where a
 * previous listing can be carried by age, the owner's audit log is read once, from the oldest such listing on,
 * and recorded; each listing is then carried only where no event names its repository since it was read.
 */
async function carryWebhookListings(
  client: GitHubClient,
  active: ResolvedRepository[],
  previous: PreviousBundle,
  sink: EvidenceSink,
  log: (message: string) => void
): Promise<Map<string, EvidenceRecord>> {
  const nowMs = Date.now()
  const ownerOf = (repo: ResolvedRepository) => repo.fullName.split('/')[0]!
  // An org whose audit log the previous night could not read (a plan without it, a token without the
  // permission) is not asked again for it, and its listings are not read back from the store: they are asked
  // for, and no refusal is recorded night after night.
  const auditable = new Set<string>()
  for (const owner of [...new Set(active.map(ownerOf))].sort()) {
    const lastNight = await previous.record(orgEvidencePath(owner, 'audit-log'))
    if (lastNight?.record.data) auditable.add(owner)
  }
  const candidates = active.filter((repo) => auditable.has(ownerOf(repo)))
  const sealed = new Map<string, SealedRecord>()
  await mapWithLimit(candidates, 8, async (repo) => {
    const found = await previous.record(evidencePath(repo.fullName, 'webhooks'))
    if (found) sealed.set(repo.fullName, found)
  })
  const oldest = new Map<string, number>()
  for (const [fullName, { record }] of sealed) {
    const readAt = listingReadAt(record)
    if (readAt === undefined || nowMs - readAt > WEBHOOKS_MAX_AGE_MS) continue
    const owner = fullName.split('/')[0]!
    oldest.set(owner, Math.min(oldest.get(owner) ?? Infinity, readAt))
  }
  const carried = new Map<string, EvidenceRecord>()
  const reasons = new Map<string, number>()
  const unaudited = active.length - candidates.length
  if (unaudited > 0)
    reasons.set('the audit log of their organization could not be read last night', unaudited)
  for (const [owner, readAt] of [...oldest].sort(([a], [b]) => a.localeCompare(b))) {
    const events = await collectRepoEventsLog(client, owner, readAt - AUDIT_LOG_LAG_MS, sink)
    for (const repo of candidates) {
      if (ownerOf(repo) !== owner) continue
      const decision = carryWebhooks(sealed.get(repo.fullName), {
        fullName: repo.fullName,
        repositoryId: repo.data!.id,
        events,
        bundle: { key: previous.key, manifestSha256: previous.manifestSha256 },
        nowMs
      })
      if ('carried' in decision) carried.set(repo.fullName, decision.carried)
      else reasons.set(decision.reason, (reasons.get(decision.reason) ?? 0) + 1)
    }
  }
  if (reasons.size > 0)
    log(
      `Webhooks read again: ${[...reasons].map(([reason, count]) => `${count} because ${reason}`).join('; ')}`
    )
  return carried
}

/**
 * Whether the owner's plan offers branch protection on private repositories: GitHub Free does not ("Protected
 * branches are available in public repositories with GitHub Free …, and in public and private repositories
 * with GitHub Pro, GitHub Team, GitHub Enterprise Cloud", docs.github.com/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches).
 * `plan` is in `GET /orgs/{org}` for owners only; unknown counts as no, and REST then says it in GitHub's words.
 */
async function orgPlanProtectsPrivate(client: GitHubClient, owner: string): Promise<boolean> {
  try {
    const { data } = await restGet<{ plan?: { name?: string } }>(
      client,
      `/orgs/${owner}`,
      'metadata: read on the organization'
    )
    const plan = data.plan?.name?.toLowerCase()
    return plan !== undefined && plan !== 'free'
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
    return false
  }
}
