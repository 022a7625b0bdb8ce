/**
 * The organisation-governance half of the GitHub simulator: org settings, members, Actions policy, runner
 * groups, org-level alert listings, webhooks and the audit log, answered with the shapes and status codes
 * GitHub documents for each endpoint (cited beside each route).
 */

export interface SimMember {
  login: string
  role: 'admin' | 'member'
  twoFactor: boolean
}
export interface SimRunnerGroup {
  id: number
  name: string
  visibility: 'all' | 'selected' | 'private'
  default: boolean
  allowsPublicRepositories: boolean
}
export interface SimHook {
  id: number
  url: string
  insecureSsl: boolean
  secret: boolean
  active: boolean
  events: string[]
}
/**
 * A webhook as GitHub lists it, org or repository (docs.github.com/rest/orgs/webhooks,
 * docs.github.com/rest/repos/webhooks): the secret is never returned, a set one shows as "********", and
 * `insecure_ssl` is the string "0" or "1". The caller adds `url` and `type`.
 */
export function hookBody(h: SimHook) {
  return {
    id: h.id,
    name: 'web',
    events: h.events,
    active: h.active,
    config: {
      url: h.url,
      content_type: 'json',
      insecure_ssl: h.insecureSsl ? '1' : '0',
      ...(h.secret ? { secret: '********' } : {})
    }
  }
}
export interface SimSecretAlert {
  number: number
  repo: string
  state: 'open' | 'resolved'
  secretType: string
  createdAt: string
  resolvedAt?: string
  bypassedBy?: string
  bypassedAt?: string
}
export interface SimCodeScanningAlert {
  number: number
  repo: string
  state: 'open' | 'dismissed' | 'fixed'
  securitySeverity: 'critical' | 'high' | 'medium' | 'low' | null
  ruleId: string
  createdAt: string
}
export interface SimAuditEvent {
  action: string
  actor: string
  /** Epoch milliseconds, as the REST audit log reports `@timestamp`. */
  at: number
  repo?: string
  name?: string
  rulesetName?: string
  rulesetId?: number
  rulesetEnforcement?: string
}
export interface SimTeam {
  slug: string
  name: string
  privacy: 'closed' | 'secret'
  parent?: string
  /** Repositories (by name, in this organisation) and the team's role on each. */
  repos: { repo: string; role: 'admin' | 'maintain' | 'write' | 'triage' | 'read' }[]
}
export interface SimCodeSecurityConfiguration {
  id: number
  name: string
  codeScanningDefaultSetup: 'enabled' | 'disabled' | 'not_set'
  enforcement: 'enforced' | 'unenforced'
  /** Repositories (by name) and the attachment status GitHub reports for each. */
  attachments: { repo: string; status: 'attached' | 'enforced' | 'attaching' | 'failed' | 'removed' }[]
}
export interface SimOrgGovernance {
  /** The audit-log API exists only on GitHub Enterprise Cloud. */
  plan: 'free' | 'team' | 'enterprise'
  twoFactorRequired: boolean
  defaultRepositoryPermission: 'read' | 'write' | 'admin' | 'none'
  membersCanCreateRepositories: boolean
  membersCanCreatePublicRepositories: boolean
  members: SimMember[]
  actions: {
    enabledRepositories: 'all' | 'none' | 'selected'
    allowedActions: 'all' | 'local_only' | 'selected'
    defaultWorkflowPermissions: 'read' | 'write'
    canApprovePullRequestReviews: boolean
    forkPrApproval:
      'first_time_contributors_new_to_github' | 'first_time_contributors' | 'all_external_contributors'
  }
  runnerGroups: SimRunnerGroup[]
  hooks: SimHook[]
  secretAlerts: SimSecretAlert[]
  codeScanningAlerts: SimCodeScanningAlert[]
  auditLog: SimAuditEvent[]
  /** "Allow members to delete or transfer repositories"; GitHub's default for a new organisation is true. */
  membersCanDeleteRepositories?: boolean
  /** Default: no teams. */
  teams?: SimTeam[]
  /** Default: none. */
  codeSecurityConfigurations?: SimCodeSecurityConfiguration[]
}
export interface SimCollaborator {
  login: string
  permission: 'ADMIN' | 'MAINTAIN' | 'WRITE' | 'TRIAGE' | 'READ'
  /** Not a member of the organisation. */
  outside?: boolean
}
export interface SimRepoAccess {
  collaborators: SimCollaborator[]
  deployKeys: { title: string; readOnly: boolean; createdAt: string }[]
  environments: { name: string; rules: ('REQUIRED_REVIEWERS' | 'WAIT_TIMER' | 'BRANCH_POLICY')[] }[]
  /** Absent: the repository has no CODEOWNERS file. */
  codeownersErrors?: { line: number; column: number; kind: string; source: string }[]
  securityPolicy: boolean
  /** Private vulnerability reporting (`GET /repos/{o}/{r}/private-vulnerability-reporting`); default off. */
  privateVulnerabilityReporting?: boolean
  /** Repository webhooks (`GET /repos/{o}/{r}/hooks`); default none. */
  hooks?: SimHook[]
}

