import type { EvidenceRecord, RequestRecord } from '../../model.js'
import type { GitHubClient } from './client.js'
import { GitHubRequestFailure, graphqlPost, type GraphQLError } from './requests.js'
import type { BranchRule, ClassicProtection, ProtectionEvidence } from './types.js'
import { GITHUB_EVIDENCE, evidencePath, repoSubject } from './evidence-kinds.js'

/**
 * The default branch's protection for many repositories per GraphQL request, instead of two REST requests
 * per repository (`/rules/branches/{branch}` and `/branches/{branch}/protection`, whose 404 "Branch not
 * protected" carries no ETag and so costs every night):
 *
 * - rulesets: `Repository.rulesets(includeParents: true)`, "rulesets configured at higher levels that apply to
 *   this repository" (docs.github.com/graphql/reference/objects#repository), filtered as `GET /rules/branches`
 *   filters them ("Returns all active rules that apply to the specified branch … Rules in rulesets with
 *   evaluate or disabled enforcement statuses are not returned", docs.github.com/rest/repos/rules#get-rules-for-a-branch):
 *   active, targeting branches, with a `ref_name` condition that matches the default branch;
 * - classic protection: `Ref.branchProtectionRule`, the rule GitHub applies to the default branch
 *   (docs.github.com/graphql/reference/objects#ref), rendered in the REST shape the checks read.
 *
 * Both records keep their kinds and shapes, so every check reads them unchanged. Where GraphQL cannot answer
 * with certainty the repository is left to REST, which answers as before: a token without admin rights
 * (branch protection is shown only to admins; REST's 403 names the permission), an empty repository (REST's
 * 404 "Branch not found"), a private repository without protection on a plan that may not offer it (REST's
 * 403 "Upgrade to GitHub Pro"), a condition this code does not evaluate (custom properties, repository ids,
 * unusual patterns), more rulesets or rules than one page, or any error or null in the answer.
 */
/**
 * 37 repositories per request: 4 requests each (below), 148 in all, which GitHub's rounding to the nearest
 * point makes 1 point, where 112 repositories (448 requests) are 4: a point per 37 repositories instead of
 * per 28, for one more HTTP request per 37.
 */
export const PROTECTION_BATCH_SIZE = 37
/**
 * Per repository: rulesets (1) + rules per ruleset (RULESETS_PAGE) + bypass allowances (1) connections, by
 * GitHub's rule ("Add up the number of requests needed to fulfill each unique connection in the call. Assume
 * every request will reach the first or last argument limits", docs.github.com/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#calculating-a-rate-limit-score-before-running-the-call):
 * 4 requests, 4 points per 100 repositories (6 with pages of 4). A repository with more rulesets than the page
 * (its own and its owners') is read through REST, whose answer carries an ETag and is 304 on an unchanged night.
 */
const RULESETS_PAGE = 2
const RULES_PAGE = 25
const ALLOWANCES_PAGE = 25

export interface ProtectionRepository {
  fullName: string
  defaultBranch: string
  private: boolean
  /** `permissions.admin` of the repository listing: the token may read classic branch protection. */
  admin: boolean
  /** The owner's plan offers branch protection on private repositories (Pro, Team, Enterprise). */
  planProtectsPrivate: boolean
}

export interface ProtectionAnswer {
  /** `github.branch-rules`; absent: ask REST. */
  rules?: EvidenceRecord
  /** `github.branch-protection`; absent: ask REST. */
  classic?: EvidenceRecord
  /**
   * The default branch's head commit as GraphQL answered (`Ref.target.oid`, a scalar: it adds nothing to the
   * query's cost). Unchanged since the previous bundle, it shows nothing landed on the branch since then.
   */
  head?: string
  /**
   * The GraphQL node ids of the rulesets behind `rules` (`RepositoryRuleset.id`, a scalar of the same query),
   * by database id: their bypass lists are then read for many rulesets per request (ruleset-bypass-graphql.ts).
   */
  rulesetNodeIds?: Map<number, string>
}

