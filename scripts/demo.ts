// `npm run demo`: a full evidence run of the built action against the local GitHub API simulator
// (a demo org of 13 repositories), then `verify` on the bundle it wrote, then the control table.
// `npm run demo -- --destination s3://demo-evidence/iso27001` publishes to a local S3 server instead.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { generateSigningKeyPair } from '../src/bundle/signing.js'
import type { ControlsReport } from '../src/controls/rollup.js'
import type { Finding } from '../src/model.js'
import { renderControlTable } from '../src/report/console.js'
import { DEMO_GITHUB_CONFIG, demoOrg } from '../__tests__/support/github-model.js'
import { startGitHubSimulator } from '../__tests__/support/github-simulator.js'
import { startS3Simulator, type S3Simulator } from '../__tests__/support/s3-simulator.js'
import { CLI_ENTRY, ROOT, runAction, runNode } from '../__tests__/support/run-action.js'
import { startHfSimulator } from '../__tests__/support/hf-simulator.js'
import { startMlflowSimulator } from '../__tests__/support/mlflow-simulator.js'
import { demoHf, demoMlflow, demoSageMaker } from '../__tests__/support/model-registry-demo.js'
import { modelConfig, modelWorkspace } from '../__tests__/support/model-workspace.js'
import { demoAwsAccount, startAwsSimulator } from '../__tests__/support/aws-simulator.js'
import { demoSoaConfig, writeDemoManualEvidence } from '../__tests__/support/manual-evidence-demo.js'

