import { createPrivateKey } from 'node:crypto'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { InputError } from '../config/errors.js'
import { parseSigningKey } from '../bundle/signing.js'
import { apiUrls, retryBaseMs, runMetadata } from '../environment.js'
import type { RunMetadata } from '../run.js'
import type { S3Settings } from '../store/destination.js'
import type { S3Location } from '../store/s3-uri.js'
import type { LoadedConfig } from '../config/load.js'
import { resolvePeriod } from '../config/period.js'
import type { EvaluationPeriod } from '../model.js'
import {
  DEFAULT_PERIOD,
  FAIL_ON_VALUES,
  INPUT_DEFAULTS,
  REPOSITORY_PATTERN,
  type FailOn
} from './defaults.js'
import { checkInputFile, checkWritableDirectory, readInputFile } from './paths.js'
import {
  appIdValue,
  autoOrBoolean,
  booleanValue,
  durationValue,
  httpUrlValue,
  installationIdValue,
  keyIdValue,
  oneOf,
  pathListValue,
  parseValue,
  pathValue,
  regionValue,
  repositoriesValue,
  retentionDaysValue,
  secondsValue,
  shardValue,
  shown,
  storeTargetValue
} from './parsers.js'
import type { Shard } from '../shard.js'

/**
 * The one settings layer. Action inputs and CLI flags have the same names and are read through ONE schema
 * (`INPUTS`, below), validated once by zod into one typed `Settings` object, with every default from
 * `defaults.ts`. Nothing downstream looks at an input's string again: the pipeline, the sources and the
 * stores take the typed values. The config file is merged in by `mergeConfig`, once the mode has read it.
 *
 * Adding an input or a flag: one line in `INPUTS` (its parser from parsers.ts; `ACTION_ONLY` if the CLI
 * has no such flag), a default in `INPUT_DEFAULTS` if it has one, the field in `Settings` and
 * `readSettings`'s result, and the input in action.yml (a test asserts action.yml's defaults are these).
 */

const S3_ENDPOINT = httpUrlValue('https://minio.example.com:9000')
const PARTIALS_EXPECTED =
  'expected the partial bundles of the shards (directories or .tar.gz archives, or a directory holding them)'

/** Every input of a run, by name (the action input `x` is the CLI flag `--x`), in the order they are checked. */
export const INPUTS = {
  'fail-on': oneOf(FAIL_ON_VALUES as [FailOn, ...FailOn[]]),
  'rate-limit-wait': secondsValue,
  period: durationValue,
  repositories: repositoriesValue,
  config: pathValue,
  destination: storeTargetValue(),
  'spool-dir': pathValue,
  sse: oneOf(['AES256', 'aws:kms'], 'expected AES256 or aws:kms'),
  'kms-key-id': keyIdValue,
  'retention-mode': oneOf(['GOVERNANCE', 'COMPLIANCE'], 'expected GOVERNANCE or COMPLIANCE'),
  'retention-days': retentionDaysValue,
  'aws-region': regionValue,
  's3-endpoint': S3_ENDPOINT,
  's3-force-path-style': booleanValue,
  shard: shardValue,
  attest: autoOrBoolean,
  mode: oneOf(['auto', 'nightly', 'pull-request', 'merge']),
  'partial-bundles': pathListValue(PARTIALS_EXPECTED),
  'app-id': appIdValue,
  'app-installation-id': installationIdValue
} satisfies Record<string, z.ZodType<unknown, string>>

export type InputName = keyof typeof INPUTS
export type InputValues = { [K in InputName]?: z.output<(typeof INPUTS)[K]> }

/**
 * Inputs of the action the CLI has no flag for (the CLI's `collect` is always the nightly run; its `merge`
 * command is mode: merge, and takes the partial bundles as its arguments).
 */
const ACTION_ONLY: readonly InputName[] = ['attest', 'mode', 'partial-bundles']

/** The CLI's `collect` flags, for parseArgs: every input it shares with the action. */
export const COLLECT_FLAGS = Object.fromEntries(
  (Object.keys(INPUTS) as InputName[])
    .filter((name) => !ACTION_ONLY.includes(name))
    .map((name) => [name, { type: 'string' as const }])
) as Record<Exclude<InputName, 'attest' | 'mode' | 'partial-bundles'>, { type: 'string' }>

/** Inputs that mean something only with an s3:// destination. */
const S3_ONLY: readonly InputName[] = [
  'aws-region',
  's3-endpoint',
  'sse',
  'kms-key-id',
  'retention-mode',
  'retention-days'
]

