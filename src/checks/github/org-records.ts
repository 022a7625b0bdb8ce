import { GITHUB_ORG_EVIDENCE, type OrganizationData, type RepoAccessData } from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import { GITHUB_EVIDENCE } from '../../evidence/github.js'
import type { CheckContext, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'
import { evidenceError, forEachRepository, type RepositoryEvidence } from './repositories.js'

export interface OrgEvidence {
  org: string
  subject: string
  organization: OrganizationData
  organizationPath: string
  /** The records of the kinds the check asked for, by kind; absent when never collected. */
  records: Record<string, EvidenceRecord | undefined>
}

/**
 * Runs an organisation-level check once per organisation in the evidence. An owner that is a user account
 * gives `not_applicable`, an organisation that could not be read `error`.
 */
export function forEachOrg(
  context: CheckContext,
  kinds: string[],
  evaluate: (org: OrgEvidence) => CheckResult
): CheckResult[] {
  return context.evidence.all<OrganizationData>(GITHUB_ORG_EVIDENCE.organization).map((record) => {
    const org = record.subject.replace(/^github-org:/, '')
    if (record.notes?.notAnOrganization) {
      return {
        subject: record.subject,
        status: 'not_applicable',
        message: `${org} is not an organisation (GitHub answered 404 to GET /orgs/${org}): a user account has no organisation settings.`,
        evidence: [record.path]
      }
    }
    if (record.error || !record.data) {
      return {
        subject: record.subject,
        status: 'error',
        message: `Organisation ${org} could not be read: ${record.error?.message ?? 'no data recorded'}`,
        evidence: [record.path]
      }
    }
    const records = Object.fromEntries(
      kinds.map((kind) => [kind, context.evidence.get(kind, record.subject)])
    )
    const organization = record.data
    const paths = [record.path, ...Object.values(records).flatMap((r) => (r ? [r.path] : []))]
    return guardSubject(record.subject, paths, () =>
      evaluate({ org, subject: record.subject, organization, organizationPath: record.path, records })
    )
  })
}

/** The `error` result for an org record that is missing or was refused, naming why. */
export function orgEvidenceError(
  subject: string,
  what: string,
  record: EvidenceRecord | undefined
): CheckResult {
  return {
    subject,
    status: 'error',
    message: record?.error
      ? `${what} could not be collected: ${record.error.message}`
      : `${what} was not collected for this organisation.`,
    evidence: record ? [record.path] : []
  }
}

/** A setting GitHub shows only to owners came back empty: the check cannot decide. */
export function withheldSetting(org: OrgEvidence, field: string): CheckResult {
  return {
    subject: org.subject,
    status: 'error',
    message: `GitHub returned organisation ${org.org} without "${field}": only organisation owners see it (the token needs organization Administration: read, or an owner's admin:org scope).`,
    evidence: [org.organizationPath]
  }
}

export interface RepoAccessEvidence extends RepositoryEvidence {
  access: RepoAccessData
  accessPath: string
}

/** Per repository over the access batch: unreadable access is `error`, one field GitHub refused is `error` too. */
export function forEachRepoAccess(
  context: CheckContext,
  field: keyof RepoAccessData | undefined,
  what: string,
  evaluate: (repo: RepoAccessEvidence) => CheckResult
): CheckResult[] {
  return forEachRepository(context, [GITHUB_ORG_EVIDENCE.repoAccess], (repo) => {
    const record = repo.records[GITHUB_ORG_EVIDENCE.repoAccess] as EvidenceRecord<RepoAccessData> | undefined
    if (!record?.data) return evidenceError(repo.subject, what, record)
    const refused = field ? record.data.fieldErrors?.[field] : undefined
    if (refused) {
      return {
        subject: repo.subject,
        status: 'error',
        message: `${what} could not be read: ${refused}`,
        evidence: [record.path]
      }
    }
    return evaluate({ ...repo, access: record.data, accessPath: record.path })
  })
}

/**
 * Whether an org-level listing's item belongs to a repository in scope: org endpoints answer for every
 * repository, a run scoped to some of them reports only those. Without repository records nothing is dropped.
 */
export function inScope(context: CheckContext): (fullName: string) => boolean {
  const names = new Set(
    context.evidence
      .all<{ full_name?: string }>(GITHUB_EVIDENCE.repository)
      .map((r) => (r.data?.full_name ?? r.subject.replace(/^github:/, '')).toLowerCase())
  )
  return (fullName) => names.size === 0 || names.has(fullName.toLowerCase())
}
