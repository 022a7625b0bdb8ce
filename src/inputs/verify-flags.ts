import { parsePublicKey } from '../bundle/signing.js'
import { InputError } from '../config/errors.js'
import { readInputFile } from './paths.js'
import { cadenceValue, instantValue, parseValue, pathValue } from './parsers.js'
import { KEY_FILE_MAX_BYTES, S3_CLIENT_INPUTS } from './settings.js'

/**
 * The flags `verify` and `export` share (both read bundles from a store), declared and parsed once here,
 * with the same parsers as the run's inputs (parsers.ts, settings.ts).
 */
export const STORE_READ_FLAGS = {
  'public-key': { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  every: { type: 'string' },
  'require-signature': { type: 'boolean', default: false },
  ...(Object.fromEntries(S3_CLIENT_INPUTS.map((name) => [name, { type: 'string' }])) as Record<
    (typeof S3_CLIENT_INPUTS)[number],
    { type: 'string' }
  >)
} as const

/** Auditors' trusted keys (`--public-key`, repeatable): small files, each an ed25519 public key. */
export async function readTrustedKeys(
  files: string[] | undefined
): Promise<ReturnType<typeof parsePublicKey>[]> {
  return Promise.all(
    (files ?? []).map(async (file) => {
      const text = await readInputFile(parseValue(pathValue, file, '--public-key'), '--public-key', {
        expected: 'expected a file with an ed25519 public key',
        maxBytes: KEY_FILE_MAX_BYTES
      })
      return parsePublicKey(text, `--public-key ${file}`)
    })
  )
}

/** `--from`, `--to` (days or times; `--to` not before `--from`) and the expected cadence `--every`. */
export function readTimeWindow(values: { from?: string; to?: string; every?: string }): {
  from?: Date
  to?: Date
  every?: number
} {
  const from =
    values.from === undefined ? undefined : parseValue(instantValue('start'), values.from, '--from')
  const to = values.to === undefined ? undefined : parseValue(instantValue('end'), values.to, '--to')
  if (from && to && to < from) {
    throw new InputError(
      `--to: expected a time after --from ${values.from}, got ${JSON.stringify(values.to)}, which is before it`
    )
  }
  const every = values.every === undefined ? undefined : parseValue(cadenceValue, values.every, '--every')
  return { from, to, every }
}

/** `--require-signature`, or auditors' default for it: ANNEX_EVIDENCE_REQUIRE_SIGNATURE=1. */
export function requireSignature(flag: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag) return true
  const value = env.ANNEX_EVIDENCE_REQUIRE_SIGNATURE?.trim().toLowerCase()
  if (value === undefined || value === '' || value === '0' || value === 'false') return false
  if (value === '1' || value === 'true') return true
  throw new InputError(
    `ANNEX_EVIDENCE_REQUIRE_SIGNATURE: expected 1 or 0 (true or false), got ${JSON.stringify(env.ANNEX_EVIDENCE_REQUIRE_SIGNATURE)}`
  )
}
