import { GITHUB_ORG_EVIDENCE, type ForkPrApprovalData } from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check } from '../check.js'
import { forEachOrg, orgEvidenceError } from './org-records.js'

/** The documented policies, from least to most strict; the weakest only catches brand-new GitHub accounts. */
const SUFFICIENT = new Set(['first_time_contributors', 'all_external_contributors'])

export const actionsForkPrApproval: Check = {
  metadata: {
    id: 'github.actions.fork-pr-approval',
    version: 1,
    title: 'Workflows of fork pull requests from outside contributors wait for approval',
    severity: 'medium',
    rationale:
      'A fork pull request runs the contributor\u2019s workflow changes on your runners; requiring a maintainer to approve the run before it starts stops drive-by code execution and resource abuse.',
    remediation:
      'Organization settings → Actions → General → "Approval for running fork pull request workflows from contributors" → choose "Require approval for first-time contributors" or "Require approval for all external contributors" → Save.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.forkPrApproval]
  },
  evaluate: (context) =>
    forEachOrg(context, [GITHUB_ORG_EVIDENCE.forkPrApproval], (org) => {
      const record = org.records[GITHUB_ORG_EVIDENCE.forkPrApproval] as
        EvidenceRecord<ForkPrApprovalData> | undefined
      if (!record?.data) return orgEvidenceError(org.subject, 'The fork pull request approval policy', record)
      const policy = record.data.approval_policy
      const evidence = [record.path]
      if (SUFFICIENT.has(policy)) {
        return {
          subject: org.subject,
          status: 'pass',
          message: `Fork PR workflow approval: "${policy}".`,
          evidence
        }
      }
      if (policy === 'first_time_contributors_new_to_github') {
        return {
          subject: org.subject,
          status: 'fail',
          message:
            'Fork PR workflow approval: "first_time_contributors_new_to_github": only brand-new GitHub accounts wait; any other first-time contributor\u2019s workflow runs unapproved.',
          evidence
        }
      }
      return {
        subject: org.subject,
        status: 'error',
        message: `GitHub returned an unknown approval_policy (${JSON.stringify(policy ?? null)}).`,
        evidence
      }
    })
}
