import { carryActivity, type CarryInput, type SealedRecord } from '../../src/sources/github/activity-carry.js'
import { createGitHubClient, type GitHubClient } from '../../src/sources/github/client.js'
import { activityWindow, collectRepoActivity } from '../../src/sources/github/repo-activity.js'
import type {
  BranchCommitNode,
  BranchCommitsEvidence,
  PullRequestPopulation
} from '../../src/sources/github/types.js'
import type { EvaluationPeriod, EvidenceRecord } from '../../src/model.js'
import { demoOrg, type SimOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'

const NOW = Date.now()
const HOUR = 3_600_000
const LAG = HOUR
let org: SimOrg
let sim: GitHubSimulator
let client: GitHubClient

beforeAll(async () => {
  org = demoOrg(new Date(NOW))
  sim = await startGitHubSimulator({ orgs: [org] })
  client = createGitHubClient({
    token: 'ghs_simulator_token',
    apiUrl: sim.url,
    graphqlUrl: sim.graphqlUrl,
    rateLimitBudgetSeconds: 5
  })
})
afterAll(() => sim.close())

const period = (endMs: number): EvaluationPeriod => ({
  start: new Date(endMs - 24 * HOUR).toISOString(),
  end: new Date(endMs).toISOString(),
  expression: 'P1D'
})
const BUNDLE = { key: 'acme-corp/2026/12/01/20261201T020000Z-1', manifestSha256: 'a'.repeat(64) }
const sealed = (record: EvidenceRecord): SealedRecord => ({ record, sha256: 'b'.repeat(64) })
const byFile = (records: EvidenceRecord[], fullName: string, file: string) =>
  records.find((r) => r.path === `evidence/github/${fullName}/${file}.json`)!

async function pushedAt(fullName: string): Promise<string> {
  const [owner, repo] = fullName.split('/') as [string, string]
  const { data } = await client.octokit.request('GET /repos/{owner}/{repo}', { owner, repo })
  return data.pushed_at
}

describe('carried forward from last night, the population is the one a search tonight returns', () => {
  // Last night's run ended at NOW; tonight's, six hours later, covers the day before it.
  const lastNight = period(NOW)
  const tonight = period(NOW + 6 * HOUR)

  test('for every demo repository untouched since last night settled, records equal a fresh search', async () => {
    const repos = org.repos
      .filter((r) => !r.archived && !r.empty)
      .map((r) => ({ fullName: `${r.owner}/${r.name}`, defaultBranch: r.defaultBranch }))
    const before = await collectRepoActivity(client, repos, lastNight)
    const fresh = await collectRepoActivity(client, repos, tonight)
    let carried = 0
    for (const repo of repos) {
      const head = (byFile(fresh, repo.fullName, 'default-branch-commits').data as BranchCommitsEvidence).head
      const input: CarryInput = {
        defaultBranch: repo.defaultBranch,
        branches: [repo.defaultBranch],
        pushedAt: await pushedAt(repo.fullName),
        head,
        period: tonight,
        window: activityWindow(tonight, LAG),
        lagMs: LAG,
        bundle: BUNDLE
      }
      const decision = carryActivity(
        {
          pullRequests: sealed(byFile(before, repo.fullName, 'pull-requests')),
          commits: sealed(byFile(before, repo.fullName, 'default-branch-commits'))
        },
        input
      )
      if (Date.parse(input.pushedAt!) > NOW - LAG) {
        expect({ repo: repo.fullName, decision }).toEqual({
          repo: repo.fullName,
          decision: { reason: 'it was pushed to since the previous search settled' }
        })
        continue
      }
      expect({ repo: repo.fullName, carried: 'carried' in decision }).toEqual({
        repo: repo.fullName,
        carried: true
      })
      if (!('carried' in decision)) continue
      carried++
      const population = decision.carried.pullRequests.data as PullRequestPopulation
      const fromSearch = byFile(fresh, repo.fullName, 'pull-requests').data as PullRequestPopulation
      expect(population.pullRequests).toEqual(fromSearch.pullRequests)
      expect(population).toMatchObject({
        window: fromSearch.window,
        period: fromSearch.period,
        totalCount: fromSearch.totalCount,
        retrieved: fromSearch.retrieved,
        queries: [],
        carriedFrom: { bundle: BUNDLE.key, through: lastNight.end, head, pushedAt: input.pushedAt }
      })
      const commits = decision.carried.commits.data as BranchCommitsEvidence
      const fromHistory = byFile(fresh, repo.fullName, 'default-branch-commits').data as BranchCommitsEvidence
      expect(commits.commits).toEqual(fromHistory.commits)
      expect(commits.totalCount).toBe(fromHistory.totalCount)
      expect(decision.carried.pullRequests.requests).toEqual([])
    }
    // The demo org has repositories of both kinds.
    expect(carried).toBeGreaterThan(2)
    expect(carried).toBeLessThan(repos.length)
  })
})

describe('any doubt is a reason to search again', () => {
  const window = { start: '2026-11-30T01:00:00.000Z', end: '2026-12-01T02:00:00.000Z' }
  const tonight = { start: '2026-11-30T08:00:00.000Z', end: '2026-12-01T08:00:00.000Z' }
  const HEAD = 'c'.repeat(40)
  const pr = (number: number, mergedAt: string) => ({ number, mergedAt, baseRefName: 'main' })
  const commit = (oid: string, committedDate: string): BranchCommitNode => ({
    oid,
    committedDate,
    messageHeadline: 'x',
    author: null,
    committer: null,
    parents: null,
    associatedPullRequests: null
  })
  const prs = (data: Partial<PullRequestPopulation> = {}): EvidenceRecord => ({
    path: 'evidence/github/acme/api/pull-requests.json',
    source: 'github',
    subject: 'github:acme/api',
    kind: 'github.pull-requests',
    requests: [{ method: 'POST', path: '/graphql', status: 200, at: window.end }] as never,
    data: {
      queries: ['repo:acme/api is:pr is:merged'],
      period: { start: '2026-11-30T02:00:00.000Z', end: window.end },
      window,
      branches: ['main'],
      totalCount: 2,
      retrieved: 2,
      unresolved: 0,
      excluded: [],
      pullRequests: [pr(7, '2026-11-30T03:00:00Z'), pr(8, '2026-11-30T20:00:00Z')],
      ...data
    }
  })
  const history = (data: Partial<BranchCommitsEvidence> = {}): EvidenceRecord => ({
    path: 'evidence/github/acme/api/default-branch-commits.json',
    source: 'github',
    subject: 'github:acme/api',
    kind: 'github.default-branch-commits',
    requests: [],
    data: {
      branch: 'main',
      window,
      totalCount: 2,
      head: HEAD,
      commits: [commit(HEAD, '2026-11-30T20:00:00Z'), commit('d'.repeat(40), '2026-11-30T03:00:00Z')],
      ...data
    }
  })
  const input = (over: Partial<CarryInput> = {}): CarryInput => ({
    defaultBranch: 'main',
    branches: ['main'],
    pushedAt: '2026-11-30T20:00:05Z',
    head: HEAD,
    period: { start: '2026-11-30T09:00:00.000Z', end: tonight.end },
    window: tonight,
    lagMs: HOUR,
    bundle: BUNDLE,
    ...over
  })
  const decide = (p: EvidenceRecord | undefined, h: EvidenceRecord | undefined, over = {}) =>
    carryActivity(
      { ...(p ? { pullRequests: sealed(p) } : {}), ...(h ? { commits: sealed(h) } : {}) },
      input(over)
    )

  test('untouched: carried, cut to tonight’s window', () => {
    const decision = decide(prs(), history())
    expect('carried' in decision && decision.carried.pullRequests.data).toMatchObject({
      totalCount: 1,
      retrieved: 1,
      pullRequests: [{ number: 8 }]
    })
    expect('carried' in decision && decision.carried.commits.data).toMatchObject({
      totalCount: 1,
      commits: [{ oid: HEAD }]
    })
  })

  test.each([
    ['no record', undefined, history(), {}, 'the previous bundle has no activity records for it'],
    [
      'an error recorded',
      { ...prs(), data: undefined, error: { message: 'x' } },
      history(),
      {},
      'the previous bundle recorded an error for it'
    ],
    [
      'another kind at the path',
      { ...prs(), kind: 'github.rulesets' },
      history(),
      {},
      'the previous bundle has other records at those paths'
    ],
    ['head unknown', prs(), history(), { head: undefined }, 'the default branch head is not known this run'],
    ['head moved', prs(), history(), { head: 'e'.repeat(40) }, 'the default branch moved'],
    [
      'default branch renamed',
      prs(),
      history(),
      { defaultBranch: 'trunk', branches: ['trunk'] },
      'the default branch changed'
    ],
    [
      'other bases',
      prs(),
      history(),
      { branches: ['main', 'release/*'] },
      'the population covers other base branches'
    ],
    [
      'window starts after tonight’s',
      prs({ window: { start: '2026-11-30T09:00:00.000Z', end: window.end } }),
      history({ window: { start: '2026-11-30T09:00:00.000Z', end: window.end } }),
      {},
      'the previous window does not cover the start of this one'
    ],
    ['incomplete search', prs({ totalCount: 3 }), history(), {}, 'the previous population was incomplete'],
    ['a null item', prs({ unresolved: 1 }), history(), {}, 'the previous population was incomplete'],
    [
      'a null commit',
      prs(),
      history({ commits: [commit(HEAD, '2026-11-30T20:00:00Z'), null] }),
      {},
      'the previous population was incomplete'
    ],
    [
      'pushed since',
      prs(),
      history(),
      { pushedAt: '2026-12-01T01:30:00Z' },
      'it was pushed to since the previous search settled'
    ],
    [
      'pushed_at missing',
      prs(),
      history(),
      { pushedAt: undefined },
      'it was pushed to since the previous search settled'
    ],
    [
      'pushed_at garbage',
      prs(),
      history(),
      { pushedAt: 'yesterday' },
      'it was pushed to since the previous search settled'
    ],
    [
      'newest commit within the lag',
      prs(),
      history({
        commits: [commit(HEAD, '2026-12-01T01:30:00Z'), commit('d'.repeat(40), '2026-11-30T03:00:00Z')]
      }),
      {},
      'its newest commit is within the search lag of the previous search'
    ]
  ])('%s', (_name, p, h, over, reason) => {
    expect(decide(p, h, over)).toEqual({ reason })
  })
})
