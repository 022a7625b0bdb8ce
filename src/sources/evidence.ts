import type { EvidenceRecord } from '../model.js'
import { redactValue } from '../util/redact.js'
import type { EvidenceIndex } from '../evidence/index.js'

export { EvidenceIndex } from '../evidence/index.js'

/** Where collectors put evidence as soon as they have it (the bundle writer, in a run). */
export interface EvidenceSink {
  add(record: EvidenceRecord): Promise<void>
}

/**
 * Keeps records in memory for the checks while also passing them on (to disk). Records are redacted
 * first (a server may echo a token in an error body), so the checks, and `verify` re-deriving them
 * from the bundle, see the same evidence.
 */
export function indexingSink(index: EvidenceIndex, next: EvidenceSink): EvidenceSink {
  return {
    async add(collected) {
      const record = redactValue(collected)
      index.put(record)
      await next.add(record)
    }
  }
}
