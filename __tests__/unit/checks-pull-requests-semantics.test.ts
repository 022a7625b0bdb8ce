import { pullRequestsIndependentApproval } from '../../src/checks/github/pull-requests-independent-approval.js'
import { assessApprovals } from '../../src/checks/github/review-rules.js'
import { branchPattern, matchesBranch } from '../../src/sources/github/branch-patterns.js'
import type { PullRequestNode, ReviewNode } from '../../src/sources/github/types.js'
import {
  classic,
  classicProtection,
  context,
  pulls,
  rules,
  rulesetRules
} from '../fixtures/github-evidence.js'

/** A merged PR as GitHub's GraphQL search returns it (PULL_REQUEST_FIELDS of repo-activity.ts). */
const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
const OLDER = 'c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c'
function pr(
  number: number,
  reviews: (ReviewNode | null)[],
  extra: Partial<PullRequestNode> = {}
): PullRequestNode {
  return {
    number,
    title: `Change ${number}`,
    url: `https://github.com/octocat/hello-world/pull/${number}`,
    createdAt: '2026-11-24T08:00:00Z',
    mergedAt: '2026-11-24T12:00:00Z',
    baseRefName: 'main',
    headRefOid: HEAD,
    reviewDecision: 'APPROVED',
    author: { __typename: 'User', login: 'alice' },
    mergedBy: { __typename: 'User', login: 'alice' },
    mergeCommit: { oid: `e5bd3914e2e596debea16f433f57875b5b90bcd${number % 10}` },
    reviews: { totalCount: reviews.length, nodes: reviews },
    ...extra
  }
}
const review = (
  login: string | null,
  state: string,
  submittedAt: string,
  oid: string | null = HEAD,
  type = 'User'
): ReviewNode => ({
  author: login === null ? null : { __typename: type, login },
  state,
  submittedAt,
  commit: oid === null ? null : { oid }
})

describe('latest review per reviewer (GitHub: a change request stands until the same reviewer approves)', () => {
  test.each([
    {
      name: 'approved, then changes requested: not an approval',
      reviews: [
        review('bob', 'APPROVED', '2026-11-24T10:00:00Z'),
        review('bob', 'CHANGES_REQUESTED', '2026-11-24T11:00:00Z')
      ],
      approvers: [],
      withdrawn: [{ by: 'bob', state: 'CHANGES_REQUESTED' }]
    },
    {
      name: 'approved, then dismissed (state DISMISSED): not an approval',
      reviews: [review('bob', 'DISMISSED', '2026-11-24T10:00:00Z')],
      approvers: [],
      withdrawn: []
    },
    {
      name: 'approval dismissed, then approved again: an approval',
      reviews: [
        review('bob', 'DISMISSED', '2026-11-24T10:00:00Z'),
        review('bob', 'APPROVED', '2026-11-24T11:00:00Z')
      ],
      approvers: ['bob'],
      withdrawn: []
    },
    {
      name: 'changes requested, then approved: an approval',
      reviews: [
        review('bob', 'CHANGES_REQUESTED', '2026-11-24T09:00:00Z'),
        review('bob', 'APPROVED', '2026-11-24T11:00:00Z')
      ],
      approvers: ['bob'],
      withdrawn: []
    },
    {
      name: 'approved, then a comment: a comment supersedes nothing',
      reviews: [
        review('bob', 'APPROVED', '2026-11-24T10:00:00Z'),
        review('bob', 'COMMENTED', '2026-11-24T11:00:00Z')
      ],
      approvers: ['bob'],
      withdrawn: []
    },
    {
      name: 'a change request after the merge does not take the approval back',
      reviews: [
        review('bob', 'APPROVED', '2026-11-24T10:00:00Z'),
        review('bob', 'CHANGES_REQUESTED', '2026-11-24T13:00:00Z')
      ],
      approvers: ['bob'],
      withdrawn: []
    },
    {
      name: 'order by submittedAt, not by position in the connection',
      reviews: [
        review('bob', 'CHANGES_REQUESTED', '2026-11-24T11:00:00Z'),
        review('bob', 'APPROVED', '2026-11-24T10:00:00Z')
      ],
      approvers: [],
      withdrawn: [{ by: 'bob', state: 'CHANGES_REQUESTED' }]
    }
  ])('$name', ({ reviews, approvers, withdrawn }) => {
    const assessment = assessApprovals(pr(1, reviews))
    expect(assessment.approvers).toEqual(approvers)
    expect(assessment.withdrawn).toEqual(withdrawn)
  })

  test('the finding names the withdrawn approval', () => {
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([
        pulls([
          pr(
            7,
            [
              review('bob', 'APPROVED', '2026-11-24T10:00:00Z'),
              review('bob', 'CHANGES_REQUESTED', '2026-11-24T11:00:00Z')
            ],
            {
              mergedBy: { __typename: 'User', login: 'admin-ann' }
            }
          )
        ])
      ])
    )
    expect(finding).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(
        '#7 (approval by bob was withdrawn (latest review before merge: CHANGES_REQUESTED))'
      ),
      details: [
        expect.objectContaining({
          number: 7,
          mergedBy: 'admin-ann',
          withdrawn: [{ by: 'bob', state: 'CHANGES_REQUESTED' }]
        })
      ]
    })
  })
})

