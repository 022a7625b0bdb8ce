/**
 * A local stand-in for an MLflow tracking server: the REST API 2.0 endpoints the model-registry collector
 * reads (registered models, model versions, runs, metric history) with MLflow's JSON shapes (snake_case,
 * unset fields and empty lists left out), page tokens, error bodies, optional auth and injectable faults.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface MlflowVersion {
  name: string
  version: string
  /** Milliseconds since the epoch. */
  creationTimestamp: number
  /** Default `creationTimestamp`; search answers in this order, newest first. */
  lastUpdatedTimestamp?: number
  // No `userId`: observed on MLflow 2.17.2 (issue #10), versions carry no `user_id`; the creator is the
  // source run's `info.user_id`.
  currentStage?: 'None' | 'Staging' | 'Production' | 'Archived'
  description?: string
  /** Default `runs:/<runId>/model` when the version has a run. */
  source?: string
  runId?: string
  status?: 'READY'
  tags?: Record<string, string>
  aliases?: string[]
}
export interface MlflowMetric {
  key: string
  value: number
  timestamp: number
  step: number
}
export interface MlflowDataset {
  name: string
  digest: string
  sourceType: string
  source: string
  /** 'training' | 'evaluation': served as the input tag `mlflow.data.context`. */
  context?: string
}
export interface MlflowRun {
  runId: string
  experimentId: string
  userId: string
  startTime: number
  endTime?: number
  status: 'FINISHED' | 'FAILED' | 'RUNNING'
  /** Observed on MLflow 2.17.2 (issue #10): a deleted run is still served (200) with `lifecycle_stage: "deleted"`. */
  lifecycleStage?: 'active' | 'deleted'
  runName?: string
  /** Every logged value; `runs/get` serves the latest per key, `metrics/get-history` all of them. */
  metrics: MlflowMetric[]
  params: Record<string, string>
  tags: Record<string, string>
  datasets: MlflowDataset[]
}
export interface MlflowModel {
  name: string
  description?: string
  creationTimestamp: number
  tags?: Record<string, string>
  versions: MlflowVersion[]
}
export interface MlflowState {
  models: MlflowModel[]
  runs: MlflowRun[]
}
export interface MlflowFaultRule {
  method?: string
  /** Tested against the path including the query string, e.g. `/api/2.0/mlflow/runs/get?run_id=…`. */
  path: RegExp
  kind:
    | 'server-error'
    | 'unauthorized'
    | 'forbidden'
    | 'reset'
    /*
     * 403 whose body quotes the request's Authorization header: issue #11 observed GitHub, Hugging Face
     * and MLflow (or the proxy in front of them) echo the credential back in an error body.
     */
    | 'echo-credentials'
    /**
     * `empty`: HTTP 200 `{}`, what MLflow 2.17.2 answers to a filter it reads differently from what was meant
     * (observed, issue #10: `name='o\'brien'`).
     */
    | 'empty'
  /** How many matching requests the fault affects; default Infinity. */
  times?: number
}
export interface MlflowRequestLogEntry {
  method: string
  /** Path including the query string. */
  path: string
  /** 0 when the connection was reset. */
  status: number
  authorization: string | undefined
}
export interface MlflowSimulator {
  /** http://127.0.0.1:PORT, the tracking URI (= MLFLOW_TRACKING_URI). */
  url: string
  requests: MlflowRequestLogEntry[]
  addFault(rule: MlflowFaultRule): void
  clearFaults(): void
  close(): Promise<void>
}
/** Either credential is accepted when set: `Authorization: Bearer <token>` or Basic `username:password`. */
export interface MlflowAuth {
  token?: string
  username?: string
  password?: string
}

interface Reply {
  status: number
  body: unknown
  headers?: Record<string, string>
  /** Sent as is instead of the JSON body. */
  text?: string
}
/** Query parameters (GET) or the JSON body's fields (POST), as strings. */
type Params = (key: string) => string | undefined
type Handler = (p: Params) => Reply

const API = '/api/2.0/mlflow'
const error = (status: number, code: string, message: string): Reply => ({
  status,
  body: { error_code: code, message }
})
const invalid = (message: string) => error(400, 'INVALID_PARAMETER_VALUE', message)
const notFound = (message: string) => error(404, 'RESOURCE_DOES_NOT_EXIST', message)
const unauthenticated = (): Reply => ({
  ...error(401, 'UNAUTHENTICATED', 'Invalid credentials'),
  headers: { 'www-authenticate': 'Basic realm="mlflow"' }
})
const ok = (body: unknown): Reply => ({ status: 200, body })

