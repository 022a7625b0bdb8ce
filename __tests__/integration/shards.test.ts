import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Manifest } from '../../src/bundle/manifest.js'
import { generateSigningKeyPair } from '../../src/bundle/signing.js'
import type { Finding } from '../../src/model.js'
import { shardOf } from '../../src/shard.js'
import { readJson } from '../support/bundles.js'
import { buildFromSource } from '../support/build-from-source.js'
import { demoOrg, syntheticOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { runNode, type ProcessResult } from '../support/run-action.js'
import { startS3Simulator } from '../support/s3-simulator.js'

// Three shards of one run against the simulator, merged into one bundle, verified; and the sets of
// shards merge must refuse. Runs the CLI and the action built from src/ (not the committed dist/).
const SCOPE = 'acme-corp/*,synthetic-corp/*'
const COUNT = 3
const keys = generateSigningKeyPair()
let built: Awaited<ReturnType<typeof buildFromSource>>
let simulator: GitHubSimulator
let work: string
let keyFile: string
let publicKeyFile: string
const shards: { dir: string; archive: string; manifest: Manifest; result: ProcessResult }[] = []
let whole: { dir: string; manifest: Manifest }
let merged: ProcessResult
let mergedDir: string
let destination: string

const env = (runId: string): Record<string, string> => ({
  GITHUB_TOKEN: 'ghs_simulator_token',
  GITHUB_API_URL: simulator.url,
  GITHUB_GRAPHQL_URL: simulator.graphqlUrl,
  GITHUB_RUN_ID: runId,
  GITHUB_RUN_ATTEMPT: '1',
  ANNEX_EVIDENCE_RETRY_BASE_MS: '20'
})
const cli = (args: string[], runEnv: Record<string, string> = {}) =>
  runNode(built.cli, args, { ...env('7001'), ...runEnv }, work, undefined, { timeoutMs: 120_000 })
/** The action built from src/, run as the runner does: inputs as INPUT_*, outputs and summary through files. */
async function actionRun(inputs: Record<string, string>) {
  const outputFile = join(work, `action-output-${Math.random().toString(36).slice(2)}`)
  const summaryFile = `${outputFile}.md`
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const variables: Record<string, string> = {
    ...env('7001'),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    'INPUT_GITHUB-TOKEN': 'ghs_simulator_token'
  }
  for (const [name, value] of Object.entries(inputs)) variables[`INPUT_${name.toUpperCase()}`] = value
  const result = await runNode(built.action, [], variables, work, undefined, { timeoutMs: 120_000 })
  const outputs: Record<string, string> = {}
  for (const match of (await readFile(outputFile, 'utf8')).matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm))
    outputs[match[1]!] = match[3]!
  return { ...result, outputs, summary: await readFile(summaryFile, 'utf8') }
}
let actionShard: Awaited<ReturnType<typeof actionRun>>
const bundleOf = (result: ProcessResult) => /^Bundle: (.+)$/m.exec(result.stdout)?.[1] ?? ''
const errorLines = (result: ProcessResult) =>
  result.stderr.split('\n').filter((line) => line.startsWith('error:'))