describe('an approval must cover the merged head (review commit.oid = headRefOid)', () => {
  test('an approval of an older commit fails, naming the PR, the approved commit and the unreviewed head', () => {
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([pulls([pr(12, [review('bob', 'APPROVED', '2026-11-24T10:00:00Z', OLDER)])])])
    )
    expect(finding!.status).toBe('fail')
    expect(finding!.message).toContain(
      `#12 (approval by bob was given on ${OLDER.slice(0, 12)}, but the merged head ${HEAD.slice(0, 12)} was never approved)`
    )
    expect(finding!.details).toEqual([
      expect.objectContaining({
        number: 12,
        headRefOid: HEAD,
        staleApprovals: [{ by: 'bob', commit: OLDER }]
      })
    ])
  })

  test('a stale approval followed by an approval of the head passes', () => {
    const reviews = [
      review('bob', 'APPROVED', '2026-11-24T09:00:00Z', OLDER),
      review('bob', 'APPROVED', '2026-11-24T11:00:00Z', HEAD)
    ]
    expect(assessApprovals(pr(1, reviews)).approvers).toEqual(['bob'])
  })

  test('an approval whose commit no longer exists (commit: null) does not cover the head', () => {
    const assessment = assessApprovals(pr(1, [review('bob', 'APPROVED', '2026-11-24T10:00:00Z', null)]))
    expect(assessment).toMatchObject({ approvers: [], staleApprovals: [{ by: 'bob', commit: null }] })
  })
})

describe('who counts as an independent approver', () => {
  test.each([
    {
      name: 'a GitHub App (GraphQL type Bot, login without [bot])',
      login: 'dependabot',
      type: 'Bot',
      bots: []
    },
    { name: 'a [bot] login', login: 'renovate[bot]', type: 'User', bots: [] },
    { name: 'a configured machine user', login: 'ci-robot', type: 'User', bots: ['CI-Robot'] }
  ])('$name does not count', ({ login, type, bots }) => {
    const assessment = assessApprovals(
      pr(1, [review(login, 'APPROVED', '2026-11-24T10:00:00Z', HEAD, type)]),
      bots
    )
    expect(assessment).toMatchObject({ approvers: [], botApprovers: [login] })
  })

  test('bot accounts from the config reach the check', () => {
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([pulls([pr(3, [review('ci-robot', 'APPROVED', '2026-11-24T10:00:00Z')])])], {
        checks: { 'pr-review': { 'bot-accounts': ['ci-robot'] } }
      })
    )
    expect(finding!.message).toContain('#3 (approved by bot account(s) ci-robot, which do not count)')
  })

  test('a deleted reviewer (author: null) and null review items never crash and never count', () => {
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([
        pulls([
          pr(4, [null, review(null, 'APPROVED', '2026-11-24T10:00:00Z')], { author: null, mergedBy: null })
        ])
      ])
    )
    expect(finding).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(
        '#4 (1 review item(s) returned as null (unknown reviewer); 1 approval(s) by a deleted account (unknown approver))'
      ),
      details: [expect.objectContaining({ author: null, mergedBy: null })]
    })
  })

  test('a null review item next to an approval is undecided: it may be a change request', () => {
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([pulls([pr(8, [review('bob', 'APPROVED', '2026-11-24T10:00:00Z'), null])])])
    )
    expect(finding).toMatchObject({
      status: 'error',
      message: expect.stringContaining(
        '#8: 1 review item(s) returned as null, which may withdraw an approval'
      )
    })
  })

  test('a PR with more reviews than were recorded is undecided: error, never pass', () => {
    const reviews = { totalCount: 140, nodes: [review('bob', 'APPROVED', '2026-11-24T10:00:00Z')] }
    const [finding] = pullRequestsIndependentApproval.evaluate(context([pulls([pr(5, [], { reviews })])]))
    expect(finding).toMatchObject({
      status: 'error',
      message: expect.stringContaining('#5: 1 of 140 review(s) recorded')
    })
  })

  test('a null list of review nodes is undecided, not a crash', () => {
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([pulls([pr(9, [], { reviews: { totalCount: 1, nodes: null } })])])
    )
    expect(finding).toMatchObject({
      status: 'error',
      message: expect.stringContaining('#9: 0 of 1 review(s) recorded')
    })
  })

  test('a null reviews connection is undecided', () => {
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([pulls([pr(6, [], { reviews: null })])])
    )
    expect(finding!.status).toBe('error')
  })
})