export async function startMlflowSimulator(state: MlflowState, auth?: MlflowAuth): Promise<MlflowSimulator> {
  const requests: MlflowRequestLogEntry[] = []
  let faults: Array<MlflowFaultRule & { left: number }> = []
  const runs = new Map(state.runs.map((r) => [r.runId, r]))
  const findModel = (name: string) => state.models.find((m) => m.name === name)

  // --- rendering ------------------------------------------------------------------------------

  // Observed on MLflow 2.17.2 (issue #10): `model-versions/search` (and `latest_versions`) leave `aliases`
  // out, `model-versions/get` has them (`aliases: ['champion']`); there is no `user_id`; a missing
  // description, `run_id` and `run_link` are empty strings, not absent.
  const renderVersion = (v: MlflowVersion, withAliases = false) =>
    prune({
      name: v.name,
      version: v.version,
      creation_timestamp: v.creationTimestamp,
      last_updated_timestamp: v.lastUpdatedTimestamp ?? v.creationTimestamp,
      current_stage: v.currentStage ?? 'None',
      description: v.description ?? '',
      source: v.source ?? (v.runId ? `runs:/${v.runId}/model` : undefined),
      run_id: v.runId ?? '',
      run_link: '',
      status: v.status ?? 'READY',
      tags: tagList(v.tags),
      aliases: withAliases ? (v.aliases ?? []) : []
    })
  const renderModel = (m: MlflowModel) => {
    // The newest version in each stage, as `latest_versions` lists them.
    const latest = new Map<string, MlflowVersion>()
    for (const v of m.versions) {
      const stage = v.currentStage ?? 'None'
      const seen = latest.get(stage)
      if (!seen || Number(v.version) > Number(seen.version)) latest.set(stage, v)
    }
    return prune({
      name: m.name,
      creation_timestamp: m.creationTimestamp,
      last_updated_timestamp: Math.max(m.creationTimestamp, ...m.versions.map((v) => v.creationTimestamp)),
      description: m.description,
      latest_versions: [...latest.values()].map((v) => renderVersion(v)),
      tags: tagList(m.tags),
      // Observed on MLflow 2.17.2 (issue #10): registered-models/search and /get list `{alias, version}`.
      aliases: m.versions.flatMap((v) => (v.aliases ?? []).map((alias) => ({ alias, version: v.version })))
    })
  }
  const renderRun = (r: MlflowRun) => ({
    info: prune({
      run_id: r.runId,
      run_uuid: r.runId,
      run_name: r.runName,
      experiment_id: r.experimentId,
      user_id: r.userId,
      status: r.status,
      start_time: r.startTime,
      end_time: r.endTime,
      artifact_uri: `mlflow-artifacts:/${r.experimentId}/${r.runId}/artifacts`,
      lifecycle_stage: r.lifecycleStage ?? 'active'
    }),
    data: prune({
      metrics: latestMetrics(r.metrics),
      params: tagList(r.params),
      // MLflow's clients record these system tags on every run.
      tags: tagList({ 'mlflow.user': r.userId, ...(r.runName && { 'mlflow.runName': r.runName }), ...r.tags })
    }),
    inputs: prune({
      dataset_inputs: r.datasets.map((d) =>
        prune({
          tags: d.context ? [{ key: 'mlflow.data.context', value: d.context }] : [],
          dataset: { name: d.name, digest: d.digest, source_type: d.sourceType, source: d.source }
        })
      )
    })
  })

  // --- routes ---------------------------------------------------------------------------------

  const searchModels: Handler = (p) => {
    const filter = parseFilter(p('filter'), ['name'])
    if (typeof filter === 'string') return invalid(filter)
    const matching = state.models
      .filter((m) => filter.every((c) => c.test(c.key === 'name' ? m.name : m.tags?.[c.key.slice(5)])))
      .sort((a, b) => a.name.localeCompare(b.name))
    const result = paginate(matching, p, 100, 1000)
    if ('status' in result) return result
    return ok(prune({ registered_models: result.items.map(renderModel), next_page_token: result.next }))
  }
  const searchVersions: Handler = (p) => {
    const filter = parseFilter(p('filter'), ['name', 'run_id', 'source'])
    if (typeof filter === 'string') return invalid(filter)
    const field = (v: MlflowVersion, key: string) =>
      key === 'name'
        ? v.name
        : key === 'run_id'
          ? v.runId
          : key === 'source'
            ? v.source
            : v.tags?.[key.slice(5)]
    // MLflow's default order: last updated first, then name, then the newest version (observed on
    // MLflow 2.17.2, issue #10: versions come ordered by last update time, not by number).
    const updated = (v: MlflowVersion) => v.lastUpdatedTimestamp ?? v.creationTimestamp
    const matching = state.models
      .flatMap((m) => m.versions)
      .filter((v) => filter.every((c) => c.test(field(v, c.key))))
      .sort(
        (a, b) =>
          updated(b) - updated(a) || a.name.localeCompare(b.name) || Number(b.version) - Number(a.version)
      )
    const result = paginate(matching, p, 10_000, 200_000)
    if ('status' in result) return result
    return ok(
      prune({ model_versions: result.items.map((v) => renderVersion(v)), next_page_token: result.next })
    )
  }
  const getModel: Handler = (p) => {
    const name = p('name')
    if (!name) return missingParam('name')
    const model = findModel(name)
    return model
      ? ok({ registered_model: renderModel(model) })
      : notFound(`Registered Model with name=${name} not found`)
  }
  const getVersion: Handler = (p) => {
    const name = p('name')
    const version = p('version')
    if (!name) return missingParam('name')
    if (!version) return missingParam('version')
    const v = findModel(name)?.versions.find((x) => x.version === version)
    return v
      ? ok({ model_version: renderVersion(v, true) })
      : notFound(`Model Version (name=${name}, version=${version}) not found`)
  }
  const getRun: Handler = (p) => {
    const id = p('run_id') ?? p('run_uuid')
    if (!id) return missingParam('run_id')
    const run = runs.get(id)
    return run ? ok({ run: renderRun(run) }) : notFound(`Run with id=${id} not found`)
  }
  const metricHistory: Handler = (p) => {
    const id = p('run_id') ?? p('run_uuid')
    const key = p('metric_key')
    if (!id) return missingParam('run_id')
    if (!key) return missingParam('metric_key')
    const run = runs.get(id)
    if (!run) return notFound(`Run with id=${id} not found`)
    return ok(prune({ metrics: run.metrics.filter((m) => m.key === key).map(metricJson) }))
  }

  const routes: Record<string, { handler: Handler; post?: boolean }> = {
    // Observed on MLflow 2.17.2 (issue #10): POST to the */search endpoints answers 405.
    [`${API}/registered-models/search`]: { handler: searchModels },
    [`${API}/model-versions/search`]: { handler: searchVersions },
    [`${API}/registered-models/get`]: { handler: getModel },
    [`${API}/model-versions/get`]: { handler: getVersion },
    [`${API}/runs/get`]: { handler: getRun },
    [`${API}/metrics/get-history`]: { handler: metricHistory }
  }

  const authorized = (header: string | undefined) => {
    if (!auth) return true
    const [scheme = '', credential = ''] = (header ?? '').split(/\s+/, 2)
    if (auth.token !== undefined && scheme.toLowerCase() === 'bearer') return credential === auth.token
    if (auth.username !== undefined && scheme.toLowerCase() === 'basic') {
      return Buffer.from(credential, 'base64').toString('utf8') === `${auth.username}:${auth.password ?? ''}`
    }
    return false
  }

  const serve = async (req: http.IncomingMessage): Promise<Reply> => {
    const body = await readBody(req)
    if (!authorized(req.headers.authorization)) return unauthenticated()
    const url = new URL(req.url ?? '/', 'http://simulator')
    const route = routes[url.pathname.replace(/\/$/, '')]
    if (!route) return error(404, 'ENDPOINT_NOT_FOUND', `No API endpoint ${req.method} ${url.pathname}`)
    if (req.method === 'GET') return route.handler((k) => url.searchParams.get(k) ?? undefined)
    if (req.method !== 'POST' || !route.post) return methodNotAllowed()
    let json: Record<string, unknown>
    try {
      json = body.trim() ? (JSON.parse(body) as Record<string, unknown>) : {}
    } catch {
      return error(400, 'MALFORMED_REQUEST', 'Malformed request body: not JSON')
    }
    return route.handler((k) => (json[k] === undefined || json[k] === null ? undefined : String(json[k])))
  }

  const faultReply = (kind: MlflowFaultRule['kind'], req: http.IncomingMessage): Reply =>
    kind === 'echo-credentials'
      ? error(
          403,
          'PERMISSION_DENIED',
          `Permission denied for Authorization: ${req.headers.authorization ?? ''}`
        )
      : kind === 'unauthorized'
        ? unauthenticated()
        : kind === 'forbidden'
          ? error(403, 'PERMISSION_DENIED', 'Permission denied')
          : kind === 'empty'
            ? ok({})
            : error(500, 'INTERNAL_ERROR', 'Simulated internal error')

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET'
    const path = req.url ?? '/'
    const entry: MlflowRequestLogEntry = { method, path, status: 0, authorization: req.headers.authorization }
    requests.push(entry)
    const fault = faults.find((f) => (!f.method || f.method.toUpperCase() === method) && f.path.test(path))
    if (fault && --fault.left <= 0) faults = faults.filter((f) => f !== fault)
    if (fault?.kind === 'reset') {
      req.socket.destroy()
      return
    }
    ;(fault ? Promise.resolve(faultReply(fault.kind, req)) : serve(req))
      .catch((e: unknown) => error(500, 'INTERNAL_ERROR', e instanceof Error ? e.message : String(e)))
      .then((reply) => {
        entry.status = reply.status
        const type = reply.text === undefined ? 'application/json' : 'text/html; charset=utf-8'
        res.writeHead(reply.status, { 'content-type': type, ...reply.headers })
        res.end(reply.text ?? JSON.stringify(reply.body))
      })
      .catch(() => res.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    addFault: (rule) => void faults.push({ ...rule, left: rule.times ?? Infinity }),
    clearFaults: () => void (faults = []),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()))
        // Clients keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections()
      })
  }
}

