import { GITHUB_ORG_EVIDENCE } from '../../evidence/github-org.js'
import type { Check } from '../check.js'
import { forEachRepoAccess } from './org-records.js'

export const repoCodeownersValid: Check = {
  metadata: {
    id: 'github.repo.codeowners-valid',
    version: 1,
    title: 'A CODEOWNERS file exists and GitHub finds no error in it',
    severity: 'medium',
    rationale:
      'CODEOWNERS names who is responsible for each part of the code and, with "Require review from Code Owners", who must approve changes to it; a line GitHub cannot parse (unknown owner, bad pattern) silently assigns nobody. Whether it covers the protected paths is not assessed.',
    remediation:
      'Add .github/CODEOWNERS (e.g. `* @org/team`) on the default branch; for each listed error open the file on GitHub, which underlines the line, and fix the owner (it must be a user or team with write access) or pattern.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.repoAccess]
  },
  evaluate: (context) =>
    forEachRepoAccess(context, 'codeowners', 'The CODEOWNERS errors', (repo) => {
      const evidence = [repo.accessPath]
      const codeowners = repo.access.codeowners
      if (!codeowners) {
        return {
          subject: repo.subject,
          status: 'fail',
          message: 'No CODEOWNERS file on the default branch (.github/, the root or docs/).',
          evidence
        }
      }
      if (codeowners.errors.length === 0) {
        return {
          subject: repo.subject,
          status: 'pass',
          message: 'CODEOWNERS present; GitHub reports no errors.',
          evidence
        }
      }
      return {
        subject: repo.subject,
        status: 'fail',
        message: `CODEOWNERS has ${codeowners.errors.length} error(s): ${codeowners.errors.map((e) => `${e.path}:${e.line} ${e.kind}`).join('; ')}.`,
        evidence,
        details: codeowners.errors,
        locations: codeowners.errors.map((e) => ({ path: e.path, line: e.line, message: e.kind }))
      }
    })
}
