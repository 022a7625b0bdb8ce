import { branchProtectionEnabled } from '../../src/checks/github/branch-protection-enabled.js'
import { branchProtectionForcePushBlocked } from '../../src/checks/github/branch-protection-force-push-blocked.js'
import { branchProtectionRequiredReviews } from '../../src/checks/github/branch-protection-required-reviews.js'
import { branchProtectionRequiredStatusChecks } from '../../src/checks/github/branch-protection-required-status-checks.js'
import type { EvidenceRecord } from '../../src/model.js'
import type { BranchRule, ClassicProtection } from '../../src/sources/github/types.js'
import {
  classic,
  classicProtection,
  context,
  rules,
  rulesetDetail,
  rulesetRules,
  rulesets,
  rulesetsUnreadable,
  ruleSuite,
  ruleSuites,
  ruleSuitesForbidden
} from '../fixtures/github-evidence.js'

/** Bypass actors exactly as GitHub's ruleset endpoints return them. */
const ADMIN_ROLE = { actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }
const ORG_OWNERS = { actor_id: 1, actor_type: 'OrganizationAdmin', bypass_mode: 'always' }
const RELEASE_APP = { actor_id: 812345, actor_type: 'Integration', bypass_mode: 'pull_request' }

const reviewsOnly = (id = 42, approvals = 2): BranchRule => ({
  type: 'pull_request',
  ruleset_source_type: 'Organization',
  ruleset_source: 'octocat',
  ruleset_id: id,
  parameters: { required_approving_review_count: approvals, dismiss_stale_reviews_on_push: true }
})
const classicWith = (overrides: Partial<ClassicProtection>) => classic({ ...classicProtection, ...overrides })
const classicOff = () => classic(null)
const run = (records: EvidenceRecord[], config: unknown = {}) => {
  const ctx = context(records, config)
  return {
    reviews: branchProtectionRequiredReviews.evaluate(ctx)[0]!,
    status: branchProtectionRequiredStatusChecks.evaluate(ctx)[0]!,
    force: branchProtectionForcePushBlocked.evaluate(ctx)[0]!,
    enabled: branchProtectionEnabled.evaluate(ctx)[0]!
  }
}
const allow = (entry: Record<string, unknown>) => ({
  checks: { 'branch-protection': { 'allowed-bypass': [entry] } }
})

