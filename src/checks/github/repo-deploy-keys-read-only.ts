import { GITHUB_ORG_EVIDENCE } from '../../evidence/github-org.js'
import type { Check } from '../check.js'
import { forEachRepoAccess } from './org-records.js'

export const repoDeployKeysReadOnly: Check = {
  metadata: {
    id: 'github.repo.deploy-keys-read-only',
    version: 1,
    title: 'No deploy key can push to the repository',
    severity: 'high',
    rationale:
      'A deploy key with write access is a long-lived credential, tied to no person and outside 2FA, that can push to every branch protection does not cover. Machines that need to push should use a GitHub App with narrow permissions.',
    remediation:
      'Repository → Settings → Deploy keys: delete each listed key and add it again without "Allow write access", or replace it with a GitHub App installation token.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.repoAccess]
  },
  evaluate: (context) =>
    forEachRepoAccess(context, 'deployKeys', 'The deploy keys', (repo) => {
      const evidence = [repo.accessPath]
      const keys = repo.access.deployKeys
      if (!keys) {
        return {
          subject: repo.subject,
          status: 'error',
          message: 'GitHub returned no deploy key list for this repository.',
          evidence
        }
      }
      const nodes = (keys.nodes ?? []).filter((k) => k !== null)
      if (nodes.length < keys.totalCount) {
        return {
          subject: repo.subject,
          status: 'error',
          message: `Only ${nodes.length} of ${keys.totalCount} deploy keys were read.`,
          evidence
        }
      }
      if (nodes.length === 0) {
        return {
          subject: repo.subject,
          status: 'not_applicable',
          message: 'The repository has no deploy keys.',
          evidence
        }
      }
      const writable = nodes.filter((k) => !k.readOnly)
      if (writable.length === 0) {
        return {
          subject: repo.subject,
          status: 'pass',
          message: `${nodes.length} deploy key(s), all read-only.`,
          evidence
        }
      }
      return {
        subject: repo.subject,
        status: 'fail',
        message: `${writable.length} of ${nodes.length} deploy key(s) can push: ${writable.map((k) => `"${k.title}" (added ${k.createdAt.slice(0, 10)})`).join(', ')}.`,
        evidence,
        details: writable.map((k) => ({ title: k.title, createdAt: k.createdAt }))
      }
    })
}
