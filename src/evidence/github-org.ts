/**
 * Evidence kinds and data shapes for organisation-wide GitHub settings and per-repository access, as GitHub
 * documents them (docs.github.com/rest, docs.github.com/graphql). Types only: no runtime imports, so checks
 * can read them without pulling in the collectors.
 */

export const GITHUB_ORG_EVIDENCE = {
  /** `GET /orgs/{org}`: 2FA requirement, base permission, who may create repositories. */
  organization: 'github.organization',
  /** `GET /orgs/{org}/members?filter=2fa_disabled`. */
  membersWithout2fa: 'github.org-members-2fa-disabled',
  /** `GET /orgs/{org}/members?role=admin`: the organisation's owners. */
  owners: 'github.org-owners',
  /** `GET /orgs/{org}/actions/permissions`. */
  actionsPermissions: 'github.actions-permissions',
  /** `GET /orgs/{org}/actions/permissions/workflow`. */
  workflowPermissions: 'github.actions-workflow-permissions',
  /** `GET /orgs/{org}/actions/permissions/fork-pr-contributor-approval`. */
  forkPrApproval: 'github.actions-fork-pr-approval',
  /** `GET /orgs/{org}/actions/runner-groups`. */
  runnerGroups: 'github.actions-runner-groups',
  /** `GET /orgs/{org}/secret-scanning/alerts` (every state: open alerts and push-protection bypasses). */
  secretScanningAlerts: 'github.secret-scanning-alerts',
  /** `GET /orgs/{org}/code-scanning/alerts?state=open`. */
  codeScanningAlerts: 'github.code-scanning-alerts',
  /** `GET /orgs/{org}/hooks`. */
  webhooks: 'github.org-webhooks',
  /** `GET /orgs/{org}/audit-log` for the period, one listing per setting family. */
  auditLog: 'github.audit-log',
  /**
   * `GET /orgs/{org}/audit-log`, `hook.*` and `repo.*` events since the oldest webhook listing a run carries
   * forward: what vouches that a carried listing did not change (webhooks-carry.ts).
   */
  repoEventsLog: 'github.audit-log-repo-events',
  /** Per repository, one GraphQL batch: collaborators, deploy keys, environments, CODEOWNERS, security policy. */
  repoAccess: 'github.repo-access',
  /** `GET /orgs/{org}/teams`, then `GET /orgs/{org}/teams/{team_slug}/repos` per team: each team's repositories and role. */
  teams: 'github.org-teams',
  /**
   * `GET /orgs/{org}/code-security/configurations`, then `…/{configuration_id}/repositories` per configuration:
   * which configuration (and so which code scanning setting) is attached to each repository.
   */
  codeSecurityConfigurations: 'github.code-security-configurations'
} as const

/** Organisation subjects: `github-org:acme`. */
export function orgSubject(org: string): string {
  return `github-org:${org}`
}

/** Kept apart from `evidence/github/<owner>/<repo>/`, so no repository name can collide with an org file. */
export function orgEvidencePath(org: string, file: string): string {
  return `evidence/github-org/${org}/${file}.json`
}

/** The fields of `GET /orgs/{org}` the checks read; GitHub returns most of them only to organisation owners. */
export interface OrganizationData {
  login: string
  id: number
  plan?: { name: string }
  two_factor_requirement_enabled?: boolean | null
  default_repository_permission?: string | null
  members_can_create_repositories?: boolean | null
  members_can_create_public_repositories?: boolean | null
  members_can_create_private_repositories?: boolean | null
  /**
   * "Allow members to delete or transfer repositories for this organization" (members with admin rights on a
   * repository); in the `organization-full` schema of GitHub's OpenAPI description, shown to owners only.
   */
  members_can_delete_repositories?: boolean | null
}

/** A member as the members listings return them (simple-user). */
export interface OrgMember {
  login: string
  id: number
  type?: string
}

/** Notes every org listing record carries. */
export interface OrgListingNotes {
  /** True when the organisation record says the owner is not an organisation (a user account). */
  notAnOrganization?: boolean
}

export interface ActionsPermissionsData {
  enabled_repositories: 'all' | 'none' | 'selected'
  allowed_actions?: 'all' | 'local_only' | 'selected'
  sha_pinning_required?: boolean
}

export interface WorkflowPermissionsData {
  default_workflow_permissions: 'read' | 'write'
  can_approve_pull_request_reviews: boolean
}

export interface ForkPrApprovalData {
  approval_policy:
    'first_time_contributors_new_to_github' | 'first_time_contributors' | 'all_external_contributors'
}

export interface RunnerGroup {
  id: number
  name: string
  visibility: 'all' | 'selected' | 'private'
  default: boolean
  allows_public_repositories: boolean
  restricted_to_workflows?: boolean
}

export interface RunnerGroupsData {
  total_count: number
  runner_groups: RunnerGroup[]
}

export interface SecretScanningAlert {
  number: number
  state: 'open' | 'resolved'
  created_at: string
  secret_type: string
  secret_type_display_name?: string
  resolution?: string | null
  resolved_at?: string | null
  html_url?: string
  push_protection_bypassed?: boolean | null
  push_protection_bypassed_by?: { login: string } | null
  push_protection_bypassed_at?: string | null
  repository: { full_name: string }
}

export interface CodeScanningAlert {
  number: number
  state: 'open' | 'dismissed' | 'fixed' | 'closed'
  created_at: string
  html_url?: string
  rule: {
    id: string
    severity?: string | null
    security_severity_level?: 'low' | 'medium' | 'high' | 'critical' | null
    description?: string
  }
  tool: { name: string }
  repository: { full_name: string }
}

