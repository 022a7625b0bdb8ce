import { configSchema } from '../../src/config/schema.js'
import { CHECKS } from '../../src/checks/index.js'
import type { EvidenceRecord, Finding } from '../../src/model.js'
import { collectAws, type AwsSettings } from '../../src/sources/aws/collect.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import { AWS_IDENTITY_EVIDENCE, type AuthorizationDetailsEvidence } from '../../src/evidence/aws-identity.js'
import { AWS_VULNERABILITY_EVIDENCE } from '../../src/evidence/aws-vulnerability.js'
import {
  demoAwsAccount,
  startAwsSimulator,
  type AwsSimulator,
  type SimAwsAccount
} from '../support/aws-simulator.js'
import { demoOrganization } from '../support/aws-identity-demo.js'

const NOW = new Date()
const ACCOUNT = '123456789012'
const MANAGEMENT = '111111111111'
const saved = { ...process.env }

const NEW_CHECKS = [
  'aws.iam.admin-principals-approved',
  'aws.iam.unused-credentials-removed',
  'aws.iam.root-access-keys-absent',
  'aws.sso.admin-permission-sets-approved',
  'aws.organizations.scp-guardrails',
  'aws.organizations.accounts-collected',
  'aws.inspector2.coverage',
  'aws.inspector2.findings-within-sla',
  'aws.ecr.scan-on-push',
  'aws.changes.root-access-keys-absent-in-force',
  'aws.changes.scp-guardrails-in-force',
  'aws.changes.inspector2-in-force',
  'aws.changes.ecr-scan-on-push-in-force'
]

function useCredentials(sim: AwsSimulator) {
  process.env.AWS_ACCESS_KEY_ID = sim.accessKeyId
  process.env.AWS_SECRET_ACCESS_KEY = sim.secretAccessKey
  delete process.env.AWS_SESSION_TOKEN
  delete process.env.AWS_PROFILE
}
afterAll(() => {
  process.env = saved
})

async function collect(sim: AwsSimulator, settings: Partial<AwsSettings> = {}): Promise<EvidenceRecord[]> {
  const records: EvidenceRecord[] = []
  await collectAws(
    { add: async (record) => void records.push(record) },
    { roleArns: [], regions: ['eu-west-1', 'us-east-1'], endpoint: sim.url, ...settings },
    { runId: 'r1', log: () => undefined, now: () => NOW, credentialReportWaitMs: 1_000, env: {} }
  )
  return records
}

function evaluate(records: EvidenceRecord[], config: Record<string, unknown> = {}): Finding[] {
  const context = {
    evidence: new EvidenceIndex(records),
    config: configSchema.parse({ aws: config }),
    period: {
      start: new Date(NOW.getTime() - 86_400_000).toISOString(),
      end: NOW.toISOString(),
      expression: 'P1D'
    }
  }
  return CHECKS.filter((check) => NEW_CHECKS.includes(check.metadata.id)).flatMap((check) =>
    check.evaluate(context).map((result) => ({ ...result, check: check.metadata.id, controls: {} }))
  )
}
const find = (findings: Finding[], check: string, subject: string) =>
  findings.find((f) => f.check === check && f.subject === subject)

