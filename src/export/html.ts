import { plainText } from '../report/escape.js'
import { escapeHtml } from '../report/html/text.js'
import type { PeriodReport } from '../bundle/verify-period.js'
import type { IndexRow } from './index-rows.js'
import type { SampledPopulation } from './export.js'

export interface ExportPage {
  title: string
  facts: [string, string][]
  verification: PeriodReport
  populations: SampledPopulation[]
  index: IndexRow[]
  oscal: string
}

/** Text from a bundle, inert in HTML (entities for markup characters, no controls or bidi overrides), on one line. */
const html = (value: string): string => escapeHtml(plainText(value))

const table = (header: string[], rows: string[][]): string =>
  `<table><thead><tr>${header.map((h) => `<th>${html(h)}</th>`).join('')}</tr></thead><tbody>\n${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('\n')}\n</tbody></table>`

/**
 * index.html: one self-contained page (no script, no network, inline style) that opens from file:// and
 * prints. Every value is escaped; links point only at the export's own files.
 */
export function renderIndexHtml(page: ExportPage): string {
  const v = page.verification
  const verdict = v.ok
    ? `<p class="ok">VERIFIED: ${v.bundles.length} bundle(s) intact, chained, and without gaps.</p>`
    : `<p class="bad">VERIFICATION FAILED: ${v.bundles.filter((b) => b.status !== 'ok').length} of ${v.bundles.length} bundle(s) with problems, ${v.problems.length} chain or coverage problem(s). Bundles that failed are not in the populations or samples.</p>`
  const bundleRows = v.bundles.map((b) => [
    html(b.status.toUpperCase()),
    `<code>${html(b.key)}</code>`,
    html(b.period ? `${b.period.start} → ${b.period.end}` : '-'),
    html(b.signature ?? '-'),
    html(b.findings === undefined ? '-' : String(b.findings)),
    b.problems.map((p) => html(p)).join('<br>')
  ])
  const populationRows = page.populations.map((p) => [
    `<code>${html(p.population.check)}</code><br>${html(p.population.title)}`,
    html(p.population.item),
    html(p.population.frequency),
    html(String(p.population.items.length)),
    html(String(p.sample.length)),
    html(String(p.population.items.filter((i) => i.status !== 'pass').length)),
    `<a href="${html(p.populationFile)}">${html(p.populationFile)}</a><br><a href="${html(p.sampleFile)}">${html(p.sampleFile)}</a>`
  ])
  const indexRows = page.index.map((r) => [
    html(`${r.framework} ${r.control}`),
    `<code>${html(r.bundleKey)}</code>`,
    `<code>${html(r.check)}</code>`,
    html(r.subject),
    html(r.status),
    `<code>${html(r.evidencePath)}</code>`,
    `<code>${html(r.sha256)}</code>`
  ])
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${html(page.title)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#111}
table{border-collapse:collapse;margin:0.5em 0 1.5em;width:100%}
th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#eee}
code{font-size:12px;word-break:break-all}
.ok{color:#064;font-weight:bold}.bad{color:#a00;font-weight:bold}
@media print{a{color:inherit;text-decoration:none}}
</style>
</head>
<body>
<h1>${html(page.title)}</h1>
${table(
  ['', ''],
  page.facts.map(([k, value]) => [html(k), html(value)])
)}
<h2>Verification</h2>
${verdict}
${table(['status', 'bundle', 'evidence period', 'signature', 'findings', 'problems'], bundleRows)}
${v.problems.length ? `<ul>${v.problems.map((p) => `<li>${html(p)}</li>`).join('')}</ul>` : ''}
<p>Full result: <a href="verification.json">verification.json</a>.</p>
<h2>Populations and samples</h2>
<p>Method and seed: <a href="sampling.json">sampling.json</a>. CSV cells that a spreadsheet would run as a formula start with <code>'</code>.</p>
${table(['check', 'one item is', 'frequency', 'population', 'sample', 'not pass', 'files'], populationRows)}
<h2>OSCAL</h2>
<p>${html(page.oscal)}</p>
<h2>Index: control → bundle → evidence file → SHA-256</h2>
<p>Also as <a href="index.csv">index.csv</a>. Each evidence file is in its bundle, at <code>&lt;bundle&gt;/&lt;evidence file&gt;</code>, sealed by the bundle's manifest.</p>
${table(['control', 'bundle', 'check', 'subject', 'finding', 'evidence file', 'sha256'], indexRows)}
</body>
</html>
`
}
