import { modelDeploymentApproval } from '../../src/checks/models/deployment-approval.js'
import { modelEvaluationThresholds } from '../../src/checks/models/evaluation-thresholds.js'
import { modelLineage } from '../../src/checks/models/lineage.js'
import { modelPipelineTests } from '../../src/checks/models/pipeline-tests.js'
import { configSchema } from '../../src/config/schema.js'
import { parseThreshold } from '../../src/config/thresholds.js'
import type { EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex, type EvidenceSink } from '../../src/sources/evidence.js'
import { INVENTORY_KIND } from '../../src/sources/models/inventory.js'
import { mlflowNameFilter } from '../../src/sources/models/mlflow-filter.js'
import {
  MLFLOW_KIND,
  collectMlflow,
  mlflowVersionView,
  type MlflowModelVersion,
  type MlflowRegisteredModel,
  type MlflowRun,
  type MlflowSettings,
  type MlflowVersionEvidence
} from '../../src/sources/models/mlflow.js'
import { RESULTS_KIND } from '../../src/sources/models/results.js'
import type { ModelTestResults } from '../../src/sources/models/types.js'
import { startMlflowSimulator, type MlflowState } from '../support/mlflow-simulator.js'

const END = '2026-11-20T12:00:00.000Z'
const DAY = 86_400_000
const ago = (days: number) => Date.parse(END) - days * DAY
const RUN_ID = '9f2c4e1a7b3d4c8e9a1f2b3c4d5e6f70'
const SETTINGS: MlflowSettings = {
  url: 'http://mlflow.test',
  'production-aliases': ['champion', 'production', 'prod'],
  'production-stages': ['Production']
}

// Shaped exactly like MLflow 2.17.2's answers (issue #10): registered-models/search carries the aliases as
// {alias, version}; model-versions/search has no aliases and no user_id, and "" for a missing description,
// run_id and run_link; runs/get has the creator in info.user_id and dataset inputs with a context tag.
const registeredModel = (aliases: { alias: string; version: string }[] = []): MlflowRegisteredModel => ({
  name: 'churn-xgb',
  description: '',
  aliases,
  latest_versions: [searchedVersion()],
  tags: [{ key: 'team', value: 'ml-team' }]
})
function searchedVersion(changes: Partial<MlflowModelVersion> = {}): MlflowModelVersion {
  return {
    name: 'churn-xgb',
    version: '3',
    creation_timestamp: ago(11),
    last_updated_timestamp: ago(10),
    current_stage: 'None',
    description: '## Intended use\n\nRanking.\n\n## Limitations\n\nEU and US only.',
    source: `mlflow-artifacts:/1/${RUN_ID}/artifacts/model`,
    run_id: RUN_ID,
    run_link: '',
    status: 'READY',
    tags: [
      { key: 'approved_by', value: 'lee-chen' },
      { key: 'approved_at', value: new Date(ago(10)).toISOString() }
    ],
    ...changes
  } as MlflowModelVersion
}
function run(changes: { user?: string; deleted?: boolean; metricsAt?: number } = {}): MlflowRun {
  const at = changes.metricsAt ?? ago(12)
  return {
    info: {
      run_id: RUN_ID,
      run_name: 'churn-xgb-2026.10',
      user_id: changes.user ?? 'dana-ml',
      status: 'FINISHED',
      start_time: at - 3_600_000,
      end_time: at,
      lifecycle_stage: changes.deleted ? 'deleted' : 'active'
    },
    data: {
      metrics: [
        { key: 'accuracy', value: 0.931, timestamp: at },
        { key: 'demographic_parity_difference', value: 0.031, timestamp: at }
      ],
      tags: [{ key: 'mlflow.user', value: changes.user ?? 'dana-ml' }]
    },
    inputs: {
      dataset_inputs: [
        {
          tags: [{ key: 'mlflow.data.context', value: 'training' }],
          dataset: { name: 'churn-training', digest: 'a3f91c0e', source: 's3://d/train' }
        },
        {
          tags: [{ key: 'mlflow.data.context', value: 'evaluation' }],
          dataset: { name: 'churn-holdout', digest: '5d7e20b4', source: 's3://d/holdout' }
        }
      ]
    }
  }
}
function versionRecord(evidence: Partial<MlflowVersionEvidence> = {}): EvidenceRecord<MlflowVersionEvidence> {
  const data: MlflowVersionEvidence = {
    model: registeredModel([{ alias: 'champion', version: '3' }]),
    version: searchedVersion(),
    run: run(),
    ...evidence
  }
  return {
    path: `evidence/models/mlflow/churn-xgb/${data.version.version}.json`,
    source: 'mlflow',
    subject: `mlflow:churn-xgb@${data.version.version}`,
    kind: MLFLOW_KIND,
    requests: [],
    data
  }
}
function resultsRecord(results: Partial<ModelTestResults>, file = 'model-tests/churn.json'): EvidenceRecord {
  return {
    path: `evidence/models/results/${file}.json`,
    source: 'results',
    subject: `results:${file}`,
    kind: RESULTS_KIND,
    requests: [],
    data: {
      file,
      sha256: '0'.repeat(64),
      size: 1,
      format: 'json',
      results: { file, tests: [], metrics: [], ...results }
    }
  }
}
function inventoryRecord(content: string): EvidenceRecord {
  return {
    path: 'evidence/models/ai-inventory.json',
    source: 'workspace',
    subject: 'inventory:.github/ai-inventory.yml',
    kind: INVENTORY_KIND,
    requests: [],
    data: { path: '.github/ai-inventory.yml', content }
  }
}
const INVENTORY = `systems:
  - id: churn-predictor
    name: Churn
    purpose: Churn risk
    owner: ml-team
    vendor: internal
    models: [churn-xgb]
    thresholds: ['demographic_parity_difference <= 0.1']
`
function context(records: EvidenceRecord[], models: Record<string, unknown> = {}) {
  return {
    evidence: new EvidenceIndex(records),
    config: configSchema.parse({ models: { mlflow: { url: SETTINGS.url }, ...models } }),
    period: { start: new Date(ago(1)).toISOString(), end: END, expression: 'P1D' }
  }
}

