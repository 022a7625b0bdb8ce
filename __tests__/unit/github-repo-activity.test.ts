import { createGitHubClient, type GitHubClient } from '../../src/sources/github/client.js'
import { collectRepoActivity } from '../../src/sources/github/repo-activity.js'
import type { BranchCommitsEvidence, PullRequestPopulation } from '../../src/sources/github/types.js'
import type { EvaluationPeriod, EvidenceRecord } from '../../src/model.js'
import { demoOrg, fakeOid, isoAt, type SimOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'

const NOW = new Date()
const HOUR = 3_600_000
let org: SimOrg
let sim: GitHubSimulator
let client: GitHubClient

beforeAll(async () => {
  org = demoOrg(NOW)
  sim = await startGitHubSimulator({ orgs: [org] })
  client = createGitHubClient({
    token: 'ghs_simulator_token',
    apiUrl: sim.url,
    graphqlUrl: sim.graphqlUrl,
    rateLimitBudgetSeconds: 5
  })
})
afterAll(() => sim.close())

const period = (endMs = NOW.getTime(), hours = 24): EvaluationPeriod => ({
  start: new Date(endMs - hours * HOUR).toISOString(),
  end: new Date(endMs).toISOString(),
  expression: `PT${hours}H`
})
const repo = (name: string, defaultBranch = 'main') => ({ fullName: `acme-corp/${name}`, defaultBranch })
const of = <T>(records: EvidenceRecord[], name: string, file: string) =>
  records.find((r) => r.path === `evidence/github/acme-corp/${name}/${file}.json`)!.data as T

describe('collectRepoActivity against the simulator', () => {
  test('searches base:<default branch> from the search-lag margin before the period, with every review state', async () => {
    const p = period()
    const records = await collectRepoActivity(client, [repo('payments-api'), repo('mobile-app')], p)
    const payments = of<PullRequestPopulation>(records, 'payments-api', 'pull-requests')
    const windowStart = new Date(Date.parse(p.start) - HOUR).toISOString()
    expect(payments.window).toEqual({ start: windowStart, end: p.end })
    expect(payments.queries).toEqual([
      `repo:acme-corp/payments-api is:pr is:merged base:main merged:${windowStart.replace(/\.\d{3}Z$/, 'Z')}..${p.end.replace(/\.\d{3}Z$/, 'Z')}`
    ])
    // The unreviewed PR into feature/multi-currency is not in the population.
    expect(payments.pullRequests.map((pr) => pr.baseRefName)).toEqual(['main', 'main', 'main'])
    expect(payments).toMatchObject({ totalCount: 3, retrieved: 3, unresolved: 0, excluded: [] })
    const mobile = of<PullRequestPopulation>(records, 'mobile-app', 'pull-requests')
    const withdrawn = mobile.pullRequests.find((pr) => pr.title === 'Offline mode for the wallet screen')!
    expect(withdrawn.reviews!.nodes!.map((r) => r!.state)).toEqual(['APPROVED', 'CHANGES_REQUESTED'])
    expect(withdrawn.reviews!.nodes![0]!.commit!.oid).toBe(withdrawn.headRefOid)
    expect(withdrawn.mergedBy).toEqual({ __typename: 'User', login: 'omar-haddad' })
  })

  test('configured branches (globs) widen the search and filter by base name', async () => {
    const records = await collectRepoActivity(client, [repo('payments-api')], period(), {
      branches: ['feature/*']
    })
    const payments = of<PullRequestPopulation>(records, 'payments-api', 'pull-requests')
    expect(payments.queries[0]).not.toContain('base:')
    expect(payments.branches).toEqual(['main', 'feature/*'])
    expect(payments.pullRequests.map((pr) => pr.baseRefName).sort()).toEqual([
      'feature/multi-currency',
      'main',
      'main',
      'main'
    ])
  })

  test('a deleted reviewer arrives as author null', async () => {
    const records = await collectRepoActivity(client, [repo('data-pipeline')], period())
    const pipeline = of<PullRequestPopulation>(records, 'data-pipeline', 'pull-requests')
    const airflow = pipeline.pullRequests.find((pr) => pr.title === 'Airflow 2.10 upgrade')!
    expect(airflow.reviews!.nodes![0]).toMatchObject({ author: null, state: 'APPROVED' })
  })

  test('the default branch history carries associated PRs; a direct push has none', async () => {
    const records = await collectRepoActivity(client, [repo('infra-terraform')], period())
    const history = of<BranchCommitsEvidence>(records, 'infra-terraform', 'default-branch-commits')
    expect(history).toMatchObject({ branch: 'main', totalCount: 2 })
    const [merge, push] = history.commits
    expect(merge!.associatedPullRequests!.nodes).toEqual([
      expect.objectContaining({ baseRefName: 'main', mergedAt: expect.any(String) })
    ])
    expect(merge!.committer).toEqual({ name: 'GitHub', user: null })
    expect(push).toMatchObject({
      oid: fakeOid('infra-terraform', 'direct-push'),
      messageHeadline: 'Open SSH from 0.0.0.0/0 to debug the bastion',
      author: { name: 'hannah-berg', user: { login: 'hannah-berg' } },
      associatedPullRequests: { nodes: [] }
    })
    expect(merge!.parents!.nodes).toEqual([{ oid: push!.oid }])
  })

  test('a PR merged minutes before last night’s run, indexed only after it, is in tonight’s population', async () => {
    const docs = org.repos.find((r) => r.name === 'docs-site')!
    const lastNight = NOW.getTime() - 24 * HOUR
    const late = {
      ...docs.pullRequests[0]!,
      number: 999,
      title: 'Merged two minutes before the last run',
      mergedAt: isoAt(lastNight - 2 * 60_000),
      mergeCommitOid: fakeOid('docs-site', 999, 'merge'),
      headRefOid: fakeOid('docs-site', 999, 'head')
    }
    // Last night the search had not indexed it yet: it is added to the model only now.
    docs.pullRequests.push(late)
    try {
      const numbers = async (searchLagMs?: number) => {
        const records = await collectRepoActivity(client, [repo('docs-site')], period(), { searchLagMs })
        return of<PullRequestPopulation>(records, 'docs-site', 'pull-requests').pullRequests.map(
          (pr) => pr.number
        )
      }
      expect(await numbers(0)).not.toContain(999)
      expect(await numbers()).toContain(999)
    } finally {
      docs.pullRequests.pop()
    }
  })
})
