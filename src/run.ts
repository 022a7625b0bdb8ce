import { StoreState } from './store/state.js'
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { ALL_CHECKS, CHECKS } from './checks/index.js'
import type { Check } from './checks/check.js'
import { evaluateChecks } from './checks/evaluate.js'
import { InputError } from './config/errors.js'
import { loadConfig, type LoadedConfig } from './config/load.js'
import { resolvePeriod } from './config/period.js'
import {
  applyMappingOverrides,
  loadCatalogs,
  loadCheckMapping,
  MappingError,
  type Catalogs,
  type CheckMapping
} from './controls/catalog.js'
import { checkApplicabilityIds, rollUpControls, type ControlsReport } from './controls/rollup.js'
import { renderSoaCsv, renderSoaMarkdown } from './controls/soa.js'
import { describeConfigDecisions, loadSoaBase, soaMetaOf, SOA_INPUTS_FILE } from './controls/soa-inputs.js'
import { collectManualEvidence } from './sources/manual-evidence.js'
import { BUNDLE_FILES, MANIFEST_SCHEMA_VERSION } from './bundle/manifest.js'
import { BundleWriter } from './bundle/writer.js'
import { parseSigningKey } from './bundle/signing.js'
import { headOf, sealDrafts, sealOrKeep, type ManifestDraft } from './seal.js'
import { S3UnreachableError } from './store/s3-uri.js'
import {
  openDestination,
  publish,
  publishPending,
  type Destination,
  type S3Settings
} from './store/destination.js'
import type { EvaluationPeriod, Finding } from './model.js'
import { EvidenceIndex, indexingSink } from './sources/evidence.js'
import type { RequestStats } from './sources/github/client.js'
import { SOURCES } from './sources/registry.js'
import type { SourceSettings } from './sources/source.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'
import { writeAuditorFiles } from './report/auditor-files.js'

import { DEFAULT_PERIOD, REPOSITORY_PATTERN, type FailOn } from './inputs/defaults.js'
import type { DestinationSetting } from './inputs/run-inputs.js'
export { FAIL_ON_VALUES, REPOSITORY_PATTERN, type FailOn } from './inputs/defaults.js'

/** The manifest's `requests` when no source made any. */
const NO_REQUESTS: RequestStats = {
  http: 0,
  rest: 0,
  graphql: 0,
  notModified: 0,
  retried: 0,
  graphqlPoints: 0,
  rateLimitWaits: 0
}

export interface RunMetadata {
  id: string
  attempt?: string
  repository?: string
  workflow?: string
  commit?: string
  ref?: string
  event?: string
  actor?: string
  serverUrl?: string
}

export interface RunOptions {
  token: string
  apiUrl: string
  graphqlUrl: string
  /** From the `repositories` input; empty means "from the config, else the current repository". */
  repositories: string[]
  currentRepository?: string
  configPath: string
  configExplicit: boolean
  /** A directory, or an S3 bucket and prefix (parsed by the input layer). */
  destination: DestinationSetting
  /** Where bundles for a remote destination are built and kept until uploaded. */
  spoolDir: string
  s3: S3Settings
  /** ed25519 private key (PKCS#8 PEM or base64 seed) from the `signing-key` secret. */
  signingKey?: string
  /** From the `period` input; empty means "from the config, else P1D". */
  period?: string
  failOn: FailOn
  run: RunMetadata
  now: Date
  rateLimitBudgetSeconds: number
  retryBaseMs?: number
  log: Logger
  /** Where the repository is checked out: the AI inventory and model result files are read from it. */
  workspace?: string
  /** Model registry credentials (MLFLOW_TRACKING_TOKEN, HF_TOKEN, AWS_*) are read from here. */
  env?: NodeJS.ProcessEnv
}

export interface Logger {
  info: (message: string) => void
  warning: (message: string) => void
  /** Runs `body` as one collapsible section of the log; synchronous bodies are welcome. */
  group: <T>(name: string, body: () => T | Promise<T>) => Promise<T>
}

export interface RunResult {
  bundleDir: string
  bundleKey: string
  /** Where the bundle is kept: the store's address for it. */
  bundleUri: string
  archivePath: string
  published: boolean
  /** Problems with whole sources (an unreachable org, AWS not configured), for the job summary. */
  sourceNotes: string[]
  /** Sources that collected nothing (named, with why): the step fails unless `fail-on: none`. */
  sourceFailures: string[]
  /** Set when the bundle stayed in the spool; the step must fail with this message. */
  publishError?: PublishError
  manifestSha256: string
  findings: Finding[]
  controls: ControlsReport
  period: EvaluationPeriod
  scope: string
  /** Repositories in scope. */
  subjects: number
  requests: RequestStats
  failedControls: string[]
  failed: boolean
}

