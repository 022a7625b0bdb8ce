/**
 * The GitHub App permissions the collectors need, per request and per evidence kind, so the README can say
 * exactly which permissions each check needs (and a test holds this list, the collectors' requests and the
 * README in step, as the IAM policy test does for AWS). From GitHub's "Permissions required for GitHub
 * Apps" (https://docs.github.com/rest/authentication/permissions-required-for-github-apps) and the
 * "Fine-grained access tokens for …" note beside each endpoint in the REST reference.
 */

/** `repository <Name>: read|write` or `organization <Name>: read|write`, as GitHub names them in the App settings. */
export type AppPermission = `${'repository' | 'organization'} ${string}: ${'read' | 'write'}`

/**
 * Every REST route the GitHub collectors send (the method and the documented path; query strings aside),
 * with the App permissions it needs. An empty list: no installation permission (the App's own JWT routes,
 * or `GET /user`, which installation tokens are refused and which is read only to name a user token).
 */
export const REST_ROUTE_PERMISSIONS: Record<string, AppPermission[]> = {
  'GET /orgs/{org}/installation': [],
  'GET /user': [],
  'GET /orgs/{org}/repos': ['repository Metadata: read'],
  // `security_and_analysis` (secret scanning, push protection) is returned only with Administration.
  'GET /repos/{owner}/{repo}': ['repository Metadata: read', 'repository Administration: read'],
  'GET /repos/{owner}/{repo}/rules/branches/{branch}': ['repository Metadata: read'],
  'GET /repos/{owner}/{repo}/branches/{branch}/protection': ['repository Administration: read'],
  // `bypass_actors` is returned only to callers with write access to the ruleset.
  'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}': ['repository Administration: write'],
  'GET /orgs/{org}/rulesets/{ruleset_id}': ['organization Administration: write'],
  'GET /repos/{owner}/{repo}/rulesets/rule-suites': ['repository Administration: write'],
  // https://docs.github.com/en/rest/orgs/rule-suites#list-organization-rule-suites: "Administration" organization
  // permissions (write), as the repository listing.
  'GET /orgs/{org}/rulesets/rule-suites': ['organization Administration: write'],
  // https://docs.github.com/en/rest/repos/repos#check-if-private-vulnerability-reporting-is-enabled-for-a-repository:
  // fine-grained tokens need "Administration" repository permissions (read); asked for public repositories only.
  'GET /repos/{owner}/{repo}/private-vulnerability-reporting': ['repository Administration: read'],
  // https://docs.github.com/en/rest/repos/webhooks#list-repository-webhooks: "Webhooks" repository permissions (read).
  'GET /repos/{owner}/{repo}/hooks': ['repository Webhooks: read'],
  'GET /orgs/{org}': ['organization Administration: read'],
  'GET /orgs/{org}/members': ['organization Members: read'],
  'GET /orgs/{org}/actions/permissions': ['organization Administration: read'],
  'GET /orgs/{org}/actions/permissions/workflow': ['organization Administration: read'],
  'GET /orgs/{org}/actions/permissions/fork-pr-contributor-approval': ['organization Administration: read'],
  'GET /orgs/{org}/actions/runner-groups': ['organization Self-hosted runners: read'],
  'GET /orgs/{org}/secret-scanning/alerts': ['repository Secret scanning alerts: read'],
  'GET /orgs/{org}/code-scanning/alerts': ['repository Code scanning alerts: read'],
  'GET /orgs/{org}/hooks': ['organization Webhooks: read'],
  'GET /orgs/{org}/audit-log': ['organization Administration: read'],
  'GET /orgs/{org}/teams': ['organization Members: read'],
  'GET /orgs/{org}/teams/{team_slug}/repos': ['repository Metadata: read'],
  // GitHub documents write for reading configurations, and for the repositories attached to one.
  'GET /orgs/{org}/code-security/configurations': ['organization Administration: write'],
  'GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories': [
    'organization Administration: write'
  ],
  // Pull-request mode (it runs on the workflow's GITHUB_TOKEN, not the App).
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': ['repository Pull requests: read'],
  'GET /repos/{owner}/{repo}/contents/{path}': ['repository Contents: read']
}

/** The GraphQL fields the collectors read, with the App permission each needs (graphql-permissions.ts). */
export const GRAPHQL_FIELD_PERMISSIONS: Record<string, AppPermission[]> = {
  search: ['repository Pull requests: read'],
  reviews: ['repository Pull requests: read'],
  associatedPullRequests: ['repository Pull requests: read'],
  history: ['repository Contents: read'],
  vulnerabilityAlerts: ['repository Dependabot alerts: read'],
  collaborators: ['repository Metadata: read'],
  outsideCollaborators: ['repository Metadata: read'],
  deployKeys: ['repository Administration: read'],
  environments: ['repository Actions: read'],
  codeowners: ['repository Contents: read'],
  isSecurityPolicyEnabled: ['repository Metadata: read'],
  // As REST's bypass_actors: shown to tokens with write access to the ruleset (withheld otherwise).
  bypassActors: ['repository Administration: write']
}

