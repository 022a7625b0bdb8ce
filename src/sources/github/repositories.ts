import type { EvidenceRecord, RequestRecord } from '../../model.js'
import type { GitHubClient } from './client.js'
import { GitHubRequestFailure, restGet } from './requests.js'
import type { RepositoryData } from './types.js'
import { GITHUB_EVIDENCE, evidencePath, repoSubject } from './evidence-kinds.js'
import type { EvidenceSink } from '../evidence.js'

const PAGE_SIZE = 100

export interface ResolvedRepository {
  fullName: string
  data?: RepositoryData
}

export interface ResolveOptions {
  /** In a shard: whether a repository (by its `owner/repo` name) is this shard's; others are listed, not recorded. */
  include?: (fullName: string) => boolean
  /** Receives every repository name in scope, this shard's or not (the population the shards split). */
  population?: Set<string>
}

/**
 * Turns the scope (`owner/repo`, `owner/*`) into repositories and records each repository's settings.
 * A whole org is listed 100 repositories per request, with settings included, instead of one GET per repo.
 */
export async function resolveRepositories(
  client: GitHubClient,
  scope: string[],
  sink: EvidenceSink,
  options: ResolveOptions = {}
): Promise<ResolvedRepository[]> {
  const include = options.include ?? (() => true)
  const seen = new Map<string, ResolvedRepository>()
  for (const entry of scope) {
    const [owner, name] = entry.split('/') as [string, string]
    if (name === '*') {
      for (const { repository, request } of await listOrgRepositories(client, owner)) {
        options.population?.add(repository.full_name)
        if (seen.has(repository.full_name) || !include(repository.full_name)) continue
        seen.set(repository.full_name, { fullName: repository.full_name, data: repository })
        await sink.add(repositoryRecord(repository.full_name, [request], repository))
      }
      continue
    }
    const fullName = `${owner}/${name}`
    options.population?.add(fullName)
    if (seen.has(fullName) || !include(fullName)) continue
    try {
      const { data, request } = await restGet<RepositoryData>(
        client,
        `/repos/${owner}/${name}`,
        'metadata: read on this repository'
      )
      seen.set(data.full_name, { fullName: data.full_name, data })
      await sink.add(repositoryRecord(data.full_name, [request], data))
    } catch (error) {
      if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
      const failure =
        error.request.status === 404
          ? {
              status: 404,
              message: `Repository ${fullName} was not found, or the token cannot see it. Check the repositories input and the token's repository access.`
            }
          : error.failure
      seen.set(fullName, { fullName })
      await sink.add({ ...repositoryRecord(fullName, [error.request]), error: failure })
    }
  }
  return [...seen.values()]
}

async function listOrgRepositories(
  client: GitHubClient,
  owner: string
): Promise<{ repository: RepositoryData; request: RequestRecord }[]> {
  const listed: { repository: RepositoryData; request: RequestRecord }[] = []
  for (let page = 1; ; page++) {
    let response
    try {
      response = await restGet<RepositoryData[]>(
        client,
        `/orgs/${owner}/repos?type=all&per_page=${PAGE_SIZE}&page=${page}`,
        'metadata: read on the organization'
      )
    } catch (error) {
      if (error instanceof GitHubRequestFailure && error.request.status === 404) {
        throw new GitHubRequestFailure(error.request, {
          status: 404,
          message: `Organization ${owner} was not found, or the token cannot see it (from "${owner}/*" in the repositories input).`
        })
      }
      throw error
    }
    for (const repository of response.data) listed.push({ repository, request: response.request })
    if (!response.hasNextPage) return listed
  }
}

function repositoryRecord(
  fullName: string,
  requests: RequestRecord[],
  data?: RepositoryData
): EvidenceRecord {
  return {
    path: evidencePath(fullName, 'repository'),
    source: 'github',
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.repository,
    requests,
    ...(data ? { data } : {})
  }
}
