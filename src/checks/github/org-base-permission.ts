import { GITHUB_ORG_EVIDENCE } from '../../evidence/github-org.js'
import type { Check } from '../check.js'
import { forEachOrg, withheldSetting } from './org-records.js'

const LEAST_PRIVILEGE = new Set(['none', 'read'])

export const orgBasePermission: Check = {
  metadata: {
    id: 'github.org.base-permission',
    version: 1,
    title: "Members' base repository permission is read or none",
    severity: 'medium',
    rationale:
      'The base permission applies to every member on every repository; write or admin as the base grants change rights to people who were never given them for a reason. Access should be granted per team and repository.',
    remediation:
      'Organization settings → Member privileges → Base permissions → choose "Read" (or "No permission") → confirm. Grant write access through teams on the repositories that need it.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.organization]
  },
  evaluate: (context) =>
    forEachOrg(context, [], (org) => {
      const base = org.organization.default_repository_permission
      if (typeof base !== 'string') return withheldSetting(org, 'default_repository_permission')
      const evidence = [org.organizationPath]
      if (LEAST_PRIVILEGE.has(base)) {
        return {
          subject: org.subject,
          status: 'pass',
          message: `Base repository permission is "${base}".`,
          evidence
        }
      }
      return {
        subject: org.subject,
        status: 'fail',
        message: `Base repository permission is "${base}": every member has ${base} access to every repository of ${org.org}.`,
        evidence
      }
    })
}