describe('which MLflow versions are in production', () => {
  test.each([
    [
      'an alias on the registered model (search answers have none on the version)',
      [{ alias: 'champion', version: '3' }],
      'None',
      true
    ],
    ['an alias named in the config', [{ alias: 'prod', version: '3' }], 'None', true],
    ['an alias on another version', [{ alias: 'champion', version: '2' }], 'None', false],
    ['an alias that does not mean production', [{ alias: 'challenger', version: '3' }], 'None', false],
    ['the legacy Production stage', [], 'Production', true],
    ['the Staging stage', [], 'Staging', false]
  ])('%s', (_, aliases, stage, production) => {
    const view = mlflowVersionView(
      versionRecord({ model: registeredModel(aliases), version: searchedVersion({ current_stage: stage }) }),
      SETTINGS
    )!
    expect(view.production).toBe(production)
    expect(view.labels).toEqual([
      ...aliases.filter((a) => a.version === '3').map((a) => `@${a.alias}`),
      ...(stage === 'None' ? [] : [stage])
    ])
  })

  test('the aliases that mean production are configurable', () => {
    const record = versionRecord({ model: registeredModel([{ alias: 'live', version: '3' }]) })
    expect(mlflowVersionView(record, SETTINGS)!.production).toBe(false)
    expect(mlflowVersionView(record, { ...SETTINGS, 'production-aliases': ['live'] })!.production).toBe(true)
  })

  test('empty strings are missing values: no run, no description', () => {
    const view = mlflowVersionView(
      versionRecord({ version: searchedVersion({ run_id: '', description: '' }), run: undefined }),
      SETTINGS
    )!
    expect(view.lineage.runId).toBeUndefined()
    expect(view.description).toBeUndefined()
    expect(view.documentation).toMatchObject({ intendedUse: false, limitations: false })
  })
})

