import { createHash } from 'node:crypto'
import type { ControlResult, ControlsReport } from '../../controls/rollup.js'
import type { CheckMetadata, EvaluationPeriod, EvidenceRecord, Finding, FrameworkId } from '../../model.js'
import { findingId } from '../finding-id.js'
import { renderEvidenceRecord, renderJsonBlock, type JsonBudget } from './evidence-view.js'
import { REPORT_SCRIPT } from './script.js'
import { REPORT_CSS } from './styles.js'
import { digestId, escapeHtml as h, scriptJson, slug, statusLabel } from './text.js'

export const REPORT_FILE = 'report.html'

export interface ReportInput {
  tool: { name: string; version: string }
  scope: string
  mode?: string
  run: { id: string; attempt?: string; repository?: string; workflow?: string; commit?: string }
  period: EvaluationPeriod
  startedAt: string
  finishedAt: string
  config: { path: string | null; sha256: string }
  findings: Finding[]
  controls: ControlsReport
  checks: Pick<CheckMetadata, 'id' | 'title' | 'version' | 'severity' | 'rationale' | 'remediation'>[]
  evidence: EvidenceRecord[]
  /** Bundle files with their SHA-256 (the manifest's list so far). */
  files: { path: string; sha256: string }[]
  /** Caps on embedded data, so a large bundle gives a report a browser still opens. */
  limits?: Partial<ReportLimits>
}

export interface ReportLimits {
  /** Pretty JSON of one evidence record's data (or one finding's details), in characters. */
  perRecord: number
  /** All embedded data together, in characters; records after it are linked, not embedded. */
  total: number
}

const DEFAULT_LIMITS: ReportLimits = { perRecord: 64 * 1024, total: 16 * 1024 * 1024 }

/** Filter and search index: what the script reads. Keys are control keys and finding ids. */
interface ReportIndex {
  controls: Record<string, { status: string; frameworks: string[]; sources: string[]; text: string }>
  findings: Record<string, { status: string; frameworks: string[]; sources: string[]; text: string }>
}

/**
 * The bundle as one self-contained HTML page: controls by framework and theme with their status, each
 * control's checks (population and period), findings (with finding ids), subjects and evidence records
 * (request, time, response hash, the data). Everything is rendered here as escaped static HTML, so the page
 * reads and prints without script; the inline script only filters. A Content-Security-Policy with hashes of
 * the inline style and script forbids every network request and any other script.
 */
