import { GITHUB_EVIDENCE, evidencePath } from '../../evidence/github.js'
import type { Check } from '../check.js'
import { forEachRepository } from './repositories.js'

export const secretScanningPushProtection: Check = {
  metadata: {
    id: 'github.secret-scanning.push-protection',
    version: 1,
    title: 'Secret scanning and push protection are enabled',
    severity: 'high',
    rationale:
      'Credentials committed to a repository leak to everyone who can read it; push protection stops them before they land, scanning finds the ones that did.',
    remediation:
      'Settings → Code security → Secret Protection: enable "Secret scanning" and "Push protection" (private repositories need GitHub Secret Protection). For every repository at once: Organization settings → Code security → Configurations.',
    evidenceKinds: [GITHUB_EVIDENCE.repository]
  },
  evaluate: (context) =>
    forEachRepository(context, [], (repo) => {
      const evidence = [evidencePath(repo.repository.full_name, 'repository')]
      const settings = repo.repository.security_and_analysis
      if (!settings) {
        return {
          subject: repo.subject,
          status: 'error',
          message:
            'GitHub did not return security_and_analysis for this repository: the token needs administration: read (GitHub App) or admin rights on the repository to see it.',
          evidence
        }
      }
      const scanning = settings.secret_scanning?.status === 'enabled'
      const pushProtection = settings.secret_scanning_push_protection?.status === 'enabled'
      if (scanning && pushProtection) {
        return {
          subject: repo.subject,
          status: 'pass',
          message: 'Secret scanning and push protection are enabled.',
          evidence
        }
      }
      const off = [...(scanning ? [] : ['secret scanning']), ...(pushProtection ? [] : ['push protection'])]
      return { subject: repo.subject, status: 'fail', message: `Disabled: ${off.join(' and ')}.`, evidence }
    })
}
