import type { EvidenceRecord, RequestRecord } from '../../model.js'
import {
  AWS_IDENTITY_EVIDENCE,
  type OrganizationAccount,
  type OrganizationAccountsEvidence,
  type ServiceControlPoliciesEvidence,
  type ServiceControlPolicyDetail
} from '../../evidence/aws-identity.js'
import type { EvidenceSink } from '../evidence.js'
import { isError } from './errors.js'
import { AccountScope, sdkExports, type AwsClients } from './scope.js'

export interface OrganizationSettings {
  /** The role assumed in each account: arn:<partition>:iam::<id>:role/<roleName>. */
  roleName: string
  include: string[]
  exclude: string[]
}

/** ListAccounts pages of 20 read at most (10,000 accounts). */
const ACCOUNT_PAGES = 500
/** SCPs read at most; an organization holds at most 1,000 policies of a type. */
const MAX_POLICIES = 1000
/** An SCP is at most 5,120 characters; far longer content is not kept. */
const MAX_POLICY_CHARS = 65_536

const NOT_IN_USE = 'AWSOrganizationsNotInUseException'

/**
 * The accounts of the caller's organization (Organizations ListAccounts, from the management account or a
 * delegated administrator), filtered by include/exclude; suspended and closing accounts are recorded with the
 * reason they are not collected. Returns the role ARNs to assume; the evidence record states every account.
 */
export async function discoverOrganizationAccounts(
  clients: AwsClients,
  region: string,
  settings: OrganizationSettings,
  caller: { account: string; arn?: string },
  sink: EvidenceSink,
  counts: { errors: number },
  now: () => Date
): Promise<string[]> {
  const sdk = sdkExports(await import('@aws-sdk/client-organizations'))
  const scope = new AccountScope(caller.account, region, clients, sink, counts, now)
  const client = clients.lazy('organizations', region, (s) => new sdk.OrganizationsClient(s))
  const partition = /^arn:(aws[a-z-]*):/.exec(caller.arn ?? '')?.[1] ?? 'aws'
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<OrganizationAccountsEvidence> = {
    path: 'evidence/aws/organization-accounts.json',
    source: 'aws',
    subject: 'aws:organization',
    kind: AWS_IDENTITY_EVIDENCE.organizationAccounts,
    requests,
    notes: { include: settings.include, exclude: settings.exclude }
  }
  const described = await scope.call('DescribeOrganizationCommand', region, () =>
    client.send(new sdk.DescribeOrganizationCommand({}))
  )
  requests.push(described.request)
  if (!described.ok) {
    await scope.add({
      ...record,
      error: isError(described.error, NOT_IN_USE)
        ? {
            message: `aws.organization is configured, but account ${caller.account} is not a member of an organization (AWSOrganizationsNotInUseException); no account was discovered.`
          }
        : described.failure
    })
    return []
  }
  const organizationId = described.body.Organization?.Id
  const listed: OrganizationAccount[] = []
  let pages = 0
  let truncated = false
  const result = await scope.pages(
    'ListAccountsCommand',
    region,
    sdk.paginateListAccounts({ client, pageSize: 20 }, {}),
    (page, request) => {
      requests.push(request)
      for (const a of page.Accounts ?? []) {
        if (!a.Id || !/^\d{12}$/.test(a.Id)) continue
        const status = String(a.State ?? a.Status ?? 'unknown')
        const reason = !/^(ACTIVE)$/.test(status)
          ? `the account is ${status}: not collected`
          : settings.exclude.includes(a.Id)
            ? 'excluded by aws.organization.exclude'
            : settings.include.length > 0 && !settings.include.includes(a.Id)
              ? 'not in aws.organization.include'
              : undefined
        listed.push({
          Id: a.Id,
          ...(a.Name ? { Name: a.Name.slice(0, 200) } : {}),
          Status: status,
          selected: reason === undefined,
          ...(reason ? { reason } : {})
        })
      }
      if (++pages >= ACCOUNT_PAGES && page.NextToken) {
        truncated = true
        return false
      }
    }
  )
  if (!result.ok) {
    requests.push(result.request)
    await scope.add({
      ...record,
      ...(organizationId ? { subject: `aws:organization/${organizationId}` } : {}),
      error: {
        ...result.failure,
        message: `${result.failure.message} (ListAccounts answers only in the management account or an Organizations delegated administrator)`
      }
    })
    return []
  }
  const missing = settings.include.filter((id) => !listed.some((a) => a.Id === id))
  for (const id of missing) {
    listed.push({
      Id: id,
      selected: false,
      reason: 'in aws.organization.include but not an account of the organization'
    })
  }
  await scope.add({
    ...record,
    ...(organizationId ? { subject: `aws:organization/${organizationId}` } : {}),
    data: {
      ...(organizationId ? { organizationId } : {}),
      roleName: settings.roleName,
      accounts: listed,
      ...(truncated ? { truncated } : {})
    }
  })
  return listed
    .filter((a) => a.selected)
    .map((a) => `arn:${partition}:iam::${a.Id}:role/${settings.roleName}`)
}

