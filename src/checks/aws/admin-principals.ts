import {
  AWS_IDENTITY_EVIDENCE,
  type AuthorizationDetailsEvidence,
  type IamPrincipalDetail
} from '../../evidence/aws-identity.js'
import type { Check } from '../check.js'
import { isApproved } from './approved.js'
import { ADMINISTRATOR_ACCESS_ARN, grantsAdministrator, parsePolicy } from './policy-document.js'
import { perRecord } from './records.js'

export interface AdminPrincipal {
  type: 'user' | 'group' | 'role'
  name: string
  arn?: string
  /** The policies (or group) that make it an administrator. */
  via: string[]
  approved: boolean
}

type Verdict = { admin: true; via: string[] } | { admin: false; unknown?: string[] }

/** Whether a user, group or role's own policies grant administrator rights (AdministratorAccess or "*" on "*"). */
function ownAdminRights(
  principal: IamPrincipalDetail,
  customer: Map<string, { document?: string; omitted?: string }>
): Verdict {
  const via: string[] = []
  const unknown: string[] = []
  for (const p of principal.AttachedManagedPolicies ?? []) {
    const arn = p.PolicyArn ?? ''
    if (ADMINISTRATOR_ACCESS_ARN.test(arn)) {
      via.push('AdministratorAccess')
      continue
    }
    if (/^arn:aws[a-z-]*:iam::aws:policy\//.test(arn)) continue // other AWS managed policies: not "*" on "*"
    const policy = customer.get(arn)
    if (!policy) {
      unknown.push(`${p.PolicyName ?? arn} (not in the recorded customer managed policies)`)
      continue
    }
    const parsed = parsePolicy(policy.document)
    if (!parsed.ok) unknown.push(`${p.PolicyName ?? arn} (${policy.omitted ?? parsed.error})`)
    else if (parsed.statements.some(grantsAdministrator)) via.push(`${p.PolicyName ?? arn} ("*" on "*")`)
  }
  for (const p of principal.inlinePolicies ?? []) {
    const parsed = parsePolicy(p.PolicyDocument)
    const name = `inline ${p.PolicyName ?? '(unnamed)'}`
    if (!parsed.ok) unknown.push(`${name} (${p.omitted ?? parsed.error})`)
    else if (parsed.statements.some(grantsAdministrator)) via.push(`${name} ("*" on "*")`)
  }
  if (via.length > 0) return { admin: true, via }
  return unknown.length > 0 ? { admin: false, unknown } : { admin: false }
}

/** Every principal with administrator rights, directly or (users) through a group; and those undecidable. */
export function administrators(
  data: AuthorizationDetailsEvidence,
  approvedList: readonly string[]
): { admins: AdminPrincipal[]; unknown: string[] } {
  const customer = new Map(
    (data.policies ?? []).map((p) => [
      p.Arn ?? '',
      {
        ...(p.defaultDocument !== undefined ? { document: p.defaultDocument } : {}),
        ...(p.omitted ? { omitted: p.omitted } : {})
      }
    ])
  )
  const admins: AdminPrincipal[] = []
  const unknown: string[] = []
  const add = (type: AdminPrincipal['type'], p: IamPrincipalDetail, via: string[]) =>
    admins.push({
      type,
      name: p.name ?? p.Arn ?? '(unnamed)',
      ...(p.Arn ? { arn: p.Arn } : {}),
      via,
      approved: isApproved(approvedList, p.name, p.Arn)
    })
  const groups = new Map<string, Verdict>()
  for (const g of data.groups ?? []) {
    const verdict = ownAdminRights(g, customer)
    groups.set(g.name ?? '', verdict)
    if (verdict.admin) add('group', g, verdict.via)
    else if (verdict.unknown) unknown.push(`group ${g.name}: ${verdict.unknown.join(', ')}`)
  }
  for (const u of data.users ?? []) {
    const own = ownAdminRights(u, customer)
    const via = own.admin ? [...own.via] : []
    const undecided = own.admin ? [] : [...(own.unknown ?? [])]
    for (const name of u.GroupList ?? []) {
      const group = groups.get(name)
      if (!group) undecided.push(`group ${name} (not recorded)`)
      else if (group.admin) via.push(`group ${name}`)
      else if (group.unknown) undecided.push(`group ${name}`)
    }
    if (via.length > 0) add('user', u, via)
    else if (undecided.length > 0) unknown.push(`user ${u.name}: ${undecided.join(', ')}`)
  }
  for (const r of data.roles ?? []) {
    const verdict = ownAdminRights(r, customer)
    if (verdict.admin) add('role', r, verdict.via)
    else if (verdict.unknown) unknown.push(`role ${r.name}: ${verdict.unknown.join(', ')}`)
  }
  return { admins, unknown }
}

const describe = (a: AdminPrincipal) => `${a.type} ${a.name} (${a.via.join(', ')})`

export const awsAdminPrincipalsApproved: Check = {
  metadata: {
    id: 'aws.iam.admin-principals-approved',
    version: 1,
    title: 'Only approved IAM users, groups and roles hold administrator rights',
    severity: 'high',
    rationale:
      'Administrator rights (AdministratorAccess, or any policy allowing "*" on "*") let a principal do everything in the account, including erasing the evidence of it; they must be held only by the principals whose privileged access was approved.',
    remediation:
      'For each unapproved principal: detach AdministratorAccess or the "*"-on-"*" policy (IAM → Users / Groups / Roles → Permissions), grant a narrower policy, or, when the access is approved, add its name or ARN to aws.admin-principals in the evidence configuration (the approval record belongs in the manual evidence of A.8.2).',
    evidenceKinds: [AWS_IDENTITY_EVIDENCE.authorizationDetails]
  },
  evaluate: (context) => {
    const approvedList = context.config.aws['admin-principals']
    return perRecord<AuthorizationDetailsEvidence>(
      context,
      AWS_IDENTITY_EVIDENCE.authorizationDetails,
      'The IAM authorization details',
      (data) => {
        if (!Array.isArray(data.users) || !Array.isArray(data.groups) || !Array.isArray(data.roles)) {
          return { status: 'error', message: 'The IAM authorization details hold no list of principals.' }
        }
        const { admins, unknown } = administrators(data, approvedList)
        const unapproved = admins.filter((a) => !a.approved)
        const approved = admins.filter((a) => a.approved)
        const undecided = [
          ...(data.truncated ? ['the listing stopped at the page cap, so principals may be missing'] : []),
          ...unknown
        ]
        if (unapproved.length > 0) {
          return {
            status: 'fail',
            message: `${unapproved.length} principal(s) hold administrator rights without approval: ${unapproved.map(describe).join('; ')}.${undecided.length ? ` Also undecided: ${undecided.join('; ')}.` : ''}`,
            details: admins
          }
        }
        if (undecided.length > 0) {
          return {
            status: 'error',
            message: `Whether these principals hold administrator rights could not be decided: ${undecided.join('; ')}.`,
            details: admins
          }
        }
        return {
          status: 'pass',
          message:
            admins.length === 0
              ? `No IAM user, group or role holds administrator rights (${data.users.length} users, ${data.groups.length} groups, ${data.roles.length} roles).`
              : `${approved.length} principal(s) hold administrator rights, all approved: ${approved.map(describe).join('; ')}.`,
          details: admins
        }
      }
    )
  }
}
