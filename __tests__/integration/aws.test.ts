import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Finding } from '../../src/model.js'
import { readBundleFiles, readJson } from '../support/bundles.js'
import { demoAwsAccount, startAwsSimulator, type AwsSimulator } from '../support/aws-simulator.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { CLI_ENTRY, runAction, runNode, type ActionRun } from '../support/run-action.js'

let github: GitHubSimulator
let aws: AwsSimulator
const SECOND_ACCOUNT = '210987654321'

beforeAll(async () => {
  const now = new Date()
  github = await startGitHubSimulator({ orgs: [demoOrg(now)] })
  aws = await startAwsSimulator([
    demoAwsAccount(now),
    { ...demoAwsAccount(now), id: SECOND_ACCOUNT, buckets: [], instances: [] }
  ])
})
afterAll(async () => {
  await Promise.all([github.close(), aws.close()])
})
afterEach(() => aws.clearFaults())

async function nightly(awsConfig: string, env: Record<string, string>): Promise<ActionRun> {
  const workspace = await mkdtemp(join(tmpdir(), 'annex-aws-'))
  await mkdir(join(workspace, '.github'))
  await writeFile(join(workspace, '.github', 'evidence.yml'), `aws:\n  enabled: true\n${awsConfig}`)
  return runAction({
    inputs: {
      'github-token': 'ghs_simulator_token',
      repositories: 'acme-corp/payments-api',
      'fail-on': 'none'
    },
    apiUrl: github.url,
    graphqlUrl: github.graphqlUrl,
    workspace,
    env
  })
}

const credentials = () => ({
  AWS_ACCESS_KEY_ID: aws.accessKeyId,
  AWS_SECRET_ACCESS_KEY: aws.secretAccessKey,
  AWS_REGION: 'eu-west-1',
  AWS_ENDPOINT_URL: aws.url,
  AWS_EC2_METADATA_DISABLED: 'true'
})
const findingsOf = (run: ActionRun) => readJson<Finding[]>(join(run.outputs['bundle-path']!, 'findings.json'))
const of = (findings: Finding[], check: string) => findings.filter((f) => f.check === check)

describe('AWS evidence of the demo account', () => {
  let run: ActionRun
  let findings: Finding[]
  beforeAll(async () => {
    run = await nightly('  regions: [eu-west-1, us-east-1]\n', credentials())
    findings = await findingsOf(run)
  })

  test('identity, logging and monitoring controls per account and region', () => {
    expect(of(findings, 'aws.iam.root-mfa')[0]).toMatchObject({ subject: 'aws:123456789012', status: 'pass' })
    expect(of(findings, 'aws.iam.password-policy')[0]!.message).toContain('minimum length 10 < 14')
    expect(of(findings, 'aws.iam.console-mfa')[0]).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('bob')
    })
    expect(of(findings, 'aws.iam.access-keys-rotated')[0]!.message).toContain(
      'ci-deploy key 1 not rotated for 200 days'
    )
    expect(of(findings, 'aws.cloudtrail.multi-region')[0]!.message).toContain('not encrypted with KMS')
    expect(of(findings, 'aws.guardduty.enabled').map((f) => [f.subject, f.status])).toEqual([
      ['aws:123456789012/eu-west-1', 'pass'],
      ['aws:123456789012/us-east-1', 'fail']
    ])
  })

  test('patching per instance, S3 and KMS per resource', () => {
    const patches = of(findings, 'aws.ssm.patch-compliance')
    expect(patches).toHaveLength(7)
    expect(patches.filter((f) => f.status === 'fail')).toHaveLength(5)
    expect(patches.find((f) => f.subject.endsWith('/i-0a1b2c3d4e5f60007'))).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(
        '(legacy-batch), running: an EC2 instance Systems Manager does not manage'
      )
    })
    expect(patches[0]!.subject).toMatch(/^aws:123456789012\/(eu-west-1|us-east-1)\/i-/)
    expect(
      of(findings, 'aws.s3.public-access-blocked').filter((f) => f.status === 'fail').length
    ).toBeGreaterThan(0)
    expect(
      of(findings, 'aws.s3.versioning').some((f) => f.status === 'fail' && f.message.includes('suspended'))
    ).toBe(true)
    expect(of(findings, 'aws.kms.rotation').find((f) => f.subject.endsWith('/eu-west-1'))).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(
        'Excluded 1 key(s) that AWS KMS cannot rotate automatically: mrk-5e1f0c7a9b8d4e2f (asymmetric or HMAC key (ECC_NIST_P256))'
      )
    })
    expect(of(findings, 'aws.inspector2.enabled').map((f) => [f.subject, f.status])).toEqual([
      ['aws:123456789012/eu-west-1', 'pass'],
      ['aws:123456789012/us-east-1', 'fail']
    ])
  })

  test('the bundle verifies and holds no AWS secret', async () => {
    expect((await runNode(CLI_ENTRY, ['verify', run.outputs['bundle-path']!], {})).stdout).toContain('OK: ')
    for (const [, text] of await readBundleFiles(run.outputs['bundle-path']!))
      expect(text).not.toContain(aws.secretAccessKey)
    // Only in the command that tells the runner to mask it (core.setSecret).
    expect(run.stdout).toContain(`::add-mask::${aws.secretAccessKey}`)
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(aws.secretAccessKey)
  })
})

describe('AWS faults', () => {
  test('AccessDenied on one API: only its findings are errors, naming the IAM action; the rest is collected', async () => {
    aws.addFault({ service: 'iam', operation: 'GetAccountPasswordPolicy', kind: 'access-denied' })
    const findings = await findingsOf(await nightly('  regions: [eu-west-1]\n', credentials()))
    expect(of(findings, 'aws.iam.password-policy')[0]).toMatchObject({
      status: 'error',
      message: expect.stringContaining('iam:GetAccountPasswordPolicy')
    })
    expect(of(findings, 'aws.iam.root-mfa')[0]!.status).toBe('pass')
  })

  test('no credentials: the AWS source is reported as not configured and GitHub evidence is still collected', async () => {
    const run = await nightly('', { AWS_EC2_METADATA_DISABLED: 'true', AWS_ENDPOINT_URL: aws.url })
    expect(run.stdout).toMatch(/AWS evidence not collected: .*credentials/i)
    expect(run.summary).toContain('AWS evidence was not collected')
    const findings = await findingsOf(run)
    expect(findings.some((f) => f.check === 'github.branch-protection.enabled' && f.status === 'pass')).toBe(
      true
    )
    expect(findings.some((f) => f.check.startsWith('aws.') && f.status === 'pass')).toBe(false)
  })

  test('an AssumeRole failure for one account leaves the others collected', async () => {
    const denied = `arn:aws:iam::${SECOND_ACCOUNT}:role/evidence-reader`
    aws.denyAssume(denied)
    const run = await nightly(
      `  regions: [eu-west-1]\n  role-arns: ['arn:aws:iam::123456789012:role/evidence-reader', '${denied}']\n`,
      credentials()
    )
    const findings = await findingsOf(run)
    expect(of(findings, 'aws.iam.root-mfa').map((f) => f.subject)).toEqual(['aws:123456789012'])
    const files = await readBundleFiles(run.outputs['bundle-path']!)
    expect(
      [...files.values()].some((text) => text.includes('sts:AssumeRole') && text.includes(SECOND_ACCOUNT))
    ).toBe(true)
  })
})
