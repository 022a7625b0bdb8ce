import { auditLogSettingsInForce } from '../../src/checks/github/audit-log-settings-in-force.js'
import { repoCodeownersValid } from '../../src/checks/github/repo-codeowners-valid.js'
import { repoDeployKeysReadOnly } from '../../src/checks/github/repo-deploy-keys-read-only.js'
import { repoPrivilegedAccess } from '../../src/checks/github/repo-privileged-access.js'
import { repoProductionEnvironments } from '../../src/checks/github/repo-production-environments.js'
import { repoSecurityPolicy } from '../../src/checks/github/repo-security-policy.js'
import type { Check } from '../../src/checks/check.js'
import {
  GITHUB_ORG_EVIDENCE as K,
  orgEvidencePath,
  orgSubject,
  type AuditLogEvent,
  type RepoAccessData
} from '../../src/evidence/github-org.js'
import type { EvidenceRecord } from '../../src/model.js'
import { evidencePath, repoSubject } from '../../src/sources/github/evidence-kinds.js'
import { context, PERIOD, repository } from '../fixtures/github-evidence.js'

const REPO = 'octocat/hello-world'
const HOUR = 3_600_000
const end = Date.parse(PERIOD.end)

function access(overrides: Partial<RepoAccessData> = {}): EvidenceRecord<RepoAccessData> {
  return {
    path: evidencePath(REPO, 'access'),
    source: 'github',
    subject: repoSubject(REPO),
    kind: K.repoAccess,
    requests: [],
    data: {
      nameWithOwner: REPO,
      visibility: 'PRIVATE',
      isSecurityPolicyEnabled: false,
      collaborators: { totalCount: 1, edges: [{ permission: 'ADMIN', node: { login: 'owner' } }] },
      outsideCollaborators: { totalCount: 0, edges: [] },
      deployKeys: { totalCount: 0, nodes: [] },
      environments: { totalCount: 0, nodes: [] },
      codeowners: { errors: [] },
      ...overrides
    }
  }
}
const statusOf = (check: Check, records: EvidenceRecord[]) => {
  const findings = check.evaluate(context(records)).filter((f) => f.subject === repoSubject(REPO))
  expect(findings).toHaveLength(1)
  return findings[0]!
}

describe('per-repository access checks: missing or refused evidence is error', () => {
  test.each([repoPrivilegedAccess, repoDeployKeysReadOnly, repoProductionEnvironments, repoCodeownersValid])(
    '%#: not collected → error',
    (check) => {
      expect(statusOf(check, []).status).toBe('error')
    }
  )
  test('a field GitHub refused is error naming the permission, not "none"', () => {
    const record = access({
      deployKeys: null,
      fieldErrors: { deployKeys: 'Resource not accessible: the token lacks Administration: read' }
    })
    expect(statusOf(repoDeployKeysReadOnly, [record])).toMatchObject({
      status: 'error',
      message: expect.stringContaining('Administration: read')
    })
  })
})

describe('github.repo.outside-collaborators-not-privileged', () => {
  const outside = (permission: 'ADMIN' | 'WRITE') => ({
    collaborators: {
      totalCount: 2,
      edges: [
        { permission: 'ADMIN' as const, node: { login: 'owner' } },
        { permission, node: { login: 'contractor' } }
      ]
    },
    outsideCollaborators: { totalCount: 1, edges: [{ permission, node: { login: 'contractor' } }] }
  })
  test.each([
    ['owners only', {}, 'pass'],
    ['outside collaborator with write', outside('WRITE'), 'pass'],
    ['outside collaborator with admin', outside('ADMIN'), 'fail'],
    ['list truncated', { collaborators: { totalCount: 150, edges: [] } }, 'error'],
    ['no list (no push access)', { collaborators: null }, 'error']
  ])('%s', (_name, overrides, status) => {
    expect(statusOf(repoPrivilegedAccess, [access(overrides as Partial<RepoAccessData>)]).status).toBe(status)
  })
  test('admins and outside collaborators are listed for the access review', () => {
    const finding = statusOf(repoPrivilegedAccess, [access(outside('WRITE'))])
    expect(finding.message).toContain('contractor (WRITE)')
    expect(finding.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ login: 'contractor', outside: true })])
    )
  })
})

