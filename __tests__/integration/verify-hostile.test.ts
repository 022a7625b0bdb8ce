import { createWriteStream } from 'node:fs'
import { cp, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { pack as tarPack, type Header } from 'tar-stream'
import type { Manifest } from '../../src/bundle/manifest.js'
import { generateSigningKeyPair } from '../../src/bundle/signing.js'
import { readJson } from '../support/bundles.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { startS3Simulator, type S3Simulator } from '../support/s3-simulator.js'
import { CLI_ENTRY, ROOT, runAction, runNode, type ActionRun } from '../support/run-action.js'

/**
 * `verify` on the auditor's machine, fed bundles an attacker prepared: each test mounts the attack
 * against the built CLI (dist/) with the local S3 simulator and asserts what a trustworthy tool does.
 */
const BUCKET = 'evidence'
const SCOPE = 'acme-corp--payments-api'
const keys = generateSigningKeyPair()
let github: GitHubSimulator
let s3: S3Simulator
let work: string
let destination: string
let publicKeyFile: string
const localRuns: ActionRun[] = []

const awsEnv = () => ({
  AWS_ACCESS_KEY_ID: s3.accessKeyId,
  AWS_SECRET_ACCESS_KEY: s3.secretAccessKey,
  AWS_REGION: s3.region,
  AWS_EC2_METADATA_DISABLED: 'true'
})

function collect(destinationInput: string, runId: string, extra: Record<string, string> = {}, env = {}) {
  return runAction({
    inputs: {
      'github-token': 'ghs_simulator_token',
      repositories: 'acme-corp/payments-api',
      destination: destinationInput,
      'fail-on': 'none',
      ...extra
    },
    apiUrl: github.url,
    graphqlUrl: github.graphqlUrl,
    env: { GITHUB_RUN_ID: runId, ...env }
  })
}

beforeAll(async () => {
  github = await startGitHubSimulator({ orgs: [demoOrg(new Date())] })
  s3 = await startS3Simulator({ objectLockBuckets: [BUCKET] })
  work = await mkdtemp(join(tmpdir(), 'annex-hostile-'))
  destination = join(work, 'bundles')
  publicKeyFile = join(work, 'evidence.pub')
  await writeFile(publicKeyFile, keys.publicKeyPem)
  // Unsigned on purpose: the bundles an attacker can re-seal, so every check here must catch it without a key.
  for (const runId of ['2001', '2002']) localRuns.push(await collect(destination, runId))
  for (const runId of ['3001', '3002']) {
    await collect(
      `s3://${BUCKET}/iso27001`,
      runId,
      {
        's3-endpoint': s3.endpoint,
        's3-force-path-style': 'true',
        'spool-dir': join(work, `spool-${runId}`),
        'signing-key': keys.privateKeyPem
      },
      awsEnv()
    )
  }
})
afterAll(async () => {
  await github.close()
  await s3.close()
})

/** The CLI with its own empty TMPDIR, so what it leaves behind (or writes outside it) shows. */
async function verify(args: string[], env: Record<string, string> = {}) {
  const scratch = await mkdtemp(join(work, 'tmp-'))
  const result = await runNode(CLI_ENTRY, ['verify', ...args], { TMPDIR: scratch, ...env })
  return { ...result, leftInTmp: await readdir(scratch) }
}
const s3Args = ['--s3-endpoint', () => s3.endpoint, '--s3-force-path-style', 'true'] as const
const verifyS3 = (uri: string, ...args: string[]) =>
  verify([uri, ...s3Args.map((a) => (typeof a === 'function' ? a() : a)), ...args], awsEnv())

async function copyDestination(): Promise<string> {
  const copy = join(await mkdtemp(join(work, 'copy-')), 'bundles')
  await cp(destination, copy, { recursive: true })
  return copy
}

describe('verify finds the bundles in every form the README gives (issue #10)', () => {
  test.each([
    ['a directory of bundles', () => destination],
    ['<dir>/<scope>', () => join(destination, SCOPE)],
    ['<dir>/<scope>/ with a trailing slash', () => `${join(destination, SCOPE)}/`]
  ])('%s', async (_name, target) => {
    const result = await verify([target()])
    expect(result.stdout).toContain('VERDICT: OK: 2 bundle(s) intact, chained, and without gaps.')
    expect(result.code).toBe(0)
  })

  test.each([
    ['s3://bucket/prefix', `s3://${BUCKET}/iso27001`],
    ['s3://bucket/prefix/<scope>', `s3://${BUCKET}/iso27001/${SCOPE}`]
  ])('%s', async (_name, uri) => {
    const result = await verifyS3(uri, '--public-key', publicKeyFile)
    expect(result.stdout).toContain('VERDICT: OK: 2 bundle(s) intact, chained, and without gaps.')
    expect(result.stdout).toContain('Every signature checked against a trusted key.')
    expect(result.code).toBe(0)
    expect(result.leftInTmp).toEqual([])
  })

  test('a scope that names no bundle is still "no bundle found"', async () => {
    const result = await verifyS3(`s3://${BUCKET}/iso27001/nobody`)
    expect(result.stdout).toContain('no bundle found')
    expect(result.code).toBe(1)
  })
})

describe('hostile S3 keys never write outside the scratch space (issue #11 item 7)', () => {
  test.each([
    ['a ".." key', (bundle: string) => `${bundle}/../../../../../../../../pwned.json`],
    ['a key with an empty segment (absolute once joined)', (bundle: string) => `${bundle}//tmp/pwned.json`],
    ['a backslash key', (bundle: string) => `${bundle}/..\\..\\pwned.json`],
    ['a "." segment', (bundle: string) => `${bundle}/./evidence/pwned.json`]
  ])('%s is refused as tampering, naming the key (exit 1)', async (_name, plant) => {
    const objects = s3.objects(BUCKET)
    const manifestKey = [...objects.keys()].find((key) => key.endsWith('/manifest.json'))!
    const bundle = manifestKey.slice(0, -'/manifest.json'.length)
    const planted = plant(bundle)
    objects.set(planted, { ...objects.get(manifestKey)!, key: planted, body: Buffer.from('{"pwned":true}') })
    try {
      const result = await verifyS3(`s3://${BUCKET}/iso27001`)
      expect(result.code).toBe(1)
      expect(result.stdout).toContain(`${JSON.stringify(planted.slice('iso27001/'.length))}`)
      expect(result.stdout).toContain('refused as tampering')
      // Nothing written: no scratch directory, no planted file where the key points.
      expect(result.leftInTmp).toEqual([])
      await expect(stat(join(work, 'pwned.json'))).rejects.toThrow()
      await expect(stat('/tmp/pwned.json')).rejects.toThrow()
      await expect(stat(join(ROOT, 'pwned.json'))).rejects.toThrow()
    } finally {
      objects.delete(planted)
    }
  })
})

/** A .tar.gz with the given raw entries, as an attacker writes it. */
async function hostileArchive(path: string, entries: { header: Partial<Header>; body?: string }[]) {
  const pack = tarPack()
  const writing = pipeline(pack, createGzip(), createWriteStream(path))
  for (const { header, body } of entries) {
    await new Promise<void>((done, fail) =>
      pack.entry(header as Header, body ?? '', (error) => (error ? fail(error) : done()))
    )
  }
  pack.finalize()
  await writing
  return path
}

describe('archives: sizes follow the manifest; corrupt is an integrity failure (items 8, 10)', () => {
  test('a gzip bomb whose manifest declares tiny sizes stops at once (exit 1)', async () => {
    const bundle = localRuns[0]!.outputs['bundle-path']!
    const manifest = await readFile(join(bundle, 'manifest.json'), 'utf8')
    const declared = (JSON.parse(manifest) as Manifest).files[0]!
    const bombSize = 64 * 1024 ** 2
    const archive = await hostileArchive(join(work, 'bomb.tar.gz'), [
      { header: { name: 'b/', type: 'directory' } },
      { header: { name: 'b/manifest.json' }, body: manifest },
      { header: { name: `b/${declared.path}` }, body: '0'.repeat(bombSize) }
    ])
    expect((await stat(archive)).size).toBeLessThan(bombSize / 500)
    const started = Date.now()
    const result = await verify([archive])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      `entry ${JSON.stringify(declared.path)} declares ${bombSize} bytes, but the manifest says ${declared.size}`
    )
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(result.leftInTmp).toEqual([])
  })

  test('a truncated archive given on its own: exit 1, nothing left in the temp dir', async () => {
    const archive = localRuns[0]!.outputs['archive-path'] ?? `${localRuns[0]!.outputs['bundle-path']}.tar.gz`
    const bytes = await readFile(archive)
    // Several cut points: inside a header, mid-entry while it is being written, near the end.
    for (const fraction of [0.03, 0.3, 0.5, 0.97]) {
      const truncated = join(work, `truncated-${fraction}.tar.gz`)
      await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length * fraction)))
      const result = await verify([truncated])
      expect({ fraction, code: result.code }).toEqual({ fraction, code: 1 })
      expect(result.stdout).toContain('FAILED')
      expect(result.leftInTmp).toEqual([])
    }
  })

  test('period verify checks each bundle archive: a truncated one fails its bundle (exit 1)', async () => {
    const copy = await copyDestination()
    const bundleKey = (await readJson<Manifest>(join(localRuns[1]!.outputs['bundle-path']!, 'manifest.json')))
      .bundleKey
    const archive = join(copy, ...bundleKey.split('/')) + '.tar.gz'
    const bytes = await readFile(archive)
    await writeFile(archive, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const result = await verify([copy])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/FAILED .*\n.*\.tar\.gz: the archive is corrupt or truncated/)
    expect(result.leftInTmp).toEqual([])
  })

  test('period verify: an archive whose entry differs from the bundle fails', async () => {
    const copy = await copyDestination()
    const manifest = await readJson<Manifest>(join(localRuns[0]!.outputs['bundle-path']!, 'manifest.json'))
    const top = manifest.bundleKey.split('/').pop()!
    const archive = join(copy, ...manifest.bundleKey.split('/')) + '.tar.gz'
    await hostileArchive(archive, [
      { header: { name: `${top}/`, type: 'directory' } },
      { header: { name: `${top}/manifest.json` }, body: 'not the manifest' }
    ])
    const result = await verify([copy])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(`${top}.tar.gz: archive entry "${top}/manifest.json" is`)
  })
})

