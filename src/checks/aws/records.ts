import type { EvidenceRecord } from '../../model.js'
import type { CheckContext, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'

export const DAY_MS = 86_400_000

/**
 * One finding per record of a kind: a record that could not be collected is `error` (naming the missing
 * IAM action), never a pass; otherwise `evaluate` decides.
 */
export function perRecord<T>(
  context: CheckContext,
  kind: string,
  what: string,
  evaluate: (
    data: T,
    record: EvidenceRecord<T>
  ) => Omit<CheckResult, 'evidence' | 'subject'> & { subject?: string }
): CheckResult[] {
  return context.evidence.all<T>(kind).map((record) => {
    if (record.error || record.data === undefined) {
      return {
        subject: record.subject,
        status: 'error',
        message: `${what} could not be collected: ${record.error?.message ?? 'no data recorded'}`,
        evidence: [record.path]
      }
    }
    const data = record.data
    return guardSubject(record.subject, [record.path], () => {
      const result = evaluate(data, record)
      return { subject: record.subject, ...result, evidence: [record.path] }
    })
  })
}

export const ageDays = (now: string, then: string | undefined) =>
  then && then !== 'N/A' && then !== 'no_information' && !Number.isNaN(Date.parse(then))
    ? Math.floor((Date.parse(now) - Date.parse(then)) / DAY_MS)
    : undefined