/** What an org without a modelled governance answers: a Team-plan org with GitHub's defaults. */
export function defaultGovernance(): SimOrgGovernance {
  return {
    plan: 'team',
    twoFactorRequired: false,
    defaultRepositoryPermission: 'read',
    membersCanCreateRepositories: true,
    membersCanCreatePublicRepositories: true,
    members: [{ login: 'org-owner', role: 'admin', twoFactor: true }],
    actions: {
      enabledRepositories: 'all',
      allowedActions: 'all',
      defaultWorkflowPermissions: 'read',
      canApprovePullRequestReviews: false,
      forkPrApproval: 'first_time_contributors'
    },
    runnerGroups: [
      { id: 1, name: 'Default', visibility: 'all', default: true, allowsPublicRepositories: false }
    ],
    hooks: [],
    secretAlerts: [],
    codeScanningAlerts: [],
    auditLog: []
  }
}

/** Access of a repository without a modelled one: the org's owners, who are admins of every repository. */
export function defaultRepoAccess(governance: SimOrgGovernance): SimRepoAccess {
  return {
    collaborators: governance.members
      .filter((m) => m.role === 'admin')
      .map((m) => ({ login: m.login, permission: 'ADMIN' as const })),
    deployKeys: [],
    environments: [],
    securityPolicy: false
  }
}

interface OrgCtx {
  params: Record<string, string>
  query: URLSearchParams
  url: URL
  token: { admin: boolean; orgAdmin?: boolean }
}
interface OrgReply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}
export interface OrgRouteDeps {
  findOrg(login: string):
    | {
        login: string
        id: number
        governance?: SimOrgGovernance
        repos?: { planWithoutProtection?: boolean }[]
      }
    | undefined
  paginate<T>(ctx: OrgCtx, items: T[]): OrgReply
  errorReply(
    status: number,
    message: string,
    documentationUrl?: string,
    headers?: Record<string, string>
  ): OrgReply
  base(): string
}

const REST = 'https://docs.github.com/rest'
const AUDIT_DOC =
  'https://docs.github.com/enterprise-cloud@latest/rest/orgs/orgs#get-the-audit-log-for-an-organization'
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

