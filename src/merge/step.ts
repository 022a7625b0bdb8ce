import * as core from '@actions/core'
import { InputError } from '../config/errors.js'
import { parseList } from '../environment.js'
import type { RunInputs } from '../inputs/run-inputs.js'
import type { Logger } from '../run.js'
import { mergeBundles } from './command.js'
import { ShardIntegrityError } from './read-partials.js'

/** `mode: merge`: the partial bundles of the shards' artifacts in, one sealed bundle and the usual outputs out. */
export async function mergeStep(options: {
  inputs: RunInputs
  signingKey: string | undefined
  partials: string
  log: Logger
  token: string
  attest: 'auto' | 'true' | 'false'
}): Promise<void> {
  const paths = parseList(options.partials)
  if (paths.length === 0)
    throw new InputError(
      'partial-bundles input: expected the partial bundles of the shards (directories or .tar.gz archives, or a directory holding them), got nothing'
    )
  if (options.inputs.shard)
    throw new InputError('shard input: only used when collecting a shard, got it with mode: merge; remove it')
  // The merge takes scope, period and config from the shards: an input that would change nothing is refused.
  const ignored = [
    options.inputs.repositories.length > 0 && 'repositories',
    options.inputs.period !== undefined && 'period',
    options.inputs.configExplicit && 'config'
  ].find(Boolean)
  if (ignored)
    throw new InputError(
      `${ignored} input: only used when collecting, got it with mode: merge (the merge takes the shards' scope, period and config); remove it`
    )
  let result
  try {
    result = await mergeBundles(paths, {
      label: 'partial-bundles input',
      inputs: options.inputs,
      signingKey: options.signingKey,
      log: options.log
    })
  } catch (error) {
    if (!(error instanceof ShardIntegrityError)) throw error
    core.setFailed(error.message)
    return
  }
  core.setOutput('bundle-path', result.bundleDir)
  core.setOutput('bundle-uri', result.bundleUri)
  core.setOutput('archive-path', result.archivePath)
  core.setOutput('manifest-sha256', result.manifestSha256)
  core.setOutput('failed-controls', result.failedControls.join(','))
  if (process.env.GITHUB_STEP_SUMMARY) {
    const [{ renderJobSummary }, { CHECKS }] = await Promise.all([
      import('../report/summary.js'),
      import('../checks/index.js')
    ])
    await core.summary
      .addRaw(
        renderJobSummary({
          scope: result.scope,
          period: result.period,
          subjects: result.subjects,
          bundleDir: result.bundleDir,
          manifestSha256: result.manifestSha256,
          controls: result.controls,
          findings: result.findings,
          checks: CHECKS,
          notes: result.sourceNotes
        })
      )
      .write()
  }
  if (result.manifestSha256) {
    // As a nightly bundle's: the Sigstore attestation of the merged manifest's digest.
    const { attestManifest } = await import('../bundle/attest.js')
    const attestation = await attestManifest({
      mode: options.attest,
      manifestSha256: result.manifestSha256,
      subjectName: `${result.bundleKey}/manifest.json`,
      token: options.token,
      env: process.env,
      outputPath: `${result.bundleDir}.sigstore.json`
    })
    if (attestation.status === 'failed') core.warning(attestation.message)
    else core.info(`Attestation: ${attestation.message}`)
    if (attestation.attestationId) core.setOutput('attestation-id', attestation.attestationId)
    if (attestation.status === 'failed' && options.attest === 'true') {
      core.setFailed(`attest is true, but ${attestation.message}`)
      return
    }
  }
  if (result.publishError) {
    core.setFailed(result.publishError.message)
    if (result.publishError.badInput) process.exitCode = 2
    return
  }
  if (result.failed)
    core.setFailed(
      `${result.failedControls.length} control(s) failing (fail-on: ${options.inputs.failOn}): ${result.failedControls.join(', ')}. The merged bundle was written to ${result.bundleDir}.`
    )
}
