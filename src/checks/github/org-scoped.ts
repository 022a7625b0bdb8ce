import { GITHUB_ORG_EVIDENCE, orgSubject } from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import type { CheckContext, CheckResult } from '../check.js'
import { forEachRepository, type RepositoryEvidence } from './repositories.js'

/**
 * Per repository over one organisation-level record (teams, code security configurations): the owner's
 * record of `kind`. A repository of a user account is `not_applicable`; a missing or refused record `error`.
 */
export function forEachRepoOfOrgRecord<T>(
  context: CheckContext,
  kind: string,
  what: string,
  evaluate: (
    repo: RepositoryEvidence,
    record: EvidenceRecord<T> & { data: T },
    fullName: string
  ) => CheckResult
): CheckResult[] {
  return forEachRepository(context, [], (repo) => {
    const fullName = repo.repository.full_name ?? repo.subject.replace(/^github:/, '')
    const owner = fullName.split('/')[0]!
    const organization = context.evidence.get(GITHUB_ORG_EVIDENCE.organization, orgSubject(owner))
    if (organization?.notes?.notAnOrganization) {
      return {
        subject: repo.subject,
        status: 'not_applicable',
        message: `${owner} is a user account, not an organisation: it has no ${what}.`,
        evidence: [organization.path]
      }
    }
    const record = context.evidence.get<T>(kind, orgSubject(owner))
    if (!record?.data) {
      return {
        subject: repo.subject,
        status: 'error',
        message: record?.error
          ? `The organisation's ${what} could not be collected: ${record.error.message}`
          : `The organisation's ${what} were not collected.`,
        evidence: record ? [record.path] : []
      }
    }
    return evaluate(repo, record as EvidenceRecord<T> & { data: T }, fullName)
  })
}
