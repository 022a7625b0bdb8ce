import { GITHUB_ORG_EVIDENCE, type ActionsPermissionsData } from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check } from '../check.js'
import { forEachOrg, orgEvidenceError } from './org-records.js'

export const actionsAllowedActions: Check = {
  metadata: {
    id: 'github.actions.allowed-actions-restricted',
    version: 1,
    title: 'Only local or selected actions may run',
    severity: 'medium',
    rationale:
      'An action is third-party code that runs with the workflow token and secrets; allowing every action on the Marketplace makes every one of their authors a supplier nobody assessed.',
    remediation:
      'Organization settings → Actions → General → Policies → choose "Allow <org>, and select non-<org>, actions and reusable workflows", tick "Allow actions created by GitHub" and list the approved ones (owner/action@*) → Save.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.actionsPermissions]
  },
  evaluate: (context) =>
    forEachOrg(context, [GITHUB_ORG_EVIDENCE.actionsPermissions], (org) => {
      const record = org.records[GITHUB_ORG_EVIDENCE.actionsPermissions] as
        EvidenceRecord<ActionsPermissionsData> | undefined
      if (!record?.data) return orgEvidenceError(org.subject, 'The Actions permissions policy', record)
      const evidence = [record.path]
      if (record.data.enabled_repositories === 'none') {
        return {
          subject: org.subject,
          status: 'not_applicable',
          message: 'GitHub Actions is disabled for every repository of the organisation.',
          evidence
        }
      }
      const allowed = record.data.allowed_actions
      if (allowed === 'local_only' || allowed === 'selected') {
        return {
          subject: org.subject,
          status: 'pass',
          message: `Allowed actions: "${allowed}" (${allowed === 'local_only' ? 'only actions defined in the organisation' : 'the organisation\u2019s own and an explicit allow list'}).`,
          evidence
        }
      }
      if (allowed === 'all') {
        return {
          subject: org.subject,
          status: 'fail',
          message: 'Allowed actions: "all": any action or reusable workflow from any author may run.',
          evidence
        }
      }
      return {
        subject: org.subject,
        status: 'error',
        message: `GitHub returned no known allowed_actions value (${JSON.stringify(allowed ?? null)}).`,
        evidence
      }
    })
}
