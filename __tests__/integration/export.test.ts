import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { spawnSync } from 'node:child_process'
import { generateSigningKeyPair } from '../../src/bundle/signing.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { startS3Simulator, type S3Simulator } from '../support/s3-simulator.js'
import { oscalAssessmentResultsValidator } from '../support/oscal-schema.js'
import { CLI_ENTRY, runAction, runNode, type ActionRun } from '../support/run-action.js'

const keys = generateSigningKeyPair()
const BUCKET = 'evidence'
let github: GitHubSimulator
let s3: S3Simulator
let work: string
let destination: string
let publicKeyFile: string
const runs: ActionRun[] = []
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
const FROM = day(-30)
const TO = day(1)

const awsEnv = () => ({
  AWS_ACCESS_KEY_ID: s3.accessKeyId,
  AWS_SECRET_ACCESS_KEY: s3.secretAccessKey,
  AWS_REGION: s3.region,
  AWS_EC2_METADATA_DISABLED: 'true'
})

beforeAll(async () => {
  github = await startGitHubSimulator({ orgs: [demoOrg(new Date())] })
  s3 = await startS3Simulator({ objectLockBuckets: [BUCKET] })
  work = await mkdtemp(join(tmpdir(), 'annex-export-'))
  destination = join(work, 'bundles')
  publicKeyFile = join(work, 'key.pub')
  await writeFile(publicKeyFile, keys.publicKeyPem)
  // A chain of three bundles over two repositories, with overlapping 30-day windows: the same pull
  // requests are recorded by every bundle, and must appear once in the population.
  for (const runId of ['2001', '2002', '2003']) {
    runs.push(
      await runAction({
        inputs: {
          'github-token': 'ghs_simulator_token',
          repositories: 'acme-corp/payments-api,acme-corp/web-frontend',
          destination,
          period: 'P30D',
          'signing-key': keys.privateKeyPem,
          'fail-on': 'none'
        },
        apiUrl: github.url,
        graphqlUrl: github.graphqlUrl,
        env: { GITHUB_RUN_ID: runId }
      })
    )
  }
}, 240_000)
afterAll(async () => {
  await github.close()
  await s3.close()
})

const exportCli = (args: string[], env: Record<string, string> = {}) =>
  runNode(CLI_ENTRY, ['export', ...args], env)

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = new Map<string, Buffer>()
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(entry.parentPath, entry.name)
    files.set(relative(dir, path), await readFile(path))
  }
  return files
}

const csvRows = (text: string) => text.trimEnd().split('\r\n')

test('the runs made a chain of three bundles', () => {
  for (const run of runs) expect(run.code).toBe(0)
})

test('export twice with the same seed: every byte of the two packages is the same', async () => {
  const args = [destination, '--from', FROM, '--to', TO, '--seed', '42', '--public-key', publicKeyFile]
  const first = await exportCli([...args, '--out', join(work, 'export-1')])
  const second = await exportCli([...args, '--out', join(work, 'export-2')])
  expect(first.stderr).toBe('')
  expect(first.code).toBe(0)
  expect(second.code).toBe(0)
  expect(first.stdout).toContain('VERDICT: OK: 3 bundle(s) verified')
  const [a, b] = await Promise.all([filesOf(join(work, 'export-1')), filesOf(join(work, 'export-2'))])
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort())
  for (const [path, bytes] of a)
    expect({ path, same: bytes.equals(b.get(path)!) }).toEqual({ path, same: true })
  for (const file of [
    'index.html',
    'index.csv',
    'verification.json',
    'sampling.json',
    'oscal/assessment-results.json',
    'SHA256SUMS'
  ])
    expect(a.has(file)).toBe(true)
  expect(a.get('SHA256SUMS')!.toString('utf8')).toMatch(/^[0-9a-f]{64} {2}oscal\/assessment-results\.json$/m)
  // The export checks itself without Node too.
  const sums = spawnSync('sha256sum', ['-c', '--strict', '--quiet', 'SHA256SUMS'], {
    cwd: join(work, 'export-1'),
    encoding: 'utf8'
  })
  expect(sums.status).toBe(0)

  const other = await exportCli([...args.slice(0, -4), '--seed', '7', '--out', join(work, 'export-3')])
  expect(other.code).toBe(0)
  const sampling = JSON.parse(await readFile(join(work, 'export-3', 'sampling.json'), 'utf8'))
  expect(sampling.seed).toBe(7)
})