describe('models.deployment.approval on MLflow: the creator is the source run user', () => {
  test.each([
    ['another user approved', 'lee-chen', 'dana-ml', 'pass', 'approved by lee-chen'],
    [
      'the run user approved their own version',
      'dana-ml',
      'dana-ml',
      'fail',
      'approved by its creator dana-ml'
    ],
    [
      'the same user, other case and spaces',
      ' Dana-ML',
      'dana-ml',
      'fail',
      'approved by its creator dana-ml'
    ],
    ['no approval tag', undefined, 'dana-ml', 'fail', 'no deployment approval is recorded']
  ])('%s', (_, approver, runUser, status, message) => {
    const record = versionRecord({
      version: searchedVersion({ tags: approver ? [{ key: 'approved_by', value: approver }] : [] }),
      run: run({ user: runUser })
    })
    const [finding] = modelDeploymentApproval.evaluate(context([record]))
    expect(finding).toMatchObject({ subject: 'mlflow:churn-xgb@3', status })
    expect(finding!.message).toContain(message)
  })

  test('without a readable run the creator is unknown: error, never a pass', () => {
    const record = versionRecord({ run: undefined, runError: 'MLflow at … answered 404' })
    const [finding] = modelDeploymentApproval.evaluate(context([record]))
    expect(finding!.status).toBe('error')
    expect(finding!.message).toContain('no creator is recorded')
  })
})

describe('models.evaluation.thresholds on MLflow runs', () => {
  test('the finding names the run, when each metric was logged and the evaluation dataset', () => {
    const [finding] = modelEvaluationThresholds.evaluate(
      context([versionRecord()], { thresholds: ['accuracy >= 0.9', 'demographic_parity_difference <= 0.1'] })
    )
    expect(finding!.status).toBe('pass')
    expect(finding!.message).toBe(
      `churn-xgb 3: accuracy 0.931 >= 0.9 (models.thresholds), fairness metric demographic_parity_difference 0.031 <= 0.1 (models.thresholds); measured in mlflow run ${RUN_ID} (churn-xgb-2026.10), logged ${new Date(ago(12)).toISOString()}, on churn-holdout (digest 5d7e20b4).`
    )
  })

  test('a deleted run is still served, but its metrics are not evidence', () => {
    const [finding] = modelEvaluationThresholds.evaluate(
      context([versionRecord({ run: run({ deleted: true }) })], { thresholds: ['accuracy >= 0.9'] })
    )
    expect(finding!.status).toBe('fail')
    expect(finding!.message).toContain(`the source run ${RUN_ID} is deleted (lifecycle_stage "deleted")`)
    expect(finding!.message).toContain('no accuracy result')
    const [lineage] = modelLineage.evaluate(context([versionRecord({ run: run({ deleted: true }) })]))
    expect(lineage!.status).toBe('fail')
  })

  test.each([
    ['meets a max bound (fairness)', 'demographic_parity_difference <= 0.05', 12, 'pass'],
    ['misses a max bound (fairness)', 'demographic_parity_difference <= 0.01', 12, 'fail'],
    ['inside a range', '0 <= demographic_parity_difference <= 0.1', 12, 'pass'],
    ['outside a range', '0.05 < demographic_parity_difference < 0.1', 12, 'fail'],
    ['a min bound met, but logged too long ago', 'accuracy >= 0.9', 120, 'fail'],
    ['a metric the run never logged', 'auc >= 0.9', 12, 'fail']
  ])('%s', (_, threshold, daysOld, status) => {
    const [finding] = modelEvaluationThresholds.evaluate(
      context([versionRecord({ run: run({ metricsAt: ago(daysOld) }) })], { thresholds: [threshold] })
    )
    expect(finding!.status).toBe(status)
  })

  test('a metric without a time cannot be shown current: error', () => {
    const [finding] = modelEvaluationThresholds.evaluate(
      context(
        [
          versionRecord({ run: undefined, version: searchedVersion({ run_id: '' }) }),
          resultsRecord({
            model: 'churn-xgb',
            version: '3',
            metrics: [{ name: 'auc', value: 0.97, source: 'model-tests/churn.json' }]
          })
        ],
        { thresholds: ['auc >= 0.9'] }
      )
    )
    expect(finding!.status).toBe('error')
    expect(finding!.message).toContain('no time is recorded for it')
  })
})

