import { createHash, type KeyObject } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { checksFor } from '../checks/index.js'
import { evaluateChecks } from '../checks/evaluate.js'
import { InputError } from '../config/errors.js'
import { configSchema } from '../config/schema.js'
import { loadCatalogs } from '../controls/catalog.js'
import { EMPTY_ROLLUP_CONTEXT, rollUpControls } from '../controls/rollup.js'
import { SOA_INPUTS_FILE, type SoaInputs } from '../controls/soa-inputs.js'
import { renderSoaCsv } from '../controls/soa.js'
import type { ControlRefs, EvidenceRecord, Finding } from '../model.js'
import { EvidenceIndex } from '../sources/evidence.js'
import { DirectoryBundle, unsafePath, type BundleFiles } from './bundle-files.js'
import { checksumEntries, CHECKSUMS_FILE, MAX_CHECKSUMS_BYTES, renderChecksums } from './checksums.js'
import { canonicalJson, sha256Hex } from './hash.js'
import { checkManifestSignature, SIGNATURE_FILE, type SignatureCheck } from './signing.js'
import { BUNDLE_FILES, MANIFEST_FILE, manifestSchema, type Manifest } from './manifest.js'
import { matchCheckVersions, recordedCheckVersions, type NotRederived } from './check-versions.js'

export interface VerifyProblem {
  kind:
    | 'missing-manifest'
    | 'invalid-manifest'
    | 'missing-file'
    | 'extra-file'
    | 'hash-mismatch'
    | 'size-mismatch'
    | 'finding-mismatch'
    | 'controls-mismatch'
    | 'unreadable'
    | 'signature'
    | 'checksums-mismatch'
  path?: string
  message: string
}

export interface VerifyReport {
  bundle: string
  ok: boolean
  manifest?: Pick<
    Manifest,
    'scope' | 'bundleKey' | 'previous' | 'period' | 'startedAt' | 'finishedAt' | 'tool' | 'shard' | 'merged'
  >
  /** SHA-256 of manifest.json as found. */
  manifestSha256?: string
  signature: SignatureCheck
  filesChecked: number
  findingsRederived: number
  /**
   * Checks whose bundle version differs from this build's: their findings are not compared (never a false
   * tamper alarm), and each says which build re-derives them. Integrity is verified all the same.
   */
  notRederived: NotRederived[]
  problems: VerifyProblem[]
}

/**
 * Checks a bundle directory: every file's hash and size against the manifest, no file missing or added,
 * and every finding and control status re-derived from the raw evidence with this version's check code.
 */
export interface VerifyOptions {
  /** Public keys the auditor trusts; with none, a signature is reported but cannot be checked. */
  trustedKeys?: { publicKey: KeyObject; fingerprint: string }[]
  /** A bundle whose signature was not checked against a trusted key (unsigned, or no key given) fails. */
  requireSignature?: boolean
}

export async function verifyBundle(dir: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory())
    throw new InputError(
      `verify: ${dir} is not a directory (expected a bundle directory with manifest.json at its root)`
    )
  return verifyBundleFiles(new DirectoryBundle(dir), options)
}

/** verifyBundle for a bundle wherever its files are (a directory, or objects in a store read as streams). */
export async function verifyBundleFiles(
  files: BundleFiles,
  options: VerifyOptions = {}
): Promise<VerifyReport> {
  const report: VerifyReport = {
    bundle: files.location,
    ok: false,
    signature: { status: 'unsigned', message: 'the manifest could not be read' },
    filesChecked: 0,
    findingsRederived: 0,
    notRederived: [],
    problems: []
  }
  const manifest = await readManifest(files, report)
  if (!manifest) return report
  report.manifest = {
    scope: manifest.scope,
    period: manifest.period,
    startedAt: manifest.startedAt,
    finishedAt: manifest.finishedAt,
    tool: manifest.tool,
    bundleKey: manifest.bundleKey,
    previous: manifest.previous,
    // A shard's partial bundle verifies on its own, and says it is partial; a merged one names its shards.
    ...(manifest.shard ? { shard: manifest.shard } : {}),
    ...(manifest.merged ? { merged: manifest.merged } : {})
  }
  const manifestBytes = (await files.read(MANIFEST_FILE))!
  report.manifestSha256 = createHash('sha256').update(manifestBytes).digest('hex')
  const signatureText = (await files.read(SIGNATURE_FILE))?.toString('utf8')
  report.signature = checkManifestSignature(manifestBytes, signatureText, options.trustedKeys ?? [])
  const signatureProblem = signatureVerdict(report.signature, manifest, options)
  if (signatureProblem)
    report.problems.push({ kind: 'signature', path: SIGNATURE_FILE, message: signatureProblem })

  const listed = await files.list()
  const present = new Set(
    listed.filter((path) => path !== MANIFEST_FILE && path !== SIGNATURE_FILE && path !== CHECKSUMS_FILE)
  )
  if (listed.includes(CHECKSUMS_FILE))
    await checkChecksums(files, manifest, manifestBytes, signatureText, report)
  for (const entry of manifest.files) {
    const unsafe = unsafePath(entry.path)
    if (unsafe) {
      report.problems.push({
        kind: 'invalid-manifest',
        path: MANIFEST_FILE,
        message: `${MANIFEST_FILE} lists ${JSON.stringify(entry.path)}, which ${unsafe}: a file outside the bundle (tampering)`
      })
      continue
    }
    if (!present.delete(entry.path)) {
      report.problems.push({
        kind: 'missing-file',
        path: entry.path,
        message: `${entry.path}: listed in the manifest but missing`
      })
      continue
    }
    const actual = await files.sha256(entry.path)
    report.filesChecked += 1
    if (actual.sha256 !== entry.sha256) {
      report.problems.push({
        kind: 'hash-mismatch',
        path: entry.path,
        message: `${entry.path}: SHA-256 is ${actual.sha256}, the manifest says ${entry.sha256} (the file was changed)`
      })
    } else if (actual.size !== entry.size) {
      report.problems.push({
        kind: 'size-mismatch',
        path: entry.path,
        message: `${entry.path}: ${actual.size} bytes, the manifest says ${entry.size}`
      })
    }
  }
  for (const extra of [...present].sort()) {
    report.problems.push({
      kind: 'extra-file',
      path: extra,
      message: `${extra}: present but not listed in the manifest (added after the bundle was sealed)`
    })
  }
  if (report.problems.length === 0) await rederive(files, manifest, report)
  report.ok = report.problems.length === 0
  return report
}