/** collect → evaluate → bundle → publish (local). Reporting is left to the caller (action or CLI). */
export async function runEvidence(options: RunOptions): Promise<RunResult> {
  const { log } = options
  const startedAt = new Date()
  const loaded = await loadConfig(options.configPath, { explicit: options.configExplicit })
  const { catalogs, mapping, shipped, overridden } = await loadControls(loaded, CHECKS)
  const soaBase = await loadSoaBase(loaded, catalogs)
  const scope = resolveScope(options, loaded)
  const period = resolvePeriod(
    options.period || loaded.config.period || DEFAULT_PERIOD,
    options.now,
    options.period ? 'period input' : `${options.configPath}: period`
  )
  const scopeName = scopeLabel(scope)
  // A key that was given but is empty is an error (parseSigningKey), never an unsigned bundle.
  const signingKey = options.signingKey !== undefined ? parseSigningKey(options.signingKey) : undefined
  const destination = await openDestination(
    options.destination,
    options.spoolDir,
    options.s3,
    () => options.now
  )
  const earlier = await log.group('Publish: bundles waiting in the spool', async () => {
    try {
      await sealDrafts(destination, {
        signingKey,
        keyFor: (scope, at, run) => bundleKeyFor(scope, at, run),
        log: log.info
      })
      const keys = await publishPending(destination, log.info)
      return { keys, error: undefined }
    } catch (error) {
      // S3 down now must not cost the night's evidence: collect, and keep the bundle in the spool.
      if (error instanceof InputError && !(error instanceof S3UnreachableError)) throw error
      log.warning(
        `Earlier bundles are still waiting in ${destination.localRoot}: ${(error as Error).message}`
      )
      return { keys: [], error: error as Error }
    }
  })
  log.info(await describeHead(destination, scopeName))
  // Provisional: the key is taken when the bundle takes its place in the chain, after collection.
  const provisionalKey = bundleKeyFor(scopeName, options.now, options.run)
  const bundleDir = join(destination.localRoot, ...provisionalKey.split('/'))
  await mkdir(resolve(bundleDir, '..'), { recursive: true })
  const writer = new BundleWriter(bundleDir)
  // Before any request: a manual evidence path outside the workspace stops the run with exit 2 at once.
  const manualEvidence = await collectManualEvidence(
    loaded.config,
    {
      workspace: options.workspace ?? process.cwd(),
      source: loaded.source ?? '(default config)',
      catalogs,
      requirements: soaBase.requirements
    },
    writer
  )
  const evidence = new EvidenceIndex()
  const sink = indexingSink(evidence, writer)
  const settings: SourceSettings = {
    config: loaded.config,
    scope,
    period,
    run: options.run,
    now: options.now,
    token: options.token,
    apiUrl: options.apiUrl,
    graphqlUrl: options.graphqlUrl,
    rateLimitBudgetSeconds: options.rateLimitBudgetSeconds,
    retryBaseMs: options.retryBaseMs,
    workspace: options.workspace ?? process.cwd(),
    env: options.env ?? process.env,
    cacheDir: join(destination.localRoot, '.cache'),
    state: new StoreState(
      destination.store,
      scopeName,
      join(destination.localRoot, '.cache'),
      provisionalKey.slice(provisionalKey.lastIndexOf('/') + 1)
    ),
    evidence
  }
  const sources: Record<string, unknown> = {}
  /** Problems with whole sources, for the job summary (per-resource problems are findings). */
  const sourceNotes: string[] = []
  const sourceFailures: string[] = []
  let subjects = 0
  let requests: RequestStats | undefined
  for (const entry of SOURCES.filter((entry) => entry.enabled(settings))) {
    const outcome = await log.group(`Collect: ${entry.title}`, async () =>
      (await entry.load()).source.collect(settings, sink, log)
    )
    sources[entry.id] = outcome.manifest
    sourceNotes.push(...outcome.notes)
    sourceFailures.push(...outcome.failures)
    subjects += outcome.subjects ?? 0
    requests ??= outcome.requests
  }
  const requestStats = requests ?? NO_REQUESTS

  const soaInputs = {
    ...soaBase,
    manualEvidence,
    ...describeConfigDecisions(
      loaded,
      shipped,
      overridden,
      CHECKS.map((check) => check.metadata.id)
    )
  }
  const { findings, controls } = await log.group('Evaluate', () => {
    const findings = evaluateChecks(CHECKS, { evidence, config: loaded.config, period }, mapping)
    const controls = rollUpControls(findings, catalogs, mapping, loaded.config.controls, {
      ...soaInputs,
      periodEnd: period.end
    })
    log.info(`${findings.length} findings from ${CHECKS.length - loaded.config.checks.skip.length} checks`)
    return { findings, controls }
  })

  return log.group('Bundle', async () => {
    await writeEvaluation(writer, CHECKS, { findings, controls, mapping, loaded })
    await writer.writeJson(SOA_INPUTS_FILE, soaInputs)
    await writer.writeText(BUNDLE_FILES.soaCsv, renderSoaCsv(controls))
    await writer.writeText(
      BUNDLE_FILES.soaMarkdown,
      renderSoaMarkdown(
        controls,
        soaMetaOf(loaded, { scope: scopeName, period, tool: { name: TOOL_NAME, version: TOOL_VERSION } })
      )
    )
    const manifest: ManifestDraft = {
      schemaVersion: MANIFEST_SCHEMA_VERSION,
      mode: 'nightly',
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      scope: scopeName,
      run: options.run,
      period,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      config: { path: loaded.source ?? null, sha256: loaded.sha256 },
      sources,
      requests: { ...requestStats },
      summary: {
        subjects,
        findings: countBy(findings.map((f) => f.status)),
        controls: Object.fromEntries(
          Object.entries(controls.frameworks).map(([id, fw]) => [id, { ...fw.counts }])
        )
      }
    }
    await writeAuditorFiles(writer, manifest, { findings, controls, checks: CHECKS })
    const sealed = await sealOrKeep(writer, manifest, {
      destination,
      signingKey,
      keyFor: (at) => bundleKeyFor(scopeName, at, options.run),
      log: log.info
    })
    const { bundleKey, dir, manifestSha256, archivePath } =
      'kept' in sealed
        ? { bundleKey: provisionalKey, dir: sealed.kept, manifestSha256: '', archivePath: '' }
        : sealed
    if (!('kept' in sealed))
      log.info(
        `Bundle written to ${dir} (manifest sha256 ${manifestSha256}${signingKey ? `, signed by ${signingKey.fingerprint}` : ''})`
      )
    const publishError =
      'kept' in sealed
        ? new PublishError(
            `The bundle could not take its place in the chain at ${destination.store.location}: ${sealed.error.message}. Nothing is lost: its evidence is kept in ${sealed.kept} (spooled, not sealed yet); the next run with the same spool directory seals it, linked to the chain, and publishes it.`,
            sealed.kept,
            sealed.error instanceof InputError
          )
        : destination.remote
          ? await publishNewBundle(destination, bundleKey, dir, earlier.error, log)
          : undefined
    // A local destination is the store itself: written is published.
    const published = !publishError
    const failedControls = failingControls(controls, options.failOn)
    return {
      bundleDir: dir,
      bundleKey,
      bundleUri: destination.store.uri(bundleKey),
      archivePath,
      published,
      publishError,
      sourceNotes,
      sourceFailures,
      manifestSha256,
      findings,
      controls,
      period,
      scope: scopeName,
      subjects,
      requests: requestStats,
      failedControls,
      failed: options.failOn !== 'none' && (failedControls.length > 0 || sourceFailures.length > 0)
    }
  })
}