describe('thresholds per model and per AI system', () => {
  const evaluate = (models: Record<string, unknown>, inventory = INVENTORY) =>
    modelEvaluationThresholds.evaluate(context([versionRecord(), inventoryRecord(inventory)], models))

  test.each([
    [
      'general only',
      { thresholds: ['accuracy >= 0.95'] },
      'fail',
      'accuracy 0.931 does not meet >= 0.95 (models.thresholds'
    ],
    [
      'the model relaxes the general bound',
      { thresholds: ['accuracy >= 0.95'], 'model-thresholds': { 'churn-xgb': ['accuracy >= 0.9'] } },
      'pass',
      'accuracy 0.931 >= 0.9 (models.model-thresholds.churn-xgb)'
    ],
    [
      'a registry-prefixed model key',
      { 'model-thresholds': { 'mlflow:churn-xgb': ['accuracy >= 0.99'] } },
      'fail',
      '(models.model-thresholds.mlflow:churn-xgb'
    ],
    [
      'the system (config) tightens the general bound',
      { thresholds: ['accuracy >= 0.9'], 'system-thresholds': { 'churn-predictor': ['accuracy >= 0.95'] } },
      'fail',
      '>= 0.95 (models.system-thresholds.churn-predictor'
    ],
    [
      'the inventory adds a fairness bound',
      {},
      'pass',
      'demographic_parity_difference 0.031 <= 0.1 (inventory system churn-predictor)'
    ],
    [
      'the model overrides the inventory fairness bound',
      { 'model-thresholds': { 'churn-xgb': ['demographic_parity_difference <= 0.02'] } },
      'fail',
      'demographic_parity_difference 0.031 does not meet <= 0.02 (models.model-thresholds.churn-xgb'
    ]
  ])('%s', (_, models, status, message) => {
    const [finding] = evaluate(models)
    expect(finding!.status).toBe(status)
    expect(finding!.message).toContain(message)
  })

  test('no thresholds anywhere: not applicable', () => {
    const [finding] = evaluate({}, INVENTORY.replace(/ {4}thresholds: .*\n/, ''))
    expect(finding!.status).toBe('not_applicable')
  })

  test('an inventory that cannot be read leaves the system thresholds unknown: error', () => {
    const [finding] = evaluate({ thresholds: ['accuracy >= 0.9'] }, 'systems: [{ id: 1 }]')
    expect(finding!.status).toBe('error')
    expect(finding!.message).toContain('is not valid')
  })

  test('keys that name no model or no AI system are errors, never silently ignored', () => {
    const findings = evaluate({
      'model-thresholds': { 'churn-xbg': ['accuracy >= 0.99'] },
      'system-thresholds': { 'churn-predicter': ['accuracy >= 0.99'] }
    })
    expect(findings.slice(1).map((f) => [f.subject, f.status])).toEqual([
      ['config:models.model-thresholds.churn-xbg', 'error'],
      ['config:models.system-thresholds.churn-predicter', 'error']
    ])
  })

  test.each([
    ['accuracy >= 0.9', [{ operator: '>=', limit: 0.9 }]],
    ['demographic_parity_difference <= 0.1', [{ operator: '<=', limit: 0.1 }]],
    [
      '0.8 <= disparate_impact_ratio <= 1.25',
      [
        { operator: '>=', limit: 0.8 },
        { operator: '<=', limit: 1.25 }
      ]
    ],
    [
      '0.8 < disparate_impact_ratio < 1.25',
      [
        { operator: '>', limit: 0.8 },
        { operator: '<', limit: 1.25 }
      ]
    ]
  ])('threshold syntax: %s', (text, bounds) => {
    expect(parseThreshold(text)?.bounds).toEqual(bounds)
  })

  test.each(['accuracy >= high', '1.25 <= ratio <= 0.8', '0.8 >= ratio >= 0.1', 'accuracy'])(
    'not a threshold, refused at config load: %s',
    (text) => {
      expect(parseThreshold(text)).toBeUndefined()
      const parsed = configSchema.safeParse({ models: { 'system-thresholds': { s: [text] } } })
      expect(parsed.success).toBe(false)
    }
  )
})

