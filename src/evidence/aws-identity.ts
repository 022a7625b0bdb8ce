/**
 * Evidence of identity and access management in AWS: who holds administrator rights (IAM users, groups, roles,
 * IAM Identity Center permission sets), the Organizations service control policies that guard the account, and
 * the accounts discovered from AWS Organizations. Types only: the collectors in `src/sources/aws/` record these
 * shapes, the checks in `src/checks/aws/` read them. Field names are the SDK's, so an auditor reads what AWS said.
 */
export const AWS_IDENTITY_EVIDENCE = {
  /** data: AuthorizationDetailsEvidence (IAM GetAccountAuthorizationDetails). subject aws:<account> */
  authorizationDetails: 'aws.iam.authorization-details',
  /** data: PermissionSetsEvidence (IAM Identity Center, sso-admin). subject aws:<account>/<region> */
  permissionSets: 'aws.sso.permission-sets',
  /** data: ServiceControlPoliciesEvidence (Organizations). subject aws:organization/<o-id> or aws:<caller account> */
  serviceControlPolicies: 'aws.organizations.scps',
  /** data: OrganizationAccountsEvidence (Organizations ListAccounts). subject aws:organization/<o-id> or aws */
  organizationAccounts: 'aws.organizations.accounts'
} as const

/** An inline policy, its document URL-decoded (IAM returns it URL-encoded, RFC 3986). */
export interface InlinePolicy {
  PolicyName?: string
  /** The policy JSON as text, untrusted; absent when it was longer than the collector keeps. */
  PolicyDocument?: string
  /** Set when the document was not kept (too long to be an IAM policy). */
  omitted?: string
}

export interface AttachedPolicy {
  PolicyName?: string
  PolicyArn?: string
}

export interface IamPrincipalDetail {
  Arn?: string
  Path?: string
  /** UserName, GroupName or RoleName. */
  name?: string
  /** Users: the groups they belong to (GroupList). */
  GroupList?: string[]
  AttachedManagedPolicies: AttachedPolicy[]
  /** UserPolicyList, GroupPolicyList or RolePolicyList. */
  inlinePolicies: InlinePolicy[]
  /** Roles: RoleLastUsed.LastUsedDate (ISO 8601). */
  lastUsed?: string
}

export interface CustomerManagedPolicyDetail {
  Arn?: string
  PolicyName?: string
  AttachmentCount?: number
  /** The default version's document, URL-decoded, untrusted. */
  defaultDocument?: string
  omitted?: string
}

export interface AuthorizationDetailsEvidence {
  users: IamPrincipalDetail[]
  groups: IamPrincipalDetail[]
  roles: IamPrincipalDetail[]
  /** Customer managed policies (Filter LocalManagedPolicy); AWS managed ones are known by ARN. */
  policies: CustomerManagedPolicyDetail[]
  /** Set when the listing stopped at the page cap: principals may be missing. */
  truncated?: boolean
}

export interface PermissionSetDetail {
  PermissionSetArn: string
  Name?: string
  /** ListManagedPoliciesInPermissionSet. */
  managedPolicies: AttachedPolicy[]
  /** GetInlinePolicyForPermissionSet; absent when the permission set has none. */
  inlinePolicy?: string
  /** Set when a call for this permission set failed: its rights are unknown. */
  error?: string
}

export interface PermissionSetsEvidence {
  /** ListInstances: the IAM Identity Center instances of the account in this region (none: not enabled here). */
  instances: { InstanceArn?: string; IdentityStoreId?: string; Status?: string }[]
  permissionSets: PermissionSetDetail[]
  truncated?: boolean
}

export interface ServiceControlPolicyDetail {
  Id?: string
  Arn?: string
  Name?: string
  AwsManaged?: boolean
  /** DescribePolicy Content: the policy JSON as text, untrusted. */
  Content?: string
  /** ListTargetsForPolicy: where it is attached (roots, OUs, accounts). */
  targets: { TargetId?: string; Type?: string; Name?: string }[]
  error?: string
}

export interface ServiceControlPoliciesEvidence {
  /** False when Organizations answered AWSOrganizationsNotInUseException: the account is in no organization. */
  inOrganization: boolean
  organizationId?: string
  managementAccountId?: string
  /** ListRoots: whether the SERVICE_CONTROL_POLICY type is enabled on the root (SCPs then apply). */
  roots: { Id?: string; PolicyTypes?: { Type?: string; Status?: string }[] }[]
  policies: ServiceControlPolicyDetail[]
  /** A member account: the policies are read in the management account (its record, same kind). */
  deferred?: true
  truncated?: boolean
}

export interface OrganizationAccount {
  Id: string
  Name?: string
  /** ACTIVE, SUSPENDED or PENDING_CLOSURE. */
  Status?: string
  /** Whether the include/exclude settings selected it. */
  selected: boolean
  /** Why not selected, or why it could not be collected. */
  reason?: string
}

export interface OrganizationAccountsEvidence {
  organizationId?: string
  roleName: string
  accounts: OrganizationAccount[]
}

/** The AWS source's per-account record (`aws:<account>`): its data when the account could be read, else error. */
export const AWS_SOURCE_RECORD_KIND = 'aws.source'
