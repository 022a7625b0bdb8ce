import { AWS_IDENTITY_EVIDENCE, type PermissionSetsEvidence } from '../../evidence/aws-identity.js'
import type { Check } from '../check.js'
import { isApproved } from './approved.js'
import { ADMINISTRATOR_ACCESS_ARN, grantsAdministrator, parsePolicy } from './policy-document.js'
import { perRecord } from './records.js'

export const awsSsoAdminPermissionSetsApproved: Check = {
  metadata: {
    id: 'aws.sso.admin-permission-sets-approved',
    version: 1,
    title: 'Only approved IAM Identity Center permission sets grant administrator rights',
    severity: 'high',
    rationale:
      'A permission set with AdministratorAccess (or an inline policy allowing "*" on "*") makes everyone assigned to it an administrator of each account it is provisioned to; such permission sets must be the approved privileged ones.',
    remediation:
      'IAM Identity Center → Permission sets → the listed set → remove AdministratorAccess or the "*"-on-"*" inline policy, or, when it is the approved administrator set, add its name to aws.admin-principals in the evidence configuration. Review who is assigned to it (AWS accounts → Users and groups).',
    evidenceKinds: [AWS_IDENTITY_EVIDENCE.permissionSets]
  },
  evaluate: (context) => {
    const approvedList = context.config.aws['admin-principals']
    return perRecord<PermissionSetsEvidence>(
      context,
      AWS_IDENTITY_EVIDENCE.permissionSets,
      'IAM Identity Center permission sets',
      (data) => {
        if (!Array.isArray(data.instances) || !Array.isArray(data.permissionSets))
          return { status: 'error', message: 'The record holds no list of instances or permission sets.' }
        if (data.instances.length === 0)
          return { status: 'not_applicable', message: 'IAM Identity Center has no instance in this region.' }
        const admins: { name: string; via: string[]; approved: boolean }[] = []
        const unknown: string[] = data.truncated ? ['the listing stopped at the page cap'] : []
        for (const set of data.permissionSets) {
          const name = set.Name ?? set.PermissionSetArn
          if (set.error) {
            unknown.push(`${name}: ${set.error}`)
            continue
          }
          const via = (set.managedPolicies ?? [])
            .filter((p) => ADMINISTRATOR_ACCESS_ARN.test(p.PolicyArn ?? ''))
            .map(() => 'AdministratorAccess')
          if (set.inlinePolicy !== undefined) {
            const parsed = parsePolicy(set.inlinePolicy)
            if (!parsed.ok) unknown.push(`${name}: inline policy ${parsed.error}`)
            else if (parsed.statements.some(grantsAdministrator)) via.push('inline policy ("*" on "*")')
          }
          if (via.length > 0)
            admins.push({ name, via, approved: isApproved(approvedList, set.Name, set.PermissionSetArn) })
        }
        const unapproved = admins.filter((a) => !a.approved)
        const list = (items: typeof admins) => items.map((a) => `${a.name} (${a.via.join(', ')})`).join('; ')
        if (unapproved.length > 0)
          return {
            status: 'fail',
            message: `${unapproved.length} permission set(s) grant administrator rights without approval: ${list(unapproved)}.${unknown.length ? ` Also undecided: ${unknown.join('; ')}.` : ''}`,
            details: admins
          }
        if (unknown.length > 0)
          return {
            status: 'error',
            message: `The rights of these permission sets could not be read: ${unknown.join('; ')}.`,
            details: admins
          }
        return {
          status: 'pass',
          message:
            admins.length === 0
              ? `None of the ${data.permissionSets.length} permission set(s) grants administrator rights through AWS managed or inline policies.`
              : `${admins.length} permission set(s) grant administrator rights, all approved: ${list(admins)}.`,
          details: admins
        }
      }
    )
  }
}