export function renderReportHtml(input: ReportInput): string {
  const limits = { ...DEFAULT_LIMITS, ...input.limits }
  const budget: JsonBudget = { perRecord: limits.perRecord, remaining: limits.total }
  const hashes = new Map(input.files.map((f) => [f.path, f.sha256]))
  const records = new Map(input.evidence.map((r) => [r.path, r]))
  const checks = new Map(input.checks.map((c) => [c.id, c]))
  const frameworks = Object.entries(input.controls.frameworks) as [
    FrameworkId,
    ControlsReport['frameworks'][FrameworkId]
  ][]

  const ids = new Map<Finding, string>()
  const used = new Set<string>()
  for (const finding of input.findings) {
    let id = findingId(finding)
    for (let n = 2; used.has(id); n++) id = `${findingId(finding)}-${n}`
    used.add(id)
    ids.set(finding, id)
  }
  const sourcesOf = (finding: Finding) =>
    sortedUnique(
      finding.evidence
        .map((path) => records.get(path)?.source)
        .filter((s): s is string => !!s)
        .concat(finding.evidence.length === 0 ? [finding.check.split('.')[0]!] : [])
    )
  const findingsOf = (framework: FrameworkId, control: ControlResult) =>
    input.findings.filter((f) => (f.controls[framework] ?? []).includes(control.id))

  const index: ReportIndex = { controls: {}, findings: {} }
  for (const [framework, report] of frameworks) {
    for (const control of report.controls) {
      const tagged = findingsOf(framework, control)
      index.controls[controlKey(framework, control.id)] = {
        status: String(control.status),
        frameworks: [framework],
        sources: sortedUnique(tagged.flatMap(sourcesOf)),
        text: [
          control.id,
          control.title,
          control.group,
          control.status,
          ...control.checks,
          ...tagged.map((f) => f.subject),
          ...tagged.map((f) => ids.get(f)!)
        ]
          .join(' ')
          .toLowerCase()
      }
    }
  }
  for (const finding of input.findings) {
    index.findings[ids.get(finding)!] = {
      status: finding.status,
      frameworks: Object.keys(finding.controls).filter(
        (fw) => (finding.controls[fw as FrameworkId] ?? []).length > 0
      ),
      sources: sourcesOf(finding),
      text: [ids.get(finding), finding.check, finding.subject, finding.status, finding.message]
        .join(' ')
        .toLowerCase()
    }
  }

  const statuses = sortedUnique(Object.values(index.controls).map((c) => c.status))
  const sources = sortedUnique(Object.values(index.controls).flatMap((c) => c.sources))
  const evidenceAnchor = (path: string) => digestId('e', path)

  const parts: string[] = []
  parts.push(header(input))
  parts.push(`<nav class="filters" aria-label="Filters">
<input type="search" id="search" placeholder="Search controls, checks, subjects, finding ids" aria-label="Search">
<select id="status-filter" aria-label="Status"><option value="">All statuses</option>${statuses.map((s) => `<option value="${h(s)}">${h(statusLabel(s))}</option>`).join('')}</select>
<select id="framework-filter" aria-label="Framework"><option value="">All frameworks</option>${frameworks.map(([fw]) => `<option value="${h(fw)}">${h(fw)}</option>`).join('')}</select>
<select id="source-filter" aria-label="Source"><option value="">All sources</option>${sources.map((s) => `<option value="${h(s)}">${h(s)}</option>`).join('')}</select>
<button type="button" id="clear-filters">Clear</button>
<span id="shown-count" class="note"></span>
</nav>`)

  // Overview: every control of every framework, by theme.
  parts.push('<h2 id="controls" class="first">Controls</h2>')
  for (const [framework, report] of frameworks) {
    parts.push(
      `<h3 id="fw-${slug(framework)}">${h(report.title)} <span class="note">(${h(framework)})</span></h3>`
    )
    parts.push(
      `<p class="counts">${Object.entries(report.counts)
        .map(([s, n]) => `<span>${badge(s)} ${n}</span>`)
        .join('')}</p>`
    )
    parts.push(
      '<table><thead><tr><th>Control</th><th>Title</th><th>Status</th><th>Findings (pass / fail / error / n.a.)</th><th>Sources</th></tr></thead>'
    )
    for (const [group, controls] of groupBy(report.controls, (c) => c.group)) {
      parts.push(`<tbody data-group="${h(group)}"><tr class="group"><th colspan="5">${h(group)}</th></tr>`)
      for (const control of controls) {
        const key = controlKey(framework, control.id)
        const counts = control.findingCounts
        parts.push(
          `<tr data-control="${h(key)}"><td><a href="#${controlAnchor(framework, control.id)}">${h(control.id)}</a></td><td>${h(control.title)}</td><td>${badge(String(control.status))}</td><td>${counts.pass} / ${counts.fail} / ${counts.error} / ${counts.not_applicable}</td><td>${h(index.controls[key]!.sources.join(', '))}</td></tr>`
        )
      }
      parts.push('</tbody>')
    }
    parts.push('</table>')
  }

  // Control details: checks with population and period, findings with ids.
  parts.push('<h2 id="control-details">Control details</h2>')
  for (const [framework, report] of frameworks) {
    for (const control of report.controls) {
      const tagged = findingsOf(framework, control)
      parts.push(
        `<section class="control" id="${controlAnchor(framework, control.id)}" data-control="${h(controlKey(framework, control.id))}">`
      )
      parts.push(
        `<h3>${h(framework)} ${h(control.id)} ${h(control.title)} ${badge(String(control.status))}</h3>`
      )
      parts.push(`<p class="note">${h(control.group)}</p>`)
      if (!control.applicable)
        parts.push(
          `<p>Excluded from the Statement of Applicability: ${h(control.justification ?? '(no justification given)')}</p>`
        )
      else if (control.justification) parts.push(`<p>Justification: ${h(control.justification)}</p>`)
      if (control.manualEvidence?.length)
        parts.push(
          `<p>Manual evidence named in the config: ${control.manualEvidence.map((e) => `<code>${h(e)}</code>`).join(', ')}</p>`
        )
      if (control.checks.length === 0) {
        parts.push(
          '<p class="note">No automated check evidences this control: its status rests on manual evidence.</p>'
        )
      } else {
        parts.push(
          '<h4>Checks</h4><table><thead><tr><th>Check</th><th>Population</th><th>Period</th><th>Results</th></tr></thead><tbody>'
        )
        for (const checkId of control.checks) {
          const ofCheck = tagged.filter((f) => f.check === checkId)
          parts.push(
            `<tr><td><a href="#${checkAnchor(checkId)}">${h(checkId)}</a><br><span class="note">${h(checks.get(checkId)?.title ?? '')}</span></td><td>${population(ofCheck)}</td><td>${periodText(input.period)}</td><td>${resultCounts(ofCheck)}</td></tr>`
          )
        }
        parts.push('</tbody></table>')
      }
      if (tagged.length > 0) {
        parts.push('<h4>Findings</h4><ul class="plain">')
        for (const f of tagged)
          parts.push(
            `<li>${findingLink(ids.get(f)!)} ${badge(f.status)} <code>${h(f.check)}</code> on <strong>${h(f.subject)}</strong></li>`
          )
        parts.push('</ul>')
      }
      parts.push('</section>')
    }
  }

  // Checks: what each check is, and the population it saw over the period.
  parts.push('<h2 id="checks">Checks</h2>')
  const checkIds = sortedUnique([...input.checks.map((c) => c.id), ...input.findings.map((f) => f.check)])
  for (const checkId of checkIds) {
    const check = checks.get(checkId)
    const ofCheck = input.findings.filter((f) => f.check === checkId)
    parts.push(
      `<section class="check" id="${checkAnchor(checkId)}"><h3><code>${h(checkId)}</code> ${h(check?.title ?? '')}</h3>`
    )
    if (check)
      parts.push(
        `<dl class="meta"><dt>Version</dt><dd>${h(check.version)}</dd><dt>Severity</dt><dd>${h(check.severity)}</dd><dt>Why it matters</dt><dd>${h(check.rationale)}</dd><dt>To fix</dt><dd>${h(check.remediation)}</dd><dt>Population</dt><dd>${population(ofCheck)}</dd><dt>Period</dt><dd>${periodText(input.period)}</dd><dt>Results</dt><dd>${resultCounts(ofCheck)}</dd></dl>`
      )
    if (ofCheck.length > 0) {
      parts.push('<ul class="plain">')
      for (const f of ofCheck)
        parts.push(`<li>${findingLink(ids.get(f)!)} ${badge(f.status)} ${h(f.subject)}</li>`)
      parts.push('</ul>')
    }
    parts.push('</section>')
  }

  // Findings: message, controls, evidence links, the items behind a failure.
  parts.push('<h2 id="findings">Findings</h2>')
  if (input.findings.length === 0) parts.push('<p class="note">No findings.</p>')
  for (const f of input.findings) {
    const id = ids.get(f)!
    parts.push(
      `<article class="finding" id="${h(id)}" data-finding="${h(id)}"><h3><span class="mono">${h(id)}</span> ${badge(f.status)} <code>${h(f.check)}</code></h3>`
    )
    parts.push(
      `<dl class="meta"><dt>Subject</dt><dd>${h(f.subject)}</dd><dt>Message</dt><dd>${h(f.message)}</dd><dt>Check</dt><dd><a href="#${checkAnchor(f.check)}">${h(f.check)}</a></dd><dt>Controls</dt><dd>${
        frameworks
          .flatMap(([fw]) =>
            (f.controls[fw] ?? []).map((c) => `<a href="#${controlAnchor(fw, c)}">${h(fw)} ${h(c)}</a>`)
          )
          .join(', ') || '<span class="note">none</span>'
      }</dd></dl>`
    )
    if (f.evidence.length > 0) {
      parts.push('<h4>Evidence</h4><ul class="plain">')
      for (const path of f.evidence)
        parts.push(
          `<li><a href="#${evidenceAnchor(path)}"><code>${h(path)}</code></a>${hashes.has(path) ? ` <span class="note mono">sha256 ${h(hashes.get(path)!)}</span>` : ''}</li>`
        )
      parts.push('</ul>')
    }
    if (f.details?.length)
      parts.push(
        `<details><summary>${f.details.length} item(s) behind this result</summary>${renderJsonBlock(f.details, budget, `findings.json (${id})`)}</details>`
      )
    if (f.locations?.length)
      parts.push(
        `<ul>${f.locations.map((l) => `<li><code>${h(l.path)}:${h(l.line)}</code> ${h(l.message)}</li>`).join('')}</ul>`
      )
    parts.push('</article>')
  }

  // Evidence records, as recorded.
  parts.push('<h2 id="evidence">Evidence records</h2>')
  const cited = new Set(input.findings.flatMap((f) => f.evidence))
  const ordered = [...input.evidence].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  parts.push(
    `<p class="note">${ordered.length} record(s), ${ordered.filter((r) => cited.has(r.path)).length} cited by a finding.</p>`
  )
  for (const record of ordered)
    parts.push(
      renderEvidenceRecord(record, {
        id: evidenceAnchor(record.path),
        sha256: hashes.get(record.path),
        budget
      })
    )

  const style = REPORT_CSS
  const script = REPORT_SCRIPT
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${base64Sha256(style)}'`,
    `script-src 'sha256-${base64Sha256(script)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join('; ')
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(`Evidence report: ${input.scope}`)}</title>
<style>${style}</style>
</head>
<body>
${parts.join('\n')}
<script type="application/json" id="report-index">${scriptJson(index)}</script>
<script>${script}</script>
</body>
</html>
`
}

