import { GITHUB_ORG_EVIDENCE, type OrgTeam, type TeamRepository } from '../../evidence/github-org.js'
import type { RequestRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import type { GitHubClient } from './client.js'
import { listAll, ORG_PERMISSIONS, orgRecord } from './org-settings.js'

interface TeamListItem {
  id: number
  slug: string
  name: string
  privacy?: string
  parent?: { slug: string } | null
}

/**
 * Records the organisation's teams and, per team, the repositories it has access to with its role
 * (https://docs.github.com/rest/teams/teams#list-teams, #list-team-repositories): one request per 100 teams
 * and one per team (per 100 of its repositories), none per repository. One record for the organisation: a
 * team whose repositories could not be listed makes the whole record an error, since any repository could
 * be among them.
 */
export async function collectOrgTeams(client: GitHubClient, org: string, sink: EvidenceSink): Promise<void> {
  const requests: RequestRecord[] = []
  const listed = await listAll<TeamListItem>(client, `/orgs/${org}/teams`, ORG_PERMISSIONS.teams)
  requests.push(...listed.requests)
  const record = (outcome: Parameters<typeof orgRecord>[4]) =>
    orgRecord(org, GITHUB_ORG_EVIDENCE.teams, 'teams', requests, outcome)
  if (!listed.data) return sink.add(record(listed))
  const teams: OrgTeam[] = []
  for (const team of listed.data) {
    const repos = await listAll<TeamRepository>(
      client,
      `/orgs/${org}/teams/${encodeURIComponent(team.slug)}/repos`,
      ORG_PERMISSIONS.teamRepositories
    )
    requests.push(...repos.requests)
    if (!repos.data) return sink.add(record(repos))
    teams.push({
      id: team.id,
      slug: team.slug,
      name: team.name,
      ...(team.privacy ? { privacy: team.privacy } : {}),
      parent: team.parent ? { slug: team.parent.slug } : null,
      repositories: repos.data.map((repo) => ({
        full_name: repo.full_name,
        ...(repo.role_name ? { role_name: repo.role_name } : {}),
        ...(repo.permissions ? { permissions: repo.permissions } : {})
      }))
    })
  }
  await sink.add(record({ data: { teams } }))
}