describe('a bundle belongs to the period its key says (item 9)', () => {
  test('the newest bundle with a lying startedAt stays in its own period and fails', async () => {
    const copy = await copyDestination()
    const newest = await readJson<Manifest>(join(localRuns[1]!.outputs['bundle-path']!, 'manifest.json'))
    const path = join(copy, ...newest.bundleKey.split('/'), 'manifest.json')
    // Unsigned, so the attacker can rewrite the manifest; nothing after it in the chain records its hash.
    await writeFile(path, JSON.stringify({ ...newest, startedAt: '2020-01-01T00:00:00.000Z' }, null, 2))
    const today = new Date().toISOString().slice(0, 10)
    const result = await verify([copy, '--from', today, '--to', today])
    expect(result.stdout).toContain(newest.bundleKey)
    expect(result.stdout).toContain(
      'its manifest says it started at 2020-01-01T00:00:00.000Z, but its key says'
    )
    expect(result.code).toBe(1)
  })
})

describe('no silent OK without authenticity (item 11)', () => {
  test('an unsigned bundle says it is unsigned; --require-signature and the env default fail it', async () => {
    const bundle = localRuns[0]!.outputs['bundle-path']!
    const plain = await verify([bundle])
    expect(plain.code).toBe(0)
    expect(plain.stdout).toContain('UNSIGNED: the bundle carries no signature, so nothing shows who made it')
    const required = await verify([bundle, '--require-signature'])
    expect(required.code).toBe(1)
    expect(required.stdout).toContain('the bundle is not signed, and a signature is required')
    expect((await verify([bundle], { ANNEX_EVIDENCE_REQUIRE_SIGNATURE: '1' })).code).toBe(1)
    const bad = await verify([bundle], { ANNEX_EVIDENCE_REQUIRE_SIGNATURE: 'yes please' })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('ANNEX_EVIDENCE_REQUIRE_SIGNATURE: expected 1 or 0')
  })

  test('a signed period without a key: authenticity not checked, said plainly; required → exit 1', async () => {
    const plain = await verifyS3(`s3://${BUCKET}/iso27001/${SCOPE}`)
    expect(plain.code).toBe(0)
    expect(plain.stdout).toContain('AUTHENTICITY NOT CHECKED for 2 signed bundle(s)')
    expect(plain.stdout).toContain('Authenticity not established for 2 of them')
    const required = await verifyS3(`s3://${BUCKET}/iso27001/${SCOPE}`, '--require-signature')
    expect(required.code).toBe(1)
    expect(required.stdout).toContain('a signature is required (--require-signature)')
    const withKey = await verifyS3(
      `s3://${BUCKET}/iso27001/${SCOPE}`,
      '--require-signature',
      '--public-key',
      publicKeyFile
    )
    expect(withKey.code).toBe(0)
  })

  test("the README's auditor commands pass --public-key and verify as written", async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
    const block = /### What the auditor runs\n\n```sh\n([\s\S]*?)```/.exec(readme)![1]!
    const commands = block
      .split('\n')
      .filter((line) => line.startsWith('node dist/cli.js verify '))
      .map((line) => line.replace(/\s+#.*$/, ''))
    expect(commands.length).toBeGreaterThanOrEqual(2)
    const archive = (await readdir(join(work, 'spool-3001'), { recursive: true })).find((f) =>
      String(f).endsWith('.tar.gz')
    )
    for (const command of commands) {
      expect(command).toContain('--public-key evidence.pub')
      // As written, with the README's placeholders bound to this test's bucket, scope, period and files.
      const today = new Date().toISOString().slice(0, 10)
      const args = command
        .replace('node dist/cli.js verify ', '')
        .replace('s3://my-evidence-bucket/iso27001/my-org', `s3://${BUCKET}/iso27001/${SCOPE}`)
        .replace(/--from \S+/, `--from ${today}`)
        .replace(/--to \S+/, `--to ${today}`)
        .replace(/--every \S+/, '--every 1d')
        .replace('evidence.pub', publicKeyFile)
        .replace(/\S+\.tar\.gz/, archive ? join(work, 'spool-3001', String(archive)) : 'missing.tar.gz')
        .split(' ')
      const s3Command = args[0]!.startsWith('s3://')
      const result = s3Command ? await verifyS3(args[0]!, ...args.slice(1)) : await verify(args)
      expect({ command, code: result.code, out: result.stdout.slice(-300) }).toMatchObject({ code: 0 })
    }
  })
})
