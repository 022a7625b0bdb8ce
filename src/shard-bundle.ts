import { join } from 'node:path'
import { ARCHIVE_SUFFIX, writeBundleArchive } from './bundle/archive.js'
import { signManifest, SIGNATURE_FILE, type SigningKey } from './bundle/signing.js'
import type { BundleWriter } from './bundle/writer.js'
import { InputError } from './config/errors.js'
import type { ManifestDraft, SealedBundle } from './seal.js'
import type { Destination } from './store/destination.js'
import type { Shard } from './shard.js'

/** A shard's bundle is an artifact for `merge`, never published: it must be written to a directory. */
export function checkShardDestination(
  shard: Shard | undefined,
  destination: { kind: string },
  label: string
) {
  if (shard && destination.kind !== 'local') {
    throw new InputError(
      `${label}: a shard writes a partial bundle to a directory (upload it with actions/upload-artifact; the merge job publishes), got an s3:// destination with shard ${shard.index}/${shard.count}; set destination to a directory`
    )
  }
}

/**
 * Seals a shard's partial bundle where it is: manifest (with its `shard`), signature, SHA256SUMS and the
 * archive, as `sealBundle` does, but with no place in the chain (`previous: null`) and the chain head
 * untouched, under a key outside every scope (`partialBundleKey`).
 */
export async function sealPartialBundle(
  writer: BundleWriter,
  manifest: ManifestDraft,
  options: { destination: Destination; bundleKey: string; signingKey?: SigningKey }
): Promise<SealedBundle> {
  const { signingKey, bundleKey } = options
  const sealed = writer.seal(
    {
      ...manifest,
      bundleKey,
      previous: null,
      ...(signingKey
        ? { signature: { algorithm: 'ed25519' as const, keyFingerprint: signingKey.fingerprint } }
        : {})
    },
    signingKey ? { file: SIGNATURE_FILE, sign: (bytes) => signManifest(bytes, signingKey) } : undefined
  )
  const dir = await writer.commit(sealed, join(options.destination.localRoot, ...bundleKey.split('/')))
  const archivePath = `${dir}${ARCHIVE_SUFFIX}`
  await writeBundleArchive(dir, archivePath, { mtime: new Date(manifest.finishedAt) })
  return { bundleKey, dir, archivePath, manifestSha256: sealed.manifestSha256, previous: null }
}
