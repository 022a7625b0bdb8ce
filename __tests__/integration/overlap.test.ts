import { mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Manifest } from '../../src/bundle/manifest.js'
import { generateSigningKeyPair } from '../../src/bundle/signing.js'
import type { ChainLink } from '../../src/bundle/chain.js'
import { chainHeadOf } from '../../src/store/chain-head.js'
import { S3Store } from '../../src/store/s3.js'
import { readJson } from '../support/bundles.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { startS3Simulator, type S3Simulator } from '../support/s3-simulator.js'
import { CLI_ENTRY, runAction, runNode, type ActionRun } from '../support/run-action.js'

const BUCKET = 'overlap'
const keys = generateSigningKeyPair()
let github: GitHubSimulator
let s3: S3Simulator
let publicKeyFile: string

beforeAll(async () => {
  github = await startGitHubSimulator({ orgs: [demoOrg(new Date())] })
  s3 = await startS3Simulator({ objectLockBuckets: [BUCKET] })
  publicKeyFile = join(await mkdtemp(join(tmpdir(), 'annex-overlap-key-')), 'key.pub')
  await writeFile(publicKeyFile, keys.publicKeyPem)
})
afterAll(async () => {
  await github.close()
  await s3.close()
})
afterEach(() => s3.clearFaults())

const awsEnv = () => ({
  AWS_ACCESS_KEY_ID: s3.accessKeyId,
  AWS_SECRET_ACCESS_KEY: s3.secretAccessKey,
  AWS_REGION: s3.region,
  AWS_EC2_METADATA_DISABLED: 'true'
})

function nightly(destination: string, runId: string, workspace?: string): Promise<ActionRun> {
  return runAction({
    inputs: {
      'github-token': 'ghs_simulator_token',
      repositories: 'acme-corp/payments-api',
      destination,
      // S3 settings only with an S3 destination: the action refuses inputs it would ignore.
      ...(destination.startsWith('s3://')
        ? { 's3-endpoint': s3.endpoint, 's3-force-path-style': 'true' }
        : {}),
      'signing-key': keys.privateKeyPem,
      'fail-on': 'none'
    },
    apiUrl: github.url,
    graphqlUrl: github.graphqlUrl,
    ...(workspace ? { workspace } : {}),
    env: { ...awsEnv(), GITHUB_RUN_ID: runId }
  })
}

const verify = (target: string) =>
  runNode(
    CLI_ENTRY,
    [
      'verify',
      target,
      // S3 flags only for an S3 target: verify refuses flags it would ignore.
      ...(target.startsWith('s3://') ? ['--s3-endpoint', s3.endpoint, '--s3-force-path-style', 'true'] : []),
      '--public-key',
      publicKeyFile
    ],
    awsEnv()
  )

