import { GITHUB_ORG_EVIDENCE } from '../../evidence/github-org.js'
import type { Check } from '../check.js'
import { forEachRepoAccess } from './org-records.js'

export const repoSecurityPolicy: Check = {
  metadata: {
    id: 'github.repo.security-policy',
    version: 1,
    title: 'Public repositories tell reporters how to report a vulnerability',
    severity: 'medium',
    rationale:
      'People outside the organisation find vulnerabilities in public code; a security policy (SECURITY.md, in the repository or the org\u2019s .github repository) tells them where to report privately instead of in a public issue.',
    remediation:
      'Add SECURITY.md (repository root, docs/ or .github/, or once for all repositories in the org\u2019s .github repository) saying how to report; also enable Settings → Code security → "Private vulnerability reporting" so reports arrive as draft advisories.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.repoAccess]
  },
  evaluate: (context) =>
    forEachRepoAccess(context, 'isSecurityPolicyEnabled', 'The security policy', (repo) => {
      const evidence = [repo.accessPath]
      if (repo.access.visibility !== 'PUBLIC') {
        return {
          subject: repo.subject,
          status: 'not_applicable',
          message: `The repository is ${repo.access.visibility.toLowerCase()}: only people with access can report.`,
          evidence
        }
      }
      const enabled = repo.access.isSecurityPolicyEnabled
      if (enabled === null || enabled === undefined) {
        return {
          subject: repo.subject,
          status: 'error',
          message: 'GitHub returned no isSecurityPolicyEnabled.',
          evidence
        }
      }
      return enabled
        ? {
            subject: repo.subject,
            status: 'pass',
            message: 'A security policy is in force for this public repository.',
            evidence
          }
        : {
            subject: repo.subject,
            status: 'fail',
            message: 'Public repository without a security policy (no SECURITY.md).',
            evidence
          }
    })
}