describe('code-owner review where the branch rules require it', () => {
  const approved = [review('bob', 'APPROVED', '2026-11-24T10:00:00Z')]
  const codeOwnerRules = rulesetRules.map((rule) =>
    rule.type === 'pull_request'
      ? { ...rule, parameters: { ...rule.parameters, require_code_owner_review: true } }
      : rule
  )
  test("passes on GitHub's review decision APPROVED, and says what it relied on", () => {
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([pulls([pr(1, approved)]), rules(codeOwnerRules), classic(null)])
    )
    expect(finding).toMatchObject({
      status: 'pass',
      message: expect.stringContaining(
        "Code-owner review is required (ruleset 42); GitHub's review decision, read when collected, was APPROVED for each."
      )
    })
  })

  test('fails when GitHub says review is still required', () => {
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([
        pulls([pr(2, approved, { reviewDecision: 'REVIEW_REQUIRED' })]),
        rules([]),
        classic(classicProtection)
      ])
    )
    expect(finding).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(
        "#2 (code-owner review is required (classic branch protection) and GitHub's review decision is REVIEW_REQUIRED)"
      )
    })
  })

  test('is an error when GitHub recorded no decision: which approvers are code owners is not in the evidence', () => {
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([pulls([pr(3, approved, { reviewDecision: null })]), rules(codeOwnerRules), classic(null)])
    )
    expect(finding).toMatchObject({
      status: 'error',
      message: expect.stringContaining('#3: code-owner review is required')
    })
  })

  test('says so when the rules could not be read', () => {
    const [finding] = pullRequestsIndependentApproval.evaluate(context([pulls([pr(4, approved)])]))
    expect(finding!.message).toContain('Whether code-owner review is required is not known')
  })
})

describe('population and completeness', () => {
  const population = (overrides: Record<string, unknown>, prs: PullRequestNode[]) => {
    const record = pulls(prs)
    return { ...record, data: { ...record.data!, ...overrides } }
  }

  test('search issueCount above the PRs retrieved is an error naming both counts', () => {
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([population({ totalCount: 3, retrieved: 2, unresolved: 1 }, [pr(1, []), pr(2, [])])])
    )
    expect(finding).toMatchObject({
      status: 'error',
      message: expect.stringContaining(
        "GitHub's search reported 3 merged pull request(s) in the period, but 2 were retrieved (1 of them null items)"
      )
    })
  })

  test('the window searched before the period start is named, and excluded branches are reported', () => {
    const window = { start: '2026-11-23T23:00:00.000Z', end: '2026-11-25T00:00:00.000Z' }
    const approvedPr = pr(1, [review('bob', 'APPROVED', '2026-11-24T10:00:00Z')])
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([
        population(
          {
            window,
            branches: ['main', 'release/*'],
            retrieved: 2,
            totalCount: 2,
            excluded: [{ number: 9, baseRefName: 'feature/x' }]
          },
          [approvedPr]
        )
      ])
    )
    expect(finding!.status).toBe('pass')
    expect(finding!.message).toContain('merged into main, release/* in the period and the 60 min before it')
    expect(finding!.message).toContain(
      '1 PR(s) merged into other branches (feature/x) are outside the population.'
    )
  })

  test.each([
    ['release/*', 'release/2025.06', true],
    ['release/*', 'release/2025/06', false],
    ['release/**', 'release/2025/06', true],
    ['release/**/*', 'release/x', true],
    ['main', 'main', true],
    ['main', 'maintenance', false],
    ['v?.x', 'v1.x', true],
    ['hotfix.*', 'hotfixX1', false]
  ])('branch pattern %s matches %s: %s', (pattern, branch, expected) => {
    expect(branchPattern(pattern).test(branch)).toBe(expected)
  })

  test('the default branch is always in the population', () => {
    expect(matchesBranch('main', ['main', 'release/*'])).toBe(true)
    expect(matchesBranch('feature/stacked', ['main', 'release/*'])).toBe(false)
  })
})