const CLASSIC_FIELDS = `pattern allowsDeletions allowsForcePushes blocksCreations dismissesStaleReviews isAdminEnforced
        lockAllowsFetchAndMerge lockBranch requireLastPushApproval requiredApprovingReviewCount requiredStatusCheckContexts
        requiredStatusChecks { context app { databaseId } } requiresApprovingReviews requiresCodeOwnerReviews
        requiresCommitSignatures requiresConversationResolution requiresLinearHistory requiresStatusChecks
        requiresStrictStatusChecks
        bypassPullRequestAllowances(first: ${ALLOWANCES_PAGE}) { totalCount pageInfo { hasNextPage }
          nodes { actor { __typename ... on User { login databaseId } ... on Team { slug databaseId } ... on App { slug databaseId } } } }`

const RULESET_FIELDS = `totalCount pageInfo { hasNextPage }
      nodes { id databaseId name enforcement target
        source { __typename ... on Organization { login } ... on Repository { nameWithOwner } ... on Enterprise { slug } }
        conditions { refName { include exclude } repositoryName { include exclude }
          repositoryId { repositoryIds } repositoryProperty { include { name } exclude { name } } }
        rules(first: ${RULES_PAGE}) { totalCount pageInfo { hasNextPage }
          nodes { type parameters { __typename
            ... on PullRequestParameters { allowedMergeMethods dismissStaleReviewsOnPush requireCodeOwnerReview
              requireLastPushApproval requiredApprovingReviewCount requiredReviewThreadResolution }
            ... on RequiredStatusChecksParameters { doNotEnforceOnCreate strictRequiredStatusChecksPolicy
              requiredStatusChecks { context integrationId } } } } } }`

interface Page<T> {
  totalCount?: number
  pageInfo?: { hasNextPage: boolean }
  nodes?: (T | null)[] | null
}
interface RulesetNode {
  id: string | null
  databaseId: number | null
  name: string
  enforcement: string
  target: string | null
  source: { __typename: string; login?: string; nameWithOwner?: string; slug?: string } | null
  conditions: {
    refName: { include: string[]; exclude: string[] } | null
    repositoryName: { include: string[]; exclude: string[] } | null
    repositoryId: unknown
    repositoryProperty: unknown
  } | null
  rules: Page<{ type: string; parameters: Record<string, unknown> | null }> | null
}
interface ClassicNode {
  allowsDeletions: boolean
  allowsForcePushes: boolean
  blocksCreations: boolean
  dismissesStaleReviews: boolean
  isAdminEnforced: boolean
  lockAllowsFetchAndMerge: boolean
  lockBranch: boolean
  requireLastPushApproval: boolean
  requiredApprovingReviewCount: number | null
  requiredStatusCheckContexts: (string | null)[] | null
  requiredStatusChecks: { context: string; app: { databaseId: number | null } | null }[] | null
  requiresApprovingReviews: boolean
  requiresCodeOwnerReviews: boolean
  requiresCommitSignatures: boolean
  requiresConversationResolution: boolean
  requiresLinearHistory: boolean
  requiresStatusChecks: boolean
  requiresStrictStatusChecks: boolean
  bypassPullRequestAllowances: Page<{
    actor: { __typename: string; login?: string; slug?: string; databaseId?: number | null } | null
  }> | null
}
interface RepositoryNode {
  defaultBranchRef: {
    name: string
    target?: { oid?: string } | null
    branchProtectionRule?: ClassicNode | null
  } | null
  rulesets: Page<RulesetNode> | null
}

