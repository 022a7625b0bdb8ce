import {
  commitsOutsidePullRequests,
  defaultBranchChangesViaPullRequests
} from '../../src/checks/github/default-branch-changes-via-pull-requests.js'
import type { EvidenceRecord } from '../../src/model.js'
import { GITHUB_EVIDENCE, evidencePath, repoSubject } from '../../src/sources/github/evidence-kinds.js'
import type { BranchCommitNode, BranchCommitsEvidence } from '../../src/sources/github/types.js'
import { context, PERIOD, pullRequest, pulls } from '../fixtures/github-evidence.js'

/** A history node as GraphQL returns it for COMMIT_FIELDS in repo-activity.ts. */
function commit(
  oid: string,
  parents: string[],
  pulls: { number: number; mergedAt: string | null; baseRefName: string }[] = [],
  who = { name: 'Mona Lisa', login: 'octocat' }
): BranchCommitNode {
  return {
    oid: oid.padEnd(40, '0'),
    committedDate: '2026-11-24T10:00:00Z',
    messageHeadline: `Commit ${oid}`,
    author: { name: who.name, user: { login: who.login } },
    committer: { name: 'GitHub', user: { login: 'web-flow' } },
    parents: { nodes: parents.map((p) => ({ oid: p.padEnd(40, '0') })) },
    associatedPullRequests: { nodes: pulls }
  }
}
const merged = (number: number, baseRefName = 'main') => ({
  number,
  mergedAt: '2026-11-24T10:00:00Z',
  baseRefName
})

function history(
  commits: (BranchCommitNode | null)[],
  totalCount = commits.length
): EvidenceRecord<BranchCommitsEvidence> {
  const fullName = 'octocat/hello-world'
  return {
    path: evidencePath(fullName, 'default-branch-commits'),
    source: 'github',
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.defaultBranchCommits,
    requests: [{ method: 'POST', path: '/graphql', time: PERIOD.end, status: 200 }],
    data: {
      branch: 'main',
      window: { start: '2026-11-23T23:00:00.000Z', end: PERIOD.end },
      totalCount,
      commits
    }
  }
}
const evaluate = (...records: EvidenceRecord[]) =>
  defaultBranchChangesViaPullRequests.evaluate(context(records))[0]!

describe('github.default-branch.changes-via-pull-requests', () => {
  test('passes when every commit came through a merged PR into the branch', () => {
    const finding = evaluate(history([commit('b', ['a'], [merged(2)]), commit('a', ['z'], [merged(1)])]))
    expect(finding).toMatchObject({
      status: 'pass',
      subject: 'github:octocat/hello-world',
      message:
        'All 2 commit(s) committed to main in the period and the 60 min before it came through a merged pull request into main.'
    })
  })

  test('a direct push fails, listed by SHA, author and committer; the pusher is said to be unknown', () => {
    const push = commit('d1', ['b'], [], { name: 'Root Admin', login: 'root-admin' })
    push.committer = { name: 'Root Admin', user: { login: 'root-admin' } }
    const finding = evaluate(history([push, commit('b', ['a'], [merged(2)])]))
    expect(finding.status).toBe('fail')
    expect(finding.message).toBe(
      `1 of 2 commit(s) on main in the period and the 60 min before it did not come through a merged pull request: ${'d1'.padEnd(12, '0')} "Commit d1" by Root Admin (root-admin), committed by Root Admin (root-admin). The pusher is not in GitHub's commit data; the organisation audit log names it.`
    )
    expect(finding.details).toEqual([
      expect.objectContaining({ oid: 'd1'.padEnd(40, '0'), author: 'Root Admin (root-admin)', pusher: null })
    ])
  })

  test('a commit whose only PR is open or into another branch did not come through a PR into main', () => {
    const finding = evaluate(
      history([
        commit('c', ['b'], [{ number: 5, mergedAt: null, baseRefName: 'main' }]),
        commit('b', ['a'], [merged(4, 'feature/x')])
      ])
    )
    expect(finding.status).toBe('fail')
    expect(finding.details).toHaveLength(2)
  })

  test('the side commits of a merge commit of a PR into main are covered; a direct push before them is not', () => {
    // main: m (merge of PR #3: parents p, s2) ← p (direct push) ← base; side: s2 ← s1 ← p
    const commits = [
      commit('m', ['p', 's2'], [merged(3)]),
      commit('s2', ['s1'], [merged(7, 'feature/y')]),
      commit('s1', ['p']),
      commit('p', ['base'])
    ]
    expect(commitsOutsidePullRequests('main', commits, new Set()).map((c) => c.oid[0])).toEqual(['p'])
  })

  test('a merge commit of a PR in the population counts even without associatedPullRequests', () => {
    const merge = commit('m', ['a'])
    merge.associatedPullRequests = null
    const pr = pullRequest(9, 'alice', [{ by: 'bob' }])
    pr.mergeCommit = { oid: merge.oid }
    expect(evaluate(history([merge]), pulls([pr])).status).toBe('pass')
  })

  test('null commits and a count gap are an error naming both counts', () => {
    const finding = evaluate(history([commit('a', ['z'], [merged(1)]), null], 3))
    expect(finding).toMatchObject({
      status: 'error',
      message: expect.stringContaining(
        'GitHub reported 3 commit(s) on main in the period and the 60 min before it, but 1 were retrieved'
      )
    })
  })

  test('no commits is not applicable; missing evidence is an error', () => {
    expect(evaluate(history([])).status).toBe('not_applicable')
    expect(evaluate().status).toBe('error')
  })
})