function header(input: ReportInput): string {
  const run = `${input.run.id}${input.run.attempt ? ` attempt ${input.run.attempt}` : ''}`
  return `<header>
<h1>Evidence report: ${h(input.scope)}</h1>
<dl class="meta">
<dt>Period</dt><dd>${periodText(input.period)}</dd>
<dt>Collected</dt><dd>${h(input.startedAt)} to ${h(input.finishedAt)}</dd>
<dt>Tool</dt><dd>${h(input.tool.name)} ${h(input.tool.version)}${input.mode ? ` (${h(input.mode)})` : ''}</dd>
<dt>Run</dt><dd>${h(run)}${input.run.repository ? ` in ${h(input.run.repository)}` : ''}${input.run.workflow ? `, workflow ${h(input.run.workflow)}` : ''}${input.run.commit ? `, commit <code>${h(input.run.commit)}</code>` : ''}</dd>
<dt>Config</dt><dd>${h(input.config.path ?? '(defaults)')} <span class="mono">sha256 ${h(input.config.sha256)}</span></dd>
<dt>Integrity</dt><dd>This page is one of the files <code>manifest.json</code> lists with its SHA-256; the bundle key, chain link and signature are there. Check them with <code>annex-evidence verify &lt;bundle dir&gt;</code>.</dd>
</dl>
<p class="no-print"><a href="#controls">Controls</a> · <a href="#control-details">Control details</a> · <a href="#checks">Checks</a> · <a href="#findings">Findings</a> · <a href="#evidence">Evidence records</a></p>
</header>`
}