test('the merged-PR population spans the repositories and bundles, each PR once, with its evidence file', async () => {
  const dir = join(work, 'export-1')
  const rows = csvRows(
    await readFile(join(dir, 'populations', 'github.pull-requests.independent-approval.csv'), 'utf8')
  )
  expect(rows[0]).toMatch(
    /^item,time,status,bundle,evidence file,evidence sha256,recorded in bundles,repository,number/
  )
  const items = rows.slice(1).map((row) => row.split(',')[0]!)
  expect(items.length).toBeGreaterThan(0)
  expect(new Set(items).size).toBe(items.length)
  const repositories = new Set(items.map((id) => id.replace(/#.*/, '')))
  expect(repositories).toEqual(new Set(['acme-corp/payments-api', 'acme-corp/web-frontend']))
  // Every bundle recorded the same PRs (overlapping windows): de-duplicated, counted, the first bundle cited.
  for (const row of rows.slice(1)) {
    const cells = row.split(',')
    expect(cells[3]).toBe(
      JSON.parse(await readFile(join(runs[0]!.outputs['bundle-path']!, 'manifest.json'), 'utf8')).bundleKey
    )
    expect(cells[4]).toMatch(/^evidence\/github\/acme-corp\/.+\.json$/)
    expect(cells[5]).toMatch(/^[0-9a-f]{64}$/)
    expect(cells[6]).toBe('3')
  }
  const sampling = JSON.parse(await readFile(join(dir, 'sampling.json'), 'utf8')) as {
    seed: number
    method: string
    populations: { check: string; frequency: string; population: number; sampled: number }[]
  }
  expect(sampling.seed).toBe(42)
  expect(sampling.method).toContain('SHA-256')
  const prs = sampling.populations.find((p) => p.check === 'github.pull-requests.independent-approval')!
  expect(prs).toMatchObject({
    frequency: 'per-change',
    population: items.length,
    sampled: Math.min(25, items.length)
  })
  const observed = sampling.populations.find((p) => p.check === 'github.branch-protection.enabled')!
  expect(observed.frequency).toMatch(/daily/)
  expect(observed.population).toBe(3 * 2)
})

test('a sample can be recomputed with sha256sum from the recorded seed and method', async () => {
  const dir = join(work, 'export-1')
  const population = csvRows(
    await readFile(join(dir, 'populations', 'github.pull-requests.independent-approval.csv'), 'utf8')
  )
    .slice(1)
    .map((row) => row.split(',')[0]!)
  const check = 'github.pull-requests.independent-approval'
  const ranked = population
    .map((id) => ({
      id,
      rank: spawnSync('sha256sum', { input: `42:${check}:${id}`, encoding: 'utf8' }).stdout.slice(0, 64)
    }))
    .sort((a, b) => (a.rank < b.rank ? -1 : 1))
    .slice(0, 25)
    .map((r) => r.id)
  const sample = csvRows(await readFile(join(dir, 'samples', `${check}.csv`), 'utf8'))
    .slice(1)
    .map((row) => row.split(',')[1]!)
  expect(sample).toEqual(ranked)
})

interface OscalDocument {
  uuid: string
  metadata: { 'oscal-version': string; 'last-modified': string }
  results: {
    uuid: string
    props: { name: string; value: string }[]
    'reviewed-controls': { 'control-selections': { 'include-controls'?: { 'control-id': string }[] }[] }
    observations?: {
      uuid: string
      'relevant-evidence'?: { href: string; props?: { name: string; value: string }[] }[]
    }[]
    findings?: { uuid: string; target: { 'target-id': string } }[]
  }[]
  'back-matter': { resources: { uuid: string }[] }
}

test("the export carries one OSCAL 1.0.6 assessment-results document that NIST's schema accepts, linking into each bundle", async () => {
  const dir = join(work, 'export-1')
  const document = JSON.parse(await readFile(join(dir, 'oscal', 'assessment-results.json'), 'utf8')) as {
    'assessment-results': OscalDocument
  }
  const validate = await oscalAssessmentResultsValidator()
  expect(validate(document) ? [] : validate.errors).toEqual([])
  const oscal = document['assessment-results']
  expect(oscal.metadata['oscal-version']).toBe('1.0.6')
  // One result per bundle and framework, each labelled with its bundle.
  const keys = await Promise.all(
    runs.map(
      async (run) =>
        (
          JSON.parse(await readFile(join(run.outputs['bundle-path']!, 'manifest.json'), 'utf8')) as {
            bundleKey: string
          }
        ).bundleKey
    )
  )
  const bundleOf = (result: OscalDocument['results'][number]) =>
    result.props.find((p) => p.name === 'bundle')!.value
  expect([...new Set(oscal.results.map(bundleOf))].sort()).toEqual([...keys].sort())
  // Every UUID of the merged document is unique.
  const uuids = [
    oscal.uuid,
    ...oscal.results.flatMap((r) => [r.uuid, ...(r.observations ?? []).map((o) => o.uuid)]),
    ...oscal.results.flatMap((r) => (r.findings ?? []).map((f) => f.uuid)),
    ...oscal['back-matter'].resources.map((r) => r.uuid)
  ]
  expect(new Set(uuids).size).toBe(uuids.length)
  // An evidence href is ../<bundle key>/<path>: relative to the store root, it is the bundle's file, with its hash.
  let links = 0
  for (const result of oscal.results)
    for (const observation of result.observations ?? [])
      for (const evidence of observation['relevant-evidence'] ?? []) {
        const path = decodeURIComponent(evidence.href.replace(/^\.\.\//, ''))
        expect(path.startsWith(`${bundleOf(result)}/`)).toBe(true)
        const bytes = await readFile(join(destination, ...path.split('/')))
        const sha256 = evidence.props!.find((p) => p.name === 'sha256')!.value
        expect(spawnSync('sha256sum', { input: bytes, encoding: 'utf8' }).stdout.slice(0, 64)).toBe(sha256)
        links++
      }
  expect(links).toBeGreaterThan(0)
})

test('index.csv maps control → bundle → evidence file → SHA-256, and --control narrows it', async () => {
  const rows = csvRows(await readFile(join(work, 'export-1', 'index.csv'), 'utf8'))
  expect(rows[0]).toBe('framework,control,bundle,check,subject,finding status,evidence file,sha256')
  expect(rows.some((row) => row.startsWith('iso27001-2022,A.8.32,'))).toBe(true)
  const out = join(work, 'export-control')
  const narrowed = await exportCli([
    destination,
    '--from',
    FROM,
    '--to',
    TO,
    '--seed',
    '1',
    '--control',
    'A.8.32',
    '--out',
    out
  ])
  expect(narrowed.code).toBe(0)
  const controlRows = csvRows(await readFile(join(out, 'index.csv'), 'utf8')).slice(1)
  expect(controlRows.length).toBeGreaterThan(0)
  for (const row of controlRows) expect(row).toMatch(/^iso2\d+-20\d\d,A\.8\.32,/)
  const html = await readFile(join(out, 'index.html'), 'utf8')
  expect(html).toContain('oscal/assessment-results.json')
  // The OSCAL document is narrowed the same way: only A.8.32 is reviewed, only its findings observed.
  const oscal = JSON.parse(await readFile(join(out, 'oscal', 'assessment-results.json'), 'utf8'))[
    'assessment-results'
  ] as OscalDocument
  const validate = await oscalAssessmentResultsValidator()
  expect(validate({ 'assessment-results': oscal }) ? [] : validate.errors).toEqual([])
  expect(oscal.results.length).toBeGreaterThan(0)
  for (const result of oscal.results) {
    for (const finding of result.findings ?? []) expect(finding.target['target-id']).toBe('A.8.32')
    expect(result['reviewed-controls']['control-selections'][0]!['include-controls']).toEqual([
      { 'control-id': 'A.8.32' }
    ])
  }
  expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3)/)
})

test('a bundle tampered with is named, left out of the populations, and the export exits 1', async () => {
  const copy = join(work, 'tampered')
  spawnSync('cp', ['-r', destination, copy])
  const bundle = join(copy, relative(destination, runs[1]!.outputs['bundle-path']!))
  const findings = join(bundle, 'findings.json')
  await writeFile(findings, (await readFile(findings, 'utf8')).replace('"fail"', '"pass"'))
  const out = join(work, 'export-tampered')
  const result = await exportCli([copy, '--from', FROM, '--to', TO, '--seed', '42', '--out', out])
  expect(result.code).toBe(1)
  expect(result.stdout).toContain('VERDICT: FAILED')
  const verification = JSON.parse(await readFile(join(out, 'verification.json'), 'utf8')) as { ok: boolean }
  expect(verification.ok).toBe(false)
  const sampling = JSON.parse(await readFile(join(out, 'sampling.json'), 'utf8')) as {
    populations: { check: string; population: number }[]
  }
  expect(sampling.populations.find((p) => p.check === 'github.branch-protection.enabled')!.population).toBe(
    2 * 2
  )
})

test.each([
  [['--to', TO, '--out', 'x'], '--from: expected'],
  [['--from', '2026-13-01', '--to', TO, '--out', 'x'], '--from: expected a date'],
  [['--from', TO, '--to', FROM, '--out', 'x'], '--to: expected a time after --from'],
  [['--from', FROM, '--to', TO, '--out', 'x', '--seed', '1.5'], '--seed: expected a whole number'],
  [['--from', FROM, '--to', TO, '--out', 'x', '--framework', 'iso9001'], '--framework: expected one of'],
  [['--from', FROM, '--to', TO, '--out', 'x', '--control', 'A.99.1'], '--control: expected a control id'],
  [['--from', FROM, '--to', TO, '--out', 'x', '--sample-sizes', 'hourly=3'], '--sample-sizes: expected'],
  [['--from', FROM, '--to', TO, '--out', 'x', '--bogus'], "Unknown option '--bogus'"]
])('bad flags %j: exit 2 and one line', async (flags, message) => {
  const result = await exportCli([destination, ...flags])
  expect(result.code).toBe(2)
  expect(result.stderr).toContain(message)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stdout).toBe('')
})

test('an --out directory that holds files is refused (exit 2): an export never mixes with older files', async () => {
  const result = await exportCli([destination, '--from', FROM, '--to', TO, '--out', join(work, 'export-1')])
  expect(result.code).toBe(2)
  expect(result.stderr).toMatch(/--out: expected a new or empty directory, got .*export-1, which holds/)
})

test('export reads an S3 destination too, giving the same populations as the same bundles read locally', async () => {
  const s3Runs: ActionRun[] = []
  for (const runId of ['3001', '3002']) {
    s3Runs.push(
      await runAction({
        inputs: {
          'github-token': 'ghs_simulator_token',
          repositories: 'acme-corp/payments-api',
          destination: `s3://${BUCKET}/iso27001`,
          's3-endpoint': s3.endpoint,
          's3-force-path-style': 'true',
          period: 'P30D',
          'signing-key': keys.privateKeyPem,
          'fail-on': 'none'
        },
        apiUrl: github.url,
        graphqlUrl: github.graphqlUrl,
        env: { ...awsEnv(), GITHUB_RUN_ID: runId }
      })
    )
  }
  for (const run of s3Runs) expect(run.code).toBe(0)
  const out = join(work, 'export-s3')
  const result = await exportCli(
    [
      `s3://${BUCKET}/iso27001`,
      '--s3-endpoint',
      s3.endpoint,
      '--s3-force-path-style',
      'true',
      '--from',
      FROM,
      '--to',
      TO,
      '--seed',
      '42',
      '--public-key',
      publicKeyFile,
      '--out',
      out
    ],
    awsEnv()
  )
  expect(result.stderr).toBe('')
  expect(result.stdout).toContain('VERDICT: OK: 2 bundle(s) verified')
  expect(result.code).toBe(0)
  const rows = csvRows(
    await readFile(join(out, 'populations', 'github.pull-requests.independent-approval.csv'), 'utf8')
  )
  expect(rows.length).toBeGreaterThan(1)
  for (const row of rows.slice(1)) expect(row.split(',')[6]).toBe('2')
}, 180_000)
