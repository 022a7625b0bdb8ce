import type { EvidenceRecord } from '../../model.js'
import { GITHUB_EVIDENCE } from '../../evidence/github.js'
import type { RepositoryData } from '../../evidence/github.js'
import type { CheckContext, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'

export interface RepositoryEvidence {
  repository: RepositoryData
  subject: string
  /** The records of the kinds the check asked for, by kind; absent when never collected. */
  records: Record<string, EvidenceRecord | undefined>
}

/**
 * Runs a per-repository check over every repository in the evidence. Repositories that could not be
 * read give `error`, archived ones `not_applicable`, so no check can forget either case.
 */
export function forEachRepository(
  context: CheckContext,
  kinds: string[],
  evaluate: (repo: RepositoryEvidence) => CheckResult
): CheckResult[] {
  return context.evidence.all<RepositoryData>(GITHUB_EVIDENCE.repository).map((record) => {
    if (record.error || !record.data) {
      return {
        subject: record.subject,
        status: 'error',
        message: `Repository could not be read: ${record.error?.message ?? 'no data recorded'}`,
        evidence: [record.path]
      }
    }
    if (record.data.archived) {
      return {
        subject: record.subject,
        status: 'not_applicable',
        message: 'Repository is archived (read-only): nothing can be merged or changed.',
        evidence: [record.path]
      }
    }
    const records = Object.fromEntries(
      kinds.map((kind) => [kind, context.evidence.get(kind, record.subject)])
    )
    const data = record.data
    const paths = [record.path, ...Object.values(records).flatMap((r) => (r ? [r.path] : []))]
    return guardSubject(record.subject, paths, () =>
      evaluate({ repository: data, subject: record.subject, records })
    )
  })
}

/** The `error` result for evidence that is missing or was refused, naming why. */
export function evidenceError(
  subject: string,
  what: string,
  record: EvidenceRecord | undefined
): CheckResult {
  return {
    subject,
    status: 'error',
    message: record?.error
      ? `${what} could not be collected: ${record.error.message}`
      : `${what} was not collected for this repository.`,
    evidence: record ? [record.path] : []
  }
}