describe('pipeline result files are matched to a model version and carry their run time', () => {
  const fresh = new Date(ago(2)).toISOString()
  const metrics = (at?: string) => [
    { name: 'auc', value: 0.97, source: 'model-tests/churn.json', ...(at ? { at } : {}) }
  ]

  test.each([
    ['the version in production', '3', 'pass', 'auc 0.97 >= 0.9'],
    ['another version of the model', '2', 'fail', 'no auc result (model-tests/churn.json is for version 2)'],
    ['no version', undefined, 'fail', 'no auc result (model-tests/churn.json is for no version)']
  ])('thresholds: a result file for %s', (_, version, status, message) => {
    const [finding] = modelEvaluationThresholds.evaluate(
      context(
        [
          versionRecord(),
          resultsRecord({
            model: 'churn-xgb',
            ...(version ? { version } : {}),
            at: fresh,
            metrics: metrics(fresh)
          })
        ],
        { thresholds: ['auc >= 0.9'] }
      )
    )
    expect(finding!.status).toBe(status)
    expect(finding!.message).toContain(message)
  })

  test.each([
    ['version and a fresh run time', { version: '3', at: fresh }, 'pass', 'passed (run at'],
    ['no version', { at: fresh }, 'error', 'no model version'],
    ['no run time', { version: '3' }, 'error', 'no run time'],
    [
      'a run time older than max-result-age-days',
      { version: '3', at: new Date(ago(91)).toISOString() },
      'fail',
      '91 days ago (older than 90)'
    ],
    [
      'a failed test and no version',
      { tests: [{ name: 't', status: 'failed' as const }] },
      'fail',
      'and the file records no model version'
    ]
  ])('pipeline tests: %s', (_, results, status, message) => {
    const [finding] = modelPipelineTests.evaluate(
      context([resultsRecord({ model: 'churn-xgb', tests: [{ name: 't', status: 'passed' }], ...results })])
    )
    expect(finding!.status).toBe(status)
    expect(finding!.message).toContain(message)
  })
})

describe('collectMlflow against a server that answers like MLflow 2.17.2', () => {
  const state = (): MlflowState => ({
    models: [
      {
        name: 'churn-xgb',
        creationTimestamp: ago(100),
        versions: [
          {
            name: 'churn-xgb',
            version: '2',
            creationTimestamp: ago(50),
            lastUpdatedTimestamp: ago(1),
            runId: 'r2',
            currentStage: 'Archived'
          },
          {
            name: 'churn-xgb',
            version: '3',
            creationTimestamp: ago(11),
            runId: RUN_ID,
            aliases: ['champion'],
            tags: { approved_by: 'dana-ml' }
          }
        ]
      },
      {
        name: "o'brien",
        creationTimestamp: ago(100),
        versions: [
          { name: "o'brien", version: '1', creationTimestamp: ago(5), aliases: ['prod'], source: 's3://m/1' }
        ]
      }
    ],
    runs: [
      {
        runId: RUN_ID,
        experimentId: '1',
        userId: 'dana-ml',
        startTime: ago(12),
        status: 'FINISHED',
        metrics: [],
        params: {},
        tags: {},
        datasets: []
      },
      {
        runId: 'r2',
        experimentId: '1',
        userId: 'dana-ml',
        startTime: ago(50),
        status: 'FINISHED',
        metrics: [],
        params: {},
        tags: {},
        datasets: []
      }
    ]
  })
  async function collect(
    mlflowState: MlflowState,
    fault?: Parameters<Awaited<ReturnType<typeof startMlflowSimulator>>['addFault']>[0]
  ) {
    const sim = await startMlflowSimulator(mlflowState)
    if (fault) sim.addFault(fault)
    const records: EvidenceRecord[] = []
    const sink: EvidenceSink = { add: async (record) => void records.push(record) }
    try {
      await collectMlflow(sink, { ...SETTINGS, url: sim.url }, {})
      return { records, requests: sim.requests.map((r) => `${r.method} ${decodeURIComponent(r.path)}`) }
    } finally {
      await sim.close()
    }
  }

  test('alias-promoted versions are production: their run is read, and the self-approval is caught', async () => {
    const { records, requests } = await collect(state())
    const versions = records.filter(
      (r) => r.kind === MLFLOW_KIND && r.subject.startsWith('mlflow:churn-xgb@')
    )
    // In version order, although MLflow answered in last-update order (2 before 3).
    expect(versions.map((r) => r.subject)).toEqual(['mlflow:churn-xgb@2', 'mlflow:churn-xgb@3'])
    expect(requests).toContain(`GET /api/2.0/mlflow/runs/get?run_id=${RUN_ID}`)
    expect(requests).not.toContain('GET /api/2.0/mlflow/runs/get?run_id=r2')
    const view = mlflowVersionView(versions[1] as EvidenceRecord<MlflowVersionEvidence>, SETTINGS)!
    expect(view).toMatchObject({ production: true, labels: ['@champion'], createdBy: 'dana-ml' })
    const [approval] = modelDeploymentApproval.evaluate(context(versions))
    expect(approval!.message).toBe('churn-xgb 3: approved by its creator dana-ml.')
  })

  test('a name with a quote is searched with the other quote, and round-trips', async () => {
    const { records, requests } = await collect(state())
    expect(requests).toContain(
      `GET /api/2.0/mlflow/model-versions/search?filter=name="o'brien"&max_results=100`
    )
    const obrien = records.find((r) => r.subject === "mlflow:o'brien@1")!
    expect(obrien.path).toMatch(/^evidence\/models\/mlflow\/o_brien-[0-9a-f]{8}\/1\.json$/)
    expect(mlflowVersionView(obrien as EvidenceRecord<MlflowVersionEvidence>, SETTINGS)!.production).toBe(
      true
    )
  })

  test('a name with both quotes cannot be filtered: an error naming the model', async () => {
    const both = state()
    both.models[1]!.name = `o'brien "jr"`
    both.models[1]!.versions[0]!.name = `o'brien "jr"`
    const { records } = await collect(both)
    const error = records.find((r) => r.subject === `mlflow:o'brien "jr"`)!
    expect(error.error!.message).toContain(`"o'brien \\"jr\\"" contains both ' and "`)
    const [finding] = modelDeploymentApproval.evaluate(context([error]))
    expect(finding).toMatchObject({ status: 'error', subject: `mlflow:o'brien "jr"` })
  })

  test('an empty answer (200 {}) for a model the registry listed is an error, not "no versions"', async () => {
    const { records } = await collect(state(), { path: /model-versions\/search.*churn-xgb/, kind: 'empty' })
    const error = records.find((r) => r.subject === 'mlflow:churn-xgb')!
    expect(error.error!.message).toBe(
      "MLflow lists registered model churn-xgb with version(s) 2, 3, but model-versions/search with name='churn-xgb' returned none, so its production versions cannot be evaluated."
    )
  })

  test.each([
    ['churn-xgb', "name='churn-xgb'"],
    ["o'brien", `name="o'brien"`],
    ['say "hi"', `name='say "hi"'`],
    ['back\\slash', "name='back\\slash'"],
    [`both ' and "`, undefined]
  ])('filter for %s', (name, filter) => {
    expect(mlflowNameFilter(name)).toBe(filter)
  })
})

