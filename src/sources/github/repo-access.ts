import { GITHUB_ORG_EVIDENCE, type RepoAccessData } from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import type { GitHubClient } from './client.js'
import { evidencePath, repoSubject } from './evidence-kinds.js'
import { graphqlFieldPermission } from './graphql-permissions.js'
import { GitHubRequestFailure, graphqlPost, type GraphQLError } from './requests.js'
import { chunk, mapWithLimit } from '../../util/concurrency.js'

/**
 * Repositories per GraphQL request: ~310 nodes each (3 connections of 100, 1 environment with 10 rules), and 5
 * requests each by GitHub's cost rule (collaborators twice, deploy keys, environments, and the one environment's
 * rules). GitHub divides the requests by 100 and rounds to the nearest point, at least 1
 * (docs.github.com/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#calculating-a-rate-limit-score-before-running-the-call):
 * 29 repositories are 145 requests, 1 point, where 109 (545 requests) are 5: a point per 29 repositories
 * instead of per 22, for one more HTTP request per 29.
 */
export const ACCESS_BATCH_SIZE = 29
/**
 * Environments per repository in the first request. Each environment's rules are a nested connection, which
 * GitHub's cost rule counts once per environment the page could hold ("Assume every request will reach the
 * first or last argument limits", docs.github.com/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#calculating-a-rate-limit-score-before-running-the-call):
 * a page of 1 costs 5 requests per repository with the other connections, where 10 cost 14. Most repositories
 * have no environment or one; those with more (`totalCount` says) are asked again, whole, in pages as large
 * as the most environments any of them has (at most 100).
 */
const FIRST_ENVIRONMENTS = 1
const MAX_ENVIRONMENTS = 100

/**
 * Who can reach each repository and what guards its releases, in one GraphQL request per ACCESS_BATCH_SIZE repositories
 * (docs.github.com/graphql/reference/objects#repository): collaborators with their effective permission
 * (affiliation ALL: org owners, teams and direct grants) and outside collaborators, deploy keys and whether
 * they may write, environments with their protection rule types, CODEOWNERS parsing errors (null when
 * there is no CODEOWNERS file) and whether a security policy is in force.
 */
const ACCESS_FIELDS = `nameWithOwner visibility isSecurityPolicyEnabled
    collaborators(affiliation: ALL, first: 100) { totalCount edges { permission node { login } } }
    outsideCollaborators: collaborators(affiliation: OUTSIDE, first: 100) { totalCount edges { permission node { login } } }
    deployKeys(first: 100) { totalCount nodes { id title readOnly createdAt } }
    environments(first: ENVIRONMENTS) { totalCount nodes { name protectionRules(first: 10) { nodes { type } } } }
    codeowners { errors { line column kind message path source suggestion } }`

export async function collectRepoAccess(
  client: GitHubClient,
  repositories: string[],
  sink: EvidenceSink,
  batchSize = ACCESS_BATCH_SIZE
): Promise<void> {
  const batches = chunk(repositories, batchSize)
  const concurrency = (client as Partial<GitHubClient>).graphqlConcurrency ?? 4
  const first = (
    await mapWithLimit(batches, concurrency, (batch) => accessBatch(client, batch, FIRST_ENVIRONMENTS))
  ).flat()
  // Repositories with more environments than the first page: asked again, whole, with pages of 100.
  const more = repositories.filter((_, i) => {
    const environments = (first[i]!.data as RepoAccessData | undefined)?.environments
    return !!environments && environments.totalCount > (environments.nodes?.length ?? 0)
  })
  const environmentCount = new Map(
    repositories.map((fullName, i) => [
      fullName,
      (first[i]!.data as RepoAccessData | undefined)?.environments?.totalCount ?? MAX_ENVIRONMENTS
    ])
  )
  const again = new Map<string, EvidenceRecord>()
  for (const batch of chunk(more, batchSize)) {
    const page = Math.min(MAX_ENVIRONMENTS, Math.max(...batch.map((r) => environmentCount.get(r)!)))
    for (const [j, r] of (await accessBatch(client, batch, page)).entries()) again.set(batch[j]!, r)
  }
  for (const [i, fullName] of repositories.entries()) await sink.add(again.get(fullName) ?? first[i]!)
}

async function accessBatch(
  client: GitHubClient,
  batch: string[],
  environments: number
): Promise<EvidenceRecord[]> {
  const variables: Record<string, string> = {}
  const declarations: string[] = []
  const selections = batch.map((fullName, index) => {
    const [owner, name] = fullName.split('/') as [string, string]
    variables[`o${index}`] = owner
    variables[`n${index}`] = name
    declarations.push(`$o${index}: String!`, `$n${index}: String!`)
    return `r${index}: repository(owner: $o${index}, name: $n${index}) { ...Access }`
  })
  const fields = ACCESS_FIELDS.replace('ENVIRONMENTS', String(environments))
  const query = `query RepoAccess(${declarations.join(', ')}) {\n  rateLimit { cost remaining resetAt }\n  ${selections.join('\n  ')}\n}\nfragment Access on Repository {\n    ${fields}\n}`
  try {
    const result = await graphqlPost<Record<string, RepoAccessData | null>>(
      client,
      'RepoAccess',
      query,
      variables
    )
    return batch.map((fullName, index) => {
      const alias = `r${index}`
      const data = result.data[alias]
      const base = record(fullName, result.request)
      const errors = result.errors.filter((e) => e.path?.[0] === alias)
      if (!data) {
        return {
          ...base,
          error: { message: describe(errors) ?? 'GitHub returned no data for the repository' }
        }
      }
      const fieldErrors = Object.fromEntries(
        errors
          .filter((e) => typeof e.path?.[1] === 'string')
          .map((e) => [String(e.path![1]), fieldMessage(e)])
      )
      return { ...base, data: { ...data, ...(Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}) } }
    })
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
    return batch.map((fullName) => ({ ...record(fullName, error.request), error: error.failure }))
  }
}

function record(fullName: string, request: EvidenceRecord['requests'][number]): EvidenceRecord {
  return {
    path: evidencePath(fullName, 'access'),
    source: 'github',
    subject: repoSubject(fullName),
    kind: GITHUB_ORG_EVIDENCE.repoAccess,
    requests: [request]
  }
}

function fieldMessage(error: GraphQLError): string {
  if (error.type === 'FORBIDDEN' || /not accessible|permission/i.test(error.message)) {
    const { field, permission } = graphqlFieldPermission(error.path)
    return `${error.message} (GraphQL field ${field}): the token lacks ${permission}.`
  }
  return error.message
}

function describe(errors: GraphQLError[]): string | undefined {
  return errors.length > 0 ? errors.map(fieldMessage).join('; ') : undefined
}
