import { configSchema } from '../../src/config/schema.js'
import { CHECKS } from '../../src/checks/index.js'
import type { EvidenceRecord, Finding } from '../../src/model.js'
import { collectAws, type AwsSettings } from '../../src/sources/aws/collect.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import { AWS_IDENTITY_EVIDENCE, type AuthorizationDetailsEvidence } from '../../src/evidence/aws-identity.js'
import { AWS_VULNERABILITY_EVIDENCE } from '../../src/evidence/aws-vulnerability.js'
import { demoAwsAccount, startAwsSimulator, type AwsSimulator, type SimAwsAccount } from '../support/aws-simulator.js'
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
  'aws.changes.inspector2-in-force'
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
    for (const f of findings) console.log(f.check, f.subject, f.status, f.message.slice(0, 300))
  })
})
