import { apiUrls, retryBaseMs, runMetadata } from '../environment.js'
import type { Logger, RunOptions } from '../run.js'
import type { RunInputs } from './run-inputs.js'

/**
 * The options of a nightly run from the checked inputs and the runner's environment: one block for the
 * action and the CLI, which differ only in where the token, the key and the log come from.
 */
export function nightlyRunOptions(input: {
  token: string
  inputs: RunInputs
  signingKey: string | undefined
  log: Logger
  workspace: string
  env: NodeJS.ProcessEnv
  now?: Date
}): RunOptions {
  const { env } = input
  const now = input.now ?? new Date()
  return {
    token: input.token,
    ...apiUrls(env),
    ...input.inputs,
    currentRepository: env.GITHUB_REPOSITORY,
    signingKey: input.signingKey,
    run: runMetadata(env, now),
    now,
    retryBaseMs: retryBaseMs(env),
    log: input.log,
    workspace: input.workspace,
    env
  }
}
