import { configSchema } from '../../src/config/schema.js'
import type { Check } from '../../src/checks/check.js'
import { awsAdminPrincipalsApproved } from '../../src/checks/aws/admin-principals.js'
import { awsRootAccessKeysInForce, awsScpGuardrailsInForce } from '../../src/checks/aws/changes-identity.js'
import { awsInspectorInForce } from '../../src/checks/aws/changes-inspector.js'
import { awsEcrScanOnPushInForce } from '../../src/checks/aws/changes-ecr.js'
import { awsEcrScanOnPush, scanningOf } from '../../src/checks/aws/ecr-scan-on-push.js'
import { awsInspectorCoverage } from '../../src/checks/aws/inspector-coverage.js'
import { awsInspectorFindingsWithinSla } from '../../src/checks/aws/inspector-findings-sla.js'
import { awsOrganizationAccountsCollected } from '../../src/checks/aws/organization-accounts.js'
import {
  actionMatches,
  deniesAction,
  grantsAdministrator,
  parsePolicy
} from '../../src/checks/aws/policy-document.js'
import { awsRootAccessKeysAbsent } from '../../src/checks/aws/root-access-keys.js'
import { awsScpGuardrails } from '../../src/checks/aws/scp-guardrails.js'
import { awsSsoAdminPermissionSetsApproved } from '../../src/checks/aws/sso-admin-permission-sets.js'
import { awsUnusedCredentials } from '../../src/checks/aws/unused-credentials.js'
import { AWS_CHANGE_EVIDENCE, type ControlChangeEvent } from '../../src/evidence/aws-changes.js'
import { AWS_EVIDENCE } from '../../src/evidence/aws.js'
import {
  AWS_IDENTITY_EVIDENCE as I,
  AWS_SOURCE_RECORD_KIND,
  type AuthorizationDetailsEvidence
} from '../../src/evidence/aws-identity.js'
import { AWS_VULNERABILITY_EVIDENCE as V } from '../../src/evidence/aws-vulnerability.js'
import type { EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'

const START = '2026-11-01T00:00:00.000Z'
const END = '2026-11-02T00:00:00.000Z'
const ACCOUNT = 'aws:123456789012'
const REGION = `${ACCOUNT}/eu-west-1`
const period = { start: START, end: END, expression: 'P1D' }
const daysBefore = (days: number) => new Date(Date.parse(END) - days * 86_400_000).toISOString()
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess'
const STAR = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'

function record(kind: string, subject: string, data?: unknown, error?: string): EvidenceRecord {
  return {
    path: `evidence/${kind}/${subject.replace(/[:/]/g, '_')}.json`,
    source: 'aws',
    subject,
    kind,
    requests: [],
    ...(data !== undefined ? { data } : {}),
    ...(error ? { error: { message: error } } : {})
  }
}
const run = (check: Check, records: EvidenceRecord[], aws: Record<string, unknown> = {}) =>
  check.evaluate({ evidence: new EvidenceIndex(records), config: configSchema.parse({ aws }), period })
const one = (check: Check, records: EvidenceRecord[], aws: Record<string, unknown> = {}) => {
  const results = run(check, records, aws)
  expect(results).toHaveLength(1)
  return results[0]!
}
const event = (name: string, time: string, extra: Partial<ControlChangeEvent> = {}): ControlChangeEvent => ({
  EventId: `${name}-${time}`,
  EventName: name,
  EventTime: time,
  userArn: 'arn:aws:iam::123456789012:user/mallory',
  ...extra
})
const changes = (subject: string, events: ControlChangeEvent[], from = '2026-08-04T00:00:00.000Z') =>
  record(AWS_CHANGE_EVIDENCE.controlChanges, subject, { from, to: END, eventNames: [], events })

describe('policy documents (hostile input)', () => {
  it.each([
    [undefined, 'no policy document was recorded'],
    ['not json', 'the policy is not JSON'],
    ['[]', 'the policy is not a JSON object'],
    ['{}', 'the policy has no Statement'],
    ['{"Statement":[{"Effect":"Maybe"}]}', 'a statement\'s Effect is "Maybe"'],
    [
      '{"Statement":[{"Effect":"Allow","Action":{"x":1}}]}',
      'a statement has an Action or Resource that is not a string or list of strings'
    ],
    ['{"Statement":[1]}', 'a statement is not an object'],
    ['x'.repeat(200_000), 'the policy is 200000 characters long']
  ])('%s → %s', (text, error) => {
    expect(parsePolicy(text)).toEqual({ ok: false, error })
  })
  it('reads a single statement object, and "*" or "*:*" on "*" as administrator', () => {
    const one = parsePolicy('{"Statement":{"Effect":"Allow","Action":"*:*","Resource":["*"]}}')
    expect(one.ok && one.statements.every(grantsAdministrator)).toBe(true)
    const narrow = parsePolicy('{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}')
    expect(narrow.ok && narrow.statements.some(grantsAdministrator)).toBe(false)
    const deny = parsePolicy('{"Statement":{"Effect":"Deny","Action":"*","Resource":"*"}}')
    expect(deny.ok && deny.statements.some(grantsAdministrator)).toBe(false)
  })
  it('matches IAM action wildcards case-insensitively and takes NotAction denies', () => {
    expect(actionMatches('cloudtrail:Stop*', 'cloudtrail:StopLogging')).toBe(true)
    expect(actionMatches('CLOUDTRAIL:*', 'cloudtrail:DeleteTrail')).toBe(true)
    expect(actionMatches('cloudtrail:Delete?rail', 'cloudtrail:DeleteTrail')).toBe(true)
    expect(actionMatches('cloudtrail:.*', 'cloudtrail:StopLogging')).toBe(false)
    const p = parsePolicy('{"Statement":[{"Effect":"Deny","NotAction":["s3:*"],"Resource":"*"}]}')
    expect(p.ok && deniesAction(p.statements, 'organizations:LeaveOrganization')).toEqual({
      denied: true,
      conditional: false
    })
    const scoped = parsePolicy('{"Statement":[{"Effect":"Deny","Action":"*","Resource":"arn:aws:s3:::x"}]}')
    expect(scoped.ok && deniesAction(scoped.statements, 'cloudtrail:StopLogging').denied).toBe(false)
  })
})

const details = (over: Partial<AuthorizationDetailsEvidence> = {}): AuthorizationDetailsEvidence => ({
  users: [
    {
      name: 'alice',
      Arn: 'arn:aws:iam::123456789012:user/alice',
      GroupList: ['Admins'],
      AttachedManagedPolicies: [],
      inlinePolicies: []
    },
    {
      name: 'bob',
      Arn: 'arn:aws:iam::123456789012:user/bob',
      GroupList: [],
      AttachedManagedPolicies: [],
      inlinePolicies: []
    }
  ],
  groups: [{ name: 'Admins', AttachedManagedPolicies: [{ PolicyArn: ADMIN }], inlinePolicies: [] }],
  roles: [
    {
      name: 'ci',
      Arn: 'arn:aws:iam::123456789012:role/ci',
      AttachedManagedPolicies: [],
      inlinePolicies: [{ PolicyName: 'all', PolicyDocument: STAR }]
    }
  ],
  policies: [],
  ...over
})

describe('aws.iam.admin-principals-approved', () => {
  const admins = (data: unknown, aws: Record<string, unknown> = {}) =>
    one(awsAdminPrincipalsApproved, [record(I.authorizationDetails, ACCOUNT, data)], aws)
  it('fails for unapproved administrators, directly, through a group and by an inline "*"', () => {
    const r = admins(details())
    expect(r.status).toBe('fail')
    expect(r.message).toBe(
      '3 principal(s) hold administrator rights without approval: group Admins (AdministratorAccess); user alice (group Admins); role ci (inline all ("*" on "*")).'
    )
  })
  it('passes when every administrator is approved (names, ARN wildcards)', () => {
    expect(
      admins(details(), { 'admin-principals': ['Admins', 'alice', 'arn:aws:iam::*:role/ci'] }).status
    ).toBe('pass')
  })
  it('passes with no administrator', () => {
    const r = admins(details({ groups: [], roles: [], users: [] }))
    expect(r).toMatchObject({
      status: 'pass',
      message: 'No IAM user, group or role holds administrator rights (0 users, 0 groups, 0 roles).'
    })
  })
  it('is an error when a customer policy cannot be read, and no other administrator is unapproved', () => {
    const r = admins(
      details({
        users: [],
        groups: [],
        roles: [
          {
            name: 'r',
            AttachedManagedPolicies: [{ PolicyName: 'p', PolicyArn: 'arn:aws:iam::123456789012:policy/p' }],
            inlinePolicies: []
          }
        ],
        policies: [{ Arn: 'arn:aws:iam::123456789012:policy/p', PolicyName: 'p', defaultDocument: '{oops' }]
      })
    )
    expect(r).toMatchObject({
      status: 'error',
      message:
        'Whether these principals hold administrator rights could not be decided: role r: p (the policy is not JSON).'
    })
  })
  it('is an error when the listing was truncated', () => {
    expect(admins(details({ users: [], groups: [], roles: [], truncated: true })).status).toBe('error')
  })
  it('is an error for a failed record or one without lists', () => {
    expect(admins(undefined).status).toBe('error')
    expect(
      one(awsAdminPrincipalsApproved, [record(I.authorizationDetails, ACCOUNT, undefined, 'AccessDenied')])
        .message
    ).toMatch(/AccessDenied/)
    expect(admins({ users: 'x' }).status).toBe('error')
  })
  it('has no finding without records', () => {
    expect(run(awsAdminPrincipalsApproved, [])).toEqual([])
  })
})

const row = (user: string, over: Record<string, string> = {}) => ({
  user,
  arn: `arn:aws:iam::123456789012:user/${user}`,
  user_creation_time: daysBefore(400),
  password_enabled: 'false',
  password_last_used: 'N/A',
  mfa_active: 'false',
  access_key_1_active: 'false',
  access_key_1_last_rotated: 'N/A',
  access_key_1_last_used_date: 'N/A',
  access_key_2_active: 'false',
  access_key_2_last_rotated: 'N/A',
  access_key_2_last_used_date: 'N/A',
  ...over
})

describe('aws.iam.unused-credentials-removed', () => {
  const report = (rows: unknown[]) =>
    one(awsUnusedCredentials, [record(AWS_EVIDENCE.credentialReport, ACCOUNT, { rows })])
  it.each([
    [
      [row('a', { password_enabled: 'true', password_last_used: daysBefore(5) })],
      'pass',
      'All 1 IAM console password(s) and active access key(s) were used within 90 days of the period end.'
    ],
    [
      [row('a', { password_enabled: 'true', password_last_used: daysBefore(120) })],
      'fail',
      '1 of 1 credential(s) unused for more than 90 days: a console password unused for 120 days.'
    ],
    [
      [row('a', { password_enabled: 'true', password_last_used: 'no_information' })],
      'fail',
      '1 of 1 credential(s) unused for more than 90 days: a console password never used (user created 400 days ago).'
    ],
    [
      [
        row('a', {
          access_key_2_active: 'true',
          access_key_2_last_rotated: daysBefore(100),
          access_key_2_last_used_date: 'N/A'
        })
      ],
      'fail',
      '1 of 1 credential(s) unused for more than 90 days: a access key 2 never used (created 100 days ago).'
    ],
    [
      [row('a', { access_key_1_active: 'true', access_key_1_last_rotated: daysBefore(30) })],
      'pass',
      'All 1 IAM console password(s) and active access key(s) were used within 90 days of the period end.'
    ],
    [
      [row('<root_account>', { password_enabled: 'true', password_last_used: daysBefore(900) }), row('b')],
      'not_applicable',
      'No IAM user has a console password or an active access key.'
    ]
  ])('%j → %s', (rows, status, message) => {
    expect(report(rows)).toMatchObject({ status, message })
  })
  it('uses aws.credential-max-unused-days', () => {
    const r = one(
      awsUnusedCredentials,
      [
        record(AWS_EVIDENCE.credentialReport, ACCOUNT, {
          rows: [row('a', { password_enabled: 'true', password_last_used: daysBefore(40) })]
        })
      ],
      { 'credential-max-unused-days': 30 }
    )
    expect(r.status).toBe('fail')
  })
  it('is an error for a failed report', () => {
    expect(
      one(awsUnusedCredentials, [record(AWS_EVIDENCE.credentialReport, ACCOUNT, undefined, 'denied')]).status
    ).toBe('error')
  })
})

describe('aws.iam.root-access-keys-absent', () => {
  const report = (active: boolean) =>
    record(AWS_EVIDENCE.credentialReport, ACCOUNT, {
      rows: [row('<root_account>', { access_key_1_active: String(active) })]
    })
  const summary = (present: number) =>
    record(AWS_EVIDENCE.accountSummary, ACCOUNT, { summary: { AccountAccessKeysPresent: present } })
  it.each([
    [[report(false), summary(0)], 'pass'],
    [[report(true), summary(1)], 'fail'],
    [[report(false), summary(1)], 'fail'],
    [[report(false)], 'pass'],
    [[record(AWS_EVIDENCE.credentialReport, ACCOUNT, undefined, 'denied'), summary(0)], 'pass'],
    [
      [
        record(AWS_EVIDENCE.credentialReport, ACCOUNT, undefined, 'denied'),
        record(AWS_EVIDENCE.accountSummary, ACCOUNT, undefined, 'denied')
      ],
      'error'
    ],
    [[record(AWS_EVIDENCE.credentialReport, ACCOUNT, { rows: [row('bob')] })], 'error']
  ])('%#: → %s', (records, status) => {
    expect(one(awsRootAccessKeysAbsent, records).status).toBe(status)
  })
  it('names what each source said', () => {
    expect(one(awsRootAccessKeysAbsent, [report(true), summary(1)]).message).toBe(
      'The root user has access keys: the credential report shows root access key(s) 1 active; GetAccountSummary AccountAccessKeysPresent is 1.'
    )
  })
})

describe('aws.sso.admin-permission-sets-approved', () => {
  const sets = (
    permissionSets: unknown[],
    instances: unknown[] = [{ InstanceArn: 'arn:aws:sso:::instance/ssoins-1' }]
  ) =>
    one(
      awsSsoAdminPermissionSetsApproved,
      [record(I.permissionSets, REGION, { instances, permissionSets })],
      { 'admin-principals': ['Admins'] }
    )
  it.each([
    [[{ PermissionSetArn: 'ps-1', Name: 'Admins', managedPolicies: [{ PolicyArn: ADMIN }] }], 'pass'],
    [[{ PermissionSetArn: 'ps-2', Name: 'Ops', managedPolicies: [], inlinePolicy: STAR }], 'fail'],
    [
      [
        {
          PermissionSetArn: 'ps-3',
          Name: 'Read',
          managedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }]
        }
      ],
      'pass'
    ],
    [[{ PermissionSetArn: 'ps-4', managedPolicies: [], error: 'AccessDenied' }], 'error'],
    [[{ PermissionSetArn: 'ps-5', Name: 'Odd', managedPolicies: [], inlinePolicy: '{' }], 'error']
  ])('%j → %s', (permissionSets, status) => {
    expect(sets(permissionSets).status).toBe(status)
  })
  it('is not applicable without an instance in the region', () => {
    expect(sets([], []).status).toBe('not_applicable')
  })
  it('is an error for a failed record', () => {
    expect(
      one(awsSsoAdminPermissionSetsApproved, [record(I.permissionSets, REGION, undefined, 'denied')]).status
    ).toBe('error')
  })
})

