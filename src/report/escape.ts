/**
 * Untrusted text (file names, package names, action references, model ids, inventory fields, PR titles,
 * branch names, messages that quote any of these) on the surfaces we write: GitHub-flavoured Markdown with
 * HTML (sticky comment, check-run summary, job summary), plain text (annotations, SARIF) and the workflow log.
 */

/** Bidirectional overrides and isolates ("Trojan Source"), which make a name display as something else. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g
/** C0/C1 controls other than tab and newline, and the line/paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/g
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
/**
 * Markdown punctuation that changes the meaning of inline text: emphasis and strikethrough (`*`, `_`, `~`),
 * links, images and footnotes (all need `[`), code spans, table cells (`|`), math (`$`) and the escape
 * itself. CommonMark lets ASCII punctuation be backslash-escaped, and GFM table cells honour `\|`. Values are
 * put on one line; only at its start can block syntax (headings, lists, quotes) occur, and it is escaped there.
 */
const MARKDOWN = /[\\`*_[\]|~$]/g
const ZERO_WIDTH_SPACE = '\u200B'

/**
 * Makes a value literal text inside Markdown or HTML, on one line: HTML is entity-encoded (no `<details>`,
 * `<img>`, comments that hide the rest), Markdown punctuation backslash-escaped (no links, images, code
 * spans, table cells, headings), `@` and `#` followed by a word get a zero-width space (no @-mentions that
 * notify someone, no cross-references), and newlines, controls and bidi overrides are removed.
 */
export function escapeMarkdown(value: string): string {
  return (
    plainText(value)
      .replace(/[&<>]/g, (c) => HTML[c]!)
      .replace(MARKDOWN, (c) => `\\${c}`)
      .replace(/([@#])(?=[\w-])/g, `$1${ZERO_WIDTH_SPACE}`)
      // Where a value starts a line: no heading, list item, block quote or setext underline.
      .replace(/^(\s*)([#>+=-])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  )
}

/** A value as inline code (a path, a package, an action reference): escaped, in `<code>`. */
export function codeMarkdown(value: string): string {
  return `<code>${escapeMarkdown(value)}</code>`
}

/**
 * For plain-text surfaces (check-run annotations, SARIF `message.text`): one line, no controls or bidi
 * overrides, at most `max` characters. SARIF readers treat `[text](n)` as an embedded link, so brackets
 * are escaped as SARIF §3.11.6 allows when `sarif` is set.
 */
export function plainText(value: string, options: { max?: number; sarif?: boolean } = {}): string {
  let text = String(value)
    .replace(/\r\n?|\n/g, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI, '')
  if (options.sarif) text = text.replace(/[[\]\\]/g, (c) => `\\${c}`)
  const max = options.max ?? Infinity
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/**
 * A value inside a workflow log line. The runner reads a line starting with `::` as a workflow command
 * (`::add-mask::`, `::stop-commands::`, `::error::`), so an untrusted value must not start a new line nor
 * carry `::`. `%`, CR and LF are escaped as @actions/core escapes command data (`%25`, `%0D`, `%0A`).
 */
export function logValue(value: string): string {
  return String(value)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/::/g, `:${ZERO_WIDTH_SPACE}:`)
    .replace(BIDI, '')
}
