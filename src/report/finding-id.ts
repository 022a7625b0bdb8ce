import { createHash } from 'node:crypto'

/**
 * The stable id of a finding: `F-` and the first 12 hex digits of SHA-256 over the check id and the subject
 * (joined by a NUL, which neither contains, so `a.b`+`c` and `a`+`.bc` differ). A check yields at most one
 * finding per subject, so the pair names a finding; the same pair gets the same id in every bundle, which lets
 * the SoA, report.html and the OSCAL document point at the same finding, and an auditor follow one over time.
 */
export function findingId(finding: { check: string; subject: string }): string {
  const digest = createHash('sha256').update(`${finding.check}\u0000${finding.subject}`).digest('hex')
  return `F-${digest.slice(0, 12)}`
}
