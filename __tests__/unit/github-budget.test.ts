import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHECKS } from '../../src/checks/index.js'
import { configSchema } from '../../src/config/schema.js'
import type { EvaluationPeriod, EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import { createGitHubClient } from '../../src/sources/github/client.js'
import { collectGitHub } from '../../src/sources/github/collect.js'
import { EtagCache } from '../../src/sources/github/etag-cache.js'
import { LocalStore } from '../../src/store/local.js'
import { StoreState } from '../../src/store/state.js'
import { syntheticOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'

const NOW = new Date()
const period: EvaluationPeriod = {
  start: new Date(NOW.getTime() - 86_400_000).toISOString(),
  end: NOW.toISOString(),
  expression: 'P1D'
}

async function collect(sim: GitHubSimulator, etags?: EtagCache) {
  const records: EvidenceRecord[] = []
  const client = createGitHubClient({
    token: 'ghs_simulator_token',
    apiUrl: sim.url,
    graphqlUrl: sim.graphqlUrl,
    rateLimitBudgetSeconds: 0,
    retries: 0,
    writes: false,
    ...(etags ? { etags } : {})
  })
  await collectGitHub(
    client,
    { add: async (r) => void records.push(r) },
    { scope: ['synthetic-corp/*'], period }
  )
  return records
}

describe('when the rate limit runs out', () => {
  let sim: GitHubSimulator
  afterEach(() => sim.close())

  test('the run finishes what it collected and marks the rest error with the reason, never a silent pass', async () => {
    const org = syntheticOrg(120, NOW, 3)
    const full = await startGitHubSimulator({ orgs: [org], rateLimit: 1_000_000 })
    const complete = await collect(full)
    await full.close()
    // Enough for the listings and some batches, not for everything.
    sim = await startGitHubSimulator({ orgs: [org], rateLimit: 25 })
    const records = await collect(sim)
    // Every record the full run wrote is there: nothing silently missing.
    expect(records.map((r) => r.path).sort()).toEqual(complete.map((r) => r.path).sort())
    const failed = records.filter((r) => r.error)
    expect(failed.length).toBeGreaterThan(0)
    expect(records.filter((r) => r.data !== undefined).length).toBeGreaterThan(0)
    for (const record of failed) expect(record.error!.message).toMatch(/rate limit/i)
    // Requests the budget could not pay for were not sent at all.
    expect(
      failed.some((r) => /^Not requested: GitHub's (REST|GraphQL) rate limit had/.test(r.error!.message))
    ).toBe(true)
    // Every finding about a subject whose evidence could not be read is an error, none a pass.
    const context = { evidence: new EvidenceIndex(records), config: configSchema.parse({}), period }
    const failedPaths = new Set(failed.map((r) => r.path))
    const findings = CHECKS.flatMap((check) => check.evaluate(context))
    const onFailed = findings.filter((f) => f.evidence.some((path) => failedPaths.has(path)))
    expect(onFailed.length).toBeGreaterThan(0)
    expect(onFailed.filter((f) => f.status === 'pass' && !/rate limit/i.test(f.message))).toEqual([])
  })
})

describe('ETags kept in the store', () => {
  let sim: GitHubSimulator
  afterEach(() => sim.close())

  test('the next run reads the newest state from the store and is answered 304, free against the limit', async () => {
    sim = await startGitHubSimulator({ orgs: [syntheticOrg(60, NOW, 5)], rateLimit: 1_000_000 })
    const root = await mkdtemp(join(tmpdir(), 'annex-state-'))
    const store = new LocalStore(root)
    const state = (stamp: string) => new StoreState(store, 'synthetic-corp', join(root, '.spool'), stamp)
    const first = EtagCache.fromState(await state('20261201T000000Z-1').read('github-etags'), sim.url, '')
    expect(first.size).toBe(0)
    await collect(sim, first)
    await state('20261201T000000Z-1').write('github-etags', first.toState())
    await state('20261202T000000Z-2').write('github-etags', first.toState())
    expect(await readdir(join(root, 'synthetic-corp', 'state', 'github-etags'))).toEqual([
      '20261201T000000Z-1.json.gz',
      '20261202T000000Z-2.json.gz'
    ])
    // A hosted runner: nothing on disk but what the store holds.
    const next = EtagCache.fromState(await state('20261203T000000Z-3').read('github-etags'), sim.url, '')
    expect(next.size).toBe(first.size)
    sim.resetLog()
    await collect(sim, next)
    const rest = sim.requests.filter((r) => r.path !== '/graphql')
    expect(rest.length).toBeGreaterThan(0)
    // Only the audit log's 404 (not on this plan; 404s carry no ETag) is asked in full again.
    expect(
      rest.filter((r) => r.status !== 304 && !(r.status === 404 && r.path.includes('/audit-log')))
    ).toEqual([])
  })
})
