import type { EvidenceStore } from './store.js'

/**
 * An object of the store read whole, refused past `maxBytes`: a store may hold anything, and what the run reads
 * back from it (earlier bundles) is hostile input until its hash has been checked.
 */
export async function readBounded(store: EvidenceStore, key: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of await store.get(key)) {
    size += (chunk as Buffer).length
    if (size > maxBytes) throw new Error(`larger than ${maxBytes} bytes`)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}