const { values } = parseArgs({
  options: {
    destination: { type: 'string', default: join(ROOT, 'evidence-bundles') },
    period: { type: 'string', default: 'P1D' }
  }
})
const remote = values.destination.startsWith('s3://')
const destination = remote ? values.destination : resolve(values.destination)
const now = new Date()
const github = await startGitHubSimulator({ orgs: [demoOrg(now)] })
const mlflow = await startMlflowSimulator(demoMlflow(now), { token: 'demo-mlflow-token' })
const hf = await startHfSimulator(demoHf(now))
// The checked-out repository a nightly job sees: evidence config, AI inventory, model test results.
const aws = await startAwsSimulator([{ ...demoAwsAccount(now), modelPackageGroups: demoSageMaker(now) }])
// With an S3 destination the job's AWS credentials are the local S3 server's, so the AWS account is left out.
const workspace = await modelWorkspace(
  remote
    ? modelConfig(mlflow.url, hf.url, DEMO_GITHUB_CONFIG + demoSoaConfig(now))
    : modelConfig(
        mlflow.url,
        hf.url,
        DEMO_GITHUB_CONFIG + 'aws:\n  enabled: true\n  regions: [eu-west-1, us-east-1]\n' + demoSoaConfig(now)
      ).replace('  results:', '  sagemaker:\n    region: eu-west-1\n  results:')
)
// The ISMS documents the config attaches as manual evidence (one current, one past its review date).
await writeDemoManualEvidence(workspace)
let s3: S3Simulator | undefined
const keys = generateSigningKeyPair()
const keyDir = await mkdtemp(join(tmpdir(), 'annex-demo-key-'))
const publicKeyFile = join(keyDir, 'demo-signing-key.pub')
await writeFile(publicKeyFile, keys.publicKeyPem)
console.log(`GitHub API simulator on ${github.url} (org acme-corp, 13 repositories)`)
console.log(
  `MLflow registry on ${mlflow.url} (4 models), Hugging Face Hub on ${hf.url} (2 models, one evaluated 200 days ago but committed to 3 days ago)`
)
console.log(`AWS endpoints on ${aws.url} (account 123456789012, eu-west-1 and us-east-1)`)
const env: Record<string, string> = {
  GITHUB_RUN_ID: `demo-${now.getTime()}`,
  MLFLOW_TRACKING_TOKEN: 'demo-mlflow-token',
  AWS_ACCESS_KEY_ID: aws.accessKeyId,
  AWS_SECRET_ACCESS_KEY: aws.secretAccessKey,
  AWS_REGION: 'eu-west-1',
  AWS_ENDPOINT_URL: aws.url,
  AWS_EC2_METADATA_DISABLED: 'true'
}
const inputs: Record<string, string> = {
  'github-token': 'ghs_simulator_token',
  repositories: 'acme-corp/*',
  destination,
  period: values.period,
  'signing-key': keys.privateKeyPem
}
if (remote) {
  const bucket = destination.slice('s3://'.length).split('/')[0]!
  s3 = await startS3Simulator({ objectLockBuckets: [bucket] })
  console.log(`S3 server on ${s3.endpoint} (bucket ${bucket}, Object Lock enabled)`)
  Object.assign(env, {
    AWS_ACCESS_KEY_ID: s3.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.secretAccessKey,
    AWS_REGION: s3.region
  })
  Object.assign(inputs, {
    's3-endpoint': s3.endpoint,
    's3-force-path-style': 'true',
    sse: 'AES256',
    'retention-mode': 'GOVERNANCE',
    'retention-days': '1'
  })
}
console.log(`Signing key ${keys.fingerprint} (public key: ${publicKeyFile})\n`)
try {
  const run = await runAction({ inputs, apiUrl: github.url, graphqlUrl: github.graphqlUrl, env, workspace })
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('::add-mask::') || line === '::endgroup::') continue
    console.log(line.replace(/^::group::/, '── ').replace(/^::(warning|error)::/, '$1: '))
  }
  const bundle = run.outputs['bundle-path']
  if (!bundle) {
    console.error(`The action wrote no bundle (exit ${run.code}).\n${run.stderr}`)
    process.exit(1)
  }
  console.log(`── Verify (node dist/cli.js verify ${remote ? destination : '<bundle>'} --public-key …)`)
  const verified = remote
    ? await runNode(
        CLI_ENTRY,
        [
          'verify',
          destination,
          '--s3-endpoint',
          s3!.endpoint,
          '--s3-force-path-style',
          'true',
          '--public-key',
          publicKeyFile
        ],
        {
          AWS_ACCESS_KEY_ID: s3!.accessKeyId,
          AWS_SECRET_ACCESS_KEY: s3!.secretAccessKey,
          AWS_REGION: s3!.region
        }
      )
    : await runNode(CLI_ENTRY, ['verify', bundle, '--public-key', publicKeyFile], {})
  console.log(verified.stdout.trimEnd())
  const controls = JSON.parse(await readFile(join(bundle, 'controls.json'), 'utf8')) as ControlsReport
  console.log(`\n── Controls\n${renderControlTable(controls)}`)
  // Issue #13: manual evidence attached from the config, current or expired as of the period end.
  console.log('── Manual evidence (config manual-evidence, judged at the period end; copied under manual/)')
  const manualSeen = new Set<string>()
  for (const [framework, report] of Object.entries(controls.frameworks)) {
    for (const control of report.controls) {
      for (const item of control.manual.items) {
        if (manualSeen.has(item.id)) continue
        manualSeen.add(item.id)
        console.log(
          `  ${item.state.toUpperCase().padEnd(7)} ${item.id} ${item.title}: reviewed ${item.reviewed}, due ${item.due}; ${framework} ${control.id} is ${control.status}`
        )
      }
    }
  }
  console.log('')
  // Issue #10: MLflow versions promoted by alias only (no stage) are evaluated; the creator is the run's user.
  const findings = JSON.parse(await readFile(join(bundle, 'findings.json'), 'utf8')) as Finding[]
  console.log('── MLflow production versions (promoted by alias): approval and thresholds')
  for (const finding of findings.filter(
    (f) =>
      f.subject.startsWith('mlflow:') &&
      (f.check === 'models.deployment.approval' || f.check === 'models.evaluation.thresholds')
  )) {
    console.log(`  ${finding.status.toUpperCase().padEnd(5)} ${finding.check}: ${finding.message}`)
  }
  // Issue #10: change management as GitHub enforces it — stale or withdrawn approvals, bypassable protection
  // (and a bypass allowed with a reason), pushes that reached the default branch without a pull request.
  console.log('\n── Change management as GitHub enforces it: caught in this run')
  const shorten = (text: string) => (text.length > 240 ? `${text.slice(0, 239)}…` : text)
  const changeManagement = findings.filter(
    (f) =>
      (f.check === 'github.pull-requests.independent-approval' && f.status === 'fail') ||
      (f.check === 'github.default-branch.changes-via-pull-requests' && f.status === 'fail') ||
      (f.check === 'github.branch-protection.required-reviews' &&
        /can be bypassed|Bypass allowed/.test(f.message))
  )
  for (const finding of changeManagement) {
    console.log(
      `  ${finding.status.toUpperCase().padEnd(5)} ${finding.check} ${finding.subject}: ${shorten(finding.message)}`
    )
  }
  console.log('')
  const failed = run.outputs['failed-controls'] ? run.outputs['failed-controls'].split(',') : []
  console.log(
    `Requests to the GitHub API: ${github.requests.length} for 13 repositories; to MLflow: ${mlflow.requests.length}; to the Hub: ${hf.requests.length}`
  )
  console.log(
    `The action step would exit ${run.code}: ${failed.length} control(s) failing (fail-on: failing-control).`
  )
  console.log(`Job summary: ${join(run.workspace, '.step-summary.md')}`)
  console.log(`Bundle: ${bundle}`)
  if (remote)
    console.log(
      `Published: ${run.outputs['bundle-uri']} (${s3!.objects(destination.slice(5).split('/')[0]!).size} objects in the bucket)`
    )
  console.log(`Archive: ${run.outputs['archive-path']}`)
  console.log(`Statement of Applicability: ${join(bundle, 'soa.md')}`)
  console.log(`Report (open in a browser, works offline): ${join(bundle, 'report.html')}`)
  console.log(`OSCAL assessment results: ${join(bundle, 'oscal', 'assessment-results.json')}`)
  process.exitCode = verified.code === 0 ? 0 : 1
} finally {
  await Promise.all([github.close(), mlflow.close(), hf.close(), aws.close(), s3?.close()])
}