describe('bypass of the default branch protection', () => {
  const cases: [string, EvidenceRecord[], unknown, Record<string, string>][] = [
    [
      'ruleset with an empty bypass list',
      [rules(rulesetRules), classicOff(), rulesets([rulesetDetail(42, [])]), ruleSuites([])],
      {},
      { reviews: 'pass', status: 'pass', force: 'pass' }
    ],
    [
      'ruleset bypassable by repository admins (always)',
      [rules(rulesetRules), classicOff(), rulesets([rulesetDetail(42, [ADMIN_ROLE])]), ruleSuites([])],
      {},
      { reviews: 'fail', status: 'fail', force: 'fail' }
    ],
    [
      'the admin bypass allowed with a reason',
      [rules(rulesetRules), classicOff(), rulesets([rulesetDetail(42, [ADMIN_ROLE])]), ruleSuites([])],
      allow({
        'actor-type': 'RepositoryRole',
        'actor-id': 5,
        reason: 'Break-glass for incidents, reviewed weekly'
      }),
      { reviews: 'pass', status: 'pass', force: 'pass' }
    ],
    [
      'an allowance for another repository does not apply',
      [rules(rulesetRules), classicOff(), rulesets([rulesetDetail(42, [ADMIN_ROLE])]), ruleSuites([])],
      allow({ 'actor-type': 'RepositoryRole', repositories: ['octocat/other'], reason: 'Only there' }),
      { reviews: 'fail', status: 'fail', force: 'fail' }
    ],
    [
      'an allowance for another mode does not apply',
      [rules(rulesetRules), classicOff(), rulesets([rulesetDetail(42, [ADMIN_ROLE])]), ruleSuites([])],
      allow({ 'actor-type': 'RepositoryRole', 'bypass-mode': 'pull_request', reason: 'PR merges only' }),
      { reviews: 'fail', status: 'fail', force: 'fail' }
    ],
    [
      'a pull_request-mode app may skip reviews and checks, but cannot force push',
      [rules(rulesetRules), classicOff(), rulesets([rulesetDetail(42, [RELEASE_APP])]), ruleSuites([])],
      {},
      { reviews: 'fail', status: 'fail', force: 'pass' }
    ],
    [
      'bypass list not returned (token without write access to the ruleset): error, never pass',
      [
        rules(rulesetRules),
        classicOff(),
        rulesetsUnreadable(42, 'GitHub returned ruleset 42 without its bypass list.'),
        ruleSuites([])
      ],
      {},
      { reviews: 'error', status: 'error', force: 'error' }
    ],
    [
      'ruleset details never collected: error',
      [rules(rulesetRules), classicOff()],
      {},
      { reviews: 'error', status: 'error', force: 'error' }
    ],
    [
      'classic protection with enforce_admins off: admins skip reviews and checks, not force pushes',
      [rules([]), classicWith({ enforce_admins: { enabled: false } })],
      {},
      { reviews: 'fail', status: 'fail', force: 'pass' }
    ],
    [
      'classic protection with enforce_admins on',
      [rules([]), classicWith({ enforce_admins: { enabled: true } })],
      {},
      { reviews: 'pass', status: 'pass', force: 'pass' }
    ],
    [
      'classic bypass_pull_request_allowances: reviews only',
      [
        rules([]),
        classicWith({
          required_pull_request_reviews: {
            required_approving_review_count: 2,
            bypass_pull_request_allowances: { users: [{ login: 'octocat', id: 1 }], teams: [], apps: [] }
          }
        })
      ],
      {},
      { reviews: 'fail', status: 'pass', force: 'pass' }
    ],
    [
      'classic enforce_admins off, but a ruleset nobody may bypass also requires it',
      [
        rules(rulesetRules),
        classicWith({ enforce_admins: { enabled: false } }),
        rulesets([rulesetDetail(42, [])])
      ],
      {},
      { reviews: 'pass', status: 'pass', force: 'pass' }
    ],
    [
      'only the bypassable ruleset meets the minimum: the unbypassable one requires too few approvals',
      [
        rules([reviewsOnly(42, 2), reviewsOnly(43, 1)]),
        classicOff(),
        rulesets([rulesetDetail(42, [ORG_OWNERS]), rulesetDetail(43, [])]),
        ruleSuites([])
      ],
      { checks: { 'branch-protection': { 'min-approvals': 2 } } },
      { reviews: 'fail' }
    ]
  ]
  test.each(cases)('%s', (_name, records, config, expected) => {
    const results = run(records, config)
    const statuses = Object.fromEntries(
      Object.keys(expected).map((k) => [k, results[k as keyof typeof results].status])
    )
    expect(statuses).toEqual(expected)
  })

  test('a failure names who can bypass: actor type, id and bypass mode', () => {
    const { reviews } = run([
      rules(rulesetRules),
      classicOff(),
      rulesets([rulesetDetail(42, [ADMIN_ROLE, RELEASE_APP])]),
      ruleSuites([])
    ])
    expect(reviews.message).toContain(
      'requires 2 approving review(s) (minimum 1), but it can be bypassed by RepositoryRole 5 (repository admins), bypass_mode always, in ruleset 42 "ruleset-42" (Organization octocat); Integration 812345, bypass_mode pull_request'
    )
    expect(reviews.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'bypass-actor', actorType: 'Integration', actorId: 812345 })
      ])
    )
    expect(reviews.evidence).toContain('evidence/github/octocat/hello-world/rulesets.json')
  })

  test('classic admins are named as such', () => {
    const { reviews } = run([rules([]), classicWith({ enforce_admins: { enabled: false } })])
    expect(reviews.message).toContain(
      'RepositoryRole 5 (repository admins), bypass_mode always, in classic branch protection (enforce_admins off)'
    )
  })

  test('an allowed bypass passes and the finding repeats the reason', () => {
    const { reviews } = run(
      [rules(rulesetRules), classicOff(), rulesets([rulesetDetail(42, [RELEASE_APP])]), ruleSuites([])],
      allow({
        'actor-type': 'Integration',
        'actor-id': 812345,
        reason: 'release-please merges version bumps'
      })
    )
    expect(reviews.status).toBe('pass')
    expect(reviews.message).toContain('Bypass allowed by checks.branch-protection.allowed-bypass')
    expect(reviews.message).toContain('"release-please merges version bumps"')
  })

  test('an unreadable bypass list says what could not be read', () => {
    const { reviews } = run([
      rules(rulesetRules),
      classicOff(),
      rulesetsUnreadable(
        42,
        'GET /orgs/octocat/rulesets/42 was refused (403 Resource not accessible by integration).'
      ),
      ruleSuites([])
    ])
    expect(reviews.message).toContain('who can bypass it could not be read')
    expect(reviews.message).toContain('GET /orgs/octocat/rulesets/42 was refused (403')
  })

  test('bypass events in the period are listed in the details and the message', () => {
    const { reviews } = run(
      [
        rules(rulesetRules),
        classicOff(),
        rulesets([rulesetDetail(42, [ADMIN_ROLE])]),
        ruleSuites([ruleSuite(7001, 'omar-haddad', '2026-11-24T20:00:00Z')])
      ],
      allow({ 'actor-type': 'RepositoryRole', 'actor-id': 5, reason: 'Break-glass' })
    )
    expect(reviews.status).toBe('pass')
    expect(reviews.message).toContain(
      '1 push(es) bypassed a ruleset in the period: omar-haddad at 2026-11-24T20:00:00Z'
    )
    expect(reviews.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'bypass-event', id: 7001, actor_name: 'omar-haddad' })
      ])
    )
  })

  test('rule suites the token cannot read are named; a month-long window is flagged', () => {
    const forbidden = run([
      rules(rulesetRules),
      classicOff(),
      rulesets([rulesetDetail(42, [])]),
      ruleSuitesForbidden()
    ])
    expect(forbidden.reviews.message).toContain(
      'Ruleset bypasses in the period (rule suites) could not be read'
    )
    expect(forbidden.reviews.details).toEqual([expect.objectContaining({ kind: 'bypass-events-note' })])
    const long = run([
      rules(rulesetRules),
      classicOff(),
      rulesets([rulesetDetail(42, [])]),
      ruleSuites([], 'month', true)
    ])
    expect(long.reviews.message).toContain('GitHub keeps rule suites for a month')
  })
})

describe('what GitHub says about the branch itself', () => {
  test('an empty repository (404 "Branch not found") is not_applicable, not error', () => {
    const missing = { ...classic(null), data: { branch: 'main', protected: false, branchMissing: true } }
    const results = run([rules([]), missing])
    expect(Object.values(results).map((r) => r.status)).toEqual(Array(4).fill('not_applicable'))
    expect(results.enabled.message).toContain('404 "Branch not found"')
  })

  test('a private repository on a plan without protection says so', () => {
    const plan = {
      ...classic(null),
      data: {
        branch: 'main',
        protected: false,
        planLimitation:
          'GitHub answered 403 "Upgrade to GitHub Pro or make this repository public to enable this feature."'
      }
    }
    const { enabled } = run([rules([]), plan])
    expect(enabled.status).toBe('fail')
    expect(enabled.message).toContain('Upgrade to GitHub Pro or make this repository public')
    expect(enabled.message).toContain(
      'Upgrade the account to GitHub Pro, Team or Enterprise, or make the repository public'
    )
  })
})
