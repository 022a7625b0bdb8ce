import { ALL_CHECKS } from './checks/index.js'
import type { Check } from './checks/check.js'
import { evaluateChecks } from './checks/evaluate.js'
import { InputError } from './config/errors.js'
import type { LoadedConfig } from './config/load.js'
import {
  applyMappingOverrides,
  loadCatalogs,
  loadCheckMapping,
  MappingError,
  type Catalogs,
  type CheckMapping
} from './controls/catalog.js'
import { checkApplicabilityIds, rollUpControls, type ControlsReport } from './controls/rollup.js'
import { BUNDLE_FILES, MANIFEST_SCHEMA_VERSION, type ManifestShard } from './bundle/manifest.js'
import type { BundleWriter } from './bundle/writer.js'
import type { FailOn } from './inputs/defaults.js'
import type { RunMode, Settings } from './inputs/settings.js'
import type { EvaluationPeriod, Finding } from './model.js'
import type { ManifestDraft } from './seal.js'
import { EvidenceIndex, indexingSink } from './sources/evidence.js'
import type { RequestStats } from './sources/github/client.js'
import { sourcesFor } from './sources/registry.js'
import type { SourceSettings } from './sources/source.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'
import { partialNotice, populationDigest } from './shard.js'

/**
 * The one pipeline of both modes: config → controls → collect (the source registry) → evaluate → bundle.
 * A mode (`run.ts` for the nightly run, `pull-request.ts` for a pull request) supplies only what differs:
 * where its config comes from, its checks, where its bundle goes and what it reports besides.
 */

export interface Logger {
  info: (message: string) => void
  warning: (message: string) => void
  /** Runs `body` as one collapsible section of the log; synchronous bodies are welcome. */
  group: <T>(name: string, body: () => T | Promise<T>) => Promise<T>
}

/** The settings of a run and its log: all any mode reads. */
export interface RunOptions extends Settings {
  log: Logger
}

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

export interface Controls {
  catalogs: Catalogs
  /** Narrowed to the checks the mode runs. */
  mapping: CheckMapping
  shipped: CheckMapping
  overridden: CheckMapping
}

/** What a mode has opened for its run once the config is known: the bundle it writes and what it covers. */
export interface ModeRun<R> {
  /** Repositories in scope, as the sources see them. */
  scope: string[]
  /** The bundle's scope name (its chain, for the nightly run). */
  scopeName: string
  period: EvaluationPeriod
  writer: BundleWriter
  /** Where sources may keep caches between runs. */
  cacheDir: string
  /** What the mode's sources read besides the settings (the pull request). */
  sourceSettings?: Partial<SourceSettings>
  /** What the control roll-up takes besides the findings (the nightly run's SoA inputs). */
  rollUpInputs?: Parameters<typeof rollUpControls>[4]
  /** Writes the mode's own files, seals the bundle and returns the mode's result. */
  finish(evaluated: Evaluated): Promise<R>
}

export interface PipelineMode<R> {
  id: RunMode
  checks: readonly Check[]
  /** The config the run is judged by. */
  loadConfig(): Promise<LoadedConfig>
  open(loaded: LoadedConfig, controls: Controls): Promise<ModeRun<R>>
}

/** What the shared part of the pipeline hands the mode to finish with. */
export interface Evaluated {
  loaded: LoadedConfig
  controls: ControlsReport
  mapping: CheckMapping
  findings: Finding[]
  manifest: ManifestDraft
  /** Problems with whole sources (an unreachable org, AWS not configured), for the job summary. */
  sourceNotes: string[]
  /** Sources that collected nothing (named, with why): the step fails unless `fail-on: none`. */
  sourceFailures: string[]
  subjects: number
  requests: RequestStats
  failedControls: string[]
  failed: boolean
  /**
   * Set when the run is one shard of a matrix (`shard: i/n`): the manifest's `shard`, already in `manifest`.
   * The mode seals a partial bundle for `merge`, outside the chain (src/shard-bundle.ts).
   */
  shard?: ManifestShard
}

