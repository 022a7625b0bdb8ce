import * as core from '@actions/core'
import { InputError } from '../config/errors.js'
import type { Settings } from '../inputs/settings.js'
import type { Logger } from '../pipeline.js'
import { mergeBundles } from './command.js'
import { ShardIntegrityError } from './read-partials.js'

/**
 * `mode: merge`: the partial bundles of the shards' artifacts in, one sealed bundle and the usual outputs
 * out. The settings layer has refused the inputs a merge would ignore (repositories, period, config,
 * shard) and a missing partial-bundles input.
 */
export async function mergeStep(options: Settings & { log: Logger }): Promise<void> {
  if (options.partialBundles.length === 0)
    throw new InputError(
      'partial-bundles input: expected the partial bundles of the shards (directories or .tar.gz archives, or a directory holding them), got nothing'
    )
  let result
  try {
    result = await mergeBundles(options.partialBundles, {
      label: 'partial-bundles input',
      settings: options,
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
  const { writeJobSummary } = await import('../report/job-summary-step.js')
  await writeJobSummary(result)
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
      `${result.failedControls.length} control(s) failing (fail-on: ${options.failOn}): ${result.failedControls.join(', ')}. The merged bundle was written to ${result.bundleDir}.`
    )
}
