import type { EvaluationPeriod, EvidenceRecord } from '../../src/model.js'
import {
  GITHUB_ORG_EVIDENCE,
  type AuditLogData,
  type CodeSecurityConfigurationsData,
  type RepoAccessData,
  type TeamsData
} from '../../src/evidence/github-org.js'
import { defaultGovernance } from '../support/github-org-sim.js'
import { createGitHubClient } from '../../src/sources/github/client.js'
import { collectOrgGovernance } from '../../src/sources/github/org-governance.js'
import { ACCESS_BATCH_SIZE } from '../../src/sources/github/repo-access.js'
import { demoOrg, syntheticOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'

const NOW = new Date()
const OWNER = 'ghs_owner_token'
const MEMBER = 'ghs_member_token'
const period: EvaluationPeriod = {
  start: new Date(NOW.getTime() - 86_400_000).toISOString(),
  end: NOW.toISOString(),
  expression: 'P1D'
}
const demo = demoOrg(NOW)
const synthetic = syntheticOrg(120, NOW)
let sim: GitHubSimulator

beforeAll(async () => {
  sim = await startGitHubSimulator({
    orgs: [demo, synthetic],
    now: () => NOW,
    tokens: [
      { value: OWNER, admin: true },
      { value: MEMBER, admin: false, orgAdmin: false }
    ]
  })
})
afterAll(() => sim.close())

async function collect(token: string, repos: string[]): Promise<EvidenceRecord[]> {
  const records: EvidenceRecord[] = []
  const client = createGitHubClient({
    token,
    apiUrl: sim.url,
    graphqlUrl: sim.graphqlUrl,
    rateLimitBudgetSeconds: 0,
    retries: 0
  })
  await collectOrgGovernance(client, repos, period, { add: async (r) => void records.push(r) })
  return records
}
const byKind = (records: EvidenceRecord[], kind: string) => records.filter((r) => r.kind === kind)

describe('org governance collection against the simulator', () => {
  test('an owner token records every org setting, the audit log of the period and each repository’s access', async () => {
    const repos = demo.repos.filter((r) => !r.archived).map((r) => `${r.owner}/${r.name}`)
    const records = await collect(OWNER, repos)
    // The audit log's repository events are read only on a night that may carry webhook listings forward.
    for (const kind of Object.values(GITHUB_ORG_EVIDENCE).filter(
      (k) => k !== GITHUB_ORG_EVIDENCE.repoEventsLog
    )) {
      expect(byKind(records, kind).length).toBeGreaterThan(0)
    }
    expect(records.filter((r) => r.error)).toEqual([])
    const audit = byKind(records, GITHUB_ORG_EVIDENCE.auditLog)[0]!.data as AuditLogData
    expect(audit.events.map((e) => e.action)).toEqual([
      'protected_branch.destroy',
      'protected_branch.create',
      'repository_ruleset.update'
    ])
    const web = byKind(records, GITHUB_ORG_EVIDENCE.repoAccess).find(
      (r) => r.subject === 'github:acme-corp/web-frontend'
    )!
    const access = web.data as RepoAccessData
    expect(access.outsideCollaborators?.edges).toEqual([
      { permission: 'ADMIN', node: { login: 'design-agency-bot' } }
    ])
    expect(access.codeowners?.errors[0]).toMatchObject({ line: 4, kind: 'Unknown owner' })
  })

  test('a member token: settings withheld, owner-only endpoints refused with the permission named', async () => {
    const records = await collect(MEMBER, ['acme-corp/payments-api'])
    const org = byKind(records, GITHUB_ORG_EVIDENCE.organization)[0]!
    expect(org.data).not.toHaveProperty('two_factor_requirement_enabled')
    const actions = byKind(records, GITHUB_ORG_EVIDENCE.actionsPermissions)[0]!
    expect(actions.error).toMatchObject({
      status: 403,
      missingPermission: expect.stringContaining('Administration')
    })
  })

  test('outside Enterprise Cloud the audit log answers 404, recorded as the evidence', async () => {
    const records = await collect(OWNER, [`${synthetic.login}/${synthetic.repos[0]!.name}`])
    expect(byKind(records, GITHUB_ORG_EVIDENCE.auditLog)[0]!.error).toMatchObject({ status: 404 })
  })

  test('requests on a 120-repository org: the org endpoints once, the access batch per ACCESS_BATCH_SIZE repositories', async () => {
    sim.resetLog()
    const repos = synthetic.repos.map((r) => `${r.owner}/${r.name}`)
    await collect(OWNER, repos)
    const graphql = sim.requests.filter((r) => r.path === '/graphql').length
    const rest = sim.requests.length - graphql
    expect(graphql).toBe(Math.ceil(repos.length / ACCESS_BATCH_SIZE))
    // organization, 2 member listings, 3 Actions settings, runner groups, 2 alert listings, webhooks, audit log,
    // teams, code security configurations (none of either in this org: no per-team or per-configuration request).
    expect(rest).toBeLessThanOrEqual(14)
  })

  test('teams with their repositories and roles, code security configurations with their attachments', async () => {
    const records = await collect(OWNER, ['acme-corp/payments-api'])
    const teams = byKind(records, GITHUB_ORG_EVIDENCE.teams)[0]!.data as TeamsData
    expect(teams.teams.map((t) => t.slug)).toEqual([
      'platform-admins',
      'payments',
      'frontend',
      'design-contractors'
    ])
    expect(teams.teams[3]).toMatchObject({
      parent: { slug: 'frontend' },
      repositories: [{ full_name: 'acme-corp/web-frontend', role_name: 'admin' }]
    })
    const configs = byKind(records, GITHUB_ORG_EVIDENCE.codeSecurityConfigurations)[0]!
      .data as CodeSecurityConfigurationsData
    expect(
      configs.configurations.map((c) => [c.name, c.code_scanning_default_setup, c.repositories])
    ).toEqual([
      [
        'acme baseline',
        'enabled',
        [
          { status: 'enforced', repository: { full_name: 'acme-corp/payments-api' } },
          { status: 'attached', repository: { full_name: 'acme-corp/identity-service' } }
        ]
      ],
      ['legacy', 'not_set', [{ status: 'attached', repository: { full_name: 'acme-corp/web-frontend' } }]]
    ])
    // A member token: configurations are for owners and security managers; the refusal names the permission.
    const member = await collect(MEMBER, ['acme-corp/payments-api'])
    expect(byKind(member, GITHUB_ORG_EVIDENCE.codeSecurityConfigurations)[0]!.error).toMatchObject({
      status: 403,
      missingPermission: expect.stringContaining('Administration: write')
    })
  })

  test('cursor pagination of a configuration with 250 repositories, page pagination of a team with 150', async () => {
    const big = syntheticOrg(250, NOW)
    big.login = 'big-co'
    for (const repo of big.repos) repo.owner = 'big-co'
    big.governance = {
      ...defaultGovernance(),
      teams: [
        {
          slug: 'everyone',
          name: 'Everyone',
          privacy: 'closed',
          repos: big.repos.slice(0, 150).map((r) => ({ repo: r.name, role: 'write' as const }))
        }
      ],
      codeSecurityConfigurations: [
        {
          id: 5,
          name: 'baseline',
          codeScanningDefaultSetup: 'enabled',
          enforcement: 'enforced',
          attachments: big.repos.map((r) => ({ repo: r.name, status: 'enforced' as const }))
        }
      ]
    }
    const local = await startGitHubSimulator({
      orgs: [big],
      now: () => NOW,
      tokens: [{ value: OWNER, admin: true }]
    })
    try {
      const records: EvidenceRecord[] = []
      const client = createGitHubClient({
        token: OWNER,
        apiUrl: local.url,
        graphqlUrl: local.graphqlUrl,
        rateLimitBudgetSeconds: 0,
        retries: 0
      })
      await collectOrgGovernance(client, [`big-co/${big.repos[0]!.name}`], period, {
        add: async (r) => void records.push(r)
      })
      const configs = byKind(records, GITHUB_ORG_EVIDENCE.codeSecurityConfigurations)[0]!
      expect((configs.data as CodeSecurityConfigurationsData).configurations[0]!.repositories).toHaveLength(
        250
      )
      expect(configs.requests.map((r) => r.path.split('?')[0])).toEqual([
        '/orgs/big-co/code-security/configurations',
        '/orgs/big-co/code-security/configurations/5/repositories',
        '/orgs/big-co/code-security/configurations/5/repositories',
        '/orgs/big-co/code-security/configurations/5/repositories'
      ])
      const teams = byKind(records, GITHUB_ORG_EVIDENCE.teams)[0]!
      expect((teams.data as TeamsData).teams[0]!.repositories).toHaveLength(150)
      expect(teams.requests).toHaveLength(3)
    } finally {
      await local.close()
    }
  })
})
