import { stringify } from 'csv-stringify/sync'
import { FRAMEWORKS } from '../model.js'
import { CONTROL_STATUSES, type ControlResult, type ControlsReport, type FindingCounts } from './rollup.js'
import type { ManualEvidenceStatus } from './manual-evidence.js'

export interface SoaMeta {
  scope: string
  period: { start: string; end: string }
  tool?: { name: string; version: string }
  /** From config `soa:`; absent fields are flagged as gaps in the header. */
  approval?: { version?: string; approvedBy?: string; approvedOn?: string }
  /** SHA-256 of the config file the SoA fields came from. */
  configSha256?: string
  /**
   * Known only once the bundle is sealed. The SoA inside a bundle is itself listed (and hashed) in that bundle's
   * manifest, so it cannot contain the manifest's digest; it says where both are instead (see the header).
   */
  bundle?: { key: string; manifestSha256: string }
}

const CSV_COLUMNS = [
  'framework',
  'control',
  'title',
  'group',
  'applicable',
  'justification_inclusion',
  'justification_exclusion',
  'implementation',
  'owner',
  'last_reviewed',
  'next_review',
  'risks',
  'automated_result',
  'checks',
  'findings',
  'design_evidence',
  'operating_evidence',
  'evidence_files',
  'manual_evidence',
  'manual_evidence_missing',
  'skipped_checks',
  'mapping_overrides',
  'gaps'
] as const

/**
 * One row per control of every framework, so a spreadsheet of the SoA never silently drops a control. A pure
 * function of controls.json, so `verify` can re-derive it.
 */
export function renderSoaCsv(report: ControlsReport): string {
  const rows: string[][] = [[...CSV_COLUMNS]]
  for (const framework of FRAMEWORKS) {
    for (const c of report.frameworks[framework].controls) rows.push([framework, ...row(c)])
  }
  // RFC 4180 records end in CRLF, the last one included.
  // A cell from the config starting with = + - @ would run as a formula in a spreadsheet: escaped.
  return stringify(rows, { record_delimiter: '\r\n', escape_formulas: true })
}

function row(c: ControlResult): string[] {
  return [
    c.id,
    c.title,
    c.group,
    c.applicable ? 'yes' : 'no',
    c.soa.inclusion ?? '',
    c.soa.exclusion ?? '',
    c.soa.implementation ?? '',
    c.soa.owner ?? '',
    c.soa.lastReviewed ?? '',
    c.soa.nextReview ?? '',
    c.soa.risks.join('; '),
    c.status,
    c.checkEvidence.map((check) => `${check.check} (${check.evidence})`).join('; '),
    formatCounts(c.findingCounts),
    c.designEvidence.join('; '),
    c.operatingEvidence.join('; '),
    c.evidence.join('; '),
    [
      ...c.manual.items.map(describeManual),
      ...(c.manualEvidence ?? []).map((ref) => `${ref} (unhashed reference)`)
    ].join('; '),
    c.manual.missing.join('; '),
    c.skippedChecks.map((s) => `${s.check} (skipped by ${s.by})`).join('; '),
    c.mappingOverrides.map((o) => `${o.check} ${o.change} by ${o.by}`).join('; '),
    [...c.soa.gaps, ...notes(c)].join('; ')
  ]
}

export function describeManual(item: ManualEvidenceStatus): string {
  return `${item.id} ${item.title}: ${item.state}, reviewed ${item.reviewed} (${item.ageDays} days before the period end), due ${item.due}, ${item.ref} sha256 ${item.sha256}${item.owner ? `, owner ${item.owner}` : ''}`
}

