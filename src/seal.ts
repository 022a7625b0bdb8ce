import { relative, join } from 'node:path'
import { ARCHIVE_SUFFIX, writeBundleArchive } from './bundle/archive.js'
import type { ChainLink } from './bundle/chain.js'
import type { ManifestFile, ManifestInput } from './bundle/manifest.js'
import { signManifest, SIGNATURE_FILE, type SigningKey } from './bundle/signing.js'
import { BundleWriter } from './bundle/writer.js'
import { chainHeadOf, type ChainHead } from './store/chain-head.js'
import type { Destination } from './store/destination.js'
import { LocalStore } from './store/local.js'

/** Everything a manifest says except its place in the chain (key, previous) and its signature. */
export type ManifestDraft = Omit<ManifestInput, 'files' | 'previous' | 'bundleKey' | 'signature'>

export interface SealOptions {
  destination: Destination
  signingKey?: SigningKey
  /** The key of a bundle sealed at that time: keys sort by when a bundle took its place in the chain. */
  keyFor: (sealedAt: Date) => string
  log: (message: string) => void
}

export interface SealedBundle {
  bundleKey: string
  dir: string
  archivePath: string
  manifestSha256: string
  previous: ChainLink | null
}

/** The chain head of the destination (S3 conditional writes, or a lock file in a directory). */
export function headOf(destination: Destination): ChainHead {
  return chainHeadOf(
    destination.store,
    destination.remote ? new LocalStore(destination.localRoot) : undefined
  )
}

/**
 * Gives the written bundle its place in the chain: takes the scope's head, links the manifest to it and
 * moves the head to this bundle in one compare-and-swap; when another run got there first, links to that
 * run's bundle instead. Then moves the bundle to its key and writes the archive.
 */
export async function sealBundle(
  writer: BundleWriter,
  manifest: ManifestDraft,
  options: SealOptions
): Promise<SealedBundle> {
  const { destination, signingKey, log } = options
  let marked: string | undefined
  let committed = false
  const advanced = headOf(destination).advance(
    manifest.scope,
    async (previous) => {
      const bundleKey = await keyAfter(previous, options.keyFor)
      if (destination.remote && marked !== bundleKey) {
        if (marked) await destination.spool.remove(marked)
        // Marked as waiting before the head moves: whenever the process dies from here on, the next run finds it.
        await destination.spool.add(bundleKey)
        marked = bundleKey
      }
      const sealed = writer.seal(
        {
          ...manifest,
          bundleKey,
          previous,
          ...(signingKey
            ? { signature: { algorithm: 'ed25519' as const, keyFingerprint: signingKey.fingerprint } }
            : {})
        },
        signingKey ? { file: SIGNATURE_FILE, sign: (bytes) => signManifest(bytes, signingKey) } : undefined
      )
      return {
        link: { key: bundleKey, manifestSha256: sealed.manifestSha256 },
        result: { bundleKey, sealed, manifestSha256: sealed.manifestSha256, previous }
      }
    },
    async ({ bundleKey, sealed }) => {
      await writer.commit(sealed, bundleDirOf(destination, bundleKey))
      committed = true
    },
    log
  )
  const { bundleKey, manifestSha256, previous } = await advanced.catch(async (error: unknown) => {
    if (marked && !committed) await destination.spool.remove(marked)
    throw error
  })
  const dir = bundleDirOf(destination, bundleKey)
  const archivePath = `${dir}${ARCHIVE_SUFFIX}`
  await writeBundleArchive(dir, archivePath, { mtime: new Date(manifest.finishedAt) })
  log(
    previous
      ? `Chain: linked to ${previous.key} (manifest sha256 ${previous.manifestSha256})`
      : `Chain: first bundle of scope ${manifest.scope}`
  )
  return { bundleKey, dir, archivePath, manifestSha256, previous }
}

const bundleDirOf = (destination: Destination, bundleKey: string) =>
  join(destination.localRoot, ...bundleKey.split('/'))

/** A key after the head's: when both fall in the same second, waits for the next one (a few at most). */
async function keyAfter(previous: ChainLink | null, keyFor: (at: Date) => string): Promise<string> {
  for (let waits = 0; ; waits++) {
    const key = keyFor(new Date())
    if (!previous || key > previous.key || waits >= 3) return key
    await sleep(1005 - (Date.now() % 1000))
  }
}

/**
 * Seals the bundle; for a remote destination whose chain head cannot be taken now (S3 unreachable or
 * failing), keeps it in the spool as a draft instead, so the night's evidence is not lost.
 */
export async function sealOrKeep(
  writer: BundleWriter,
  manifest: ManifestDraft,
  options: SealOptions
): Promise<SealedBundle | { kept: string; error: Error }> {
  // Bundles take their places in the order they were collected: after an older one still waiting unsealed.
  if (options.destination.remote && (await options.destination.spool.drafts()).length > 0) {
    const error = new Error(
      'an earlier bundle in the spool could not be sealed yet, and bundles are sealed in order'
    )
    return { kept: await spoolDraft(options.destination, writer, manifest), error }
  }
  try {
    return await sealBundle(writer, manifest, options)
  } catch (error) {
    if (!options.destination.remote) throw error
    return { kept: await spoolDraft(options.destination, writer, manifest), error: error as Error }
  }
}

/** What the spool keeps of a bundle that could not be sealed, so the next run can seal it. */
interface DraftRecord {
  manifest: ManifestDraft
  files: ManifestFile[]
  /** The run's key function cannot be stored; its parts can. */
  run: { id: string; attempt?: string }
}

/**
 * Keeps a bundle whose place in the chain could not be taken (S3 unreachable): its files stay in the
 * spool with the manifest draft; the next run seals it (linking it to the head then) and publishes it.
 */
export async function spoolDraft(
  destination: Destination,
  writer: BundleWriter,
  manifest: ManifestDraft
): Promise<string> {
  const id = `${manifest.startedAt.replace(/[-:.]/g, '')}-${manifest.run.id}${manifest.run.attempt ? `.${manifest.run.attempt}` : ''}`
  const record: DraftRecord = {
    manifest,
    files: writer.written,
    run: { id: manifest.run.id, ...(manifest.run.attempt ? { attempt: manifest.run.attempt } : {}) }
  }
  await destination.spool.addDraft({
    id: id.replace(/[^A-Za-z0-9._-]/g, '_'),
    workDir: relative(destination.localRoot, writer.workDir),
    draft: record
  })
  return writer.workDir
}

/**
 * Seals the drafts earlier runs left in the spool, oldest first; each then waits in the spool like any
 * sealed bundle, for `publishPending`. Returns the keys sealed.
 */
export async function sealDrafts(
  destination: Destination,
  options: Omit<SealOptions, 'keyFor' | 'destination'> & {
    keyFor: (scope: string, sealedAt: Date, run: DraftRecord['run']) => string
  }
): Promise<string[]> {
  if (!destination.remote) return []
  const keys: string[] = []
  for (const spooled of await destination.spool.drafts()) {
    const record = spooled.draft as DraftRecord
    const workDir = join(destination.localRoot, spooled.workDir)
    const writer = new BundleWriter(workDir, workDir, record.files)
    options.log(
      `Sealing the bundle of run ${record.run.id}, collected ${record.manifest.startedAt} but not yet in the chain`
    )
    const sealed = await sealBundle(writer, record.manifest, {
      ...options,
      destination,
      keyFor: (at) => options.keyFor(record.manifest.scope, at, record.run)
    })
    await destination.spool.removeDraft(spooled.id)
    keys.push(sealed.bundleKey)
  }
  return keys
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
