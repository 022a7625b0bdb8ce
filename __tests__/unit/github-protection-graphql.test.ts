import { parse } from 'yaml'
import { CHECKS } from '../../src/checks/index.js'
import { configSchema } from '../../src/config/schema.js'
import type { EvaluationPeriod, EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import { GITHUB_EVIDENCE } from '../../src/evidence/github.js'
import { createGitHubClient } from '../../src/sources/github/client.js'
import { collectGitHub } from '../../src/sources/github/collect.js'
import { DEMO_GITHUB_CONFIG, demoOrg, syntheticOrg, type SimOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'

const NOW = new Date()
const ADMIN = 'ghs_admin_token'
const READER = 'ghs_reader_token'
const period: EvaluationPeriod = {
  start: new Date(NOW.getTime() - 86_400_000).toISOString(),
  end: NOW.toISOString(),
  expression: 'P1D'
}

/**
 * Branch protection read through GraphQL batches must say what the two REST requests per repository said:
 * the same records (kinds, shapes, data) and, above all, the same findings of every check.
 */
describe('branch protection through GraphQL', () => {
  const orgs: SimOrg[] = [demoOrg(NOW), syntheticOrg(150, NOW, 7)]
  let sim: GitHubSimulator

  beforeAll(async () => {
    sim = await startGitHubSimulator({
      orgs,
      tokens: [
        { value: ADMIN, admin: true },
        { value: READER, admin: false }
      ],
      rateLimit: 1_000_000
    })
  })
  afterAll(() => sim.close())

  async function collect(org: string, token: string, viaGraphql: boolean) {
    const records: EvidenceRecord[] = []
    const client = createGitHubClient({
      token,
      apiUrl: sim.url,
      graphqlUrl: sim.graphqlUrl,
      rateLimitBudgetSeconds: 0,
      retries: 0,
      writes: false
    })
    sim.resetLog()
    await collectGitHub(
      client,
      { add: async (r) => void records.push(r) },
      { scope: [`${org}/*`], period, protectionViaGraphql: viaGraphql }
    )
    return { records, log: [...sim.requests] }
  }

  function findings(records: EvidenceRecord[], config: unknown) {
    const context = { evidence: new EvidenceIndex(records), config: configSchema.parse(config), period }
    return CHECKS.flatMap((check) =>
      check.evaluate(context).map((f) => ({
        check: check.metadata.id,
        subject: f.subject,
        status: f.status,
        message: f.message
      }))
    ).sort((a, b) => `${a.check} ${a.subject}`.localeCompare(`${b.check} ${b.subject}`))
  }

  /**
   * The records' data, without REST's `url` links (GraphQL has no REST URLs to give; no check reads them), and
   * of a ruleset the fields the checks read (RulesetDetail): a bypass list from GraphQL has no REST rules or links.
   */
  const RULESET_FIELDS = ['id', 'name', 'source_type', 'source', 'enforcement', 'bypass_actors']
  const checked = (value: unknown): unknown => {
    const rulesets = (value as { rulesets?: Record<string, unknown>[] } | undefined)?.rulesets
    if (!rulesets) return value
    return {
      ...(value as object),
      rulesets: rulesets.map((r) =>
        Object.fromEntries(RULESET_FIELDS.filter((f) => f in r).map((f) => [f, r[f]]))
      )
    }
  }
  const data = (records: EvidenceRecord[], kind: string) =>
    JSON.parse(
      JSON.stringify(
        Object.fromEntries(
          records.filter((r) => r.kind === kind).map((r) => [r.path, r.data ? checked(r.data) : r.error])
        )
      ),
      (key, value: unknown) => (key === 'url' || key === 'contexts_url' ? undefined : value)
    ) as unknown

  test.each([
    ['acme-corp', ADMIN, parse(DEMO_GITHUB_CONFIG) as unknown],
    ['acme-corp', READER, parse(DEMO_GITHUB_CONFIG) as unknown],
    ['synthetic-corp', ADMIN, {}],
    ['synthetic-corp', READER, {}]
  ])('%s, token %s: the same records and the same findings as REST', async (org, token, config) => {
    const rest = await collect(org, token, false)
    const graphql = await collect(org, token, true)
    for (const kind of [
      GITHUB_EVIDENCE.branchRules,
      GITHUB_EVIDENCE.branchProtection,
      GITHUB_EVIDENCE.rulesets
    ])
      expect(data(graphql.records, kind)).toEqual(data(rest.records, kind))
    expect(findings(graphql.records, config)).toEqual(findings(rest.records, config))
    // REST is asked only where GraphQL cannot be sure: far fewer requests per repository.
    const perRepo = (log: typeof rest.log) =>
      log.filter((e) => /\/rules\/branches\/|\/branches\/.*\/protection/.test(e.path)).length
    expect(perRepo(graphql.log)).toBeLessThan(perRepo(rest.log) / (token === ADMIN ? 5 : 1.5))
    // A repository ruleset's bypass list comes from GraphQL for a token that may see it: no REST read of it.
    const rulesetReads = (log: typeof rest.log) =>
      log.filter((e) => /^\/repos\/[^/]+\/[^/]+\/rulesets\/\d+/.test(e.path)).length
    if (token === ADMIN) {
      expect(rulesetReads(rest.log)).toBeGreaterThan(0)
      expect(rulesetReads(graphql.log)).toBe(0)
    }
  })

  test('an answer GitHub did not give (error, null) is asked again through REST, never taken as unprotected', async () => {
    sim.addFault({ method: 'POST', path: /^\/graphql/, kind: 'server-error', times: 1 })
    const { records, log } = await collect('synthetic-corp', ADMIN, true)
    sim.clearFaults()
    const rest = await collect('synthetic-corp', ADMIN, false)
    expect(data(records, GITHUB_EVIDENCE.branchProtection)).toEqual(
      data(rest.records, GITHUB_EVIDENCE.branchProtection)
    )
    expect(log.some((e) => /\/branches\/.*\/protection/.test(e.path))).toBe(true)
  })
})