export function renderSoaMarkdown(report: ControlsReport, meta: SoaMeta): string {
  const approval = meta.approval ?? {}
  const missing = (value: string | undefined, what: string) => (value ? inline(value) : `**gap: no ${what}**`)
  const lines = [
    '# Statement of Applicability',
    '',
    `- SoA version: ${missing(approval.version, 'SoA version (config `soa.version`)')}`,
    `- Approved by: ${missing(approval.approvedBy, 'approver (config `soa.approved-by`)')}, on ${missing(approval.approvedOn, 'approval date (config `soa.approved-on`)')}`,
    `- Scope: ${inline(meta.scope)}`,
    `- Period: ${meta.period.start} to ${meta.period.end}`,
    ...(meta.tool ? [`- Tool: ${inline(meta.tool.name)} ${inline(meta.tool.version)}`] : []),
    ...(meta.configSha256 ? [`- Config SHA-256: \`${meta.configSha256}\``] : []),
    ...(meta.bundle
      ? [`- Bundle: \`${meta.bundle.key}\``, `- Manifest SHA-256: \`${meta.bundle.manifestSha256}\``]
      : [
          "- Bundle key and manifest SHA-256: this file is listed with its SHA-256 in the bundle's `manifest.json`, so it cannot contain that manifest's own digest. The bundle key is `bundleKey` in `manifest.json`; the manifest SHA-256 is `sha256sum manifest.json`, the chain link the next bundle records as `previous.manifestSha256` and the job summary prints."
        ]),
    `- Generated from: \`${report.generatedFrom}\` (rows: \`controls.json\`; the same rows as \`soa.csv\`)`,
    '',
    "Automated result: `automated-pass` means the automated checks passed (partial evidence); `effective` means they passed and the manual evidence the control requires is present and current; `manual` means no automated check covers it; `not-applicable` means its checks found nothing to evaluate. Design evidence shows a setting is configured; operating evidence shows the control ran over the period's population. Findings are cited by id (`findings.json`)."
  ]
  for (const framework of FRAMEWORKS) {
    const fw = report.frameworks[framework]
    const summary = CONTROL_STATUSES.map((s) => `${fw.counts[s]} ${s}`).join(', ')
    const gaps = fw.controls.filter((c) => c.soa.gaps.length > 0).length
    lines.push(
      '',
      `## ${inline(fw.title)}`,
      '',
      `${fw.controls.length} controls: ${summary}. ${gaps} with gaps in the SoA.`,
      '',
      '| Control | Title | Applicable | Justification | Implementation | Owner | Reviewed / next | Risks | Automated result | Checks | Design evidence | Operating evidence | Manual evidence | Gaps and notes |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'
    )
    for (const c of fw.controls) {
      const manual = [
        ...c.manual.items.map(
          (m) => `${m.id} ${m.title} (${m.state}, ${m.ageDays} d, due ${m.due}, ${code(m.ref)})`
        ),
        ...(c.manualEvidence ?? []).map((ref) => `${ref} (unhashed)`),
        ...c.manual.missing.map(
          (id) => `missing: ${c.manual.requirements.find((r) => r.id === id)?.what ?? id}`
        )
      ]
      const cells = [
        c.id,
        c.title,
        c.applicable ? 'yes' : 'no',
        c.applicable ? (c.soa.inclusion ?? '') : `excluded: ${c.soa.exclusion ?? ''}`,
        c.soa.implementation ?? '',
        c.soa.owner ?? '',
        [c.soa.lastReviewed ?? '–', c.soa.nextReview ?? '–'].join(' / '),
        c.soa.risks.join(', '),
        c.status,
        c.checkEvidence.map((check) => `${code(check.check)} (${check.evidence})`).join('<br>'),
        abbreviate(c.designEvidence.map(code)),
        abbreviate(c.operatingEvidence.map(code)),
        manual.join('<br>'),
        [
          ...c.skippedChecks.map((s) => `skipped: ${code(s.check)} by ${s.by}`),
          ...c.mappingOverrides.map((o) => `mapping: ${code(o.check)} ${o.change} by ${o.by}`),
          ...c.soa.gaps,
          ...notes(c)
        ].join('; ')
      ]
      lines.push(`| ${cells.map(cell).join(' | ')} |`)
    }
  }
  return lines.join('\n') + '\n'
}

/** What the reader must still know about a control beyond its status and gaps. */
function notes(c: ControlResult): string[] {
  const out: string[] = []
  // An exclusion contradicted by automated results is exactly what an auditor will ask about.
  if (c.status === 'excluded' && c.findingCounts.fail > 0) {
    out.push(`excluded, but ${c.findingCounts.fail} automated finding(s) fail: ${c.failingChecks.join(', ')}`)
  }
  if (c.status === 'failing') out.push(`failing: ${c.failingChecks.join(', ')}`)
  if (c.status === 'error') out.push('evidence could not be collected or evaluated; not counted as a pass')
  return out
}

function formatCounts(counts: FindingCounts): string {
  const parts = (['pass', 'fail', 'error', 'not_applicable'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
  return parts.join(', ')
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
