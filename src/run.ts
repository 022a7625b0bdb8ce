import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { CHECKS } from './checks/index.js'
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
import { BUNDLE_FILES, MANIFEST_SCHEMA_VERSION, type Manifest } from './bundle/manifest.js'
import { BundleWriter } from './bundle/writer.js'
import type { EvaluationPeriod, Finding } from './model.js'
import { EvidenceIndex, indexingSink } from './sources/evidence.js'
import { createGitHubClient, type RequestStats } from './sources/github/client.js'
import { collectGitHub } from './sources/github/collect.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'

export type FailOn = 'none' | 'error' | 'failing-control'
export const FAIL_ON_VALUES: readonly FailOn[] = ['none', 'error', 'failing-control']

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
  destination: string
  /** From the `period` input; empty means "from the config, else P1D". */
  period?: string
  failOn: FailOn
  run: RunMetadata
  now: Date
  rateLimitBudgetSeconds: number
  retryBaseMs?: number
  log: Logger
}

export interface Logger {
  info(message: string): void
  warning(message: string): void
  group<T>(name: string, body: () => Promise<T>): Promise<T>
}

export interface RunResult {
  bundleDir: string
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

const REPOSITORY_PATTERN = /^[A-Za-z0-9-]+\/(\*|[A-Za-z0-9._-]+)$/

/** collect → evaluate → bundle → publish (local). Reporting is left to the caller (action or CLI). */
export async function runEvidence(options: RunOptions): Promise<RunResult> {
  const { log } = options
  const startedAt = new Date()
  const loaded = await loadConfig(options.configPath, { explicit: options.configExplicit })
  const { catalogs, mapping } = await loadControls(loaded)
  const scope = resolveScope(options, loaded)
  const period = resolvePeriod(
    options.period || loaded.config.period || 'P1D',
    options.now,
    options.period ? 'period input' : `${options.configPath}: period`
  )
  const scopeName = scopeLabel(scope)
  const bundleDir = bundleLocation(options.destination, scopeName, options.now, options.run)
  await mkdir(resolve(bundleDir, '..'), { recursive: true })
  const writer = new BundleWriter(bundleDir)
  const evidence = new EvidenceIndex()
  const client = createGitHubClient({
    token: options.token,
    apiUrl: options.apiUrl,
    graphqlUrl: options.graphqlUrl,
    rateLimitBudgetSeconds: options.rateLimitBudgetSeconds,
    retryBaseMs: options.retryBaseMs,
    log: (message) => log.warning(message)
  })

  const collected = await log.group('Collect: GitHub', async () => {
    log.info(`Scope: ${scope.join(', ')}; period ${period.start} → ${period.end} (${period.expression})`)
    const result = await collectGitHub(client, indexingSink(evidence, writer), {
      scope,
      period,
      log: log.info
    })
    log.info(
      `Requests: ${client.stats.http} HTTP (${client.stats.rest} REST, ${client.stats.graphql} GraphQL, ${client.stats.graphqlPoints} GraphQL points)`
    )
    return result
  })

  const { findings, controls } = await log.group('Evaluate', async () => {
    const findings = evaluateChecks(CHECKS, { evidence, config: loaded.config, period }, mapping)
    const controls = rollUpControls(findings, catalogs, mapping, loaded.config.controls)
    log.info(`${findings.length} findings from ${CHECKS.length - loaded.config.checks.skip.length} checks`)
    return { findings, controls }
  })

  return log.group('Bundle', async () => {
    await writer.writeJson(BUNDLE_FILES.findings, findings)
    await writer.writeJson(BUNDLE_FILES.controls, controls)
    await writer.writeJson(BUNDLE_FILES.mapping, Object.fromEntries(mapping))
    await writer.writeJson(
      BUNDLE_FILES.checks,
      CHECKS.map((check) => ({ ...check.metadata, controls: mapping.get(check.metadata.id) ?? {} }))
    )
    await writer.writeJson(BUNDLE_FILES.config, {
      path: loaded.source ?? null,
      sha256: loaded.sha256,
      effective: loaded.config
    })
    await writer.writeText(BUNDLE_FILES.soaCsv, renderSoaCsv(controls))
    await writer.writeText(
      BUNDLE_FILES.soaMarkdown,
      renderSoaMarkdown(controls, { scope: scopeName, period })
    )
    const manifest: Omit<Manifest, 'files'> = {
      schemaVersion: MANIFEST_SCHEMA_VERSION,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      scope: scopeName,
      run: options.run,
      period,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      config: { path: loaded.source ?? null, sha256: loaded.sha256 },
      sources: {
        github: {
          apiUrl: options.apiUrl,
          scope,
          repositories: collected.repositories.length,
          archived: collected.archived,
          unreachable: collected.unreachable
        }
      },
      requests: { ...client.finish() },
      summary: {
        subjects: collected.repositories.length,
        findings: countBy(findings.map((f) => f.status)),
        controls: Object.fromEntries(
          Object.entries(controls.frameworks).map(([id, fw]) => [id, { ...fw.counts }])
        )
      }
    }
    const { dir, manifestSha256 } = await writer.finish(manifest)
    log.info(`Bundle written to ${dir} (manifest sha256 ${manifestSha256})`)
    const failedControls = Object.entries(controls.frameworks).flatMap(([framework, report]) =>
      report.controls
        .filter((c) => c.status === 'failing' || (options.failOn === 'error' && c.status === 'error'))
        .map((c) => `${framework}:${c.id}`)
    )
    return {
      bundleDir: dir,
      manifestSha256,
      findings,
      controls,
      period,
      scope: scopeName,
      subjects: collected.repositories.length,
      requests: client.finish(),
      failedControls,
      failed: options.failOn !== 'none' && failedControls.length > 0
    }
  })
}

async function loadControls(loaded: LoadedConfig): Promise<{ catalogs: Catalogs; mapping: CheckMapping }> {
  const source = loaded.source ?? '(default config)'
  try {
    const catalogs = await loadCatalogs()
    const base = await loadCheckMapping(
      CHECKS.map((check) => check.metadata.id),
      catalogs
    )
    const mapping = applyMappingOverrides(base, loaded.config.mappings, catalogs, source)
    checkApplicabilityIds(loaded.config.controls, catalogs, source)
    const unknownSkips = loaded.config.checks.skip.filter((id) => !CHECKS.some((c) => c.metadata.id === id))
    if (unknownSkips.length > 0) {
      throw new InputError(
        `${source}: checks.skip: unknown check id ${unknownSkips.map((id) => `"${id}"`).join(', ')}`
      )
    }
    return { catalogs, mapping }
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
      const where = fromInput ? 'repositories input' : `${options.configPath}: repositories`
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

export function bundleLocation(destination: string, scope: string, now: Date, run: RunMetadata): string {
  const iso = now.toISOString()
  const stamp = iso.replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')
  const runId = `${run.id}${run.attempt && run.attempt !== '1' ? `.${run.attempt}` : ''}`.replace(
    /[^A-Za-z0-9._-]/g,
    '_'
  )
  return join(
    resolve(destination),
    scope,
    iso.slice(0, 4),
    iso.slice(5, 7),
    iso.slice(8, 10),
    `${stamp}-${runId}`
  )
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}
