import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { configSchema } from '../../src/config/schema.js'
import { InputError } from '../../src/config/errors.js'
import { INPUT_DEFAULTS } from '../../src/inputs/defaults.js'
import { storeTargetValue } from '../../src/inputs/parsers.js'
import {
  actionSource,
  cliSource,
  COLLECT_FLAGS,
  INPUTS,
  mergeConfig,
  readSettings,
  type InputSource
} from '../../src/inputs/settings.js'
import { loadedConfigOf } from '../../src/config/load.js'
import { SECRET_INPUTS } from '../../src/secrets.js'
import { SOURCES, sourcesFor } from '../../src/sources/registry.js'
import type { SourceSettings } from '../../src/sources/source.js'

let base: string
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'annex-settings-'))
})
afterAll(() => rm(base, { recursive: true, force: true }))

const TOKEN_ENV = { GITHUB_TOKEN: 'ghs_test' }
const read = (values: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
  readSettings(cliSource(values, { ...TOKEN_ENV, ...env }), { base, env: { ...TOKEN_ENV, ...env } })
const readAction = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
  readSettings(
    actionSource((name) => ({ 'github-token': 'ghs_test', ...inputs })[name] ?? '', env),
    { base, env }
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
    sourcesFor('nightly')
      .filter((entry) => entry.enabled(settings(config)))
      .map((entry) => entry.id)
  expect(sourcesFor('nightly').map((entry) => entry.id)).toEqual(['github', 'models', 'aws'])
  expect(enabled({})).toEqual(['github'])
  expect(enabled({ aws: { enabled: true } })).toEqual(['github', 'aws'])
  expect(enabled({ models: { mlflow: { url: 'https://mlflow.example.com' } } })).toEqual(['github', 'models'])
})

test('pull-request mode collects through the same registry: its one source, enabled by the pull request', () => {
  const entries = sourcesFor('pull-request')
  expect(entries.map((entry) => entry.id)).toEqual(['github'])
  const title = entries[0]!.title as (settings: SourceSettings) => string
  expect(title({ pullRequest: { ref: { number: 7 } } } as SourceSettings)).toBe('pull request #7')
  expect(entries[0]!.enabled({} as SourceSettings)).toBe(false)
  expect(entries[0]!.enabled({ pullRequest: {} } as SourceSettings)).toBe(true)
  expect(SOURCES.every((entry) => ['nightly', 'pull-request'].includes(entry.mode))).toBe(true)
})

test('one schema: the CLI collect flags are the action inputs (less the action-only ones)', () => {
  expect(Object.keys(COLLECT_FLAGS).sort()).toEqual(
    Object.keys(INPUTS)
      .filter((name) => !['attest', 'mode', 'partial-bundles'].includes(name))
      .sort()
  )
  // Every input the action declares besides the secrets is in the schema, and the other way round.
  return readFile(join(import.meta.dirname, '../../action.yml'), 'utf8').then((text) => {
    const action = parse(text) as { inputs: Record<string, unknown> }
    // Secrets are read by InputSource.secrets (and masked first by registerActionSecrets), not by INPUTS.
    expect(
      Object.keys(action.inputs)
        .filter((name) => !SECRET_INPUTS.includes(name))
        .sort()
    ).toEqual(Object.keys(INPUTS).sort())
  })
})

test('the CLI and the action refuse the same values with the same validation code (exit-2 InputError)', async () => {
  const cases: [string, string][] = [
    ['rate-limit-wait', 'abc'],
    ['rate-limit-wait', '1e9'],
    ['fail-on', 'sometimes'],
    ['period', 'P1M'],
    ['repositories', 'not a repo'],
    ['s3-force-path-style', 'yes'],
    ['retention-days', '0'],
    ['destination', 's3://A_bad_bucket']
  ]
  for (const [name, value] of cases) {
    const cli = await refusal(read({ [name]: value }))
    const action = await refusal(readAction({ [name]: value }))
    expect(cli.startsWith(`--${name}: expected `)).toBe(true)
    expect(action).toBe(cli.replace(`--${name}:`, `${name} input:`))
    expect(cli).toContain(', got ')
    expect(cli).not.toContain('\n')
  }
})