// ---------------------------------------------------------------------------------------------

/** The tracking server's routes are Flask's: a method a route does not take gets Flask's own 405 page. */
const methodNotAllowed = (): Reply => ({
  status: 405,
  body: undefined,
  text: '<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL.</p>\n'
})
const missingParam = (name: string) => invalid(`Missing value for required parameter '${name}'.`)
const tagList = (tags: Record<string, string> | undefined) =>
  Object.entries(tags ?? {}).map(([key, value]) => ({ key, value }))
const metricJson = (m: MlflowMetric) => ({ key: m.key, value: m.value, timestamp: m.timestamp, step: m.step })

/** Like protobuf's JSON form: unset fields and empty lists are left out. */
function prune(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
  )
}

/** The value MLflow keeps per key: the highest step, then the latest timestamp, then the largest value. */
function latestMetrics(metrics: MlflowMetric[]) {
  const latest = new Map<string, MlflowMetric>()
  for (const m of metrics) {
    const seen = latest.get(m.key)
    const newer =
      !seen ||
      m.step > seen.step ||
      (m.step === seen.step &&
        (m.timestamp > seen.timestamp || (m.timestamp === seen.timestamp && m.value > seen.value)))
    if (newer) latest.set(m.key, m)
  }
  return [...latest.values()].map(metricJson)
}

