import { GITHUB_ORG_EVIDENCE, type CollaboratorConnection } from '../../evidence/github-org.js'
import type { Check } from '../check.js'
import { forEachRepoAccess } from './org-records.js'

/** Permissions that administer a repository or its settings, not only its content. */
const PRIVILEGED = new Set(['ADMIN', 'MAINTAIN'])

function edges(connection: CollaboratorConnection) {
  return (connection.edges ?? []).flatMap((e) =>
    e?.node ? [{ login: e.node.login, permission: e.permission }] : []
  )
}

export const repoPrivilegedAccess: Check = {
  metadata: {
    id: 'github.repo.outside-collaborators-not-privileged',
    version: 1,
    title: 'No outside collaborator administers a repository',
    severity: 'high',
    rationale:
      'Outside collaborators are not members of the organisation, so the organisation\u2019s joiner-mover-leaver process and 2FA requirement do not reach them; admin or maintain rights let them change protection, secrets and access. The finding lists every admin and outside collaborator as the population for the access review.',
    remediation:
      'Repository → Settings → Collaborators and teams: for each listed outside collaborator choose Role → Write (or less), or remove them; if they need to administer, make them an organisation member under your access process first.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.repoAccess]
  },
  evaluate: (context) =>
    forEachRepoAccess(context, 'collaborators', 'The repository collaborators', (repo) => {
      const evidence = [repo.accessPath]
      const { collaborators, outsideCollaborators } = repo.access
      if (!collaborators || !outsideCollaborators) {
        return {
          subject: repo.subject,
          status: 'error',
          message:
            'GitHub returned no collaborator list for this repository: the token needs push access to the repository to list collaborators.',
          evidence
        }
      }
      const all = edges(collaborators)
      const outside = edges(outsideCollaborators)
      if (all.length < collaborators.totalCount || outside.length < outsideCollaborators.totalCount) {
        return {
          subject: repo.subject,
          status: 'error',
          message: `Only the first ${all.length} of ${collaborators.totalCount} collaborators were read; the rest could hold privileged access.`,
          evidence
        }
      }
      const admins = all.filter((c) => c.permission === 'ADMIN').map((c) => c.login)
      const privileged = outside.filter((c) => PRIVILEGED.has(c.permission))
      const outsideText = outside.map((c) => `${c.login} (${c.permission})`).join(', ') || 'none'
      const details = [
        ...admins.map((login) => ({
          login,
          permission: 'ADMIN',
          outside: outside.some((o) => o.login === login)
        })),
        ...outside.filter((o) => o.permission !== 'ADMIN').map((o) => ({ ...o, outside: true }))
      ]
      if (privileged.length === 0) {
        return {
          subject: repo.subject,
          status: 'pass',
          message: `${admins.length} admin(s): ${admins.join(', ') || 'none'}; outside collaborators: ${outsideText}; none with admin or maintain.`,
          evidence,
          details
        }
      }
      return {
        subject: repo.subject,
        status: 'fail',
        message: `Outside collaborator(s) with ${privileged.map((c) => `${c.permission}: ${c.login}`).join(', ')}; admins: ${admins.join(', ') || 'none'}.`,
        evidence,
        details
      }
    })
}
