import { createPrivateKey } from 'node:crypto'
import { join, resolve } from 'node:path'
import { InputError } from '../config/errors.js'
import { parseSigningKey } from '../bundle/signing.js'
import { parseList } from '../environment.js'
import type { S3Settings } from '../store/destination.js'
import { isS3Uri, parseS3Uri, type S3Location } from '../store/s3-uri.js'
import { FAIL_ON_VALUES, INPUT_DEFAULTS, REPOSITORY_PATTERN, type FailOn } from './defaults.js'
import { checkInputFile, checkWritableDirectory, readInputFile } from './paths.js'
import {
  booleanValue,
  durationValue,
  httpUrlValue,
  keyIdValue,
  oneOf,
  parseValue,
  pathValue,
  regionValue,
  retentionDaysValue,
  secondsValue
} from './parsers.js'
import { z } from 'zod'

/**
 * Where the values of the inputs come from, and how the user calls them. The action and the CLI name
 * their inputs alike (`period` input, `--period` flag) and read them through `readRunInputs`, so both
 * take the same values, with the same defaults, and refuse the same ones with the same words.
 */
export interface InputSource {
  /** The value as given; undefined when not given (the default applies). */
  get: (name: string) => string | undefined
  /** `--period` on the command line, `period input` in a workflow. */
  label: (name: string) => string
}

/** Flags from parseArgs. A flag given empty (`--period ''`) is given: it is checked, and refused. */
export function cliSource(values: Record<string, unknown>): InputSource {
  return {
    get: (name) => (typeof values[name] === 'string' ? values[name] : undefined),
    label: (name) => `--${name}`
  }
}

/**
 * Action inputs. The runner passes every input declared in action.yml, `''` when neither the workflow
 * nor action.yml gives a value, so an empty input means "not given" here.
 */
export function actionSource(getInput: (name: string) => string): InputSource {
  return { get: (name) => getInput(name) || undefined, label: (name) => `${name} input` }
}

/** An absolute directory, or an S3 bucket and prefix. */
export type DestinationSetting = { kind: 'local'; dir: string } | ({ kind: 's3' } & S3Location)

export interface RunInputs {
  repositories: string[]
  configPath: string
  configExplicit: boolean
  /** Parsed once here; nothing downstream looks at the string again. */
  destination: DestinationSetting
  spoolDir: string
  s3: S3Settings
  period?: string
  failOn: FailOn
  rateLimitBudgetSeconds: number
  /** `app-id` + `app-private-key` (+ `app-installation-id`): collect as a GitHub App installation. */
  githubApp?: GitHubAppInput
}

/** The same shape as the GitHub source's GitHubAppSettings (the input layer imports no source). */
export interface GitHubAppInput {
  appId: string
  privateKey: string
  installationId?: number
}

const S3_ONLY = [
  'aws-region',
  's3-endpoint',
  'sse',
  'kms-key-id',
  'retention-mode',
  'retention-days'
] as const

/** Reads and checks every input of a nightly run before anything is collected. */
export async function readRunInputs(
  source: InputSource,
  options: { base: string; env: NodeJS.ProcessEnv }
): Promise<RunInputs> {
  const { label } = source
  function read<T>(name: string, schema: z.ZodType<T, string>): T | undefined {
    const raw = source.get(name)
    return raw === undefined ? undefined : parseValue(schema, raw, label(name))
  }
  const failOn = read('fail-on', oneOf(FAIL_ON_VALUES as [FailOn, ...FailOn[]])) ?? INPUT_DEFAULTS['fail-on']
  const rateLimitBudgetSeconds =
    read('rate-limit-wait', secondsValue) ?? parseValue(secondsValue, INPUT_DEFAULTS['rate-limit-wait'], '')
  const period = read('period', durationValue)?.trim()
  const repositories = readRepositories(source)
  const githubApp = readGitHubApp(source, options.env)

  const config = read('config', pathValue)
  const configPath = resolve(options.base, config ?? join(...INPUT_DEFAULTS.config.split('/')))
  if (config !== undefined) await checkInputFile(configPath, label('config'), 'expected a YAML config file')

  const destinationValue = read('destination', pathValue) ?? INPUT_DEFAULTS.destination
  const remote = isS3Uri(destinationValue)
  const destination: DestinationSetting = remote
    ? { kind: 's3', ...parseS3Uri(destinationValue, label('destination')) }
    : {
        kind: 'local',
        dir: await checkWritableDirectory(resolve(options.base, destinationValue), label('destination'))
      }
  const spoolValue = resolve(options.base, read('spool-dir', pathValue) ?? INPUT_DEFAULTS['spool-dir'])
  const spoolDir = remote ? await checkWritableDirectory(spoolValue, label('spool-dir')) : spoolValue

  const s3 = readS3Settings(source, options.env)
  if (!remote) {
    const given: string[] = S3_ONLY.filter((name) => source.get(name) !== undefined)
    if (s3.forcePathStyle) given.push('s3-force-path-style')
    if (given.length > 0) {
      throw new InputError(
        `${label(given[0]!)}: only used with an s3:// destination, got destination ${JSON.stringify(destinationValue)}; remove it, or set ${label('destination')} to s3://bucket/prefix`
      )
    }
  }
  return {
    repositories,
    configPath,
    configExplicit: config !== undefined,
    destination,
    spoolDir,
    s3,
    period,
    failOn,
    rateLimitBudgetSeconds,
    ...(githubApp ? { githubApp } : {})
  }
}

