import { createHash } from 'node:crypto'
import type { EvidenceStore } from '../store/store.js'
import { MANIFEST_FILE } from './manifest.js'

/** The link each manifest records to the bundle before it in the same scope. */
export interface ChainLink {
  /** Store key of the bundle directory, e.g. `acme/2026/11/24/20261124T021700Z-123`. */
  key: string
  manifestSha256: string
}

/**
 * Keys of the complete bundles under a scope, oldest first. Keys sort by time because they are
 * `<scope>/YYYY/MM/DD/<UTC timestamp>-<run id>`; a bundle is complete when its manifest exists.
 */
export async function listBundleKeys(store: EvidenceStore, scope: string): Promise<string[]> {
  const keys: string[] = []
  for await (const object of store.list(`${scope}/`)) {
    if (object.key.endsWith(`/${MANIFEST_FILE}`)) keys.push(object.key.slice(0, -MANIFEST_FILE.length - 1))
  }
  return keys.sort()
}

export async function manifestDigest(store: EvidenceStore, bundleKey: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of await store.get(`${bundleKey}/${MANIFEST_FILE}`)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** The newest bundle of the scope in any of the stores (the destination, and bundles still waiting in the spool). */
export async function latestLink(stores: EvidenceStore[], scope: string): Promise<ChainLink | null> {
  let latest: { key: string; store: EvidenceStore } | undefined
  for (const store of stores) {
    const keys = await listBundleKeys(store, scope)
    const newest = keys[keys.length - 1]
    if (newest && (!latest || newest > latest.key)) latest = { key: newest, store }
  }
  return latest ? { key: latest.key, manifestSha256: await manifestDigest(latest.store, latest.key) } : null
}
