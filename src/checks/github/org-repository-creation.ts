import { GITHUB_ORG_EVIDENCE } from '../../evidence/github-org.js'
import type { Check } from '../check.js'
import { forEachOrg, withheldSetting } from './org-records.js'

export const orgRepositoryCreation: Check = {
  metadata: {
    id: 'github.org.repository-creation-restricted',
    version: 1,
    title: 'Only owners can create repositories',
    severity: 'low',
    rationale:
      'A repository created by any member starts outside the reviewed set: no protection, no owner, possibly public. Restricting creation to owners keeps the inventory of code repositories under control. Who may delete or transfer repositories is github.org.repository-deletion-restricted.',
    remediation:
      'Organization settings → Member privileges → Repository creation → untick "Public" and "Private" (and "Internal") → Save. Owners then create repositories on request.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.organization]
  },
  evaluate: (context) =>
    forEachOrg(context, [], (org) => {
      const create = org.organization.members_can_create_repositories
      if (typeof create !== 'boolean') return withheldSetting(org, 'members_can_create_repositories')
      const evidence = [org.organizationPath]
      if (!create) {
        return {
          subject: org.subject,
          status: 'pass',
          message: 'Members cannot create repositories; only owners can.',
          evidence
        }
      }
      const publicToo = org.organization.members_can_create_public_repositories
        ? ', public ones included'
        : ''
      return {
        subject: org.subject,
        status: 'fail',
        message: `Every member can create repositories${publicToo}.`,
        evidence
      }
    })
}
