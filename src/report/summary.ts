import type { Check } from '../checks/check.js'
import { CONTROL_STATUSES, type ControlsReport } from '../controls/rollup.js'
import type { ControlStatus, FrameworkId } from '../model.js'
import type { Finding, FindingStatus } from '../model.js'
import { codeMarkdown, escapeMarkdown as escape } from './escape.js'
import { redact } from '../util/redact.js'

export interface SummaryInput {
  scope: string
  period: { start: string; end: string; expression: string }
  subjects: number
  bundleDir: string
  manifestSha256: string
  controls: ControlsReport
  findings: Finding[]
  checks: readonly Check[]
  /** Problems with whole sources, shown before the tables. */
  notes?: string[]
}

const STATUS_ICON: Record<ControlStatus, string> = {
  effective: '✅ effective',
  'automated-pass': '☑️ automated-pass',
  failing: '❌ failing',
  error: '⚠️ error',
  manual: '📝 manual',
  'not-applicable': '➖ not-applicable',
  excluded: '⛔ excluded'
}
const SUBJECTS_SHOWN = 10

/** The job summary: one control table per framework, then what failed and how to fix it. */
export function renderJobSummary(input: SummaryInput): string {
  const lines: string[] = [
    `## Audit evidence: ${escape(input.scope)}`,
    '',
    `Period **${input.period.start}** → **${input.period.end}** (${input.period.expression}) · ${input.subjects} repositories · ${input.findings.length} findings`,
    '',
    `Bundle ${codeMarkdown(input.bundleDir)} · manifest SHA-256 \`${input.manifestSha256}\``,
    '',
    ...(input.notes ?? []).flatMap((note) => [`> [!WARNING]`, `> ${escape(note)}`, ''])
  ]
  for (const [framework, report] of Object.entries(input.controls.frameworks)) {
    const counts = report.counts
    lines.push(
      `### ${report.title}`,
      '',
      `| ${CONTROL_STATUSES.map((s) => STATUS_ICON[s]).join(' | ')} |`,
      `| ${CONTROL_STATUSES.map(() => '---:').join(' | ')} |`,
      `| ${CONTROL_STATUSES.map((s) => counts[s]).join(' | ')} |`,
      '',
      'automated-pass: the automated checks passed (partial evidence); effective: they passed and the required manual evidence is present and current.',
      ''
    )
    const automated = report.controls.filter((c) => c.status !== 'manual' && c.status !== 'excluded')
    if (automated.length === 0) {
      lines.push(
        `No ${framework} control has automated evidence in this run; all applicable controls need manual evidence.`,
        ''
      )
      continue
    }
    lines.push(
      '| Control | Title | Status | Checks (evidence type) | Findings (pass / fail / error) | Manual evidence missing |',
      '| --- | --- | --- | --- | --- | --- |'
    )
    for (const control of automated) {
      const f = control.findingCounts
      const checks = control.checkEvidence.map((c) => `\`${c.check}\` (${c.evidence})`).join(' ')
      const missing = control.manual.missing.map((id) => `\`${id}\``).join(' ') || '–'
      lines.push(
        `| ${control.id} | ${escape(control.title)} | ${STATUS_ICON[control.status]} | ${checks} | ${f.pass} / ${f.fail} / ${f.error} | ${missing} |`
      )
    }
    lines.push('')
    lines.push(...configDecisions(report.controls))
  }
  lines.push(
    ...problemSection(input, 'fail', '### Failing checks'),
    ...problemSection(input, 'error', '### Checks that could not be evaluated')
  )
  // Messages quote servers, which may echo a credential; the summary is public to the repository's readers.
  return redact(lines.join('\n'))
}

function problemSection(input: SummaryInput, status: FindingStatus, heading: string): string[] {
  const lines: string[] = []
  for (const check of input.checks) {
    const hits = input.findings.filter((f) => f.check === check.metadata.id && f.status === status)
    if (hits.length === 0) continue
    if (lines.length === 0) lines.push(heading, '')
    const controls = Object.entries(hits[0]!.controls)
      .flatMap(([framework, ids]) => (ids ?? []).map((id) => `${framework} ${id}`))
      .join(', ')
    lines.push(
      `<details><summary><b>${escape(check.metadata.title)}</b> (<code>${check.metadata.id}</code>, ${check.metadata.severity}): ${hits.length} subject(s)${controls ? ` · ${controls}` : ''}</summary>`,
      ''
    )
    for (const hit of hits.slice(0, SUBJECTS_SHOWN))
      lines.push(`- ${codeMarkdown(hit.subject)}: ${escape(hit.message)}`)
    if (hits.length > SUBJECTS_SHOWN)
      lines.push(`- … and ${hits.length - SUBJECTS_SHOWN} more in findings.json`)
    lines.push('', status === 'fail' ? `**How to fix:** ${check.metadata.remediation}` : '', '</details>', '')
  }
  return lines
}

/** Checks the config skipped and mappings it changed: an auditor must see what was left out, and by whom. */
function configDecisions(controls: ControlsReport['frameworks'][FrameworkId]['controls']): string[] {
  const skipped = new Map<string, string>()
  const overrides = new Set<string>()
  for (const control of controls) {
    for (const s of control.skippedChecks) skipped.set(s.check, s.by)
    for (const o of control.mappingOverrides)
      overrides.add(`\`${o.check}\` ${o.change} ${control.id} (${escape(o.by)})`)
  }
  const lines: string[] = []
  for (const [check, by] of skipped) lines.push(`- Skipped: \`${check}\`, by ${escape(by)}`)
  for (const override of overrides) lines.push(`- Mapping: ${override}`)
  return lines.length > 0 ? [...lines, ''] : []
}
