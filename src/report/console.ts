import { CONTROL_STATUSES, type ControlsReport } from '../controls/rollup.js'

/** A plain-text control table for terminals (the CLI and the demo). */
export function renderControlTable(controls: ControlsReport): string {
  const out: string[] = []
  for (const report of Object.values(controls.frameworks)) {
    const c = report.counts
    out.push(report.title, `  ${CONTROL_STATUSES.map((status) => `${status} ${c[status]}`).join(' · ')}`)
    const automated = report.controls.filter(
      (control) => control.status !== 'manual' && control.status !== 'excluded'
    )
    const rows = automated.map((control) => [
      control.id,
      control.status.toUpperCase(),
      truncate(control.title, 48),
      `${control.findingCounts.pass} pass, ${control.findingCounts.fail} fail, ${control.findingCounts.error} error; ${evidenceKinds(control.checkEvidence)}${manualNote(control.manual.missing)}`
    ])
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length), 0))
    for (const row of rows)
      out.push(`  ${row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ')}`)
    out.push('')
  }
  return out.join('\n')
}

/** `design 2, operating 1`: how much of the automated result is a setting and how much a population. */
export function evidenceKinds(checks: { evidence: string }[]): string {
  const counts = new Map<string, number>()
  for (const c of checks) counts.set(c.evidence, (counts.get(c.evidence) ?? 0) + 1)
  return [...counts].map(([kind, n]) => `${kind} ${n}`).join(', ')
}

function manualNote(missing: string[]): string {
  return missing.length > 0 ? `; manual evidence missing or expired: ${missing.join(', ')}` : ''
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
