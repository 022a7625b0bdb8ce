import { createHash } from 'node:crypto'
import { readdir, rm, writeFile, mkdir, readFile } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'
import { sha256File } from '../bundle/hash.js'
import { MANIFEST_FILE } from '../bundle/manifest.js'
import { ObjectExistsError, contentTypeOf, type EvidenceStore } from './store.js'

const PENDING_DIR = '.pending'
const DRAFTS_DIR = '.drafts'

/**
 * A bundle whose files are written but whose manifest is not: its place in the chain could not be read
 * (S3 unreachable). The next run seals it, then publishes it. `workDir` is relative to the spool root.
 */
export interface SpooledDraft {
  id: string
  workDir: string
  draft: unknown
}

/**
 * Bundles waiting for upload. The bundle stays where it was built (the local root, laid out like the
 * store); a marker names it until every object is in the store. A crash or failed upload leaves the
 * marker, and the next run publishes those bundles first, oldest first, so the chain stays in order.
 */
export class Spool {
  constructor(readonly root: string) {}

  private marker(bundleKey: string): string {
    return join(this.root, PENDING_DIR, `${bundleKey.replaceAll('/', '__')}.json`)
  }

  async add(bundleKey: string): Promise<void> {
    await mkdir(join(this.root, PENDING_DIR), { recursive: true })
    await writeFile(this.marker(bundleKey), `${JSON.stringify({ bundleKey })}\n`)
  }

  async remove(bundleKey: string): Promise<void> {
    await rm(this.marker(bundleKey), { force: true })
  }

  async pending(): Promise<string[]> {
    const names = await readdir(join(this.root, PENDING_DIR)).catch(() => [] as string[])
    const keys = await Promise.all(
      names
        .filter((name) => name.endsWith('.json'))
        .map(
          async (name) =>
            (JSON.parse(await readFile(join(this.root, PENDING_DIR, name), 'utf8')) as { bundleKey: string })
              .bundleKey
        )
    )
    return keys.sort()
  }

  bundleDir(bundleKey: string): string {
    return join(this.root, ...bundleKey.split('/'))
  }

  async addDraft(draft: SpooledDraft): Promise<void> {
    await mkdir(join(this.root, DRAFTS_DIR), { recursive: true })
    await writeFile(join(this.root, DRAFTS_DIR, `${draft.id}.json`), `${JSON.stringify(draft)}\n`)
  }

  async removeDraft(id: string): Promise<void> {
    await rm(join(this.root, DRAFTS_DIR, `${id}.json`), { force: true })
  }

  /** Drafts waiting to be sealed, oldest first (ids start with their UTC timestamp). */
  async drafts(): Promise<SpooledDraft[]> {
    const names = await readdir(join(this.root, DRAFTS_DIR)).catch(() => [] as string[])
    const drafts = await Promise.all(
      names
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map(
          async (name) =>
            JSON.parse(await readFile(join(this.root, DRAFTS_DIR, name), 'utf8')) as SpooledDraft
        )
    )
    return drafts
  }
}

/**
 * Uploads one bundle: every file, then the archive beside it, then the signature, and the manifest
 * last — a prefix without a manifest is an incomplete bundle, and `verify` says so. An object that is
 * already there with the same SHA-256 (an earlier, interrupted attempt) counts as uploaded; with other
 * content it is a conflict, never overwritten.
 */
export async function publishBundle(
  store: EvidenceStore,
  bundleDir: string,
  bundleKey: string,
  archivePath: string | undefined,
  log: (message: string) => void
): Promise<{ objects: number; bytes: number }> {
  const entries = await readdir(bundleDir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(bundleDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
  const ordered = [
    ...files
      .filter((file) => file !== MANIFEST_FILE && !file.startsWith('manifest.'))
      .map((file) => ({ file: join(bundleDir, file), key: `${bundleKey}/${file}` })),
    ...(archivePath ? [{ file: archivePath, key: `${dirname(bundleKey)}/${basename(archivePath)}` }] : []),
    ...files
      .filter((file) => file !== MANIFEST_FILE && file.startsWith('manifest.'))
      .map((file) => ({ file: join(bundleDir, file), key: `${bundleKey}/${file}` })),
    { file: join(bundleDir, MANIFEST_FILE), key: `${bundleKey}/${MANIFEST_FILE}` }
  ]
  let bytes = 0
  for (const { file, key } of ordered) {
    const { sha256, size } = await sha256File(file)
    try {
      await store.put(key, file, { sha256, size, contentType: contentTypeOf(file) })
    } catch (error) {
      if (!(error instanceof ObjectExistsError) || (await storedDigest(store, key)) !== sha256) throw error
      log(`${store.uri(key)} is already in the store with the same SHA-256 (an earlier attempt); kept as is`)
    }
    bytes += size
  }
  return { objects: ordered.length, bytes }
}

async function storedDigest(store: EvidenceStore, key: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of await store.get(key)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