const GUARD = JSON.stringify({
  Statement: [
    { Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' },
    {
      Effect: 'Deny',
      Action: 'cloudtrail:*',
      Resource: '*',
      Condition: { ArnNotLike: { 'aws:PrincipalArn': 'x' } }
    }
  ]
})
const scps = (over: Record<string, unknown> = {}) => ({
  inOrganization: true,
  organizationId: 'o-1',
  managementAccountId: '111111111111',
  roots: [{ Id: 'r-1', PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }] }],
  policies: [{ Id: 'p-1', Name: 'guardrails', Content: GUARD, targets: [{ TargetId: 'r-1', Type: 'ROOT' }] }],
  ...over
})

describe('aws.organizations.scp-guardrails', () => {
  const guard = (data: unknown) => one(awsScpGuardrails, [record(I.serviceControlPolicies, ACCOUNT, data)])
  it('passes with a root-attached deny of leaving and of CloudTrail (conditional deny stated)', () => {
    const r = guard(scps())
    expect(r.status).toBe('pass')
    expect(r.message).toContain(
      'cloudtrail:StopLogging by guardrails (with a condition, e.g. a break-glass exemption)'
    )
  })
  it.each([
    [{ inOrganization: false, roots: [], policies: [] }, 'fail'],
    [{ roots: [{ Id: 'r-1', PolicyTypes: [] }] }, 'fail'],
    [{ policies: [] }, 'fail'],
    [{ policies: [{ Id: 'p-1', Name: 'guardrails', Content: GUARD, targets: [] }] }, 'fail'],
    [
      {
        policies: [
          {
            Id: 'p-1',
            Name: 'guardrails',
            Content: GUARD,
            targets: [{ TargetId: 'ou-1', Type: 'ORGANIZATIONAL_UNIT' }]
          }
        ]
      },
      'error'
    ],
    [
      {
        policies: [
          { Id: 'p-1', Name: 'guardrails', Content: 'nope', targets: [{ TargetId: 'r-1', Type: 'ROOT' }] }
        ]
      },
      'error'
    ],
    [
      {
        policies: [
          {
            Id: 'p-1',
            Name: 'guardrails',
            Content: GUARD,
            targets: [{ TargetId: '123456789012', Type: 'ACCOUNT' }]
          }
        ]
      },
      'pass'
    ],
    [{ managementAccountId: '123456789012' }, 'not_applicable']
  ])('%j → %s', (over, status) => {
    expect(guard(scps(over)).status).toBe(status)
  })
  it("evaluates a member account with the management account's record", () => {
    const member = record(I.serviceControlPolicies, ACCOUNT, {
      ...scps(),
      roots: [],
      policies: [],
      deferred: true
    })
    const management = record(I.serviceControlPolicies, 'aws:111111111111', scps())
    const results = run(awsScpGuardrails, [member, management])
    expect(results.find((r) => r.subject === ACCOUNT)).toMatchObject({
      status: 'pass',
      evidence: [member.path, management.path]
    })
    expect(one(awsScpGuardrails, [member]).status).toBe('error')
  })
  it('is an error for a failed record', () => {
    expect(
      one(awsScpGuardrails, [record(I.serviceControlPolicies, ACCOUNT, undefined, 'denied')]).status
    ).toBe('error')
  })
})

