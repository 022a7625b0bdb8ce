import { actionsAllowedActions } from '../../src/checks/github/actions-allowed-actions.js'
import { actionsDefaultTokenReadOnly } from '../../src/checks/github/actions-default-token-read-only.js'
import { actionsForkPrApproval } from '../../src/checks/github/actions-fork-pr-approval.js'
import { actionsRunnerGroupsPrivate } from '../../src/checks/github/actions-runner-groups-private.js'
import { codeScanningAlertsWithinSla } from '../../src/checks/github/code-scanning-alerts-within-sla.js'
import { orgBasePermission } from '../../src/checks/github/org-base-permission.js'
import { orgOwners } from '../../src/checks/github/org-owners.js'
import { orgRepositoryCreation } from '../../src/checks/github/org-repository-creation.js'
import { orgTwoFactorRequired } from '../../src/checks/github/org-two-factor-required.js'
import { orgWebhooksSecure } from '../../src/checks/github/org-webhooks-secure.js'
import { secretScanningOpenAlerts } from '../../src/checks/github/secret-scanning-open-alerts.js'
import { secretScanningPushProtectionBypasses } from '../../src/checks/github/secret-scanning-push-protection-bypasses.js'
import type { Check } from '../../src/checks/check.js'
import {
  GITHUB_ORG_EVIDENCE as K,
  orgEvidencePath,
  orgSubject,
  type CodeScanningAlert,
  type OrganizationData,
  type SecretScanningAlert
} from '../../src/evidence/github-org.js'
import type { EvidenceRecord } from '../../src/model.js'
import { context, PERIOD } from '../fixtures/github-evidence.js'

const ORG = 'octocat'
const DAY = 86_400_000
const daysBeforeEnd = (d: number) => new Date(Date.parse(PERIOD.end) - d * DAY).toISOString()

function orgRecord(kind: string, data: unknown, error?: EvidenceRecord['error']): EvidenceRecord {
  return {
    path: orgEvidencePath(ORG, kind),
    source: 'github',
    subject: orgSubject(ORG),
    kind,
    requests: [],
    ...(error ? { error } : { data })
  }
}
const organization = (overrides: Partial<OrganizationData> = {}) =>
  orgRecord(K.organization, {
    login: ORG,
    id: 1,
    two_factor_requirement_enabled: true,
    default_repository_permission: 'read',
    members_can_create_repositories: false,
    ...overrides
  })
const members = (...logins: string[]) => logins.map((login, id) => ({ login, id }))
const refused = { status: 403, message: 'refused: the token lacks organization Administration: read.' }

function run(check: Check, records: EvidenceRecord[], config: unknown = {}) {
  return check
    .evaluate(context([organization(), ...records], config))
    .filter((f) => f.subject === orgSubject(ORG))
}
function statusOf(check: Check, records: EvidenceRecord[], config: unknown = {}) {
  const findings = run(check, records, config)
  expect(findings).toHaveLength(1)
  return findings[0]!.status
}

describe('organisation checks: no organisation record, no finding; a user account is not applicable', () => {
  test('a user-owned repository: not_applicable, never pass', () => {
    const user: EvidenceRecord = {
      ...orgRecord(K.organization, undefined, { status: 404, message: 'Not Found' }),
      notes: { notAnOrganization: true }
    }
    const [finding] = orgTwoFactorRequired.evaluate(context([user]))
    expect(finding).toMatchObject({ status: 'not_applicable', subject: orgSubject(ORG) })
  })
})

describe('github.org.two-factor-required', () => {
  test.each([
    ['required, nobody without', organization(), members(), 'pass'],
    ['not required', organization({ two_factor_requirement_enabled: false }), members('eve'), 'fail'],
    [
      'withheld from a non-owner',
      organization({ two_factor_requirement_enabled: undefined }),
      members(),
      'error'
    ]
  ])('%s', (_name, org, without, status) => {
    const findings = orgTwoFactorRequired.evaluate(context([org, orgRecord(K.membersWithout2fa, without)]))
    expect(findings[0]!.status).toBe(status)
  })
  test('the 2FA-disabled list refused: error, naming why', () => {
    const [finding] = run(orgTwoFactorRequired, [orgRecord(K.membersWithout2fa, undefined, refused)])
    expect(finding).toMatchObject({ status: 'error', message: expect.stringContaining('Administration') })
  })
  test('members without 2FA are named', () => {
    const findings = orgTwoFactorRequired.evaluate(
      context([
        organization({ two_factor_requirement_enabled: false }),
        orgRecord(K.membersWithout2fa, members('eve', 'bob'))
      ])
    )
    expect(findings[0]!.message).toContain('2 member(s) without it: bob, eve')
  })
})

describe('github.org.base-permission', () => {
  test.each([
    ['read', 'pass'],
    ['none', 'pass'],
    ['write', 'fail'],
    ['admin', 'fail'],
    [undefined, 'error']
  ])('%s → %s', (base, status) => {
    const findings = orgBasePermission.evaluate(
      context([organization({ default_repository_permission: base })])
    )
    expect(findings[0]!.status).toBe(status)
  })
})

