import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError } from '../config/errors.js'
import { ARCHIVE_SUFFIX } from '../bundle/archive.js'
import { MANIFEST_FILE } from '../bundle/manifest.js'
import { LocalStore } from './local.js'
import { S3Store, parseS3Uri, type S3StoreOptions } from './s3.js'
import { publishBundle, Spool } from './publish.js'
import type { EvidenceStore } from './store.js'

export interface S3Settings {
  region?: string
  endpoint?: string
  forcePathStyle?: boolean
  sse?: string
  kmsKeyId?: string
  retentionMode?: string
  retentionDays?: string
  maxAttempts?: number
}

export interface Destination {
  store: EvidenceStore
  /** Where bundles are built on disk, laid out like the store. */
  localRoot: string
  /** True when bundles are uploaded somewhere else (S3); then the local copy is the spool. */
  remote: boolean
  spool: Spool
}

/** Opens the `destination` input: a directory, or `s3://bucket/prefix` with a local spool directory. */
export function openDestination(
  destination: string,
  spoolDir: string,
  s3: S3Settings,
  now: () => Date
): Destination {
  if (!destination.startsWith('s3://')) {
    const store = new LocalStore(destination)
    return { store, localRoot: store.location, remote: false, spool: new Spool(store.location) }
  }
  parseS3Uri(destination)
  const store = new S3Store({ uri: destination, ...validateS3Settings(s3), now })
  return { store, localRoot: spoolDir, remote: true, spool: new Spool(spoolDir) }
}

function validateS3Settings(s3: S3Settings): Omit<S3StoreOptions, 'uri'> {
  if (s3.sse && s3.sse !== 'AES256' && s3.sse !== 'aws:kms') {
    throw new InputError(`sse input: expected AES256 or aws:kms, got ${JSON.stringify(s3.sse)}`)
  }
  if (s3.kmsKeyId && s3.sse !== 'aws:kms')
    throw new InputError('kms-key-id input: only used with sse: aws:kms; set sse to aws:kms')
  if (s3.retentionMode && s3.retentionMode !== 'GOVERNANCE' && s3.retentionMode !== 'COMPLIANCE') {
    throw new InputError(
      `retention-mode input: expected GOVERNANCE or COMPLIANCE, got ${JSON.stringify(s3.retentionMode)}`
    )
  }
  const days = s3.retentionDays ? Number(s3.retentionDays) : undefined
  if (days !== undefined && (!Number.isInteger(days) || days < 1)) {
    throw new InputError(
      `retention-days input: expected a whole number of days ≥ 1, got ${JSON.stringify(s3.retentionDays)}`
    )
  }
  if ((s3.retentionMode && !days) || (days && !s3.retentionMode)) {
    throw new InputError(
      'retention-mode and retention-days go together: set both for Object Lock retention, or neither'
    )
  }
  if (s3.endpoint && !/^https?:\/\/[^\s/]+/.test(s3.endpoint)) {
    throw new InputError(
      `s3-endpoint input: expected a URL such as https://minio.example.com:9000, got ${JSON.stringify(s3.endpoint)}`
    )
  }
  return {
    region: s3.region,
    endpoint: s3.endpoint,
    forcePathStyle: s3.forcePathStyle,
    sse: s3.sse as S3StoreOptions['sse'],
    kmsKeyId: s3.kmsKeyId,
    retentionMode: s3.retentionMode as S3StoreOptions['retentionMode'],
    retentionDays: days,
    maxAttempts: s3.maxAttempts
  }
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