beforeAll(async () => {
  built = await buildFromSource('shards')
  const now = new Date()
  simulator = await startGitHubSimulator({ orgs: [demoOrg(now), syntheticOrg(12, now)] })
  work = await mkdtemp(join(tmpdir(), 'annex-shards-'))
  keyFile = join(work, 'signing.pem')
  publicKeyFile = join(work, 'signing.pub')
  await writeFile(keyFile, keys.privateKeyPem)
  await writeFile(publicKeyFile, keys.publicKeyPem)
  destination = join(work, 'published')
  for (let index = 1; index <= COUNT; index++) {
    // Shard 2 runs as the action (the shard input), the others as the CLI (--shard).
    if (index === 2) {
      const run = await actionRun({
        repositories: SCOPE,
        destination: join(work, 'shard-2'),
        shard: `2/${COUNT}`,
        'signing-key': keys.privateKeyPem,
        'fail-on': 'none',
        attest: 'false'
      })
      const dir = run.outputs['bundle-path']!
      actionShard = run
      shards.push({
        dir,
        archive: run.outputs['archive-path']!,
        manifest: await readJson<Manifest>(join(dir, 'manifest.json')),
        result: { ...run, stdout: `${run.stdout}\n${run.summary}` }
      })
      continue
    }
    const result = await cli([
      'collect',
      '--repositories',
      SCOPE,
      '--destination',
      join(work, `shard-${index}`),
      '--shard',
      `${index}/${COUNT}`,
      '--signing-key-file',
      keyFile,
      '--fail-on',
      'none'
    ])
    const dir = bundleOf(result)
    shards.push({
      dir,
      archive: `${dir}.tar.gz`,
      manifest: await readJson<Manifest>(join(dir, 'manifest.json')),
      result
    })
  }
  // The same scope in one job, for comparison: the merged bundle must say what it says.
  const one = await cli(
    ['collect', '--repositories', SCOPE, '--destination', join(work, 'whole'), '--fail-on', 'none'],
    env('7000')
  )
  whole = { dir: bundleOf(one), manifest: await readJson<Manifest>(join(bundleOf(one), 'manifest.json')) }
  // Two directories and one archive, as artifacts may come.
  merged = await cli([
    'merge',
    shards[0]!.dir,
    shards[1]!.archive,
    shards[2]!.dir,
    '--destination',
    destination,
    '--signing-key-file',
    keyFile,
    '--fail-on',
    'none'
  ])
  mergedDir = bundleOf(merged)
}, 300_000)
afterAll(async () => {
  await simulator?.close()
  await built?.remove()
})

test('each shard writes a partial bundle: its subjects by hash, marked partial, outside every chain', async () => {
  for (const [i, shard] of shards.entries()) {
    expect({ code: shard.result.code, stderr: errorLines(shard.result) }).toEqual({ code: 0, stderr: [] })
    const { manifest } = shard
    expect(manifest.shard).toMatchObject({ partial: true, index: i + 1, count: COUNT })
    expect(manifest.previous).toBeNull()
    expect(manifest.bundleKey).toMatch(
      new RegExp(`^partial/acme-corp\\+synthetic-corp/\\d{8}T\\d{6}Z-7001\\.shard-${i + 1}-of-${COUNT}$`)
    )
    for (const subject of manifest.shard!.subjects) expect(shardOf(subject, COUNT)).toBe(i + 1)
    expect(shard.result.stdout).toContain(`PARTIAL bundle: shard ${i + 1}/${COUNT}`)
    expect(await readFile(join(shard.dir, 'soa.md'), 'utf8')).toMatch(/^> \*\*PARTIAL bundle: shard/)
  }
  const all = shards.flatMap((shard) => shard.manifest.shard!.subjects)
  // Every repository of both organisations and the 2 organisations themselves, each in exactly one shard.
  const expected = whole.manifest.summary.subjects + 2
  expect(all).toHaveLength(expected)
  expect(new Set(all).size).toBe(expected)
  expect(shards.map((s) => s.manifest.summary.subjects).reduce((a, b) => a + b)).toBe(
    whole.manifest.summary.subjects
  )
  expect(new Set(shards.map((s) => s.manifest.shard!.population.sha256)).size).toBe(1)
  expect(shards[0]!.manifest.shard!.population.count).toBe(expected)
  // Organisation evidence is in the one shard its name hashes to, and only there.
  for (const org of ['acme-corp', 'synthetic-corp']) {
    const holders = shards.filter((s) =>
      s.manifest.files.some((f) => f.path.startsWith(`evidence/github-org/${org}/`))
    )
    expect(holders.map((s) => s.manifest.shard!.index)).toEqual([shardOf(`org:${org}`, COUNT)])
  }
})

test('a partial bundle verifies on its own and says it is partial', async () => {
  const result = await cli(['verify', shards[0]!.dir, '--public-key', publicKeyFile])
  expect(result.code).toBe(0)
  expect(result.stdout).toContain(`PARTIAL: shard 1/${COUNT}`)
})

