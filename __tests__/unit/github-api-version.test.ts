import { Octokit } from '@octokit/rest'
import { RequestError } from '@octokit/request-error'
import { API_VERSION, createGitHubClient } from '../../src/sources/github/client.js'
import { graphqlPost, restGet } from '../../src/sources/github/requests.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'

const TOKEN = 'ghs_simulator_token'
let sim: GitHubSimulator

beforeAll(async () => {
  sim = await startGitHubSimulator({ orgs: [demoOrg(new Date())] })
})
afterAll(() => sim.close())
beforeEach(() => sim.resetLog())

describe('X-GitHub-Api-Version', () => {
  test('Octokit ignores a constructor `headers` option: the simulator answers 400 as GitHub does to a bad version', async () => {
    const bare = new Octokit({
      auth: TOKEN,
      baseUrl: sim.url,
      headers: { 'x-github-api-version': API_VERSION },
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
    })
    const error = (await bare
      .request('GET /repos/acme-corp/payments-api')
      .catch((e: unknown) => e)) as RequestError
    expect(error.status).toBe(400)
    expect((error.response?.data as { message: string }).message).toContain(
      'is not a supported version. The following versions are currently supported: "2022-11-28"'
    )
    expect(sim.requests[0]!.apiVersion).toBeUndefined()
  })

  test('the collectors send the version on every REST and GraphQL request, and record the one they sent', async () => {
    const client = createGitHubClient({
      token: TOKEN,
      apiUrl: sim.url,
      graphqlUrl: sim.graphqlUrl,
      rateLimitBudgetSeconds: 0
    })
    const rest = await restGet(client, '/repos/acme-corp/payments-api', 'metadata: read')
    const graphql = await graphqlPost(client, 'Viewer', 'query Viewer { rateLimit { cost } }', {})
    expect(rest.request).toMatchObject({ status: 200, apiVersion: API_VERSION })
    expect(graphql.request).toMatchObject({ status: 200, apiVersion: API_VERSION })
    expect(sim.requests.map((r) => [r.path.split('?')[0], r.status, r.apiVersion])).toEqual([
      ['/repos/acme-corp/payments-api', 200, API_VERSION],
      ['/graphql', 200, API_VERSION]
    ])
  })
})
