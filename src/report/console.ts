import type { ControlsReport } from '../controls/rollup.js'

/** A plain-text control table for terminals (the CLI and the demo). */
export function renderControlTable(controls: ControlsReport): string {
  const out: string[] = []
  for (const report of Object.values(controls.frameworks)) {
    const c = report.counts
    out.push(
      report.title,
      `  satisfied ${c.satisfied} · failing ${c.failing} · error ${c.error} · manual ${c.manual} · excluded ${c.excluded}`
    )
    const automated = report.controls.filter(
      (control) => control.status !== 'manual' && control.status !== 'excluded'
    )
    const rows = automated.map((control) => [
      control.id,
      control.status.toUpperCase(),
      truncate(control.title, 48),
      `${control.findingCounts.pass} pass, ${control.findingCounts.fail} fail, ${control.findingCounts.error} error`
    ])
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length), 0))
    for (const row of rows)
      out.push(`  ${row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ')}`)
    out.push('')
  }
  return out.join('\n')
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