test('merge writes one signed bundle: one manifest, one chain link, the shards recorded, verify re-derives it', async () => {
  expect({ code: merged.code, errors: errorLines(merged) }).toEqual({ code: 0, errors: [] })
  const manifest = await readJson<Manifest>(join(mergedDir, 'manifest.json'))
  expect(manifest.shard).toBeUndefined()
  expect(manifest.previous).toBeNull()
  expect(manifest.bundleKey).toMatch(/^acme-corp\+synthetic-corp\/\d{4}\/\d{2}\/\d{2}\/\d{8}T\d{6}Z-7001$/)
  expect(manifest.signature).toEqual({ algorithm: 'ed25519', keyFingerprint: keys.fingerprint })
  expect(manifest.merged!.shards.map((s) => s.index)).toEqual([1, 2, 3])
  expect(manifest.merged!.shards.map((s) => s.manifestSha256)).toHaveLength(3)
  expect(manifest.summary.subjects).toBe(whole.manifest.summary.subjects)
  for (const file of ['soa.csv', 'soa.md', 'report.html', 'oscal/assessment-results.json', 'findings.json'])
    expect(manifest.files.some((f) => f.path === file)).toBe(true)
  expect(await readFile(join(mergedDir, 'soa.md'), 'utf8')).not.toContain('PARTIAL')
  // Every evidence file of every shard, byte for byte, once.
  const evidence = new Map<string, string>()
  for (const shard of shards)
    for (const f of shard.manifest.files) if (f.path.startsWith('evidence/')) evidence.set(f.path, f.sha256)
  const mergedEvidence = manifest.files.filter((f) => f.path.startsWith('evidence/'))
  expect(new Map(mergedEvidence.map((f) => [f.path, f.sha256]))).toEqual(evidence)

  const verified = await cli(['verify', mergedDir, '--public-key', publicKeyFile, '--require-signature'])
  expect(verified.stdout).toMatch(
    /OK: \d+ files match the manifest; \d+ findings and every control status re-derived/
  )
  expect(verified.code).toBe(0)
  // Merging the same shards again (a re-run of the merge job) adds nothing to the chain.
  const again = await cli([
    'merge',
    ...shards.map((s) => s.dir),
    '--destination',
    destination,
    '--signing-key-file',
    keyFile
  ])
  expect(again.code).toBe(2)
  expect(errorLines(again)).toEqual([
    expect.stringMatching(/^error: merge: these 3 shards of run 7001 are already merged, as /)
  ])
  // The scope's chain in the destination verifies, and holds the merged bundle alone.
  const period = await cli(['verify', destination, '--public-key', publicKeyFile])
  expect(period.stdout).toContain('VERDICT: OK: 1 bundle(s)')
})

test("the next night's merged bundle links to this one: one chain, one link per run", async () => {
  const first = await readJson<Manifest>(join(mergedDir, 'manifest.json'))
  const next: string[] = []
  for (let index = 1; index <= COUNT; index++) {
    const result = await cli(
      [
        'collect',
        '--repositories',
        SCOPE,
        '--destination',
        join(work, `next-${index}`),
        '--shard',
        `${index}/${COUNT}`,
        '--signing-key-file',
        keyFile,
        '--fail-on',
        'none'
      ],
      env('7003')
    )
    next.push(bundleOf(result))
  }
  const second = await cli(
    ['merge', ...next, '--destination', destination, '--signing-key-file', keyFile, '--fail-on', 'none'],
    env('7003')
  )
  expect({ code: second.code, errors: errorLines(second) }).toEqual({ code: 0, errors: [] })
  const manifest = await readJson<Manifest>(join(bundleOf(second), 'manifest.json'))
  expect(manifest.run.id).toBe('7003')
  expect(manifest.previous).toEqual({
    key: first.bundleKey,
    manifestSha256: /^Manifest SHA-256: (.+)$/m.exec(merged.stdout)?.[1]
  })
  const period = await cli(['verify', destination, '--public-key', publicKeyFile])
  expect(period.stdout).toContain('VERDICT: OK: 2 bundle(s)')
})