describe('identity and vulnerability evidence against the simulator (demo account)', () => {
  let sim: AwsSimulator
  beforeAll(async () => {
    sim = await startAwsSimulator([demoAwsAccount(NOW)], { credentialReportPolls: 0 })
    useCredentials(sim)
  })
  afterAll(() => sim.close())
  afterEach(() => sim.clearFaults())

  it('shows failing and passing findings per area, and Inspector switched off for part of the period', async () => {
    const records = await collect(sim)
    const findings = evaluate(records)
    const eu = `aws:${ACCOUNT}/eu-west-1`
    const us = `aws:${ACCOUNT}/us-east-1`
    const status = (check: string, subject: string) => find(findings, check, subject)?.status
    // Identity
    const admins = find(findings, 'aws.iam.admin-principals-approved', `aws:${ACCOUNT}`)!
    expect(admins.status).toBe('fail')
    expect(admins.message).toContain('user alice (group Admins)')
    expect(admins.message).toContain('user ci-deploy (deploy-everything ("*" on "*"))')
    expect(admins.message).toContain('role OrganizationAccountAccessRole (AdministratorAccess)')
    expect(admins.message).not.toMatch(/bob|app-runtime|annex-evidence-audit/)
    expect(find(findings, 'aws.iam.unused-credentials-removed', `aws:${ACCOUNT}`)?.message).toContain(
      'carol console password unused for 120 days'
    )
    expect(status('aws.iam.root-access-keys-absent', `aws:${ACCOUNT}`)).toBe('pass')
    expect(status('aws.sso.admin-permission-sets-approved', eu)).toBe('fail')
    expect(status('aws.sso.admin-permission-sets-approved', us)).toBe('not_applicable')
    expect(status('aws.organizations.scp-guardrails', `aws:${ACCOUNT}`)).toBe('fail')
    expect(status('aws.changes.root-access-keys-absent-in-force', `aws:${ACCOUNT}`)).toBe('pass')
    // Vulnerability management
    expect(find(findings, 'aws.inspector2.coverage', eu)?.message).toBe(
      'Lambda scanning DISABLED; AWS_EC2_INSTANCE i-0a1b2c3d4e5f60099 not scanned (UNMANAGED_EC2_INSTANCE).'
    )
    expect(status('aws.inspector2.coverage', us)).toBe('fail')
    expect(find(findings, 'aws.inspector2.findings-within-sla', eu)?.message).toMatch(
      /^1 open finding\(s\) past their SLA: CRITICAL "CVE-2024-3094 - xz-utils" on i-0a1b2c3d4e5f60002 open 40 days \(SLA 15\)/
    )
    expect(status('aws.inspector2.findings-within-sla', us)).toBe('error')
    expect(status('aws.ecr.scan-on-push', eu)).toBe('fail')
    expect(status('aws.ecr.scan-on-push', us)).toBe('pass')
    const gap = find(findings, 'aws.changes.inspector2-in-force', eu)!
    expect(gap.status).toBe('fail')
    expect(gap.message).toMatch(/not in force for 1 interval/)
    expect(gap.message).toContain('Disable by arn:aws:sts::123456789012:assumed-role/ml-platform/dave')
    expect(status('aws.changes.inspector2-in-force', us)).toBe('fail')
    const push = find(findings, 'aws.changes.ecr-scan-on-push-in-force', `${eu}/ecr/web`)!
    expect(push.status).toBe('fail')
    expect(push.message).toContain(
      'PutImageScanningConfiguration by arn:aws:sts::123456789012:assumed-role/ml-platform/dave'
    )
    expect(status('aws.changes.ecr-scan-on-push-in-force', `${eu}/ecr/legacy-batch`)).toBe('fail')
    expect(find(findings, 'aws.changes.ecr-scan-on-push-in-force', `${us}/ecr/api`)).toBeUndefined()
  }, 30_000)

  it('passes the administrator checks once the administrators are approved in the configuration', async () => {
    const records = await collect(sim)
    const findings = evaluate(records, {
      'admin-principals': [
        'Admins',
        'alice',
        'ci-deploy',
        'arn:aws:iam::*:role/OrganizationAccountAccessRole',
        'AdministratorAccess',
        'BreakGlass'
      ]
    })
    expect(find(findings, 'aws.iam.admin-principals-approved', `aws:${ACCOUNT}`)?.status).toBe('pass')
    expect(find(findings, 'aws.sso.admin-permission-sets-approved', `aws:${ACCOUNT}/eu-west-1`)?.status).toBe(
      'pass'
    )
  }, 30_000)

  it('keeps the policy documents URL-decoded as text', async () => {
    const records = await collect(sim)
    const details = records.find(
      (r) => r.kind === AWS_IDENTITY_EVIDENCE.authorizationDetails
    ) as EvidenceRecord<AuthorizationDetailsEvidence>
    expect(details.data?.policies[0]?.defaultDocument).toBe(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'
    )
    expect(details.data?.users.find((u) => u.name === 'alice')?.GroupList).toEqual(['Admins'])
  }, 30_000)

  it('turns AccessDenied into errors naming the IAM action, and retries throttling', async () => {
    sim.addFault({ service: 'iam', operation: 'GetAccountAuthorizationDetails', kind: 'access-denied' })
    sim.addFault({
      service: 'ecr',
      operation: 'DescribeRepositories',
      region: 'us-east-1',
      kind: 'access-denied'
    })
    sim.addFault({ service: 'inspector2', operation: 'ListCoverage', kind: 'access-denied' })
    sim.addFault({ service: 'sso', operation: 'ListPermissionSets', kind: 'throttling', times: 2 })
    sim.addFault({
      service: 'organizations',
      operation: 'DescribeOrganization',
      kind: 'throttling',
      times: 2
    })
    const records = await collect(sim)
    const missing = (kind: string, subject: string) =>
      records.find((r) => r.kind === kind && r.subject === subject)?.error?.missingPermission
    expect(missing(AWS_IDENTITY_EVIDENCE.authorizationDetails, `aws:${ACCOUNT}`)).toBe(
      'iam:GetAccountAuthorizationDetails'
    )
    expect(missing(AWS_VULNERABILITY_EVIDENCE.ecrScanning, `aws:${ACCOUNT}/us-east-1`)).toBe(
      'ecr:DescribeRepositories'
    )
    expect(missing(AWS_VULNERABILITY_EVIDENCE.inspectorCoverage, `aws:${ACCOUNT}/eu-west-1`)).toBe(
      'inspector2:ListCoverage'
    )
    const sso = records.find(
      (r) => r.kind === AWS_IDENTITY_EVIDENCE.permissionSets && r.subject === `aws:${ACCOUNT}/eu-west-1`
    )
    expect(sso?.error).toBeUndefined()
    expect(
      records.find((r) => r.kind === AWS_IDENTITY_EVIDENCE.serviceControlPolicies)?.error
    ).toBeUndefined()
    const findings = evaluate(records)
    expect(find(findings, 'aws.iam.admin-principals-approved', `aws:${ACCOUNT}`)?.status).toBe('error')
    expect(find(findings, 'aws.ecr.scan-on-push', `aws:${ACCOUNT}/us-east-1`)?.status).toBe('error')
    expect(find(findings, 'aws.inspector2.coverage', `aws:${ACCOUNT}/eu-west-1`)?.status).toBe('error')
    expect(find(findings, 'aws.changes.inspector2-in-force', `aws:${ACCOUNT}/eu-west-1`)?.status).toBe(
      'error'
    )
    expect(sim.requests.filter((r) => r.service === 'sso' && r.status === 400).length).toBe(2)
  }, 60_000)

  it('states an organization setting on an account in no organization (AWSOrganizationsNotInUseException) as an error', async () => {
    const records = await collect(sim, {
      organization: { roleName: 'annex-evidence', include: [], exclude: [] }
    })
    const discovery = records.find((r) => r.kind === AWS_IDENTITY_EVIDENCE.organizationAccounts)
    expect(discovery?.error?.message).toMatch(/not a member of an organization/)
    const findings = evaluate(records)
    expect(find(findings, 'aws.organizations.accounts-collected', 'aws:organization')?.status).toBe('error')
  }, 30_000)
})