describe('aws.organizations.accounts-collected', () => {
  const org = record(I.organizationAccounts, 'aws:organization/o-1', {
    organizationId: 'o-1',
    roleName: 'audit',
    accounts: [
      { Id: '123456789012', Name: 'prod', Status: 'ACTIVE', selected: true },
      { Id: '222222222222', Status: 'ACTIVE', selected: true },
      { Id: '333333333333', Status: 'ACTIVE', selected: true },
      {
        Id: '444444444444',
        Status: 'SUSPENDED',
        selected: false,
        reason: 'the account is SUSPENDED: not collected'
      }
    ]
  })
  it('passes collected accounts, errors on the rest, states the unselected', () => {
    const results = run(awsOrganizationAccountsCollected, [
      org,
      record(AWS_SOURCE_RECORD_KIND, ACCOUNT, { account: '123456789012' }),
      record(AWS_SOURCE_RECORD_KIND, 'aws:222222222222', undefined, 'AssumeRole was denied')
    ])
    expect(results.map((r) => [r.subject, r.status])).toEqual([
      [ACCOUNT, 'pass'],
      ['aws:222222222222', 'error'],
      ['aws:333333333333', 'error'],
      ['aws:444444444444', 'not_applicable']
    ])
  })
  it('is an error when discovery failed', () => {
    expect(
      one(awsOrganizationAccountsCollected, [
        record(I.organizationAccounts, 'aws:organization', undefined, 'denied')
      ]).status
    ).toBe('error')
  })
})

