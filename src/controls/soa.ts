import { FRAMEWORKS } from '../model.js'
import { CONTROL_STATUSES, type ControlResult, type ControlsReport, type FindingCounts } from './rollup.js'

export interface SoaMeta {
  scope: string
  period: { start: string; end: string }
}

const CSV_COLUMNS = [
  'framework',
  'control',
  'title',
  'group',
  'applicable',
  'justification',
  'status',
  'checks',
  'findings',
  'evidence',
  'notes'
] as const

/** One row per control of every framework, so a spreadsheet of the SoA never silently drops a control. */
export function renderSoaCsv(report: ControlsReport): string {
  const rows: string[][] = [[...CSV_COLUMNS]]
  for (const framework of FRAMEWORKS) {
    for (const c of report.frameworks[framework].controls) {
      rows.push([
        framework,
        c.id,
        c.title,
        c.group,
        c.applicable ? 'yes' : 'no',
        c.justification ?? '',
        c.status,
        c.checks.join('; '),
        formatCounts(c.findingCounts),
        c.evidence.join('; '),
        notes(c).join('; ')
      ])
    }
  }
  // RFC 4180 records end in CRLF, the last one included.
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

export function renderSoaMarkdown(report: ControlsReport, meta: SoaMeta): string {
  const lines = [
    '# Statement of Applicability',
    '',
    `- Scope: ${inline(meta.scope)}`,
    `- Period: ${meta.period.start} to ${meta.period.end}`,
    `- Generated from: \`${report.generatedFrom}\``
  ]
  for (const framework of FRAMEWORKS) {
    const fw = report.frameworks[framework]
    const summary = CONTROL_STATUSES.map((s) => `${fw.counts[s]} ${s}`).join(', ')
    lines.push(
      '',
      `## ${inline(fw.title)}`,
      '',
      `${fw.controls.length} controls: ${summary}.`,
      '',
      '| Control | Title | Group | Applicable | Justification | Status | Checks | Findings | Evidence | Notes |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'
    )
    for (const c of fw.controls) {
      const cells = [
        c.id,
        c.title,
        c.group,
        c.applicable ? 'yes' : 'no',
        c.justification ?? '',
        c.status,
        c.checks.map(code).join('<br>'),
        formatCounts(c.findingCounts),
        abbreviate(c.evidence.map(code)),
        notes(c).join('; ')
      ]
      lines.push(`| ${cells.map(cell).join(' | ')} |`)
    }
  }
  return lines.join('\n') + '\n'
}

/** What the reader must still do or know about a control beyond its status. */
function notes(c: ControlResult): string[] {
  const out: string[] = []
  if (c.status === 'manual') {
    out.push(
      c.manualEvidence && c.manualEvidence.length > 0
        ? `manual evidence: ${c.manualEvidence.join(', ')}`
        : 'manual evidence required'
    )
  } else if (c.manualEvidence && c.manualEvidence.length > 0) {
    out.push(`manual evidence: ${c.manualEvidence.join(', ')}`)
  }
  // An exclusion contradicted by automated results is exactly what an auditor will ask about.
  if (c.status === 'excluded' && c.findingCounts.fail > 0) {
    out.push(`excluded, but ${c.findingCounts.fail} automated finding(s) fail: ${c.failingChecks.join(', ')}`)
  }
  if (c.status === 'failing') out.push(`failing: ${c.failingChecks.join(', ')}`)
  if (c.status === 'error') out.push('evidence could not be collected or evaluated; not counted as satisfied')
  return out
}

function formatCounts(counts: FindingCounts): string {
  const parts = (['pass', 'fail', 'error', 'not_applicable'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
  return parts.join(', ')
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/** Long evidence lists would swamp the table; the full list is in controls.json and the CSV. */
function abbreviate(items: string[], max = 3): string {
  if (items.length <= max) return items.join('<br>')
  return [...items.slice(0, max), `+${items.length - max} more`].join('<br>')
}

function code(value: string): string {
  return `\`${value.replaceAll('`', "'")}\``
}

function inline(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ')
}

/** GitHub tables split on every unescaped `|`, even inside code spans, and end a row at a newline. */
function cell(value: string): string {
  return inline(value).replaceAll('|', '\\|')
}
