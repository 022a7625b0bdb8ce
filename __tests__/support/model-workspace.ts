import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The AI inventory of the demo: churn-xgb and ticket-router are in it, shadow-ranker is not. */
export const DEMO_INVENTORY = `systems:
  - id: churn-predictor
    name: Customer churn predictor
    purpose: Score subscription churn risk so the retention team can prioritise outreach
    owner: ml-team
    vendor: internal
    models: [churn-xgb]
    data-categories: [customer-account, usage-telemetry]
    impact-assessment: { reference: IA-2026-014, date: 2026-03-02 }
    status: production
    thresholds: ['accuracy >= 0.92', 'demographic_parity_diff <= 0.05']
  - id: ticket-routing
    name: Support ticket router
    purpose: Route incoming support tickets to the right queue
    owner: support-platform
    vendor: internal
    models: [ticket-router, ticket-summarizer]
    data-categories: [support-tickets]
    impact-assessment: { reference: IA-2026-022, date: 2026-05-12 }
    status: production
  - id: legacy-scorer
    name: Legacy credit scorer
    purpose: Replaced in 2025, kept for the record
    owner: risk
    vendor: internal
    models: [credit-scorer-v1]
    status: production
`

const DAY = 86_400_000
/** Results carry the model version they tested and when they ran (issue #10): a pytest 8 timestamp. */
const CHURN_JUNIT = (ranAt: Date) => `<?xml version="1.0" encoding="utf-8"?>
<testsuites>
  <testsuite name="churn-xgb model tests" tests="3" failures="0" errors="0" skipped="0" time="41.2" timestamp="${ranAt.toISOString().replace('Z', '+00:00')}">
    <properties><property name="model" value="churn-xgb"/><property name="version" value="3"/></properties>
    <testcase classname="tests.test_quality" name="test_accuracy_on_holdout" time="12.1"/>
    <testcase classname="tests.test_fairness" name="test_demographic_parity" time="20.3"/>
    <testcase classname="tests.test_robustness" name="test_missing_features" time="8.8"/>
  </testsuite>
</testsuites>
`

const ROUTER_RESULTS = (ranAt: Date) =>
  JSON.stringify(
    {
      model: 'ticket-router',
      version: '5',
      timestamp: ranAt.toISOString(),
      tests: [
        {
          name: 'routing accuracy >= 0.9 on the October holdout',
          status: 'failed',
          required: true,
          message: 'accuracy 0.812'
        },
        { name: 'no PII in routing features', status: 'skipped', required: true, message: 'fixture missing' }
      ]
    },
    null,
    2
  )

/** A checked-out repository as a nightly job sees it: evidence config, AI inventory, model test results. */
export async function modelWorkspace(config: string): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'annex-models-'))
  await mkdir(join(workspace, '.github'), { recursive: true })
  await mkdir(join(workspace, 'model-tests'), { recursive: true })
  await writeFile(join(workspace, '.github', 'evidence.yml'), config)
  await writeFile(join(workspace, '.github', 'ai-inventory.yml'), DEMO_INVENTORY)
  const now = Date.now()
  await writeFile(
    join(workspace, 'model-tests', 'churn-xgb.junit.xml'),
    CHURN_JUNIT(new Date(now - 11 * DAY))
  )
  await writeFile(
    join(workspace, 'model-tests', 'ticket-router.json'),
    ROUTER_RESULTS(new Date(now - 20 * DAY))
  )
  return workspace
}

export function modelConfig(mlflowUrl: string, hfUrl: string, extra = ''): string {
  return `models:
  mlflow:
    url: ${mlflowUrl}
  huggingface:
    endpoint: ${hfUrl}
    models: [acme-corp/ticket-summarizer, acme-corp/intent-classifier]
  results: ['model-tests/*.xml', 'model-tests/*.json']
  thresholds: ['accuracy >= 0.9']
  system-thresholds:
    ticket-routing: ['demographic_parity_diff <= 0.05']
${extra}`
}
