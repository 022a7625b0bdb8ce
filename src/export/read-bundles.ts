import { DirectoryBundle, StoredBundle, type BundleFiles } from '../bundle/bundle-files.js'
import { sha256Hex } from '../bundle/hash.js'
import { BUNDLE_FILES, MANIFEST_FILE, manifestSchema, type Manifest } from '../bundle/manifest.js'
import type { BundleRow } from '../bundle/verify-period.js'
import type { ControlsReport } from '../controls/rollup.js'
import type { EvidenceRecord, Finding } from '../model.js'
import { LocalStore } from '../store/local.js'
import type { EvidenceStore } from '../store/store.js'

/** A bundle file larger than this is not read into memory for the export (its hash is still indexed). */
export const MAX_EXPORT_FILE_BYTES = 64 * 1024 * 1024

export interface CheckInfo {
  id: string
  title: string
  /** The check's logic version, when checks.json records it. */
  version?: number
  evidenceKinds: string[]
}

/** One verified bundle of the period, as the export reads it. */
export interface ExportBundle {
  key: string
  scope: string
  /** When the bundle was made, from its key (see verify-period). */
  keyTime: string
  manifest: Manifest
  manifestSha256: string
  /** Bundle path → SHA-256, as the manifest seals them. */
  sha256: Map<string, string>
  findings: Finding[]
  /** The bundle's controls.json (verify re-derived it from the findings); undefined when it is not usable. */
  controls: ControlsReport | undefined
  checks: Map<string, CheckInfo>
  /** An evidence record of the bundle, read and checked against the manifest again (it is read after verify). */
  record(path: string): Promise<EvidenceRecord | undefined>
}

/** Files a bundle changed since verify read it are refused: the export uses only what was verified. */
export class ChangedSinceVerifyError extends Error {
  override name = 'ChangedSinceVerifyError'
}

/**
 * Reads the bundles that verified, in key order. Everything read is hashed against the manifest, which
 * verify checked: a file swapped between the two reads is an error, not evidence.
 */
export async function readVerifiedBundles(store: EvidenceStore, rows: BundleRow[]): Promise<ExportBundle[]> {
  const bundles: ExportBundle[] = []
  for (const row of [...rows].sort((a, b) => byText(a.key, b.key))) {
    if (row.status !== 'ok') continue
    bundles.push(await readBundle(store, row))
  }
  return bundles
}

async function readBundle(store: EvidenceStore, row: BundleRow): Promise<ExportBundle> {
  const files = await filesOf(store, row.key)
  const manifestBytes = await files.read(MANIFEST_FILE)
  if (!manifestBytes)
    throw new ChangedSinceVerifyError(`${row.key}: ${MANIFEST_FILE} disappeared after verify`)
  const manifest = manifestSchema.parse(JSON.parse(manifestBytes.toString('utf8')))
  const sha256 = new Map(manifest.files.map((file) => [file.path, file.sha256]))
  const sizes = new Map(manifest.files.map((file) => [file.path, file.size]))
  const readChecked = async (path: string): Promise<unknown> => {
    const expected = sha256.get(path)
    if (!expected || (sizes.get(path) ?? Infinity) > MAX_EXPORT_FILE_BYTES) return undefined
    const bytes = await files.read(path)
    if (!bytes || sha256Hex(bytes) !== expected)
      throw new ChangedSinceVerifyError(
        `${row.key}/${path}: changed or removed after verify checked it; export again`
      )
    try {
      return JSON.parse(bytes.toString('utf8')) as unknown
    } catch {
      return undefined
    }
  }
  const findings = await readChecked(BUNDLE_FILES.findings)
  const checks = await readChecked(BUNDLE_FILES.checks)
  const controls = await readChecked(BUNDLE_FILES.controls)
  return {
    key: row.key,
    scope: row.scope,
    keyTime: row.keyTime,
    manifest,
    manifestSha256: sha256Hex(manifestBytes),
    sha256,
    findings: Array.isArray(findings) ? (findings as Finding[]) : [],
    controls: controlsReport(controls),
    checks: checkInfos(checks),
    record: async (path) => {
      const record = await readChecked(path)
      return record && typeof record === 'object' ? (record as EvidenceRecord) : undefined
    }
  }
}

/** checks.json is not re-derived by verify: only well-formed entries are taken, and only as labels. */
function checkInfos(value: unknown): Map<string, CheckInfo> {
  const infos = new Map<string, CheckInfo>()
  if (!Array.isArray(value)) return infos
  for (const entry of value as Record<string, unknown>[]) {
    if (!entry || typeof entry.id !== 'string') continue
    infos.set(entry.id, {
      id: entry.id,
      title: typeof entry.title === 'string' ? entry.title : '',
      ...(typeof entry.version === 'number' && { version: entry.version }),
      evidenceKinds: Array.isArray(entry.evidenceKinds)
        ? entry.evidenceKinds.filter((kind): kind is string => typeof kind === 'string')
        : []
    })
  }
  return infos
}

/** Only the shape the OSCAL builder walks is checked: frameworks, each with a list of controls. */
function controlsReport(value: unknown): ControlsReport | undefined {
  if (!value || typeof value !== 'object') return undefined
  const frameworks = (value as { frameworks?: unknown }).frameworks
  if (!frameworks || typeof frameworks !== 'object') return undefined
  const wellFormed = Object.values(frameworks).every(
    (report: unknown) =>
      !!report &&
      typeof report === 'object' &&
      Array.isArray((report as { controls?: unknown }).controls) &&
      ((report as { controls: unknown[] }).controls as Record<string, unknown>[]).every(
        (control) =>
          !!control &&
          typeof control.id === 'string' &&
          typeof control.applicable === 'boolean' &&
          !!control.findingCounts &&
          typeof control.findingCounts === 'object'
      )
  )
  return wellFormed ? (value as ControlsReport) : undefined
}

async function filesOf(store: EvidenceStore, key: string): Promise<BundleFiles> {
  if (store instanceof LocalStore) return new DirectoryBundle(store.uri(key))
  const objects: string[] = []
  for await (const object of store.list(`${key}/`)) objects.push(object.key.slice(key.length + 1))
  return new StoredBundle(store, key, objects)
}

/** Code-unit order: the same on every machine and locale, so the export's bytes are too. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
