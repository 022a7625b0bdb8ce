import type { EvidenceRecord } from '../../model.js'
import { escapeHtml as h } from './text.js'

/** How much JSON may still be embedded: per block, and for the whole page. */
export interface JsonBudget {
  perRecord: number
  remaining: number
}

/**
 * Pretty JSON in a `<pre>`, escaped, cut at the per-record cap (and not embedded at all once the page's
 * budget is spent), with a note saying how much was left out and where the whole of it is.
 */
export function renderJsonBlock(value: unknown, budget: JsonBudget, whole: string): string {
  const json = JSON.stringify(value, null, 2) ?? 'undefined'
  if (budget.remaining <= 0) {
    return `<p class="truncated">Not embedded (${json.length} characters): this report's size limit is reached. The whole of it is in <code>${h(whole)}</code>.</p>`
  }
  const cap = Math.min(budget.perRecord, budget.remaining)
  const shown = json.length > cap ? json.slice(0, cap) : json
  budget.remaining -= shown.length
  const note =
    shown.length < json.length
      ? `<p class="truncated">Truncated: the first ${shown.length} of ${json.length} characters are shown. The whole of it is in <code>${h(whole)}</code>.</p>`
      : ''
  return `${note}<pre>${h(shown)}</pre>`
}

/**
 * Where a record carried forward from an earlier bundle came from (`data.carriedFrom` of activity records,
 * `notes.carriedFrom` of webhook listings), when the record says so in strings; undefined otherwise.
 */
function carriedFromOf(record: EvidenceRecord): Record<string, string> | undefined {
  for (const holder of [record.data, record.notes]) {
    const from = (holder as { carriedFrom?: unknown } | null | undefined)?.carriedFrom
    if (!from || typeof from !== 'object' || Array.isArray(from)) continue
    const fields = Object.fromEntries(
      Object.entries(from as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === 'string'
      )
    )
    if (fields.bundle && fields.sha256) return fields
  }
  return undefined
}

function renderCarriedFrom(from: Record<string, string>): string {
  const asked = from.readAt ? `, as GitHub answered on ${h(from.readAt)}` : ''
  const vouched = from.auditLog
    ? `; the audit log (<code>${h(from.auditLog)}</code>) records no change to it through ${h(from.through ?? '')}`
    : from.through
      ? `; complete through ${h(from.through)}`
      : ''
  return `<p class="note">No request this run: carried forward from bundle <code>${h(from.bundle)}</code>, its record <code>${h(from.path ?? '')}</code> (SHA-256 <span class="mono">${h(from.sha256)}</span>)${asked}${vouched}. <code>verify</code> of that bundle checks the hash.</p>`
}

/** One evidence record as recorded: what was asked and answered (request, time, response hash), and the data. */
export function renderEvidenceRecord(
  record: EvidenceRecord,
  options: { id: string; sha256?: string; budget: JsonBudget }
): string {
  const requests = Array.isArray(record.requests) ? record.requests : []
  const carriedFrom = requests.length > 0 ? undefined : carriedFromOf(record)
  const rows = requests
    .map(
      (r) =>
        `<tr><td>${h(r.method)}</td><td><code>${h(r.path)}</code>${r.operation ? `<br><span class="note">${h(r.operation)}</span>` : ''}</td><td>${h(r.status)}${r.notModified ? ' (304: not modified)' : ''}</td><td>${h(r.time)}</td><td class="mono">${h(r.responseSha256 ?? '')}</td></tr>`
    )
    .join('')
  return `<article class="evidence" id="${h(options.id)}">
<h3><code>${h(record.path)}</code></h3>
<dl class="meta"><dt>File SHA-256</dt><dd class="mono">${h(options.sha256 ?? '(not in the manifest)')}</dd><dt>Source</dt><dd>${h(record.source)}</dd><dt>Subject</dt><dd>${h(record.subject)}</dd><dt>Kind</dt><dd><code>${h(record.kind)}</code></dd></dl>
${
  requests.length > 0
    ? `<table><thead><tr><th>Method</th><th>Request</th><th>Status</th><th>Time</th><th>Response SHA-256</th></tr></thead><tbody>${rows}</tbody></table>`
    : carriedFrom
      ? renderCarriedFrom(carriedFrom)
      : '<p class="note">No request recorded (read from the workspace or derived).</p>'
}
${record.error ? `<p><strong>Not collected:</strong> ${h(record.error.message)}${record.error.status !== undefined ? ` (HTTP ${h(record.error.status)})` : ''}${record.error.missingPermission ? `; needs <code>${h(record.error.missingPermission)}</code>` : ''}</p>` : ''}
${record.notes ? `<details><summary>Collection notes</summary>${renderJsonBlock(record.notes, options.budget, record.path)}</details>` : ''}
${record.data !== undefined ? `<details><summary>Data</summary>${renderJsonBlock(record.data, options.budget, record.path)}</details>` : ''}
</article>`
}
