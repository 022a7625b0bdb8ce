import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Manifest } from '../../src/bundle/manifest.js'
import { generateSigningKeyPair } from '../../src/bundle/signing.js'
import { readJson } from '../support/bundles.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { CLI_ENTRY, runAction, runNode, type ActionRun } from '../support/run-action.js'
import { cp } from 'node:fs/promises'

const keys = generateSigningKeyPair()
const otherKeys = generateSigningKeyPair()
let simulator: GitHubSimulator
let destination: string
let publicKeyFile: string
let otherPublicKeyFile: string
const runs: ActionRun[] = []

beforeAll(async () => {
  simulator = await startGitHubSimulator({ orgs: [demoOrg(new Date())] })
  const dir = await mkdtemp(join(tmpdir(), 'annex-chain-'))
  destination = join(dir, 'bundles')
  publicKeyFile = join(dir, 'key.pub')
  otherPublicKeyFile = join(dir, 'other.pub')
  await writeFile(publicKeyFile, keys.publicKeyPem)
  await writeFile(otherPublicKeyFile, otherKeys.publicKeyPem)
  for (const runId of ['1001', '1002', '1003']) {
    runs.push(
      await runAction({
        inputs: {
          'github-token': 'ghs_simulator_token',
          repositories: 'acme-corp/payments-api',
          destination,
          'signing-key': keys.privateKeyPem,
          'fail-on': 'none'
        },
        apiUrl: simulator.url,
        graphqlUrl: simulator.graphqlUrl,
        env: { GITHUB_RUN_ID: runId }
      })
    )
  }
})
afterAll(() => simulator.close())

const manifestOf = (run: ActionRun) => readJson<Manifest>(join(run.outputs['bundle-path']!, 'manifest.json'))
const verify = (...args: string[]) => runNode(CLI_ENTRY, ['verify', ...args], {})

async function copyDestination(): Promise<string> {
  const copy = join(await mkdtemp(join(tmpdir(), 'annex-chain-copy-')), 'bundles')
  await cp(destination, copy, { recursive: true })
  return copy
}

test('each manifest links to the bundle before it, and is signed', async () => {
  const [first, second, third] = await Promise.all(runs.map(manifestOf))
  expect(first!.previous).toBeNull()
  expect(second!.previous).toEqual({
    key: first!.bundleKey,
    manifestSha256: runs[0]!.outputs['manifest-sha256']
  })
  expect(third!.previous).toEqual({
    key: second!.bundleKey,
    manifestSha256: runs[1]!.outputs['manifest-sha256']
  })
  expect(third!.bundleKey).toMatch(/^acme-corp--payments-api\/\d{4}\/\d{2}\/\d{2}\/\d{8}T\d{6}Z-1003$/)
  expect(third!.signature).toEqual({ algorithm: 'ed25519', keyFingerprint: keys.fingerprint })
})

test('the signing key never appears in the logs or the bundle', async () => {
  const secretLine = keys.privateKeyPem.split('\n')[1]!
  for (const run of runs) expect(run.stdout.replace(/::add-mask::.*\n/g, '')).not.toContain(secretLine)
  const manifest = await readFile(join(runs[0]!.outputs['bundle-path']!, 'manifest.json'), 'utf8')
  expect(manifest).not.toContain(secretLine)
})

test('a bundle verifies with the trusted public key, and fails with another one', async () => {
  const bundle = runs[2]!.outputs['bundle-path']!
  const trusted = await verify(bundle, '--public-key', publicKeyFile)
  expect(trusted.code).toBe(0)
  expect(trusted.stdout).toContain('signature: valid')
  const other = await verify(bundle, '--public-key', otherPublicKeyFile)
  expect(other.code).toBe(1)
  expect(other.stdout).toContain('manifest.sig')
})

test('the one-file archive verifies like the directory', async () => {
  const archive = runs[2]!.outputs['archive-path']!
  expect(archive.endsWith('.tar.gz')).toBe(true)
  const result = await verify(archive, '--public-key', publicKeyFile)
  expect(result.stdout).toContain('OK: ')
  expect(result.code).toBe(0)
})

test('the period verifies: every bundle, the chain, no gaps', async () => {
  const result = await verify(destination, '--public-key', publicKeyFile, '--every', '1h')
  expect(result.stdout).toContain('VERDICT: OK: 3 bundle(s) intact, chained, and without gaps.')
  expect(result.code).toBe(0)
  const json = JSON.parse((await verify(destination, '--json')).stdout)
  expect(json.bundles).toHaveLength(3)
})

test('a deleted bundle in the middle of the period is detected', async () => {
  const copy = await copyDestination()
  const middle = (await manifestOf(runs[1]!)).bundleKey
  await rm(join(copy, ...middle.split('/')), { recursive: true })
  const result = await verify(copy)
  expect(result.stdout).toContain(`the previous bundle it records, ${middle}, is missing: deleted?`)
  expect(result.code).toBe(1)
})

test('two bundles swapped are detected', async () => {
  const copy = await copyDestination()
  const [a, b] = [(await manifestOf(runs[0]!)).bundleKey, (await manifestOf(runs[1]!)).bundleKey]
  const [pathA, pathB] = [join(copy, ...a.split('/')), join(copy, ...b.split('/'))]
  await rename(pathA, `${pathA}.tmp`)
  await rename(pathB, pathA)
  await rename(`${pathA}.tmp`, pathB)
  const result = await verify(copy)
  expect(result.stdout).toContain(`${a}: its manifest says it is ${b}: the bundle was moved or swapped`)
  expect(result.code).toBe(1)
})

test('an edited manifest breaks the signature and the chain', async () => {
  const copy = await copyDestination()
  const first = (await manifestOf(runs[0]!)).bundleKey
  const manifestPath = join(copy, ...first.split('/'), 'manifest.json')
  const text = await readFile(manifestPath, 'utf8')
  await writeFile(manifestPath, text.replace('"actor": "octocat"', '"actor": "mallory"'))
  const result = await verify(copy, '--public-key', publicKeyFile)
  expect(result.stdout).toContain('manifest.sig')
  expect(result.stdout).toMatch(/the previous bundle .* has manifest SHA-256 .* was recorded: replaced\?/)
  expect(result.code).toBe(1)
})

test('a gap in the cadence and an incomplete bundle are reported', async () => {
  const copy = await copyDestination()
  const last = (await manifestOf(runs[2]!)).bundleKey
  await rm(join(copy, ...last.split('/'), 'manifest.json'))
  const from = new Date(Date.now() - 3 * 86_400_000).toISOString()
  const result = await verify(copy, '--every', '1d', '--from', from)
  expect(result.stdout).toMatch(/gap of .* between the start of the period/)
  expect(result.stdout).toContain('INCOMPLETE')
  expect(result.code).toBe(1)
})

test('a bad signing key exits 2 without printing it', async () => {
  const result = await runAction({
    inputs: {
      'github-token': 'ghs_simulator_token',
      repositories: 'acme-corp/payments-api',
      destination,
      'signing-key': 'not-a-key-PLANTED'
    },
    apiUrl: simulator.url,
    graphqlUrl: simulator.graphqlUrl
  })
  expect(result.code).toBe(2)
  expect(result.stdout).toContain('signing-key')
  expect(result.stdout.replace(/::add-mask::.*\n/g, '')).not.toContain('PLANTED')
})
