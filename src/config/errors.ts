/**
 * Bad input from the user (config file, inputs, CLI arguments). The CLI and the action turn it into
 * exit code 2 with the message as is, so the message must say where the problem is and how to fix it.
 */
export class InputError extends Error {
  override name = 'InputError'
}