const APP_ID = z.string().regex(/^(?:[1-9]\d{0,11}|Iv[0-9A-Za-z.]{4,40})$/, {
  error: 'expected the App id (digits) or its client id (Iv…)'
})
const INSTALLATION_ID = z
  .string()
  .regex(/^[1-9]\d{0,15}$/, { error: 'expected the numeric installation id' })
  .transform(Number)
const APP_PRIVATE_KEY = z.string().refine(
  (pem) => {
    try {
      return createPrivateKey(pem).asymmetricKeyType === 'rsa'
    } catch {
      return false
    }
  },
  { error: 'expected the App\'s RSA private key in PEM ("BEGIN RSA PRIVATE KEY" or "BEGIN PRIVATE KEY")' }
)

/**
 * The GitHub App inputs: `app-id` and `app-private-key` together, `app-installation-id` only with them.
 * The CLI takes the key from GITHUB_APP_PRIVATE_KEY (never a flag, which `ps` would show). The key is
 * never quoted in an error.
 */
function readGitHubApp(source: InputSource, env: NodeJS.ProcessEnv): GitHubAppInput | undefined {
  const { label } = source
  const appId = source.get('app-id')
  const key = source.get('app-private-key') ?? (env.GITHUB_APP_PRIVATE_KEY || undefined)
  const installation = source.get('app-installation-id')
  const keyLabel =
    source.get('app-private-key') !== undefined ? label('app-private-key') : 'GITHUB_APP_PRIVATE_KEY'
  if (appId === undefined) {
    if (key === undefined && installation === undefined) return undefined
    const given = key !== undefined ? keyLabel : label('app-installation-id')
    throw new InputError(`${label('app-id')}: expected the App id with ${given}, got nothing`)
  }
  if (key === undefined)
    throw new InputError(
      `${label('app-private-key')}: expected the App's private key with ${label('app-id')}, got nothing (a secret that is not set expands to "")`
    )
  return {
    appId: parseValue(APP_ID, appId.trim(), label('app-id')),
    privateKey: parseValue(APP_PRIVATE_KEY, key, keyLabel, { secret: true }),
    ...(installation !== undefined
      ? { installationId: parseValue(INSTALLATION_ID, installation.trim(), label('app-installation-id')) }
      : {})
  }
}

function readRepositories(source: InputSource): string[] {
  const raw = source.get('repositories')
  if (raw === undefined) return []
  const list = parseList(raw)
  const expected = `${source.label('repositories')}: expected "owner/repo" or "owner/*"`
  if (list.length === 0) throw new InputError(`${expected}, got ${JSON.stringify(raw)}`)
  const bad = list.find((entry) => !REPOSITORY_PATTERN.test(entry))
  if (bad !== undefined) throw new InputError(`${expected}, got ${JSON.stringify(bad)}`)
  return list
}

/**
 * S3 settings, named alike as inputs and flags. The endpoint falls back to the standard
 * AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL variables, the region to the SDK's AWS_REGION.
 */
