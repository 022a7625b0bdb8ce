import { branchProtectionEnabled } from '../../src/checks/github/branch-protection-enabled.js'
import { branchProtectionForcePushBlocked } from '../../src/checks/github/branch-protection-force-push-blocked.js'
import { branchProtectionRequiredReviews } from '../../src/checks/github/branch-protection-required-reviews.js'
import { branchProtectionRequiredStatusChecks } from '../../src/checks/github/branch-protection-required-status-checks.js'
import type { EvidenceRecord } from '../../src/model.js'
import {
  classic,
  classicForbidden,
  classicProtection,
  context,
  repository,
  rules,
  rulesFailed,
  rulesetDetail,
  rulesetRules,
  rulesets,
  ruleSuites
} from '../fixtures/github-evidence.js'

const ruleOfType = (type: string) => rulesetRules.filter((rule) => rule.type === type)

describe('branch protection checks', () => {
  const cases: [string, EvidenceRecord[], Record<string, string>][] = [
    [
      'org ruleset with everything and an empty bypass list, classic unreadable (403)',
      [rules(rulesetRules), classicForbidden(), rulesets([rulesetDetail(42, [])]), ruleSuites([])],
      { enabled: 'pass', reviews: 'pass', force: 'pass', status: 'pass' }
    ],
    [
      'classic protection only',
      [rules([]), classic(classicProtection)],
      { enabled: 'pass', reviews: 'pass', force: 'pass', status: 'pass' }
    ],
    [
      'nothing at all',
      [rules([]), classic(null)],
      { enabled: 'fail', reviews: 'fail', force: 'fail', status: 'fail' }
    ],
    [
      'no rules and classic unreadable: never "unprotected"',
      [rules([]), classicForbidden()],
      { enabled: 'error', reviews: 'error', force: 'error', status: 'error' }
    ],
    [
      'ruleset blocks deletion only',
      [rules(ruleOfType('deletion')), classic(null)],
      { enabled: 'pass', reviews: 'fail', force: 'fail', status: 'fail' }
    ],
    [
      'classic allows force pushes',
      [rules([]), classic({ ...classicProtection, allow_force_pushes: { enabled: true } })],
      { enabled: 'pass', reviews: 'pass', force: 'fail', status: 'pass' }
    ],
    [
      'rules endpoint failed, classic satisfies',
      [rulesFailed(), classic(classicProtection)],
      { enabled: 'pass', reviews: 'pass', force: 'pass', status: 'pass' }
    ],
    [
      'rules and classic combine: reviews from the ruleset, status checks from classic',
      [
        rules([...ruleOfType('pull_request'), ...ruleOfType('non_fast_forward'), ...ruleOfType('deletion')]),
        classic({ ...classicProtection, required_pull_request_reviews: null }),
        rulesets([rulesetDetail(42, [])])
      ],
      { enabled: 'pass', reviews: 'pass', force: 'pass', status: 'pass' }
    ],
    ['no evidence collected', [], { enabled: 'error', reviews: 'error', force: 'error', status: 'error' }]
  ]
  test.each(cases)('%s', (_name, records, expected) => {
    const ctx = context(records)
    const statuses = {
      enabled: branchProtectionEnabled.evaluate(ctx)[0]!.status,
      reviews: branchProtectionRequiredReviews.evaluate(ctx)[0]!.status,
      force: branchProtectionForcePushBlocked.evaluate(ctx)[0]!.status,
      status: branchProtectionRequiredStatusChecks.evaluate(ctx)[0]!.status
    }
    expect(statuses).toEqual(expected)
  })

  test('the minimum number of approvals comes from the config', () => {
    const records = [rules(ruleOfType('pull_request')), classic(null)]
    expect(
      branchProtectionRequiredReviews.evaluate(
        context(records, { checks: { 'branch-protection': { 'min-approvals': 3 } } })
      )[0]
    ).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('requires 2 approving review(s); at least 3 required')
    })
  })

  test('an unreadable source is named in the error, with the permission to grant', () => {
    const [finding] = branchProtectionEnabled.evaluate(context([rules([]), classicForbidden()]))
    expect(finding!.message).toContain('administration: read')
    expect(finding!.subject).toBe('github:octocat/hello-world')
    expect(finding!.evidence).toEqual([
      'evidence/github/octocat/hello-world/branch-rules.json',
      'evidence/github/octocat/hello-world/branch-protection.json'
    ])
  })

  test('archived repositories are not applicable; unreadable repositories are errors', () => {
    expect(branchProtectionEnabled.evaluate(context([], {}, repository({ archived: true })))[0]!.status).toBe(
      'not_applicable'
    )
  })
})