/**
 * SHA256SUMS is what an auditor without Node checks, so it must say exactly what the manifest says; a
 * bundle made before it existed has none, which is no failure.
 */
async function checkChecksums(
  files: BundleFiles,
  manifest: Manifest,
  manifestBytes: Buffer,
  signatureText: string | undefined,
  report: VerifyReport
): Promise<void> {
  const { size } = await files.sha256(CHECKSUMS_FILE)
  const text = size <= MAX_CHECKSUMS_BYTES ? (await files.read(CHECKSUMS_FILE))?.toString('utf8') : undefined
  const expected = renderChecksums(
    checksumEntries(
      manifest.files,
      sha256Hex(manifestBytes),
      signatureText === undefined ? undefined : { file: SIGNATURE_FILE, sha256: sha256Hex(signatureText) }
    )
  )
  if (text !== expected)
    report.problems.push({
      kind: 'checksums-mismatch',
      path: CHECKSUMS_FILE,
      message: `${CHECKSUMS_FILE}: does not list exactly the bundle's files and their SHA-256 as the manifest does (changed after sealing)`
    })
}

/** What about the signature is a failure: a broken or foreign signature, or none where one is required or declared. */
function signatureVerdict(
  check: SignatureCheck,
  manifest: Manifest,
  options: VerifyOptions
): string | undefined {
  switch (check.status) {
    case 'invalid':
    case 'untrusted-key':
      return `${SIGNATURE_FILE}: ${check.message}`
    case 'unsigned':
      if (manifest.signature)
        return `${SIGNATURE_FILE} is missing, but the manifest says it was signed by ${manifest.signature.keyFingerprint}`
      if (options.trustedKeys?.length)
        return `the bundle is not signed, but a public key was given to check its signature`
      if (options.requireSignature)
        return `the bundle is not signed, and a signature is required (--require-signature): nothing shows who made it`
      return undefined
    case 'unchecked':
      if (options.requireSignature)
        return `the signature was not checked: a signature is required (--require-signature), so give the signer's public key with --public-key`
      return undefined
    default:
      if (
        manifest.signature &&
        check.fingerprint &&
        check.fingerprint !== manifest.signature.keyFingerprint
      ) {
        return `${SIGNATURE_FILE}: signed by ${check.fingerprint}, but the manifest names ${manifest.signature.keyFingerprint}`
      }
      return undefined
  }
}

async function readManifest(files: BundleFiles, report: VerifyReport): Promise<Manifest | undefined> {
  const text = (await files.read(MANIFEST_FILE))?.toString('utf8')
  if (text === undefined) {
    report.problems.push({
      kind: 'missing-manifest',
      path: MANIFEST_FILE,
      message: `${MANIFEST_FILE} is missing: this is not a complete bundle`
    })
    return undefined
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    report.problems.push({
      kind: 'invalid-manifest',
      path: MANIFEST_FILE,
      message: `${MANIFEST_FILE} is not valid JSON: ${(error as Error).message}`
    })
    return undefined
  }
  const parsed = manifestSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    report.problems.push({
      kind: 'invalid-manifest',
      path: MANIFEST_FILE,
      message: `${MANIFEST_FILE}: ${issue.path.join('.')}: ${issue.message}`
    })
    return undefined
  }
  return parsed.data
}

