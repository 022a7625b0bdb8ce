import { LocalStore } from '../store/local.js'
import type { EvidenceStore } from '../store/store.js'
import { checkArchiveStream, type ExpectedFiles } from './archive-check.js'
import { ARCHIVE_SUFFIX } from './archive.js'
import { DirectoryBundle, StoredBundle, unsafePath, type BundleFiles } from './bundle-files.js'
import { CHECKSUMS_FILE } from './checksums.js'
import { sha256Hex } from './hash.js'
import { MANIFEST_FILE, manifestSchema } from './manifest.js'
import { SIGNATURE_FILE } from './signing.js'
import { verifyBundle, verifyBundleFiles, type VerifyOptions, type VerifyReport } from './verify.js'

const BUNDLE_KEY = /^(.+)\/(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\/(.+)$/
const ARCHIVE_KEY = /^(.+)\/(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\.tar\.gz$/
/** A key of a store whose root is one scope's folder: `YYYY/MM/DD/<UTC timestamp>-<run id>/…`. */
const SCOPE_FOLDER_KEY = /^\d{4}\/\d{2}\/\d{2}\/\d{8}T\d{6}Z-[^/]+(\/|\.tar\.gz$)/
/** How far a manifest's startedAt may be from the time in its key (both are taken when the run starts). */
const STARTED_AT_TOLERANCE_MS = 10 * 60_000

export interface PeriodVerifyOptions extends VerifyOptions {
  from?: Date
  to?: Date
  /** Expected cadence in milliseconds (e.g. a nightly run: one day). */
  every?: number
  /** Only this scope's bundles (`<scope>/YYYY/…` in the store). */
  scope?: string
}

/**
 * Whether the store's root is one scope's folder (`verify s3://bucket/prefix/<scope>`, `verify <dir>/<scope>`)
 * rather than a destination holding scopes: its keys start with `YYYY/MM/DD/<timestamp>-<run id>`.
 */
export async function isScopeFolder(store: EvidenceStore): Promise<boolean> {
  for await (const object of store.list('')) {
    if (SCOPE_FOLDER_KEY.test(object.key)) return true
    if (BUNDLE_KEY.test(object.key)) return false
  }
  return false
}

export interface BundleRow {
  key: string
  scope: string
  status: 'ok' | 'failed' | 'incomplete'
  /** When the bundle was made, from its key: where it belongs in the period, whatever its manifest claims. */
  keyTime: string
  startedAt?: string
  period?: { start: string; end: string }
  signature?: string
  findings?: number
  problems: string[]
}

export interface PeriodReport {
  location: string
  scope?: string
  from?: string
  to?: string
  bundles: BundleRow[]
  /** Chain and cadence problems, which belong to no single bundle. */
  problems: string[]
  ok: boolean
}

interface Candidate {
  key: string
  scope: string
  objects: string[]
  complete: boolean
  /** The bundle's `.tar.gz` beside its folder is in the store. */
  archive: boolean
}

/**
 * Checks every bundle of a period in a store: each bundle on its own (hashes, signature, re-derived
 * findings), the hash chain between consecutive bundles of a scope (a deleted, replaced, moved or
 * back-filled bundle breaks it), and gaps in the expected cadence and in the evidence periods.
 */
export async function verifyStore(store: EvidenceStore, options: PeriodVerifyOptions): Promise<PeriodReport> {
  const report: PeriodReport = {
    location: store.location,
    ...(options.scope ? { scope: options.scope } : {}),
    ...(options.from ? { from: options.from.toISOString() } : {}),
    ...(options.to ? { to: options.to.toISOString() } : {}),
    bundles: [],
    problems: [],
    ok: false
  }
  const candidates = await findBundles(store, options.scope, report)
  const byScope = new Map<string, Candidate[]>()
  for (const candidate of candidates)
    byScope.set(candidate.scope, [...(byScope.get(candidate.scope) ?? []), candidate])

  for (const [scope, bundles] of byScope) {
    const verified: { candidate: Candidate; report?: VerifyReport; archiveProblems: string[] }[] = []
    for (const candidate of bundles) {
      if (!candidate.complete) {
        verified.push({ candidate, archiveProblems: [] })
        continue
      }
      const files = bundleFiles(store, candidate)
      const bundle = await verifyStored(store, candidate, files, options)
      verified.push({
        candidate,
        report: bundle,
        archiveProblems: candidate.archive ? await checkArchive(store, candidate, files) : []
      })
    }
    checkChain(scope, verified, report)
    const rows = verified.map(({ candidate, report: bundle, archiveProblems }) =>
      toRow(candidate, bundle, archiveProblems)
    )
    // The key (where the store has it, which the chain and the manifest's bundleKey vouch for) places
    // a bundle in the period: a manifest that lies about its time cannot take a bundle out of it.
    const inPeriod = rows.filter((row) => within(row, options))
    checkCadence(scope, inPeriod, options, report)
    report.bundles.push(...inPeriod)
  }
  if (report.bundles.length === 0) {
    report.problems.push(
      `no bundle found in ${store.location}${options.from || options.to ? ' for the period' : ''}`
    )
  }
  report.ok = report.problems.length === 0 && report.bundles.every((row) => row.status === 'ok')
  return report
}

async function findBundles(
  store: EvidenceStore,
  scope: string | undefined,
  report: PeriodReport
): Promise<Candidate[]> {
  const bundles = new Map<string, Candidate>()
  const candidate = (key: string, scopeName: string) => {
    const found = bundles.get(key) ?? { key, scope: scopeName, objects: [], complete: false, archive: false }
    bundles.set(key, found)
    return found
  }
  for await (const object of store.list(scope ? `${scope}/` : '')) {
    // Keys come from the store, which anyone who can write to it controls: one that could name a
    // place outside its bundle is never read, and the period fails naming it.
    const unsafe = unsafePath(object.key)
    if (unsafe) {
      report.problems.push(
        `${store.uri(object.key)}: object key ${JSON.stringify(object.key)} ${unsafe}; refused as tampering (bundles never have such keys)`
      )
      continue
    }
    const archive = ARCHIVE_KEY.exec(object.key)
    if (archive && (!scope || archive[1] === scope)) {
      candidate(object.key.slice(0, -ARCHIVE_SUFFIX.length), archive[1]!).archive = true
      continue
    }
    const match = BUNDLE_KEY.exec(object.key)
    if (!match || (scope && match[1] !== scope)) continue
    const key = object.key.slice(0, object.key.length - match[6]!.length - 1)
    const found = candidate(key, match[1]!)
    found.objects.push(match[6]!)
    if (match[6] === MANIFEST_FILE) found.complete = true
  }
  // An archive with no folder beside it is not a bundle of its own.
  return [...bundles.values()]
    .filter((bundle) => bundle.objects.length > 0)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** A local bundle is read in place; a remote one object by object as streams, never written to disk. */
function bundleFiles(store: EvidenceStore, candidate: Candidate): BundleFiles {
  return store instanceof LocalStore
    ? new DirectoryBundle(store.uri(candidate.key))
    : new StoredBundle(store, candidate.key, candidate.objects)
}

async function verifyStored(
  store: EvidenceStore,
  candidate: Candidate,
  files: BundleFiles,
  options: VerifyOptions
): Promise<VerifyReport> {
  if (store instanceof LocalStore) return verifyBundle(store.uri(candidate.key), options)
  return verifyBundleFiles(files, options)
}

/** The bundle's `.tar.gz` must hold exactly what its manifest lists, plus the manifest and signature. */
async function checkArchive(
  store: EvidenceStore,
  candidate: Candidate,
  files: BundleFiles
): Promise<string[]> {
  const archiveKey = `${candidate.key}${ARCHIVE_SUFFIX}`
  const manifestBytes = await files.read(MANIFEST_FILE).catch(() => undefined)
  let parsed: ReturnType<typeof manifestSchema.safeParse> | undefined
  try {
    parsed = manifestBytes ? manifestSchema.safeParse(JSON.parse(manifestBytes.toString('utf8'))) : undefined
  } catch {
    parsed = undefined
  }
  // Without a readable manifest the bundle already fails; there is nothing to compare the archive with.
  if (!manifestBytes || !parsed?.success) return []
  const expected: ExpectedFiles = new Map(
    parsed.data.files.map((file) => [file.path, { sha256: file.sha256, size: file.size }])
  )
  expected.set(MANIFEST_FILE, { sha256: sha256Hex(manifestBytes), size: manifestBytes.length })
  const listed = await files.list()
  if (listed.includes(SIGNATURE_FILE)) expected.set(SIGNATURE_FILE, await files.sha256(SIGNATURE_FILE))
  if (listed.includes(CHECKSUMS_FILE)) expected.set(CHECKSUMS_FILE, await files.sha256(CHECKSUMS_FILE))
  const top = candidate.key.slice(candidate.key.lastIndexOf('/') + 1)
  try {
    const problems = await checkArchiveStream(await store.get(archiveKey), top, expected)
    return problems.map((problem) => `${top}${ARCHIVE_SUFFIX}: ${problem}`)
  } catch (error) {
    return [`${top}${ARCHIVE_SUFFIX}: cannot be read (${(error as Error).message})`]
  }
}

function checkChain(
  scope: string,
  bundles: { candidate: Candidate; report?: VerifyReport; archiveProblems: string[] }[],
  report: PeriodReport
): void {
  const complete = bundles.filter((b) => b.report?.manifest)
  const digests = new Map(complete.map((b) => [b.candidate.key, b.report!.manifestSha256]))
  complete.forEach(({ candidate, report: bundle }, index) => {
    const manifest = bundle!.manifest!
    if (manifest.bundleKey !== candidate.key) {
      report.problems.push(
        `${candidate.key}: its manifest says it is ${manifest.bundleKey}: the bundle was moved or swapped`
      )
    }
    const before = complete[index - 1]?.candidate.key
    const link = manifest.previous
    if (!link) {
      if (before)
        report.problems.push(
          `${candidate.key}: starts a new chain although ${before} comes before it in ${scope}`
        )
      return
    }
    if (!digests.has(link.key)) {
      report.problems.push(
        `${candidate.key}: the previous bundle it records, ${link.key}, is missing: deleted?`
      )
    } else if (digests.get(link.key) !== link.manifestSha256) {
      report.problems.push(
        `${candidate.key}: the previous bundle ${link.key} has manifest SHA-256 ${digests.get(link.key)}, but ${link.manifestSha256} was recorded: replaced?`
      )
    } else if (link.key !== before) {
      report.problems.push(
        `${candidate.key}: links to ${link.key}, skipping ${before}: ${before} was added later (back-filled)?`
      )
    }
  })
}

function toRow(candidate: Candidate, bundle: VerifyReport | undefined, archiveProblems: string[]): BundleRow {
  const placed = keyTime(candidate.key)
  if (!bundle) {
    return {
      key: candidate.key,
      scope: candidate.scope,
      status: 'incomplete',
      keyTime: placed,
      problems: [
        `${MANIFEST_FILE} is missing: an incomplete bundle (an upload that did not finish, or a deleted manifest)`
      ]
    }
  }
  const problems = [...bundle.problems.map((p) => p.message), ...archiveProblems]
  if (bundle.manifest?.shard)
    problems.push(
      `a partial bundle (shard ${bundle.manifest.shard.index}/${bundle.manifest.shard.count}) among the scope's bundles: partial bundles are never part of a chain (merge the shards of its run)`
    )
  const claimed = bundle.manifest ? Date.parse(bundle.manifest.startedAt) : NaN
  if (bundle.manifest && !(Math.abs(claimed - Date.parse(placed)) <= STARTED_AT_TOLERANCE_MS)) {
    problems.push(
      `its manifest says it started at ${bundle.manifest.startedAt}, but its key says ${placed}: the manifest's time was changed?`
    )
  }
  return {
    key: candidate.key,
    scope: candidate.scope,
    status: problems.length === 0 ? 'ok' : 'failed',
    keyTime: placed,
    ...(bundle.manifest ? { startedAt: bundle.manifest.startedAt, period: bundle.manifest.period } : {}),
    signature: bundle.signature.status,
    findings: bundle.findingsRederived,
    problems
  }
}

function within(row: BundleRow, options: PeriodVerifyOptions): boolean {
  const time = Date.parse(row.keyTime)
  return (!options.from || time >= options.from.getTime()) && (!options.to || time <= options.to.getTime())
}

/**
 * `…/2026/11/25/20261125T021700Z-123` → 2026-11-25T02:17:00Z. A stamp that does not agree with the
 * date folders it sits in, or none, places the bundle at the start of its date folder's day.
 */
function keyTime(key: string): string {
  const match = /(\d{4})\/(\d{2})\/(\d{2})\/(?:(\d{8})T(\d{6})Z-)?[^/]*$/.exec(key)
  if (!match) return '1970-01-01T00:00:00Z'
  const [, year, month, day, d, t] = match
  const folderDay = `${year}-${month}-${day}`
  if (!d || !t || d !== `${year}${month}${day}`) return `${folderDay}T00:00:00Z`
  return `${folderDay}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}Z`
}

function checkCadence(
  scope: string,
  rows: BundleRow[],
  options: PeriodVerifyOptions,
  report: PeriodReport
): void {
  const times = rows.filter((row) => row.startedAt).map((row) => ({ row, time: Date.parse(row.keyTime) }))
  if (options.every) {
    const allowed = options.every * 1.5
    const points = [
      ...(options.from
        ? [{ label: `the start of the period (${options.from.toISOString()})`, time: options.from.getTime() }]
        : []),
      ...times.map(({ row, time }) => ({ label: row.key, time })),
      ...(options.to
        ? [{ label: `the end of the period (${options.to.toISOString()})`, time: options.to.getTime() }]
        : [])
    ]
    for (let i = 1; i < points.length; i++) {
      const gap = points[i]!.time - points[i - 1]!.time
      if (gap > allowed) {
        report.problems.push(
          `${scope}: gap of ${hours(gap)} between ${points[i - 1]!.label} and ${points[i]!.label} (expected a bundle every ${hours(options.every)})`
        )
      }
    }
  }
  for (let i = 1; i < times.length; i++) {
    const previous = times[i - 1]!.row.period
    const current = times[i]!.row.period
    if (previous && current && Date.parse(current.start) > Date.parse(previous.end) + 60_000) {
      report.problems.push(
        `${scope}: no evidence covers ${previous.end} → ${current.start} (between ${times[i - 1]!.row.key} and ${times[i]!.row.key})`
      )
    }
  }
}

function hours(ms: number): string {
  const h = ms / 3_600_000
  return h >= 48 ? `${(h / 24).toFixed(1)} days` : `${h.toFixed(1)} h`
}
