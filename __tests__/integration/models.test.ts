import { join } from 'node:path'
import type { ControlsReport } from '../../src/controls/rollup.js'
import type { Finding } from '../../src/model.js'
import { readJson } from '../support/bundles.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { startHfSimulator, type HfSimulator } from '../support/hf-simulator.js'
import { startMlflowSimulator, type MlflowSimulator } from '../support/mlflow-simulator.js'
import { demoHf, demoMlflow } from '../support/model-registry-demo.js'
import { modelConfig, modelWorkspace } from '../support/model-workspace.js'
import { CLI_ENTRY, runAction, runNode, type ActionRun } from '../support/run-action.js'

const MLFLOW_TOKEN = 'mlflow-PLANTED-token-123'
let github: GitHubSimulator
let mlflow: MlflowSimulator
let hf: HfSimulator

beforeAll(async () => {
  const now = new Date()
  github = await startGitHubSimulator({ orgs: [demoOrg(now)] })
  mlflow = await startMlflowSimulator(demoMlflow(now), { token: MLFLOW_TOKEN })
  hf = await startHfSimulator(demoHf(now))
})
afterAll(async () => {
  await Promise.all([github.close(), mlflow.close(), hf.close()])
})
afterEach(() => mlflow.clearFaults())

async function nightly(
  config: string,
  env: Record<string, string> = { MLFLOW_TRACKING_TOKEN: MLFLOW_TOKEN }
) {
  return runAction({
    inputs: {
      'github-token': 'ghs_simulator_token',
      repositories: 'acme-corp/payments-api',
      'fail-on': 'none'
    },
    apiUrl: github.url,
    graphqlUrl: github.graphqlUrl,
    workspace: await modelWorkspace(config),
    env
  })
}

const findingsOf = (run: ActionRun) => readJson<Finding[]>(join(run.outputs['bundle-path']!, 'findings.json'))
const find = (findings: Finding[], check: string, subject: string) =>
  findings.find((f) => f.check === check && f.subject === subject)

