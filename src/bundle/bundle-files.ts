import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { Readable } from 'node:stream'
import type { EvidenceStore } from '../store/store.js'
import { sha256File } from './hash.js'

/**
 * The files of one bundle, wherever they are: a directory on disk, or objects in a store read as
 * streams (nothing written to disk). Paths are `/`-separated and relative to the bundle.
 */
export interface BundleFiles {
  /** How the bundle is named in messages. */
  readonly location: string
  list(): Promise<string[]>
  /** The whole file, or undefined when it does not exist. */
  read(path: string): Promise<Buffer | undefined>
  sha256(path: string): Promise<{ sha256: string; size: number }>
}

/**
 * Why a relative path inside a bundle (an object key, a manifest entry) is unsafe, or undefined when it is
 * safe: it must not climb out (`..`), be absolute, hold a backslash, NUL or drive letter, or have empty or
 * `.` segments, since any of those could name a place outside the bundle once joined to a local path.
 */
export function unsafePath(path: string): string | undefined {
  if (path === '') return 'is empty'
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'is an absolute path'
  if (path.includes('\\')) return 'contains a backslash'
  if (path.includes('\0')) return 'contains a NUL character'
  const segments = path.split('/')
  if (segments.includes('..')) return 'has a ".." segment'
  if (segments.some((segment) => segment === '' || segment === '.')) return 'has an empty or "." segment'
  return undefined
}

export class DirectoryBundle implements BundleFiles {
  constructor(readonly location: string) {}

  async list(): Promise<string[]> {
    const entries = await readdir(this.location, { recursive: true, withFileTypes: true })
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(this.location, join(entry.parentPath, entry.name)).split(sep).join('/'))
  }

  async read(path: string): Promise<Buffer | undefined> {
    return readFile(join(this.location, ...path.split('/'))).catch(() => undefined)
  }

  sha256(path: string): Promise<{ sha256: string; size: number }> {
    return sha256File(join(this.location, ...path.split('/')))
  }
}

/** A bundle in a store, read object by object as streams; `objects` are the keys found under it, all safe. */
export class StoredBundle implements BundleFiles {
  readonly location: string

  constructor(
    private readonly store: EvidenceStore,
    private readonly key: string,
    private readonly objects: string[]
  ) {
    this.location = store.uri(key)
  }

  list(): Promise<string[]> {
    return Promise.resolve([...this.objects])
  }

  async read(path: string): Promise<Buffer | undefined> {
    if (!this.objects.includes(path)) return undefined
    const chunks: Buffer[] = []
    for await (const chunk of await this.open(path)) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }

  async sha256(path: string): Promise<{ sha256: string; size: number }> {
    const hash = createHash('sha256')
    let size = 0
    for await (const chunk of await this.open(path)) {
      hash.update(chunk as Buffer)
      size += (chunk as Buffer).length
    }
    return { sha256: hash.digest('hex'), size }
  }

  private open(path: string): Promise<Readable> {
    return this.store.get(`${this.key}/${path}`)
  }
}
