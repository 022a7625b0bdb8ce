import {
  GITHUB_ORG_EVIDENCE,
  orgEvidencePath,
  orgSubject,
  type OrganizationData
} from '../../evidence/github-org.js'
import type { EvidenceRecord, RequestRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import type { GitHubClient } from './client.js'
import { GitHubRequestFailure, restGet } from './requests.js'

const PAGE_SIZE = 100

/**
 * The token permission each organisation endpoint needs, as GitHub documents it beside the endpoint
 * (fine-grained permission for GitHub Apps / fine-grained PATs; classic scope for classic PATs).
 */
export const ORG_PERMISSIONS = {
  organization:
    'organization Administration: read (GitHub App) or the admin:org / read:org scope as an organisation owner (classic PAT); other callers get the org without its settings',
  members: 'organization Members: read (GitHub App) or the read:org scope (classic PAT)',
  membersWithout2fa:
    'organization owner rights: only owners may filter members by 2fa_disabled (GitHub App: organization Members: read, as an owner-level installation)',
  actions:
    'organization Administration: read (GitHub App / fine-grained PAT) or the admin:org scope (classic PAT)',
  runnerGroups:
    'organization Self-hosted runners: read (GitHub App / fine-grained PAT) or the admin:org scope (classic PAT)',
  secretScanning:
    'organization Secret scanning alerts: read (GitHub App / fine-grained PAT) or the security_events scope as an owner or security manager (classic PAT)',
  codeScanning:
    'organization Code scanning alerts: read (GitHub App / fine-grained PAT) or the security_events scope as an owner or security manager (classic PAT)',
  webhooks:
    'organization Webhooks: read (GitHub App / fine-grained PAT) or the admin:org_hook scope (classic PAT)',
  auditLog:
    'organization Administration: read (GitHub App / fine-grained PAT) or the read:audit_log scope as an organisation owner (classic PAT), on GitHub Enterprise Cloud',
  teams: 'organization Members: read (GitHub App / fine-grained PAT) or the read:org scope (classic PAT)',
  teamRepositories:
    'repository Metadata: read (GitHub App / fine-grained PAT) or the read:org scope (classic PAT), as a member who can see the team',
  codeSecurity:
    'organization Administration: write (GitHub App / fine-grained PAT, as GitHub documents it for reading configurations) or the write:org scope as an owner or security manager (classic PAT)'
} as const

export interface OrgListing<T> {
  data?: T[]
  requests: RequestRecord[]
  error?: GitHubRequestFailure
}

/** GET every page of an org listing (`per_page=100`), stopping at the first refusal. */
export async function listAll<T>(
  client: GitHubClient,
  path: string,
  permission: string,
  pick: (body: unknown) => T[] = (body) => body as T[]
): Promise<OrgListing<T>> {
  const requests: RequestRecord[] = []
  const items: T[] = []
  const separator = path.includes('?') ? '&' : '?'
  for (let page = 1; ; page++) {
    try {
      const response = await restGet<unknown>(
        client,
        `${path}${separator}per_page=${PAGE_SIZE}&page=${page}`,
        permission
      )
      requests.push(response.request)
      items.push(...pick(response.data))
      if (!response.hasNextPage) return { data: items, requests }
    } catch (error) {
      if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
      requests.push(error.request)
      return { requests, error }
    }
  }
}

/** One org evidence record from a listing or a single GET. */
export function orgRecord(
  org: string,
  kind: string,
  file: string,
  requests: RequestRecord[],
  outcome: { data?: unknown; error?: GitHubRequestFailure },
  notes?: Record<string, unknown>
): EvidenceRecord {
  return {
    path: orgEvidencePath(org, file),
    source: 'github',
    subject: orgSubject(org),
    kind,
    requests,
    ...(outcome.error ? { error: outcome.error.failure } : { data: outcome.data }),
    ...(notes ? { notes } : {})
  }
}

async function getOne<T>(
  client: GitHubClient,
  path: string,
  permission: string
): Promise<{ data?: T; requests: RequestRecord[]; error?: GitHubRequestFailure }> {
  try {
    const response = await restGet<T>(client, path, permission)
    return { data: response.data, requests: [response.request] }
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
    return { requests: [error.request], error }
  }
}

/**
 * Records the organisation's settings: identity and access (2FA, base permission, repository creation, owners)
 * and GitHub Actions policy. Each endpoint is one record, so a refusal of one (a token without owner rights)
 * leaves the others standing. About 8 requests per organisation, none per repository.
 *
 * Returns false when the owner is not an organisation (a user account's repositories): nothing else is asked.
 */
export async function collectOrgSettings(
  client: GitHubClient,
  org: string,
  sink: EvidenceSink
): Promise<boolean> {
  const K = GITHUB_ORG_EVIDENCE
  const organization = await getOne<OrganizationData>(client, `/orgs/${org}`, ORG_PERMISSIONS.organization)
  // A 404 on GET /orgs/{org}, which any token can read for any organisation, means the owner is a user.
  const notAnOrganization = organization.error?.request.status === 404
  await sink.add(
    orgRecord(org, K.organization, 'organization', organization.requests, organization, {
      ...(notAnOrganization ? { notAnOrganization: true } : {})
    })
  )
  if (notAnOrganization) return false

  const without2fa = await listAll(
    client,
    `/orgs/${org}/members?filter=2fa_disabled`,
    ORG_PERMISSIONS.membersWithout2fa
  )
  await sink.add(orgRecord(org, K.membersWithout2fa, 'members-2fa-disabled', without2fa.requests, without2fa))
  const owners = await listAll(client, `/orgs/${org}/members?role=admin`, ORG_PERMISSIONS.members)
  await sink.add(orgRecord(org, K.owners, 'owners', owners.requests, owners))

  const single: Array<[string, string, string, string]> = [
    [
      K.actionsPermissions,
      'actions-permissions',
      `/orgs/${org}/actions/permissions`,
      ORG_PERMISSIONS.actions
    ],
    [
      K.workflowPermissions,
      'actions-workflow-permissions',
      `/orgs/${org}/actions/permissions/workflow`,
      ORG_PERMISSIONS.actions
    ],
    [
      K.forkPrApproval,
      'actions-fork-pr-approval',
      `/orgs/${org}/actions/permissions/fork-pr-contributor-approval`,
      ORG_PERMISSIONS.actions
    ]
  ]
  for (const [kind, file, path, permission] of single) {
    const outcome = await getOne(client, path, permission)
    await sink.add(orgRecord(org, kind, file, outcome.requests, outcome))
  }
  const groups = await listAll(
    client,
    `/orgs/${org}/actions/runner-groups`,
    ORG_PERMISSIONS.runnerGroups,
    (body) => (body as { runner_groups: unknown[] }).runner_groups
  )
  await sink.add(
    orgRecord(org, K.runnerGroups, 'actions-runner-groups', groups.requests, {
      ...(groups.error ? { error: groups.error } : {}),
      data: { total_count: groups.data?.length ?? 0, runner_groups: groups.data }
    })
  )
  return true
}
