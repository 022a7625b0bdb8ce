import { z } from 'zod'
import type { ChainLink } from '../bundle/chain.js'
import { sha256Hex } from '../bundle/hash.js'
import { MANIFEST_FILE } from '../bundle/manifest.js'
import { checkManifestSignature, SIGNATURE_FILE } from '../bundle/signing.js'
import type { KeyObject } from 'node:crypto'
import type { EvidenceRecord } from '../model.js'
import type { EvidenceStore } from './store.js'
import { readBounded } from './read-bounded.js'

/** An evidence file larger than this is not read back (a hostile store could hand over anything). */
const MAX_RECORD_BYTES = 16 * 1024 * 1024

/** The manifest fields a carried record needs; the signature and the chain are `verify`'s to check. */
const previousManifest = z.object({
  bundleKey: z.string(),
  period: z.object({ start: z.string(), end: z.string() }),
  shard: z.unknown().optional(),
  files: z.array(z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }))
})

const recordShape = z.object({
  path: z.string(),
  source: z.string(),
  subject: z.string(),
  kind: z.string(),
  requests: z.array(z.unknown()),
  data: z.unknown().optional(),
  error: z.unknown().optional(),
  notes: z.record(z.string(), z.unknown()).optional()
})

/** The chain's newest bundle, from which a source may carry forward facts that cannot have changed. */
export interface PreviousBundle {
  key: string
  manifestSha256: string
  period: { start: string; end: string }
  /**
   * The record the bundle sealed at `path` with its SHA-256, or undefined when the manifest does not list it,
   * it cannot be read, its bytes differ from the manifest, or it is not a record of that path.
   */
  record(path: string): Promise<{ record: EvidenceRecord; sha256: string } | undefined>
}

/**
 * Opens the bundle the chain head names. It is used only when its manifest's SHA-256 is the head's (the
 * link the new bundle records as `previous`) and names itself with the head's key; a partial bundle (a
 * shard) is never a head. When this run signs, the previous manifest must carry a valid signature by the
 * same key: the head object can be moved by anyone who may write to the store, a signature only by the
 * key's holder. Anything else is no previous bundle: the source then asks GitHub in full.
 */
export async function openPreviousBundle(
  store: EvidenceStore,
  head: ChainLink | null,
  signer?: { publicKey: KeyObject; fingerprint: string }
): Promise<PreviousBundle | undefined> {
  if (!head) return undefined
  const bytes = await readRecordBytes(store, `${head.key}/${MANIFEST_FILE}`)
  if (!bytes || sha256Hex(bytes) !== head.manifestSha256) return undefined
  if (signer) {
    const signature = await readRecordBytes(store, `${head.key}/${SIGNATURE_FILE}`)
    const check = checkManifestSignature(bytes, signature?.toString('utf8'), [signer])
    if (check.status !== 'valid') return undefined
  }
  const parsed = previousManifest.safeParse(safeJson(bytes))
  if (!parsed.success || parsed.data.bundleKey !== head.key || parsed.data.shard !== undefined)
    return undefined
  const listed = new Map(parsed.data.files.map((file) => [file.path, file.sha256]))
  return {
    key: head.key,
    manifestSha256: head.manifestSha256,
    period: parsed.data.period,
    async record(path) {
      const sha256 = listed.get(path)
      if (!sha256) return undefined
      const body = await readRecordBytes(store, `${head.key}/${path}`)
      if (!body || sha256Hex(body) !== sha256) return undefined
      const record = recordShape.safeParse(safeJson(body))
      if (!record.success || record.data.path !== path) return undefined
      return { record: record.data as EvidenceRecord, sha256 }
    }
  }
}

function safeJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    return undefined
  }
}

/** The object, or undefined when it cannot be read or is larger than a record may be. */
async function readRecordBytes(store: EvidenceStore, key: string): Promise<Buffer | undefined> {
  try {
    return await readBounded(store, key, MAX_RECORD_BYTES)
  } catch {
    return undefined
  }
}
