import type { FindingFilter } from './filter.js'
import { byText, type ExportBundle } from './read-bundles.js'

/** control → bundle → evidence file → SHA-256: where the evidence for each control of the period is. */
export interface IndexRow {
  framework: string
  control: string
  bundleKey: string
  check: string
  subject: string
  status: string
  evidencePath: string
  sha256: string
}

export const INDEX_COLUMNS = [
  'framework',
  'control',
  'bundle',
  'check',
  'subject',
  'finding status',
  'evidence file',
  'sha256'
]

export function buildIndex(bundles: ExportBundle[], filter: FindingFilter): IndexRow[] {
  const rows: IndexRow[] = []
  for (const bundle of bundles) {
    for (const finding of bundle.findings) {
      for (const [framework, control] of filter.controlsOf(finding)) {
        for (const path of finding.evidence) {
          rows.push({
            framework,
            control,
            bundleKey: bundle.key,
            check: finding.check,
            subject: finding.subject,
            status: finding.status,
            evidencePath: path,
            sha256: bundle.sha256.get(path) ?? ''
          })
        }
      }
    }
  }
  const key = (row: IndexRow) => [
    row.framework,
    row.control,
    row.bundleKey,
    row.check,
    row.subject,
    row.evidencePath
  ]
  const seen = new Set<string>()
  return rows
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)]
      for (let i = 0; i < x.length; i++) {
        const order = compareControl(x[i]!, y[i]!, i === 1)
        if (order !== 0) return order
      }
      return 0
    })
    .filter((row) => {
      const id = key(row).join('\u0000')
      if (seen.has(id)) return false
      seen.add(id)
      return true
    })
}

/** A.8.9 before A.8.10: control ids compare number by number. */
function compareControl(a: string, b: string, numeric: boolean): number {
  if (!numeric) return byText(a, b)
  const parts = (id: string) => id.split(/(\d+)/).map((part) => (/^\d+$/.test(part) ? Number(part) : part))
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const [p, q] = [x[i], y[i]]
    if (p === q) continue
    if (p === undefined) return -1
    if (q === undefined) return 1
    if (typeof p === 'number' && typeof q === 'number') return p - q
    return byText(String(p), String(q))
  }
  return 0
}
