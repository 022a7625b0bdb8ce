/**
 * IAM authorization details, IAM Identity Center (sso-admin), AWS Organizations, Amazon Inspector coverage and
 * findings, and Amazon ECR scanning, for the loopback AWS simulator (aws-simulator.ts routes these here). Shapes,
 * limits and error codes follow each service's API reference; each behaviour cites it.
 */
import { el, group, type XmlChild } from './s3-xml.js'
import { SimServiceError } from './aws-breadth-sim.js'

export interface SimIamPolicyHolder {
  name: string
  /** AWS or customer managed policy ARNs. */
  attached?: string[]
  /** Inline policies: name → document (JSON text). */
  inline?: Record<string, string>
}
export interface SimIamAuthorization {
  /** Users' groups and policies, by user name (the users themselves are SimAwsAccount.users). */
  userPolicies?: Record<string, { groups?: string[]; attached?: string[]; inline?: Record<string, string> }>
  groups?: SimIamPolicyHolder[]
  roles?: SimIamPolicyHolder[]
  /** Customer managed policies: name → default version document. */
  customerPolicies?: Record<string, string>
}
export interface SimPermissionSet {
  name: string
  managed: string[]
  inline?: string
}
export interface SimIdentityCenter {
  region: string
  permissionSets: SimPermissionSet[]
}
export interface SimScp {
  id: string
  name: string
  content: string
  /** Target ids: r-… (root), ou-…, or account ids. */
  targets: string[]
  awsManaged?: boolean
}
export interface SimOrganization {
  id: string
  managementAccountId: string
  rootId: string
  scpEnabled: boolean
  accounts: { id: string; name: string; status: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE' }[]
  scps: SimScp[]
}
export interface SimCoverage {
  resourceId: string
  resourceType: 'AWS_EC2_INSTANCE' | 'AWS_ECR_REPOSITORY' | 'AWS_LAMBDA_FUNCTION' | 'AWS_ECR_CONTAINER_IMAGE'
  active: boolean
  reason?: string
}
export interface SimInspectorFinding {
  title: string
  severity: 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL' | 'UNTRIAGED'
  firstObservedAt: string
  resourceId: string
  resourceType: 'AWS_EC2_INSTANCE' | 'AWS_ECR_CONTAINER_IMAGE' | 'AWS_LAMBDA_FUNCTION'
  status?: 'ACTIVE' | 'SUPPRESSED' | 'CLOSED'
}
export interface SimEcrRegistry {
  scanType?: 'BASIC' | 'ENHANCED'
  rules?: { scanFrequency: 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN' | 'MANUAL'; filters: string[] }[]
  repositories: { name: string; scanOnPush: boolean }[]
}
export interface SimIdentityAccount {
  iamAuthorization?: SimIamAuthorization
  identityCenter?: SimIdentityCenter
  /** The organization the account belongs to (the same object in each member); absent: none. */
  organization?: SimOrganization
  /** Inspector resource types enabled per region (default: ec2 and ecr follow `inspector.enabled`, lambda off). */
  inspectorResourceTypes?: Record<string, Partial<Record<'ec2' | 'ecr' | 'lambda', boolean>>>
  inspectorCoverage?: Record<string, SimCoverage[]>
  inspectorFindings?: Record<string, SimInspectorFinding[]>
  ecr?: Record<string, SimEcrRegistry>
}

const epoch = (iso: string) => Math.floor(Date.parse(iso) / 1000)
const token = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString('base64')
function offsetOf(value: unknown, code: string): number {
  if (value === undefined || value === null || value === '') return 0
  try {
    const o = (JSON.parse(Buffer.from(String(value), 'base64').toString('utf8')) as { o?: unknown }).o
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o
  } catch {
    // falls through
  }
  throw new SimServiceError(400, code, 'The specified pagination token is not valid.')
}
function page<T>(all: T[], offset: number, size: number): { items: T[]; next?: string } {
  const items = all.slice(offset, offset + size)
  return { items, ...(offset + size < all.length ? { next: token(offset + size) } : {}) }
}
function size(value: unknown, fallback: number, max: number, code: string): number {
  if (value === undefined || value === null || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new SimServiceError(
      400,
      code,
      `1 validation error detected: Value '${String(value)}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to ${max}`
    )
  return n
}

// --- IAM GetAccountAuthorizationDetails (Query protocol, XML) -----------------------------------------

/**
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html: UserDetailList,
 * GroupDetailList, RoleDetailList and Policies (each `member` elements), Filter.member.N of User | Role | Group |
 * LocalManagedPolicy | AWSManagedPolicy (none: all), MaxItems 1–1000 with IsTruncated / Marker; policy documents
 * URL-encoded (RFC 3986).
 */
export function authorizationDetails(
  account: SimIdentityAccount & { id: string; users: { name: string }[] },
  params: URLSearchParams
): XmlChild[] {
  const filters = [...params.entries()].filter(([k]) => /^Filter\.member\.\d+$/.test(k)).map(([, v]) => v)
  const wants = (type: string) => filters.length === 0 || filters.includes(type)
  const max = size(params.get('MaxItems') ?? undefined, 100, 1000, 'ValidationError')
  const auth = account.iamAuthorization ?? {}
  const arn = (kind: string, name: string) => `arn:aws:iam::${account.id}:${kind}/${name}`
  const policyArn = (name: string) => arn('policy', name)
  const attachedXml = (list: string[] = []) =>
    group(
      'AttachedManagedPolicies',
      list.map((a) => group('member', [el('PolicyName', a.split('/').pop()), el('PolicyArn', a)]))
    )
  const inlineXml = (tag: string, inline: Record<string, string> = {}) =>
    group(
      tag,
      Object.entries(inline).map(([name, doc]) =>
        group('member', [el('PolicyName', name), el('PolicyDocument', encodeURIComponent(doc))])
      )
    )
  const entities: { list: string; xml: string }[] = []
  if (wants('User'))
    for (const u of account.users) {
      const p = auth.userPolicies?.[u.name] ?? {}
      entities.push({
        list: 'UserDetailList',
        xml: group('member', [
          el('Path', '/'),
          el('UserName', u.name),
          el('UserId', `AIDA${u.name.toUpperCase().padEnd(17, 'X').slice(0, 17)}`),
          el('Arn', arn('user', u.name)),
          el('CreateDate', '2022-01-03T10:00:00Z'),
          inlineXml('UserPolicyList', p.inline),
          group(
            'GroupList',
            (p.groups ?? []).map((g) => el('member', g))
          ),
          attachedXml(p.attached)
        ])
      })
    }
  if (wants('Group'))
    for (const g of auth.groups ?? [])
      entities.push({
        list: 'GroupDetailList',
        xml: group('member', [
          el('Path', '/'),
          el('GroupName', g.name),
          el('Arn', arn('group', g.name)),
          inlineXml('GroupPolicyList', g.inline),
          attachedXml(g.attached)
        ])
      })
  if (wants('Role'))
    for (const r of auth.roles ?? [])
      entities.push({
        list: 'RoleDetailList',
        xml: group('member', [
          el('Path', '/'),
          el('RoleName', r.name),
          el('Arn', arn('role', r.name)),
          el('AssumeRolePolicyDocument', encodeURIComponent('{"Version":"2012-10-17","Statement":[]}')),
          inlineXml('RolePolicyList', r.inline),
          attachedXml(r.attached)
        ])
      })
  if (wants('LocalManagedPolicy'))
    for (const [name, doc] of Object.entries(auth.customerPolicies ?? {}))
      entities.push({
        list: 'Policies',
        xml: group('member', [
          el('PolicyName', name),
          el('Arn', policyArn(name)),
          el('DefaultVersionId', 'v1'),
          el('AttachmentCount', 1),
          el('IsAttachable', true),
          group('PolicyVersionList', [
            group('member', [
              el('Document', encodeURIComponent(doc)),
              el('VersionId', 'v1'),
              el('IsDefaultVersion', true)
            ])
          ])
        ])
      })
  const marker = params.get('Marker')
  const offset = marker ? offsetOf(marker, 'ValidationError') : 0
  const { items, next } = page(entities, offset, max)
  return [
    ...['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'].map((list) =>
      group(
        list,
        items.filter((i) => i.list === list).map((i) => i.xml)
      )
    ),
    el('IsTruncated', next !== undefined),
    el('Marker', next)
  ]
}

// --- JSON services: sso-admin, Organizations, ECR; REST-JSON Inspector2 additions ----------------------

export const IDENTITY_PROTOCOLS = { sso: 'json', organizations: 'json', ecr: 'json' } as const

export const IDENTITY_OPERATIONS: Record<keyof typeof IDENTITY_PROTOCOLS, string[]> = {
  sso: [
    'ListInstances',
    'ListPermissionSets',
    'DescribePermissionSet',
    'ListManagedPoliciesInPermissionSet',
    'GetInlinePolicyForPermissionSet'
  ],
  organizations: [
    'DescribeOrganization',
    'ListAccounts',
    'ListRoots',
    'ListPolicies',
    'DescribePolicy',
    'ListTargetsForPolicy'
  ],
  ecr: ['DescribeRepositories', 'GetRegistryScanningConfiguration']
}

export interface IdentityCall {
  accountId: string
  account: SimIdentityAccount
  region: string
  operation: string
  input: Record<string, unknown>
}

const instanceArn = (accountId: string) =>
  `arn:aws:sso:::instance/ssoins-${accountId.padStart(16, '0').slice(-16)}`
const permissionSetArn = (accountId: string, i: number) =>
  `arn:aws:sso:::permissionSet/ssoins-${accountId.padStart(16, '0').slice(-16)}/ps-${String(i).padStart(16, '0')}`

export function identityReply(service: string, c: IdentityCall): object {
  switch (`${service}:${c.operation}`) {
    // https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListInstances.html: the account's
    // instances in the region (an empty list where IAM Identity Center is not enabled), MaxResults 1–100.
    case 'sso:ListInstances': {
      const ic = c.account.identityCenter
      size(c.input.MaxResults, 100, 100, 'ValidationException')
      return {
        Instances:
          ic && ic.region === c.region
            ? [
                {
                  InstanceArn: instanceArn(c.accountId),
                  IdentityStoreId: `d-${c.accountId.slice(0, 10)}`,
                  OwnerAccountId: c.accountId,
                  Status: 'ACTIVE',
                  CreatedDate: epoch('2023-03-01T00:00:00Z')
                }
              ]
            : []
      }
    }
    // API_ListPermissionSets.html: PermissionSets (ARNs), MaxResults 1–100, NextToken; an unknown instance is
    // ResourceNotFoundException.
    case 'sso:ListPermissionSets': {
      const sets = permissionSetsOf(c)
      const { items, next } = page(
        sets.map((_, i) => permissionSetArn(c.accountId, i)),
        offsetOf(c.input.NextToken, 'ValidationException'),
        size(c.input.MaxResults, 100, 100, 'ValidationException')
      )
      return { PermissionSets: items, ...(next ? { NextToken: next } : {}) }
    }
    // API_DescribePermissionSet.html: PermissionSet { Name, PermissionSetArn, CreatedDate, SessionDuration }.
    case 'sso:DescribePermissionSet': {
      const { set, arn } = permissionSetOf(c)
      return {
        PermissionSet: {
          Name: set.name,
          PermissionSetArn: arn,
          CreatedDate: epoch('2023-03-01T00:00:00Z'),
          SessionDuration: 'PT1H'
        }
      }
    }
    // API_ListManagedPoliciesInPermissionSet.html: AttachedManagedPolicies [{ Name, Arn }], MaxResults 1–100.
    case 'sso:ListManagedPoliciesInPermissionSet': {
      const { set } = permissionSetOf(c)
      const { items, next } = page(
        set.managed,
        offsetOf(c.input.NextToken, 'ValidationException'),
        size(c.input.MaxResults, 100, 100, 'ValidationException')
      )
      return {
        AttachedManagedPolicies: items.map((arn) => ({ Name: arn.split('/').pop(), Arn: arn })),
        ...(next ? { NextToken: next } : {})
      }
    }
    // API_GetInlinePolicyForPermissionSet.html: { InlinePolicy }; "it is possible for an empty inline policy to
    // be returned" for a permission set without one.
    case 'sso:GetInlinePolicyForPermissionSet':
      return { InlinePolicy: permissionSetOf(c).set.inline ?? '' }

    // https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeOrganization.html: an account in
    // no organization answers AWSOrganizationsNotInUseException; members may call it.
    case 'organizations:DescribeOrganization': {
      const o = organizationOf(c)
      return {
        Organization: {
          Id: o.id,
          Arn: `arn:aws:organizations::${o.managementAccountId}:organization/${o.id}`,
          FeatureSet: 'ALL',
          MasterAccountArn: `arn:aws:organizations::${o.managementAccountId}:account/${o.id}/${o.managementAccountId}`,
          MasterAccountId: o.managementAccountId,
          MasterAccountEmail: 'aws-management@example.com',
          AvailablePolicyTypes: [
            { Type: 'SERVICE_CONTROL_POLICY', Status: o.scpEnabled ? 'ENABLED' : 'PENDING_DISABLE' }
          ]
        }
      }
    }
    // API_ListAccounts.html: only from the management account or a delegated administrator (else
    // AccessDeniedException), MaxResults 1–20, Status ACTIVE | SUSPENDED | PENDING_CLOSURE (and State).
    case 'organizations:ListAccounts': {
      const o = managementOnly(c)
      const { items, next } = page(
        o.accounts,
        offsetOf(c.input.NextToken, 'InvalidInputException'),
        size(c.input.MaxResults, 20, 20, 'InvalidInputException')
      )
      return {
        Accounts: items.map((a) => ({
          Id: a.id,
          Arn: `arn:aws:organizations::${o.managementAccountId}:account/${o.id}/${a.id}`,
          Email: `aws+${a.id}@example.com`,
          Name: a.name,
          Status: a.status,
          State:
            a.status === 'ACTIVE' ? 'ACTIVE' : a.status === 'SUSPENDED' ? 'SUSPENDED' : 'PENDING_CLOSURE',
          JoinedMethod: 'CREATED',
          JoinedTimestamp: epoch('2022-01-03T10:00:00Z')
        })),
        ...(next ? { NextToken: next } : {})
      }
    }
    // API_ListRoots.html: the root with its PolicyTypes (Type, Status ENABLED | PENDING_ENABLE | PENDING_DISABLE).
    case 'organizations:ListRoots': {
      const o = managementOnly(c)
      return {
        Roots: [
          {
            Id: o.rootId,
            Arn: `arn:aws:organizations::${o.managementAccountId}:root/${o.id}/${o.rootId}`,
            Name: 'Root',
            PolicyTypes: o.scpEnabled ? [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }] : []
          }
        ]
      }
    }
    // API_ListPolicies.html: Filter required (SERVICE_CONTROL_POLICY | …), PolicySummary list.
    case 'organizations:ListPolicies': {
      const o = managementOnly(c)
      if (typeof c.input.Filter !== 'string')
        throw new SimServiceError(400, 'InvalidInputException', 'Filter is required.')
      const all = c.input.Filter === 'SERVICE_CONTROL_POLICY' ? o.scps : []
      const { items, next } = page(
        all,
        offsetOf(c.input.NextToken, 'InvalidInputException'),
        size(c.input.MaxResults, 20, 20, 'InvalidInputException')
      )
      return { Policies: items.map((p) => summary(o, p)), ...(next ? { NextToken: next } : {}) }
    }
    // API_DescribePolicy.html: Policy { PolicySummary, Content }; an unknown id is PolicyNotFoundException.
    case 'organizations:DescribePolicy': {
      const o = managementOnly(c)
      const p = policyOf(o, c.input.PolicyId)
      return { Policy: { PolicySummary: summary(o, p), Content: p.content } }
    }
    // API_ListTargetsForPolicy.html: Targets [{ TargetId, Arn, Name, Type ROOT | ORGANIZATIONAL_UNIT | ACCOUNT }].
    case 'organizations:ListTargetsForPolicy': {
      const o = managementOnly(c)
      const p = policyOf(o, c.input.PolicyId)
      return {
        Targets: p.targets.map((t) => ({
          TargetId: t,
          Arn: `arn:aws:organizations::${o.managementAccountId}:${t.startsWith('r-') ? 'root' : t.startsWith('ou-') ? 'ou' : 'account'}/${o.id}/${t}`,
          Name: t.startsWith('r-') ? 'Root' : t,
          Type: t.startsWith('r-') ? 'ROOT' : t.startsWith('ou-') ? 'ORGANIZATIONAL_UNIT' : 'ACCOUNT'
        }))
      }
    }

    // https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeRepositories.html: repositories with
    // imageScanningConfiguration.scanOnPush, maxResults 1–1000, nextToken; no repositories → an empty list.
    case 'ecr:DescribeRepositories': {
      const repositories = c.account.ecr?.[c.region]?.repositories ?? []
      const { items, next } = page(
        repositories,
        offsetOf(c.input.nextToken, 'InvalidParameterException'),
        size(c.input.maxResults, 100, 1000, 'InvalidParameterException')
      )
      return {
        repositories: items.map((r) => ({
          repositoryArn: `arn:aws:ecr:${c.region}:${c.accountId}:repository/${r.name}`,
          registryId: c.accountId,
          repositoryName: r.name,
          repositoryUri: `${c.accountId}.dkr.ecr.${c.region}.amazonaws.com/${r.name}`,
          createdAt: epoch('2023-05-01T00:00:00Z'),
          imageTagMutability: 'IMMUTABLE',
          imageScanningConfiguration: { scanOnPush: r.scanOnPush },
          encryptionConfiguration: { encryptionType: 'AES256' }
        })),
        ...(next ? { nextToken: next } : {})
      }
    }
    // API_GetRegistryScanningConfiguration.html: { registryId, scanningConfiguration { scanType BASIC | ENHANCED,
    // rules [{ scanFrequency, repositoryFilters [{ filter, filterType WILDCARD }] }] } }; default BASIC, no rules.
    case 'ecr:GetRegistryScanningConfiguration': {
      const r = c.account.ecr?.[c.region]
      return {
        registryId: c.accountId,
        scanningConfiguration: {
          scanType: r?.scanType ?? 'BASIC',
          rules: (r?.rules ?? []).map((rule) => ({
            scanFrequency: rule.scanFrequency,
            repositoryFilters: rule.filters.map((filter) => ({ filter, filterType: 'WILDCARD' }))
          }))
        }
      }
    }
  }
  throw new SimServiceError(400, 'UnknownOperationException', `Unknown operation ${c.operation}`)
}

function permissionSetsOf(c: IdentityCall): SimPermissionSet[] {
  const ic = c.account.identityCenter
  if (!ic || ic.region !== c.region || c.input.InstanceArn !== instanceArn(c.accountId))
    throw new SimServiceError(
      400,
      'ResourceNotFoundException',
      `Instance ${String(c.input.InstanceArn)} not found`
    )
  return ic.permissionSets
}
function permissionSetOf(c: IdentityCall): { set: SimPermissionSet; arn: string } {
  const sets = permissionSetsOf(c)
  const index = sets.findIndex((_, i) => permissionSetArn(c.accountId, i) === c.input.PermissionSetArn)
  if (index < 0)
    throw new SimServiceError(
      400,
      'ResourceNotFoundException',
      `PermissionSet ${String(c.input.PermissionSetArn)} not found`
    )
  return { set: sets[index]!, arn: permissionSetArn(c.accountId, index) }
}
function organizationOf(c: IdentityCall): SimOrganization {
  const o = c.account.organization
  if (!o)
    throw new SimServiceError(
      400,
      'AWSOrganizationsNotInUseException',
      'Your account is not a member of an organization.'
    )
  return o
}
/** Organizations' management-only operations answer AccessDeniedException in member accounts. */
function managementOnly(c: IdentityCall): SimOrganization {
  const o = organizationOf(c)
  if (o.managementAccountId !== c.accountId)
    throw new SimServiceError(
      400,
      'AccessDeniedException',
      "You don't have permissions to access this resource."
    )
  return o
}
function policyOf(o: SimOrganization, id: unknown): SimScp {
  const p = o.scps.find((s) => s.id === id)
  if (!p)
    throw new SimServiceError(
      400,
      'PolicyNotFoundException',
      "We can't find a policy with the PolicyId that you specified."
    )
  return p
}
const summary = (o: SimOrganization, p: SimScp) => ({
  Id: p.id,
  Arn: `arn:aws:organizations::${o.managementAccountId}:policy/${o.id}/service_control_policy/${p.id}`,
  Name: p.name,
  Description: p.name,
  Type: 'SERVICE_CONTROL_POLICY',
  AwsManaged: p.awsManaged ?? false
})

/**
 * https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListCoverage.html: POST /coverage/list,
 * coveredResources [{ accountId, resourceId, resourceType, scanType, scanStatus { statusCode ACTIVE | INACTIVE,
 * reason } }], maxResults 1–200, nextToken; filterCriteria.resourceType EQUALS values narrow the list.
 */
export function listCoverage(
  account: SimIdentityAccount,
  accountId: string,
  region: string,
  input: Record<string, unknown>
): object {
  const types = (
    (input.filterCriteria as { resourceType?: { comparison?: string; value?: string }[] } | undefined)
      ?.resourceType ?? []
  )
    .filter((f) => f.comparison === 'EQUALS')
    .map((f) => f.value)
  const all = (account.inspectorCoverage?.[region] ?? []).filter(
    (r) => types.length === 0 || types.includes(r.resourceType)
  )
  const { items, next } = page(
    all,
    offsetOf(input.nextToken, 'ValidationException'),
    size(input.maxResults, 200, 200, 'ValidationException')
  )
  return {
    coveredResources: items.map((r) => ({
      accountId,
      resourceId: r.resourceId,
      resourceType: r.resourceType,
      scanType: r.resourceType === 'AWS_EC2_INSTANCE' ? 'PACKAGE' : 'PACKAGE',
      scanStatus: {
        statusCode: r.active ? 'ACTIVE' : 'INACTIVE',
        reason: r.reason ?? (r.active ? 'SUCCESSFUL' : 'NO_INVENTORY')
      },
      ...(r.active ? { lastScannedAt: epoch('2024-06-01T00:00:00Z') } : {})
    })),
    ...(next ? { nextToken: next } : {})
  }
}

/**
 * https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListFindings.html: POST /findings/list,
 * filterCriteria.findingStatus, sortCriteria { field FIRST_OBSERVED_AT, sortOrder ASC | DESC }, maxResults
 * 1–100, findings with severity, status and firstObservedAt (epoch seconds in REST-JSON).
 */
export function listInspectorFindings(
  account: SimIdentityAccount,
  accountId: string,
  region: string,
  input: Record<string, unknown>
): object {
  const wanted = (
    (input.filterCriteria as { findingStatus?: { comparison?: string; value?: string }[] } | undefined)
      ?.findingStatus ?? []
  )
    .filter((f) => f.comparison === 'EQUALS')
    .map((f) => f.value)
  const sort = input.sortCriteria as { field?: string; sortOrder?: string } | undefined
  const all = (account.inspectorFindings?.[region] ?? [])
    .filter((f) => wanted.length === 0 || wanted.includes(f.status ?? 'ACTIVE'))
    .sort(
      (a, b) =>
        (sort?.field === 'FIRST_OBSERVED_AT' && sort.sortOrder === 'DESC' ? -1 : 1) *
        a.firstObservedAt.localeCompare(b.firstObservedAt)
    )
  const { items, next } = page(
    all,
    offsetOf(input.nextToken, 'ValidationException'),
    size(input.maxResults, 50, 100, 'ValidationException')
  )
  return {
    findings: items.map((f, i) => ({
      findingArn: `arn:aws:inspector2:${region}:${accountId}:finding/${String(i).padStart(32, '0')}`,
      awsAccountId: accountId,
      type: 'PACKAGE_VULNERABILITY',
      description: f.title,
      title: f.title,
      remediation: { recommendation: { text: 'Update the package.' } },
      severity: f.severity,
      firstObservedAt: epoch(f.firstObservedAt),
      lastObservedAt: epoch(f.firstObservedAt),
      updatedAt: epoch(f.firstObservedAt),
      status: f.status ?? 'ACTIVE',
      resources: [{ type: f.resourceType, id: f.resourceId, partition: 'aws', region }]
    })),
    ...(next ? { nextToken: next } : {})
  }
}