describe('aws.inspector2.coverage', () => {
  const state = { ec2: 'ENABLED', ecr: 'ENABLED', lambda: 'ENABLED' }
  const coverage = (data: unknown) => one(awsInspectorCoverage, [record(V.inspectorCoverage, REGION, data)])
  it.each([
    [
      {
        enabled: true,
        resourceState: state,
        resources: [{ resourceId: 'i-1', resourceType: 'AWS_EC2_INSTANCE', statusCode: 'ACTIVE' }]
      },
      'pass'
    ],
    [
      {
        enabled: true,
        resourceState: state,
        resources: [{ resourceId: 'i-2', statusCode: 'INACTIVE', reason: 'EC2_INSTANCE_STOPPED' }]
      },
      'pass'
    ],
    [
      {
        enabled: true,
        resourceState: state,
        resources: [{ resourceId: 'i-3', statusCode: 'INACTIVE', reason: 'UNMANAGED_EC2_INSTANCE' }]
      },
      'fail'
    ],
    [{ enabled: true, resourceState: { ...state, lambda: 'DISABLED' }, resources: [] }, 'fail'],
    [{ enabled: false, resourceState: {}, resources: [] }, 'fail'],
    [{ enabled: true, resourceState: state, resources: [], truncated: true }, 'error'],
    [{ enabled: true }, 'error']
  ])('%j → %s', (data, status) => {
    expect(coverage(data).status).toBe(status)
  })
})

