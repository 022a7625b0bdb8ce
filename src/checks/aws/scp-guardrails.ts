import {
  AWS_IDENTITY_EVIDENCE,
  type ServiceControlPoliciesEvidence,
  type ServiceControlPolicyDetail
} from '../../evidence/aws-identity.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'
import { deniesAction, parsePolicy } from './policy-document.js'

/** The actions an organization's guardrails must deny: leaving it, and switching CloudTrail off. */
export const GUARDED_ACTIONS = [
  'organizations:LeaveOrganization',
  'cloudtrail:StopLogging',
  'cloudtrail:DeleteTrail'
] as const

/** Whether `policy` applies to `account` as far as the record shows: attached to a root or to the account. */
const appliesTo = (policy: ServiceControlPolicyDetail, account: string) =>
  policy.targets.some((t) => t.Type === 'ROOT' || (t.Type === 'ACCOUNT' && t.TargetId === account))

export function evaluateGuardrails(
  data: ServiceControlPoliciesEvidence,
  account: string
): Omit<CheckResult, 'subject' | 'evidence'> {
  if (!data.inOrganization)
    return {
      status: 'fail',
      message: `Account ${account} is in no AWS organization: no service control policy can stop it leaving controls or switching CloudTrail off.`
    }
  if (data.managementAccountId === account)
    return {
      status: 'not_applicable',
      message: `Account ${account} is the management account of ${data.organizationId ?? 'the organization'}: service control policies do not apply to it (AWS Organizations User Guide, "SCP effects on permissions"); its CloudTrail is protected only by its own IAM policies. The member accounts' findings evaluate its SCPs.`
    }
  const enabled = data.roots.some((r) =>
    (r.PolicyTypes ?? []).some((t) => t.Type === 'SERVICE_CONTROL_POLICY' && t.Status === 'ENABLED')
  )
  if (!enabled)
    return {
      status: 'fail',
      message: 'Service control policies are not enabled on the organization root: no SCP applies.'
    }
  const problems: string[] = []
  const ouOnly: string[] = []
  const covered = new Map<string, { policy: string; conditional: boolean }>()
  for (const policy of data.policies) {
    if (policy.error) {
      problems.push(`${policy.Name ?? policy.Id}: ${policy.error}`)
      continue
    }
    const parsed = parsePolicy(policy.Content)
    if (!parsed.ok) {
      problems.push(`${policy.Name ?? policy.Id}: ${parsed.error}`)
      continue
    }
    const applies = appliesTo(policy, account)
    for (const action of GUARDED_ACTIONS) {
      const result = deniesAction(parsed.statements, action)
      if (!result.denied) continue
      if (!applies) {
        if (policy.targets.some((t) => t.Type === 'ORGANIZATIONAL_UNIT'))
          ouOnly.push(`${policy.Name ?? policy.Id} (${action})`)
        continue
      }
      const before = covered.get(action)
      if (!before || (before.conditional && !result.conditional))
        covered.set(action, {
          policy: policy.Name ?? policy.Id ?? '(unnamed)',
          conditional: result.conditional
        })
    }
  }
  const missing = GUARDED_ACTIONS.filter((a) => !covered.has(a))
  const described = [...covered].map(
    ([action, c]) =>
      `${action} by ${c.policy}${c.conditional ? ' (with a condition, e.g. a break-glass exemption)' : ''}`
  )
  if (missing.length === 0)
    return {
      status: 'pass',
      message: `SCPs attached to the root or the account deny ${described.join('; ')}.`,
      details: described
    }
  if (problems.length > 0 || ouOnly.length > 0 || data.truncated)
    return {
      status: 'error',
      message: `No SCP read so far denies ${missing.join(', ')} for account ${account}, but ${[
        ...problems.map((p) => `a policy could not be read (${p})`),
        ...ouOnly.map((p) => `${p} is attached to an organizational unit whose members were not read`),
        ...(data.truncated ? ['the policy listing stopped at the cap'] : [])
      ].join('; ')}.`
    }
  return {
    status: 'fail',
    message: `No service control policy applying to account ${account} denies ${missing.join(', ')}.${described.length ? ` Denied: ${described.join('; ')}.` : ''}`,
    details: [...missing.map((action) => ({ action, denied: false })), ...described]
  }
}

export const awsScpGuardrails: Check = {
  metadata: {
    id: 'aws.organizations.scp-guardrails',
    version: 1,
    title: 'Service control policies stop accounts leaving the organization and switching CloudTrail off',
    severity: 'high',
    rationale:
      "An account that can leave the organization escapes every organization-wide control, and whoever can stop CloudTrail can act unrecorded; a service control policy denies both even to the account's administrators.",
    remediation:
      'AWS Organizations → Policies → Service control policies → Create policy with a Deny statement for organizations:LeaveOrganization, cloudtrail:StopLogging and cloudtrail:DeleteTrail on "*" (exempting a break-glass role with a condition if needed), and attach it to the root.',
    evidenceKinds: [AWS_IDENTITY_EVIDENCE.serviceControlPolicies]
  },
  evaluate: (context) => {
    const records = context.evidence.all<ServiceControlPoliciesEvidence>(
      AWS_IDENTITY_EVIDENCE.serviceControlPolicies
    )
    const byAccount = new Map(records.map((r) => [r.subject.replace(/^aws:/, ''), r]))
    return records.map((record): CheckResult => {
      const account = record.subject.replace(/^aws:/, '')
      return guardSubject(record.subject, [record.path], () => {
        if (record.error || !record.data) {
          return {
            subject: record.subject,
            status: 'error',
            message: `The service control policies could not be collected: ${record.error?.message ?? 'no data recorded'}`,
            evidence: [record.path]
          }
        }
        let source: EvidenceRecord<ServiceControlPoliciesEvidence> = record
        if (record.data.deferred) {
          const management = record.data.managementAccountId
          const found = management ? byAccount.get(management) : undefined
          if (!found?.data || found.error || found.data.deferred) {
            return {
              subject: record.subject,
              status: 'error',
              message: `Account ${account} is a member of ${record.data.organizationId ?? 'an organization'}; its service control policies are read in the management account ${management ?? '(unknown)'}, which was ${found ? `not readable: ${found.error?.message ?? 'no data'}` : 'not collected'}.`,
              evidence: [record.path, ...(found ? [found.path] : [])]
            }
          }
          source = found
        }
        const evidence = [...new Set([record.path, source.path])]
        return { subject: record.subject, ...evaluateGuardrails(source.data!, account), evidence }
      })
    })
  }
}