describe('github.org.repository-creation-restricted', () => {
  test.each([
    [false, 'pass'],
    [true, 'fail'],
    [null, 'error']
  ])('members_can_create_repositories %s → %s', (create, status) => {
    const findings = orgRepositoryCreation.evaluate(
      context([organization({ members_can_create_repositories: create })])
    )
    expect(findings[0]!.status).toBe(status)
  })
})

describe('github.org.owners', () => {
  test.each([
    ['one owner', members('alice'), 'fail'],
    ['two owners', members('alice', 'bob'), 'pass'],
    ['five owners', members('a', 'b', 'c', 'd', 'e'), 'pass'],
    ['six owners', members('a', 'b', 'c', 'd', 'e', 'f'), 'fail'],
    ['none visible', members(), 'error']
  ])('%s', (_name, owners, status) => {
    expect(statusOf(orgOwners, [orgRecord(K.owners, owners)])).toBe(status)
  })
  test('refused: error', () => {
    expect(statusOf(orgOwners, [orgRecord(K.owners, undefined, refused)])).toBe('error')
  })
})

describe('github.actions.default-token-read-only', () => {
  test.each([
    [
      'read, no approvals',
      { default_workflow_permissions: 'read', can_approve_pull_request_reviews: false },
      'pass'
    ],
    ['write', { default_workflow_permissions: 'write', can_approve_pull_request_reviews: false }, 'fail'],
    [
      'read, Actions may approve',
      { default_workflow_permissions: 'read', can_approve_pull_request_reviews: true },
      'fail'
    ]
  ])('%s', (_name, data, status) => {
    expect(statusOf(actionsDefaultTokenReadOnly, [orgRecord(K.workflowPermissions, data)])).toBe(status)
  })
  test('refused: error', () => {
    expect(
      statusOf(actionsDefaultTokenReadOnly, [orgRecord(K.workflowPermissions, undefined, refused)])
    ).toBe('error')
  })
})

describe('github.actions.allowed-actions-restricted', () => {
  test.each([
    [{ enabled_repositories: 'all', allowed_actions: 'all' }, 'fail'],
    [{ enabled_repositories: 'all', allowed_actions: 'selected' }, 'pass'],
    [{ enabled_repositories: 'selected', allowed_actions: 'local_only' }, 'pass'],
    [{ enabled_repositories: 'none' }, 'not_applicable'],
    [{ enabled_repositories: 'all' }, 'error']
  ])('%j → %s', (data, status) => {
    expect(statusOf(actionsAllowedActions, [orgRecord(K.actionsPermissions, data)])).toBe(status)
  })
})

describe('github.actions.fork-pr-approval', () => {
  test.each([
    ['first_time_contributors_new_to_github', 'fail'],
    ['first_time_contributors', 'pass'],
    ['all_external_contributors', 'pass'],
    ['something_new', 'error']
  ])('%s → %s', (policy, status) => {
    expect(statusOf(actionsForkPrApproval, [orgRecord(K.forkPrApproval, { approval_policy: policy })])).toBe(
      status
    )
  })
  test('endpoint missing (older GitHub Enterprise Server): error', () => {
    const missing = orgRecord(K.forkPrApproval, undefined, { status: 404, message: 'Not Found' })
    expect(statusOf(actionsForkPrApproval, [missing])).toBe('error')
  })
})

describe('github.actions.runner-groups-not-public', () => {
  const group = (name: string, allowsPublic: boolean) => ({
    id: name.length,
    name,
    visibility: 'all',
    default: name === 'Default',
    allows_public_repositories: allowsPublic
  })
  test.each([
    ['only private groups', [group('Default', false)], 'pass'],
    ['one group open to public repositories', [group('Default', false), group('gpu', true)], 'fail']
  ])('%s', (_name, groups, status) => {
    const findings = run(actionsRunnerGroupsPrivate, [
      orgRecord(K.runnerGroups, { total_count: groups.length, runner_groups: groups })
    ])
    expect(findings[0]!.status).toBe(status)
    if (status === 'fail') expect(findings[0]!.message).toContain('"gpu"')
  })
  test('refused: error', () => {
    expect(statusOf(actionsRunnerGroupsPrivate, [orgRecord(K.runnerGroups, undefined, refused)])).toBe(
      'error'
    )
  })
})

function secretAlert(number: number, overrides: Partial<SecretScanningAlert> = {}): SecretScanningAlert {
  return {
    number,
    state: 'resolved',
    created_at: daysBeforeEnd(10),
    secret_type: 'github_personal_access_token',
    repository: { full_name: `${ORG}/hello-world` },
    ...overrides
  }
}

