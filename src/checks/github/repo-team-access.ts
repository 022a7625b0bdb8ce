import { GITHUB_ORG_EVIDENCE, type TeamsData } from '../../evidence/github-org.js'
import type { Check } from '../check.js'
import { forEachRepoOfOrgRecord } from './org-scoped.js'

/** Roles that administer a repository or its settings, not only its content. */
const PRIVILEGED_ROLES = new Set(['admin', 'maintain'])
/** Like the owners' bound: privileged access through more teams than this is wider than anyone reviews. */
const MAX_PRIVILEGED_TEAMS = 2

/** The team's role from `role_name`, else from its `permissions` (older answers carry only those). */
function roleOf(repo: { role_name?: string; permissions?: { admin: boolean; maintain?: boolean } }): string {
  if (repo.role_name) return repo.role_name
  if (repo.permissions?.admin) return 'admin'
  if (repo.permissions?.maintain) return 'maintain'
  return 'other'
}

export const repoTeamPrivilegedAccess: Check = {
  metadata: {
    id: 'github.repo.team-privileged-access',
    version: 1,
    title: `At most ${MAX_PRIVILEGED_TEAMS} teams administer each repository`,
    severity: 'medium',
    rationale:
      'Teams with admin or maintain on a repository can change its protection, access and settings; every member of such a team holds that privilege. The finding lists, per repository, each team with admin or maintain (the population for the access review) and fails when more teams hold it than anyone reviews. Team membership itself is not listed, and access through organisation roles or custom repository roles not named admin or maintain is not evidenced here.',
    remediation: `Repository → Settings → Collaborators and teams: for each listed team that does not need to administer the repository choose Role → Write (or less). Keep admin and maintain with at most ${MAX_PRIVILEGED_TEAMS} named teams.`,
    evidenceKinds: [GITHUB_ORG_EVIDENCE.teams]
  },
  evaluate: (context) =>
    forEachRepoOfOrgRecord<TeamsData>(
      context,
      GITHUB_ORG_EVIDENCE.teams,
      'teams',
      (repo, record, fullName) => {
        const privileged = record.data.teams
          .flatMap((team) => {
            const entry = team.repositories.find((r) => r.full_name.toLowerCase() === fullName.toLowerCase())
            return entry ? [{ team: team.slug, role: roleOf(entry) }] : []
          })
          .filter((grant) => PRIVILEGED_ROLES.has(grant.role))
          .sort((a, b) => a.team.localeCompare(b.team))
        const evidence = [record.path]
        const list = privileged.map((grant) => `${grant.team} (${grant.role})`).join(', ')
        if (privileged.length === 0) {
          return {
            subject: repo.subject,
            status: 'pass',
            message: `No team has admin or maintain on this repository (${record.data.teams.length} team(s) in the organisation).`,
            evidence,
            details: []
          }
        }
        return {
          subject: repo.subject,
          status: privileged.length > MAX_PRIVILEGED_TEAMS ? 'fail' : 'pass',
          message:
            privileged.length > MAX_PRIVILEGED_TEAMS
              ? `${privileged.length} teams administer this repository (more than ${MAX_PRIVILEGED_TEAMS}): ${list}.`
              : `${privileged.length} team(s) with admin or maintain: ${list}.`,
          evidence,
          details: privileged
        }
      }
    )
}
