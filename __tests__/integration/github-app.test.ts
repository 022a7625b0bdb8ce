/**
 * GitHub App authentication end to end: a real Octokit (the collectors' client, with @octokit/auth-app)
 * against the simulator, which checks the JWT's RS256 signature and claims and mints installation tokens
 * that expire, as GitHub documents (see __tests__/support/github-app-sim.ts).
 */
import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { configSchema } from '../../src/config/schema.js'
import type { EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex, indexingSink } from '../../src/sources/evidence.js'
import { appAuth, findInstallation } from '../../src/sources/github/app-auth.js'
import { createGitHubClient } from '../../src/sources/github/client.js'
import { restGet } from '../../src/sources/github/requests.js'
import { source } from '../../src/sources/github/source.js'
import { redact } from '../../src/util/redact.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { CLI_ENTRY, runAction, runNode } from '../support/run-action.js'

const NOW = new Date()
const APP_ID = '424242'
const INSTALLATION = 77_001
const { privateKey, publicKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' }
})
const other = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' }
})
const org = demoOrg(NOW)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function simulator(tokenLifetimeSeconds?: number): Promise<GitHubSimulator> {
  return startGitHubSimulator({
    orgs: [org],
    tokens: [],
    app: {
      id: Number(APP_ID),
      publicKey,
      installations: [{ id: INSTALLATION, account: org.login, permissions: { administration: 'read' } }],
      ...(tokenLifetimeSeconds ? { tokenLifetimeSeconds } : {})
    }
  })
}

const clientOptions = (sim: GitHubSimulator) => ({
  token: '',
  apiUrl: sim.url,
  graphqlUrl: sim.graphqlUrl,
  rateLimitBudgetSeconds: 0,
  retries: 0
})

