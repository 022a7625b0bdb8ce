import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateSigningKeyPair } from '../../src/bundle/signing.js'
import { S3Store } from '../../src/store/s3.js'
import { ObjectExistsError } from '../../src/store/store.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { startS3Simulator, type S3Simulator } from '../support/s3-simulator.js'
import { CLI_ENTRY, runAction, runNode } from '../support/run-action.js'

const BUCKET = 'evidence'
const keys = generateSigningKeyPair()
let github: GitHubSimulator
let s3: S3Simulator
let publicKeyFile: string

beforeAll(async () => {
  github = await startGitHubSimulator({ orgs: [demoOrg(new Date())] })
  s3 = await startS3Simulator({ objectLockBuckets: [BUCKET] })
  publicKeyFile = join(await mkdtemp(join(tmpdir(), 'annex-s3-key-')), 'key.pub')
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

function publish(
  inputs: Record<string, string> = {},
  options: { workspace?: string; runId?: string; killWhen?: RegExp } = {}
) {
  return runAction({
    inputs: {
      'github-token': 'ghs_simulator_token',
      repositories: 'acme-corp/payments-api',
      destination: `s3://${BUCKET}/iso27001`,
      's3-endpoint': s3.endpoint,
      's3-force-path-style': 'true',
      sse: 'AES256',
      'retention-mode': 'COMPLIANCE',
      'retention-days': '30',
      'signing-key': keys.privateKeyPem,
      'fail-on': 'none',
      ...inputs
    },
    apiUrl: github.url,
    graphqlUrl: github.graphqlUrl,
    ...(options.workspace ? { workspace: options.workspace } : {}),
    ...(options.killWhen ? { killWhen: options.killWhen } : {}),
    env: { ...awsEnv(), ...(options.runId ? { GITHUB_RUN_ID: options.runId } : {}) }
  })
}

const verifyS3 = (...args: string[]) =>
  runNode(
    CLI_ENTRY,
    [
      'verify',
      `s3://${BUCKET}/iso27001`,
      '--s3-endpoint',
      s3.endpoint,
      '--s3-force-path-style',
      'true',
      ...args
    ],
    awsEnv()
  )

const objectsUnder = (prefix: string) =>
  [...s3.objects(BUCKET).values()].filter((o) => o.key.startsWith(prefix))

describe('publishing to S3 over real HTTP', () => {
  let workspace: string
  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'annex-s3-ws-'))
  })

  test('every object carries our SHA-256, encryption and retention; the manifest goes last', async () => {
    s3.resetLog()
    const result = await publish({}, { workspace, runId: '5001' })
    expect(result.code).toBe(0)
    const uri = result.outputs['bundle-uri']!
    expect(uri).toMatch(
      /^s3:\/\/evidence\/iso27001\/acme-corp--payments-api\/\d{4}\/\d{2}\/\d{2}\/\d{8}T\d{6}Z-5001$/
    )
    const prefix = uri.slice(`s3://${BUCKET}/`.length)
    const objects = objectsUnder(prefix)
    const names = objects.map((o) => o.key.slice(prefix.length))
    expect(names).toEqual(
      expect.arrayContaining(['/manifest.json', '/manifest.sig', '/findings.json', '/soa.csv', '.tar.gz'])
    )
    for (const object of objects) {
      const sha256 = createHash('sha256').update(object.body).digest('base64')
      expect({ key: object.key, checksum: object.checksumSha256 }).toEqual({
        key: object.key,
        checksum: sha256
      })
      expect(object.serverSideEncryption).toBe('AES256')
      expect(object.objectLockMode).toBe('COMPLIANCE')
      expect(Date.parse(object.objectLockRetainUntilDate!)).toBeGreaterThan(Date.now() + 29 * 86_400_000)
    }
    const puts = s3.requests.filter((r) => r.operation === 'PutObject' && r.status === 200)
    expect(puts[puts.length - 1]!.key).toBe(`${prefix}/manifest.json`)
    expect(puts.every((r) => r.headers['if-none-match'] === '*')).toBe(true)
    // Published bundles leave no spool marker behind.
    expect(await readdir(join(workspace, 'evidence-bundles', '.pending')).catch(() => [])).toEqual([])
  })

  test('the next run chains to the bundle in S3, and the period verifies from S3', async () => {
    const first = objectsUnder('iso27001/').filter((o) => o.key.endsWith('/manifest.json'))
    const result = await publish({}, { runId: '5002' })
    expect(result.code).toBe(0)
    const verified = await verifyS3('--public-key', publicKeyFile, '--every', '1h')
    expect(verified.stdout).toContain('VERDICT: OK: 2 bundle(s) intact, chained, and without gaps.')
    expect(verified.stdout).toContain('valid')
    expect(verified.code).toBe(0)
    expect(first).toHaveLength(1)
  })

  test('503 SlowDown and a reset in the middle of a body are retried', async () => {
    s3.addFault({ method: 'PUT', path: /findings\.json/, kind: 'slow-down', times: 1 })
    s3.addFault({ method: 'PUT', path: /controls\.json/, kind: 'reset-mid-body', times: 1 })
    const result = await publish({}, { runId: '5003' })
    expect(result.code).toBe(0)
    expect(s3.requests.some((r) => r.errorCode === 'SlowDown')).toBe(true)
  })

  test('a persistent failure spools the bundle, fails the step, and the next run publishes it first', async () => {
    s3.addFault({ method: 'PUT', path: /manifest\.json/, kind: 'internal-error' })
    const failed = await publish({}, { workspace, runId: '5004' })
    expect(failed.code).toBe(1)
    expect(failed.stdout).toContain('Nothing is lost: it is kept in')
    const pending = await readdir(join(workspace, 'evidence-bundles', '.pending'))
    expect(pending).toHaveLength(1)
    expect(
      objectsUnder(failed.outputs['bundle-uri']!.slice(`s3://${BUCKET}/`.length) + '/manifest.json')
    ).toEqual([])
    // An incomplete bundle (objects without a manifest) is reported as such.
    expect((await verifyS3()).stdout).toContain('INCOMPLETE')

    s3.clearFaults()
    const next = await publish({}, { workspace, runId: '5005' })
    expect(next.code).toBe(0)
    expect(next.stdout).toMatch(/Publishing .*-5004, left in the spool by an earlier run/)
    expect(await readdir(join(workspace, 'evidence-bundles', '.pending'))).toEqual([])
    const verified = await verifyS3('--public-key', publicKeyFile)
    expect(verified.stdout).toContain('VERDICT: OK: 5 bundle(s) intact, chained')
  })

  test('a process killed in the middle of the upload leaves a spooled bundle that the next run publishes', async () => {
    // The upload of findings.json hangs; the runner dies while it does.
    s3.addFault({ method: 'PUT', path: /findings\.json/, kind: 'internal-error', delayMs: 60_000 })
    const killed = await publish({}, { workspace, runId: '5006', killWhen: /Bundle written to/ })
    expect(killed.code).toBeNull()
    expect(await readdir(join(workspace, 'evidence-bundles', '.pending'))).toHaveLength(1)
    s3.clearFaults()
    const next = await publish({}, { workspace, runId: '5007' })
    expect(next.stdout).toMatch(/Publishing .*-5006, left in the spool by an earlier run/)
    expect((await verifyS3()).stdout).toContain('VERDICT: OK: 7 bundle(s) intact, chained')
  })

  test('a deleted object and a deleted bundle are detected in S3', async () => {
    const manifests = objectsUnder('iso27001/').filter((o) => o.key.endsWith('/manifest.json'))
    const middle = manifests[1]!.key.slice(0, -'/manifest.json'.length)
    const objects = s3.objects(BUCKET)
    for (const key of [...objects.keys()]) if (key.startsWith(`${middle}/`)) objects.delete(key)
    const last = manifests[manifests.length - 1]!.key.replace('manifest.json', 'findings.json')
    objects.delete(last)
    const result = await verifyS3()
    expect(result.stdout).toContain('is missing: deleted?')
    expect(result.stdout).toContain('findings.json: listed in the manifest but missing')
    expect(result.code).toBe(1)
  })
})

