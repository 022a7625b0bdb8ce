import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../src/config/errors.js'
import { actionSource, cliSource, COLLECT_FLAGS, readSettings } from '../../src/inputs/settings.js'
import { registerActionSecrets } from '../../src/secrets.js'
import { expiryAwareCache, installationOwner } from '../../src/sources/github/app-auth.js'
import { redact } from '../../src/util/redact.js'

const rsa = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' }
}).privateKey
const ed25519 = generateKeyPairSync('ed25519', {
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' }
}).privateKey

let base: string
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'annex-app-inputs-'))
})
afterAll(() => rm(base, { recursive: true, force: true }))

const action = (inputs: Record<string, string>) =>
  readSettings(
    actionSource((name) => ({ 'github-token': 'ghs_test', ...inputs })[name] ?? ''),
    { base, env: {} }
  )
const cli = (values: Record<string, string>, env: NodeJS.ProcessEnv) =>
  readSettings(cliSource(values, env), { base, env })
async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  return (error as Error).message
}

describe('GitHub App inputs', () => {
  test('none given: no App, the token collects', async () => {
    expect((await action({})).githubApp).toBeUndefined()
  })

  test('app-id and app-private-key (and app-installation-id) make the App settings', async () => {
    expect((await action({ 'app-id': '12345', 'app-private-key': rsa })).githubApp).toEqual({
      appId: '12345',
      privateKey: rsa
    })
    expect(
      (await action({ 'app-id': 'Iv23liABCDEF', 'app-private-key': rsa, 'app-installation-id': '987' }))
        .githubApp
    ).toEqual({ appId: 'Iv23liABCDEF', privateKey: rsa, installationId: 987 })
  })

  test('the CLI takes the key from GITHUB_APP_PRIVATE_KEY, never a flag; GITHUB_TOKEN is then optional', async () => {
    const inputs = await cli({ 'app-id': '12345' }, { GITHUB_APP_PRIVATE_KEY: rsa })
    expect(inputs.githubApp).toEqual({ appId: '12345', privateKey: rsa })
    expect(inputs.token).toBe('')
    expect(Object.keys(COLLECT_FLAGS)).toEqual(expect.arrayContaining(['app-id', 'app-installation-id']))
    expect(Object.keys(COLLECT_FLAGS)).not.toContain('app-private-key')
  })

  test.each([
    [
      {},
      { GITHUB_TOKEN: 'ghs_test', GITHUB_APP_PRIVATE_KEY: rsa },
      '--app-id: expected the App id with GITHUB_APP_PRIVATE_KEY, got nothing'
    ],
    [
      { 'app-id': '12345' },
      {},
      'GITHUB_APP_PRIVATE_KEY: expected the App\'s private key with --app-id, got nothing (a secret that is not set expands to "")'
    ],
    [
      { 'app-installation-id': '5' },
      { GITHUB_TOKEN: 'ghs_test' },
      '--app-id: expected the App id with --app-installation-id, got nothing'
    ],
    [
      {},
      {},
      'GITHUB_TOKEN: expected a token that can read the repositories (or GH_TOKEN, or --app-id with GITHUB_APP_PRIVATE_KEY), got nothing'
    ]
  ])('the CLI refuses (%#) in its own words', async (values, env, message) => {
    expect(await refusal(cli(values, env))).toBe(message)
  })

  test.each([
    [{ 'app-private-key': rsa }, 'app-id input: expected the App id with app-private-key input, got nothing'],
    [
      { 'app-installation-id': '5' },
      'app-id input: expected the App id with app-installation-id input, got nothing'
    ],
    [
      { 'app-id': '12345' },
      'app-private-key input: expected the App\'s private key with app-id input, got nothing (a secret that is not set expands to "")'
    ],
    [
      { 'app-id': 'twelve', 'app-private-key': rsa },
      'app-id input: expected the App id (digits) or its client id (Iv…), got "twelve"'
    ],
    [
      { 'app-id': '12345', 'app-private-key': rsa, 'app-installation-id': '-1' },
      'app-installation-id input: expected the numeric installation id, got "-1"'
    ]
  ])('refused (%#): the error says which input and what was expected', async (inputs, message) => {
    expect(await refusal(action(inputs))).toBe(message)
  })

  test('a key that is not an RSA private key is refused without quoting it', async () => {
    for (const key of [ed25519, 'not a key at all, but secret-ish 8f3c2a']) {
      const message = await refusal(action({ 'app-id': '12345', 'app-private-key': key }))
      expect(message).toBe(
        'app-private-key input: expected the App\'s RSA private key in PEM ("BEGIN RSA PRIVATE KEY" or "BEGIN PRIVATE KEY"), got a value that is not one'
      )
    }
  })

  test('the key input is registered as a secret before anything is logged, line by line', () => {
    const masked: string[] = []
    registerActionSecrets({ 'INPUT_APP-PRIVATE-KEY': rsa }, (value) => masked.push(value))
    const line = rsa.split('\n')[5]!
    expect(masked).toContain(line)
    expect(redact(`oops ${line}`)).toBe('oops ***')
  })
})

describe('installation token cache', () => {
  const value = (token: string, expiresAt: string) =>
    `${token}|2026-01-01T00:00:00Z|${expiresAt}|all|metadata|`
  test('hands out a token while more than the margin is left, then asks for a new one', () => {
    let now = Date.parse('2026-01-01T00:00:00Z')
    const cache = expiryAwareCache({ now: () => now, refreshMarginMs: 5 * 60_000 })
    cache.set('1', value('ghs_cachedtoken0001', '2026-01-01T01:00:00Z'))
    expect(cache.get('1')).toContain('ghs_cachedtoken0001')
    now = Date.parse('2026-01-01T00:54:59Z')
    expect(cache.get('1')).toContain('ghs_cachedtoken0001')
    now = Date.parse('2026-01-01T00:55:00Z')
    expect(cache.get('1')).toBeUndefined()
    // A value without a readable expiry is never trusted.
    cache.set('2', value('ghs_cachedtoken0002', 'whenever'))
    expect(cache.get('2')).toBeUndefined()
    expect(redact('ghs_cachedtoken0001 leaked')).toBe('*** leaked')
  })
})

test('an installation covers one organisation: the scope must have one owner', () => {
  expect(installationOwner(['Acme/api', 'acme/*'])).toBe('acme')
  expect(() => installationOwner(['acme/api', 'other/web'])).toThrow(
    'the repositories in scope belong to 2 owners (acme, other); an installation token covers one organisation'
  )
})
