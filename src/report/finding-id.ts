import { createHash } from 'node:crypto'

/**
 * The stable id of a finding: `F-` and the first 12 hex digits of SHA-256 over the check id and the subject. A
 * check yields at most one finding per subject, so the pair names a finding; the same pair gets the same id in
 * every bundle, so findings.json, the SoA, report.html and the OSCAL document cite one finding alike and an
 * auditor can follow it over time. A recorded id is used as recorded; bundles made before ids were recorded get
 * the id computed the same way.
 */
export function findingId(finding: { check: string; subject: string; id?: string }): string {
  if (finding.id) return finding.id
  return `F-${createHash('sha256').update(`${finding.check}\n${finding.subject}`).digest('hex').slice(0, 12)}`
}
