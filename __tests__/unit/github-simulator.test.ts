import { Octokit } from '@octokit/rest'
import { RequestError } from '@octokit/request-error'
import { demoOrg, syntheticOrg } from '../support/github-model.js'
import { startGitHubSimulator, withApiVersion, type GitHubSimulator } from '../support/github-simulator.js'

const NOW = new Date()
const TOKEN = 'ghs_simulator_token'
const READER = 'ghs_read_only_token'

const REPO_FACTS = /* GraphQL */ `
  query RepoFacts($o0: String!, $n0: String!, $q0: String!) {
    rateLimit {
      cost
      remaining
      resetAt
      limit
      used
    }
    r0: repository(owner: $o0, name: $n0) {
      nameWithOwner
      hasVulnerabilityAlertsEnabled
      vulnerabilityAlerts(states: [OPEN], first: 100, after: null) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          number
          state
          createdAt
          dependencyScope
          vulnerableManifestPath
          securityVulnerability {
            severity
            package {
              name
              ecosystem
            }
          }
          securityAdvisory {
            ghsaId
            summary
          }
        }
      }
    }
    p0: search(query: $q0, type: ISSUE, first: 50, after: null) {
      issueCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ... on PullRequest {
          number
          title
          url
          createdAt
          mergedAt
          baseRefName
          headRefOid
          author {
            login
          }
          mergedBy {
            login
          }
          mergeCommit {
            oid
          }
          reviews(first: 100, states: [APPROVED]) {
            totalCount
            nodes {
              author {
                login
              }
              state
              submittedAt
              commit {
                oid
              }
            }
          }
        }
      }
    }
  }
`

interface RepoFacts {
  rateLimit: { cost: number; remaining: number; limit: number }
  r0: {
    nameWithOwner: string
    hasVulnerabilityAlertsEnabled: boolean
    vulnerabilityAlerts: { totalCount: number; nodes: Array<{ securityVulnerability: { severity: string } }> }
  }
  p0: {
    issueCount: number
    nodes: Array<{
      number: number
      author: { login: string }
      reviews: { nodes: Array<{ author: { login: string } }> }
    }>
  }
}

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
const client = (auth: string, baseUrl: string) => withApiVersion(new Octokit({ auth, baseUrl, log: quiet }))

const window24h = `merged:${new Date(NOW.getTime() - 86_400_000).toISOString()}..${NOW.toISOString()}`