/**
 * The inputs' schema, with the cross-input rules. `label` names an input as the user wrote it (`--sse`,
 * `sse input`); a cross-input rule's message is complete (`params.complete`), a value's is "expected …".
 */
const inputsObject = z.object(
  Object.fromEntries(Object.entries(INPUTS).map(([name, schema]) => [name, schema.optional()])) as {
    [K in InputName]: z.ZodOptional<(typeof INPUTS)[K]>
  }
)

function inputsSchema(label: (name: InputName) => string, given: (name: InputName) => boolean) {
  return inputsObject.superRefine((values, ctx) => {
    const fail = (name: InputName, message: string) =>
      ctx.addIssue({ code: 'custom', path: [name], message, params: { complete: true } })
    if (values['kms-key-id'] !== undefined && values.sse !== 'aws:kms') {
      fail(
        'kms-key-id',
        `${label('kms-key-id')}: expected ${label('sse')} aws:kms with it, got ${values.sse === undefined ? `no ${label('sse')}` : `${label('sse')} ${values.sse}`}; set ${label('sse')} to aws:kms`
      )
    }
    if ((values['retention-mode'] === undefined) !== (values['retention-days'] === undefined)) {
      const missing = values['retention-mode'] === undefined ? 'retention-mode' : 'retention-days'
      const other = missing === 'retention-mode' ? 'retention-days' : 'retention-mode'
      fail(
        missing,
        `${label(missing)}: expected it with ${label(other)} (Object Lock retention needs both), got nothing`
      )
    }
    if (values['app-installation-id'] !== undefined && values['app-id'] === undefined) {
      fail(
        'app-id',
        `${label('app-id')}: expected the App id with ${label('app-installation-id')}, got nothing`
      )
    }
    const destination = values.destination
    if (given('shard') && destination?.kind === 's3' && values.mode !== 'merge') {
      fail(
        'shard',
        `${label('shard')}: a shard writes a partial bundle to a directory (an artifact for the merge step, which publishes), got ${label('destination')} ${JSON.stringify(destination.uri)}; set ${label('destination')} to a directory`
      )
    }
    if (values.mode === 'merge') {
      // The merge takes scope, period and config from the shards: an input that would change nothing is refused.
      const ignored = (['shard', 'repositories', 'period', 'config'] as const).find(given)
      if (ignored === 'shard')
        fail(
          'shard',
          `${label('shard')}: only used when collecting a shard, got it with mode: merge; remove it`
        )
      else if (ignored !== undefined)
        fail(
          ignored,
          `${label(ignored)}: only used when collecting, got it with mode: merge (the merge takes the shards' scope, period and config); remove it`
        )
      if (!given('partial-bundles'))
        fail('partial-bundles', `${label('partial-bundles')}: ${PARTIALS_EXPECTED}, got nothing`)
    } else if (given('partial-bundles')) {
      fail(
        'partial-bundles',
        `${label('partial-bundles')}: only used with mode: merge, got mode ${values.mode ?? INPUT_DEFAULTS.mode}; remove it, or set ${label('mode')} to merge`
      )
    }
    if (destination !== undefined && destination.kind === 'local') {
      const name = [...S3_ONLY, 's3-force-path-style' as const].find((name) =>
        name === 's3-force-path-style' ? values[name] === true : given(name)
      )
      if (name !== undefined) {
        fail(
          name,
          `${label(name)}: only used with an s3:// destination, got destination ${JSON.stringify(destination.path)}; remove it, or set ${label('destination')} to s3://bucket/prefix`
        )
      }
    }
  })
}

/**
 * Where the values of the inputs come from, and how the user calls them. The action and the CLI name
 * their inputs alike (`period` input, `--period` flag) and read them through `readSettings`, so both
 * take the same values, with the same defaults, and refuse the same ones with the same words.
 */
export interface InputSource {
  surface: 'action' | 'cli'
  /** The value as given; undefined when not given (the default applies). */
  get: (name: InputName) => string | undefined
  /** `--period` on the command line, `period input` in a workflow. */
  label: (name: InputName) => string
  /** The token, the signing key and the App key: secrets, read where each surface keeps them. */
  secrets: () => Promise<InputSecrets>
  /** The CLI merge command: the partial bundles, its arguments as given (not split as a list). */
  partials?: string[]
}

export interface InputSecrets {
  token: string
  signingKey?: string
  /** The GitHub App private key as given (checked by readSettings, with `app-id`), and what it is called. */
  appPrivateKey?: { value: string; label: string }
}