test('merge publishes to S3 like a nightly run: sealed in the chain there, with Object Lock, and verifiable', async () => {
  const s3 = await startS3Simulator({ objectLockBuckets: ['evidence'] })
  try {
    const aws = {
      AWS_ACCESS_KEY_ID: s3.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.secretAccessKey,
      AWS_REGION: s3.region,
      AWS_EC2_METADATA_DISABLED: 'true'
    }
    const s3Flags = ['--s3-endpoint', s3.endpoint, '--s3-force-path-style', 'true']
    const result = await cli(
      [
        'merge',
        ...shards.map((s) => s.archive),
        '--destination',
        's3://evidence/iso27001',
        ...s3Flags,
        '--retention-mode',
        'COMPLIANCE',
        '--retention-days',
        '30',
        '--spool-dir',
        join(work, 's3-spool'),
        '--signing-key-file',
        keyFile,
        '--fail-on',
        'none'
      ],
      aws
    )
    expect({ code: result.code, errors: errorLines(result) }).toEqual({ code: 0, errors: [] })
    const keys = [...s3.objects('evidence').keys()]
    expect(
      keys.some(
        (key) => key.startsWith('iso27001/acme-corp+synthetic-corp/') && key.endsWith('/manifest.json')
      )
    ).toBe(true)
    // Partial bundles are never published.
    expect(keys.filter((key) => key.includes('partial') || key.includes('.shard-'))).toEqual([])
    const verified = await cli(
      ['verify', 's3://evidence/iso27001', ...s3Flags, '--public-key', publicKeyFile],
      aws
    )
    expect(verified.stdout).toContain('VERDICT: OK: 1 bundle(s)')
    expect(verified.code).toBe(0)
  } finally {
    await s3.close()
  }
})

test('the merged findings and control statuses are those of the same scope collected in one job', async () => {
  const summary = (findings: Finding[]) => findings.map((f) => `${f.check} ${f.subject} ${f.status}`).sort()
  const mergedFindings = await readJson<Finding[]>(join(mergedDir, 'findings.json'))
  const wholeFindings = await readJson<Finding[]>(join(whole.dir, 'findings.json'))
  expect(summary(mergedFindings)).toEqual(summary(wholeFindings))
  const manifest = await readJson<Manifest>(join(mergedDir, 'manifest.json'))
  expect(manifest.summary.controls).toEqual(whole.manifest.summary.controls)
})

