import { GITHUB_ORG_EVIDENCE, type OrgMember } from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check } from '../check.js'
import { forEachOrg, orgEvidenceError, withheldSetting } from './org-records.js'

export const orgTwoFactorRequired: Check = {
  metadata: {
    id: 'github.org.two-factor-required',
    version: 1,
    title: 'The organisation requires two-factor authentication and no member is without it',
    severity: 'high',
    rationale:
      'A password alone is a weak authenticator for people who can change source code and settings; requiring a second factor for every member makes a stolen password insufficient.',
    remediation:
      'Organization settings → Authentication security → tick "Require two-factor authentication for everyone in the organization" → Save. Members without 2FA are removed: ask them to enable it first (People → filter "2FA: disabled").',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.organization, GITHUB_ORG_EVIDENCE.membersWithout2fa]
  },
  evaluate: (context) =>
    forEachOrg(context, [GITHUB_ORG_EVIDENCE.membersWithout2fa], (org) => {
      const required = org.organization.two_factor_requirement_enabled
      if (typeof required !== 'boolean') return withheldSetting(org, 'two_factor_requirement_enabled')
      const record = org.records[GITHUB_ORG_EVIDENCE.membersWithout2fa] as
        EvidenceRecord<OrgMember[]> | undefined
      if (!record?.data) return orgEvidenceError(org.subject, 'The members without 2FA', record)
      const evidence = [org.organizationPath, record.path]
      const without = record.data.map((m) => m.login).sort()
      const list = without.length > 0 ? `: ${without.join(', ')}` : ''
      if (required && without.length === 0) {
        return {
          subject: org.subject,
          status: 'pass',
          message: 'Two-factor authentication is required, and GitHub lists no member without it.',
          evidence
        }
      }
      return {
        subject: org.subject,
        status: 'fail',
        message: `${required ? 'Two-factor authentication is required' : 'Two-factor authentication is not required'}; ${without.length} member(s) without it${list}.`,
        evidence,
        details: without.map((login) => ({ login }))
      }
    })
}
