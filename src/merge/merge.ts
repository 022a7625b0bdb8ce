import { mkdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import {
  BUNDLE_FILES,
  MANIFEST_FILE,
  MANIFEST_SCHEMA_VERSION,
  manifestSchema,
  type ManifestMerged
} from '../bundle/manifest.js'
import { canonicalJson } from '../bundle/hash.js'
import type { SigningKey } from '../bundle/signing.js'
import { BundleWriter } from '../bundle/writer.js'
import { CHECKS } from '../checks/index.js'
import { InputError } from '../config/errors.js'
import type { LoadedConfig } from '../config/load.js'
import { configSchema } from '../config/schema.js'
import { loadCatalogs } from '../controls/catalog.js'
import { renderSoaCsv, renderSoaMarkdown } from '../controls/soa.js'
import { soaMetaOf, SOA_INPUTS_FILE, type SoaInputs } from '../controls/soa-inputs.js'
import type { ControlRefs, EvaluationPeriod, EvidenceRecord } from '../model.js'
import { OSCAL_ASSESSMENT_RESULTS_FILE } from '../oscal/assessment-results.js'
import { writeAuditorFiles } from '../report/auditor-files.js'
import { REPORT_FILE } from '../report/html/render.js'
import {
  bundleKeyFor,
  failingControls,
  PublishError,
  publishNewBundle,
  writeEvaluation,
  type FailOn,
  type Logger,
  type RunResult
} from '../run.js'
import { headOf, sealDrafts, sealOrKeep, type ManifestDraft } from '../seal.js'
import { EvidenceIndex } from '../sources/evidence.js'
import { openDestination, publishPending, type Destination } from '../store/destination.js'
import { S3UnreachableError } from '../store/s3-uri.js'
import type { Settings } from '../inputs/settings.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import { evaluateRun } from '../pipeline.js'
import type { PartialBundle } from './read-partials.js'
import { ShardSetError } from './shard-set.js'

/** What a bundle holds besides its evidence: made again from the union of the shards' evidence. */
const DERIVED_FILES = new Set<string>([
  ...Object.values(BUNDLE_FILES),
  SOA_INPUTS_FILE,
  REPORT_FILE,
  OSCAL_ASSESSMENT_RESULTS_FILE
])

export interface MergeOptions {
  destination: Settings['destination']
  spoolDir: string
  s3: Settings['s3']
  signingKey?: SigningKey
  failOn: FailOn
  now: Date
  log: Logger
}

/**
 * Combines the checked shards of one run (`checkShardSet`) into one bundle, as a run that collected
 * everything would have written it: the union of their evidence, byte for byte; the checks evaluated
 * and the controls rolled up again over that union, with the config, mapping and SoA inputs the shards
 * recorded; then sealed into the scope's chain and published like any nightly bundle.
 */
export async function mergePartials(shards: PartialBundle[], options: MergeOptions): Promise<RunResult> {
  const { log } = options
  const first = shards[0]!.manifest
  const readJson = async <T>(dir: string, path: string): Promise<T> =>
    JSON.parse(await readFile(join(dir, ...path.split('/')), 'utf8')) as T
  const configFile = await readJson<{ path: string | null; sha256: string; effective: unknown }>(
    shards[0]!.dir,
    BUNDLE_FILES.config
  )
  const parsedConfig = configSchema.safeParse(configFile.effective)
  if (!parsedConfig.success)
    throw new InputError(
      `merge: ${shards[0]!.location}: ${BUNDLE_FILES.config}: the recorded config is not valid`
    )
  const loaded: LoadedConfig = {
    config: parsedConfig.data,
    sha256: configFile.sha256,
    ...(configFile.path !== null ? { source: configFile.path } : {})
  }
  const mapping = new Map(
    Object.entries(await readJson<Record<string, ControlRefs>>(shards[0]!.dir, BUNDLE_FILES.mapping))
  )
  const soaInputs = await readJson<SoaInputs>(shards[0]!.dir, SOA_INPUTS_FILE)
  const period: EvaluationPeriod = {
    start: earliest(shards.map((s) => s.manifest.period.start)),
    end: latest(shards.map((s) => s.manifest.period.end)),
    expression: first.period.expression
  }

  const destination = await openDestination(
    options.destination,
    options.spoolDir,
    options.s3,
    () => options.now
  )
  await refuseMergedTwice(destination, first.scope, shards)
  const earlier = await publishWaiting(destination, options.signingKey, log)
  const provisionalKey = bundleKeyFor(first.scope, options.now, first.run)
  const bundleDir = join(destination.localRoot, ...provisionalKey.split('/'))
  await mkdir(resolve(bundleDir, '..'), { recursive: true })
  const writer = new BundleWriter(bundleDir)

  // The union of the shards' evidence. A file two shards both hold (manual evidence every shard copies)
  // must be the same bytes; evidence of one subject in two shards cannot happen (checkShardSet).
  const copied = new Map<string, { sha256: string; from: string }>()
  const records: EvidenceRecord[] = []
  await log.group(`Merge: ${shards.length} shards of run ${first.run.id}`, async () => {
    for (const shard of shards) {
      let files = 0
      for (const file of shard.manifest.files) {
        if (DERIVED_FILES.has(file.path)) continue
        const seen = copied.get(file.path)
        if (seen) {
          if (seen.sha256 !== file.sha256)
            throw new ShardSetError(
              `merge: ${file.path} differs between ${seen.from} and ${shard.location}: the shards did not collect the same evidence for it`
            )
          continue
        }
        const bytes = await readFile(join(shard.dir, ...file.path.split('/')))
        await writer.writeBytes(file.path, bytes)
        copied.set(file.path, { sha256: file.sha256, from: shard.location })
        files += 1
        if (file.path.startsWith('evidence/') && file.path.endsWith('.json'))
          records.push(JSON.parse(bytes.toString('utf8')) as EvidenceRecord)
      }
      log.info(
        `Shard ${shard.manifest.shard.index}/${shard.manifest.shard.count} (${shard.location}): ${shard.manifest.shard.subjects.length} subject(s), ${files} file(s)`
      )
    }
  })

  const evidence = new EvidenceIndex(records)
  const catalogs = await loadCatalogs()
  const { findings, controls } = await log.group('Evaluate over the union of the shards', () =>
    evaluateRun(CHECKS, {
      evidence,
      loaded,
      period,
      mapping,
      catalogs,
      rollUpInputs: { ...soaInputs, periodEnd: period.end },
      log
    })
  )

  return log.group('Bundle', async () => {
    await writeEvaluation(writer, CHECKS, { findings, controls, mapping, loaded })
    await writer.writeJson(SOA_INPUTS_FILE, soaInputs)
    await writer.writeText(BUNDLE_FILES.soaCsv, renderSoaCsv(controls))
    await writer.writeText(
      BUNDLE_FILES.soaMarkdown,
      renderSoaMarkdown(
        controls,
        soaMetaOf(loaded, { scope: first.scope, period, tool: { name: TOOL_NAME, version: TOOL_VERSION } })
      )
    )
    const subjects = shards.reduce((sum, s) => sum + s.manifest.summary.subjects, 0)
    const merged: ManifestMerged = {
      shards: shards.map((s) => ({
        index: s.manifest.shard.index,
        count: s.manifest.shard.count,
        bundleKey: s.manifest.bundleKey,
        manifestSha256: s.manifestSha256,
        startedAt: s.manifest.startedAt,
        finishedAt: s.manifest.finishedAt,
        period: s.manifest.period,
        subjects: s.manifest.shard.subjects.length
      }))
    }
    const manifest: ManifestDraft = {
      schemaVersion: MANIFEST_SCHEMA_VERSION,
      mode: first.mode,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      scope: first.scope,
      run: first.run,
      period,
      startedAt: earliest(shards.map((s) => s.manifest.startedAt)),
      finishedAt: new Date().toISOString(),
      config: first.config,
      sources: mergeSections(shards.map((s) => s.manifest.sources)) as Record<string, unknown>,
      requests: sumCounts(shards.map((s) => s.manifest.requests)),
      summary: {
        subjects,
        findings: countBy(findings.map((f) => f.status)),
        controls: Object.fromEntries(
          Object.entries(controls.frameworks).map(([id, fw]) => [id, { ...fw.counts }])
        )
      },
      merged
    }
    await writeAuditorFiles(writer, manifest, { findings, controls, checks: CHECKS })
    const sealed = await sealOrKeep(writer, manifest, {
      destination,
      signingKey: options.signingKey,
      keyFor: (at) => bundleKeyFor(first.scope, at, first.run),
      log: log.info
    })
    const { bundleKey, dir, manifestSha256, archivePath } =
      'kept' in sealed
        ? { bundleKey: provisionalKey, dir: sealed.kept, manifestSha256: '', archivePath: '' }
        : sealed
    if (!('kept' in sealed))
      log.info(
        `Merged bundle written to ${dir} (manifest sha256 ${manifestSha256}${options.signingKey ? `, signed by ${options.signingKey.fingerprint}` : ''})`
      )
    const publishError =
      'kept' in sealed
        ? new PublishError(
            `The merged bundle could not take its place in the chain at ${destination.store.location}: ${sealed.error.message}. Its evidence is kept in ${sealed.kept} (spooled, not sealed yet); the next run with the same spool directory seals and publishes it.`,
            sealed.kept,
            sealed.error instanceof InputError
          )
        : destination.remote
          ? await publishNewBundle(destination, bundleKey, dir, earlier, log)
          : undefined
    const failedControls = failingControls(controls, options.failOn)
    return {
      bundleDir: dir,
      bundleKey,
      bundleUri: destination.store.uri(bundleKey),
      archivePath,
      published: !publishError,
      publishError,
      sourceNotes: [],
      sourceFailures: [],
      manifestSha256,
      findings,
      controls,
      period,
      scope: first.scope,
      subjects,
      requests: manifest.requests as unknown as RunResult['requests'],
      failedControls,
      failed: options.failOn !== 'none' && failedControls.length > 0
    }
  })
}

/**
 * A merge job run again (a re-run of the workflow's failed jobs) must not put the same shards into the
 * chain twice: the head already merged from exactly these shards is named instead. S3 unreachable now is
 * no reason to refuse: sealing reads the head again.
 */
async function refuseMergedTwice(destination: Destination, scope: string, shards: PartialBundle[]) {
  const head = await headOf(destination)
    .peek(scope)
    .catch(() => null)
  if (!head) return
  let recorded: unknown
  try {
    const chunks: Buffer[] = []
    for await (const chunk of await destination.store.get(`${head.key}/${MANIFEST_FILE}`))
      chunks.push(chunk as Buffer)
    recorded = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    return
  }
  const parsed = manifestSchema.safeParse(recorded)
  const digests = (list: { manifestSha256: string }[]) =>
    list
      .map((s) => s.manifestSha256)
      .sort()
      .join(',')
  if (parsed.success && parsed.data.merged && digests(parsed.data.merged.shards) === digests(shards))
    throw new ShardSetError(
      `merge: these ${shards.length} shards of run ${shards[0]!.manifest.run.id} are already merged, as ${destination.store.uri(head.key)}: nothing to do`
    )
}

/** Bundles earlier runs left in the spool of a remote destination go first, as in a nightly run. */
async function publishWaiting(
  destination: Destination,
  signingKey: SigningKey | undefined,
  log: Logger
): Promise<Error | undefined> {
  if (!destination.remote) return undefined
  try {
    await sealDrafts(destination, {
      signingKey,
      keyFor: (scope, at, run) => bundleKeyFor(scope, at, run),
      log: log.info
    })
    await publishPending(destination, log.info)
    return undefined
  } catch (error) {
    if (error instanceof InputError && !(error instanceof S3UnreachableError)) throw error
    log.warning(`Earlier bundles are still waiting in ${destination.localRoot}: ${(error as Error).message}`)
    return error as Error
  }
}

const earliest = (times: string[]) => times.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a))
const latest = (times: string[]) => times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a))

function sumCounts(all: Record<string, number>[]): Record<string, number> {
  const sum: Record<string, number> = {}
  for (const counts of all)
    for (const [key, value] of Object.entries(counts)) sum[key] = (sum[key] ?? 0) + value
  return sum
}

/**
 * The shards' sections of `sources`, combined without guessing what a field means: a value every shard
 * recorded alike is kept; lists are joined (each item once); objects are combined field by field; any
 * other value that differs is kept per shard, as `{ byShard: [...] }` in shard order.
 */
export function mergeSections(values: unknown[]): unknown {
  const present = values.filter((value) => value !== undefined)
  if (present.length === 0) return undefined
  if (present.every((value) => canonicalJson(value) === canonicalJson(present[0]))) return present[0]
  if (present.every(Array.isArray)) {
    const seen = new Map<string, unknown>()
    for (const item of present.flat()) seen.set(canonicalJson(item), item)
    return [...seen.values()]
  }
  const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)
  if (present.every(isObject)) {
    const keys = [...new Set(present.flatMap((value) => Object.keys(value as object)))]
    return Object.fromEntries(
      keys.map((key) => [key, mergeSections(present.map((value) => (value as Record<string, unknown>)[key]))])
    )
  }
  return { byShard: values }
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}
