import { stringify } from 'csv-stringify/sync'

/**
 * RFC 4180 CSV (CRLF line ends, the last record's included; fields quoted when needed), written by
 * csv-stringify as the SoA is. Bundle text is hostile: a cell that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab, CR first, or their full-width forms) gets a leading `'` (csv-stringify's
 * `escape_formulas`, OWASP's advice for CSV injection), so opening the export in Excel or LibreOffice
 * runs nothing.
 */
export function renderCsv(header: string[], rows: string[][]): string {
  return stringify([header, ...rows], { record_delimiter: '\r\n', escape_formulas: true })
}