describe('accounts discovered from AWS Organizations', () => {
  let sim: AwsSimulator
  beforeAll(async () => {
    const { organization, changeEvents } = demoOrganization(NOW)
    const management: SimAwsAccount = {
      id: MANAGEMENT,
      regions: ['eu-west-1', 'us-east-1'],
      rootMfa: true,
      rootAccessKeys: false,
      users: [],
      trails: [],
      guardDuty: {},
      instances: [],
      inspector: {},
      buckets: [],
      kmsKeys: [],
      organization,
      changeEvents
    }
    sim = await startAwsSimulator([management, { ...demoAwsAccount(NOW), organization }], {
      credentialReportPolls: 0
    })
    useCredentials(sim)
  })
  afterAll(() => sim.close())
  afterEach(() => sim.clearFaults())

  const settings = { organization: { roleName: 'annex-evidence', include: [], exclude: ['444444444444'] } }

  it('assumes the role in each active account, states suspended and excluded ones, and errors on the one it cannot assume', async () => {
    const records = await collect(sim, settings)
    const findings = evaluate(records)
    const collected = (account: string) =>
      find(findings, 'aws.organizations.accounts-collected', `aws:${account}`)
    expect(collected(MANAGEMENT)?.status).toBe('pass')
    expect(collected(ACCOUNT)).toMatchObject({
      status: 'pass',
      message: 'Account 123456789012 (production) was collected by assuming annex-evidence.'
    })
    expect(collected('222222222222')?.status).toBe('error')
    expect(collected('222222222222')?.message).toMatch(
      /AssumeRole of arn:aws:iam::222222222222:role\/annex-evidence was denied/
    )
    expect(collected('333333333333')).toMatchObject({
      status: 'not_applicable',
      message:
        'Account 333333333333 (closed-project) is not collected: the account is SUSPENDED: not collected.'
    })
    expect(collected('444444444444')?.message).toMatch(/excluded by aws.organization.exclude/)
    // SCPs: read in the management account, applied to the member.
    expect(find(findings, 'aws.organizations.scp-guardrails', `aws:${ACCOUNT}`)?.status).toBe('pass')
    expect(find(findings, 'aws.organizations.scp-guardrails', `aws:${MANAGEMENT}`)?.status).toBe(
      'not_applicable'
    )
    const detached = find(
      findings,
      'aws.changes.scp-guardrails-in-force',
      `aws:${MANAGEMENT}/scp/p-guardrails01`
    )!
    expect(detached.status).toBe('fail')
    expect(detached.message).toContain(
      'DetachPolicy by arn:aws:sts::111111111111:assumed-role/platform-admin/erin'
    )
    expect(
      sim.requests.some((r) => r.service === 'sts' && r.operation === 'AssumeRole' && r.account === '')
    ).toBe(false)
  }, 60_000)

  it('records a ListAccounts refusal as an error, never as an empty organization', async () => {
    sim.addFault({ service: 'organizations', operation: 'ListAccounts', kind: 'access-denied' })
    const records = await collect(sim, settings)
    const discovery = records.find((r) => r.kind === AWS_IDENTITY_EVIDENCE.organizationAccounts)
    expect(discovery?.error?.missingPermission).toBe('organizations:ListAccounts')
    expect(discovery?.error?.message).toMatch(
      /management account or an Organizations delegated administrator/
    )
    const findings = evaluate(records)
    expect(
      find(findings, 'aws.organizations.accounts-collected', 'aws:organization/o-demo1234ab')?.status
    ).toBe('error')
  }, 60_000)
})

test('the source kind the accounts check reads is the AWS source’s kind', async () => {
  const { AWS_SOURCE_KIND } = await import('../../src/sources/aws/scope.js')
  const { AWS_SOURCE_RECORD_KIND } = await import('../../src/evidence/aws-identity.js')
  expect(AWS_SOURCE_RECORD_KIND).toBe(AWS_SOURCE_KIND)
})
