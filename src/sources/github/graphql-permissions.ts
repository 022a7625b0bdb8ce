/**
 * The permission each GraphQL field the collectors read needs, so that a FORBIDDEN error names what to
 * grant instead of guessing. From GitHub's "Permissions required for GitHub Apps" and the GraphQL
 * reference (https://docs.github.com/rest/authentication/permissions-required-for-github-apps,
 * https://docs.github.com/graphql/reference/objects#repository).
 */
const FIELD_PERMISSIONS: Record<string, string> = {
  vulnerabilityAlerts:
    'Dependabot alerts: read (GitHub App) or the security_events scope (personal access token)',
  hasVulnerabilityAlertsEnabled:
    'Dependabot alerts: read (GitHub App) or the security_events scope (personal access token)',
  search: 'Pull requests: read (GitHub App) or the repo scope (personal access token)',
  pullRequests: 'Pull requests: read (GitHub App) or the repo scope (personal access token)',
  pullRequest: 'Pull requests: read (GitHub App) or the repo scope (personal access token)',
  reviews: 'Pull requests: read (GitHub App) or the repo scope (personal access token)',
  latestOpinionatedReviews: 'Pull requests: read (GitHub App) or the repo scope (personal access token)',
  associatedPullRequests: 'Pull requests: read (GitHub App) or the repo scope (personal access token)',
  history: 'Contents: read (GitHub App) or the repo scope (personal access token)',
  defaultBranchRef: 'Contents: read (GitHub App) or the repo scope (personal access token)',
  object: 'Contents: read (GitHub App) or the repo scope (personal access token)',
  branchProtectionRules: 'Administration: read (GitHub App) or admin rights on the repository',
  rulesets: 'Administration: read (GitHub App) or admin rights on the repository',
  bypassActors:
    'Administration: write (GitHub App) or admin rights on the repository: write access to the ruleset',
  collaborators: 'Metadata: read on the repository, as a user with push access (GitHub App: Metadata: read)',
  outsideCollaborators:
    'Metadata: read on the repository, as a user with push access (GitHub App: Metadata: read)',
  deployKeys: 'Administration: read (GitHub App) or admin rights on the repository',
  environments: 'Actions: read (GitHub App) or the repo scope (personal access token)',
  codeowners: 'Contents: read (GitHub App) or the repo scope (personal access token)',
  repository: 'Metadata: read on the repository (GitHub App) or the repo scope (personal access token)',
  organization: 'Members: read on the organization (GitHub App) or the read:org scope (personal access token)'
}

/**
 * The permission for the deepest field of an error's `path` that is known, e.g.
 * `["t0", "vulnerabilityAlerts"]` → Dependabot alerts. Aliases and list indexes are skipped.
 */
export function graphqlFieldPermission(path: readonly (string | number)[] | undefined): {
  field: string
  permission: string
} {
  for (const segment of [...(path ?? [])].reverse()) {
    if (typeof segment === 'string' && segment in FIELD_PERMISSIONS)
      return { field: segment, permission: FIELD_PERMISSIONS[segment]! }
  }
  const field = [...(path ?? [])].filter((s) => typeof s === 'string').at(-1) ?? '(unknown field)'
  return {
    field: String(field),
    permission: `the permission GitHub requires for the GraphQL field "${field}" (see x-accepted-github-permissions in a REST call to the same data)`
  }
}
