import type { EvidenceRecord } from '../model.js'

/** Where collectors put evidence as soon as they have it (the bundle writer, in a run). */
export interface EvidenceSink {
  add(record: EvidenceRecord): Promise<void>
}

/** Evidence of a run, looked up by subject and kind: what checks read. */
export class EvidenceIndex {
  private readonly byKey = new Map<string, EvidenceRecord>()

  constructor(records: Iterable<EvidenceRecord> = []) {
    for (const record of records) this.put(record)
  }

  put(record: EvidenceRecord): void {
    this.byKey.set(`${record.kind}\u0000${record.subject}`, record)
  }

  get<T>(kind: string, subject: string): EvidenceRecord<T> | undefined {
    return this.byKey.get(`${kind}\u0000${subject}`) as EvidenceRecord<T> | undefined
  }

  /** Every record of a kind, in subject order so findings come out in a stable order. */
  all<T>(kind: string): EvidenceRecord<T>[] {
    return [...this.byKey.values()]
      .filter((record) => record.kind === kind)
      .sort((a, b) => a.subject.localeCompare(b.subject)) as EvidenceRecord<T>[]
  }
}

/** Keeps records in memory for the checks while also passing them on (to disk). */
export function indexingSink(index: EvidenceIndex, next: EvidenceSink): EvidenceSink {
  return {
    async add(record) {
      index.put(record)
      await next.add(record)
    }
  }
}