export function orgGovernanceRoutes(deps: OrgRouteDeps) {
  type Handler = (
    ctx: OrgCtx,
    org: { login: string; id: number; repos?: { planWithoutProtection?: boolean }[] },
    g: SimOrgGovernance
  ) => OrgReply
  const withOrg =
    (handler: Handler, ownerOnly?: { doc: string; permission: string }) =>
    (ctx: OrgCtx): OrgReply => {
      const org = deps.findOrg(ctx.params.org!)
      if (!org) return deps.errorReply(404, 'Not Found')
      if (ownerOnly && !(ctx.token.orgAdmin ?? ctx.token.admin)) {
        return deps.errorReply(403, 'Resource not accessible by integration', ownerOnly.doc, {
          'x-accepted-github-permissions': ownerOnly.permission
        })
      }
      return handler(ctx, org, org.governance ?? defaultGovernance())
    }
  const user = (login: string) => ({ login, id: numericId(login), type: 'User', site_admin: false })
  const teamBody = (org: string, team: SimTeam, g: SimOrgGovernance) => ({
    id: numericId(`${org}/${team.slug}`),
    node_id: Buffer.from(`Team:${team.slug}`).toString('base64'),
    url: `${deps.base()}/orgs/${org}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: null,
    privacy: team.privacy,
    permission: 'pull',
    repositories_url: `${deps.base()}/orgs/${org}/teams/${team.slug}/repos`,
    parent: team.parent
      ? (() => {
          const parent = (g.teams ?? []).find((t) => t.slug === team.parent)
          return parent
            ? { id: numericId(`${org}/${parent.slug}`), slug: parent.slug, name: parent.name }
            : null
        })()
      : null
  })
  /** Cursor pagination as GitHub's newer listings do it: `after` in the link header's rel="next". */
  const cursorPage = <T>(ctx: OrgCtx, path: string, items: T[]): OrgReply => {
    const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page')) || 30))
    const after = ctx.query.get('after')
    const start = after ? Number(Buffer.from(after, 'base64url').toString()) : 0
    const headers: Record<string, string> = {}
    if (start + perPage < items.length) {
      const q = new URLSearchParams(ctx.query)
      q.set('after', Buffer.from(String(start + perPage)).toString('base64url'))
      headers.link = `<${deps.base()}${path}?${q.toString()}>; rel="next"`
    }
    return { status: 200, body: items.slice(start, start + perPage), headers }
  }

  return [
    {
      // docs.github.com/rest/orgs/orgs#get-an-organization: "To see the full details about an organization,
      // the authenticated user must be an organization owner"; other callers get the public fields only.
      method: 'GET',
      pattern: '/orgs/:org',
      handler: withOrg((ctx, org, g) => {
        const owner = ctx.token.orgAdmin ?? ctx.token.admin
        const publicFields = {
          login: org.login,
          id: org.id,
          url: `${deps.base()}/orgs/${org.login}`,
          type: 'Organization'
        }
        if (!owner) return { status: 200, body: publicFields }
        return {
          status: 200,
          body: {
            ...publicFields,
            // A repository modelled without branch protection on its plan (403 "Upgrade to GitHub Pro") belongs
            // to a GitHub Free organization: the plan says so too.
            plan: { name: org.repos?.some((r) => r.planWithoutProtection) ? 'free' : g.plan },
            two_factor_requirement_enabled: g.twoFactorRequired,
            default_repository_permission: g.defaultRepositoryPermission,
            members_can_create_repositories: g.membersCanCreateRepositories,
            members_can_create_public_repositories: g.membersCanCreatePublicRepositories,
            members_can_create_private_repositories: g.membersCanCreateRepositories,
            members_can_delete_repositories: g.membersCanDeleteRepositories ?? true
          }
        }
      })
    },
    {
      // docs.github.com/rest/orgs/members#list-organization-members: `filter=2fa_disabled` "is only available
      // for organization owners"; `role=admin` lists the owners. Non-owners are refused here with 403.
      method: 'GET',
      pattern: '/orgs/:org/members',
      handler: withOrg((ctx, _org, g) => {
        const filter = ctx.query.get('filter') ?? 'all'
        const role = ctx.query.get('role') ?? 'all'
        if (filter === '2fa_disabled' && !(ctx.token.orgAdmin ?? ctx.token.admin)) {
          return deps.errorReply(
            403,
            'Only organization owners can filter by 2fa_disabled',
            `${REST}/orgs/members#list-organization-members`
          )
        }
        const members = g.members.filter(
          (m) => (filter !== '2fa_disabled' || !m.twoFactor) && (role === 'all' || m.role === role)
        )
        return deps.paginate(
          ctx,
          members.map((m) => user(m.login))
        )
      })
    },
    {
      // docs.github.com/rest/actions/permissions#get-github-actions-permissions-for-an-organization
      method: 'GET',
      pattern: '/orgs/:org/actions/permissions',
      handler: withOrg(
        (_ctx, org, g) => ({
          status: 200,
          body: {
            enabled_repositories: g.actions.enabledRepositories,
            allowed_actions: g.actions.allowedActions,
            ...(g.actions.allowedActions === 'selected'
              ? {
                  selected_actions_url: `${deps.base()}/orgs/${org.login}/actions/permissions/selected-actions`
                }
              : {}),
            sha_pinning_required: false
          }
        }),
        { doc: `${REST}/actions/permissions`, permission: 'organization_administration=read' }
      )
    },
    {
      // docs.github.com/rest/actions/permissions#get-default-workflow-permissions-for-an-organization
      method: 'GET',
      pattern: '/orgs/:org/actions/permissions/workflow',
      handler: withOrg(
        (_ctx, _org, g) => ({
          status: 200,
          body: {
            default_workflow_permissions: g.actions.defaultWorkflowPermissions,
            can_approve_pull_request_reviews: g.actions.canApprovePullRequestReviews
          }
        }),
        { doc: `${REST}/actions/permissions`, permission: 'organization_administration=read' }
      )
    },
    {
      // docs.github.com/rest/actions/permissions#get-fork-pr-contributor-approval-permissions-for-an-organization
      method: 'GET',
      pattern: '/orgs/:org/actions/permissions/fork-pr-contributor-approval',
      handler: withOrg(
        (_ctx, _org, g) => ({ status: 200, body: { approval_policy: g.actions.forkPrApproval } }),
        { doc: `${REST}/actions/permissions`, permission: 'organization_administration=read' }
      )
    },
    {
      // docs.github.com/rest/actions/self-hosted-runner-groups#list-self-hosted-runner-groups-for-an-organization:
      // `{ total_count, runner_groups: [...] }`, paginated with per_page/page.
      method: 'GET',
      pattern: '/orgs/:org/actions/runner-groups',
      handler: withOrg(
        (ctx, org, g) => {
          const page = deps.paginate(
            ctx,
            g.runnerGroups.map((r) => ({
              id: r.id,
              name: r.name,
              visibility: r.visibility,
              default: r.default,
              runners_url: `${deps.base()}/orgs/${org.login}/actions/runner-groups/${r.id}/runners`,
              inherited: false,
              allows_public_repositories: r.allowsPublicRepositories,
              restricted_to_workflows: false,
              selected_workflows: [],
              workflow_restrictions_read_only: false
            }))
          )
          return { ...page, body: { total_count: g.runnerGroups.length, runner_groups: page.body } }
        },
        {
          doc: `${REST}/actions/self-hosted-runner-groups`,
          permission: 'organization_self_hosted_runners=read'
        }
      )
    },
    {
      // docs.github.com/rest/secret-scanning/secret-scanning#list-secret-scanning-alerts-for-an-organization:
      // "The authenticated user must be an administrator or security manager for the organization".
      method: 'GET',
      pattern: '/orgs/:org/secret-scanning/alerts',
      handler: withOrg(
        (ctx, _org, g) => {
          const state = ctx.query.get('state')
          const alerts = g.secretAlerts
            .filter((a) => !state || a.state === state)
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
            .map((a) => ({
              number: a.number,
              created_at: a.createdAt,
              updated_at: a.resolvedAt ?? a.bypassedAt ?? a.createdAt,
              html_url: `https://github.com/${a.repo}/security/secret-scanning/${a.number}`,
              state: a.state,
              secret_type: a.secretType,
              secret_type_display_name: a.secretType,
              resolution: a.state === 'resolved' ? 'revoked' : null,
              resolved_at: a.resolvedAt ?? null,
              push_protection_bypassed: Boolean(a.bypassedBy),
              push_protection_bypassed_by: a.bypassedBy ? user(a.bypassedBy) : null,
              push_protection_bypassed_at: a.bypassedAt ?? null,
              repository: { full_name: a.repo, name: a.repo.split('/')[1] }
            }))
          return deps.paginate(ctx, alerts)
        },
        {
          doc: `${REST}/secret-scanning/secret-scanning`,
          permission: 'organization_secret_scanning_alerts=read'
        }
      )
    },
    {
      // docs.github.com/rest/code-scanning/code-scanning#list-code-scanning-alerts-for-an-organization
      method: 'GET',
      pattern: '/orgs/:org/code-scanning/alerts',
      handler: withOrg(
        (ctx, _org, g) => {
          const state = ctx.query.get('state')
          const alerts = g.codeScanningAlerts
            .filter((a) => !state || a.state === state)
            .map((a) => ({
              number: a.number,
              created_at: a.createdAt,
              state: a.state,
              html_url: `https://github.com/${a.repo}/security/code-scanning/${a.number}`,
              rule: {
                id: a.ruleId,
                severity: a.securitySeverity ? 'error' : 'warning',
                security_severity_level: a.securitySeverity,
                description: a.ruleId
              },
              tool: { name: 'CodeQL', version: '2.19.0' },
              repository: { full_name: a.repo, name: a.repo.split('/')[1] }
            }))
          return deps.paginate(ctx, alerts)
        },
        { doc: `${REST}/code-scanning/code-scanning`, permission: 'organization_code_scanning_alerts=read' }
      )
    },
    {
      // docs.github.com/rest/orgs/webhooks#list-organization-webhooks: the secret is never returned, a set one
      // shows as "********"; `insecure_ssl` is the string "0" or "1".
      method: 'GET',
      pattern: '/orgs/:org/hooks',
      handler: withOrg(
        (ctx, org, g) =>
          deps.paginate(
            ctx,
            g.hooks.map((h) => ({
              ...hookBody(h),
              url: `${deps.base()}/orgs/${org.login}/hooks/${h.id}`,
              type: 'Organization'
            }))
          ),
        { doc: `${REST}/orgs/webhooks`, permission: 'organization_hooks=read' }
      )
    },
    {
      // docs.github.com/rest/teams/teams#list-teams: "Lists all teams in an organization that are visible to
      // the authenticated user" (fine-grained: "Members" organization permissions (read)); page pagination.
      method: 'GET',
      pattern: '/orgs/:org/teams',
      handler: withOrg((ctx, org, g) =>
        deps.paginate(
          ctx,
          (g.teams ?? []).map((team) => teamBody(org.login, team, g))
        )
      )
    },
    {
      // docs.github.com/rest/teams/teams#list-team-repositories: `team-repository` objects with the team's
      // `role_name` and `permissions`; 404 for a team that does not exist.
      method: 'GET',
      pattern: '/orgs/:org/teams/:slug/repos',
      handler: withOrg((ctx, org, g) => {
        const team = (g.teams ?? []).find((t) => t.slug === ctx.params.slug)
        if (!team) return deps.errorReply(404, 'Not Found', `${REST}/teams/teams#list-team-repositories`)
        return deps.paginate(
          ctx,
          team.repos.map((r) => ({
            id: numericId(`${org.login}/${r.repo}`),
            name: r.repo,
            full_name: `${org.login}/${r.repo}`,
            private: true,
            role_name: r.role,
            permissions: {
              admin: r.role === 'admin',
              maintain: r.role === 'admin' || r.role === 'maintain',
              push: r.role !== 'triage' && r.role !== 'read',
              triage: r.role !== 'read',
              pull: true
            }
          }))
        )
      })
    },
    {
      // docs.github.com/rest/code-security/configurations#get-code-security-configurations-for-an-organization:
      // "The authenticated user must be an administrator or security manager for the organization"
      // (fine-grained: "Administration" organization permissions (write)); cursor pagination (`after`).
      method: 'GET',
      pattern: '/orgs/:org/code-security/configurations',
      handler: withOrg(
        (ctx, org, g) =>
          cursorPage(
            ctx,
            `/orgs/${org.login}/code-security/configurations`,
            (g.codeSecurityConfigurations ?? []).map((c) => ({
              id: c.id,
              name: c.name,
              target_type: 'organization',
              description: c.name,
              advanced_security: 'disabled',
              dependency_graph: 'enabled',
              dependabot_alerts: 'enabled',
              code_scanning_default_setup: c.codeScanningDefaultSetup,
              secret_scanning: 'enabled',
              enforcement: c.enforcement,
              url: `${deps.base()}/orgs/${org.login}/code-security/configurations/${c.id}`,
              created_at: '2026-01-01T00:00:00Z',
              updated_at: '2026-01-01T00:00:00Z'
            }))
          ),
        { doc: `${REST}/code-security/configurations`, permission: 'organization_administration=write' }
      )
    },
    {
      // docs.github.com/rest/code-security/configurations#get-repositories-associated-with-a-code-security-configuration:
      // `{ status, repository }` per attachment (`status` filter default all); cursor pagination; 404 unknown id.
      method: 'GET',
      pattern: '/orgs/:org/code-security/configurations/:id/repositories',
      handler: withOrg(
        (ctx, org, g) => {
          const configuration = (g.codeSecurityConfigurations ?? []).find(
            (c) => String(c.id) === ctx.params.id
          )
          if (!configuration) return deps.errorReply(404, 'Not Found', `${REST}/code-security/configurations`)
          const statuses = (ctx.query.get('status') ?? 'all').split(',')
          return cursorPage(
            ctx,
            `/orgs/${org.login}/code-security/configurations/${configuration.id}/repositories`,
            configuration.attachments
              .filter((a) => statuses.includes('all') || statuses.includes(a.status))
              .map((a) => ({
                status: a.status,
                repository: {
                  id: numericId(`${org.login}/${a.repo}`),
                  name: a.repo,
                  full_name: `${org.login}/${a.repo}`,
                  private: true
                }
              }))
          )
        },
        { doc: `${REST}/code-security/configurations`, permission: 'organization_administration=write' }
      )
    },
    {
      // Enterprise Cloud only: other plans answer 404. Cursor pagination through `after` in the link header;
      // `phrase` qualifiers `action:` (a category prefix or one action) and `created:YYYY-MM-DD..YYYY-MM-DD`.
      method: 'GET',
      pattern: '/orgs/:org/audit-log',
      handler: withOrg(
        (ctx, org, g) => {
          if (g.plan !== 'enterprise') return deps.errorReply(404, 'Not Found', AUDIT_DOC)
          const phrase = ctx.query.get('phrase') ?? ''
          const action = /action:(\S+)/.exec(phrase)?.[1]
          const created = /created:(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})/.exec(phrase)
          // "created:>=2014-07-08" (docs.github.com/…/reviewing-the-audit-log-for-your-organization#search-based-on-time-of-action).
          const since = /created:>=(\d{4}-\d{2}-\d{2})/.exec(phrase)
          const from = created
            ? Date.parse(`${created[1]}T00:00:00Z`)
            : since
              ? Date.parse(`${since[1]}T00:00:00Z`)
              : -Infinity
          const to = created ? Date.parse(`${created[2]}T00:00:00Z`) + 86_400_000 : Infinity
          const events = g.auditLog
            .filter(
              (e) =>
                (!action || e.action === action || e.action.startsWith(`${action}.`)) &&
                e.at >= from &&
                e.at < to
            )
            .sort((a, b) => (ctx.query.get('order') === 'asc' ? a.at - b.at : b.at - a.at))
          const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page')) || 30))
          const after = ctx.query.get('after')
          const start = after ? Number(Buffer.from(after, 'base64url').toString()) : 0
          const page = events.slice(start, start + perPage)
          const headers: Record<string, string> = {}
          if (start + perPage < events.length) {
            const q = new URLSearchParams(ctx.query)
            q.set('after', Buffer.from(String(start + perPage)).toString('base64url'))
            headers.link = `<${deps.base()}/orgs/${org.login}/audit-log?${q.toString()}>; rel="next"`
          }
          const body = page.map((e, i) => ({
            '@timestamp': e.at,
            _document_id: Buffer.from(`${org.login}:${start + i}:${e.at}`).toString('base64url'),
            action: e.action,
            actor: e.actor,
            created_at: e.at,
            org: org.login,
            ...(e.repo ? { repo: e.repo } : {}),
            ...(e.name ? { name: e.name } : {}),
            ...(e.rulesetName ? { ruleset_name: e.rulesetName } : {}),
            ...(e.rulesetId ? { ruleset_id: e.rulesetId } : {}),
            ...(e.rulesetEnforcement ? { ruleset_enforcement: e.rulesetEnforcement } : {})
          }))
          return { status: 200, body, headers }
        },
        { doc: AUDIT_DOC, permission: 'organization_administration=read' }
      )
    }
  ]
}

export function isoTime(ms: number): string {
  return iso(ms)
}

function numericId(login: string): number {
  let hash = 0
  for (const ch of login) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0
  return hash
}
