import { pullRequestsIndependentApproval } from '../../src/checks/github/pull-requests-independent-approval.js'
import { context, pullRequest, pulls } from '../fixtures/github-evidence.js'

describe('github.pull-requests.independent-approval', () => {
  test('passes when every merged PR was approved by someone else before the merge', () => {
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([
        pulls([
          pullRequest(1, 'alice', [{ by: 'bob' }]),
          pullRequest(2, 'bob', [{ by: 'carol' }, { by: 'alice' }])
        ])
      ])
    )
    expect(finding).toMatchObject({
      status: 'pass',
      message: expect.stringContaining('All 2 pull request(s)')
    })
  })

  test('lists each violating PR with the reason', () => {
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([
        pulls([
          pullRequest(1, 'alice', [{ by: 'bob' }]),
          pullRequest(2, 'alice', []),
          pullRequest(3, 'alice', [{ by: 'alice' }]),
          pullRequest(4, 'alice', [{ by: 'bob', at: '2026-11-24T13:00:00Z' }]),
          pullRequest(5, 'alice', [{ by: 'bob', state: 'COMMENTED' }])
        ])
      ])
    )
    expect(finding!.status).toBe('fail')
    expect(finding!.message).toContain('4 of 5')
    expect(finding!.details).toEqual([
      expect.objectContaining({ number: 2, reason: 'merged without an approving review' }),
      expect.objectContaining({ number: 3, reason: 'approved only by its author' }),
      expect.objectContaining({ number: 4, reason: 'merged without an approving review' }),
      expect.objectContaining({ number: 5, reason: 'merged without an approving review' })
    ])
  })

  test('counts distinct approvers against the configured minimum', () => {
    const prs = [pullRequest(1, 'alice', [{ by: 'bob' }, { by: 'bob' }])]
    const [finding] = pullRequestsIndependentApproval.evaluate(
      context([pulls(prs)], { checks: { 'pr-review': { 'min-approvals': 2 } } })
    )
    expect(finding!.details).toEqual([
      expect.objectContaining({
        reason: '1 independent approval(s) of the merged head, 2 required',
        approvers: ['bob']
      })
    ])
  })

  test('an empty population is not applicable, not a pass', () => {
    expect(pullRequestsIndependentApproval.evaluate(context([pulls([])]))[0]!.status).toBe('not_applicable')
  })

  test('a population that could not be collected is an error', () => {
    expect(pullRequestsIndependentApproval.evaluate(context([]))[0]).toMatchObject({ status: 'error' })
  })
})