describe('model registry evidence in the nightly run', () => {
  let run: ActionRun
  let findings: Finding[]
  beforeAll(async () => {
    run = await nightly(modelConfig(mlflow.url, hf.url))
    findings = await findingsOf(run)
  })

  test('thresholds: alias-promoted versions are evaluated; per-system thresholds; run, time and dataset named', () => {
    // churn-xgb 3 is promoted by the alias `champion` only (MLflow search answers carry no aliases on
    // versions): its AI system's thresholds from the inventory replace the general accuracy bound.
    expect(find(findings, 'models.evaluation.thresholds', 'mlflow:churn-xgb@3')).toMatchObject({
      status: 'pass',
      message: expect.stringContaining(
        'accuracy 0.931 >= 0.92 (inventory system churn-predictor), fairness metric demographic_parity_diff 0.031 <= 0.05 (inventory system churn-predictor); measured in mlflow run 9f2c4e1a7b3d4c8e9a1f2b3c4d5e6f70 (churn-xgb-2026.10), logged '
      ),
      controls: { 'iso42001-2023': ['A.6.2.4'] }
    })
    expect(find(findings, 'models.evaluation.thresholds', 'mlflow:churn-xgb@3')!.message).toContain(
      'on churn-holdout@v2026.10 (digest 5d7e20b4)'
    )
    // ticket-router 5: alias `production` only; the general accuracy bound, its system's fairness bound.
    const router = find(findings, 'models.evaluation.thresholds', 'mlflow:ticket-router@5')!
    expect(router.status).toBe('fail')
    expect(router.message).toContain(
      'accuracy 0.812 does not meet >= 0.9 (models.thresholds) from mlflow run c1d2e3f4a5b6478899aabbccddeeff00 (router-retrain), logged '
    )
    expect(router.message).toContain('no fairness metric demographic_parity_diff result')
    // Staging versions are not production: no finding.
    expect(findings.some((f) => f.subject.startsWith('mlflow:fraud-scorer'))).toBe(false)
  })

  test('approval, documentation, lineage, monitoring', () => {
    expect(find(findings, 'models.deployment.approval', 'mlflow:churn-xgb@3')?.message).toContain(
      'approved by lee-chen'
    )
    expect(find(findings, 'models.deployment.approval', 'mlflow:churn-xgb@3')?.status).toBe('pass')
    // MLflow versions carry no user_id: the creator is the source run's user, who approved it themself.
    expect(find(findings, 'models.deployment.approval', 'mlflow:ticket-router@5')).toMatchObject({
      status: 'fail',
      message: 'ticket-router 5: approved by its creator sam-ops.'
    })
    expect(find(findings, 'models.documentation', 'mlflow:churn-xgb@3')?.status).toBe('pass')
    expect(find(findings, 'models.documentation', 'huggingface:acme-corp/ticket-summarizer')?.status).toBe(
      'pass'
    )
    expect(find(findings, 'models.documentation', 'mlflow:ticket-router@5')?.status).toBe('fail')
    expect(find(findings, 'models.lineage', 'mlflow:churn-xgb@3')?.message).toContain(
      'churn-training@v2026.10'
    )
    expect(find(findings, 'models.lineage', 'mlflow:ticket-router@5')?.message).toContain(
      'no dataset versions'
    )
    expect(find(findings, 'models.lineage', 'mlflow:shadow-ranker@2')?.message).toContain('could not be read')
    expect(find(findings, 'models.monitoring', 'mlflow:churn-xgb@3')?.status).toBe('pass')
    expect(find(findings, 'models.monitoring', 'mlflow:ticket-router@5')?.status).toBe('fail')
  })

  test('Hugging Face: an old evaluation stays old after an unrelated commit; template sections and dataset revisions', () => {
    const stale = find(findings, 'models.evaluation.thresholds', 'huggingface:acme-corp/intent-classifier')!
    expect(stale.status).toBe('fail')
    expect(stale.message).toContain('accuracy 0.94 is 200 days old')
    const documentation = find(findings, 'models.documentation', 'huggingface:acme-corp/intent-classifier')!
    expect(documentation.status).toBe('fail')
    expect(documentation.message).toContain('intended use or limitations or training details')
    expect(find(findings, 'models.lineage', 'huggingface:acme-corp/intent-classifier')?.message).toContain(
      'dataset acme/intents is named without a revision'
    )
    expect(find(findings, 'models.lineage', 'huggingface:acme-corp/ticket-summarizer')?.status).toBe('pass')
  })

  test('inventory coverage both ways, and the pipeline test results', () => {
    expect(find(findings, 'models.inventory-coverage', 'mlflow:shadow-ranker@2')?.status).toBe('fail')
    expect(find(findings, 'models.inventory-coverage', 'mlflow:churn-xgb@3')?.status).toBe('pass')
    expect(
      find(findings, 'models.inventory-coverage', 'inventory:.github/ai-inventory.yml')?.message
    ).toContain('credit-scorer-v1 (legacy-scorer)')
    // Result files name the model version and carry their run time.
    expect(find(findings, 'models.pipeline-tests', 'results:model-tests/churn-xgb.junit.xml')).toMatchObject({
      status: 'pass',
      message: expect.stringMatching(/^3 test\(s\) of churn-xgb 3 passed \(run at \d{4}-/)
    })
    const router = find(findings, 'models.pipeline-tests', 'results:model-tests/ticket-router.json')!
    expect(router.status).toBe('fail')
    expect(router.message).toContain('skipped but required')
  })

  test('42001 controls show up with their evidence next to the 27001 ones; the bundle verifies', async () => {
    const controls = await readJson<ControlsReport>(join(run.outputs['bundle-path']!, 'controls.json'))
    const a624 = controls.frameworks['iso42001-2023'].controls.find((c) => c.id === 'A.6.2.4')!
    expect(a624.status).toBe('failing')
    expect(a624.evidence).toEqual(expect.arrayContaining(['evidence/models/mlflow/churn-xgb/3.json']))
    expect(controls.frameworks['iso42001-2023'].controls.find((c) => c.id === 'A.6.2.5')?.status).toBe(
      'failing'
    )
    expect(run.summary).toContain('| A.6.2.4 | AI system verification and validation |')
    const verified = await runNode(CLI_ENTRY, ['verify', run.outputs['bundle-path']!], {})
    expect(verified.stdout).toContain('OK: ')
  })

  test('the registry token appears nowhere in the bundle or the logs', async () => {
    const { readBundleFiles } = await import('../support/bundles.js')
    for (const [, text] of await readBundleFiles(run.outputs['bundle-path']!))
      expect(text).not.toContain('PLANTED')
    // The one place it may appear: the command that tells the runner to mask it (core.setSecret).
    expect(run.stdout).toContain(`::add-mask::${MLFLOW_TOKEN}`)
    expect((run.stdout + run.stderr).replace(/^::add-mask::.*$/gm, '')).not.toContain('PLANTED')
  })
})

describe('model sources that fail', () => {
  test('an unreachable registry gives error findings; GitHub and other sources are still collected', async () => {
    const run = await nightly(modelConfig('http://127.0.0.1:1', hf.url))
    const findings = await findingsOf(run)
    const errors = findings.filter((f) => f.subject === 'mlflow:127.0.0.1:1')
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.every((f) => f.status === 'error')).toBe(true)
    expect(errors[0]!.message).toContain('could not be reached')
    expect(find(findings, 'models.documentation', 'huggingface:acme-corp/ticket-summarizer')?.status).toBe(
      'pass'
    )
    expect(find(findings, 'github.branch-protection.enabled', 'github:acme-corp/payments-api')?.status).toBe(
      'pass'
    )
  })

  test('a wrong token is a 401 error naming the fix, never a pass', async () => {
    const run = await nightly(modelConfig(mlflow.url, hf.url), { MLFLOW_TRACKING_TOKEN: 'wrong' })
    const mlflowFindings = (await findingsOf(run)).filter((f) => f.subject.startsWith('mlflow:'))
    expect(mlflowFindings.every((f) => f.status === 'error')).toBe(true)
    expect(mlflowFindings[0]!.message).toContain('rejected the credentials (401')
  })

  test('a 5xx from the registry is retried', async () => {
    mlflow.addFault({ path: /registered-models\/search/, kind: 'server-error', times: 1 })
    const run = await nightly(modelConfig(mlflow.url, hf.url))
    expect(find(await findingsOf(run), 'models.evaluation.thresholds', 'mlflow:churn-xgb@3')?.status).toBe(
      'pass'
    )
  })

  test('a threshold written badly exits 2 naming the path', async () => {
    const run = await nightly(
      modelConfig(mlflow.url, hf.url).replace("'accuracy >= 0.9'", "'accuracy >= high'")
    )
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('models.thresholds.0: expected "<metric> <operator> <number>"')
  })

  test('a result file that is not XML is an error naming the file', async () => {
    const { writeFile } = await import('node:fs/promises')
    const workspace = await modelWorkspace(modelConfig(mlflow.url, hf.url))
    await writeFile(join(workspace, 'model-tests', 'broken.xml'), 'this is not <xml')
    const run = await runAction({
      inputs: {
        'github-token': 'ghs_simulator_token',
        repositories: 'acme-corp/payments-api',
        'fail-on': 'none'
      },
      apiUrl: github.url,
      graphqlUrl: github.graphqlUrl,
      workspace,
      env: { MLFLOW_TRACKING_TOKEN: MLFLOW_TOKEN }
    })
    const broken = (await findingsOf(run)).find(
      (f) => f.check === 'models.pipeline-tests' && f.subject.includes('broken.xml')
    )!
    expect(broken.status).toBe('error')
    expect(broken.message).toContain('broken.xml')
  })
})
