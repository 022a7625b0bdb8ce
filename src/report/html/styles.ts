/** The report's only stylesheet, inline: the file opens from `file://` with no network. */
export const REPORT_CSS = `
:root { --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg-soft: #f6f8fa; --link: #0550ae; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); margin: 0 auto; padding: 0 1.5rem 3rem; max-width: 1200px; }
h1 { font-size: 1.6rem; margin: 1.2rem 0 0.4rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; border-bottom: 2px solid var(--line); padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 0.9rem 0 0.3rem; }
a { color: var(--link); }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
pre { background: var(--bg-soft); border: 1px solid var(--line); padding: 0.6rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; max-height: 32rem; overflow-y: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.3rem 0 0.8rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: var(--bg-soft); font-weight: 600; }
tr.group th { background: #eaeef2; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.4rem 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; word-break: break-all; }
.status { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 1rem; font-size: 12px; font-weight: 600; white-space: nowrap; background: #eaeef2; color: #24292f; border: 1px solid #afb8c1; }
.s-failing, .s-fail { background: #ffebe9; color: #82071e; border-color: #ff8182; }
.s-error { background: #fff1e5; color: #953800; border-color: #ffb77c; }
.s-automated-pass, .s-satisfied, .s-pass { background: #ddf4ff; color: #0a3069; border-color: #80ccff; }
.s-effective { background: #dafbe1; color: #116329; border-color: #4ac26b; }
.s-manual { background: #fff8c5; color: #633c01; border-color: #d4a72c; }
.s-excluded, .s-not-applicable, .s-not_applicable { background: #f6f8fa; color: #57606a; border-color: #d0d7de; }
.filters { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: 0.6rem 0; display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: center; z-index: 1; }
.filters input[type=search] { flex: 1 1 16rem; padding: 0.3rem 0.5rem; }
.filters select { padding: 0.25rem; }
.note { color: var(--muted); }
.truncated { color: #953800; font-weight: 600; }
section.control, article.finding, article.evidence, section.check { border: 1px solid var(--line); border-radius: 6px; padding: 0.2rem 0.9rem 0.6rem; margin: 0.8rem 0; }
:target { outline: 3px solid #0969da; outline-offset: 2px; }
details > summary { cursor: pointer; color: var(--link); }
ul.plain { list-style: none; padding-left: 0; margin: 0.2rem 0; }
.counts span { margin-right: 0.6rem; }
[hidden] { display: none !important; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  .filters, .no-print { display: none !important; }
  a { color: inherit; text-decoration: none; }
  pre { max-height: none; overflow: visible; }
  section.control, article.finding, article.evidence, section.check, tr { break-inside: avoid; }
  h2 { break-before: page; }
  h2.first { break-before: auto; }
  :target { outline: none; }
}
`