/** One answer per repository, in the order given; `{}` for a repository REST must read. */
export async function collectProtectionBatch(
  client: GitHubClient,
  batch: ProtectionRepository[]
): Promise<ProtectionAnswer[]> {
  const variables: Record<string, string> = {}
  const declarations: string[] = []
  const selections = batch.map((repo, index) => {
    const [owner, name] = repo.fullName.split('/') as [string, string]
    variables[`o${index}`] = owner
    variables[`n${index}`] = name
    declarations.push(`$o${index}: String!`, `$n${index}: String!`)
    // Classic protection is asked only where the token may read it: for others the answer could be a silent null.
    const classic = repo.admin ? ` branchProtectionRule { ${CLASSIC_FIELDS} }` : ''
    return `r${index}: repository(owner: $o${index}, name: $n${index}) {
    defaultBranchRef { name target { oid }${classic} }
    rulesets(first: ${RULESETS_PAGE}, includeParents: true) { ${RULESET_FIELDS} }
  }`
  })
  const query = `query BranchProtection(${declarations.join(', ')}) {\n  rateLimit { cost remaining resetAt }\n  ${selections.join('\n  ')}\n}`
  let result
  try {
    result = await graphqlPost<Record<string, RepositoryNode | null>>(
      client,
      'BranchProtection',
      query,
      variables
    )
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
    // The whole request failed: REST asks again, one repository at a time, and records its own answer.
    return batch.map(() => ({}))
  }
  return batch.map((repo, index) => {
    const alias = `r${index}`
    const node = result.data[alias]
    const errors = result.errors.filter((e) => e.path?.[0] === alias)
    if (!node || !node.defaultBranchRef || node.defaultBranchRef.name !== repo.defaultBranch) return {}
    const head = node.defaultBranchRef.target?.oid
    return {
      ...(typeof head === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head) ? { head } : {}),
      ...ruleRecord(repo, node, errors, result.request),
      ...classicRecord(repo, node, errors, result.request)
    }
  })
}

function hasError(errors: GraphQLError[], field: string): boolean {
  return errors.some((e) => e.path?.includes(field))
}

function ruleRecord(
  repo: ProtectionRepository,
  node: RepositoryNode,
  errors: GraphQLError[],
  request: RequestRecord
): { rules?: EvidenceRecord; rulesetNodeIds?: Map<number, string> } {
  const page = node.rulesets
  if (!page || hasError(errors, 'rulesets') || page.pageInfo?.hasNextPage !== false || !page.nodes) return {}
  const rules: BranchRule[] = []
  const rulesetNodeIds = new Map<number, string>()
  for (const ruleset of page.nodes) {
    if (!ruleset) return {}
    const applies = rulesetApplies(ruleset, repo)
    if (applies === undefined) return {}
    if (!applies) continue
    const source = rulesetSource(ruleset)
    if (!source || ruleset.databaseId === null || ruleset.databaseId === undefined) return {}
    const rulePage = ruleset.rules
    if (!rulePage?.nodes || rulePage.pageInfo?.hasNextPage !== false) return {}
    if (typeof ruleset.id === 'string' && ruleset.id.length > 0 && ruleset.id.length <= 100)
      rulesetNodeIds.set(ruleset.databaseId, ruleset.id)
    for (const rule of rulePage.nodes) {
      if (!rule) return {}
      const parameters = restParameters(rule.parameters)
      rules.push({
        type: rule.type.toLowerCase(),
        ...(parameters ? { parameters } : {}),
        ruleset_source_type: source.type,
        ruleset_source: source.name,
        ruleset_id: ruleset.databaseId
      })
    }
  }
  return {
    rulesetNodeIds,
    rules: {
      path: evidencePath(repo.fullName, 'branch-rules'),
      source: 'github',
      subject: repoSubject(repo.fullName),
      kind: GITHUB_EVIDENCE.branchRules,
      requests: [request],
      data: { branch: repo.defaultBranch, rules },
      notes: {
        derivedFrom:
          'GraphQL Repository.rulesets(includeParents: true): the active branch rulesets whose ref_name condition matches the default branch, as GET /repos/{owner}/{repo}/rules/branches/{branch} returns them'
      }
    }
  }
}

