import { spawnSync } from 'node:child_process'
import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateSigningKeyPair } from '../../src/bundle/signing.js'
import { copyBundle } from '../support/bundles.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { CLI_ENTRY, ROOT, runAction, runNode } from '../support/run-action.js'

// The README's "Verify without Node" commands, run with the real coreutils and OpenSSL binaries.
const keys = generateSigningKeyPair()
let simulator: GitHubSimulator
let bundle: string
let publicKeyFile: string

beforeAll(async () => {
  simulator = await startGitHubSimulator({ orgs: [demoOrg(new Date())] })
  const dir = await mkdtemp(join(tmpdir(), 'annex-no-node-'))
  publicKeyFile = join(dir, 'evidence.pub')
  await writeFile(publicKeyFile, keys.publicKeyPem)
  const run = await runAction({
    inputs: {
      'github-token': 'ghs_simulator_token',
      repositories: 'acme-corp/payments-api',
      destination: join(dir, 'bundles'),
      'signing-key': keys.privateKeyPem,
      'fail-on': 'none'
    },
    apiUrl: simulator.url,
    graphqlUrl: simulator.graphqlUrl
  })
  bundle = run.outputs['bundle-path']!
})
afterAll(() => simulator.close())

const sh = (script: string, cwd: string) => spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8' })

/** The README's commands, taken from the README itself so the documentation cannot drift from what works. */
async function readmeCommands(): Promise<string> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### Verify without Node'))
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!
  return block.replace(/evidence\.pub/g, publicKeyFile).replace(/\/tmp\/manifest\.sig\.bin/g, 'sig.bin.tmp')
}

test('sha256sum -c SHA256SUMS passes in the bundle and lists every file but itself', async () => {
  const sums = await readFile(join(bundle, 'SHA256SUMS'), 'utf8')
  const listed = sums
    .trimEnd()
    .split('\n')
    .map((line) => line.slice(66))
  expect(listed).toContain('manifest.json')
  expect(listed).toContain('manifest.sig')
  expect(listed).not.toContain('SHA256SUMS')
  const manifest = JSON.parse(await readFile(join(bundle, 'manifest.json'), 'utf8')) as {
    files: { path: string }[]
  }
  expect(listed.length).toBe(manifest.files.length + 2)
  const check = sh('sha256sum -c --strict SHA256SUMS', bundle)
  expect(check.stderr).toBe('')
  expect(check.status).toBe(0)
})

test("the README's commands pass on an intact bundle, openssl verifying the ed25519 signature", async () => {
  const copy = await copyBundle(bundle)
  const result = sh(`set -e\n${await readmeCommands()}`, copy)
  expect(result.stdout).toContain('all files intact')
  expect(result.stdout).toContain('no file added or missing')
  expect(result.stdout).toContain('Signature Verified Successfully')
  expect(result.status).toBe(0)
})

test('the same commands fail on a changed evidence file, an added file, and a changed manifest', async () => {
  const changed = await copyBundle(bundle)
  const evidence = sh('grep -l . -r evidence | head -1', changed).stdout.trim()
  await appendFile(join(changed, evidence), ' ')
  expect(sh('sha256sum -c --strict --quiet SHA256SUMS', changed).status).not.toBe(0)

  const added = await copyBundle(bundle)
  await writeFile(join(added, 'evidence', 'planted.json'), '{}\n')
  const commands = await readmeCommands()
  const diffLine = commands.split('\n').find((line) => line.startsWith('diff '))!
  expect(sh(diffLine, added).status).not.toBe(0)

  // A manifest rewritten to match a changed file, with SHA256SUMS rewritten too: only the signature shows it.
  const forged = await copyBundle(bundle)
  const manifestPath = join(forged, 'manifest.json')
  await writeFile(manifestPath, (await readFile(manifestPath, 'utf8')).replace('"nightly"', '"nightly" '))
  sh('sha256sum $(cut -c67- SHA256SUMS) > SHA256SUMS.new && mv SHA256SUMS.new SHA256SUMS', forged)
  expect(sh('sha256sum -c --strict --quiet SHA256SUMS', forged).status).toBe(0)
  const signature = sh(`set -e\n${commands.split('\n').slice(-3).join('\n')}`, forged)
  expect(signature.status).not.toBe(0)
  expect(signature.stdout).not.toContain('Signature Verified Successfully')
})

test('verify checks SHA256SUMS against the manifest: an edited one fails, the intact bundle passes', async () => {
  const intact = await runNode(CLI_ENTRY, ['verify', bundle, '--public-key', publicKeyFile], {})
  expect(intact.stdout).toContain('OK:')
  expect(intact.code).toBe(0)
  const edited = await copyBundle(bundle)
  await appendFile(join(edited, 'SHA256SUMS'), `${'0'.repeat(64)}  evidence/planted.json\n`)
  const result = await runNode(CLI_ENTRY, ['verify', edited, '--public-key', publicKeyFile], {})
  expect(result.stdout).toContain('SHA256SUMS: does not list exactly')
  expect(result.code).toBe(1)
})