describe('the S3 store against the simulator', () => {
  const store = () =>
    new S3Store({
      uri: `s3://${BUCKET}/store-test`,
      region: s3.region,
      endpoint: s3.endpoint,
      forcePathStyle: true
    })
  beforeAll(() => Object.assign(process.env, awsEnv()))

  test('an existing key is refused, never overwritten', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'annex-s3-')), 'a.json')
    await writeFile(file, '{"a":1}')
    const meta = {
      sha256: createHash('sha256').update('{"a":1}').digest('hex'),
      size: 7,
      contentType: 'application/json'
    }
    await store().put('k/a.json', file, meta)
    await writeFile(file, '{"a":2}')
    const changed = { ...meta, sha256: createHash('sha256').update('{"a":2}').digest('hex') }
    await expect(store().put('k/a.json', file, changed)).rejects.toBeInstanceOf(ObjectExistsError)
    expect(s3.objects(BUCKET).get('store-test/k/a.json')!.body.toString()).toBe('{"a":1}')
  })

  test('a large file goes up in parts, streamed, with per-part SHA-256 and a reset part retried', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'annex-s3-')), 'big.bin')
    const bytes = randomBytes(20 * 1024 * 1024)
    await writeFile(file, bytes)
    s3.addFault({ method: 'PUT', path: /partNumber=2/, kind: 'reset-mid-body', times: 1 })
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    await store().put('k/big.bin', file, {
      sha256,
      size: bytes.length,
      contentType: 'application/octet-stream'
    })
    const stored = s3.objects(BUCKET).get('store-test/k/big.bin')!
    expect(stored.body.equals(bytes)).toBe(true)
    expect(stored.checksumSha256).toMatch(/-3$/)
    expect(stored.metadata?.sha256).toBe(sha256)
  })
})

describe('bad S3 configuration exits 2 with a precise message', () => {
  test.each([
    ['a missing bucket', { destination: 's3://no-such-bucket/x' }, 'NoSuchBucket'],
    ['a wrong region', { 'aws-region': 'eu-west-1' }, 'wrong region for this bucket'],
    ['a bad endpoint', { 's3-endpoint': 'http://127.0.0.1:1' }, 'cannot reach the S3 endpoint'],
    [
      'an invalid retention mode',
      { 'retention-mode': 'FOREVER' },
      'retention-mode input: expected GOVERNANCE or COMPLIANCE, got "FOREVER"'
    ],
    ['an invalid sse', { sse: 'rot13' }, 'sse input: expected AES256 or aws:kms']
  ])('%s', async (_name, inputs, message) => {
    const result = await publish(inputs)
    expect(result.stdout).toContain(message)
    expect(result.code).toBe(2)
  })

  test('access denied names the IAM action', async () => {
    s3.denyAction('s3:ListBucket')
    try {
      // A prefix without a chain head yet: the newest bundle is found by listing.
      const result = await publish({ destination: `s3://${BUCKET}/fresh-prefix` })
      expect(result.stdout).toContain('access denied for s3:ListBucket')
      expect(result.code).toBe(2)
    } finally {
      s3.allowAction('s3:ListBucket')
    }
  })
})
