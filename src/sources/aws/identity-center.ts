import type { EvidenceRecord, RequestRecord } from '../../model.js'
import {
  AWS_IDENTITY_EVIDENCE,
  type PermissionSetDetail,
  type PermissionSetsEvidence
} from '../../evidence/aws-identity.js'
import { sdkExports, type AccountScope } from './scope.js'

/** Permission sets read at most per instance (IAM Identity Center allows 2,000 by default). */
const MAX_PERMISSION_SETS = 2000
const MAX_POLICY_CHARS = 131_072

/**
 * IAM Identity Center in one region: its instances (ListInstances; none: not enabled in this region) and, for
 * each, the permission sets with their AWS managed policies and inline policy, so the checks can tell which
 * grant administrator rights. Customer managed policy references are not read (their documents live in each
 * member account), so rights granted only through them are not shown.
 */
export async function collectIdentityCenter(scope: AccountScope, region: string): Promise<void> {
  const sdk = sdkExports(await import('@aws-sdk/client-sso-admin'))
  const client = scope.clients.lazy('sso-admin', region, (s) => new sdk.SSOAdminClient(s))
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<PermissionSetsEvidence> = {
    path: scope.path(region, 'sso-permission-sets'),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_IDENTITY_EVIDENCE.permissionSets,
    requests
  }
  const data: PermissionSetsEvidence = { instances: [], permissionSets: [] }
  const instances = await scope.pages(
    'ListInstancesCommand',
    region,
    sdk.paginateListInstances({ client }, {}),
    (page, request) => {
      requests.push(request)
      for (const i of page.Instances ?? []) {
        data.instances.push({
          ...(i.InstanceArn ? { InstanceArn: i.InstanceArn } : {}),
          ...(i.IdentityStoreId ? { IdentityStoreId: i.IdentityStoreId } : {}),
          ...(i.Status ? { Status: i.Status } : {})
        })
      }
    }
  )
  if (!instances.ok) {
    requests.push(instances.request)
    return scope.add({ ...record, error: instances.failure })
  }
  for (const instance of data.instances) {
    const InstanceArn = instance.InstanceArn
    if (!InstanceArn) continue
    const arns: string[] = []
    const listed = await scope.pages(
      'ListPermissionSetsCommand',
      region,
      sdk.paginateListPermissionSets({ client, pageSize: 100 }, { InstanceArn }),
      (page, request) => {
        requests.push(request)
        arns.push(...(page.PermissionSets ?? []))
        if (arns.length >= MAX_PERMISSION_SETS && page.NextToken) {
          data.truncated = true
          return false
        }
      }
    )
    if (!listed.ok) {
      requests.push(listed.request)
      return scope.add({ ...record, error: listed.failure })
    }
    for (const PermissionSetArn of arns) {
      const detail: PermissionSetDetail = { PermissionSetArn, managedPolicies: [] }
      data.permissionSets.push(detail)
      const fail = (message: string) => {
        detail.error = message
        scope.countError()
      }
      const described = await scope.call(
        'DescribePermissionSetCommand',
        region,
        () => client.send(new sdk.DescribePermissionSetCommand({ InstanceArn, PermissionSetArn })),
        { target: PermissionSetArn }
      )
      requests.push(described.request)
      if (!described.ok) {
        fail(described.failure.message)
        continue
      }
      if (described.body.PermissionSet?.Name) detail.Name = described.body.PermissionSet.Name.slice(0, 200)
      const managed = await scope.pages(
        'ListManagedPoliciesInPermissionSetCommand',
        region,
        sdk.paginateListManagedPoliciesInPermissionSet({ client }, { InstanceArn, PermissionSetArn }),
        (page, request) => {
          requests.push(request)
          for (const p of page.AttachedManagedPolicies ?? []) {
            if (detail.managedPolicies.length >= 100) return false
            detail.managedPolicies.push({
              ...(p.Name ? { PolicyName: p.Name } : {}),
              ...(p.Arn ? { PolicyArn: p.Arn } : {})
            })
          }
        },
        { target: PermissionSetArn }
      )
      if (!managed.ok) {
        requests.push(managed.request)
        fail(managed.failure.message)
        continue
      }
      const inline = await scope.call(
        'GetInlinePolicyForPermissionSetCommand',
        region,
        () => client.send(new sdk.GetInlinePolicyForPermissionSetCommand({ InstanceArn, PermissionSetArn })),
        { target: PermissionSetArn }
      )
      requests.push(inline.request)
      if (!inline.ok) {
        fail(inline.failure.message)
        continue
      }
      const text = inline.body.InlinePolicy
      // The API returns an empty string when the permission set has no inline policy.
      if (typeof text === 'string' && text.trim() !== '') {
        if (text.length > MAX_POLICY_CHARS) fail(`the inline policy is ${text.length} characters`)
        else detail.inlinePolicy = text
      }
    }
  }
  await scope.add({ ...record, data })
}