describe('github.secret-scanning.open-alerts', () => {
  test.each([
    ['none', [], 'pass'],
    ['only resolved', [secretAlert(1)], 'pass'],
    ['one open', [secretAlert(1), secretAlert(2, { state: 'open', created_at: daysBeforeEnd(3) })], 'fail']
  ])('%s', (_name, alerts, status) => {
    expect(statusOf(secretScanningOpenAlerts, [orgRecord(K.secretScanningAlerts, alerts)])).toBe(status)
  })
  test('the open alert is named with its age', () => {
    const [finding] = run(secretScanningOpenAlerts, [
      orgRecord(K.secretScanningAlerts, [secretAlert(2, { state: 'open', created_at: daysBeforeEnd(3) })])
    ])
    expect(finding!.message).toContain('octocat/hello-world#2 github_personal_access_token open 3d')
  })
  test('refused: error', () => {
    expect(statusOf(secretScanningOpenAlerts, [orgRecord(K.secretScanningAlerts, undefined, refused)])).toBe(
      'error'
    )
  })
})

describe('github.secret-scanning.push-protection-bypasses', () => {
  const bypassed = (at: string) =>
    secretAlert(5, {
      push_protection_bypassed: true,
      push_protection_bypassed_by: { login: 'mallory' },
      push_protection_bypassed_at: at
    })
  test.each([
    ['no bypass', [secretAlert(1)], 'pass'],
    ['bypass before the period', [bypassed(daysBeforeEnd(3))], 'pass'],
    ['bypass inside the period', [bypassed(daysBeforeEnd(0.5))], 'fail']
  ])('%s', (_name, alerts, status) => {
    expect(statusOf(secretScanningPushProtectionBypasses, [orgRecord(K.secretScanningAlerts, alerts)])).toBe(
      status
    )
  })
  test('who bypassed is named', () => {
    const [finding] = run(secretScanningPushProtectionBypasses, [
      orgRecord(K.secretScanningAlerts, [bypassed(daysBeforeEnd(0.5))])
    ])
    expect(finding!.message).toContain('by mallory')
  })
})

describe('github.code-scanning.alerts-within-sla', () => {
  const alert = (
    number: number,
    severity: CodeScanningAlert['rule']['security_severity_level'],
    ageDays: number
  ): CodeScanningAlert => ({
    number,
    state: 'open',
    created_at: daysBeforeEnd(ageDays),
    rule: { id: 'js/sql-injection', severity: 'error', security_severity_level: severity },
    tool: { name: 'CodeQL' },
    repository: { full_name: `${ORG}/hello-world` }
  })
  test.each([
    ['no open alert', [], 'pass'],
    ['critical within 7 days', [alert(1, 'critical', 6)], 'pass'],
    ['critical past 7 days', [alert(1, 'critical', 8)], 'fail'],
    ['high past 30 days', [alert(1, 'high', 31)], 'fail'],
    ['a quality alert without security severity is not aged', [alert(1, null, 400)], 'pass']
  ])('%s', (_name, alerts, status) => {
    expect(statusOf(codeScanningAlertsWithinSla, [orgRecord(K.codeScanningAlerts, alerts)])).toBe(status)
  })
  test('deadlines come from checks.dependabot-sla', () => {
    const records = [orgRecord(K.codeScanningAlerts, [alert(1, 'low', 20)])]
    expect(
      statusOf(codeScanningAlertsWithinSla, records, { checks: { 'dependabot-sla': { low: 10 } } })
    ).toBe('fail')
  })
  test('refused: error', () => {
    expect(statusOf(codeScanningAlertsWithinSla, [orgRecord(K.codeScanningAlerts, undefined, refused)])).toBe(
      'error'
    )
  })
})

describe('github.org.webhooks-secure', () => {
  const hook = (id: number, config: Record<string, unknown>) => ({
    id,
    name: 'web',
    active: true,
    events: ['push'],
    config
  })
  test.each([
    ['no webhooks', [], 'pass'],
    [
      'TLS verified and signed',
      [hook(1, { url: 'https://ci.example', insecure_ssl: '0', secret: '********' })],
      'pass'
    ],
    [
      'TLS verification off',
      [hook(1, { url: 'https://ci.example', insecure_ssl: '1', secret: '********' })],
      'fail'
    ],
    ['no secret', [hook(1, { url: 'https://ci.example', insecure_ssl: '0' })], 'fail'],
    ['plain http', [hook(1, { url: 'http://ci.example', insecure_ssl: '0', secret: '********' })], 'fail']
  ])('%s', (_name, hooks, status) => {
    expect(statusOf(orgWebhooksSecure, [orgRecord(K.webhooks, hooks)])).toBe(status)
  })
})

describe('org alert listings report only repositories in scope', () => {
  test('an open alert of a repository outside the scope does not fail the run', () => {
    const outside = secretAlert(9, { state: 'open', repository: { full_name: `${ORG}/not-in-scope` } })
    expect(statusOf(secretScanningOpenAlerts, [orgRecord(K.secretScanningAlerts, [outside])])).toBe('pass')
  })
})