test('a configured model the registry does not list is an error naming it', async () => {
  const sim = await startMlflowSimulator({ models: [], runs: [] })
  const records: EvidenceRecord[] = []
  try {
    await collectMlflow(
      { add: async (record) => void records.push(record) },
      { ...SETTINGS, url: sim.url, models: ['churn-xbg'] },
      {}
    )
  } finally {
    await sim.close()
  }
  expect(records.find((r) => r.subject === 'mlflow:churn-xbg')?.error?.message).toContain(
    'lists no registered model named "churn-xbg" (models.mlflow.models)'
  )
})

test('a production alias target the search did not return is read with model-versions/get', async () => {
  // 101 versions: the search's second page (version 1, the oldest) answers 200 {}; the alias points at it.
  const versions = Array.from({ length: 101 }, (_, i) => ({
    name: 'big',
    version: String(i + 1),
    creationTimestamp: ago(200 - i),
    source: `s3://m/${i + 1}`,
    ...(i === 0 ? { aliases: ['champion'] } : {})
  }))
  const sim = await startMlflowSimulator({
    models: [{ name: 'big', creationTimestamp: ago(300), versions }],
    runs: []
  })
  sim.addFault({ path: /model-versions\/search.*page_token/, kind: 'empty' })
  const records: EvidenceRecord[] = []
  try {
    await collectMlflow(
      { add: async (record) => void records.push(record) },
      { ...SETTINGS, url: sim.url },
      {}
    )
    expect(sim.requests.map((r) => decodeURIComponent(r.path))).toContain(
      '/api/2.0/mlflow/model-versions/get?name=big&version=1'
    )
  } finally {
    await sim.close()
  }
  const champion = records.find((r) => r.subject === 'mlflow:big@1') as EvidenceRecord<MlflowVersionEvidence>
  expect(mlflowVersionView(champion, SETTINGS)).toMatchObject({ production: true, labels: ['@champion'] })
  expect(records.filter((r) => r.kind === MLFLOW_KIND)).toHaveLength(101)
})