/** What each evidence kind of the nightly run is read from: REST routes, and GraphQL fields as `graphql <field>`. */
export const EVIDENCE_KIND_REQUESTS: Record<string, string[]> = {
  'github.repository': ['GET /orgs/{org}/repos', 'GET /repos/{owner}/{repo}'],
  'github.branch-rules': ['GET /repos/{owner}/{repo}/rules/branches/{branch}'],
  'github.branch-protection': ['GET /repos/{owner}/{repo}/branches/{branch}/protection'],
  'github.rulesets': [
    'graphql bypassActors',
    'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}',
    'GET /orgs/{org}/rulesets/{ruleset_id}'
  ],
  'github.rule-suites': [
    'GET /repos/{owner}/{repo}/rulesets/rule-suites',
    'GET /orgs/{org}/rulesets/rule-suites'
  ],
  'github.pull-requests': ['graphql search', 'graphql reviews'],
  'github.default-branch-commits': ['graphql history', 'graphql associatedPullRequests'],
  'github.dependabot-alerts': ['graphql vulnerabilityAlerts'],
  'github.private-vulnerability-reporting': ['GET /repos/{owner}/{repo}/private-vulnerability-reporting'],
  'github.repo-webhooks': ['GET /repos/{owner}/{repo}/hooks'],
  'github.organization': ['GET /orgs/{org}'],
  'github.org-members-2fa-disabled': ['GET /orgs/{org}/members'],
  'github.org-owners': ['GET /orgs/{org}/members'],
  'github.actions-permissions': ['GET /orgs/{org}/actions/permissions'],
  'github.actions-workflow-permissions': ['GET /orgs/{org}/actions/permissions/workflow'],
  'github.actions-fork-pr-approval': ['GET /orgs/{org}/actions/permissions/fork-pr-contributor-approval'],
  'github.actions-runner-groups': ['GET /orgs/{org}/actions/runner-groups'],
  'github.secret-scanning-alerts': ['GET /orgs/{org}/secret-scanning/alerts'],
  'github.code-scanning-alerts': ['GET /orgs/{org}/code-scanning/alerts'],
  'github.org-webhooks': ['GET /orgs/{org}/hooks'],
  'github.audit-log': ['GET /orgs/{org}/audit-log'],
  'github.audit-log-repo-events': ['GET /orgs/{org}/audit-log'],
  'github.org-teams': ['GET /orgs/{org}/teams', 'GET /orgs/{org}/teams/{team_slug}/repos'],
  'github.code-security-configurations': [
    'GET /orgs/{org}/code-security/configurations',
    'GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories'
  ],
  'github.repo-access': [
    'graphql collaborators',
    'graphql outsideCollaborators',
    'graphql deployKeys',
    'graphql environments',
    'graphql codeowners',
    'graphql isSecurityPolicyEnabled'
  ],
  'github.pull-request-files': ['GET /repos/{owner}/{repo}/pulls/{pull_number}/files'],
  'github.pull-request-contents': ['GET /repos/{owner}/{repo}/contents/{path}']
}

/**
 * The repository-access batch (`github.repo-access`) asks every field in one query, but a refused field is
 * null only for itself (recorded in `fieldErrors`), so each check needs the permission of the fields it reads.
 */
export const CHECK_REQUESTS: Record<string, Partial<Record<string, string[]>>> = {
  'github.repo.outside-collaborators-not-privileged': {
    'github.repo-access': ['graphql collaborators', 'graphql outsideCollaborators']
  },
  'github.repo.deploy-keys-read-only': { 'github.repo-access': ['graphql deployKeys'] },
  'github.repo.production-environments-protected': { 'github.repo-access': ['graphql environments'] },
  'github.repo.codeowners-valid': { 'github.repo-access': ['graphql codeowners'] },
  'github.repo.security-policy': { 'github.repo-access': ['graphql isSecurityPolicyEnabled'] }
}

function permissionsOfRequest(request: string): AppPermission[] {
  if (request.startsWith('graphql ')) return GRAPHQL_FIELD_PERMISSIONS[request.slice(8)] ?? []
  return REST_ROUTE_PERMISSIONS[request] ?? []
}

const ORDER = (a: string, b: string) => a.localeCompare(b)

/** Write access includes read: `X: read` is left out where `X: write` is needed. */
function strongest(permissions: Iterable<AppPermission>): AppPermission[] {
  const all = new Set(permissions)
  return [...all]
    .filter(
      (permission) =>
        !(permission.endsWith(': read') && all.has(permission.replace(/: read$/, ': write') as AppPermission))
    )
    .sort(ORDER)
}

/**
 * The App permissions that reading these evidence kinds needs (for `checkId`, only the fields that check
 * reads of a batched kind), sorted; kinds of other sources add none.
 */
export function appPermissionsFor(kinds: readonly string[], checkId?: string): AppPermission[] {
  const needed: AppPermission[] = []
  for (const kind of kinds) {
    const requests =
      (checkId ? CHECK_REQUESTS[checkId]?.[kind] : undefined) ?? EVIDENCE_KIND_REQUESTS[kind] ?? []
    for (const request of requests) needed.push(...permissionsOfRequest(request))
  }
  return strongest(needed)
}

/**
 * The README's table of App permissions per check (GitHub checks of the nightly run), and the one set to
 * grant for all of them, as Markdown.
 */
export function renderAppPermissions(
  checks: readonly { id: string; evidenceKinds: readonly string[] }[]
): string {
  const rows = checks
    .map((check) => ({ id: check.id, permissions: appPermissionsFor(check.evidenceKinds, check.id) }))
    .filter((row) => row.permissions.length > 0)
  const all = strongest(rows.flatMap((row) => row.permissions))
  const list = (permissions: AppPermission[], level: 'repository' | 'organization') =>
    permissions
      .filter((permission) => permission.startsWith(`${level} `))
      .map((permission) => permission.slice(level.length + 1))
      .join(', ') || '—'
  return [
    '| check | repository permissions | organization permissions |',
    '| --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| \`${row.id}\` | ${list(row.permissions, 'repository')} | ${list(row.permissions, 'organization')} |`
    ),
    '',
    `All of them: repository ${list(all, 'repository')}; organization ${list(all, 'organization')}.`
  ].join('\n')
}
