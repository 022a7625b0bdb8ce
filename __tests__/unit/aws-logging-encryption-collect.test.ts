import type { EvidenceRecord } from '../../src/model.js'
import { collectAws } from '../../src/sources/aws/collect.js'
import { AWS_LOGGING_EVIDENCE } from '../../src/evidence/aws-logging.js'
import { AWS_ENCRYPTION_EVIDENCE } from '../../src/evidence/aws-encryption.js'
import { demoAwsAccount, startAwsSimulator, type AwsSimulator } from '../support/aws-simulator.js'

const NOW = new Date()
let sim: AwsSimulator
const saved = { ...process.env }

beforeAll(async () => {
  sim = await startAwsSimulator([demoAwsAccount(NOW)], { credentialReportPolls: 0 })
  process.env.AWS_ACCESS_KEY_ID = sim.accessKeyId
  process.env.AWS_SECRET_ACCESS_KEY = sim.secretAccessKey
  delete process.env.AWS_SESSION_TOKEN
  delete process.env.AWS_PROFILE
})
afterAll(async () => {
  process.env = saved
  await sim.close()
})
afterEach(() => sim.clearFaults())

async function collect(): Promise<EvidenceRecord[]> {
  const records: EvidenceRecord[] = []
  await collectAws(
    { add: async (record) => void records.push(record) },
    { roleArns: [], regions: ['eu-west-1', 'us-east-1'], endpoint: sim.url },
    { runId: 'r1', log: () => undefined, now: () => NOW, credentialReportWaitMs: 1_000, env: {} }
  )
  return records
}

test('dump', async () => {
  const records = await collect()
  const kinds = new Set<string>([...Object.values(AWS_LOGGING_EVIDENCE), ...Object.values(AWS_ENCRYPTION_EVIDENCE)])
  const mine = records.filter((r) => kinds.has(r.kind)).map((r) => ({ subject: r.subject, kind: r.kind, error: r.error, data: r.data }))
  console.log(JSON.stringify(mine, null, 1))
  console.log(JSON.stringify(records.filter((r) => r.kind === 'aws.cloudtrail.control-changes').map((r) => r.data ?? r.error)).slice(0, 3000))
}, 60_000)
