import { Octokit } from '@octokit/rest'
import { RequestError } from '@octokit/request-error'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, withApiVersion, type GitHubSimulator } from '../support/github-simulator.js'

/** Who a token is, as GitHub answers it (see SimToken.login for the sources). */
let sim: GitHubSimulator
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
const client = (auth: string) => withApiVersion(new Octokit({ auth, baseUrl: sim.url, log: quiet }))

beforeAll(async () => {
  sim = await startGitHubSimulator({
    orgs: [demoOrg(new Date())],
    tokens: [
      { value: 'ghs_actions', admin: true },
      { value: 'ghs_app', admin: true, login: 'acme-evidence[bot]' },
      { value: 'ghp_user', admin: true, login: 'octocat' }
    ]
  })
})
afterAll(() => sim.close())

const viewer = async (token: string) =>
  (
    (await client(token).request('POST /graphql', { query: '{ viewer { login } }' })).data as {
      data: { viewer: { login: string } }
    }
  ).data.viewer.login

test('GraphQL viewer: github-actions[bot] for GITHUB_TOKEN, the App bot, or the user', async () => {
  expect(await viewer('ghs_actions')).toBe('github-actions[bot]')
  expect(await viewer('ghs_app')).toBe('acme-evidence[bot]')
  expect(await viewer('ghp_user')).toBe('octocat')
})

test('GET /user refuses installation tokens (403) and answers for a user token', async () => {
  const refused = await client('ghs_actions')
    .rest.users.getAuthenticated()
    .catch((e: unknown) => e)
  expect(refused).toBeInstanceOf(RequestError)
  expect((refused as RequestError).status).toBe(403)
  expect((refused as RequestError).message).toContain('Resource not accessible by integration')
  expect((await client('ghp_user').rest.users.getAuthenticated()).data.login).toBe('octocat')
})

test("comments are written as the token's identity", async () => {
  const created = await client('ghs_app').rest.issues.createComment({
    owner: 'acme-corp',
    repo: 'ml-platform',
    issue_number: 901,
    body: 'hello'
  })
  expect(created.data.user?.login).toBe('acme-evidence[bot]')
  expect(created.data.user?.type).toBe('Bot')
})