describe('GitHub simulator', () => {
  let sim: GitHubSimulator
  let octokit: Octokit

  beforeAll(async () => {
    sim = await startGitHubSimulator({
      orgs: [demoOrg(NOW)],
      tokens: [
        { value: TOKEN, admin: true },
        { value: READER, admin: false }
      ]
    })
    octokit = client(TOKEN, sim.url)
  })
  afterAll(() => sim.close())
  beforeEach(() => {
    sim.clearFaults()
    sim.resetLog()
  })

  it('paginates organisation repositories through the link header', async () => {
    const repos = await octokit.paginate(octokit.rest.repos.listForOrg, { org: 'acme-corp', per_page: 5 })
    expect(repos).toHaveLength(demoOrg(NOW).repos.length)
    expect(new Set(repos.map((r) => r.name)).size).toBe(repos.length)
    expect(repos.find((r) => r.name === 'old-monolith')?.archived).toBe(true)
    expect(sim.requests.map((r) => r.path)).toEqual([
      '/orgs/acme-corp/repos?per_page=5',
      expect.stringMatching(/^\/organizations\/\d+\/repos\?per_page=5&page=2$/),
      expect.stringMatching(/page=3$/)
    ])
    const first = await octokit.rest.repos.listForOrg({ org: 'acme-corp', per_page: 5 })
    expect(first.headers.link).toMatch(/rel="next", <[^>]+page=3>; rel="last"$/)
  })

  it('rejects an unknown token with 401 Bad credentials', async () => {
    const stranger = client('ghp_not_a_real_token', sim.url)
    await expect(stranger.rest.repos.get({ owner: 'acme-corp', repo: 'payments-api' })).rejects.toMatchObject(
      {
        status: 401,
        message: expect.stringContaining('Bad credentials')
      }
    )
  })

  it('answers classic branch protection by token rights and protection state', async () => {
    const reader = client(READER, sim.url)
    const target = { owner: 'acme-corp', repo: 'web-frontend', branch: 'main' }
    await expect(reader.rest.repos.getBranchProtection(target)).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration')
    })
    const { data } = await octokit.rest.repos.getBranchProtection(target)
    expect(data.required_pull_request_reviews?.required_approving_review_count).toBe(1)
    await expect(
      octokit.rest.repos.getBranchProtection({ owner: 'acme-corp', repo: 'legacy-billing', branch: 'master' })
    ).rejects.toMatchObject({ status: 404, message: expect.stringContaining('Branch not protected') })

    const rules = await octokit.rest.repos.getBranchRules({
      owner: 'acme-corp',
      repo: 'payments-api',
      branch: 'main'
    })
    expect(rules.data.map((r) => r.type).sort()).toEqual([
      'deletion',
      'non_fast_forward',
      'pull_request',
      'required_status_checks'
    ])
  })

  it('answers a repeated conditional GET with 304 without spending rate limit', async () => {
    const first = await octokit.rest.repos.get({ owner: 'acme-corp', repo: 'payments-api' })
    const etag = first.headers.etag!
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/)
    const remaining = Number(first.headers['x-ratelimit-remaining'])
    const error = await octokit
      .request('GET /repos/{owner}/{repo}', {
        owner: 'acme-corp',
        repo: 'payments-api',
        headers: { 'if-none-match': etag }
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RequestError)
    expect((error as RequestError).status).toBe(304)
    expect(Number((error as RequestError).response?.headers['x-ratelimit-remaining'])).toBe(remaining)
  })

  it('executes the collectors’ GraphQL query with GitHub’s cost and shapes', async () => {
    const facts = await octokit.graphql<RepoFacts>(REPO_FACTS, {
      o0: 'acme-corp',
      n0: 'mobile-app',
      q0: `repo:acme-corp/payments-api is:pr is:merged base:main ${window24h}`
    })
    expect(facts.rateLimit).toMatchObject({ cost: 1, limit: 5000, remaining: 4999 })
    expect(facts.r0.nameWithOwner).toBe('acme-corp/mobile-app')
    expect(facts.r0.vulnerabilityAlerts.nodes.map((n) => n.securityVulnerability.severity).sort()).toEqual([
      'HIGH',
      'MODERATE'
    ])
    expect(facts.p0.issueCount).toBe(3)
    for (const pr of facts.p0.nodes) {
      expect(pr.reviews.nodes.map((r) => r.author.login)).not.toContain(pr.author.login)
    }
    expect(sim.requests.at(-1)?.graphql).toEqual({ operation: 'RepoFacts', cost: 1 })

    const missing = await octokit.request('POST /graphql', {
      query: 'query { r0: repository(owner: "acme-corp", name: "nope") { name } }'
    })
    expect(missing.data).toEqual({
      data: { r0: null },
      errors: [
        expect.objectContaining({
          type: 'NOT_FOUND',
          path: ['r0'],
          message: "Could not resolve to a Repository with the name 'acme-corp/nope'."
        })
      ]
    })
  })

  it('injects a fault for the given number of matching requests', async () => {
    sim.addFault({ path: /\/repos\/acme-corp\/payments-api$/, kind: 'server-error', times: 1 })
    const repo = { owner: 'acme-corp', repo: 'payments-api' }
    await expect(octokit.rest.repos.get(repo)).rejects.toMatchObject({ status: 500 })
    await expect(octokit.rest.repos.get(repo)).resolves.toMatchObject({ status: 200 })
    expect(sim.requests.map((r) => r.status)).toEqual([500, 200])
  })

  it('builds the same synthetic organisation from the same seed', () => {
    const a = syntheticOrg(50, NOW, 7)
    expect(a.repos).toHaveLength(50)
    expect(syntheticOrg(50, NOW, 7)).toEqual(a)
    expect(syntheticOrg(50, NOW, 8)).not.toEqual(a)
  })
})