/** Each manifest's `previous`, in key order: a linear chain names the bundle before it, every time. */
async function links(runs: ActionRun[]): Promise<{ key: string; previous: string | null }[]> {
  const manifests = await Promise.all(
    runs.map((run) => readJson<Manifest>(join(run.outputs['bundle-path']!, 'manifest.json')))
  )
  return manifests
    .map((m) => ({ key: m.bundleKey, previous: m.previous?.key ?? null }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
}

function expectLinear(chain: { key: string; previous: string | null }[]) {
  chain.forEach((link, index) => expect(link.previous).toBe(index === 0 ? null : chain[index - 1]!.key))
}

describe('runs that overlap never fork the chain', () => {
  test('three runs at once into one directory: a linear chain that verify accepts', async () => {
    const destination = join(await mkdtemp(join(tmpdir(), 'annex-overlap-dir-')), 'bundles')
    const runs = await Promise.all(['7001', '7002', '7003'].map((id) => nightly(destination, id)))
    for (const run of runs) expect(run.code).toBe(0)
    expectLinear(await links(runs))
    const verified = await verify(destination)
    expect(verified.stdout).toContain('VERDICT: OK: 3 bundle(s) intact, chained, and without gaps.')
    expect(verified.stdout).not.toMatch(/starts a new chain|skipping|replaced\?|deleted\?/)
    expect(verified.code).toBe(0)
  })

  test('three runs at once into one S3 prefix: conditional writes on the head, a linear chain', async () => {
    s3.resetLog()
    const destination = `s3://${BUCKET}/concurrent`
    const runs = await Promise.all(['7101', '7102', '7103'].map((id) => nightly(destination, id)))
    for (const run of runs) expect(run.code).toBe(0)
    expectLinear(await links(runs))
    const headWrites = s3.requests.filter(
      (r) => r.operation === 'PutObject' && r.key === 'concurrent/acme-corp--payments-api/.chain-head.json'
    )
    // Created once with If-None-Match: *, advanced with If-Match: <etag>; losers got 412 or 409.
    expect(headWrites.filter((r) => r.status === 200)).toHaveLength(3)
    expect(headWrites.filter((r) => r.status === 200 && r.headers['if-none-match'] === '*')).toHaveLength(1)
    expect(headWrites.every((r) => [200, 409, 412].includes(r.status))).toBe(true)
    const verified = await verify(destination)
    expect(verified.stdout).toContain('VERDICT: OK: 3 bundle(s) intact, chained, and without gaps.')
    expect(verified.code).toBe(0)
  })
})

test('the loser of the compare-and-swap on the S3 head reads it again and links to the winner', async () => {
  Object.assign(process.env, awsEnv())
  const store = new S3Store({ uri: `s3://${BUCKET}/cas`, endpoint: s3.endpoint, forcePathStyle: true })
  const head = chainHeadOf(store)
  s3.resetLog()
  // Both runs read the head before either writes it: the race that forked the chain.
  let arrived = 0
  let release!: () => void
  const bothRead = new Promise<void>((resolve) => (release = resolve))
  const seen: Record<string, (string | null)[]> = { a: [], b: [] }
  const sealAs = (name: string) => async (previous: ChainLink | null) => {
    seen[name]!.push(previous?.key ?? null)
    if (seen[name]!.length === 1 && ++arrived === 2) release()
    await bothRead
    return { link: { key: `scope/2026/12/01/${name}`, manifestSha256: name.repeat(64) }, result: name }
  }
  const noop = async () => {}
  await Promise.all([
    head.advance('scope', sealAs('a'), noop, () => {}),
    head.advance('scope', sealAs('b'), noop, () => {})
  ])
  const [winner, loser] = seen.a!.length === 1 ? ['a', 'b'] : ['b', 'a']
  expect(seen[winner]).toEqual([null])
  expect(seen[loser]).toEqual([null, `scope/2026/12/01/${winner}`])
  expect(await head.peek('scope')).toEqual({
    key: `scope/2026/12/01/${loser}`,
    manifestSha256: loser.repeat(64)
  })
  const refused = s3.requests.filter((r) => r.operation === 'PutObject' && r.status !== 200)
  expect(refused.map((r) => `${r.status} ${r.errorCode}`)).toEqual(['412 PreconditionFailed'])
})

test('a head object changed outside the action is refused, naming it, never followed', async () => {
  Object.assign(process.env, awsEnv())
  const store = new S3Store({ uri: `s3://${BUCKET}/cas`, endpoint: s3.endpoint, forcePathStyle: true })
  const head = chainHeadOf(store)
  const object = s3.objects(BUCKET).get('cas/scope/.chain-head.json')!
  object.body = Buffer.from(
    JSON.stringify({ head: { key: 'other-scope/2026/12/01/x', manifestSha256: 'a'.repeat(64) } })
  )
  await expect(head.peek('scope')).rejects.toThrow(
    's3://overlap/cas/scope/.chain-head.json is not a chain head of scope'
  )
})

describe('S3 down at the start keeps the night', () => {
  test('the bundle is collected and spooled unsealed; the next run seals it into the chain and publishes it', async () => {
    const destination = `s3://${BUCKET}/outage`
    const workspace = await mkdtemp(join(tmpdir(), 'annex-outage-ws-'))
    const before = await nightly(destination, '7201', workspace)
    expect(before.code).toBe(0)

    // Every S3 request fails for the whole run: before collection and when sealing.
    s3.addFault({ path: /^\/overlap/, kind: 'internal-error' })
    const down = await nightly(destination, '7202', workspace)
    expect(down.code).toBe(1)
    expect(down.stdout).toContain('cannot be read now')
    expect(down.stdout).toContain('Nothing is lost: its evidence is kept in')
    // The night's evidence was collected all the same.
    expect(down.stdout).toMatch(/Requests: \d+ HTTP/)
    expect(await readdir(join(workspace, 'evidence-bundles', '.drafts'))).toHaveLength(1)

    // Still down at the start of the next night (every attempt at the head), back by the time it seals:
    // its bundle waits behind the older draft, so the chain keeps the order of collection.
    s3.clearFaults()
    s3.addFault({ method: 'GET', path: /chain-head\.json/, kind: 'internal-error', times: 5 })
    const recovering = await nightly(destination, '7203', workspace)
    expect(recovering.code).toBe(1)
    expect(recovering.stdout).toContain('an earlier bundle in the spool could not be sealed yet')
    expect(await readdir(join(workspace, 'evidence-bundles', '.drafts'))).toHaveLength(2)

    s3.clearFaults()
    const next = await nightly(destination, '7204', workspace)
    expect(next.code).toBe(0)
    expect(next.stdout).toMatch(/Sealing the bundle of run 7202[\s\S]*Sealing the bundle of run 7203/)
    expect(next.stdout).toMatch(/Publishing .*-7202, left in the spool by an earlier run/)
    expect(next.stdout).toMatch(/Publishing .*-7203, left in the spool by an earlier run/)
    expect(await readdir(join(workspace, 'evidence-bundles', '.drafts'))).toEqual([])
    expect(await readdir(join(workspace, 'evidence-bundles', '.pending'))).toEqual([])
    const verified = await verify(destination)
    expect(verified.stdout).toContain('VERDICT: OK: 4 bundle(s) intact, chained, and without gaps.')
    expect(verified.code).toBe(0)
    const stored = [...s3.objects(BUCKET).keys()]
      .filter((k) => k.startsWith('outage/') && k.endsWith('/manifest.json'))
      .sort()
    expect(stored.map((k) => /-(\d+)\/manifest\.json$/.exec(k)![1])).toEqual(['7201', '7202', '7203', '7204'])
  })
})
