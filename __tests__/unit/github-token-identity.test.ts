import { createGitHubClient } from '../../src/sources/github/client.js'
import { tokenIdentity, tokenType } from '../../src/sources/github/token-identity.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'

let sim: GitHubSimulator
const identityOf = (token: string) =>
  tokenIdentity(
    createGitHubClient({
      token,
      apiUrl: sim.url,
      graphqlUrl: sim.graphqlUrl,
      rateLimitBudgetSeconds: 0,
      retries: 0
    }),
    token
  )

beforeAll(async () => {
  sim = await startGitHubSimulator({
    orgs: [demoOrg(new Date())],
    tokens: [
      { value: 'ghs_actions', admin: true },
      { value: 'ghs_app', admin: true, login: 'acme-evidence[bot]' },
      { value: 'ghp_classic', admin: true, login: 'octocat', scopes: ['repo', 'read:org'] },
      { value: 'github_pat_fine', admin: true, login: 'alice-chen' }
    ]
  })
})
afterAll(() => sim.close())

test('the token type comes from its documented prefix alone', () => {
  expect(tokenType('ghs_x')).toBe('installation')
  expect(tokenType('ghp_x')).toBe('classic-personal-access-token')
  expect(tokenType('github_pat_x')).toBe('fine-grained-personal-access-token')
  expect(tokenType('gho_x')).toBe('oauth')
  expect(tokenType('ghu_x')).toBe('user-to-server')
  expect(tokenType('abc')).toBe('unknown')
})

test("a workflow's GITHUB_TOKEN and an App token: the bot they act as", async () => {
  expect(await identityOf('ghs_actions')).toEqual({ login: 'github-actions[bot]', type: 'installation' })
  expect(await identityOf('ghs_app')).toEqual({ login: 'acme-evidence[bot]', type: 'installation' })
})

test('a classic token: the user and its scopes; a fine-grained one: the user, no scopes claimed', async () => {
  expect(await identityOf('ghp_classic')).toEqual({
    login: 'octocat',
    type: 'classic-personal-access-token',
    scopes: ['repo', 'read:org']
  })
  expect(await identityOf('github_pat_fine')).toEqual({
    login: 'alice-chen',
    type: 'fine-grained-personal-access-token'
  })
})

test('a token GitHub rejects: unknown, with the reason, and no exception', async () => {
  const identity = await identityOf('ghp_revoked')
  expect(identity).toMatchObject({ login: null, type: 'classic-personal-access-token' })
  expect(identity.unknown).toMatch(/GET \/user failed \(401\)/)
  expect(JSON.stringify(identity)).not.toContain('ghp_revoked')
})