describe('GitHub App authentication against the simulator', () => {
  let sim: GitHubSimulator
  beforeAll(async () => {
    sim = await simulator()
  })
  afterAll(() => sim.close())
  beforeEach(() => sim.resetLog())

  test('the JWT finds the installation on the organisation, and its token reads the repositories', async () => {
    const app = { appId: APP_ID, privateKey }
    const asApp = createGitHubClient({ ...clientOptions(sim), app: await appAuth(app, undefined) })
    const installationId = await findInstallation(asApp.octokit.request, APP_ID, org.login)
    expect(installationId).toBe(INSTALLATION)

    const client = createGitHubClient({ ...clientOptions(sim), app: await appAuth(app, installationId) })
    const first = await restGet<{ full_name: string }>(
      client,
      `/repos/${org.login}/payments-api`,
      'metadata: read'
    )
    expect(first.data.full_name).toBe(`${org.login}/payments-api`)
    await restGet(client, `/orgs/${org.login}`, 'administration: read')

    const paths = sim.requests.map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`)
    expect(paths).toEqual([
      `GET /orgs/${org.login}/installation 200`,
      `POST /app/installations/${INSTALLATION}/access_tokens 201`,
      `GET /repos/${org.login}/payments-api 200`,
      `GET /orgs/${org.login} 200`
    ])
    // App endpoints carry the JWT (three base64url parts), everything else the one installation token.
    const [lookup, mint, ...rest] = sim.requests
    expect(lookup!.authorization).toMatch(/^bearer [\w-]+\.[\w-]+\.[\w-]+$/)
    expect(mint!.authorization).toMatch(/^bearer [\w-]+\.[\w-]+\.[\w-]+$/)
    expect(sim.issuedTokens).toHaveLength(1)
    for (const request of rest) expect(request.authorization).toBe(`token ${sim.issuedTokens[0]!.token}`)
    // Every minted token is registered for redaction as it arrives.
    expect(redact(`leaked ${sim.issuedTokens[0]!.token}`)).toBe('leaked ***')
  })

  test('a JWT signed with another key is refused, and the error names the inputs to check', async () => {
    const asApp = createGitHubClient({
      ...clientOptions(sim),
      app: await appAuth({ appId: APP_ID, privateKey: other.privateKey }, undefined)
    })
    await expect(findInstallation(asApp.octokit.request, APP_ID, org.login)).rejects.toThrow(
      /GitHub refused the App's JWT \(401 on GET \/orgs\/acme-corp\/installation\): check app-id and app-private-key/
    )
    expect(sim.issuedTokens).toHaveLength(1)
  })

  test('an organisation the App is not installed on is a clear error, never a token', async () => {
    const asApp = createGitHubClient({
      ...clientOptions(sim),
      app: await appAuth({ appId: APP_ID, privateKey }, undefined)
    })
    await expect(findInstallation(asApp.octokit.request, APP_ID, 'elsewhere')).rejects.toThrow(
      'GitHub App 424242 is not installed on elsewhere (GET /orgs/elsewhere/installation answered 404)'
    )
  })
})

test('a long run replaces the installation token before it expires; the old one is then refused', async () => {
  // Tokens that live 2 s, replaced when less than 1 s is left: the one-hour token and five-minute margin, scaled.
  const sim = await simulator(2)
  try {
    const client = createGitHubClient({
      ...clientOptions(sim),
      app: await appAuth({ appId: APP_ID, privateKey, installationId: INSTALLATION }, INSTALLATION, {
        refreshMarginMs: 1000
      })
    })
    const read = () => restGet(client, `/repos/${org.login}/payments-api`, 'metadata: read')
    await read()
    await read()
    expect(sim.issuedTokens).toHaveLength(1)
    await sleep(1100)
    await read()
    expect(sim.issuedTokens).toHaveLength(2)
    const [old, fresh] = sim.issuedTokens
    const reads = sim.requests.filter((r) => r.path.startsWith('/repos/'))
    expect(reads.map((r) => r.authorization)).toEqual([
      `token ${old!.token}`,
      `token ${old!.token}`,
      `token ${fresh!.token}`
    ])
    expect(reads.every((r) => r.status === 200)).toBe(true)
    // The simulator enforces expires_at as GitHub does: the first token, past its life, is refused.
    await sleep(Math.max(0, Date.parse(old!.expiresAt) - Date.now()) + 50)
    const response = await fetch(`${sim.url}/repos/${org.login}/payments-api`, {
      headers: { authorization: `token ${old!.token}`, 'x-github-api-version': '2022-11-28' }
    })
    expect(response.status).toBe(401)
    expect(((await response.json()) as { message: string }).message).toBe('Bad credentials')
  } finally {
    await sim.close()
  }
})

test('the GitHub source collects as the App: installation found from the scope, identity the bot, no key or token recorded', async () => {
  const sim = await simulator()
  try {
    const records: EvidenceRecord[] = []
    const evidence = new EvidenceIndex()
    const infos: string[] = []
    const outcome = await source.collect(
      {
        config: configSchema.parse({}),
        scope: [`${org.login}/payments-api`],
        period: {
          start: new Date(NOW.getTime() - 86_400_000).toISOString(),
          end: NOW.toISOString(),
          expression: 'P1D'
        },
        run: { id: '1' },
        now: NOW,
        token: '',
        githubApp: { appId: APP_ID, privateKey },
        apiUrl: sim.url,
        graphqlUrl: sim.graphqlUrl,
        rateLimitBudgetSeconds: 0,
        workspace: process.cwd(),
        env: {},
        cacheDir: await mkdtemp(join(tmpdir(), 'gh-app-')),
        evidence
      },
      indexingSink(evidence, { add: async (record) => void records.push(record) }),
      { info: (message) => infos.push(message), warning: (message) => infos.push(message) }
    )
    expect(outcome.failures).toEqual([])
    expect(outcome.manifest).toMatchObject({
      app: { appId: APP_ID, installationId: INSTALLATION },
      token: { login: 'annex-evidence[bot]', type: 'installation' }
    })
    expect(infos).toContain(`Authenticated as GitHub App ${APP_ID}, installation ${INSTALLATION}`)
    expect(records.length).toBeGreaterThan(10)
    expect(sim.issuedTokens).toHaveLength(1)
    const written = JSON.stringify({ records, manifest: outcome.manifest, infos })
    expect(written).not.toContain(sim.issuedTokens[0]!.token)
    for (const line of privateKey.split('\n').filter((l) => l && !l.startsWith('-----')))
      expect(written).not.toContain(line)
  } finally {
    await sim.close()
  }
})

test('off Enterprise Cloud the source records the earlier bundles of the period instead of the audit log', async () => {
  const teamPlan = demoOrg(NOW)
  teamPlan.governance = { ...teamPlan.governance!, plan: 'team' }
  const sim = await startGitHubSimulator({
    orgs: [teamPlan],
    tokens: [],
    app: { id: Number(APP_ID), publicKey, installations: [{ id: INSTALLATION, account: org.login }] }
  })
  try {
    const records: EvidenceRecord[] = []
    const evidence = new EvidenceIndex()
    const asked: (readonly string[])[] = []
    const sample = { bundle: `${org.login}/2026/01/01/x`, at: NOW.toISOString(), findings: [] }
    await source.collect(
      {
        config: configSchema.parse({}),
        scope: [`${org.login}/payments-api`],
        period: {
          start: new Date(NOW.getTime() - 7 * 86_400_000).toISOString(),
          end: NOW.toISOString(),
          expression: 'P7D'
        },
        run: { id: '2' },
        now: NOW,
        token: '',
        githubApp: { appId: APP_ID, privateKey, installationId: INSTALLATION },
        apiUrl: sim.url,
        graphqlUrl: sim.graphqlUrl,
        rateLimitBudgetSeconds: 0,
        workspace: process.cwd(),
        env: {},
        cacheDir: await mkdtemp(join(tmpdir(), 'gh-app-')),
        bundleHistory: async (checks) => {
          asked.push(checks)
          return [sample]
        },
        evidence
      },
      indexingSink(evidence, { add: async (record) => void records.push(record) }),
      { info: () => {}, warning: () => {} }
    )
    expect(records.find((r) => r.kind === 'github.audit-log')?.error).toMatchObject({ status: 404 })
    expect(asked).toEqual([['github.branch-protection.enabled', 'github.org.two-factor-required']])
    expect(records.find((r) => r.kind === 'github.bundle-history')).toMatchObject({
      path: 'evidence/bundle-history/findings.json',
      data: { samples: [sample] }
    })
  } finally {
    await sim.close()
  }
})

/**
 * The inputs through the built entry points (dist/): the App's inputs reach the GitHub source through the
 * settings layer and the pipeline, and the nightly mode hands the source its destination's earlier bundles.
 */
describe('the built action and CLI collect as the App', () => {
  const readJson = async <T>(path: string) => JSON.parse(await readFile(path, 'utf8')) as T
  type Manifest = { sources: { github: { app?: unknown; token?: { login?: string } } }; bundleKey: string }

  test('action: app-id and app-private-key; the second night records the first bundle as a sample', async () => {
    const teamPlan = demoOrg(NOW)
    teamPlan.governance = { ...teamPlan.governance!, plan: 'team' }
    const sim = await startGitHubSimulator({
      orgs: [teamPlan],
      tokens: [],
      app: { id: Number(APP_ID), publicKey, installations: [{ id: INSTALLATION, account: org.login }] }
    })
    try {
      const workspace = await mkdtemp(join(tmpdir(), 'gh-app-action-'))
      const inputs = {
        // The workflow's token is not used to collect: the source mints the installation's.
        'github-token': 'ghs_workflowtokennotusedtocollect',
        'app-id': APP_ID,
        'app-private-key': privateKey,
        repositories: `${org.login}/payments-api`,
        'fail-on': 'none'
      }
      const run = (id: string) =>
        runAction({
          inputs,
          apiUrl: sim.url,
          graphqlUrl: sim.graphqlUrl,
          workspace,
          env: { GITHUB_RUN_ID: id }
        })
      const keyLine = privateKey.split('\n')[3]!
      const first = await run('5001')
      expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' })
      expect(first.stdout).toContain(`Authenticated as GitHub App ${APP_ID}, installation ${INSTALLATION}`)
      const firstManifest = await readJson<Manifest>(join(first.outputs['bundle-path']!, 'manifest.json'))
      expect(firstManifest.sources.github).toMatchObject({
        app: { appId: APP_ID, installationId: INSTALLATION },
        token: { login: 'annex-evidence[bot]' }
      })
      const second = await run('5002')
      expect(second.code).toBe(0)
      const history = await readJson<{ data: { samples: { bundle: string }[] } }>(
        join(second.outputs['bundle-path']!, 'evidence', 'bundle-history', 'findings.json')
      )
      expect(history.data.samples.map((sample) => sample.bundle)).toEqual([firstManifest.bundleKey])
      for (const result of [first, second]) {
        // ::add-mask:: lines are the runner's masking commands (core.setSecret), consumed, never shown.
        const logs = `${result.stdout}\n${result.stderr}`
          .split('\n')
          .filter((line) => !line.startsWith('::add-mask::'))
          .join('\n')
        expect(first.stdout).toContain('::add-mask::')
        for (const line of privateKey.split('\n').filter((l) => l && !l.startsWith('-----')))
          expect(logs).not.toContain(line)
        for (const issued of sim.issuedTokens) expect(logs).not.toContain(issued.token)
        // Nor in the bundle: every file of it.
        const dir = result.outputs['bundle-path']!
        for (const file of await readdir(dir, { recursive: true })) {
          const path = join(dir, file)
          if (!(await stat(path)).isFile()) continue
          const text = await readFile(path, 'utf8')
          expect({ file, key: text.includes(keyLine) }).toEqual({ file, key: false })
          for (const issued of sim.issuedTokens) expect(text).not.toContain(issued.token)
        }
      }
    } finally {
      await sim.close()
    }
  })

  test('CLI: --app-id with GITHUB_APP_PRIVATE_KEY, no GITHUB_TOKEN', async () => {
    const sim = await simulator()
    try {
      const workspace = await mkdtemp(join(tmpdir(), 'gh-app-cli-'))
      const result = await runNode(
        CLI_ENTRY,
        ['collect', '--app-id', APP_ID, '--repositories', `${org.login}/payments-api`, '--fail-on', 'none'],
        {
          GITHUB_APP_PRIVATE_KEY: privateKey,
          GITHUB_API_URL: sim.url,
          GITHUB_GRAPHQL_URL: sim.graphqlUrl
        },
        workspace
      )
      // The CLI logs to stderr.
      expect(result.code).toBe(0)
      expect(result.stderr).toContain(`Authenticated as GitHub App ${APP_ID}, installation ${INSTALLATION}`)
      const dir = /^Bundle: (.+)$/m.exec(result.stdout)![1]!
      const manifest = await readJson<Manifest>(join(dir, 'manifest.json'))
      expect(manifest.sources.github).toMatchObject({ app: { appId: APP_ID, installationId: INSTALLATION } })
    } finally {
      await sim.close()
    }
  })
})
