import { GITHUB_ORG_EVIDENCE } from '../../evidence/github-org.js'
import type { Check } from '../check.js'
import { forEachOrg, withheldSetting } from './org-records.js'

export const orgRepositoryDeletion: Check = {
  metadata: {
    id: 'github.org.repository-deletion-restricted',
    version: 1,
    title: 'Only owners can delete or transfer repositories',
    severity: 'medium',
    rationale:
      'A deleted or transferred repository takes its code, history, issues and settings out of the organisation\u2019s control. GitHub\u2019s "Allow members to delete or transfer repositories" lets every member with admin rights on a repository do it; restricted, only owners can. GitHub reports the setting as `members_can_delete_repositories` in the organisation (owners only); it has no separate switch for transfers. Changing a repository\u2019s visibility is a separate setting, not evidenced here.',
    remediation:
      'Organization settings → Member privileges → Admin repository permissions → untick "Allow members to delete or transfer repositories for this organization" → Save.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.organization]
  },
  evaluate: (context) =>
    forEachOrg(context, [], (org) => {
      const allowed = org.organization.members_can_delete_repositories
      if (typeof allowed !== 'boolean') return withheldSetting(org, 'members_can_delete_repositories')
      return {
        subject: org.subject,
        status: allowed ? 'fail' : 'pass',
        message: allowed
          ? 'Members with admin rights on a repository can delete or transfer it.'
          : 'Members cannot delete or transfer repositories; only owners can.',
        evidence: [org.organizationPath]
      }
    })
}
