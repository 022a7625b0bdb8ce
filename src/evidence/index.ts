import type { EvidenceRecord } from '../model.js'

/**
 * Evidence of a run, looked up by subject and kind: what checks read. A subject may have several records
 * of one kind (pages of a large listing, each its own file); `all` returns every one, `get` the first.
 */
export class EvidenceIndex {
  private readonly byPath = new Map<string, EvidenceRecord>()
  private readonly first = new Map<string, EvidenceRecord>()

  constructor(records: Iterable<EvidenceRecord> = []) {
    for (const record of records) this.put(record)
  }

  put(record: EvidenceRecord): void {
    this.byPath.set(record.path, record)
    const key = `${record.kind}\u0000${record.subject}`
    const current = this.first.get(key)
    if (!current || record.path < current.path) this.first.set(key, record)
  }

  get<T>(kind: string, subject: string): EvidenceRecord<T> | undefined {
    return this.first.get(`${kind}\u0000${subject}`) as EvidenceRecord<T> | undefined
  }

  /** Every record of a kind, in subject then path order so findings come out in a stable order. */
  all<T>(kind: string): EvidenceRecord<T>[] {
    return [...this.byPath.values()]
      .filter((record) => record.kind === kind)
      .sort(
        (a, b) => a.subject.localeCompare(b.subject) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
      ) as EvidenceRecord<T>[]
  }
}
