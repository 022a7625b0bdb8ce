import { registerEnvironmentSecrets, registerSecret } from './util/redact.js'

/** Inputs that carry credentials (`INPUT_<NAME>` as the runner passes them). */
export const SECRET_INPUTS = ['github-token', 'signing-key', 'app-private-key']

/**
 * Registers every secret the action reads, before anything is logged: the token, signing-key and
 * app-private-key inputs, and the credentials of the other sources in the environment (HF_TOKEN, MLFLOW_TRACKING_TOKEN
 * and password, AWS secret key and session token). `mask` is `core.setSecret`, so the runner masks
 * them too.
 */
export function registerActionSecrets(env: NodeJS.ProcessEnv, mask?: (value: string) => void): void {
  for (const name of SECRET_INPUTS) registerSecret(env[`INPUT_${name.toUpperCase()}`], mask)
  registerEnvironmentSecrets(env, mask)
}
