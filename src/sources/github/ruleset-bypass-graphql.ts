import type { RequestRecord } from '../../model.js'
import type { GitHubClient } from './client.js'
import { GitHubRequestFailure, graphqlPost, type GraphQLError } from './requests.js'
import type { RulesetBypassActor } from './types.js'

/**
 * Rulesets' bypass lists for many rulesets per GraphQL request, instead of one REST request per repository
 * ruleset (`GET /repos/{o}/{r}/rulesets/{id}`, the one REST read a protected repository still needed every night).
 * Each ruleset is one aliased `node(id:)` whose `bypassActors(first: 25)` is one connection: one request by
 * GitHub's rule ("Add up the number of requests needed to fulfill each unique connection in the call",
 * docs.github.com/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#calculating-a-rate-limit-score-before-running-the-call),
 * so 149 rulesets are 149 requests, which GitHub's division by 100 and rounding makes 1 point.
 *
 * The answer is used only where it is certain; a ruleset left out is read through REST as before:
 * - GraphQL withholds bypass identities from tokens without write access to the ruleset: the list comes back
 *   with its count and null nodes (observed, e.g. the bypass-actor fallback tests quoted in issue 14's notes:
 *   "The actor node is null because GraphQL withholds the identities"), or with a FORBIDDEN error beside a
 *   count of 0. Any null node, any error (with or without a path), or a list longer than one page is "not read".
 * - An empty list is taken only for a repository's own ruleset and a token with admin rights on it: for
 *   other tokens an empty answer cannot be told from a withheld one, and an organization ruleset's list is
 *   shown only to organization owners, which the listing does not tell. REST (the organization endpoint once
 *   per run) reads those. A list with its entries named shows that the token may see it.
 * - Each actor must be exactly one of the kinds REST names (`App` → Integration, `Team`, `organizationAdmin` →
 *   OrganizationAdmin, `repositoryRoleDatabaseId` → RepositoryRole, `deployKey` → DeployKey); an enterprise
 *   owner, an enterprise team, or a kind GraphQL adds later is read through REST, whose shape the checks know.
 */
export const BYPASS_BATCH_SIZE = 149
const ACTORS_PAGE = 25

const FIELDS = `__typename ... on RepositoryRuleset { databaseId name enforcement
      bypassActors(first: ${ACTORS_PAGE}) { totalCount pageInfo { hasNextPage }
        nodes { bypassMode deployKey enterpriseOwner organizationAdmin repositoryRoleDatabaseId
          actor { __typename ... on App { databaseId } ... on Team { databaseId } } } } }`

interface BypassActorNode {
  bypassMode: string | null
  deployKey: boolean | null
  enterpriseOwner: boolean | null
  organizationAdmin: boolean | null
  repositoryRoleDatabaseId: number | null
  actor: { __typename: string; databaseId?: number | null } | null
}
interface RulesetNode {
  __typename: string
  databaseId?: number | null
  name?: string
  enforcement?: string
  bypassActors?: {
    totalCount?: number
    pageInfo?: { hasNextPage: boolean }
    nodes?: (BypassActorNode | null)[] | null
  } | null
}

/** A ruleset's bypass list as GraphQL answered it, in REST's shape, with the request that read it. */
export interface GraphqlRulesetBypass {
  databaseId: number
  name: string
  enforcement: string
  bypassActors: RulesetBypassActor[]
  request: RequestRecord
}