/** Offset page tokens, base64 JSON like MLflow's SQL store's. */
function paginate<T>(
  items: T[],
  p: Params,
  defaultMax: number,
  limit: number
): { items: T[]; next?: string } | Reply {
  const raw = p('max_results')
  const max = raw === undefined || raw === '' ? defaultMax : Number(raw)
  if (!Number.isInteger(max) || max < 1 || max > limit) {
    return invalid(
      `Invalid value ${raw} for parameter 'max_results' supplied. It must be between 1 and ${limit}.`
    )
  }
  let offset = 0
  const token = p('page_token')
  if (token) {
    try {
      offset = (JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { offset: number }).offset
    } catch {
      offset = NaN
    }
    if (!Number.isInteger(offset) || offset < 0) return invalid('Invalid page token, could not base64-decode')
  }
  const end = offset + max
  return {
    items: items.slice(offset, end),
    next: end < items.length ? Buffer.from(JSON.stringify({ offset: end })).toString('base64') : undefined
  }
}

interface Clause {
  key: string
  test: (value: string | undefined) => boolean
}
/**
 * MLflow's search filter, the subset the registry endpoints accept: `key op 'value'` joined by AND,
 * `op` one of `=`, `!=`, `LIKE`, `ILIKE`, keys from `keys` or `tags.<name>`. A string is the error.
 * Values are read as MLflow does (sqlparse string tokens, `\'` and `''` allowed inside, then only the outer
 * quotes stripped, nothing unescaped): observed on MLflow 2.17.2 (issue #10), `name='o\'brien'` answers
 * 200 `{}` (it compares against `o\'brien`) while `name="o'brien"` finds the model.
 */
function parseFilter(filter: string | undefined, keys: string[]): Clause[] | string {
  if (!filter?.trim()) return []
  const clauses: Clause[] = []
  const clause =
    /^\s*([\w.`]+)\s*(=|!=|LIKE|ILIKE)\s*(?:'((?:''|\\'|[^'])*)'|"((?:""|\\"|[^"])*)")\s*(?:AND\b|$)/i
  let rest = filter
  while (rest.trim()) {
    const m = clause.exec(rest)
    if (!m) return `Invalid filter '${filter}'. Could not be parsed.`
    rest = rest.slice(m[0].length)
    const key = m[1]!.replace(/`/g, '')
    if (!keys.includes(key) && !key.startsWith('tags.')) {
      return `Invalid attribute key '${key}' specified. Valid keys are '${JSON.stringify(keys)}'`
    }
    const op = m[2]!.toUpperCase()
    const expected = m[3] ?? m[4] ?? ''
    const like = new RegExp(
      `^${expected
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/%/g, '.*')
        .replace(/_/g, '.')}$`,
      op === 'ILIKE' ? 'is' : 's'
    )
    clauses.push({
      key,
      test: (v) =>
        op === '='
          ? v === expected
          : op === '!='
            ? v !== undefined && v !== expected
            : v !== undefined && like.test(v)
    })
  }
  return clauses
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
