import {
  AWS_IDENTITY_EVIDENCE,
  AWS_SOURCE_RECORD_KIND,
  type OrganizationAccountsEvidence
} from '../../evidence/aws-identity.js'
import type { Check, CheckResult } from '../check.js'

export const awsOrganizationAccountsCollected: Check = {
  metadata: {
    id: 'aws.organizations.accounts-collected',
    version: 1,
    title: 'Every account discovered in AWS Organizations was collected',
    severity: 'high',
    rationale:
      'Evidence over "all accounts" holds only if each account of the organization was read: an account whose role could not be assumed is missing from every other finding, and must be visible as such.',
    remediation:
      'For each account in error: create the role named in aws.organization.role-name in that account (e.g. with a CloudFormation StackSet from the management account), trusting the identity the job runs as, with the policy docs/aws-iam-policy.json; or exclude the account in aws.organization.exclude with the reason recorded.',
    evidenceKinds: [AWS_IDENTITY_EVIDENCE.organizationAccounts, AWS_SOURCE_RECORD_KIND]
  },
  evaluate: (context) =>
    context.evidence
      .all<OrganizationAccountsEvidence>(AWS_IDENTITY_EVIDENCE.organizationAccounts)
      .flatMap((record): CheckResult[] => {
        if (record.error || !Array.isArray(record.data?.accounts)) {
          return [
            {
              subject: record.subject,
              status: 'error',
              message: `The accounts of the organization could not be discovered: ${record.error?.message ?? 'no account list recorded'}`,
              evidence: [record.path]
            }
          ]
        }
        const { roleName } = record.data
        return record.data.accounts.map((account): CheckResult => {
          const subject = `aws:${account.Id}`
          const name = account.Name ? `${account.Id} (${account.Name})` : account.Id
          if (!account.selected) {
            return {
              subject,
              status: 'not_applicable',
              message: `Account ${name} is not collected: ${account.reason ?? 'not selected'}.`,
              evidence: [record.path]
            }
          }
          const source = context.evidence.get(AWS_SOURCE_RECORD_KIND, subject)
          const evidence = [record.path, ...(source ? [source.path] : [])]
          if (!source)
            return {
              subject,
              status: 'error',
              message: `Account ${name} was discovered but not collected (no record of assuming role ${roleName}).`,
              evidence
            }
          if (source.error || source.data === undefined)
            return {
              subject,
              status: 'error',
              message: `Account ${name} could not be collected: ${source.error?.message ?? 'no data recorded'}`,
              evidence
            }
          return {
            subject,
            status: 'pass',
            message: `Account ${name} was collected by assuming ${roleName}.`,
            evidence
          }
        })
      })
}