/** true / false, or undefined when a condition is one this code does not evaluate (REST decides then). */
function rulesetApplies(ruleset: RulesetNode, repo: ProtectionRepository): boolean | undefined {
  if (ruleset.enforcement !== 'ACTIVE')
    return ruleset.enforcement === 'EVALUATE' || ruleset.enforcement === 'DISABLED' ? false : undefined
  if (ruleset.target !== 'BRANCH' && ruleset.target !== null)
    return ruleset.target === 'TAG' || ruleset.target === 'PUSH' || ruleset.target === 'REPOSITORY'
      ? false
      : undefined
  const conditions = ruleset.conditions
  if (!conditions || conditions.repositoryId || conditions.repositoryProperty) return undefined
  const name = repo.fullName.split('/')[1]!
  if (conditions.repositoryName) {
    const included = matchesAny(conditions.repositoryName.include, name, '')
    const excluded = matchesAny(conditions.repositoryName.exclude, name, '')
    if (included === undefined || excluded === undefined) return undefined
    if (!included || excluded) return false
  }
  if (!conditions.refName) return undefined
  const ref = `refs/heads/${repo.defaultBranch}`
  const included = matchesAny(conditions.refName.include, ref, 'refs/heads/')
  const excluded = matchesAny(conditions.refName.exclude, ref, 'refs/heads/')
  if (included === undefined || excluded === undefined) return undefined
  return included && !excluded
}

/**
 * fnmatch as rulesets use it ("Ruleset conditions use fnmatch syntax": `*` within a path segment, `**` across
 * segments, `?` one character; docs.github.com/repositories/configuring-branches-and-merges-in-your-repository/managing-rulesets/creating-rulesets-for-a-repository#using-fnmatch-syntax),
 * plus `~DEFAULT_BRANCH` and `~ALL`. Character classes and other syntax: undefined (REST decides).
 */
function matchesAny(patterns: string[], value: string, prefix: string): boolean | undefined {
  let matched = false
  for (const pattern of patterns) {
    if (pattern === '~ALL' || pattern === '~DEFAULT_BRANCH') {
      // `value` is the default branch here; `~DEFAULT_BRANCH` is not a repository-name pattern.
      if (pattern === '~DEFAULT_BRANCH' && prefix === '') return undefined
      matched = true
      continue
    }
    if (/[[\]{}\\!]/.test(pattern) || (prefix && !pattern.startsWith(prefix))) return undefined
    const source = pattern
      .split('**')
      .map((part) =>
        part
          .split('*')
          .map((piece) => piece.split('?').map(escapeRegex).join('[^/]'))
          .join('[^/]*')
      )
      .join('.*')
    if (new RegExp(`^${source}$`).test(value)) matched = true
  }
  return matched
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

function rulesetSource(ruleset: RulesetNode): { type: string; name: string } | undefined {
  const source = ruleset.source
  if (source?.__typename === 'Organization' && source.login)
    return { type: 'Organization', name: source.login }
  if (source?.__typename === 'Repository' && source.nameWithOwner)
    return { type: 'Repository', name: source.nameWithOwner }
  if (source?.__typename === 'Enterprise' && source.slug) return { type: 'Enterprise', name: source.slug }
  return undefined
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** GraphQL RuleParameters as REST's `parameters`: snake_case keys, enum values lower case, nulls left out. */
function restParameters(parameters: Record<string, unknown> | null): Record<string, unknown> | undefined {
  if (!parameters) return undefined
  const convert = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(convert)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([k, v]) => k !== '__typename' && v !== null && v !== undefined)
              .map(([k, v]) => [snake(k), convert(v)])
          )
        : value
  const converted = convert(parameters) as Record<string, unknown>
  if (Array.isArray(converted.allowed_merge_methods))
    converted.allowed_merge_methods = converted.allowed_merge_methods.map((m) => String(m).toLowerCase())
  return Object.keys(converted).length > 0 ? converted : undefined
}

