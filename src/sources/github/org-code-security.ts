import { GITHUB_ORG_EVIDENCE, type CodeSecurityConfiguration } from '../../evidence/github-org.js'
import type { RequestRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import type { GitHubClient } from './client.js'
import { ORG_PERMISSIONS, orgRecord } from './org-settings.js'
import { GitHubRequestFailure, restGet } from './requests.js'

/** Octokit takes paths relative to the API base; the link header carries absolute URLs. */
function relativePath(url: string): string {
  const parsed = new URL(url)
  return `${parsed.pathname.slice(parsed.pathname.indexOf('/orgs/'))}${parsed.search}`
}

/** Every page of a cursor-paginated listing (`after` in the link header's rel="next"). */
async function listCursor<T>(client: GitHubClient, path: string, requests: RequestRecord[]): Promise<T[]> {
  const items: T[] = []
  let next: string | undefined = path
  while (next) {
    const response: Awaited<ReturnType<typeof restGet<T[]>>> = await restGet<T[]>(
      client,
      next,
      ORG_PERMISSIONS.codeSecurity
    )
    requests.push(response.request)
    items.push(...response.data)
    next = response.nextUrl ? relativePath(response.nextUrl) : undefined
  }
  return items
}

/**
 * Records the organisation's code security configurations and the repositories each is attached to
 * (https://docs.github.com/rest/code-security/configurations#get-code-security-configurations-for-an-organization,
 * #get-repositories-associated-with-a-code-security-configuration): which repositories have code scanning
 * default setup enabled by a configuration, from one request per configuration (per 100 of its
 * repositories), none per repository. Both endpoints are cursor-paginated.
 */
export async function collectOrgCodeSecurity(
  client: GitHubClient,
  org: string,
  sink: EvidenceSink
): Promise<void> {
  const requests: RequestRecord[] = []
  try {
    const listed = await listCursor<Omit<CodeSecurityConfiguration, 'repositories'>>(
      client,
      `/orgs/${org}/code-security/configurations?per_page=100`,
      requests
    )
    const configurations: CodeSecurityConfiguration[] = []
    for (const configuration of listed) {
      const repositories = await listCursor<CodeSecurityConfiguration['repositories'][number]>(
        client,
        `/orgs/${org}/code-security/configurations/${configuration.id}/repositories?per_page=100`,
        requests
      )
      configurations.push({
        id: configuration.id,
        name: configuration.name,
        ...(configuration.target_type ? { target_type: configuration.target_type } : {}),
        ...(configuration.code_scanning_default_setup
          ? { code_scanning_default_setup: configuration.code_scanning_default_setup }
          : {}),
        ...(configuration.enforcement ? { enforcement: configuration.enforcement } : {}),
        repositories: repositories.map((r) => ({
          status: r.status,
          repository: { full_name: r.repository.full_name }
        }))
      })
    }
    await sink.add(
      orgRecord(
        org,
        GITHUB_ORG_EVIDENCE.codeSecurityConfigurations,
        'code-security-configurations',
        requests,
        {
          data: { configurations }
        }
      )
    )
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
    requests.push(error.request)
    await sink.add(
      orgRecord(
        org,
        GITHUB_ORG_EVIDENCE.codeSecurityConfigurations,
        'code-security-configurations',
        requests,
        {
          error
        }
      )
    )
  }
}
