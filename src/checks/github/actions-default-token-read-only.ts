import { GITHUB_ORG_EVIDENCE, type WorkflowPermissionsData } from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check } from '../check.js'
import { forEachOrg, orgEvidenceError } from './org-records.js'

export const actionsDefaultTokenReadOnly: Check = {
  metadata: {
    id: 'github.actions.default-token-read-only',
    version: 1,
    title: 'Workflows get a read-only GITHUB_TOKEN by default and cannot approve pull requests',
    severity: 'high',
    rationale:
      'A write token by default lets any workflow step (including a compromised action) push code or change releases; letting Actions approve pull requests lets automation satisfy the review rule meant for people.',
    remediation:
      'Organization settings → Actions → General → Workflow permissions → choose "Read repository contents and packages permissions", untick "Allow GitHub Actions to create and approve pull requests" → Save. Workflows that need more declare `permissions:`.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.workflowPermissions]
  },
  evaluate: (context) =>
    forEachOrg(context, [GITHUB_ORG_EVIDENCE.workflowPermissions], (org) => {
      const record = org.records[GITHUB_ORG_EVIDENCE.workflowPermissions] as
        EvidenceRecord<WorkflowPermissionsData> | undefined
      if (!record?.data) return orgEvidenceError(org.subject, 'The default workflow permissions', record)
      const { default_workflow_permissions: permissions, can_approve_pull_request_reviews: canApprove } =
        record.data
      const evidence = [record.path]
      const problems = [
        ...(permissions === 'read' ? [] : [`the default GITHUB_TOKEN permission is "${permissions}"`]),
        ...(canApprove === false ? [] : ['GitHub Actions may approve pull requests'])
      ]
      if (problems.length === 0) {
        return {
          subject: org.subject,
          status: 'pass',
          message: 'The default GITHUB_TOKEN is read-only and GitHub Actions cannot approve pull requests.',
          evidence
        }
      }
      return { subject: org.subject, status: 'fail', message: `${problems.join('; ')}.`, evidence }
    })
}