/**
 * Loads catalogs and the mapping, narrowed to the checks this mode runs (minus skipped ones): a control
 * lists only checks that could have produced its evidence, and the bundle's mapping.json says the same.
 */
export async function loadControls(
  loaded: LoadedConfig,
  checks: readonly Check[]
): Promise<{ catalogs: Catalogs; mapping: CheckMapping; shipped: CheckMapping; overridden: CheckMapping }> {
  const source = loaded.source ?? '(default config)'
  try {
    const catalogs = await loadCatalogs()
    const base = await loadCheckMapping(
      ALL_CHECKS.map((check) => check.metadata.id),
      catalogs
    )
    const mapping = applyMappingOverrides(base, loaded.config.mappings, catalogs, source)
    checkApplicabilityIds(loaded.config.controls, catalogs, source)
    const unknownSkips = loaded.config.checks.skip.filter(
      (id) => !ALL_CHECKS.some((c) => c.metadata.id === id)
    )
    if (unknownSkips.length > 0) {
      throw new InputError(
        `${source}: checks.skip: unknown check id ${unknownSkips.map((id) => `"${id}"`).join(', ')}`
      )
    }
    const running = new Set(
      checks.map((check) => check.metadata.id).filter((id) => !loaded.config.checks.skip.includes(id))
    )
    return {
      catalogs,
      mapping: new Map([...mapping].filter(([id]) => running.has(id))),
      shipped: base,
      overridden: mapping
    }
  } catch (error) {
    if (error instanceof MappingError) throw new InputError(error.message)
    throw error
  }
}

function resolveScope(options: RunOptions, loaded: LoadedConfig): string[] {
  const fromInput = options.repositories.length > 0
  const scope = fromInput
    ? options.repositories
    : (loaded.config.repositories ?? (options.currentRepository ? [options.currentRepository] : []))
  if (scope.length === 0) {
    throw new InputError(
      'No repositories to collect from: set the repositories input (owner/repo or owner/*), `repositories` in the config, or run inside a workflow (GITHUB_REPOSITORY).'
    )
  }
  for (const entry of scope) {
    if (!REPOSITORY_PATTERN.test(entry)) {
      const where = fromInput
        ? 'repositories input'
        : loaded.config.repositories
          ? `${options.configPath}: repositories`
          : 'GITHUB_REPOSITORY'
      throw new InputError(`${where}: expected "owner/repo" or "owner/*", got ${JSON.stringify(entry)}`)
    }
  }
  return scope
}

