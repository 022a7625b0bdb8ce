import { configSchema } from '../../src/config/schema.js'
import { branchProtectionEnabled } from '../../src/checks/github/branch-protection-enabled.js'
import { branchProtectionRequiredReviews } from '../../src/checks/github/branch-protection-required-reviews.js'
import { dependabotAlertsWithinSla } from '../../src/checks/github/dependabot-alerts-within-sla.js'
import type { EvaluationPeriod, EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import { createGitHubClient } from '../../src/sources/github/client.js'
import { collectGitHub } from '../../src/sources/github/collect.js'
import { graphqlFieldPermission } from '../../src/sources/github/graphql-permissions.js'
import { ruleSuiteWindow } from '../../src/sources/github/rulesets.js'
import type { SimOrg, SimRepo } from '../support/github-model.js'
import { fakeOid, isoAt } from '../support/github-model.js'
import { startGitHubSimulator, withApiVersion, type GitHubSimulator } from '../support/github-simulator.js'
import { Octokit } from '@octokit/rest'
import { RequestError } from '@octokit/request-error'

const NOW = new Date()
const ADMIN = 'ghs_admin_token'
const READER = 'ghs_reader_token'
const NO_ALERTS = 'ghs_no_dependabot_token'
const HOUR = 3_600_000

function simRepo(name: string, extra: Partial<SimRepo> = {}): SimRepo {
  return {
    owner: 'bypass-co',
    name,
    id: 700 + name.length,
    private: true,
    archived: false,
    defaultBranch: 'main',
    dependabotAlertsEnabled: true,
    secretScanning: true,
    pushProtection: true,
    dependabotSecurityUpdates: true,
    rules: [],
    classicProtection: null,
    alerts: [],
    pullRequests: [],
    ...extra
  }
}
const prRule = (id: number, source: 'Repository' | 'Organization') => ({
  type: 'pull_request',
  parameters: { required_approving_review_count: 1 },
  rulesetSourceType: source,
  rulesetSource: source === 'Organization' ? 'bypass-co' : 'bypass-co/admins-skip',
  rulesetId: id
})

const org: SimOrg = {
  login: 'bypass-co',
  id: 4242,
  rulesets: {
    900: {
      name: 'org baseline',
      bypassActors: [{ actor_id: 1, actor_type: 'OrganizationAdmin', bypass_mode: 'always' }]
    }
  },
  repos: [
    simRepo('admins-skip', {
      rules: [prRule(77, 'Repository')],
      rulesets: {
        77: {
          name: 'main',
          bypassActors: [{ actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }]
        }
      },
      ruleSuites: [
        {
          id: 1,
          actorId: 31,
          actorName: 'hotfix-hero',
          beforeSha: fakeOid('b', 1),
          afterSha: fakeOid('a', 1),
          ref: 'refs/heads/main',
          pushedAt: isoAt(NOW.getTime() - 2 * HOUR),
          result: 'bypass'
        },
        {
          id: 2,
          actorId: 31,
          actorName: 'hotfix-hero',
          beforeSha: fakeOid('b', 2),
          afterSha: fakeOid('a', 2),
          ref: 'refs/heads/main',
          pushedAt: isoAt(NOW.getTime() - 3 * HOUR),
          result: 'pass'
        },
        {
          id: 3,
          actorId: 31,
          actorName: 'hotfix-hero',
          beforeSha: fakeOid('b', 3),
          afterSha: fakeOid('a', 3),
          ref: 'refs/heads/main',
          pushedAt: isoAt(NOW.getTime() - 40 * HOUR),
          result: 'bypass'
        }
      ]
    }),
    simRepo('org-owned', { rules: [prRule(900, 'Organization')] }),
    simRepo('org-owned-too', { rules: [prRule(900, 'Organization')] }),
    simRepo('classic-admins', {
      classicProtection: {
        requiredApprovingReviewCount: 1,
        requiredStatusChecks: ['build'],
        allowForcePushes: false,
        allowDeletions: false,
        enforceAdmins: false,
        dismissStaleReviews: false,
        requireCodeOwnerReviews: false,
        bypassPullRequestAllowances: { users: ['release-manager'], teams: ['sre'], apps: ['release-please'] }
      }
    }),
    simRepo('empty', { empty: true }),
    simRepo('free-private', { planWithoutProtection: true }),
    simRepo('null-advisories', {
      alerts: [
        {
          number: 1,
          state: 'open',
          severity: 'high',
          createdAt: isoAt(NOW.getTime() - 45 * 24 * HOUR),
          packageName: 'lodash',
          ecosystem: 'npm',
          manifestPath: 'package-lock.json',
          ghsaId: 'GHSA-p6mc-m468-83gw',
          summary: 'Prototype Pollution in lodash',
          scope: 'runtime',
          nullVulnerability: true
        },
        {
          number: 2,
          state: 'open',
          severity: 'low',
          createdAt: isoAt(NOW.getTime() - 2 * 24 * HOUR),
          packageName: 'semver',
          ecosystem: 'npm',
          manifestPath: 'package-lock.json',
          ghsaId: 'GHSA-c2qf-rxjj-qqgw',
          summary: 'semver vulnerable to Regular Expression Denial of Service',
          scope: 'runtime',
          nullAdvisory: true
        }
      ]
    })
  ]
}

let sim: GitHubSimulator
beforeAll(async () => {
  sim = await startGitHubSimulator({
    orgs: [org],
    tokens: [
      { value: ADMIN, admin: true },
      { value: READER, admin: false },
      { value: NO_ALERTS, admin: true, forbiddenGraphqlFields: ['vulnerabilityAlerts'] }
    ]
  })
})
afterAll(() => sim.close())

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
const octokit = (auth: string) => withApiVersion(new Octokit({ auth, baseUrl: sim.url, log: quiet }))
const refused = (p: Promise<unknown>) => p.then(() => undefined).catch((e: unknown) => e as RequestError)

describe('simulator: rulesets, rule suites and classic bypass as GitHub answers them', () => {
  test('a ruleset shows its bypass list only to a token with write access to it', async () => {
    const admin = await octokit(ADMIN).request('GET /repos/bypass-co/admins-skip/rulesets/77')
    expect(admin.data).toMatchObject({
      id: 77,
      name: 'main',
      source_type: 'Repository',
      enforcement: 'active',
      bypass_actors: [{ actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }]
    })
    const reader = await octokit(READER).request('GET /repos/bypass-co/admins-skip/rulesets/77')
    expect(reader.data).not.toHaveProperty('bypass_actors')
    expect(reader.data).toMatchObject({ current_user_can_bypass: 'never' })
  })

  test('organization rulesets: served through the repository too; the org endpoint needs org administration', async () => {
    const viaRepo = await octokit(READER).request('GET /repos/bypass-co/org-owned/rulesets/900')
    expect(viaRepo.data).toMatchObject({ id: 900, source_type: 'Organization', source: 'bypass-co' })
    expect(viaRepo.data).not.toHaveProperty('bypass_actors')
    const denied = await refused(octokit(READER).request('GET /orgs/bypass-co/rulesets/900'))
    expect(denied?.status).toBe(403)
    expect(denied?.response?.headers['x-accepted-github-permissions']).toBe(
      'organization_administration=read'
    )
    const owner = await octokit(ADMIN).request('GET /orgs/bypass-co/rulesets/900')
    expect(owner.data).toMatchObject({ bypass_actors: [{ actor_id: 1, actor_type: 'OrganizationAdmin' }] })
    expect(owner.data).not.toHaveProperty('current_user_can_bypass')
  })

  test('rule suites: filtered by result and relative window; administration write; bad parameters 422', async () => {
    const day = await octokit(ADMIN).request(
      'GET /repos/bypass-co/admins-skip/rulesets/rule-suites?ref=refs/heads/main&time_period=day&rule_suite_result=bypass'
    )
    expect((day.data as { id: number; result: string }[]).map((r) => [r.id, r.result])).toEqual([
      [1, 'bypass']
    ])
    const week = await octokit(ADMIN).request(
      'GET /repos/bypass-co/admins-skip/rulesets/rule-suites?time_period=week&rule_suite_result=bypass'
    )
    expect((week.data as unknown[]).length).toBe(2)
    const denied = await refused(
      octokit(READER).request('GET /repos/bypass-co/admins-skip/rulesets/rule-suites')
    )
    expect(denied?.status).toBe(403)
    expect(denied?.response?.headers['x-accepted-github-permissions']).toBe('administration=write')
    const bad = await refused(
      octokit(ADMIN).request('GET /repos/bypass-co/admins-skip/rulesets/rule-suites?time_period=year')
    )
    expect(bad?.status).toBe(422)
  })

  test('classic protection: enforce_admins and bypass_pull_request_allowances', async () => {
    const { data } = await octokit(ADMIN).request(
      'GET /repos/bypass-co/classic-admins/branches/main/protection'
    )
    expect(data.enforce_admins).toMatchObject({ enabled: false })
    expect(data.required_pull_request_reviews?.bypass_pull_request_allowances).toMatchObject({
      users: [{ login: 'release-manager', type: 'User' }],
      teams: [{ slug: 'sre' }],
      apps: [{ slug: 'release-please' }]
    })
  })

  test('an empty repository answers 404 "Branch not found"; GitHub Free private, the upgrade 403', async () => {
    const empty = await refused(octokit(ADMIN).request('GET /repos/bypass-co/empty/branches/main/protection'))
    expect([empty?.status, (empty?.response?.data as { message: string }).message]).toEqual([
      404,
      'Branch not found'
    ])
    const free = await refused(
      octokit(ADMIN).request('GET /repos/bypass-co/free-private/branches/main/protection')
    )
    expect(free?.status).toBe(403)
    expect(free?.response?.data).toEqual({
      message: 'Upgrade to GitHub Pro or make this repository public to enable this feature.',
      documentation_url: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection',
      status: '403'
    })
  })
})

describe('collected and evaluated end to end', () => {
  const period: EvaluationPeriod = {
    start: new Date(NOW.getTime() - 24 * HOUR).toISOString(),
    end: NOW.toISOString(),
    expression: 'P1D'
  }
  async function collect(token: string, config: unknown = {}) {
    const records: EvidenceRecord[] = []
    const client = createGitHubClient({
      token,
      apiUrl: sim.url,
      graphqlUrl: sim.graphqlUrl,
      rateLimitBudgetSeconds: 0,
      retries: 0
    })
    await collectGitHub(
      client,
      { add: async (r) => void records.push(r) },
      { scope: ['bypass-co/*'], period }
    )
    const ctx = {
      evidence: new EvidenceIndex(records),
      config: configSchema.parse(config),
      period
    }
    const find = (check: { evaluate: typeof branchProtectionEnabled.evaluate }, repo: string) =>
      check.evaluate(ctx).find((f) => f.subject.replace(/@.*$/, '') === `github:bypass-co/${repo}`)!
    return { records, find }
  }

  test('admin token: who can bypass, who did, and the branch facts', async () => {
    const { records, find } = await collect(ADMIN)
    const admins = find(branchProtectionRequiredReviews, 'admins-skip')
    expect(admins.status).toBe('fail')
    expect(admins.message).toContain(
      'RepositoryRole 5 (repository admins), bypass_mode always, in ruleset 77 "main"'
    )
    expect(admins.message).toContain('1 push(es) bypassed a ruleset in the period: hotfix-hero')
    const orgOwned = find(branchProtectionRequiredReviews, 'org-owned')
    expect(orgOwned.message).toContain('OrganizationAdmin 1 (organization owners)')
    const classicAdmins = find(branchProtectionRequiredReviews, 'classic-admins')
    expect(classicAdmins.message).toContain('classic branch protection (enforce_admins off)')
    expect(classicAdmins.message).toContain('User')
    expect(classicAdmins.message).toContain('(release-manager)')
    expect(find(branchProtectionEnabled, 'empty').status).toBe('not_applicable')
    const free = find(branchProtectionEnabled, 'free-private')
    expect(free.status).toBe('fail')
    expect(free.message).toContain('Upgrade to GitHub Pro or make this repository public')
    // A one-day period asks for GitHub's one-day window.
    const suites = records.find((r) => r.path.endsWith('admins-skip/rule-suites.json'))!
    expect(suites.requests[0]!.path).toContain('time_period=day&rule_suite_result=bypass')
  })

  test('allowed bypasses pass and repeat the reason', async () => {
    const { find } = await collect(ADMIN, {
      checks: {
        'branch-protection': {
          'allowed-bypass': [
            {
              'actor-type': 'OrganizationAdmin',
              reason: 'Org owners are the break-glass group (policy SEC-12)'
            }
          ]
        }
      }
    })
    const finding = find(branchProtectionRequiredReviews, 'org-owned')
    expect(finding.status).toBe('pass')
    expect(finding.message).toContain('"Org owners are the break-glass group (policy SEC-12)"')
    expect(find(branchProtectionRequiredReviews, 'admins-skip').status).toBe('fail')
  })

  test('a reader token: bypass lists unreadable are errors that say what could not be read', async () => {
    sim.resetLog()
    const { find } = await collect(READER)
    // The organization ruleset is asked for once per run, however many repositories it covers.
    expect(sim.requests.filter((r) => r.path === '/orgs/bypass-co/rulesets/900').length).toBe(1)
    expect(find(branchProtectionRequiredReviews, 'org-owned-too').status).toBe('error')
    const finding = find(branchProtectionRequiredReviews, 'admins-skip')
    expect(finding.status).toBe('error')
    expect(finding.message).toContain('without its bypass list')
    const orgOwned = find(branchProtectionRequiredReviews, 'org-owned')
    expect(orgOwned.status).toBe('error')
    expect(orgOwned.message).toContain('GET /orgs/bypass-co/rulesets/900 was refused (403')
  })

  test('null advisories never crash; FORBIDDEN names the permission of the failing field', async () => {
    const { find } = await collect(ADMIN)
    const sla = find(dependabotAlertsWithinSla, 'null-advisories')
    expect(sla.status).toBe('fail')
    expect(sla.message).toContain('#1 high')
    const forbidden = await collect(NO_ALERTS)
    const denied = forbidden.find(dependabotAlertsWithinSla, 'null-advisories')
    expect(denied.status).toBe('error')
    expect(denied.message).toContain(
      'Resource not accessible by integration (GraphQL field vulnerabilityAlerts)'
    )
    expect(denied.message).toContain('Dependabot alerts: read')
  })
})

describe('small rules', () => {
  test.each([
    [['t0', 'vulnerabilityAlerts'], 'Dependabot alerts: read'],
    [['t3', 'nodes', 2, 'reviews'], 'Pull requests: read'],
    [['h1', 'defaultBranchRef', 'target', 'history'], 'Contents: read'],
    [['t0', 'branchProtectionRules'], 'Administration: read'],
    [['t0', 'somethingNew'], 'the permission GitHub requires for the GraphQL field "somethingNew"']
  ])('FORBIDDEN on %j needs %s', (path, permission) => {
    expect(graphqlFieldPermission(path).permission).toContain(permission)
  })

  test.each([
    ['PT1H', 'hour', false],
    ['P1D', 'day', false],
    ['P7D', 'week', false],
    ['P30D', 'month', false],
    ['P90D', 'month', true]
  ])('a %s period asks rule suites for time_period=%s', (duration, timePeriod, truncated) => {
    const hours = { PT1H: 1, P1D: 24, P7D: 168, P30D: 720, P90D: 2160 }[duration]!
    const period = {
      start: new Date(0).toISOString(),
      end: new Date(hours * HOUR).toISOString(),
      expression: duration
    }
    expect(ruleSuiteWindow(period)).toEqual({ timePeriod, truncated })
  })
})
