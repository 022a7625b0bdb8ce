import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { LocalStore } from '../store/local.js'
import type { EvidenceStore } from '../store/store.js'
import { MANIFEST_FILE } from './manifest.js'
import { verifyBundle, type VerifyOptions, type VerifyReport } from './verify.js'

const BUNDLE_KEY = /^(.+)\/(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\/(.+)$/

export interface PeriodVerifyOptions extends VerifyOptions {
  from?: Date
  to?: Date
  /** Expected cadence in milliseconds (e.g. a nightly run: one day). */
  every?: number
}

export interface BundleRow {
  key: string
  scope: string
  status: 'ok' | 'failed' | 'incomplete'
  startedAt?: string
  period?: { start: string; end: string }
  signature?: string
  findings?: number
  problems: string[]
}

export interface PeriodReport {
  location: string
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
}

/**
 * Checks every bundle of a period in a store: each bundle on its own (hashes, signature, re-derived
 * findings), the hash chain between consecutive bundles of a scope (a deleted, replaced, moved or
 * back-filled bundle breaks it), and gaps in the expected cadence and in the evidence periods.
 */
export async function verifyStore(store: EvidenceStore, options: PeriodVerifyOptions): Promise<PeriodReport> {
  const report: PeriodReport = {
    location: store.location,
    ...(options.from ? { from: options.from.toISOString() } : {}),
    ...(options.to ? { to: options.to.toISOString() } : {}),
    bundles: [],
    problems: [],
    ok: false
  }
  const candidates = await findBundles(store)
  const byScope = new Map<string, Candidate[]>()
  for (const candidate of candidates)
    byScope.set(candidate.scope, [...(byScope.get(candidate.scope) ?? []), candidate])

  for (const [scope, bundles] of byScope) {
    const verified: { candidate: Candidate; report?: VerifyReport }[] = []
    for (const candidate of bundles) {
      verified.push({
        candidate,
        report: candidate.complete ? await verifyStored(store, candidate, options) : undefined
      })
    }
    checkChain(scope, verified, report)
    const rows = verified.map(({ candidate, report: bundle }) => toRow(candidate, bundle))
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

async function findBundles(store: EvidenceStore): Promise<Candidate[]> {
  const bundles = new Map<string, Candidate>()
  for await (const object of store.list('')) {
    const match = BUNDLE_KEY.exec(object.key)
    if (!match) continue
    const key = object.key.slice(0, object.key.length - match[6]!.length - 1)
    const candidate = bundles.get(key) ?? { key, scope: match[1]!, objects: [], complete: false }
    candidate.objects.push(match[6]!)
    if (match[6] === MANIFEST_FILE) candidate.complete = true
    bundles.set(key, candidate)
  }
  return [...bundles.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** A local bundle is checked in place; a remote one is downloaded to a temporary directory first. */
async function verifyStored(
  store: EvidenceStore,
  candidate: Candidate,
  options: VerifyOptions
): Promise<VerifyReport> {
  if (store instanceof LocalStore) return verifyBundle(store.uri(candidate.key), options)
  const dir = await mkdtemp(join(tmpdir(), 'annex-verify-'))
  try {
    for (const object of candidate.objects) {
      const target = join(dir, ...object.split('/'))
      await mkdir(dirname(target), { recursive: true })
      await pipeline(await store.get(`${candidate.key}/${object}`), createWriteStream(target))
    }
    return { ...(await verifyBundle(dir, options)), bundle: store.uri(candidate.key) }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function checkChain(
  scope: string,
  bundles: { candidate: Candidate; report?: VerifyReport }[],
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

function toRow(candidate: Candidate, bundle: VerifyReport | undefined): BundleRow {
  if (!bundle) {
    return {
      key: candidate.key,
      scope: candidate.scope,
      status: 'incomplete',
      problems: [
        `${MANIFEST_FILE} is missing: an incomplete bundle (an upload that did not finish, or a deleted manifest)`
      ]
    }
  }
  return {
    key: candidate.key,
    scope: candidate.scope,
    status: bundle.ok ? 'ok' : 'failed',
    ...(bundle.manifest ? { startedAt: bundle.manifest.startedAt, period: bundle.manifest.period } : {}),
    signature: bundle.signature.status,
    findings: bundle.findingsRederived,
    problems: bundle.problems.map((p) => p.message)
  }
}

function within(row: BundleRow, options: PeriodVerifyOptions): boolean {
  const time = Date.parse(row.startedAt ?? keyTime(row.key))
  return (!options.from || time >= options.from.getTime()) && (!options.to || time <= options.to.getTime())
}

/** `…/20261125T021700Z-123` → 2026-11-25T02:17:00Z, for bundles whose manifest cannot be read. */
function keyTime(key: string): string {
  const stamp = /(\d{8})T(\d{6})Z-[^/]*$/.exec(key)
  if (!stamp) return '1970-01-01T00:00:00Z'
  const [d, t] = [stamp[1]!, stamp[2]!]
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}Z`
}

function checkCadence(
  scope: string,
  rows: BundleRow[],
  options: PeriodVerifyOptions,
  report: PeriodReport
): void {
  const times = rows.filter((row) => row.startedAt).map((row) => ({ row, time: Date.parse(row.startedAt!) }))
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
