import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { latestLink, type ChainLink } from '../bundle/chain.js'
import type { EvidenceStore } from './store.js'
import { LocalStore } from './local.js'
import type { S3Store } from './s3.js'

/** Beside a scope's bundles: the newest bundle of the chain. Hidden from listings like partial bundles. */
export const HEAD_OBJECT = '.chain-head.json'
const LOCK_FILE = '.chain-head.lock'
const ATTEMPTS = 20
/** A lock older than this was left by a run that died; bundles are sealed in well under a minute. */
const STALE_LOCK_MS = 10 * 60_000

/** What a run seals once it knows the scope's head: its own link, and what it needs to finish. */
export interface Sealing<R> {
  link: ChainLink
  result: R
}

/**
 * The head of a scope's chain, taken with a compare-and-swap so two runs to the same destination never
 * both link to the same predecessor (a fork: a false tamper alarm in immutable storage, forever).
 * `advance` hands `seal` the current head; if another run moved the head meanwhile, `seal` runs again
 * with the new one, so the loser links to the winner.
 */
export interface ChainHead {
  /** The current head, for the log; null when the scope has no bundle yet. */
  peek(scope: string): Promise<ChainLink | null>
  advance<R>(
    scope: string,
    seal: (previous: ChainLink | null) => Promise<Sealing<R>>,
    commit: (result: R) => Promise<void>,
    log: (message: string) => void
  ): Promise<R>
}

export function chainHeadOf(store: EvidenceStore, spool?: EvidenceStore): ChainHead {
  // By shape, not instanceof: a run with a local destination must not load the S3 client to ask.
  if ('bucket' in store) return new S3ChainHead(store as S3Store, spool)
  if (store instanceof LocalStore) return new DirectoryChainHead(store)
  throw new Error(`no chain head for ${store.location}`)
}

/**
 * The head as stored (undefined: no head object; chains from before head objects existed start from the
 * newest listed bundle). Anything else than a link to a bundle of this scope was written by someone else.
 */
function parseHead(text: string | undefined, scope: string, where: string): ChainLink | null | undefined {
  if (text === undefined) return undefined
  let head: unknown
  try {
    head = (JSON.parse(text) as { head?: unknown }).head
  } catch {
    head = undefined
  }
  if (head === null) return null
  const link = typeof head === 'object' ? (head as Partial<ChainLink>) : undefined
  if (
    typeof link?.key === 'string' &&
    link.key.startsWith(`${scope}/`) &&
    typeof link.manifestSha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(link.manifestSha256)
  )
    return { key: link.key, manifestSha256: link.manifestSha256 }
  throw new Error(
    `${where} is not a chain head of ${scope} (expected {"head": {"key": "${scope}/…", "manifestSha256": "<64 hex>"}}): it was changed outside this action; restore its previous version`
  )
}

const headText = (link: ChainLink) => `${JSON.stringify({ head: link }, null, 2)}\n`

/**
 * S3: a per-scope head object written with conditional writes, `If-None-Match: *` to create it and
 * `If-Match: <etag>` to advance it (AWS S3 User Guide, "How to prevent object overwrites with conditional
 * writes"). The head moves before the bundle is uploaded, so a failed upload (spooled) keeps its place.
 */
class S3ChainHead implements ChainHead {
  constructor(
    private readonly store: S3Store,
    private readonly spool?: EvidenceStore
  ) {}

  private async read(scope: string): Promise<{ link: ChainLink | null; etag: string | null }> {
    const key = `${scope}/${HEAD_OBJECT}`
    const object = await this.store.readVersioned(key)
    const stored = parseHead(object?.body, scope, this.store.uri(key))
    if (stored !== undefined) return { link: stored, etag: object!.etag }
    const stores = this.spool ? [this.store, this.spool] : [this.store]
    return { link: await latestLink(stores, scope), etag: null }
  }

  async peek(scope: string): Promise<ChainLink | null> {
    return (await this.read(scope)).link
  }

  async advance<R>(
    scope: string,
    seal: (previous: ChainLink | null) => Promise<Sealing<R>>,
    commit: (result: R) => Promise<void>,
    log: (message: string) => void
  ): Promise<R> {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const { link: previous, etag } = await this.read(scope)
      const sealing = await seal(previous)
      if (await this.store.writeIfUnchanged(`${scope}/${HEAD_OBJECT}`, headText(sealing.link), etag)) {
        await commit(sealing.result)
        return sealing.result
      }
      log(`Chain: another run moved the head of ${scope} first; linking to its bundle instead`)
      await sleep(50 * attempt + Math.random() * 100)
    }
    throw new Error(`the chain head of ${scope} kept moving: ${ATTEMPTS} attempts lost to other runs`)
  }
}

/**
 * A directory: an exclusive lock file (created with O_EXCL) held while the bundle is sealed, moved into
 * place and recorded as the head; another run waits for it, then links to that bundle.
 */
class DirectoryChainHead implements ChainHead {
  constructor(private readonly store: LocalStore) {}

  private async read(scope: string): Promise<ChainLink | null> {
    const file = join(this.store.uri(scope), HEAD_OBJECT)
    const text = await readFile(file, 'utf8').catch(() => undefined)
    const stored = parseHead(text, scope, file)
    return stored !== undefined ? stored : latestLink([this.store], scope)
  }

  peek(scope: string): Promise<ChainLink | null> {
    return this.read(scope)
  }

  async advance<R>(
    scope: string,
    seal: (previous: ChainLink | null) => Promise<Sealing<R>>,
    commit: (result: R) => Promise<void>,
    log: (message: string) => void
  ): Promise<R> {
    const dir = this.store.uri(scope)
    await mkdir(dir, { recursive: true })
    const lock = join(dir, LOCK_FILE)
    await acquire(lock, log)
    try {
      const sealing = await seal(await this.read(scope))
      await commit(sealing.result)
      const temporary = join(dir, `${HEAD_OBJECT}.${process.pid}.tmp`)
      await writeFile(temporary, headText(sealing.link))
      await rename(temporary, join(dir, HEAD_OBJECT))
      return sealing.result
    } finally {
      await rm(lock, { force: true })
    }
  }
}

async function acquire(lock: string, log: (message: string) => void): Promise<void> {
  let waited = false
  for (;;) {
    try {
      await writeFile(lock, `${JSON.stringify({ pid: process.pid, since: new Date().toISOString() })}\n`, {
        flag: 'wx'
      })
      return
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const info = await stat(lock).catch(() => undefined)
    if (info && Date.now() - info.mtimeMs > STALE_LOCK_MS) {
      log(`Chain: removing ${lock}, left by a run that did not finish`)
      await rm(lock, { force: true })
      continue
    }
    if (!waited) log(`Chain: another run is sealing a bundle of this scope (${lock}); waiting for it`)
    waited = true
    await sleep(50 + Math.random() * 100)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