describe('github.repo.deploy-keys-read-only', () => {
  const key = (title: string, readOnly: boolean) => ({
    id: title,
    title,
    readOnly,
    createdAt: '2025-01-01T00:00:00Z'
  })
  test.each([
    ['no keys', [], 'not_applicable'],
    ['read-only key', [key('mirror', true)], 'pass'],
    ['write key', [key('mirror', true), key('atlantis', false)], 'fail']
  ])('%s', (_name, nodes, status) => {
    expect(
      statusOf(repoDeployKeysReadOnly, [access({ deployKeys: { totalCount: nodes.length, nodes } })]).status
    ).toBe(status)
  })
})

describe('github.repo.production-environments-protected', () => {
  const env = (name: string, ...types: string[]) => ({
    name,
    protectionRules: { nodes: types.map((type) => ({ type })) }
  })
  test.each([
    ['no environments', [], 'not_applicable'],
    ['only staging', [env('staging')], 'not_applicable'],
    [
      'production with reviewers and branch policy',
      [env('production', 'REQUIRED_REVIEWERS', 'BRANCH_POLICY')],
      'pass'
    ],
    ['production with a wait timer only', [env('production', 'WAIT_TIMER')], 'fail'],
    ['prod-eu without branch policy', [env('prod-eu', 'REQUIRED_REVIEWERS')], 'fail']
  ])('%s', (_name, nodes, status) => {
    expect(
      statusOf(repoProductionEnvironments, [access({ environments: { totalCount: nodes.length, nodes } })])
        .status
    ).toBe(status)
  })
})

describe('github.repo.codeowners-valid', () => {
  const error = {
    line: 4,
    column: 1,
    kind: 'Unknown owner',
    message: 'Unknown owner on line 4',
    path: '.github/CODEOWNERS'
  }
  test.each([
    ['valid', { errors: [] }, 'pass'],
    ['no file', null, 'fail'],
    ['an unknown owner', { errors: [error] }, 'fail']
  ])('%s', (_name, codeowners, status) => {
    expect(statusOf(repoCodeownersValid, [access({ codeowners })]).status).toBe(status)
  })
  test('errors point at the line', () => {
    expect(statusOf(repoCodeownersValid, [access({ codeowners: { errors: [error] } })]).locations).toEqual([
      { path: '.github/CODEOWNERS', line: 4, message: 'Unknown owner' }
    ])
  })
})

describe('github.repo.security-policy', () => {
  test.each([
    ['private', 'PRIVATE', false, 'not_applicable'],
    ['public with a policy', 'PUBLIC', true, 'pass'],
    ['public without', 'PUBLIC', false, 'fail'],
    ['public, not returned', 'PUBLIC', null, 'error']
  ] as const)('%s', (_name, visibility, enabled, status) => {
    expect(
      statusOf(repoSecurityPolicy, [access({ visibility, isSecurityPolicyEnabled: enabled })]).status
    ).toBe(status)
  })
})

