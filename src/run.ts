import { StoreState } from './store/state.js'
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { CHECKS } from './checks/index.js'
import { InputError } from './config/errors.js'
import { loadConfig } from './config/load.js'
import type { ControlsReport } from './controls/rollup.js'
import { renderSoaCsv, renderSoaMarkdown } from './controls/soa.js'
import { describeConfigDecisions, loadSoaBase, soaMetaOf, SOA_INPUTS_FILE } from './controls/soa-inputs.js'
import { collectManualEvidence } from './sources/manual-evidence.js'
import { BUNDLE_FILES } from './bundle/manifest.js'
import { BundleWriter } from './bundle/writer.js'
import { parseSigningKey } from './bundle/signing.js'
import { headOf, sealDrafts, sealOrKeep } from './seal.js'
import { S3UnreachableError } from './store/s3-uri.js'
import { loadBundleSamples } from './store/bundle-history.js'
import { openPreviousBundle } from './store/previous-bundle.js'
import { openDestination, publish, publishPending, type Destination } from './store/destination.js'
import type { EvaluationPeriod, Finding } from './model.js'
import type { RequestStats } from './sources/github/client.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'
import { writeAuditorFiles } from './report/auditor-files.js'
import { mergeConfig } from './inputs/settings.js'
import { runPipeline, type Logger, type PipelineMode, type RunOptions } from './pipeline.js'
import { partialBundleKey, partialNotice } from './shard.js'
import { checkShardDestination, sealPartialBundle } from './shard-bundle.js'
import type { ManifestShard } from './bundle/manifest.js'

export { FAIL_ON_VALUES, REPOSITORY_PATTERN, type FailOn } from './inputs/defaults.js'
export { failingControls, loadControls, writeEvaluation, type Logger, type RunOptions } from './pipeline.js'

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
  /** Set for a shard's partial bundle. */
  shard?: ManifestShard
}

/**
 * The nightly run: collect → evaluate → bundle → publish. Reporting is left to the caller (action or CLI).
 * It runs the one pipeline (`pipeline.ts`); this mode supplies the config from disk, every check, the
 * SoA and auditor files, and the chain: sealing, signing and publishing to the destination. One shard of
 * a matrix (`shard: i/n`) runs the same pipeline, which collects only its subjects; this mode then seals a
 * partial bundle for `merge`, outside the chain, instead (src/shard-bundle.ts).
 */
export async function runEvidence(options: RunOptions): Promise<RunResult> {
  return runPipeline(options, nightlyMode(options))
}

function nightlyMode(options: RunOptions): PipelineMode<RunResult> {
  const { log } = options
  return {
    id: 'nightly',
    checks: CHECKS,
    loadConfig: () => loadConfig(options.configPath, { explicit: options.configExplicit }),
    async open(loaded, { catalogs, shipped, overridden }) {
      const soaBase = await loadSoaBase(loaded, catalogs)
      const { scope, period } = mergeConfig(options, loaded)
      const scopeName = scopeLabel(scope)
      // The settings layer refuses shard with an s3:// destination; a caller of runEvidence is held to it too.
      checkShardDestination(options.shard, options.destination, 'destination')
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
          workspace: options.workspace,
          source: loaded.source ?? '(default config)',
          catalogs,
          requirements: soaBase.requirements
        },
        writer
      )
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
      return {
        scope,
        scopeName,
        period,
        writer,
        cacheDir: join(destination.localRoot, '.cache'),
        // This scope's earlier bundles in the period, read back through the destination (settings sampling).
        sourceSettings: {
          bundleHistory: (checks) => loadBundleSamples(destination.store, scopeName, period, checks),
          previousBundle: async () =>
            openPreviousBundle(destination.store, await headOf(destination).peek(scopeName), signingKey),
          // GitHub's ETags, kept in the store beside the bundles so a fresh hosted runner has them too.
          state: new StoreState(
            destination.store,
            scopeName,
            join(destination.localRoot, '.cache'),
            provisionalKey.slice(provisionalKey.lastIndexOf('/') + 1)
          )
        },
        rollUpInputs: { ...soaInputs, periodEnd: period.end },
        async finish(evaluated) {
          const { findings, controls, manifest, shard } = evaluated
          await writer.writeJson(SOA_INPUTS_FILE, soaInputs)
          await writer.writeText(BUNDLE_FILES.soaCsv, renderSoaCsv(controls))
          await writer.writeText(
            BUNDLE_FILES.soaMarkdown,
            (shard ? `> **${partialNotice(shard)}**\n\n` : '') +
              renderSoaMarkdown(
                controls,
                soaMetaOf(loaded, {
                  scope: scopeName,
                  period,
                  tool: { name: TOOL_NAME, version: TOOL_VERSION }
                })
              )
          )
          const draft = { ...manifest, finishedAt: new Date().toISOString() }
          await writeAuditorFiles(writer, draft, { findings, controls, checks: CHECKS })
          const sealed = shard
            ? await sealPartialBundle(writer, draft, {
                destination,
                signingKey,
                bundleKey: partialBundleKey(scopeName, provisionalKey, shard)
              })
            : await sealOrKeep(writer, draft, {
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
          return {
            bundleDir: dir,
            bundleKey,
            bundleUri: destination.store.uri(bundleKey),
            archivePath,
            // A local destination is the store itself: written is published.
            published: !publishError,
            publishError,
            sourceNotes: evaluated.sourceNotes,
            sourceFailures: evaluated.sourceFailures,
            manifestSha256,
            findings,
            controls,
            period,
            scope: scopeName,
            subjects: evaluated.subjects,
            requests: evaluated.requests,
            failedControls: evaluated.failedControls,
            failed: evaluated.failed,
            ...(shard ? { shard } : {})
          }
        }
      }
    }
  }
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

/** Uploads the run's bundle, already marked as spooled, so a failure at any point loses nothing. */
export async function publishNewBundle(
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