export function readS3Settings(source: InputSource, env: NodeJS.ProcessEnv): S3Settings {
  const { label } = source
  function read<T>(name: string, schema: z.ZodType<T, string>): T | undefined {
    const raw = source.get(name)
    return raw === undefined ? undefined : parseValue(schema, raw, label(name))
  }
  const endpointUrl = httpUrlValue('https://minio.example.com:9000')
  for (const name of ['AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL']) {
    if (env[name]) parseValue(endpointUrl, env[name], name)
  }
  const sse = read('sse', oneOf(['AES256', 'aws:kms'], 'expected AES256 or aws:kms'))
  const kmsKeyId = read('kms-key-id', keyIdValue)
  if (kmsKeyId !== undefined && sse !== 'aws:kms') {
    throw new InputError(
      `${label('kms-key-id')}: expected ${label('sse')} aws:kms with it, got ${sse === undefined ? `no ${label('sse')}` : `${label('sse')} ${sse}`}; set ${label('sse')} to aws:kms`
    )
  }
  const retentionMode = read(
    'retention-mode',
    oneOf(['GOVERNANCE', 'COMPLIANCE'], 'expected GOVERNANCE or COMPLIANCE')
  )
  const retentionDays = read('retention-days', retentionDaysValue)
  if ((retentionMode === undefined) !== (retentionDays === undefined)) {
    const missing = retentionMode === undefined ? 'retention-mode' : 'retention-days'
    throw new InputError(
      `${label(missing)}: expected it with ${label(missing === 'retention-mode' ? 'retention-days' : 'retention-mode')} (Object Lock retention needs both), got nothing`
    )
  }
  return {
    region: read('aws-region', regionValue),
    endpoint:
      read('s3-endpoint', endpointUrl) || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined,
    forcePathStyle: parseValue(
      booleanValue,
      source.get('s3-force-path-style') ?? INPUT_DEFAULTS['s3-force-path-style'],
      label('s3-force-path-style')
    ),
    sse,
    kmsKeyId,
    retentionMode,
    retentionDays
  }
}

export const KEY_FILE_MAX_BYTES = 64 * 1024
const SIGNING_KEY_EXPECTED =
  'expected an ed25519 private key as PKCS#8 PEM ("BEGIN PRIVATE KEY") or base64 of its 32-byte seed'

/**
 * The CLI's signing key: from a file, or SIGNING_KEY. A key that was asked for but is empty is an error,
 * never an unsigned bundle.
 */
export async function readCliSigningKey(
  file: string | undefined,
  env: NodeJS.ProcessEnv
): Promise<string | undefined> {
  if (file !== undefined) {
    const label = '--signing-key-file'
    if (file === '') throw new InputError(`${label}: expected a path, got nothing ("")`)
    const text = await readInputFile(file, label, {
      expected: 'expected a file with an ed25519 private key',
      maxBytes: KEY_FILE_MAX_BYTES
    })
    return checkedSigningKey(text, `${label} ${file}`)
  }
  const value = env.SIGNING_KEY
  return value === undefined ? undefined : checkedSigningKey(value, 'SIGNING_KEY')
}

/**
 * The action's signing key. action.yml gives the input the default `none`, so an empty value means the
 * workflow named a key, typically `${{ secrets.SIGNING_KEY }}`, and it expanded to nothing (a secret that
 * is not set, or not passed to forks). That is an error, not an unsigned bundle.
 */
export function readActionSigningKey(
  getInput: (name: string) => string,
  env: NodeJS.ProcessEnv
): string | undefined {
  const value = getInput('signing-key')
  // @actions/core keeps the hyphen: the variable is INPUT_SIGNING-KEY.
  if (env['INPUT_SIGNING-KEY'] === undefined || value === INPUT_DEFAULTS['signing-key']) return undefined
  return checkedSigningKey(value, 'signing-key input')
}

function checkedSigningKey(text: string, label: string): string {
  if (text.trim() === '') {
    throw new InputError(
      `${label}: ${SIGNING_KEY_EXPECTED}, got nothing (the key is empty: a secret that is not set expands to ""); set it, or leave the key out for unsigned bundles`
    )
  }
  parseSigningKey(text, label)
  return text
}