/** Re-runs the checks on the recorded evidence; the recorded findings and control statuses must come out again. */
async function rederive(files: BundleFiles, manifest: Manifest, report: VerifyReport): Promise<void> {
  const read = async <T>(path: string): Promise<T | undefined> => {
    try {
      const bytes = await files.read(path)
      if (!bytes) throw new Error('missing')
      return JSON.parse(bytes.toString('utf8')) as T
    } catch (error) {
      report.problems.push({
        kind: 'unreadable',
        path,
        message: `${path}: cannot be read as JSON (${(error as Error).message})`
      })
      return undefined
    }
  }
  const configFile = await read<{ effective: unknown }>(BUNDLE_FILES.config)
  const mappingFile = await read<Record<string, ControlRefs>>(BUNDLE_FILES.mapping)
  const recorded = await read<Finding[]>(BUNDLE_FILES.findings)
  const recordedControls = await read<unknown>(BUNDLE_FILES.controls)
  if (!configFile || !mappingFile || !recorded || recordedControls === undefined) return
  const config = configSchema.safeParse(configFile.effective)
  if (!config.success) {
    report.problems.push({
      kind: 'unreadable',
      path: BUNDLE_FILES.config,
      message: `${BUNDLE_FILES.config}: the recorded config is not valid: ${config.error.issues[0]?.message}`
    })
    return
  }
  const records: EvidenceRecord[] = []
  for (const entry of manifest.files.filter(
    (f) => f.path.startsWith('evidence/') && f.path.endsWith('.json')
  )) {
    const record = await read<EvidenceRecord>(entry.path)
    if (record) records.push(record)
  }
  const mapping = new Map(Object.entries(mappingFile))
  // checks.json is hashed like every file; a bundle without it predates check versions (all version 1).
  const checksFile = manifest.files.some((f) => f.path === BUNDLE_FILES.checks)
    ? await read<unknown>(BUNDLE_FILES.checks)
    : undefined
  const { rederivable, notRederived } = matchCheckVersions(
    checksFor(manifest.mode),
    recordedCheckVersions(checksFile),
    recorded.map((finding) => finding.check),
    manifest.tool.version,
    files.location
  )
  report.notRederived = notRederived
  const elsewhere = new Set(notRederived.map((entry) => entry.check))
  const rederived = evaluateChecks(
    rederivable,
    { evidence: new EvidenceIndex(records), config: config.data, period: manifest.period },
    mapping
  )
  report.findingsRederived = rederived.length
  const before = report.problems.length
  compareFindings(
    recorded.filter((finding) => !elsewhere.has(finding.check)),
    rederived,
    report
  )

  // With every comparable finding re-derived as recorded, the recorded findings are the ones to roll up:
  // those of other check versions cannot be re-derived here, and their hashes were checked.
  const basis =
    report.problems.length === before
      ? recorded
      : [...rederived, ...recorded.filter((finding) => elsewhere.has(finding.check))]
  // Bundles made before the SoA inputs were recorded roll up without them (no manual evidence, no labels).
  const soaInputs = manifest.files.some((f) => f.path === SOA_INPUTS_FILE)
    ? await read<SoaInputs>(SOA_INPUTS_FILE)
    : EMPTY_ROLLUP_CONTEXT
  if (!soaInputs) return
  const controls = rollUpControls(basis, await loadCatalogs(), mapping, config.data.controls, {
    ...soaInputs,
    periodEnd: manifest.period.end
  })
  if (canonicalJson(controls) !== canonicalJson(recordedControls)) {
    report.problems.push({
      kind: 'controls-mismatch',
      path: BUNDLE_FILES.controls,
      message: `${BUNDLE_FILES.controls}: control statuses differ from those re-derived from the evidence`
    })
  }
  const soa = (await files.read(BUNDLE_FILES.soaCsv))?.toString('utf8')
  if (soa !== undefined && soa !== renderSoaCsv(controls)) {
    report.problems.push({
      kind: 'controls-mismatch',
      path: BUNDLE_FILES.soaCsv,
      message: `${BUNDLE_FILES.soaCsv}: the Statement of Applicability differs from the one re-derived from the evidence`
    })
  }
}

function compareFindings(recorded: Finding[], rederived: Finding[], report: VerifyReport): void {
  const key = (f: Finding) => `${f.check} ${f.subject}`
  const expected = new Map(rederived.map((f) => [key(f), f]))
  for (const finding of recorded) {
    const again = expected.get(key(finding))
    expected.delete(key(finding))
    if (!again) {
      report.problems.push({
        kind: 'finding-mismatch',
        path: BUNDLE_FILES.findings,
        message: `finding ${finding.check} for ${finding.subject}: recorded, but the evidence does not produce it`
      })
    } else if (canonicalJson(again) !== canonicalJson(finding)) {
      const detail =
        again.status !== finding.status
          ? `recorded status "${finding.status}", the evidence gives "${again.status}"`
          : 'recorded content differs from what the evidence gives'
      report.problems.push({
        kind: 'finding-mismatch',
        path: BUNDLE_FILES.findings,
        message: `finding ${finding.check} for ${finding.subject}: ${detail}`
      })
    }
  }
  for (const missing of expected.values()) {
    report.problems.push({
      kind: 'finding-mismatch',
      path: BUNDLE_FILES.findings,
      message: `finding ${missing.check} for ${missing.subject}: the evidence produces it, but it is not recorded`
    })
  }
}
