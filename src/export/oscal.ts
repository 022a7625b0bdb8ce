import type { Finding } from '../model.js'

/**
 * HOOK (issue 13 §6): the OSCAL assessment-results document of the export. Another change adds a pure
 * builder under `src/oscal/`; when it lands, call it here with the period's findings and evidence (file →
 * SHA-256) and return its JSON text, and the export writes it to `oscal/assessment-results.json`. Until
 * then nothing is written, and the export's index says so instead of claiming a document.
 */
export interface OscalInput {
  period: { start: string; end: string }
  bundles: { key: string; manifestSha256: string; findings: Finding[]; sha256: Map<string, string> }[]
}

export const OSCAL_FILE = 'oscal/assessment-results.json'

export function exportOscal(input: OscalInput): string | undefined {
  void input
  return undefined
}