/** A chain of bundles covers one scope: the owner for an org-wide run, owner--repo for a single repository. */
export function scopeLabel(scope: string[]): string {
  const owners = [...new Set(scope.map((entry) => entry.split('/')[0]!.toLowerCase()))].sort()
  if (scope.length === 1 && !scope[0]!.endsWith('/*')) return scope[0]!.toLowerCase().replace('/', '--')
  return owners.join('+')
}

/** `<scope>/YYYY/MM/DD/<UTC timestamp>-<run id>`: keys sort by time, and a re-run attempt gets its own key. */
export function bundleKeyFor(scope: string, now: Date, run: RunMetadata): string {
  const iso = now.toISOString()
  const stamp = iso.replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')
  const runId = `${run.id}${run.attempt && run.attempt !== '1' ? `.${run.attempt}` : ''}`.replace(
    /[^A-Za-z0-9._-]/g,
    '_'
  )
  return [scope, iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10), `${stamp}-${runId}`].join('/')
}

/** The chain head as the run starts, for the log; S3 down now is not a reason to stop collecting. */
async function describeHead(destination: Destination, scope: string): Promise<string> {
  try {
    const head = await headOf(destination).peek(scope)
    return head
      ? `Chain: head of ${scope} is ${head.key} (manifest sha256 ${head.manifestSha256})`
      : `Chain: first bundle of scope ${scope}`
  } catch (error) {
    if (error instanceof InputError && !(error instanceof S3UnreachableError)) throw error
    return `Chain: the head of ${scope} cannot be read now (${(error as Error).message}); collecting anyway, and reading it again before sealing`
  }
}

/**
 * What every bundle holds besides its evidence, in both modes: the findings, the control statuses, and
 * the checks, mapping and config that produced them, so `verify` can re-derive the first two.
 */
export async function writeEvaluation(
  writer: BundleWriter,
  checks: readonly Check[],
  result: { findings: Finding[]; controls: ControlsReport; mapping: CheckMapping; loaded: LoadedConfig }
): Promise<void> {
  const { findings, controls, mapping, loaded } = result
  await writer.writeJson(BUNDLE_FILES.findings, findings)
  await writer.writeJson(BUNDLE_FILES.controls, controls)
  await writer.writeJson(BUNDLE_FILES.mapping, Object.fromEntries(mapping))
  await writer.writeJson(
    BUNDLE_FILES.checks,
    checks.map((check) => ({ ...check.metadata, controls: mapping.get(check.metadata.id) ?? {} }))
  )
  await writer.writeJson(BUNDLE_FILES.config, {
    path: loaded.source ?? null,
    sha256: loaded.sha256,
    effective: loaded.config
  })
}

/** `framework:control` of the controls that fail the step under `fail-on`. */
export function failingControls(controls: ControlsReport, failOn: FailOn): string[] {
  return Object.entries(controls.frameworks).flatMap(([framework, report]) =>
    report.controls
      .filter((c) => c.status === 'failing' || (failOn === 'error' && c.status === 'error'))
      .map((c) => `${framework}:${c.id}`)
  )
}

/** Uploads the run's bundle, already marked as spooled, so a failure at any point loses nothing. */
async function publishNewBundle(
  destination: Destination,
  bundleKey: string,
  dir: string,
  earlierError: Error | undefined,
  log: Logger
): Promise<PublishError | undefined> {
  if (earlierError) {
    return new PublishError(
      `Not uploaded: earlier bundles could not be published (${earlierError.message}), and bundles are published in order. This run's bundle is kept in ${dir}; the next run publishes it.`,
      dir
    )
  }
  try {
    const { objects, bytes } = await publish(destination, bundleKey, log.info)
    log.info(`Published ${objects} objects (${bytes} bytes) to ${destination.store.uri(bundleKey)}`)
    return undefined
  } catch (error) {
    return new PublishError(
      `The bundle could not be published to ${destination.store.uri(bundleKey)}: ${(error as Error).message}. Nothing is lost: it is kept in ${dir} (spooled; the next run with the same spool directory publishes it first).`,
      dir,
      error instanceof InputError
    )
  }
}

/** The bundle is safe on disk but did not reach the destination; the step must fail and say where it is. */
export class PublishError extends Error {
  override name = 'PublishError'
  constructor(
    message: string,
    readonly bundleDir: string,
    readonly badInput = false
  ) {
    super(message)
  }
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}