export async function runPipeline<R>(options: RunOptions, mode: PipelineMode<R>): Promise<R> {
  const { log } = options
  const startedAt = new Date()
  const loaded = await mode.loadConfig()
  const controls = await loadControls(loaded, mode.checks)
  const run = await mode.open(loaded, controls)
  const evidence = new EvidenceIndex()
  const sink = indexingSink(evidence, run.writer)
  const settings: SourceSettings = {
    config: loaded.config,
    scope: run.scope,
    period: run.period,
    run: options.run,
    now: options.now,
    token: options.token,
    ...(options.githubApp ? { githubApp: options.githubApp } : {}),
    apiUrl: options.apiUrl,
    graphqlUrl: options.graphqlUrl,
    rateLimitBudgetSeconds: options.rateLimitBudgetSeconds,
    retryBaseMs: options.retryBaseMs,
    workspace: options.workspace,
    env: options.env,
    cacheDir: run.cacheDir,
    evidence,
    ...(options.shard ? { shard: options.shard } : {}),
    ...run.sourceSettings
  }
  const sources: Record<string, unknown> = {}
  const sourceNotes: string[] = []
  const sourceFailures: string[] = []
  let subjects = 0
  let requests: RequestStats | undefined
  const shardSubjects = { subjects: [] as string[], population: [] as string[] }
  // In a shard, a source that does not split its subjects is collected by shard 1 alone: its evidence is
  // in exactly one partial bundle.
  const inThisShard = (entry: { sharded?: boolean }) =>
    !options.shard || entry.sharded === true || options.shard.index === 1
  for (const entry of sourcesFor(mode.id).filter((entry) => entry.enabled(settings) && inThisShard(entry))) {
    const title = typeof entry.title === 'function' ? entry.title(settings) : entry.title
    const outcome = await log.group(`Collect: ${title}`, async () =>
      (await entry.load()).source.collect(settings, sink, log)
    )
    sources[entry.id] = outcome.manifest
    sourceNotes.push(...outcome.notes)
    sourceFailures.push(...outcome.failures)
    subjects += outcome.subjects ?? 0
    requests ??= outcome.requests
    shardSubjects.subjects.push(...(outcome.shard?.subjects ?? []))
    shardSubjects.population.push(...(outcome.shard?.population ?? []))
  }
  const shard: ManifestShard | undefined = options.shard && {
    partial: true,
    ...options.shard,
    subjects: [...new Set(shardSubjects.subjects)].sort(),
    population: populationDigest(shardSubjects.population)
  }
  if (shard) sourceNotes.unshift(partialNotice(shard))

  const { mapping } = controls
  const { findings, controls: report } = await log.group('Evaluate', () =>
    evaluateRun(mode.checks, {
      evidence,
      loaded,
      period: run.period,
      mapping,
      catalogs: controls.catalogs,
      rollUpInputs: run.rollUpInputs,
      log
    })
  )
  const failedControls = failingControls(report, options.failOn)

  return log.group('Bundle', async () => {
    await writeEvaluation(run.writer, mode.checks, { findings, controls: report, mapping, loaded })
    const manifest: ManifestDraft = {
      schemaVersion: MANIFEST_SCHEMA_VERSION,
      mode: mode.id,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      scope: run.scopeName,
      run: options.run,
      period: run.period,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      config: { path: loaded.source ?? null, sha256: loaded.sha256 },
      sources,
      requests: { ...(requests ?? NO_REQUESTS) },
      summary: {
        subjects,
        findings: countBy(findings.map((f) => f.status)),
        controls: Object.fromEntries(
          Object.entries(report.frameworks).map(([id, fw]) => [id, { ...fw.counts }])
        )
      },
      ...(shard ? { shard } : {})
    }
    return run.finish({
      loaded,
      controls: report,
      mapping,
      findings,
      manifest,
      sourceNotes,
      sourceFailures,
      subjects,
      requests: requests ?? NO_REQUESTS,
      failedControls,
      // A shard's control statuses are partial: only the merged bundle's fail the run on failing controls.
      failed:
        options.failOn !== 'none' && ((failedControls.length > 0 && !shard) || sourceFailures.length > 0),
      ...(shard ? { shard } : {})
    })
  })
}

/**
 * The checks over the evidence, and the controls rolled up from their findings: the pipeline's evaluate
 * step, and `merge`'s over the union of a run's shards (src/merge/merge.ts), so both judge alike.
 */
export function evaluateRun(
  checks: readonly Check[],
  input: {
    evidence: EvidenceIndex
    loaded: LoadedConfig
    period: EvaluationPeriod
    mapping: CheckMapping
    catalogs: Catalogs
    rollUpInputs?: Parameters<typeof rollUpControls>[4]
    log: Pick<Logger, 'info'>
  }
): { findings: Finding[]; controls: ControlsReport } {
  const { evidence, loaded, period, mapping } = input
  const findings = evaluateChecks(checks, { evidence, config: loaded.config, period }, mapping)
  const controls = rollUpControls(
    findings,
    input.catalogs,
    mapping,
    loaded.config.controls,
    input.rollUpInputs
  )
  input.log.info(
    `${findings.length} findings from ${checks.length - loaded.config.checks.skip.length} checks`
  )
  return { findings, controls }
}

/**
 * Loads catalogs and the mapping, narrowed to the checks this mode runs (minus skipped ones): a control
 * lists only checks that could have produced its evidence, and the bundle's mapping.json says the same.
 */
export async function loadControls(loaded: LoadedConfig, checks: readonly Check[]): Promise<Controls> {
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

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}