/**
 * The organization's service control policies, once per run with the identity that can read them (the
 * management account or a delegated administrator): whether SCPs are enabled on the root, each policy's
 * content and where it is attached. An account in no organization is recorded as such (AWSOrganizationsNotInUse).
 */
export async function collectServiceControlPolicies(scope: AccountScope): Promise<void> {
  const sdk = sdkExports(await import('@aws-sdk/client-organizations'))
  const region = scope.homeRegion
  const client = scope.clients.lazy('organizations', region, (s) => new sdk.OrganizationsClient(s))
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<ServiceControlPoliciesEvidence> = {
    path: scope.path('organizations-scps'),
    source: 'aws',
    subject: scope.subject,
    kind: AWS_IDENTITY_EVIDENCE.serviceControlPolicies,
    requests
  }
  const described = await scope.call('DescribeOrganizationCommand', region, () =>
    client.send(new sdk.DescribeOrganizationCommand({}))
  )
  requests.push(described.request)
  if (!described.ok) {
    if (isError(described.error, NOT_IN_USE)) {
      return scope.add({ ...record, data: { inOrganization: false, roots: [], policies: [] } })
    }
    return scope.add({ ...record, error: described.failure })
  }
  const organization = described.body.Organization
  const data: ServiceControlPoliciesEvidence = {
    inOrganization: true,
    ...(organization?.Id ? { organizationId: organization.Id } : {}),
    ...(organization?.MasterAccountId ? { managementAccountId: organization.MasterAccountId } : {}),
    roots: [],
    policies: []
  }
  if (organization?.MasterAccountId && organization.MasterAccountId !== scope.account) {
    // A member account cannot list the organization's policies; the management account's record holds them.
    return scope.add({ ...record, data: { ...data, deferred: true } })
  }
  const roots = await scope.pages(
    'ListRootsCommand',
    region,
    sdk.paginateListRoots({ client }, {}),
    (page, request) => {
      requests.push(request)
      for (const root of page.Roots ?? []) {
        data.roots.push({
          ...(root.Id ? { Id: root.Id } : {}),
          PolicyTypes: (root.PolicyTypes ?? []).map((t) => ({
            ...(t.Type ? { Type: t.Type } : {}),
            ...(t.Status ? { Status: t.Status } : {})
          }))
        })
      }
    }
  )
  if (!roots.ok) {
    requests.push(roots.request)
    return scope.add({
      ...record,
      error: {
        ...roots.failure,
        message: `${roots.failure.message} (service control policies can be read only from the management account or an Organizations delegated administrator)`
      }
    })
  }
  const summaries: { Id?: string; Arn?: string; Name?: string; AwsManaged?: boolean }[] = []
  const listed = await scope.pages(
    'ListPoliciesCommand',
    region,
    sdk.paginateListPolicies({ client }, { Filter: 'SERVICE_CONTROL_POLICY' }),
    (page, request) => {
      requests.push(request)
      for (const p of page.Policies ?? []) summaries.push(p)
      if (summaries.length >= MAX_POLICIES && page.NextToken) {
        data.truncated = true
        return false
      }
    }
  )
  if (!listed.ok) {
    requests.push(listed.request)
    return scope.add({ ...record, error: listed.failure })
  }
  for (const summary of summaries) {
    if (!summary.Id) continue
    const policy: ServiceControlPolicyDetail = {
      Id: summary.Id,
      ...(summary.Arn ? { Arn: summary.Arn } : {}),
      ...(summary.Name ? { Name: summary.Name.slice(0, 200) } : {}),
      ...(summary.AwsManaged !== undefined ? { AwsManaged: summary.AwsManaged } : {}),
      targets: []
    }
    data.policies.push(policy)
    const content = await scope.call(
      'DescribePolicyCommand',
      region,
      () => client.send(new sdk.DescribePolicyCommand({ PolicyId: summary.Id })),
      { target: summary.Id }
    )
    requests.push(content.request)
    if (!content.ok) {
      policy.error = content.failure.message
      scope.countError()
      continue
    }
    const text = content.body.Policy?.Content
    if (typeof text === 'string' && text.length <= MAX_POLICY_CHARS) policy.Content = text
    else
      policy.error =
        typeof text === 'string' ? `the content is ${text.length} characters` : 'no content returned'
    const targets = await scope.pages(
      'ListTargetsForPolicyCommand',
      region,
      sdk.paginateListTargetsForPolicy({ client }, { PolicyId: summary.Id }),
      (page, request) => {
        requests.push(request)
        for (const t of page.Targets ?? []) {
          if (policy.targets.length >= 10_000) return false
          policy.targets.push({
            ...(t.TargetId ? { TargetId: t.TargetId } : {}),
            ...(t.Type ? { Type: t.Type } : {}),
            ...(t.Name ? { Name: t.Name.slice(0, 200) } : {})
          })
        }
      },
      { target: summary.Id }
    )
    if (!targets.ok) {
      requests.push(targets.request)
      policy.error = targets.failure.message
      scope.countError()
    }
  }
  await scope.add({ ...record, data })
}