/**
 * Flags from parseArgs. A flag given empty (`--period ''`) is given: it is checked, and refused. The
 * `merge` command is mode: merge, its arguments the partial bundles (`partials`), and it needs no token.
 */
export function cliSource(
  values: Record<string, unknown>,
  env: NodeJS.ProcessEnv = {},
  merge?: { partials: string[] }
): InputSource {
  return {
    surface: 'cli',
    get: (name) =>
      merge && name === 'mode'
        ? 'merge'
        : merge && name === 'partial-bundles'
          ? merge.partials.length > 0
            ? merge.partials.join('\n')
            : undefined
          : !ACTION_ONLY.includes(name) && typeof values[name] === 'string'
            ? values[name]
            : undefined,
    label: (name) => (name === 'partial-bundles' ? 'merge' : `--${name}`),
    ...(merge ? { partials: merge.partials } : {}),
    secrets: async () => {
      // With --app-id the App installation token reads the repositories; GITHUB_TOKEN is then optional.
      const token = env.GITHUB_TOKEN || env.GH_TOKEN || ''
      if (!token && !merge && typeof values['app-id'] !== 'string')
        throw new InputError(
          'GITHUB_TOKEN: expected a token that can read the repositories (or GH_TOKEN, or --app-id with GITHUB_APP_PRIVATE_KEY), got nothing'
        )
      const file = values['signing-key-file']
      // The App's key only from the environment: a flag would show in `ps`.
      const appKey = env.GITHUB_APP_PRIVATE_KEY || undefined
      return {
        token,
        signingKey: await readCliSigningKey(typeof file === 'string' ? file : undefined, env),
        ...(appKey !== undefined ? { appPrivateKey: { value: appKey, label: 'GITHUB_APP_PRIVATE_KEY' } } : {})
      }
    }
  }
}

/**
 * Action inputs. The runner passes every input declared in action.yml, `''` when neither the workflow
 * nor action.yml gives a value, so an empty input means "not given" here.
 */
export function actionSource(getInput: (name: string) => string, env: NodeJS.ProcessEnv = {}): InputSource {
  return {
    surface: 'action',
    get: (name) => getInput(name) || undefined,
    label: (name) => `${name} input`,
    secrets: () => {
      const token = getInput('github-token')
      if (!token) {
        throw new InputError(
          'github-token input: expected a token (${{ github.token }} for the current repository, or a GitHub App / personal access token for org-wide runs), got nothing'
        )
      }
      const appKey = getInput('app-private-key') || undefined
      return Promise.resolve({
        token,
        signingKey: readActionSigningKey(getInput, env),
        ...(appKey !== undefined ? { appPrivateKey: { value: appKey, label: 'app-private-key input' } } : {})
      })
    }
  }
}

/** An absolute directory, or an S3 bucket and prefix. */
export type DestinationSetting = { kind: 'local'; dir: string } | ({ kind: 's3' } & S3Location)

export type RunMode = 'nightly' | 'pull-request'
/** What a step does: one of the pipeline's modes, or mode: merge (no collection: src/merge/). */
export type StepMode = RunMode | 'merge'

/** Everything a run reads: the inputs checked and merged with the runner's environment. */
export interface Settings {
  /**
   * `nightly` or `pull-request`, decided from the mode input and the event (the CLI's collect: always
   * nightly), or `merge` (the mode input, or the CLI's merge command).
   */
  mode: StepMode
  attest: 'auto' | 'true' | 'false'
  token: string
  /** ed25519 private key (PKCS#8 PEM or base64 seed), checked; undefined for unsigned bundles. */
  signingKey?: string
  /** From the `repositories` input; empty means "from the config, else the current repository". */
  repositories: string[]
  configPath: string
  configExplicit: boolean
  /** A directory, or an S3 bucket and prefix: parsed once here. */
  destination: DestinationSetting
  /** Where bundles for a remote destination are built and kept until uploaded. */
  spoolDir: string
  s3: S3Settings
  /** From the `period` input; undefined means "from the config, else P1D" (`mergeConfig`). */
  period?: string
  failOn: FailOn
  rateLimitBudgetSeconds: number
  /** `shard: i/n`: this job collects one shard of the subjects into a partial bundle (src/shard.ts). */
  shard?: Shard
  /** mode: merge: the partial bundles of one run (paths as given; the CLI's merge command: its arguments). */
  partialBundles: string[]
  /** `app-id` + `app-private-key` (+ `app-installation-id`): collect as a GitHub App installation. */
  githubApp?: GitHubAppInput
  apiUrl: string
  graphqlUrl: string
  currentRepository?: string
  run: RunMetadata
  now: Date
  retryBaseMs?: number
  /** Where the repository is checked out: relative inputs, the AI inventory and model files are read from it. */
  workspace: string
  /** Model registry credentials (MLFLOW_TRACKING_TOKEN, HF_TOKEN, AWS_*) are read from here. */
  env: NodeJS.ProcessEnv
}

