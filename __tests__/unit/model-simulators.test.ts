import { startHfSimulator, type HfModel, type HfSimulator } from '../support/hf-simulator.js'
import { startMlflowSimulator, type MlflowSimulator } from '../support/mlflow-simulator.js'
import { DEMO_HF_SHA, DEMO_RUNS, demoHf, demoMlflow } from '../support/model-registry-demo.js'

const NOW = new Date('2026-11-20T12:00:00Z')
const API = '/api/2.0/mlflow'

interface Json {
  [key: string]: any // eslint-disable-line @typescript-eslint/no-explicit-any
}
async function get(url: string, init?: RequestInit): Promise<{ status: number; body: Json }> {
  const res = await fetch(url, init)
  return { status: res.status, body: (await res.json()) as Json }
}
const tagsOf = (list: Array<{ key: string; value: string }>) =>
  Object.fromEntries(list.map((t) => [t.key, t.value]))

describe('MLflow simulator', () => {
  let sim: MlflowSimulator
  beforeAll(async () => {
    sim = await startMlflowSimulator(demoMlflow(NOW))
  })
  afterAll(() => sim.close())
  afterEach(() => sim.clearFaults())

  it('searches registered models page by page, in name order', async () => {
    const first = await get(`${sim.url}${API}/registered-models/search?max_results=3`)
    expect(first.status).toBe(200)
    expect(first.body.registered_models.map((m: Json) => m.name)).toEqual([
      'churn-xgb',
      'fraud-scorer',
      'shadow-ranker'
    ])
    expect(first.body.next_page_token).toEqual(expect.any(String))
    const second = await get(
      `${sim.url}${API}/registered-models/search?max_results=3&page_token=${encodeURIComponent(first.body.next_page_token)}`
    )
    expect(second.body.registered_models.map((m: Json) => m.name)).toEqual(['ticket-router'])
    expect(second.body.next_page_token).toBeUndefined()

    const churn = first.body.registered_models[0]
    expect(churn.aliases).toEqual([{ alias: 'champion', version: '3' }])
    expect(churn.latest_versions.map((v: Json) => [v.version, v.current_stage])).toEqual([
      ['2', 'Archived'],
      ['3', 'None']
    ])
    expect(churn.creation_timestamp).toBe(NOW.getTime() - 120 * 86_400_000)
  })

  it('answers 405 to POST on the search endpoints (observed on MLflow 2.17.2), and rejects bad parameters', async () => {
    for (const path of ['registered-models/search', 'model-versions/search']) {
      const res = await fetch(`${sim.url}${API}/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ filter: "name LIKE 'churn%'", max_results: 10 })
      })
      expect(res.status).toBe(405)
      expect(await res.text()).toContain('405 Method Not Allowed')
    }
    const like = await get(
      `${sim.url}${API}/registered-models/search?filter=${encodeURIComponent("name LIKE 'churn%'")}`
    )
    expect(like.body.registered_models.map((m: Json) => m.name)).toEqual(['churn-xgb'])
    const tooMany = await get(`${sim.url}${API}/registered-models/search?max_results=5000`)
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.error_code).toBe('INVALID_PARAMETER_VALUE')
  })

  it('filters model versions by name, in both quoting styles, and paginates them', async () => {
    for (const filter of ["name='churn-xgb'", 'name = "churn-xgb"']) {
      const res = await get(`${sim.url}${API}/model-versions/search?filter=${encodeURIComponent(filter)}`)
      expect(res.body.model_versions.map((v: Json) => v.version)).toEqual(['3', '2'])
    }
    const page1 = await get(
      `${sim.url}${API}/model-versions/search?filter=name%3D%27churn-xgb%27&max_results=1`
    )
    const v3 = page1.body.model_versions[0]
    expect(v3).toMatchObject({
      name: 'churn-xgb',
      version: '3',
      current_stage: 'None',
      run_id: DEMO_RUNS.churnV3,
      run_link: '',
      status: 'READY'
    })
    // Observed on MLflow 2.17.2: search leaves out aliases, and no version carries a user_id.
    expect(v3.aliases).toBeUndefined()
    expect(v3.user_id).toBeUndefined()
    expect(v3.description).toContain('## Intended use')
    expect(tagsOf(v3.tags)).toMatchObject({
      approved_by: 'lee-chen',
      monitoring: 'evidently://churn-drift-dashboard'
    })
    const page2 = await get(
      `${sim.url}${API}/model-versions/search?filter=name%3D%27churn-xgb%27&max_results=1&page_token=${page1.body.next_page_token}`
    )
    expect(page2.body.model_versions.map((v: Json) => v.version)).toEqual(['2'])
    expect(page2.body.next_page_token).toBeUndefined()

    const bad = await get(`${sim.url}${API}/model-versions/search?filter=${encodeURIComponent('stage = 1')}`)
    expect(bad.status).toBe(400)
  })

  it('gets registered models and versions by name', async () => {
    const model = await get(`${sim.url}${API}/registered-models/get?name=ticket-router`)
    expect(model.body.registered_model.aliases).toEqual([{ alias: 'production', version: '5' }])
    const version = await get(`${sim.url}${API}/model-versions/get?name=fraud-scorer&version=1`)
    expect(version.body.model_version).toMatchObject({
      current_stage: 'Staging',
      version: '1',
      // Observed on MLflow 2.17.2: missing description, run_id and run_link are empty strings.
      run_id: '',
      run_link: ''
    })
    expect(version.body.model_version.aliases).toBeUndefined()
    expect(version.body.model_version.user_id).toBeUndefined()
    // Observed on MLflow 2.17.2: model-versions/get, unlike search, has the version's aliases.
    const champion = await get(`${sim.url}${API}/model-versions/get?name=churn-xgb&version=3`)
    expect(champion.body.model_version.aliases).toEqual(['champion'])
    const noDescription = await get(`${sim.url}${API}/model-versions/get?name=shadow-ranker&version=2`)
    expect(noDescription.body.model_version.description).toBe('')
    const missing = await get(`${sim.url}${API}/model-versions/get?name=fraud-scorer&version=9`)
    expect(missing).toMatchObject({ status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST' } })
    const route = await get(`${sim.url}${API}/experiments/list`)
    expect(route).toMatchObject({ status: 404, body: { error_code: 'ENDPOINT_NOT_FOUND' } })
  })

  it('serves a run with its latest metrics, params, tags and dataset inputs', async () => {
    const { status, body } = await get(`${sim.url}${API}/runs/get?run_id=${DEMO_RUNS.churnV3}`)
    expect(status).toBe(200)
    expect(body.run.info).toMatchObject({
      run_id: DEMO_RUNS.churnV3,
      run_uuid: DEMO_RUNS.churnV3,
      experiment_id: '1',
      user_id: 'dana-ml',
      status: 'FINISHED',
      lifecycle_stage: 'active',
      end_time: NOW.getTime() - 12 * 86_400_000
    })
    expect(Object.fromEntries(body.run.data.metrics.map((m: Json) => [m.key, m.value]))).toEqual({
      accuracy: 0.931,
      auc: 0.962,
      demographic_parity_diff: 0.031
    })
    expect(tagsOf(body.run.data.params)).toMatchObject({ max_depth: '6' })
    expect(
      body.run.inputs.dataset_inputs.map((d: Json) => [d.dataset.name, tagsOf(d.tags)['mlflow.data.context']])
    ).toEqual([
      ['churn-training@v2026.10', 'training'],
      ['churn-holdout@v2026.10', 'evaluation']
    ])

    const history = await get(
      `${sim.url}${API}/metrics/get-history?run_id=${DEMO_RUNS.churnV3}&metric_key=accuracy`
    )
    expect(history.body.metrics.map((m: Json) => m.value)).toEqual([0.902, 0.931])

    const router = await get(`${sim.url}${API}/runs/get?run_id=${DEMO_RUNS.ticketRouterV5}`)
    expect(router.body.run.data.metrics.map((m: Json) => m.key)).toEqual(['accuracy'])
    expect(router.body.run.inputs).toEqual({})
  })

  it('filters like MLflow 2.17.2 reads quotes: a backslash-escaped quote silently matches nothing', async () => {
    const quoted = await startMlflowSimulator({
      runs: [],
      models: [
        {
          name: "o'brien",
          creationTimestamp: 1,
          versions: [{ name: "o'brien", version: '1', creationTimestamp: 1, source: 's3://m/1' }]
        }
      ]
    })
    try {
      const search = (filter: string) =>
        get(`${quoted.url}${API}/model-versions/search?filter=${encodeURIComponent(filter)}`)
      // Observed on MLflow 2.17.2 (issue #10): HTTP 200 and an empty object, no error.
      expect(await search("name='o\\'brien'")).toEqual({ status: 200, body: {} })
      expect(await search("name='o''brien'")).toEqual({ status: 200, body: {} })
      const double = await search(`name="o'brien"`)
      expect(double.body.model_versions.map((v: Json) => v.version)).toEqual(['1'])
    } finally {
      await quoted.close()
    }
  })

  it('orders versions by last update time, newest first, not by number', async () => {
    const ordered = await startMlflowSimulator({
      runs: [],
      models: [
        {
          name: 'm',
          creationTimestamp: 1,
          versions: [
            { name: 'm', version: '1', creationTimestamp: 10, lastUpdatedTimestamp: 300, source: 's3://m/1' },
            { name: 'm', version: '2', creationTimestamp: 20, source: 's3://m/2' },
            { name: 'm', version: '3', creationTimestamp: 30, lastUpdatedTimestamp: 100, source: 's3://m/3' }
          ]
        }
      ]
    })
    try {
      const res = await get(
        `${ordered.url}${API}/model-versions/search?filter=${encodeURIComponent("name='m'")}`
      )
      expect(res.body.model_versions.map((v: Json) => v.version)).toEqual(['1', '3', '2'])
    } finally {
      await ordered.close()
    }
  })

  it('still serves a deleted run, marked deleted (observed on MLflow 2.17.2)', async () => {
    const state = demoMlflow(NOW)
    state.runs[0]!.lifecycleStage = 'deleted'
    const deleted = await startMlflowSimulator(state)
    try {
      const res = await get(`${deleted.url}${API}/runs/get?run_id=${state.runs[0]!.runId}`)
      expect(res.status).toBe(200)
      expect(res.body.run.info.lifecycle_stage).toBe('deleted')
      expect(res.body.run.data.metrics.length).toBeGreaterThan(0)
    } finally {
      await deleted.close()
    }
  })

  it('answers 404 for a run that does not exist', async () => {
    const res = await get(`${sim.url}${API}/runs/get?run_id=${DEMO_RUNS.shadowRankerMissing}`)
    expect(res).toEqual({
      status: 404,
      body: {
        error_code: 'RESOURCE_DOES_NOT_EXIST',
        message: `Run with id=${DEMO_RUNS.shadowRankerMissing} not found`
      }
    })
  })

  it('injects faults and logs requests', async () => {
    sim.addFault({ path: /runs\/get/, kind: 'server-error', times: 1 })
    const url = `${sim.url}${API}/runs/get?run_id=${DEMO_RUNS.churnV2}`
    expect((await get(url)).status).toBe(500)
    expect((await get(url)).status).toBe(200)
    sim.addFault({ path: /registered-models/, kind: 'forbidden' })
    expect(await get(`${sim.url}${API}/registered-models/search`)).toMatchObject({
      status: 403,
      body: { error_code: 'PERMISSION_DENIED', message: 'Permission denied' }
    })
    sim.addFault({ path: /metrics/, kind: 'reset', times: 1 })
    await expect(fetch(`${sim.url}${API}/metrics/get-history?run_id=x&metric_key=y`)).rejects.toThrow()
    expect(sim.requests.slice(-4).map((r) => r.status)).toEqual([500, 200, 403, 0])
  })

  it('requires the configured bearer token or basic credentials', async () => {
    const secured = await startMlflowSimulator(demoMlflow(NOW), {
      token: 'mlflow-t0ken',
      username: 'u',
      password: 'p'
    })
    try {
      const url = `${secured.url}${API}/registered-models/search`
      const anonymous = await fetch(url)
      expect(anonymous.status).toBe(401)
      expect(await anonymous.json()).toEqual({
        error_code: 'UNAUTHENTICATED',
        message: 'Invalid credentials'
      })
      expect((await get(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401)
      expect((await get(url, { headers: { authorization: 'Bearer mlflow-t0ken' } })).status).toBe(200)
      const basic = `Basic ${Buffer.from('u:p').toString('base64')}`
      expect((await get(url, { headers: { authorization: basic } })).status).toBe(200)
    } finally {
      await secured.close()
    }
  })
})

describe('Hugging Face Hub simulator', () => {
  let sim: HfSimulator
  const privateModel: HfModel = {
    id: 'acme-corp/internal-classifier',
    author: 'acme-corp',
    sha: 'b'.repeat(40),
    lastModified: '2026-10-01T00:00:00.000Z',
    createdAt: '2026-09-01T00:00:00.000Z',
    private: true,
    readme: '---\nlicense: other\n---\n\n# internal-classifier\n'
  }
  beforeAll(async () => {
    sim = await startHfSimulator([...demoHf(NOW), privateModel], { token: 'hf_token', privateOnly: true })
  })
  afterAll(() => sim.close())
  afterEach(() => sim.clearFaults())

  it('serves model info as the Hub does, also at a revision', async () => {
    const { status, body } = await get(`${sim.url}/api/models/acme-corp/ticket-summarizer`)
    expect(status).toBe(200)
    expect(body).toMatchObject({
      id: 'acme-corp/ticket-summarizer',
      modelId: 'acme-corp/ticket-summarizer',
      author: 'acme-corp',
      sha: DEMO_HF_SHA,
      private: false,
      gated: false,
      disabled: false,
      pipeline_tag: 'summarization',
      library_name: 'transformers',
      lastModified: new Date(NOW.getTime() - 30 * 86_400_000).toISOString()
    })
    expect(body._id).toMatch(/^[0-9a-f]{24}$/)
    expect(body.siblings).toContainEqual({ rfilename: 'README.md' })
    const result = body.cardData['model-index'][0].results[0]
    expect(result.dataset).toMatchObject({ type: 'acme/support-tickets', split: 'test' })
    expect(result.metrics.map((m: Json) => [m.type, m.value])).toEqual([
      ['rouge1', 0.46],
      ['rougeL', 0.41]
    ])

    const atSha = await get(`${sim.url}/api/models/acme-corp/ticket-summarizer/revision/${DEMO_HF_SHA}`)
    expect(atSha.body.sha).toBe(DEMO_HF_SHA)
    const badRev = await fetch(`${sim.url}/api/models/acme-corp/ticket-summarizer/revision/nope`)
    expect(badRev.status).toBe(404)
    expect(badRev.headers.get('x-error-code')).toBe('RevisionNotFound')
    expect(await get(`${sim.url}/api/models/acme-corp/missing`)).toEqual({
      status: 404,
      body: { error: 'Repository not found' }
    })
  })

  it('serves the README with its front matter', async () => {
    const res = await fetch(`${sim.url}/acme-corp/ticket-summarizer/resolve/${DEMO_HF_SHA}/README.md`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/)
    expect(res.headers.get('x-repo-commit')).toBe(DEMO_HF_SHA)
    const text = await res.text()
    expect(text).toMatch(/^---\n[\s\S]*model-index:[\s\S]*\n---\n/)
    expect(text).toContain('### Direct Use')
    expect(text).toContain('## Bias, Risks, and Limitations')
    const missing = await fetch(`${sim.url}/acme-corp/ticket-summarizer/resolve/main/LICENSE`)
    expect([missing.status, missing.headers.get('x-error-code')]).toEqual([404, 'EntryNotFound'])
  })

  it('answers 401 for a private model without a valid token', async () => {
    const info = `${sim.url}/api/models/${privateModel.id}`
    const anonymous = await fetch(info)
    expect([anonymous.status, anonymous.headers.get('x-error-code')]).toEqual([401, 'RepoNotFound'])
    expect((await get(info, { headers: { authorization: 'Bearer hf_wrong' } })).status).toBe(401)
    const authed = await get(info, { headers: { authorization: 'Bearer hf_token' } })
    expect(authed.body).toMatchObject({ private: true, cardData: { license: 'other' } })
    const readme = await fetch(`${sim.url}/${privateModel.id}/resolve/main/README.md`)
    expect(readme.status).toBe(401)
  })

  it("answers paths-info with each file's last commit, JSON or form-encoded, as huggingface_hub sends it", async () => {
    const url = `${sim.url}/api/models/acme-corp/intent-classifier/paths-info/main`
    const asJson = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        paths: ['README.md', '.eval_results/fairness.yaml', 'missing.bin'],
        expand: true
      })
    })
    const entries = (await asJson.json()) as Json[]
    expect(entries.map((e) => [e.type, e.path, e.lastCommit.date])).toEqual([
      ['file', 'README.md', new Date(NOW.getTime() - 200 * 86_400_000).toISOString()],
      ['file', '.eval_results/fairness.yaml', new Date(NOW.getTime() - 200 * 86_400_000).toISOString()]
    ])
    expect(entries[0]!.oid).toMatch(/^[0-9a-f]{40}$/)
    const asForm = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'paths=config.json'
    })
    const [config] = (await asForm.json()) as Json[]
    // Without expand there is no lastCommit; the info's lastModified is the newest commit of any file.
    expect(config).toMatchObject({ type: 'file', path: 'config.json' })
    expect(config).not.toHaveProperty('lastCommit')
    const info = await get(`${sim.url}/api/models/acme-corp/intent-classifier`)
    expect(info.body.lastModified).toBe(new Date(NOW.getTime() - 3 * 86_400_000).toISOString())
    expect(info.body.siblings).toContainEqual({ rfilename: '.eval_results/fairness.yaml' })
  })

  it('gates the files of a gated repository: 401 without a token, 403 for an account not authorized', async () => {
    const gatedSim = await startHfSimulator([
      { ...privateModel, id: 'acme-corp/gated', private: false, gated: 'manual', gatedAccess: ['hf_ok'] }
    ])
    try {
      const file = `${gatedSim.url}/acme-corp/gated/resolve/main/README.md`
      const info = await get(`${gatedSim.url}/api/models/acme-corp/gated`)
      expect(info.body.gated).toBe('manual')
      const anonymous = await fetch(file)
      expect([anonymous.status, anonymous.headers.get('x-error-code')]).toEqual([401, 'GatedRepo'])
      const other = await fetch(file, { headers: { authorization: 'Bearer hf_other' } })
      expect([other.status, other.headers.get('x-error-code')]).toEqual([403, 'GatedRepo'])
      expect(other.headers.get('x-error-message')).toContain('not in the authorized list')
      expect((await fetch(file, { headers: { authorization: 'Bearer hf_ok' } })).status).toBe(200)
    } finally {
      await gatedSim.close()
    }
  })

  it('injects faults', async () => {
    sim.addFault({ path: /ticket-summarizer/, kind: 'server-error', times: 1 })
    const url = `${sim.url}/api/models/acme-corp/ticket-summarizer`
    expect((await fetch(url)).status).toBe(500)
    expect((await fetch(url)).status).toBe(200)
    expect(sim.requests.slice(-2).map((r) => r.status)).toEqual([500, 200])
  })
})
