import { createHash } from 'node:crypto'

/** Bidirectional overrides and isolates ("Trojan Source"), which make a name display as something else. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g
/** C0/C1 controls other than tab and newline. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/**
 * Untrusted text (evidence, subjects, messages) as HTML text or a quoted attribute value: every character
 * that could open a tag, an entity or end an attribute is encoded, and controls and bidi overrides are
 * removed so a name cannot display as another. Newlines stay (for `<pre>`).
 */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(CONTROLS, '')
    .replace(BIDI, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` as \u escapes, so no `</script>`
 * or `<!--` in the data can end the block or change how the parser reads it; JSON.parse reads them back.
 */
export function scriptJson(value: unknown): string {
  return (
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      // Line separators and bidi overrides as escapes too: the same data, nothing that reorders the source.
      .replace(
        /[\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
      )
  )
}

/** An element id for an untrusted name (an evidence path): a digest, so any name gives a safe, unique id. */
export function digestId(prefix: string, name: string): string {
  return `${prefix}-${createHash('sha256').update(name).digest('hex').slice(0, 16)}`
}

/** An element id or CSS class part from a known name (a control id, a status): letters, digits, `.`, `-`, `_`. */
export function slug(value: string): string {
  return String(value).replace(/[^A-Za-z0-9._-]/g, '_')
}

/** A status as words: `automated-pass` → `automated pass`, `not_applicable` → `not applicable`. */
export function statusLabel(status: string): string {
  return String(status).replace(/[-_]+/g, ' ')
}
