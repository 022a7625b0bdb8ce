import { mkdir, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { PR_CHECKS } from './checks/index.js'
import { InputError } from './config/errors.js'
import { loadConfig, loadedConfigOf, type LoadedConfig } from './config/load.js'
import type { ControlsReport } from './controls/rollup.js'
import { BundleWriter } from './bundle/writer.js'
import type { EvidenceRecord, Finding } from './model.js'
import { runPipeline, type PipelineMode, type RunOptions } from './pipeline.js'
import { renderSarif } from './report/sarif.js'
import { bundleKeyFor } from './run.js'
import { createGitHubClient, type GitHubClient } from './sources/github/client.js'
import { pullRequestFromEvent, type PullRequestRef } from './sources/github/pull-request.js'
import {
  BaseConfigUnreadable,
  collectPullRequestConfig,
  type PullRequestConfig
} from './sources/github/pull-request-config.js'
import type { PullRequestTarget } from './sources/source.js'
import { INPUT_DEFAULTS } from './inputs/defaults.js'

export interface PullRequestRunOptions extends RunOptions {
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
  const inRepo = relative(resolve(options.workspace), resolve(options.configPath))
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
 * nightly bundle is published and the chain of nightly bundles is not touched. It runs the one pipeline
 * (`pipeline.ts`); this mode supplies the base branch's config, the PR checks, and the bundle's place.
 */
export async function runPullRequest(options: PullRequestRunOptions): Promise<PullRequestRunResult> {
  return runPipeline(options, pullRequestMode(options))
}

function pullRequestMode(options: PullRequestRunOptions): PipelineMode<PullRequestRunResult> {
  const { log } = options
  const startedAt = new Date()
  let target: PullRequestTarget | undefined
  return {
    id: 'pull-request',
    checks: PR_CHECKS,
    async loadConfig() {
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
      const { loaded, record } = await baseBranchConfig(client, pr, options)
      target = { ref: pr, client, ...(record ? { configRecord: record } : {}) }
      return loaded
    },
    async open() {
      const { ref: pr } = target!
      const scope = pr.repository.toLowerCase().replace('/', '--')
      const bundleKey = `pull-requests/${scope}/${pr.number}/${bundleKeyFor(scope, options.now, options.run).split('/').pop()}`
      // Pull-request bundles stay local (the step keeps them as an artifact): an S3 destination holds the
      // nightly chain, which pull requests never touch.
      const root =
        options.destination.kind === 'local'
          ? options.destination.dir
          : resolve(options.workspace, INPUT_DEFAULTS.destination)
      const bundleDir = join(root, ...bundleKey.split('/'))
      await mkdir(resolve(bundleDir, '..'), { recursive: true })
      const writer = new BundleWriter(bundleDir)
      return {
        scope: [pr.repository],
        scopeName: scope,
        period: {
          start: startedAt.toISOString(),
          end: options.now.toISOString(),
          expression: 'pull-request'
        },
        writer,
        cacheDir: join(root, '.cache'),
        sourceSettings: { pullRequest: target! },
        async finish({ manifest, findings, controls, mapping, failedControls, failed }) {
          const { dir, manifestSha256 } = await writer.finish({ ...manifest, bundleKey, previous: null })
          const sarifPath = `${dir}.sarif`
          await writeFile(
            sarifPath,
            `${JSON.stringify(
              renderSarif(PR_CHECKS, findings, (id) => mapping.get(id) ?? {}),
              null,
              2
            )}\n`
          )
          log.info(`${findings.length} findings; bundle ${dir}; SARIF ${sarifPath}`)
          return {
            pr,
            findings,
            controls,
            bundleDir: dir,
            manifestSha256,
            sarifPath,
            failedControls,
            failed,
            client: target!.client
          }
        }
      }
    }
  }
}
