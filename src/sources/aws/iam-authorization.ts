import {
  paginateGetAccountAuthorizationDetails,
  type AttachedPolicy as SdkAttachedPolicy,
  type PolicyDetail
} from '@aws-sdk/client-iam'
import type { EvidenceRecord, RequestRecord } from '../../model.js'
import {
  AWS_IDENTITY_EVIDENCE,
  type AttachedPolicy,
  type AuthorizationDetailsEvidence,
  type InlinePolicy
} from '../../evidence/aws-identity.js'
import type { AccountScope } from './scope.js'

/** Pages of 1,000 entities read at most (100,000 users, groups, roles and policies). */
const MAX_PAGES = 100
/** IAM policies are at most 10,240 characters (role inline); anything far longer is not kept. */
export const MAX_POLICY_CHARS = 131_072

/**
 * IAM's users, groups and roles with their attached and inline policies, and the customer managed policies
 * with their default version (GetAccountAuthorizationDetails, Filter User, Group, Role, LocalManagedPolicy: AWS
 * managed policies are known by ARN, and listing them all would be most of the response). Policy documents are
 * URL-decoded (the API returns them URL-encoded, RFC 3986) and kept as text for the checks to parse.
 */
export async function collectAuthorizationDetails(scope: AccountScope): Promise<void> {
  const region = scope.homeRegion
  const client = scope.clients.iam(region)
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<AuthorizationDetailsEvidence> = {
    path: scope.path('iam-authorization-details'),
    source: 'aws',
    subject: scope.subject,
    kind: AWS_IDENTITY_EVIDENCE.authorizationDetails,
    requests
  }
  const data: AuthorizationDetailsEvidence = { users: [], groups: [], roles: [], policies: [] }
  let pages = 0
  const result = await scope.pages(
    'GetAccountAuthorizationDetailsCommand',
    region,
    paginateGetAccountAuthorizationDetails(
      { client, pageSize: 1000 },
      { Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy'] }
    ),
    (page, request) => {
      requests.push(request)
      for (const u of page.UserDetailList ?? []) {
        data.users.push({
          ...(u.Arn ? { Arn: u.Arn } : {}),
          ...(u.Path ? { Path: u.Path } : {}),
          ...(u.UserName ? { name: u.UserName } : {}),
          GroupList: (u.GroupList ?? []).filter((g): g is string => typeof g === 'string'),
          AttachedManagedPolicies: attached(u.AttachedManagedPolicies),
          inlinePolicies: inline(u.UserPolicyList)
        })
      }
      for (const g of page.GroupDetailList ?? []) {
        data.groups.push({
          ...(g.Arn ? { Arn: g.Arn } : {}),
          ...(g.Path ? { Path: g.Path } : {}),
          ...(g.GroupName ? { name: g.GroupName } : {}),
          AttachedManagedPolicies: attached(g.AttachedManagedPolicies),
          inlinePolicies: inline(g.GroupPolicyList)
        })
      }
      for (const r of page.RoleDetailList ?? []) {
        const lastUsed = r.RoleLastUsed?.LastUsedDate as Date | string | undefined
        data.roles.push({
          ...(r.Arn ? { Arn: r.Arn } : {}),
          ...(r.Path ? { Path: r.Path } : {}),
          ...(r.RoleName ? { name: r.RoleName } : {}),
          AttachedManagedPolicies: attached(r.AttachedManagedPolicies),
          inlinePolicies: inline(r.RolePolicyList),
          ...(lastUsed ? { lastUsed: new Date(lastUsed).toISOString() } : {})
        })
      }
      for (const p of page.Policies ?? []) {
        const version = (p.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion)
        const document = decoded(version?.Document)
        data.policies.push({
          ...(p.Arn ? { Arn: p.Arn } : {}),
          ...(p.PolicyName ? { PolicyName: p.PolicyName } : {}),
          ...(p.AttachmentCount !== undefined ? { AttachmentCount: p.AttachmentCount } : {}),
          ...document
        })
      }
      if (++pages >= MAX_PAGES && page.IsTruncated) {
        data.truncated = true
        return false
      }
    }
  )
  if (!result.ok) {
    requests.push(result.request)
    return scope.add({ ...record, error: result.failure })
  }
  await scope.add({
    ...record,
    data,
    notes: {
      filter:
        'GetAccountAuthorizationDetails Filter User, Group, Role, LocalManagedPolicy; AWS managed policies by ARN only'
    }
  })
}

function attached(list: SdkAttachedPolicy[] | undefined): AttachedPolicy[] {
  return (list ?? []).map((p) => ({
    ...(p.PolicyName ? { PolicyName: p.PolicyName } : {}),
    ...(p.PolicyArn ? { PolicyArn: p.PolicyArn } : {})
  }))
}

function inline(list: PolicyDetail[] | undefined): InlinePolicy[] {
  return (list ?? []).map((p) => {
    const document = decoded(p.PolicyDocument)
    return {
      ...(p.PolicyName ? { PolicyName: p.PolicyName } : {}),
      ...(document.defaultDocument !== undefined ? { PolicyDocument: document.defaultDocument } : {}),
      ...(document.omitted ? { omitted: document.omitted } : {})
    }
  })
}

/** A URL-encoded policy document as text; never executed, only bounded. */
function decoded(document: string | undefined): { defaultDocument?: string; omitted?: string } {
  if (document === undefined) return { omitted: 'no document returned' }
  if (document.length > MAX_POLICY_CHARS) return { omitted: `${document.length} characters, over the limit` }
  try {
    return { defaultDocument: decodeURIComponent(document) }
  } catch {
    return { omitted: 'not URL-encoded as IAM documents' }
  }
}