/** The bypass lists GraphQL answered with certainty, by ruleset node id; the rest are absent. */
export async function collectRulesetBypassBatch(
  client: GitHubClient,
  nodeIds: string[]
): Promise<Map<string, GraphqlRulesetBypass>> {
  const variables: Record<string, string> = {}
  const declarations: string[] = []
  const selections = nodeIds.map((id, index) => {
    variables[`i${index}`] = id
    declarations.push(`$i${index}: ID!`)
    return `s${index}: node(id: $i${index}) { ${FIELDS} }`
  })
  const query = `query RulesetBypassActors(${declarations.join(', ')}) {\n  rateLimit { cost remaining resetAt }\n  ${selections.join('\n  ')}\n}`
  const answered = new Map<string, GraphqlRulesetBypass>()
  let result
  try {
    result = await graphqlPost<Record<string, RulesetNode | null>>(
      client,
      'RulesetBypassActors',
      query,
      variables
    )
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
    return answered
  }
  // An error without a path may concern any field: nothing in this answer is certain then.
  if (result.errors.some((e) => !e.path || e.path.length === 0)) return answered
  nodeIds.forEach((id, index) => {
    const alias = `s${index}`
    const errors = result.errors.filter((e: GraphQLError) => e.path?.[0] === alias)
    const node = result.data[alias]
    if (errors.length > 0 || !node || node.__typename !== 'RepositoryRuleset') return
    const actors = restActors(node)
    if (!actors || typeof node.databaseId !== 'number' || typeof node.name !== 'string') return
    answered.set(id, {
      databaseId: node.databaseId,
      name: node.name,
      enforcement: (node.enforcement ?? '').toLowerCase(),
      bypassActors: actors,
      request: result.request
    })
  })
  return answered
}

const MODES: Record<string, string> = { ALWAYS: 'always', PULL_REQUEST: 'pull_request', EXEMPT: 'exempt' }

/** The list in REST's `bypass_actors` shape, or undefined when any part of it is not certain. */
function restActors(node: RulesetNode): RulesetBypassActor[] | undefined {
  const page = node.bypassActors
  if (!page || !page.nodes || page.pageInfo?.hasNextPage !== false) return undefined
  if (page.totalCount !== page.nodes.length) return undefined
  const actors: RulesetBypassActor[] = []
  for (const entry of page.nodes) {
    if (!entry) return undefined
    const mode = entry.bypassMode ? MODES[entry.bypassMode] : undefined
    if (!mode) return undefined
    const kinds: RulesetBypassActor[] = []
    if (entry.actor?.__typename === 'App' && typeof entry.actor.databaseId === 'number')
      kinds.push({ actor_id: entry.actor.databaseId, actor_type: 'Integration', bypass_mode: mode })
    if (entry.actor?.__typename === 'Team' && typeof entry.actor.databaseId === 'number')
      kinds.push({ actor_id: entry.actor.databaseId, actor_type: 'Team', bypass_mode: mode })
    // REST gives organization owners the id 1 ("If actor_type is OrganizationAdmin, this should be 1").
    if (entry.organizationAdmin === true)
      kinds.push({ actor_id: 1, actor_type: 'OrganizationAdmin', bypass_mode: mode })
    if (typeof entry.repositoryRoleDatabaseId === 'number')
      kinds.push({
        actor_id: entry.repositoryRoleDatabaseId,
        actor_type: 'RepositoryRole',
        bypass_mode: mode
      })
    if (entry.deployKey === true) kinds.push({ actor_id: null, actor_type: 'DeployKey', bypass_mode: mode })
    // An actor of another kind (enterprise owner, enterprise team, an App or team without its id) or of
    // two kinds at once is not one REST would name the same way: REST reads this ruleset.
    if (entry.enterpriseOwner === true || (entry.actor && kinds.length === 0) || kinds.length !== 1)
      return undefined
    actors.push(kinds[0]!)
  }
  return actors
}

/**
 * Whether a bypass list GraphQL answered may stand for this repository's ruleset: named entries show the
 * token may see the list; an empty one counts only for the repository's own ruleset and an admin token.
 */
export function bypassListIsCertain(
  list: GraphqlRulesetBypass,
  ruleset: { sourceType: string | undefined; repositoryAdmin: boolean }
): boolean {
  if (list.bypassActors.length > 0) return true
  return ruleset.repositoryAdmin && (ruleset.sourceType ?? 'Repository') === 'Repository'
}