const controlKey = (framework: string, id: string) => `${framework}/${id}`
const controlAnchor = (framework: string, id: string) => `c-${slug(framework)}-${slug(id)}`
const checkAnchor = (id: string) => `k-${slug(id)}`
const findingLink = (id: string) => `<a href="#${h(id)}" class="mono">${h(id)}</a>`

/** A status badge from whatever status string the data holds: label and CSS class both derived from it. */
function badge(status: string): string {
  return `<span class="status s-${h(slug(status))}">${h(statusLabel(status))}</span>`
}

function periodText(period: EvaluationPeriod): string {
  return `${h(period.start)} to ${h(period.end)} (${h(period.expression)})`
}

/** The population a check evaluated: its subjects, and the items behind its results. */
function population(findings: Finding[]): string {
  if (findings.length === 0) return '<span class="note">no subject evaluated</span>'
  const subjects = sortedUnique(findings.map((f) => f.subject))
  const items = findings.reduce((n, f) => n + (f.details?.length ?? 0), 0)
  const shown = subjects
    .slice(0, 10)
    .map((s) => h(s))
    .join(', ')
  return `${subjects.length} subject(s): ${shown}${subjects.length > 10 ? ', …' : ''}${items > 0 ? `; ${items} item(s) behind the results` : ''}`
}

function resultCounts(findings: Finding[]): string {
  if (findings.length === 0) return '<span class="note">no findings</span>'
  const counts = new Map<string, number>()
  for (const f of findings) counts.set(f.status, (counts.get(f.status) ?? 0) + 1)
  return [...counts].map(([s, n]) => `${badge(s)} ${n}`).join(' ')
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const list = map.get(key(item))
    if (list) list.push(item)
    else map.set(key(item), [item])
  }
  return map
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort()
}

function base64Sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64')
}
