import { mkdir, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { evaluateChecks } from './checks/evaluate.js'
import { PR_CHECKS } from './checks/index.js'
import { InputError } from './config/errors.js'
import { loadConfig, loadedConfigOf, type LoadedConfig } from './config/load.js'
import { rollUpControls, type ControlsReport } from './controls/rollup.js'
import { MANIFEST_SCHEMA_VERSION } from './bundle/manifest.js'
import { BundleWriter } from './bundle/writer.js'
import type { EvidenceRecord, Finding } from './model.js'
import { renderSarif } from './report/sarif.js'
import { bundleKeyFor, failingControls, loadControls, writeEvaluation, type RunOptions } from './run.js'
import { EvidenceIndex, indexingSink } from './sources/evidence.js'
import { createGitHubClient, type GitHubClient } from './sources/github/client.js'
import {
  collectPullRequest,
  pullRequestFromEvent,
  type PullRequestRef
} from './sources/github/pull-request.js'
import {
  BaseConfigUnreadable,
  collectPullRequestConfig,
  type PullRequestConfig
} from './sources/github/pull-request-config.js'
import { isWorkflowFile } from './checks/pull-request/workflow-yaml.js'
import { aiEvidenceRecord, isAiRelevantFile } from './checks/pull-request/ai-evidence.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'
import { logValue } from './report/escape.js'
import { INPUT_DEFAULTS } from './inputs/defaults.js'

export interface PullRequestRunOptions extends Omit<
  RunOptions,
  'repositories' | 'period' | 's3' | 'spoolDir'
> {
  /** The webhook payload from GITHUB_EVENT_PATH. */
  event: unknown
}

export interface PullRequestRunResult {
  pr: PullRequestRef
  findings: Finding[]
  controls: ControlsReport
  bundleDir: string
  manifestSha256: string
  sarifPath: string
  failedControls: string[]
  failed: boolean
  client: GitHubClient
}

/**
 * The rules a pull request is judged by: the config of its BASE commit, read through the contents API, never
 * the PR's checkout (a PR that adds `checks.skip` must not skip its own checks). The head version is recorded
 * beside it for github.pr.evidence-config-change. A config outside the repository checkout (an absolute
 * `config` input) is not part of the PR and is read from disk.
 */
async function baseBranchConfig(
  client: GitHubClient,
  pr: PullRequestRef,
  options: PullRequestRunOptions
): Promise<{ loaded: LoadedConfig; record?: EvidenceRecord<PullRequestConfig> }> {
  const workspace = options.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd()
  const inRepo = relative(resolve(workspace), resolve(options.configPath))
  if (inRepo === '' || inRepo.startsWith('..') || isAbsolute(inRepo)) {
    return { loaded: await loadConfig(options.configPath, { explicit: options.configExplicit }) }
  }
  const path = inRepo.split(sep).join('/')
  let record: EvidenceRecord<PullRequestConfig>
  try {
    record = await collectPullRequestConfig(client, pr, path)
  } catch (error) {
    if (error instanceof BaseConfigUnreadable) throw new InputError(error.message)
    throw error
  }
  const base = record.data!.base
  const source = `${path}@${pr.baseRef}`
  if (base === undefined) {
    if (options.configExplicit)
      throw new InputError(
        `${source}: the config input names ${path}, but the base branch has no such file (pull requests are judged by the base branch's config)`
      )
    return { loaded: { ...loadedConfigOf('', source), source: undefined }, record }
  }
  return { loaded: loadedConfigOf(base, source), record }
}

/**
 * Pull-request mode: evaluates what this change does to the controls and keeps the decision as a small
 * bundle (the PR's evidence, findings and SARIF), so the decision on the PR is itself evidence. No
 * nightly bundle is published and the chain of nightly bundles is not touched.
 */
export async function runPullRequest(options: PullRequestRunOptions): Promise<PullRequestRunResult> {
  const { log } = options
  const startedAt = new Date()
  const pr = pullRequestFromEvent(options.event)
  if (!pr) {
    throw new InputError(
      'GITHUB_EVENT_PATH: expected the payload of a pull_request event (mode pull-request), got one without pull_request; run on `pull_request` events, or leave mode on auto'
    )
  }
  const client = createGitHubClient({
    token: options.token,
    apiUrl: options.apiUrl,
    graphqlUrl: options.graphqlUrl,
    rateLimitBudgetSeconds: options.rateLimitBudgetSeconds,
    retryBaseMs: options.retryBaseMs,
    log: (message) => log.warning(message)
  })
  const { loaded, record: configRecord } = await baseBranchConfig(client, pr, options)
  const { catalogs, mapping } = await loadControls(loaded, PR_CHECKS)
  // From the base branch's config: the PR cannot move the inventory it is checked against.
  const inventoryPath = loaded.config['ai-inventory'].path
  const scope = pr.repository.toLowerCase().replace('/', '--')
  const bundleKey = `pull-requests/${scope}/${pr.number}/${bundleKeyFor(scope, options.now, options.run).split('/').pop()}`
  // Pull-request bundles stay local (the step keeps them as an artifact): an S3 destination holds the
  // nightly chain, which pull requests never touch.
  const root =
    options.destination.kind === 'local'
      ? options.destination.dir
      : resolve(options.workspace ?? process.cwd(), INPUT_DEFAULTS.destination)
  const bundleDir = join(root, ...bundleKey.split('/'))
  await mkdir(resolve(bundleDir, '..'), { recursive: true })
  const writer = new BundleWriter(bundleDir)
  const evidence = new EvidenceIndex()
  const sink = indexingSink(evidence, writer)

  await log.group(`Collect: pull request #${pr.number}`, async () => {
    // Title and branch names are the PR author's: never raw in the log (no `::workflow-command::`).
    log.info(
      `${logValue(pr.repository)}#${pr.number} "${logValue(pr.title)}" (${logValue(pr.headRef)} → ${logValue(pr.baseRef)}, head ${logValue(pr.headSha.slice(0, 7))})`
    )
    // The AI provider catalog is data the drift check reads; recorded so `verify` re-derives the same findings.
    await sink.add(await aiEvidenceRecord(loaded.config, pr))
    if (configRecord) await sink.add(configRecord)
    await collectPullRequest(client, sink, pr, {
      interesting: (path) => isWorkflowFile(path) || isAiRelevantFile(path) || path === inventoryPath,
      inventoryPath
    })
  })

  const period = {
    start: startedAt.toISOString(),
    end: options.now.toISOString(),
    expression: 'pull-request'
  }
  const findings = evaluateChecks(PR_CHECKS, { evidence, config: loaded.config, period }, mapping)
  const controls = rollUpControls(findings, catalogs, mapping, loaded.config.controls)
  await writeEvaluation(writer, PR_CHECKS, { findings, controls, mapping, loaded })
  const { dir, manifestSha256 } = await writer.finish({
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    mode: 'pull-request',
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    scope,
    bundleKey,
    previous: null,
    run: options.run,
    period,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    config: { path: loaded.source ?? null, sha256: loaded.sha256 },
    sources: { github: { apiUrl: options.apiUrl, pullRequest: pr } },
    requests: { ...client.finish() },
    summary: {
      subjects: 1,
      findings: Object.fromEntries(
        ['pass', 'fail', 'error', 'not_applicable'].map((s) => [
          s,
          findings.filter((f) => f.status === s).length
        ])
      ),
      controls: Object.fromEntries(
        Object.entries(controls.frameworks).map(([id, fw]) => [id, { ...fw.counts }])
      )
    }
  })
  const sarifPath = `${dir}.sarif`
  await writeFile(
    sarifPath,
    `${JSON.stringify(
      renderSarif(PR_CHECKS, findings, (id) => mapping.get(id) ?? {}),
      null,
      2
    )}\n`
  )
  const failedControls = failingControls(controls, options.failOn)
  log.info(`${findings.length} findings; bundle ${dir}; SARIF ${sarifPath}`)
  return {
    pr,
    findings,
    controls,
    bundleDir: dir,
    manifestSha256,
    sarifPath,
    failedControls,
    failed: options.failOn !== 'none' && failedControls.length > 0,
    client
  }
}