test('the fail-on default is defined once: no other source file spells it', async () => {
  const { readdir } = await import('node:fs/promises')
  const src = join(import.meta.dirname, '../../src')
  const files = (await readdir(src, { recursive: true })).filter((file) => file.endsWith('.ts'))
  const spelling = []
  for (const file of files) {
    if ((await readFile(join(src, file), 'utf8')).includes("'failing-control'")) spelling.push(file)
  }
  expect(spelling).toEqual([join('inputs', 'defaults.ts')])
})

test('an s3:// address is told apart and parsed in one place; nothing else in src/ looks for the scheme', async () => {
  const { readdir } = await import('node:fs/promises')
  const src = join(import.meta.dirname, '../../src')
  const files = (await readdir(src, { recursive: true })).filter((file) => file.endsWith('.ts'))
  const looking = []
  for (const file of files) {
    const text = await readFile(join(src, file), 'utf8')
    if (/startsWith\('s3:\/\/'\)|isS3Uri\(|s3Location\(/.test(text)) looking.push(file)
  }
  expect(looking.sort()).toEqual([join('inputs', 'parsers.ts'), join('store', 's3-uri.ts')])
  // verify and export targets go through the same parser as the destination input.
  const target = storeTargetValue().parse('s3://evidence-bucket/a/b/')
  expect(target).toEqual({
    kind: 's3',
    uri: 's3://evidence-bucket/a/b/',
    bucket: 'evidence-bucket',
    prefix: 'a/b'
  })
  expect(storeTargetValue().parse('bundles/x')).toEqual({ kind: 'local', path: 'bundles/x' })
})

test('the mode: auto follows the event; the CLI always runs the nightly pipeline', async () => {
  const event = { GITHUB_EVENT_NAME: 'pull_request' }
  expect((await readAction({}, event)).mode).toBe('pull-request')
  expect((await readAction({}, { GITHUB_EVENT_NAME: 'schedule' })).mode).toBe('nightly')
  expect((await readAction({ mode: 'nightly' }, event)).mode).toBe('nightly')
  expect((await readAction({ mode: 'pull-request' })).mode).toBe('pull-request')
  expect((await read({}, event)).mode).toBe('nightly')
  expect(await refusal(readAction({ mode: 'sometimes' }))).toBe(
    'mode input: expected one of auto, nightly, pull-request, merge, got "sometimes"'
  )
  expect(await refusal(readAction({ attest: 'maybe' }))).toBe(
    'attest input: expected auto, true or false, got "maybe"'
  )
})

test('secrets come from where each surface keeps them; a missing token is one clear line', async () => {
  const noToken: InputSource = cliSource({}, {})
  expect(await refusal(readSettings(noToken, { base, env: {} }))).toBe(
    'GITHUB_TOKEN: expected a token that can read the repositories (or GH_TOKEN, or --app-id with GITHUB_APP_PRIVATE_KEY), got nothing'
  )
  expect(
    await refusal(
      readSettings(
        actionSource(() => ''),
        { base, env: {} }
      )
    )
  ).toMatch(/^github-token input: expected a token .*, got nothing$/)
  expect((await read({}, { GH_TOKEN: 'ghs_other', GITHUB_TOKEN: '' })).token).toBe('ghs_other')
})

test('cross-input rules say which input, with what, in one line', async () => {
  expect(await refusal(read({ 'kms-key-id': 'alias/k' }))).toBe(
    '--kms-key-id: expected --sse aws:kms with it, got no --sse; set --sse to aws:kms'
  )
  expect(await refusal(readAction({ 'retention-days': '30', destination: 's3://b-1/p' }))).toBe(
    'retention-mode input: expected it with retention-days input (Object Lock retention needs both), got nothing'
  )
  expect(await refusal(read({ 'aws-region': 'eu-central-1' }))).toBe(
    '--aws-region: only used with an s3:// destination, got destination "evidence-bundles"; remove it, or set --destination to s3://bucket/prefix'
  )
})

test('the config file is merged once: an input wins over the config, the config over the defaults', () => {
  const now = new Date('2026-07-02T00:00:00Z')
  const loaded = loadedConfigOf('repositories: [acme/config-repo]\nperiod: P7D\n', 'evidence.yml')
  const settings = { repositories: [], currentRepository: 'acme/current', configPath: 'evidence.yml', now }
  expect(mergeConfig(settings, loaded)).toMatchObject({
    scope: ['acme/config-repo'],
    period: { expression: 'P7D', start: '2026-06-25T00:00:00.000Z' }
  })
  expect(mergeConfig({ ...settings, repositories: ['acme/input'], period: 'P1D' }, loaded)).toMatchObject({
    scope: ['acme/input'],
    period: { expression: 'P1D' }
  })
  expect(mergeConfig(settings, loadedConfigOf('', 'evidence.yml'))).toMatchObject({
    scope: ['acme/current'],
    period: { expression: 'P1D' }
  })
})

test('shard and mode: merge are inputs of the one schema, with their rules between inputs', async () => {
  expect((await read({ shard: '2/3' })).shard).toEqual({ index: 2, count: 3 })
  expect((await readAction({ shard: '1/1' })).shard).toEqual({ index: 1, count: 1 })
  expect((await read({})).shard).toBeUndefined()
  expect(await refusal(read({ shard: '4/3' }))).toMatch(
    /^--shard: expected i\/n with 1 <= i <= n <= 256.*, got "4\/3"$/
  )
  expect(await refusal(readAction({ shard: '1/1000' }))).toMatch(/^shard input: expected i\/n /)
  // A shard's bundle is an artifact for the merge job: never to S3.
  expect(await refusal(read({ shard: '1/2', destination: 's3://b-1/p' }))).toMatch(
    /^--shard: a shard writes a partial bundle to a directory .*, got --destination "s3:\/\/b-1\/p"; set --destination to a directory$/
  )
  expect(await refusal(readAction({ shard: '1/2' }, { GITHUB_EVENT_NAME: 'pull_request' }))).toMatch(
    /^shard input: only used by a nightly run/
  )

  const merge = await readAction({ mode: 'merge', 'partial-bundles': 'shards/a, shards/b\nshards/c' })
  expect(merge.mode).toBe('merge')
  expect(merge.partialBundles).toEqual(['shards/a', 'shards/b', 'shards/c'])
  expect(await refusal(readAction({ mode: 'merge' }))).toMatch(
    /^partial-bundles input: expected the partial bundles of the shards .*, got nothing$/
  )
  expect(await refusal(readAction({ mode: 'merge', 'partial-bundles': ' , ' }))).toMatch(
    /^partial-bundles input: expected the partial bundles/
  )
  for (const name of ['repositories', 'period', 'config']) {
    const value = { repositories: 'acme/*', period: 'P1D', config: 'evidence.yml' }[name]!
    expect(await refusal(readAction({ mode: 'merge', 'partial-bundles': 'x', [name]: value }))).toBe(
      `${name} input: only used when collecting, got it with mode: merge (the merge takes the shards' scope, period and config); remove it`
    )
  }
  expect(await refusal(readAction({ mode: 'merge', 'partial-bundles': 'x', shard: '1/2' }))).toBe(
    'shard input: only used when collecting a shard, got it with mode: merge; remove it'
  )
  expect(await refusal(readAction({ 'partial-bundles': 'x' }))).toBe(
    'partial-bundles input: only used with mode: merge, got mode auto; remove it, or set mode input to merge'
  )

  // The CLI's merge command: mode: merge, its arguments as given (a comma is part of a path), no token needed.
  const cli = await readSettings(cliSource({}, {}, { partials: ['a,b', 'c'] }), { base, env: {} })
  expect({ mode: cli.mode, partialBundles: cli.partialBundles, token: cli.token }).toEqual({
    mode: 'merge',
    partialBundles: ['a,b', 'c'],
    token: ''
  })
  expect(await refusal(readSettings(cliSource({}, {}, { partials: [] }), { base, env: {} }))).toMatch(
    /^merge: expected the partial bundles/
  )
})