test('merge refuses a missing shard, a duplicated one, and one of another run, with one line and exit 2', async () => {
  const target = join(work, 'refused')
  const merge = (...paths: string[]) =>
    cli(['merge', ...paths, '--destination', target, '--signing-key-file', keyFile])

  const missing = await merge(shards[0]!.dir, shards[2]!.dir)
  expect(missing.code).toBe(2)
  expect(errorLines(missing)).toEqual([
    expect.stringMatching(
      new RegExp(`^error: merge: shard 2/${COUNT} of run 7001 is missing: give all 3 partial bundles$`)
    )
  ])

  const twice = await merge(shards[0]!.dir, shards[1]!.dir, shards[1]!.archive, shards[2]!.dir)
  expect(twice.code).toBe(2)
  expect(errorLines(twice)).toEqual([expect.stringMatching(/^error: merge: shard 2\/3 is given twice \(/)])

  const otherRun = await cli(
    [
      'collect',
      '--repositories',
      SCOPE,
      '--destination',
      join(work, 'other-run'),
      '--shard',
      `2/${COUNT}`,
      '--signing-key-file',
      keyFile,
      '--fail-on',
      'none'
    ],
    env('7002')
  )
  const mixed = await merge(shards[0]!.dir, bundleOf(otherRun), shards[2]!.dir)
  expect(mixed.code).toBe(2)
  expect(errorLines(mixed)).toEqual([expect.stringMatching(/is from another run than .* \(7002 vs 7001\)/)])

  const notPartial = await merge(whole.dir)
  expect(notPartial.code).toBe(2)
  expect(errorLines(notPartial)).toEqual([expect.stringMatching(/is not a partial bundle/)])
  // Nothing was written for any refused set.
  expect(await readdir(target).catch(() => [])).toEqual([])
})

test('merge refuses a shard that fails its own integrity check (exit 1), or one signed by another key', async () => {
  const copy = join(await mkdtemp(join(tmpdir(), 'annex-shard-tampered-')), 'shard-2')
  await cp(shards[1]!.dir, copy, { recursive: true })
  const file = shards[1]!.manifest.files.find((f) => f.path.startsWith('evidence/'))!.path
  const text = await readFile(join(copy, file), 'utf8')
  await writeFile(join(copy, file), text.replace(/"/, ' "'))
  const tampered = await cli([
    'merge',
    shards[0]!.dir,
    copy,
    shards[2]!.dir,
    '--destination',
    join(work, 'tampered'),
    '--signing-key-file',
    keyFile
  ])
  expect(tampered.code).toBe(1)
  expect(errorLines(tampered)).toEqual([
    expect.stringMatching(
      new RegExp(
        `^error: merge: .*shard-2 fails its integrity check: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: SHA-256 is`
      )
    )
  ])

  const otherKey = join(work, 'other.pem')
  await writeFile(otherKey, generateSigningKeyPair().privateKeyPem)
  const foreign = await cli([
    'merge',
    shards[0]!.dir,
    shards[1]!.dir,
    shards[2]!.dir,
    '--destination',
    join(work, 'foreign'),
    '--signing-key-file',
    otherKey
  ])
  expect(foreign.code).toBe(1)
  expect(errorLines(foreign)).toHaveLength(1)
  expect(errorLines(foreign)[0]).toContain('fails its integrity check')
})

test('bad shard values and a shard to an s3:// destination are refused before any request (exit 2, one line)', async () => {
  for (const value of ['0/3', '4/3', '1/257', 'one/3']) {
    const result = await cli([
      'collect',
      '--repositories',
      SCOPE,
      '--destination',
      join(work, 'bad'),
      '--shard',
      value
    ])
    expect(result.code).toBe(2)
    expect(errorLines(result)).toEqual([
      `error: --shard: expected i/n with 1 <= i <= n <= 256, such as "1/4" (from a matrix: \${{ matrix.shard }}/4), got ${JSON.stringify(value)}`
    ])
  }
  const s3 = await cli(
    [
      'collect',
      '--repositories',
      SCOPE,
      '--destination',
      's3://bucket/prefix',
      '--shard',
      '1/2',
      '--spool-dir',
      join(work, 'spool')
    ],
    {
      AWS_REGION: 'eu-west-1'
    }
  )
  expect(s3.code).toBe(2)
  expect(errorLines(s3)).toEqual([
    expect.stringMatching(/^error: --shard: a shard writes a partial bundle to a directory/)
  ])
})

test('the action: shard input, then mode: merge with partial-bundles as download-artifact lays them out', async () => {
  expect(actionShard.code).toBe(0)
  expect(actionShard.stdout).not.toContain('::error::')
  expect(actionShard.summary).toContain(`PARTIAL bundle: shard 2/${COUNT}`)
  const artifacts = join(work, 'artifacts')
  // download-artifact: one folder per artifact, holding what was uploaded (the archive).
  for (const [i, shard] of shards.entries())
    await cp(shard.archive, join(artifacts, `evidence-shard-${i + 1}`, `shard-${i + 1}.tar.gz`))
  const result = await actionRun({
    mode: 'merge',
    'partial-bundles': artifacts,
    destination: join(work, 'action-published'),
    'signing-key': keys.privateKeyPem,
    'fail-on': 'none',
    attest: 'false'
  })
  expect(result.stdout).not.toContain('::error::')
  expect(result.code).toBe(0)
  const bundlePath = result.outputs['bundle-path']!
  expect(result.outputs['manifest-sha256']).toMatch(/^[0-9a-f]{64}$/)
  expect(result.summary).toContain(result.outputs['manifest-sha256']!)
  expect(result.summary).not.toContain('PARTIAL')
  const manifest = await readJson<Manifest>(join(bundlePath, 'manifest.json'))
  expect(manifest.merged!.shards).toHaveLength(3)
  expect((await cli(['verify', bundlePath, '--public-key', publicKeyFile])).code).toBe(0)
})
