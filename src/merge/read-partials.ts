import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ARCHIVE_SUFFIX, ArchiveIntegrityError, extractBundleArchive } from '../bundle/archive.js'
import { MANIFEST_FILE, manifestSchema, type Manifest, type ManifestShard } from '../bundle/manifest.js'
import { sha256Hex } from '../bundle/hash.js'
import { verifyBundle, type VerifyOptions } from '../bundle/verify.js'
import { InputError } from '../config/errors.js'

/** One shard's partial bundle, verified: its own hashes, signature and findings hold. */
export interface PartialBundle {
  /** As the user gave it (a directory or an archive), for messages. */
  location: string
  /** The bundle directory (extracted, for an archive). */
  dir: string
  manifest: Manifest & { shard: ManifestShard }
  manifestSha256: string
}

/** A shard that fails its own integrity check: exit 1, like `verify` of a bundle that fails. */
export class ShardIntegrityError extends Error {
  override name = 'ShardIntegrityError'
}

const notPartial = (location: string) =>
  new InputError(
    `merge: ${location} is not a partial bundle (its manifest has no shard): merge combines the shards of one run (shard: i/n)`
  )

/** How deep `merge <dir>` looks for partial bundles (download-artifact puts each artifact in a folder of its own). */
const SEARCH_DEPTH = 4
const isBundleDir = (dir: string) =>
  stat(join(dir, MANIFEST_FILE)).then(
    (info) => info.isFile(),
    () => false
  )

/**
 * The partial bundles named: bundle directories, `.tar.gz` archives, or directories holding either (an
 * archive with its extracted directory beside it counts twice, so a duplicate shard shows).
 */
export async function findPartials(paths: string[], label = 'merge'): Promise<string[]> {
  const found: string[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined)
    if (!info)
      throw new InputError(
        `${label}: expected a partial bundle, its ${ARCHIVE_SUFFIX} archive, or a directory holding them, got ${JSON.stringify(path)}, which does not exist`
      )
    if (info.isFile()) {
      if (!path.endsWith(ARCHIVE_SUFFIX))
        throw new InputError(
          `${label}: expected a bundle directory or a ${ARCHIVE_SUFFIX} archive, got the file ${JSON.stringify(path)}`
        )
      found.push(path)
    } else if (await isBundleDir(path)) found.push(path)
    else {
      const inside = await searchDir(path, SEARCH_DEPTH)
      if (inside.length === 0)
        throw new InputError(
          `${label}: expected partial bundles in ${JSON.stringify(path)} (directories with ${MANIFEST_FILE}, or ${ARCHIVE_SUFFIX} archives, up to ${SEARCH_DEPTH} levels down), got none`
        )
      found.push(...inside)
    }
  }
  return found
}

async function searchDir(dir: string, depth: number): Promise<string[]> {
  const found: string[] = []
  const entries = await readdir(dir, { withFileTypes: true })
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name)
    if (entry.isFile() && entry.name.endsWith(ARCHIVE_SUFFIX)) found.push(path)
    else if (entry.isDirectory() && !entry.name.startsWith('.')) {
      if (await isBundleDir(path)) found.push(path)
      else if (depth > 1) found.push(...(await searchDir(path, depth - 1)))
    }
  }
  return found
}

/**
 * Opens and verifies each partial bundle (archives are extracted under `tempDir`): every hash, the
 * signature against `trustedKeys` when given, and every finding re-derived, as `verify` does.
 */
export async function readPartials(
  locations: string[],
  options: VerifyOptions & { tempDir: string }
): Promise<PartialBundle[]> {
  const partials: PartialBundle[] = []
  for (const location of locations) {
    let dir = location
    if (location.endsWith(ARCHIVE_SUFFIX)) {
      try {
        dir = await extractBundleArchive(location, await mkdtemp(join(options.tempDir, 'shard-')))
      } catch (error) {
        if (error instanceof ArchiveIntegrityError) throw new ShardIntegrityError(error.message)
        throw error
      }
    }
    // A complete bundle given by mistake is bad input (exit 2), whatever its signature.
    const recorded = await readFile(join(dir, MANIFEST_FILE), 'utf8')
      .then((text) => manifestSchema.safeParse(JSON.parse(text)))
      .catch(() => undefined)
    if (recorded?.success && !recorded.data.shard) throw notPartial(location)
    const report = await verifyBundle(dir, options)
    if (report.signature.status === 'unsigned' && options.trustedKeys?.length)
      throw new ShardIntegrityError(
        `merge: ${location} is not signed, but the merge signs with key ${options.trustedKeys[0]!.fingerprint}: give the shards the same signing key, so nothing unsigned enters the merged bundle`
      )
    if (!report.ok) {
      const [first, ...more] = report.problems
      throw new ShardIntegrityError(
        `merge: ${location} fails its integrity check: ${first?.message ?? 'unknown problem'}${more.length > 0 ? ` (and ${more.length} more problem(s); run verify on it)` : ''}`
      )
    }
    const bytes = await readFile(join(dir, MANIFEST_FILE))
    const manifest = manifestSchema.parse(JSON.parse(bytes.toString('utf8')))
    if (!manifest.shard) throw notPartial(location)
    partials.push({
      location,
      dir,
      manifest: manifest as PartialBundle['manifest'],
      manifestSha256: sha256Hex(bytes)
    })
  }
  return partials
}
