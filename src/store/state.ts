import { createHash } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { EvidenceStore } from './store.js'

/**
 * What a source keeps between runs (GitHub's ETags and the bodies they confirm), kept in the evidence store
 * itself, beside the bundles: a hosted runner starts empty, and with the state in the bucket (or directory) it
 * needs no cache step. Stores never overwrite, so each run writes a new object
 * `<scope>/state/<name>/<time>-<run>.json.gz` and the next run reads the newest. The keys do not have a bundle's
 * `<scope>/YYYY/MM/DD/…` shape, so nothing that reads bundles takes them for one.
 */
export interface SourceState {
  /** The newest state written under `name`, or undefined (none yet, or unreadable: that only costs requests). */
  read(name: string): Promise<Buffer | undefined>
  write(name: string, data: Buffer): Promise<void>
}

/** Largest state object read back (compressed), against a store someone else can write to. */
const MAX_STATE_BYTES = 64 * 1024 * 1024

export class StoreState implements SourceState {
  constructor(
    private readonly store: EvidenceStore,
    private readonly scope: string,
    /** A local directory for the file `put` uploads. */
    private readonly spoolDir: string,
    /** `<time>-<run>`, unique per run, sorting by time. */
    private readonly stamp: string
  ) {}

  private prefix(name: string): string {
    return `${this.scope}/state/${name}/`
  }

  async read(name: string): Promise<Buffer | undefined> {
    try {
      let newest: { key: string; size: number } | undefined
      for await (const object of this.store.list(this.prefix(name))) {
        if (!object.key.endsWith('.json.gz')) continue
        if (!newest || object.key > newest.key) newest = object
      }
      if (!newest || newest.size > MAX_STATE_BYTES) return undefined
      const chunks: Buffer[] = []
      let size = 0
      for await (const chunk of await this.store.get(newest.key)) {
        size += (chunk as Buffer).length
        if (size > MAX_STATE_BYTES) return undefined
        chunks.push(chunk as Buffer)
      }
      return gunzipSync(Buffer.concat(chunks), { maxOutputLength: 16 * MAX_STATE_BYTES })
    } catch {
      return undefined
    }
  }

  async write(name: string, data: Buffer): Promise<void> {
    const body = gzipSync(data)
    await mkdir(this.spoolDir, { recursive: true })
    const file = join(this.spoolDir, `state-${name}-${process.pid}.json.gz`)
    await writeFile(file, body)
    try {
      await this.store.put(`${this.prefix(name)}${this.stamp}.json.gz`, file, {
        sha256: createHash('sha256').update(body).digest('hex'),
        size: body.length,
        contentType: 'application/gzip'
      })
    } finally {
      await rm(file, { force: true })
    }
  }
}
