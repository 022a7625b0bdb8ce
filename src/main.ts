import * as core from '@actions/core'
import { readdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { InputError } from './config/errors.js'
import { actionSource, readSettings } from './inputs/settings.js'
import type { Logger } from './pipeline.js'
import { redactProcessOutput } from './util/redact.js'
import { registerActionSecrets } from './secrets.js'

const EXIT_BAD_INPUT = 2
/** A whole source (GitHub, a repository, AWS, a model registry) collected nothing: the night is not green. */
const EXIT_SOURCE_FAILED = 3

const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  group: (name, body) => core.group(name, () => Promise.resolve().then(body))
}

/** The action's entry: inputs and runner environment in, bundle and outputs and job summary out. */
export async function main(): Promise<void> {
  redactProcessOutput()
  registerActionSecrets(process.env, core.setSecret)
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    // Every input read and checked once, here; downstream reads only this object.
    const settings = await readSettings(actionSource(core.getInput, process.env), {
      base: workspace,
      env: process.env
    })
    const { failOn, token, attest: attestMode } = settings
    if (settings.mode === 'merge') {
      const { mergeStep } = await import('./merge/step.js')
      await mergeStep({ ...settings, log: actionsLogger })
      return
    }
    if (settings.mode === 'pull-request') {
      // Loaded once the inputs are known to be good: a run loads only the mode it runs.
      const { pullRequestStep } = await import('./pr-step.js')
      await pullRequestStep({ ...settings, log: actionsLogger }, keepAsArtifact)
      return
    }
    const [{ runEvidence }, { writeJobSummary }, { attestManifest }] = await Promise.all([
      import('./run.js'),
      import('./report/job-summary-step.js'),
      import('./bundle/attest.js')
    ])
    const result = await runEvidence({ ...settings, log: actionsLogger })
    core.setOutput('bundle-path', result.bundleDir)
    core.setOutput('bundle-uri', result.bundleUri)
    core.setOutput('archive-path', result.archivePath)
    core.setOutput('manifest-sha256', result.manifestSha256)
    core.setOutput('failed-controls', result.failedControls.join(','))
    await writeJobSummary(result)
    const attestation = await attestManifest({
      mode: attestMode,
      manifestSha256: result.manifestSha256,
      subjectName: `${result.bundleKey}/manifest.json`,
      token,
      env: process.env,
      outputPath: `${result.bundleDir}.sigstore.json`
    })
    if (attestation.status === 'failed') core.warning(attestation.message)
    else core.info(`Attestation: ${attestation.message}`)
    if (attestation.attestationId) core.setOutput('attestation-id', attestation.attestationId)
    if (attestation.status === 'failed' && attestMode === 'true') {
      core.setFailed(`attest is true, but ${attestation.message}`)
      return
    }
    for (const failure of result.sourceFailures) core.error(failure)
    if (result.publishError) {
      await keepAsArtifact(result.bundleDir, [result.archivePath].filter(Boolean))
      core.setFailed(result.publishError.message)
      if (result.publishError.badInput) process.exitCode = EXIT_BAD_INPUT
      return
    }
    if (result.failed && result.sourceFailures.length > 0) {
      core.setFailed(
        `${result.sourceFailures.length} source(s) collected nothing, so this night's evidence is incomplete (fail-on: ${failOn}; fail-on: none accepts such a night). The bundle was written to ${result.bundleDir}.`
      )
      process.exitCode = EXIT_SOURCE_FAILED
      return
    }
    if (result.failed) {
      core.setFailed(
        `${result.failedControls.length} control(s) failing (fail-on: ${failOn}): ${result.failedControls.join(', ')}. The bundle was written to ${result.bundleDir}.`
      )
    }
  } catch (error) {
    // Only a run that got as far as GitHub can fail with its errors; loading them costs nothing then.
    const { GitHubRequestFailure } =
      error instanceof InputError
        ? { GitHubRequestFailure: undefined }
        : await import('./sources/github/requests.js')
    if (
      error instanceof InputError ||
      (GitHubRequestFailure && error instanceof GitHubRequestFailure && error.request.status === 401)
    ) {
      core.setFailed(error.message)
      process.exitCode = EXIT_BAD_INPUT
      return
    }
    core.setFailed(
      GitHubRequestFailure && error instanceof GitHubRequestFailure
        ? error.message
        : ((error as Error).stack ?? String(error))
    )
  }
}

/**
 * Keeps a bundle as a workflow artifact: the runner's disk is gone after the job. Used for bundles that
 * could not be published and for pull-request bundles. Needs the runner's artifact service; outside
 * Actions there is nothing to do.
 */
async function keepAsArtifact(bundleDir: string, extraFiles: string[]): Promise<void> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) return
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const entries = await readdir(bundleDir, { recursive: true, withFileTypes: true })
    const files = [...entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)), ...extraFiles]
    const name = `evidence-bundle-${basename(bundleDir)}`
    await new DefaultArtifactClient().uploadArtifact(name, files, dirname(bundleDir), { retentionDays: 90 })
    core.info(`Bundle kept as workflow artifact ${name}.`)
  } catch (error) {
    core.warning(`The bundle could not be kept as a workflow artifact: ${(error as Error).message}`)
  }
}