export interface OrgWebhook {
  id: number
  name: string
  active: boolean
  events: string[]
  config: { url?: string; content_type?: string; insecure_ssl?: string | number; secret?: string }
}

/** One audit-log event as `GET /orgs/{org}/audit-log` returns it: times are epoch milliseconds. */
export interface AuditLogEvent {
  '@timestamp': number
  action: string
  actor?: string | null
  created_at?: number
  repo?: string
  /** Branch protection rule pattern, on protected_branch.* events. */
  name?: string
  ruleset_name?: string
  ruleset_id?: number
  ruleset_enforcement?: string
  ruleset_source_type?: string
  _document_id?: string
}

/** The setting families the audit log is asked about, each with its own phrase. */
export interface AuditLogData {
  /** The phrases sent, one per family, e.g. `action:protected_branch created:2026-08-01..2026-11-01`. */
  phrases: string[]
  events: AuditLogEvent[]
}

export type RepositoryPermission = 'ADMIN' | 'MAINTAIN' | 'WRITE' | 'TRIAGE' | 'READ'

export interface CollaboratorEdge {
  permission: RepositoryPermission
  node: { login: string } | null
}

export interface CollaboratorConnection {
  totalCount: number
  edges: (CollaboratorEdge | null)[] | null
}

export interface DeployKeyNode {
  id: string
  title: string
  readOnly: boolean
  createdAt: string
}

export interface EnvironmentNode {
  name: string
  protectionRules: {
    /** `REQUIRED_REVIEWERS`, `WAIT_TIMER`, `BRANCH_POLICY`, or a type GitHub adds later. */
    nodes: ({ type: string } | null)[] | null
  } | null
}

export interface CodeownersError {
  line: number
  column: number
  kind: string
  message: string
  path: string
  source?: string
  suggestion?: string | null
}

/**
 * One repository's answer to the access batch. A field GitHub refused is null and named in `fieldErrors`
 * (field → message), so a check can tell "none" from "could not read".
 */
export interface RepoAccessData {
  nameWithOwner: string
  visibility: 'PUBLIC' | 'PRIVATE' | 'INTERNAL'
  isSecurityPolicyEnabled: boolean | null
  collaborators: CollaboratorConnection | null
  outsideCollaborators: CollaboratorConnection | null
  deployKeys: { totalCount: number; nodes: (DeployKeyNode | null)[] | null } | null
  environments: { totalCount: number; nodes: (EnvironmentNode | null)[] | null } | null
  /** Null when the repository has no CODEOWNERS file (GitHub answers null). */
  codeowners: { errors: CodeownersError[] } | null
  fieldErrors?: Record<string, string>
}

/** A repository as `GET /orgs/{org}/teams/{team_slug}/repos` lists it (`team-repository`), the fields read. */
export interface TeamRepository {
  full_name: string
  /** The team's role on the repository: `admin`, `maintain`, `write`, `triage`, `read` or a custom role. */
  role_name?: string
  permissions?: { admin: boolean; maintain?: boolean; push: boolean; triage?: boolean; pull: boolean }
}

export interface OrgTeam {
  id: number
  slug: string
  name: string
  privacy?: string
  parent?: { slug: string } | null
  repositories: TeamRepository[]
}

/** Every team of the organisation with the repositories it has access to. */
export interface TeamsData {
  teams: OrgTeam[]
}

/** Attachment statuses GitHub documents for a configuration's repositories. */
export type CodeSecurityAttachmentStatus =
  | 'attached'
  | 'attaching'
  | 'detached'
  | 'removed'
  | 'enforced'
  | 'failed'
  | 'updating'
  | 'removed_by_enterprise'

export interface CodeSecurityConfiguration {
  id: number
  name: string
  target_type?: 'global' | 'organization' | 'enterprise'
  /** Code scanning default setup in repositories the configuration is attached to. */
  code_scanning_default_setup?: 'enabled' | 'disabled' | 'not_set'
  enforcement?: 'enforced' | 'unenforced'
  repositories: { status: CodeSecurityAttachmentStatus; repository: { full_name: string } }[]
}

export interface CodeSecurityConfigurationsData {
  configurations: CodeSecurityConfiguration[]
}

/**
 * Where the audit log is not available: the findings the period's earlier bundles of this scope recorded
 * (read from the store, each used only where its findings.json matches its manifest), so the settings-in-force
 * check can sample the period night by night. One record per run.
 */
export const BUNDLE_HISTORY_EVIDENCE = 'github.bundle-history'
export const BUNDLE_HISTORY_SUBJECT = 'bundle-history'
export const BUNDLE_HISTORY_PATH = 'evidence/bundle-history/findings.json'

/** One earlier bundle: when it sampled (its period's end) and the findings it recorded. */
export interface BundleSample {
  /** The bundle's key in the store, for the auditor to open it. */
  bundle: string
  /** ISO time the bundle's collection describes (its manifest's `period.end`). */
  at: string
  findings: { check: string; subject: string; status: 'pass' | 'fail' | 'error' | 'not_applicable' }[]
  /** Set when the bundle could not be read or did not match its manifest; its findings are then not used. */
  unreadable?: string
}

export interface BundleHistoryData {
  scope: string
  /** The checks whose findings were read. */
  checks: string[]
  samples: BundleSample[]
}