/**
 * Parses the inputs once: `name: expected …, got "…"` for the first problem (an InputError, exit 2).
 * Defaults apply to inputs not given; `config` keeps "not given" (a missing default file is fine).
 */
export function parseInputs(source: InputSource, names?: readonly InputName[]): InputValues {
  const raw: Partial<Record<InputName, string>> = {}
  for (const name of names ?? (Object.keys(INPUTS) as InputName[])) {
    const value = source.get(name) ?? (name === 'config' ? undefined : defaultOf(name))
    if (value !== undefined) raw[name] = value
  }
  // A subset (verify's S3 flags) is checked alone, without the rules that tie the run's inputs together.
  const schema = names
    ? inputsObject.pick(Object.fromEntries(names.map((name) => [name, true])) as Record<InputName, true>)
    : inputsSchema(source.label, (name) => source.get(name) !== undefined)
  const result = schema.safeParse(raw)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  const name = issue.path[0] as InputName
  const params = (issue as { params?: { complete?: boolean; found?: string } }).params
  if (params?.complete) throw new InputError(issue.message)
  throw new InputError(
    `${source.label(name)}: ${issue.message}, got ${params?.found !== undefined ? JSON.stringify(params.found) : shown(raw[name] ?? '')}`
  )
}

function defaultOf(name: InputName): string | undefined {
  return (INPUT_DEFAULTS as Record<string, string>)[name]
}

/** Reads and checks every input of a run, before anything is collected. */
export async function readSettings(
  source: InputSource,
  options: { base: string; env: NodeJS.ProcessEnv; now?: Date }
): Promise<Settings> {
  const { env } = options
  const { label } = source
  const { token, signingKey, appPrivateKey } = await source.secrets()
  const values = parseInputs(source)
  const githubApp = githubAppOf(values, appPrivateKey, source)
  const s3 = s3SettingsOf(values, env)

  const configPath = resolve(options.base, values.config ?? join(...INPUT_DEFAULTS.config.split('/')))
  if (values.config !== undefined)
    await checkInputFile(configPath, label('config'), 'expected a YAML config file')
  const target = values.destination!
  const destination: DestinationSetting =
    target.kind === 's3'
      ? target
      : {
          kind: 'local',
          dir: await checkWritableDirectory(resolve(options.base, target.path), label('destination'))
        }
  const spoolValue = resolve(options.base, values['spool-dir']!)
  const spoolDir =
    destination.kind === 's3' ? await checkWritableDirectory(spoolValue, label('spool-dir')) : spoolValue

  const now = options.now ?? new Date()
  const event = env.GITHUB_EVENT_NAME ?? ''
  const mode: StepMode =
    values.mode === 'merge'
      ? 'merge'
      : source.surface === 'cli'
        ? 'nightly'
        : values.mode === 'pull-request' ||
            (values.mode === 'auto' && (event === 'pull_request' || event === 'pull_request_target'))
          ? 'pull-request'
          : 'nightly'
  // A pull request's checks read one change, not a population to split: a matrix of them would judge it n times.
  if (mode === 'pull-request' && values.shard)
    throw new InputError(
      `${label('shard')}: only used by a nightly run (a job of a matrix), got it in pull-request mode; remove it from the pull_request workflow`
    )
  return {
    mode,
    attest: values.attest!,
    token,
    signingKey,
    repositories: values.repositories ?? [],
    configPath,
    configExplicit: values.config !== undefined,
    destination,
    spoolDir,
    s3,
    period: values.period?.trim(),
    failOn: values['fail-on']!,
    rateLimitBudgetSeconds: values['rate-limit-wait']!,
    ...(values.shard ? { shard: values.shard } : {}),
    partialBundles: source.partials ?? values['partial-bundles'] ?? [],
    ...(githubApp ? { githubApp } : {}),
    ...apiUrls(env),
    currentRepository: env.GITHUB_REPOSITORY,
    run: runMetadata(env, now),
    now,
    retryBaseMs: retryBaseMs(env),
    workspace: options.base,
    env
  }
}

