import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { configSchema } from '../../src/config/schema.js'
import { InputError } from '../../src/config/errors.js'
import { INPUT_DEFAULTS } from '../../src/inputs/defaults.js'
import { actionSource, cliSource, readRunInputs } from '../../src/inputs/run-inputs.js'
import { SOURCES } from '../../src/sources/registry.js'
import type { SourceSettings } from '../../src/sources/source.js'

let base: string
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'annex-settings-'))
})
afterAll(() => rm(base, { recursive: true, force: true }))

const read = (values: Record<string, string>) => readRunInputs(cliSource(values), { base, env: {} })
const readAction = (inputs: Record<string, string>) =>
  readRunInputs(
    actionSource((name) => inputs[name] ?? ''),
    { base, env: {} }
  )

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  return (error as Error).message
}

test("action.yml declares the same defaults as src/inputs/defaults.ts (the one place they're defined)", async () => {
  const action = parse(await readFile(join(import.meta.dirname, '../../action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  for (const [name, value] of Object.entries(INPUT_DEFAULTS)) {
    // action.yml leaves `config` empty: "not given" is what makes a missing default file acceptable.
    if (name === 'config') expect(action.inputs.config?.default).toBe('')
    else expect({ name, default: action.inputs[name]?.default }).toEqual({ name, default: value })
  }
  // Every other input has no default of its own: the code's default (or "not given") applies.
  for (const [name, input] of Object.entries(action.inputs)) {
    if (name in INPUT_DEFAULTS || name === 'github-token') continue
    expect({ name, default: input.default }).toEqual({ name, default: '' })
  }
})

test('no input given: every default comes from INPUT_DEFAULTS, for the CLI and the action alike', async () => {
  for (const inputs of [await read({}), await readAction({})]) {
    expect(inputs.failOn).toBe(INPUT_DEFAULTS['fail-on'])
    expect(inputs.rateLimitBudgetSeconds).toBe(Number(INPUT_DEFAULTS['rate-limit-wait']))
    expect(inputs.destination).toEqual({ kind: 'local', dir: join(base, INPUT_DEFAULTS.destination) })
    expect(inputs.configPath).toBe(join(base, INPUT_DEFAULTS.config))
    expect(inputs.configExplicit).toBe(false)
    expect(inputs.s3.forcePathStyle).toBe(false)
  }
})

test('--rate-limit-wait abc is refused by the CLI as by the action, in the same words', async () => {
  const cli = await refusal(read({ 'rate-limit-wait': 'abc' }))
  const action = await refusal(readAction({ 'rate-limit-wait': 'abc' }))
  expect(cli).toBe('--rate-limit-wait: expected a number of seconds from 0 to 432000, got "abc"')
  expect(action).toBe('rate-limit-wait input: expected a number of seconds from 0 to 432000, got "abc"')
})

test('an s3:// destination is parsed once, into the bucket and prefix everything downstream uses', async () => {
  const inputs = await read({ destination: 's3://evidence-bucket/iso27001/', 'spool-dir': 'spool' })
  expect(inputs.destination).toEqual({
    kind: 's3',
    uri: 's3://evidence-bucket/iso27001/',
    bucket: 'evidence-bucket',
    prefix: 'iso27001'
  })
  expect(inputs.spoolDir).toBe(join(base, 'spool'))
  expect(await refusal(read({ destination: 's3://A_bad_bucket' }))).toBe(
    '--destination: expected s3://bucket/prefix with a valid bucket name, got "s3://A_bad_bucket"'
  )
})

test('the source registry: GitHub always; models and AWS only when the config names them', () => {
  const settings = (config: unknown) => ({ config: configSchema.parse(config) }) as SourceSettings
  const enabled = (config: unknown) =>
    SOURCES.filter((entry) => entry.enabled(settings(config))).map((entry) => entry.id)
  expect(SOURCES.map((entry) => entry.id)).toEqual(['github', 'models', 'aws'])
  expect(enabled({})).toEqual(['github'])
  expect(enabled({ aws: { enabled: true } })).toEqual(['github', 'aws'])
  expect(enabled({ models: { mlflow: { url: 'https://mlflow.example.com' } } })).toEqual(['github', 'models'])
})
