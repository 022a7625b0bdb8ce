import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ARCHIVE_SUFFIX } from '../bundle/archive.js'
import { MANIFEST_FILE } from '../bundle/manifest.js'
import { LocalStore } from './local.js'
import type { S3StoreOptions } from './s3.js'
import type { S3Location } from './s3-uri.js'
import { publishBundle, Spool } from './publish.js'
import type { EvidenceStore } from './store.js'

/** S3 settings as the input layer (`readS3Settings`) parsed and checked them: values, not raw strings. */
export type S3Settings = Omit<S3StoreOptions, 'uri' | 'now'>

export interface Destination {
  store: EvidenceStore
  /** Where bundles are built on disk, laid out like the store. */
  localRoot: string
  /** True when bundles are uploaded somewhere else (S3); then the local copy is the spool. */
  remote: boolean
  spool: Spool
}

/**
 * Opens the `destination` input as the input layer parsed it: a directory, or an S3 bucket and prefix with
 * a local spool directory. The S3 client (the AWS SDK) loads only for an S3 destination.
 */
export async function openDestination(
  destination: { kind: 'local'; dir: string } | ({ kind: 's3' } & S3Location),
  spoolDir: string,
  s3: S3Settings,
  now: () => Date
): Promise<Destination> {
  if (destination.kind === 'local') {
    const store = new LocalStore(destination.dir)
    return { store, localRoot: store.location, remote: false, spool: new Spool(store.location) }
  }
  const { S3Store } = await import('./s3.js')
  const store = new S3Store({ uri: destination.uri, location: destination, ...s3, now })
  return { store, localRoot: spoolDir, remote: true, spool: new Spool(spoolDir) }
}

/** Publishes bundles left in the spool by earlier runs, oldest first; returns the keys published. */
export async function publishPending(
  destination: Destination,
  log: (message: string) => void
): Promise<string[]> {
  if (!destination.remote) return []
  const published: string[] = []
  for (const bundleKey of await destination.spool.pending()) {
    const dir = destination.spool.bundleDir(bundleKey)
    if (!(await stat(join(dir, MANIFEST_FILE)).catch(() => undefined))) {
      log(`Spooled bundle ${bundleKey} has no manifest (the run that made it did not finish); left in ${dir}`)
      await destination.spool.remove(bundleKey)
      continue
    }
    log(`Publishing ${bundleKey}, left in the spool by an earlier run`)
    await publish(destination, bundleKey, log)
    published.push(bundleKey)
  }
  return published
}

export async function publish(destination: Destination, bundleKey: string, log: (message: string) => void) {
  const dir = destination.spool.bundleDir(bundleKey)
  const archive = `${dir}${ARCHIVE_SUFFIX}`
  const hasArchive = Boolean(await stat(archive).catch(() => undefined))
  const result = await publishBundle(destination.store, dir, bundleKey, hasArchive ? archive : undefined, log)
  await destination.spool.remove(bundleKey)
  return result
}
