import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

interface Entry {
  etag: string
  data: unknown
  sha256?: string
}

/**
 * ETags and bodies of earlier responses, kept between nightly runs. A conditional request that GitHub
 * answers 304 costs nothing against the primary rate limit, so settings that did not change are almost
 * free to re-collect; the evidence still records the request, its 304 and the body it confirmed.
 */
export class EtagCache {
  private constructor(
    private readonly file: string,
    private readonly entries: Map<string, Entry>,
    private readonly scope: string
  ) {}

  /** The cache is per API and token scope: another token may see other data for the same path. */
  static async open(file: string, scope: string): Promise<EtagCache> {
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as {
        scope?: string
        entries?: Record<string, Entry>
      }
      if (stored.scope === scope && stored.entries)
        return new EtagCache(file, new Map(Object.entries(stored.entries)), scope)
    } catch {
      // A missing or unreadable cache only costs full requests.
    }
    return new EtagCache(file, new Map(), scope)
  }

  /** From a state the store kept (see src/store/state.ts); `file` is where `save()` writes without a store. */
  static fromState(stored: Buffer | undefined, scope: string, file: string): EtagCache {
    try {
      const parsed = stored
        ? (JSON.parse(stored.toString('utf8')) as { scope?: string; entries?: Record<string, Entry> })
        : undefined
      if (parsed?.scope === scope && parsed.entries && typeof parsed.entries === 'object')
        return new EtagCache(file, new Map(Object.entries(parsed.entries)), scope)
    } catch {
      // An unreadable state only costs full requests.
    }
    return new EtagCache(file, new Map(), scope)
  }

  get size(): number {
    return this.entries.size
  }

  toState(): Buffer {
    return Buffer.from(JSON.stringify({ scope: this.scope, entries: Object.fromEntries(this.entries) }))
  }

  get(path: string): Entry | undefined {
    return this.entries.get(path)
  }

  set(path: string, entry: Entry): void {
    this.entries.set(path, entry)
  }

  async save(): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true })
    const temporary = `${this.file}.${process.pid}.tmp`
    await writeFile(
      temporary,
      JSON.stringify({ scope: this.scope, entries: Object.fromEntries(this.entries) })
    )
    await rename(temporary, this.file)
  }
}
