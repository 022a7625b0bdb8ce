import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createGitHubClient } from '../../src/sources/github/client.js'
import {
  bypassListIsCertain,
  collectRulesetBypassBatch,
  type GraphqlRulesetBypass
} from '../../src/sources/github/ruleset-bypass-graphql.js'

/**
 * What GraphQL's answer about a bypass list may be taken for. The shapes a token without write access gets are
 * observed ones: the count with null entries ("The actor node is null because GraphQL withholds the
 * identities"), and a FORBIDDEN error without a path beside a count of 0 ("HTTP 200, a data that looks like a
 * verified empty list, and an errors array saying the field was denied").
 */
describe('ruleset bypass lists through GraphQL', () => {
  let server: Server
  let url: string
  let reply: (variables: Record<string, string>) => unknown

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
      request.on('end', () => {
        const { variables } = JSON.parse(body) as { variables: Record<string, string> }
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify(reply(variables)))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const client = () =>
    createGitHubClient({
      token: 'ghs_test',
      apiUrl: url,
      graphqlUrl: `${url}/graphql`,
      rateLimitBudgetSeconds: 0,
      retries: 0,
      writes: false
    })
  const entry = (fields: Record<string, unknown>) => ({
    bypassMode: 'ALWAYS',
    deployKey: false,
    enterpriseOwner: false,
    organizationAdmin: false,
    repositoryRoleDatabaseId: null,
    actor: null,
    ...fields
  })
  const ruleset = (databaseId: number, nodes: unknown[], extra: Record<string, unknown> = {}) => ({
    __typename: 'RepositoryRuleset',
    databaseId,
    name: `Ruleset ${databaseId}`,
    enforcement: 'ACTIVE',
    bypassActors: { totalCount: nodes.length, pageInfo: { hasNextPage: false }, nodes },
    ...extra
  })
  const answer = async (nodes: unknown[], errors?: unknown[]) => {
    reply = () => ({
      data: Object.fromEntries(nodes.map((n, i) => [`s${i}`, n])),
      ...(errors && { errors })
    })
    const ids = nodes.map((_, i) => `RRS_${i}`)
    const answered = await collectRulesetBypassBatch(client(), ids)
    return ids.map((id) => answered.get(id)?.bypassActors)
  }

  test('each actor kind REST names is rendered in its REST shape', async () => {
    const [actors] = await answer([
      ruleset(7, [
        entry({ actor: { __typename: 'App', databaseId: 42 }, bypassMode: 'PULL_REQUEST' }),
        entry({ actor: { __typename: 'Team', databaseId: 9 } }),
        entry({ organizationAdmin: true }),
        entry({ repositoryRoleDatabaseId: 5, bypassMode: 'EXEMPT' }),
        entry({ deployKey: true })
      ])
    ])
    expect(actors).toEqual([
      { actor_id: 42, actor_type: 'Integration', bypass_mode: 'pull_request' },
      { actor_id: 9, actor_type: 'Team', bypass_mode: 'always' },
      { actor_id: 1, actor_type: 'OrganizationAdmin', bypass_mode: 'always' },
      { actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'exempt' },
      { actor_id: null, actor_type: 'DeployKey', bypass_mode: 'always' }
    ])
  })

  test.each([
    ['an entry withheld (null), the count kept', ruleset(7, [null])],
    [
      'a count that is not the entries given',
      ruleset(7, [], { bypassActors: { totalCount: 2, pageInfo: { hasNextPage: false }, nodes: [] } })
    ],
    [
      'more entries than one page',
      ruleset(7, [entry({ deployKey: true })], {
        bypassActors: { totalCount: 26, pageInfo: { hasNextPage: true }, nodes: [entry({ deployKey: true })] }
      })
    ],
    ['an enterprise owner (no REST kind known here)', ruleset(7, [entry({ enterpriseOwner: true })])],
    ['an actor of a kind not known here', ruleset(7, [entry({ actor: { __typename: 'EnterpriseTeam' } })])],
    ['an App without its id', ruleset(7, [entry({ actor: { __typename: 'App', databaseId: null } })])],
    ['an entry of two kinds at once', ruleset(7, [entry({ organizationAdmin: true, deployKey: true })])],
    ['an entry of no kind', ruleset(7, [entry({})])],
    ['a bypass mode not known here', ruleset(7, [entry({ deployKey: true, bypassMode: 'SOMETIMES' })])],
    ['the list itself null', ruleset(7, [], { bypassActors: null })],
    ['a node that is not a ruleset', { __typename: 'Repository' }],
    ['no node', null]
  ])('not taken: %s', async (_case, node) => {
    expect(await answer([node])).toEqual([undefined])
  })

  test('an error on one ruleset leaves that one to REST; an error without a path, all of them', async () => {
    const two = [ruleset(7, []), ruleset(8, [])]
    expect(await answer(two, [{ type: 'FORBIDDEN', path: ['s1', 'bypassActors'], message: 'no' }])).toEqual([
      [],
      undefined
    ])
    expect(
      await answer(two, [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }])
    ).toEqual([undefined, undefined])
  })

  test('a request GitHub refused leaves every ruleset to REST', async () => {
    reply = () => ({ message: 'Something went wrong' })
    expect((await collectRulesetBypassBatch(client(), ['RRS_0'])).size).toBe(0)
  })

  test.each([
    [[{ actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }], 'Organization', false, true],
    [[], 'Repository', true, true],
    [[], undefined, true, true],
    [[], 'Repository', false, false],
    [[], 'Organization', true, false]
  ])(
    'a list of %j for a %s ruleset, repository admin %s: certain %s',
    (bypassActors, sourceType, repositoryAdmin, certain) => {
      const list = { bypassActors } as unknown as GraphqlRulesetBypass
      expect(bypassListIsCertain(list, { sourceType, repositoryAdmin })).toBe(certain)
    }
  )
})
