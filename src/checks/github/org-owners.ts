import { GITHUB_ORG_EVIDENCE, type OrgMember } from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check } from '../check.js'
import { forEachOrg, orgEvidenceError } from './org-records.js'

/** GitHub recommends at least two owners; more than a handful is privileged access nobody reviews. */
const MIN_OWNERS = 2
const MAX_OWNERS = 5

export const orgOwners: Check = {
  metadata: {
    id: 'github.org.owners',
    version: 1,
    title: `The organisation has between ${MIN_OWNERS} and ${MAX_OWNERS} owners`,
    severity: 'medium',
    rationale:
      'Owners hold every privilege over every repository and setting. One owner is a single point of failure; many owners is privileged access spread wider than anyone reviews. The list is the population for the access review.',
    remediation: `Organization → People → filter Role: Owner. Demote owners who do not need it (⋯ → Change role → Member), or promote a second trusted person when there is only one. Keep ${MIN_OWNERS}–${MAX_OWNERS}.`,
    evidenceKinds: [GITHUB_ORG_EVIDENCE.owners]
  },
  evaluate: (context) =>
    forEachOrg(context, [GITHUB_ORG_EVIDENCE.owners], (org) => {
      const record = org.records[GITHUB_ORG_EVIDENCE.owners] as EvidenceRecord<OrgMember[]> | undefined
      if (!record?.data) return orgEvidenceError(org.subject, 'The owner list', record)
      const owners = record.data.map((m) => m.login).sort()
      const evidence = [record.path]
      const details = owners.map((login) => ({ login }))
      // Every organisation has at least one owner: an empty list means the token did not see them.
      if (owners.length === 0) {
        return {
          subject: org.subject,
          status: 'error',
          message: 'GitHub listed no owner, which no organisation has: the token cannot see the owners.',
          evidence
        }
      }
      const names = owners.join(', ')
      if (owners.length < MIN_OWNERS || owners.length > MAX_OWNERS) {
        const why = owners.length < MIN_OWNERS ? 'no second owner can step in' : `more than ${MAX_OWNERS}`
        return {
          subject: org.subject,
          status: 'fail',
          message: `${owners.length} owner(s) (${why}): ${names}.`,
          evidence,
          details
        }
      }
      return {
        subject: org.subject,
        status: 'pass',
        message: `${owners.length} owners: ${names}.`,
        evidence,
        details
      }
    })
}
