import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { evaluateChecks } from './checks/evaluate.js'
import { PR_CHECKS } from './checks/index.js'
import { InputError } from './config/errors.js'
import { loadConfig } from './config/load.js'
import { rollUpControls, type ControlsReport } from './controls/rollup.js'
import { MANIFEST_SCHEMA_VERSION } from './bundle/manifest.js'
import { BundleWriter } from './bundle/writer.js'
import type { Finding } from './model.js'
import { renderSarif } from './report/sarif.js'
import { bundleKeyFor, failingControls, loadControls, writeEvaluation, type RunOptions } from './run.js'
import { EvidenceIndex, indexingSink } from './sources/evidence.js'
import { createGitHubClient, type GitHubClient } from './sources/github/client.js'
import {
  collectPullRequest,
  pullRequestFromEvent,
  type PullRequestRef
} from './sources/github/pull-request.js'
import { isWorkflowFile } from './checks/pull-request/workflow-yaml.js'
import { aiEvidenceRecord, isAiRelevantFile } from './checks/pull-request/ai-evidence.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'

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
  const loaded = await loadConfig(options.configPath, { explicit: options.configExplicit })
  const { catalogs, mapping } = await loadControls(loaded, PR_CHECKS)
  const inventoryPath = loaded.config['ai-inventory'].path
  const client = createGitHubClient({
    token: options.token,
    apiUrl: options.apiUrl,
    graphqlUrl: options.graphqlUrl,
    rateLimitBudgetSeconds: options.rateLimitBudgetSeconds,
    retryBaseMs: options.retryBaseMs,
    log: (message) => log.warning(message)
  })
  const scope = pr.repository.toLowerCase().replace('/', '--')
  const bundleKey = `pull-requests/${scope}/${pr.number}/${bundleKeyFor(scope, options.now, options.run).split('/').pop()}`
  const bundleDir = join(resolve(options.destination), ...bundleKey.split('/'))
  await mkdir(resolve(bundleDir, '..'), { recursive: true })
  const writer = new BundleWriter(bundleDir)
  const evidence = new EvidenceIndex()
  const sink = indexingSink(evidence, writer)

  await log.group(`Collect: pull request #${pr.number}`, async () => {
    log.info(
      `${pr.repository}#${pr.number} "${pr.title}" (${pr.headRef} → ${pr.baseRef}, head ${pr.headSha.slice(0, 7)})`
    )
    // The AI provider catalog is data the drift check reads; recorded so `verify` re-derives the same findings.
    await sink.add(await aiEvidenceRecord(loaded.config, pr))
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