describe('aws.inspector2.findings-within-sla', () => {
  const sla = (data: unknown, aws: Record<string, unknown> = {}) =>
    one(awsInspectorFindingsWithinSla, [record(V.inspectorFindings, REGION, data)], aws)
  const finding = (severity: string, days: number) => ({
    severity,
    firstObservedAt: daysBefore(days),
    title: `${severity} ${days}`,
    resourceId: 'i-1'
  })
  it.each([
    [[finding('CRITICAL', 10), finding('LOW', 170)], 'pass'],
    [[finding('CRITICAL', 16)], 'fail'],
    [[finding('HIGH', 31)], 'fail'],
    [[finding('INFORMATIONAL', 900), finding('UNTRIAGED', 900)], 'pass'],
    [[{ severity: 'HIGH', title: 'x' }], 'error'],
    [[], 'pass']
  ])('%j → %s', (findings, status) => {
    expect(sla({ enabled: true, findings }).status).toBe(status)
  })
  it('names the overdue finding and its SLA, configurable', () => {
    expect(
      sla(
        { enabled: true, findings: [finding('MEDIUM', 20)] },
        { 'inspector-finding-sla-days': { medium: 14 } }
      ).message
    ).toBe('1 open finding(s) past their SLA: MEDIUM "MEDIUM 20" on i-1 open 20 days (SLA 14).')
  })
  it('is an error when Inspector is off or the listing was cut where unread findings could be overdue', () => {
    expect(sla({ enabled: false, findings: [] }).status).toBe('error')
    expect(sla({ enabled: true, findings: [finding('LOW', 100)], truncated: true }).status).toBe('error')
    expect(sla({ enabled: true, findings: [finding('LOW', 3)], truncated: true }).status).toBe('pass')
  })
})

