import type { Readable } from 'node:stream'

export interface StoredObjectInfo {
  /** Relative to the store's root (the destination prefix). */
  key: string
  size: number
}

export interface PutMetadata {
  sha256: string
  size: number
  contentType: string
}

/**
 * Where bundles are kept. Keys are `/`-separated and relative to the destination (a directory or an
 * `s3://bucket/prefix`). `put` never overwrites: an existing key is an `ObjectExistsError`.
 */
export interface EvidenceStore {
  /** How a person would name the destination, e.g. `s3://bucket/prefix` or a directory path. */
  readonly location: string
  put(key: string, file: string, metadata: PutMetadata): Promise<void>
  get(key: string): Promise<Readable>
  head(key: string): Promise<StoredObjectInfo | undefined>
  list(prefix: string): AsyncIterable<StoredObjectInfo>
  /** The full address of a key, for messages and outputs. */
  uri(key: string): string
}

export class ObjectExistsError extends Error {
  override name = 'ObjectExistsError'
  constructor(readonly uri: string) {
    super(`${uri} already exists: bundles are never overwritten`)
  }
}

export const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  sig: 'application/json',
  gz: 'application/gzip'
}

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream'
}