/** The same shape as the GitHub source's GitHubAppSettings (the input layer imports no source). */
export interface GitHubAppInput {
  appId: string
  privateKey: string
  installationId?: number
}

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
 * The GitHub App: `app-id` and the App's private key together (`app-installation-id` only with them, a rule
 * of `inputsSchema`). The CLI takes the key from GITHUB_APP_PRIVATE_KEY, never a flag. The key is never
 * quoted in an error.
 */
function githubAppOf(
  values: InputValues,
  key: InputSecrets['appPrivateKey'],
  source: InputSource
): GitHubAppInput | undefined {
  const { label } = source
  const appId = values['app-id']
  const keyLabel =
    key?.label ?? (source.surface === 'cli' ? 'GITHUB_APP_PRIVATE_KEY' : 'app-private-key input')
  if (appId === undefined) {
    if (key === undefined) return undefined
    throw new InputError(`${label('app-id')}: expected the App id with ${keyLabel}, got nothing`)
  }
  if (key === undefined)
    throw new InputError(
      `${keyLabel}: expected the App's private key with ${label('app-id')}, got nothing (a secret that is not set expands to "")`
    )
  const installationId = values['app-installation-id']
  return {
    appId,
    privateKey: parseValue(APP_PRIVATE_KEY, key.value, key.label, { secret: true }),
    ...(installationId !== undefined ? { installationId } : {})
  }
}

export const S3_CLIENT_INPUTS = ['aws-region', 's3-endpoint', 's3-force-path-style'] as const

/**
 * The S3 client's settings alone (verify and export read a store): the same inputs, the same parsers.
 * The endpoint falls back to the standard AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL, the region to AWS_REGION.
 */
export function readS3Settings(source: InputSource, env: NodeJS.ProcessEnv): S3Settings {
  return s3SettingsOf(parseInputs(source, S3_CLIENT_INPUTS), env)
}

function s3SettingsOf(values: InputValues, env: NodeJS.ProcessEnv): S3Settings {
  for (const name of ['AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL']) {
    const value = env[name]
    if (value) {
      const result = S3_ENDPOINT.safeParse(value)
      if (!result.success)
        throw new InputError(`${name}: ${result.error.issues[0]?.message}, got ${shown(value)}`)
    }
  }
  return {
    region: values['aws-region'],
    endpoint: values['s3-endpoint'] || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined,
    forcePathStyle: values['s3-force-path-style'] ?? false,
    sse: values.sse,
    kmsKeyId: values['kms-key-id'],
    retentionMode: values['retention-mode'],
    retentionDays: values['retention-days']
  }
}

export const KEY_FILE_MAX_BYTES = 64 * 1024
const SIGNING_KEY_EXPECTED =
  'expected an ed25519 private key as PKCS#8 PEM ("BEGIN PRIVATE KEY") or base64 of its 32-byte seed'

/**
 * The CLI's signing key: from a file, or SIGNING_KEY. A key that was asked for but is empty is an error,
 * never an unsigned bundle.
 */
async function readCliSigningKey(
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
function readActionSigningKey(
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

/**
 * The config file merged into the settings, once the mode has read it (the nightly run from disk, a pull
 * request from its base branch): an input wins over the config, the config over the defaults.
 */
export function mergeConfig(
  settings: Pick<Settings, 'repositories' | 'currentRepository' | 'configPath' | 'period' | 'now'>,
  loaded: LoadedConfig
): { scope: string[]; period: EvaluationPeriod } {
  const period = resolvePeriod(
    settings.period || loaded.config.period || DEFAULT_PERIOD,
    settings.now,
    settings.period ? 'period input' : `${settings.configPath}: period`
  )
  return { scope: scopeOf(settings, loaded), period }
}

function scopeOf(
  settings: Pick<Settings, 'repositories' | 'currentRepository' | 'configPath'>,
  loaded: LoadedConfig
): string[] {
  const fromInput = settings.repositories.length > 0
  const scope = fromInput
    ? settings.repositories
    : (loaded.config.repositories ?? (settings.currentRepository ? [settings.currentRepository] : []))
  if (scope.length === 0) {
    throw new InputError(
      'No repositories to collect from: set the repositories input (owner/repo or owner/*), `repositories` in the config, or run inside a workflow (GITHUB_REPOSITORY).'
    )
  }
  for (const entry of scope) {
    if (!REPOSITORY_PATTERN.test(entry)) {
      const where = fromInput
        ? 'repositories input'
        : loaded.config.repositories
          ? `${settings.configPath}: repositories`
          : 'GITHUB_REPOSITORY'
      throw new InputError(`${where}: expected "owner/repo" or "owner/*", got ${JSON.stringify(entry)}`)
    }
  }
  return scope
}