describe('aws.ecr.scan-on-push', () => {
  const ecr = (data: unknown) => one(awsEcrScanOnPush, [record(V.ecrScanning, REGION, data)])
  it.each([
    [
      {
        registry: { scanType: 'BASIC', rules: [] },
        repositories: [{ repositoryName: 'a', scanOnPush: true }]
      },
      'pass'
    ],
    [
      {
        registry: { scanType: 'BASIC', rules: [] },
        repositories: [{ repositoryName: 'a', scanOnPush: false }]
      },
      'fail'
    ],
    [
      {
        registry: {
          scanType: 'ENHANCED',
          rules: [
            {
              scanFrequency: 'CONTINUOUS_SCAN',
              repositoryFilters: [{ filter: 'prod-*', filterType: 'WILDCARD' }]
            }
          ]
        },
        repositories: [{ repositoryName: 'prod-web' }, { repositoryName: 'dev' }]
      },
      'fail'
    ],
    [
      {
        registry: {
          scanType: 'ENHANCED',
          rules: [{ scanFrequency: 'MANUAL', repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' }] }]
        },
        repositories: [{ repositoryName: 'a', scanOnPush: true }]
      },
      'fail'
    ],
    [
      {
        registry: {
          scanType: 'BASIC',
          rules: [
            { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' }] }
          ]
        },
        repositories: [{ repositoryName: 'a', scanOnPush: false }]
      },
      'pass'
    ],
    [{ registry: { scanType: 'BASIC', rules: [] }, repositories: [] }, 'not_applicable'],
    [{ registry: { scanType: 'BASIC', rules: [] } }, 'error']
  ])('%j → %s', (data, status) => {
    expect(ecr(data).status).toBe(status)
  })
  it('treats a filter as a wildcard, never as a regular expression', () => {
    const registry = {
      scanType: 'ENHANCED',
      rules: [
        { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'a.c', filterType: 'WILDCARD' }] }
      ]
    }
    expect(scanningOf(registry, { repositoryName: 'abc' })).toBeUndefined()
    expect(scanningOf(registry, { repositoryName: 'a.c' })).toBe('enhanced SCAN_ON_PUSH')
  })
})

describe('timelines', () => {
  it('aws.changes.inspector2-in-force: the interval between Disable and Enable of Inspector2', () => {
    const state = record(V.inspectorCoverage, REGION, { enabled: true, resourceState: {}, resources: [] })
    const events = [
      event('Disable', '2026-11-01T05:00:00.000Z', { EventSource: 'inspector2.amazonaws.com' }),
      event('Enable', '2026-11-01T09:00:00.000Z', { EventSource: 'inspector2.amazonaws.com' }),
      // Another service's "Disable": not Inspector's.
      event('Disable', '2026-11-01T10:00:00.000Z', { EventSource: 'other.amazonaws.com' })
    ]
    const r = one(awsInspectorInForce, [state, changes(REGION, events)])
    expect(r.status).toBe('fail')
    expect(r.details).toEqual([
      expect.objectContaining({ from: '2026-11-01T05:00:00.000Z', to: '2026-11-01T09:00:00.000Z' })
    ])
    expect(one(awsInspectorInForce, [state, changes(REGION, [])]).status).toBe('pass')
    expect(one(awsInspectorInForce, [state]).status).toBe('error')
  })

  it('aws.changes.root-access-keys-absent-in-force: only root CreateAccessKey counts, from us-east-1', () => {
    const summary = record(AWS_EVIDENCE.accountSummary, ACCOUNT, { summary: { AccountAccessKeysPresent: 0 } })
    const us = `${ACCOUNT}/us-east-1`
    const root = { userArn: 'arn:aws:iam::123456789012:root' }
    const r = one(awsRootAccessKeysInForce, [
      summary,
      changes(us, [
        event('CreateAccessKey', '2026-11-01T02:00:00.000Z', { requestParameters: { userName: 'bob' } }),
        event('CreateAccessKey', '2026-11-01T03:00:00.000Z', root),
        event('DeleteAccessKey', '2026-11-01T04:00:00.000Z', root)
      ])
    ])
    expect(r.status).toBe('fail')
    expect(r.message).toContain('CreateAccessKey by arn:aws:iam::123456789012:root')
    expect(one(awsRootAccessKeysInForce, [summary, changes(us, [])]).status).toBe('pass')
    expect(one(awsRootAccessKeysInForce, [summary, changes(REGION, [])]).status).toBe('error')
  })

  it('aws.changes.scp-guardrails-in-force: DetachPolicy and AttachPolicy of the guardrail', () => {
    const management = record(I.serviceControlPolicies, 'aws:111111111111', scps())
    const us = 'aws:111111111111/us-east-1'
    const r = one(awsScpGuardrailsInForce, [
      management,
      changes(us, [
        event('DetachPolicy', '2026-11-01T02:00:00.000Z', {
          requestParameters: { policyId: 'p-1', targetId: 'r-1' }
        }),
        event('AttachPolicy', '2026-11-01T06:00:00.000Z', {
          requestParameters: { policyId: 'p-1', targetId: 'r-1' }
        }),
        event('DetachPolicy', '2026-11-01T07:00:00.000Z', { requestParameters: { policyId: 'p-other' } })
      ])
    ])
    expect(r).toMatchObject({ subject: 'aws:111111111111/scp/p-1', status: 'fail' })
    expect(one(awsScpGuardrailsInForce, [management, changes(us, [])]).status).toBe('pass')
    expect(
      one(awsScpGuardrailsInForce, [
        record(I.serviceControlPolicies, 'aws:111111111111', scps({ policies: [] })),
        changes(us, [])
      ]).status
    ).toBe('not_applicable')
    // Member records defer to the management account: no finding of their own.
    expect(
      run(awsScpGuardrailsInForce, [record(I.serviceControlPolicies, ACCOUNT, { ...scps(), deferred: true })])
    ).toEqual([])
  })
})

describe('aws.changes.ecr-scan-on-push-in-force', () => {
  const put = (time: string, scanOnPush: unknown, repositoryName = 'web') =>
    event('PutImageScanningConfiguration', time, {
      requestParameters: { repositoryName, imageScanningConfiguration: { scanOnPush } }
    })
  const ecr = (scanOnPush: boolean, rules: unknown[] = []) =>
    record(V.ecrScanning, REGION, {
      registry: { scanType: 'BASIC', rules },
      repositories: [{ repositoryName: 'web', scanOnPush }]
    })
  it.each([
    [true, [], 'pass'],
    [true, [put('2026-11-01T02:00:00.000Z', false), put('2026-11-01T05:00:00.000Z', true)], 'fail'],
    [false, [put('2026-11-01T02:00:00.000Z', false)], 'fail'],
    [true, [put('2026-11-01T02:00:00.000Z', 'yes')], 'error'],
    [true, [put('2026-11-01T02:00:00.000Z', false, 'other')], 'pass']
  ])('scan on push %s at the end, %j → %s', (state, events, status) => {
    expect(one(awsEcrScanOnPushInForce, [ecr(state), changes(REGION, events)]).status).toBe(status)
  })
  it('follows no repository the registry rules govern, and errors on a failed record', () => {
    expect(
      run(awsEcrScanOnPushInForce, [ecr(true, [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [] }])])
    ).toEqual([])
    expect(one(awsEcrScanOnPushInForce, [record(V.ecrScanning, REGION, undefined, 'denied')]).status).toBe(
      'error'
    )
  })
})

describe('configuration', () => {
  it('takes aws.organization with a role name and 12-digit account ids, and the new limits with defaults', () => {
    const aws = configSchema.parse({
      aws: { organization: { 'role-name': 'annex-evidence-audit', exclude: ['444455556666'] } }
    }).aws
    expect(aws.organization).toEqual({
      'role-name': 'annex-evidence-audit',
      include: [],
      exclude: ['444455556666']
    })
    expect(aws['credential-max-unused-days']).toBe(90)
    expect(aws['inspector-finding-sla-days']).toEqual({ critical: 15, high: 30, medium: 90, low: 180 })
    expect(aws['admin-principals']).toEqual([])
    expect(configSchema.parse({}).aws.organization).toBeUndefined()
  })
  it.each([
    [{ organization: { 'role-name': 'a role/with slash' } }],
    [{ organization: { 'role-name': 'ok', include: ['12345'] } }],
    [{ organization: { include: [] } }],
    [{ 'credential-max-unused-days': 0 }]
  ])('rejects %j', (aws) => {
    expect(() => configSchema.parse({ aws })).toThrow()
  })
})
