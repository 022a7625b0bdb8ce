import { z } from 'zod'
import { BUNDLE_FILES, MANIFEST_FILE } from '../bundle/manifest.js'
import { sha256Hex } from '../bundle/hash.js'
import type { BundleSample } from '../evidence/github-org.js'
import type { FindingStatus } from '../model.js'
import type { EvidenceStore } from './store.js'
import { readBounded } from './read-bounded.js'

/** `<scope>/YYYY/MM/DD/<timestamp>-<run id>/<file>`, the layout every bundle is stored under. */
const BUNDLE_FILE = /^(.+)\/(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\/([^/]+)$/
/** A findings.json larger than this is not read (a hostile store could hand over anything). */
const MAX_FILE_BYTES = 64 * 1024 * 1024
const STATUSES = new Set<FindingStatus>(['pass', 'fail', 'error', 'not_applicable'])
const DAY_MS = 86_400_000
/** The manifest fields a sample needs; the rest is verify's to check. */
const sampleManifest = z.object({
  bundleKey: z.string(),
  period: z.object({ end: z.string() }),
  files: z.array(z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }))
})

/**
 * The samples for bundle-timeline.ts: every bundle of `scope` stored inside the period (by the date in its
 * key), with its period's end and the findings of `checks` it recorded. A bundle's findings are used only
 * when findings.json matches the SHA-256 its manifest lists; otherwise, or when it cannot be read, the
 * sample is kept with `unreadable` set, so the timeline states it as a gap rather than dropping it.
 * The manifest's own signature and chain are `verify`'s to check (`verify <store> --from --to`).
 */
export async function loadBundleSamples(
  store: EvidenceStore,
  scope: string,
  period: { start: string; end: string },
  checks: readonly string[]
): Promise<BundleSample[]> {
  const first = Date.parse(period.start) - DAY_MS
  const last = Date.parse(period.end) + DAY_MS
  const bundles = new Map<string, Set<string>>()
  for await (const object of store.list(`${scope}/`)) {
    const match = BUNDLE_FILE.exec(object.key)
    if (!match || match[1] !== scope) continue
    const day = Date.UTC(Number(match[2]), Number(match[3]) - 1, Number(match[4]))
    if (day < first || day > last) continue
    const key = object.key.slice(0, object.key.length - match[6]!.length - 1)
    bundles.set(key, (bundles.get(key) ?? new Set()).add(match[6]!))
  }
  const wanted = new Set(checks)
  const samples: BundleSample[] = []
  for (const [key, files] of [...bundles.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (!files.has(MANIFEST_FILE)) continue // a bundle still being written, or a partial one
    const at = key.slice(key.lastIndexOf('/') + 1)
    try {
      const manifest = sampleManifest.parse(
        JSON.parse((await readBounded(store, `${key}/${MANIFEST_FILE}`, MAX_FILE_BYTES)).toString('utf8'))
      )
      const sample = { bundle: key, at: manifest.period.end }
      if (manifest.bundleKey !== key) {
        samples.push({
          ...sample,
          findings: [],
          unreadable: `its manifest says it is ${manifest.bundleKey}: moved or swapped`
        })
        continue
      }
      const listed = manifest.files.find((file) => file.path === BUNDLE_FILES.findings)
      if (!listed || !files.has(BUNDLE_FILES.findings)) {
        samples.push({ ...sample, findings: [], unreadable: 'the bundle has no findings.json' })
        continue
      }
      const bytes = await readBounded(store, `${key}/${BUNDLE_FILES.findings}`, MAX_FILE_BYTES)
      if (sha256Hex(bytes) !== listed.sha256) {
        samples.push({ ...sample, findings: [], unreadable: 'findings.json does not match its manifest' })
        continue
      }
      const parsed = JSON.parse(bytes.toString('utf8')) as unknown
      const findings = (Array.isArray(parsed) ? parsed : []).flatMap((f: unknown) => {
        const { check, subject, status } = (f ?? {}) as Record<string, unknown>
        return typeof check === 'string' &&
          wanted.has(check) &&
          typeof subject === 'string' &&
          STATUSES.has(status as FindingStatus)
          ? [{ check, subject, status: status as FindingStatus }]
          : []
      })
      samples.push({ ...sample, findings })
    } catch (error) {
      samples.push({
        bundle: key,
        at: keyTime(at) ?? period.start,
        findings: [],
        unreadable: `the bundle could not be read (${(error as Error).message.slice(0, 200)})`
      })
    }
  }
  return samples
}

/** `20260804T031500Z-123` → the ISO time, when the key carries one. */
function keyTime(name: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})/.exec(name)
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined
}