describe('github.audit-log.settings-in-force', () => {
  const ORG = 'octocat'
  const audit = (
    events: Partial<AuditLogEvent>[] | undefined,
    error?: EvidenceRecord['error']
  ): EvidenceRecord[] => [
    {
      path: orgEvidencePath(ORG, 'organization'),
      source: 'github',
      subject: orgSubject(ORG),
      kind: K.organization,
      requests: [],
      data: { login: ORG, id: 1 }
    },
    {
      path: orgEvidencePath(ORG, 'audit-log'),
      source: 'github',
      subject: orgSubject(ORG),
      kind: K.auditLog,
      requests: [],
      ...(error ? { error } : { data: { phrases: [], events: events as AuditLogEvent[] } })
    }
  ]
  const event = (
    action: string,
    hoursBeforeEnd: number,
    actor: string,
    extra: Partial<AuditLogEvent> = {}
  ) => ({
    action,
    actor,
    '@timestamp': end - hoursBeforeEnd * HOUR,
    repo: REPO,
    name: 'main',
    ...extra
  })
  const findings = (records: EvidenceRecord[]) =>
    auditLogSettingsInForce.evaluate(context(records, {}, repository()))
  const repoFinding = (records: EvidenceRecord[]) =>
    findings(records).find((f) => f.subject === repoSubject(REPO))!
  const orgFinding = (records: EvidenceRecord[]) =>
    findings(records).find((f) => f.subject === orgSubject(ORG))!

  test('no event in the period: in force 100%, pass for the repository and the 2FA requirement', () => {
    expect(repoFinding(audit([])).status).toBe('pass')
    expect(repoFinding(audit([])).message).toContain('100% of the period')
    expect(orgFinding(audit([])).status).toBe('pass')
  })

  test('protection off for 2 h: fail, with the interval, who switched it off and who restored it', () => {
    const finding = repoFinding(
      audit([event('protected_branch.destroy', 10, 'bob'), event('protected_branch.create', 8, 'alice')])
    )
    expect(finding.status).toBe('fail')
    expect(finding.message).toContain('in force 91.7% of the period')
    expect(finding.message).toContain('off for 2 h on 2026-11-24')
    expect(finding.message).toContain('by bob (protected_branch.destroy)')
    expect(finding.message).toContain('restored at 2026-11-24T16:00Z by alice (protected_branch.create)')
  })

  test.each([
    [
      'still off at the end',
      [event('protected_branch.destroy', 3, 'bob')],
      'fail',
      'still off at the end of the period'
    ],
    [
      'created during the period: off before',
      [event('protected_branch.create', 6, 'alice')],
      'fail',
      'not in force from the start'
    ],
    [
      'ruleset switched to evaluate and back',
      [
        event('repository_ruleset.update', 5, 'bob', {
          ruleset_name: 'prod',
          ruleset_enforcement: 'evaluate'
        }),
        event('repository_ruleset.update', 4, 'alice', {
          ruleset_name: 'prod',
          ruleset_enforcement: 'active'
        })
      ],
      'fail',
      'ruleset "prod" in force'
    ],
    [
      'a change that does not switch it off',
      [event('protected_branch.update', 5, 'bob')],
      'pass',
      'Changed without being switched off'
    ],
    [
      'another repository’s events',
      [event('protected_branch.destroy', 3, 'bob', { repo: 'octocat/other' })],
      'pass',
      '100%'
    ],
    ['an event before the period', [event('protected_branch.destroy', 30, 'bob')], 'pass', '100%']
  ])('%s', (_name, events, status, text) => {
    const finding = repoFinding(audit(events))
    expect(finding.status).toBe(status)
    expect(finding.message).toContain(text)
  })

  test('2FA requirement switched off and on again: the org finding fails', () => {
    const events = [
      { action: 'org.disable_two_factor_requirement', actor: 'bob', '@timestamp': end - 5 * HOUR },
      { action: 'org.enable_two_factor_requirement', actor: 'alice', '@timestamp': end - 4 * HOUR }
    ]
    expect(orgFinding(audit(events))).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('2FA requirement')
    })
  })

  test('audit log unavailable (404, not Enterprise Cloud): error saying the timeline is not derivable, never pass', () => {
    const records = audit(undefined, { status: 404, message: 'Not Found' })
    for (const finding of findings(records)) {
      expect(finding.status).toBe('error')
      expect(finding.message).toContain('GitHub Enterprise Cloud only')
      expect(finding.message).toContain('not derivable')
    }
  })

  test('a token without the permission (403): error naming it', () => {
    const records = audit(undefined, {
      status: 403,
      message: 'refused: the token lacks the read:audit_log scope'
    })
    expect(repoFinding(records)).toMatchObject({
      status: 'error',
      message: expect.stringContaining('read:audit_log')
    })
  })
})