function classicRecord(
  repo: ProtectionRepository,
  node: RepositoryNode,
  errors: GraphQLError[],
  request: RequestRecord
): { classic?: EvidenceRecord } {
  if (!repo.admin || hasError(errors, 'branchProtectionRule') || !node.defaultBranchRef) return {}
  const rule = node.defaultBranchRef.branchProtectionRule
  if (rule === undefined) return {}
  // No rule: unprotected, unless the plan may be why (REST's 403 says so in GitHub's words).
  if (rule === null && repo.private && !repo.planProtectsPrivate) return {}
  let data: ProtectionEvidence & { branch: string }
  if (rule === null) {
    data = { branch: repo.defaultBranch, protected: false }
  } else {
    const protection = restProtection(rule)
    if (!protection) return {}
    data = { branch: repo.defaultBranch, protected: true, protection }
  }
  return {
    classic: {
      path: evidencePath(repo.fullName, 'branch-protection'),
      source: 'github',
      subject: repoSubject(repo.fullName),
      kind: GITHUB_EVIDENCE.branchProtection,
      requests: [request],
      data,
      notes: {
        derivedFrom:
          'GraphQL Ref.branchProtectionRule of the default branch, in the shape of GET /repos/{owner}/{repo}/branches/{branch}/protection (null: "Branch not protected")'
      }
    }
  }
}

/** The REST branch-protection shape (docs.github.com/rest/branches/branch-protection#get-branch-protection). */
function restProtection(rule: ClassicNode): ClassicProtection | undefined {
  const allowances = rule.bypassPullRequestAllowances
  if (!allowances?.nodes || allowances.pageInfo?.hasNextPage !== false) return undefined
  const users: { login: string; id: number }[] = []
  const teams: { slug: string; id: number }[] = []
  const apps: { slug: string; id: number }[] = []
  for (const allowance of allowances.nodes) {
    const actor = allowance?.actor
    if (!actor || typeof actor.databaseId !== 'number') return undefined
    if (actor.__typename === 'User' && actor.login) users.push({ login: actor.login, id: actor.databaseId })
    else if (actor.__typename === 'Team' && actor.slug) teams.push({ slug: actor.slug, id: actor.databaseId })
    else if (actor.__typename === 'App' && actor.slug) apps.push({ slug: actor.slug, id: actor.databaseId })
    else return undefined
  }
  const flag = (enabled: boolean) => ({ enabled })
  const reviews = {
    dismiss_stale_reviews: rule.dismissesStaleReviews,
    require_code_owner_reviews: rule.requiresCodeOwnerReviews,
    required_approving_review_count: rule.requiredApprovingReviewCount ?? 0,
    require_last_push_approval: rule.requireLastPushApproval,
    ...(allowances.nodes.length > 0 ? { bypass_pull_request_allowances: { users, teams, apps } } : {})
  }
  const protection: ClassicProtection & Record<string, unknown> = {
    required_signatures: flag(rule.requiresCommitSignatures)
  }
  const contexts = (rule.requiredStatusCheckContexts ?? []).filter((c): c is string => typeof c === 'string')
  return Object.assign(protection, {
    ...(rule.requiresStatusChecks
      ? {
          required_status_checks: {
            strict: rule.requiresStrictStatusChecks,
            contexts,
            checks: (rule.requiredStatusChecks ?? []).map((c) => ({
              context: c.context,
              app_id: c.app?.databaseId ?? null
            }))
          }
        }
      : {}),
    ...(rule.requiresApprovingReviews ? { required_pull_request_reviews: reviews } : {}),
    enforce_admins: flag(rule.isAdminEnforced),
    required_linear_history: flag(rule.requiresLinearHistory),
    allow_force_pushes: flag(rule.allowsForcePushes),
    allow_deletions: flag(rule.allowsDeletions),
    block_creations: flag(rule.blocksCreations),
    required_conversation_resolution: flag(rule.requiresConversationResolution),
    lock_branch: flag(rule.lockBranch),
    allow_fork_syncing: flag(rule.lockAllowsFetchAndMerge)
  })
}
