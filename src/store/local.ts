import { constants, createReadStream } from 'node:fs'
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { Readable } from 'node:stream'
import { ObjectExistsError, type EvidenceStore, type StoredObjectInfo } from './store.js'

/** A directory as a store; the default destination. */
export class LocalStore implements EvidenceStore {
  readonly location: string

  constructor(root: string) {
    this.location = resolve(root)
  }

  uri(key: string): string {
    return join(this.location, ...key.split('/'))
  }

  async put(key: string, file: string): Promise<void> {
    const target = this.uri(key)
    await mkdir(dirname(target), { recursive: true })
    try {
      await copyFile(file, target, constants.COPYFILE_EXCL)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ObjectExistsError(target)
      throw error
    }
  }

  get(key: string): Promise<Readable> {
    return Promise.resolve(createReadStream(this.uri(key)))
  }

  async head(key: string): Promise<StoredObjectInfo | undefined> {
    const info = await stat(this.uri(key)).catch(() => undefined)
    return info?.isFile() ? { key, size: info.size } : undefined
  }

  async *list(prefix: string): AsyncIterable<StoredObjectInfo> {
    const base = this.uri(prefix.replace(/\/[^/]*$/, ''))
    const entries = await readdir(base, { recursive: true, withFileTypes: true }).catch(() => [])
    const keys: StoredObjectInfo[] = []
    for (const entry of entries) {
      if (!entry.isFile()) continue
      const key = relative(this.location, join(entry.parentPath, entry.name)).split(sep).join('/')
      // Partial bundles being written are hidden (`.name.partial`) and not part of the store yet.
      if (!key.startsWith(prefix) || key.split('/').some((part) => part.startsWith('.'))) continue
      keys.push({ key, size: (await stat(join(entry.parentPath, entry.name))).size })
    }
    yield* keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  }
}
