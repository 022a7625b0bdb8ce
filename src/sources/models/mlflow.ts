import type { EvidenceRecord, RequestRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import { createHash } from 'node:crypto'
import { HttpFailure, recordedGetJson, type HttpOptions } from '../http.js'
import { mlflowNameFilter } from './mlflow-filter.js'
import {
  MLFLOW_KIND,
  MLFLOW_REGISTRY_KIND,
  type MlflowModelVersion,
  type MlflowRegisteredModel,
  type MlflowRun,
  type MlflowSettings,
  type MlflowVersionEvidence
} from '../../evidence/models.js'
import { isProductionMlflow, present } from '../../checks/models/mlflow-view.js'

export { MLFLOW_KIND, MLFLOW_REGISTRY_KIND } from '../../evidence/models.js'
export type {
  MlflowModelVersion,
  MlflowRegisteredModel,
  MlflowRun,
  MlflowSettings,
  MlflowVersionEvidence
} from '../../evidence/models.js'
export {
  aliasesOf,
  documentationSections,
  isProductionMlflow,
  mlflowVersionView
} from '../../checks/models/mlflow-view.js'

const PAGE_SIZE = 100

/** Credentials come from the environment MLflow's own clients use; they are sent, never recorded. */
export function mlflowHeaders(env: NodeJS.ProcessEnv): Record<string, string> {
  if (env.MLFLOW_TRACKING_TOKEN) return { authorization: `Bearer ${env.MLFLOW_TRACKING_TOKEN}` }
  if (env.MLFLOW_TRACKING_USERNAME && env.MLFLOW_TRACKING_PASSWORD) {
    const basic = Buffer.from(`${env.MLFLOW_TRACKING_USERNAME}:${env.MLFLOW_TRACKING_PASSWORD}`).toString(
      'base64'
    )
    return { authorization: `Basic ${basic}` }
  }
  return {}
}

/**
 * Registered models and their versions, and for production versions the run that made them (metrics,
 * params, dataset inputs). A registry that cannot be read is one `error` record, so its checks say so.
 */
export async function collectMlflow(
  sink: EvidenceSink,
  settings: MlflowSettings,
  env: NodeJS.ProcessEnv
): Promise<number> {
  const base = settings.url.replace(/\/+$/, '')
  const http: HttpOptions = {
    headers: mlflowHeaders(env),
    service: `MLflow at ${base}`,
    permission: 'read access to the registered models and their experiments'
  }
  const api = (path: string, query: Record<string, string | undefined>) => {
    const search = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined)
    )
    return `${base}/api/2.0/mlflow/${path}?${search.toString()}`
  }
  const registryRequests: RequestRecord[] = []
  try {
    const models: MlflowRegisteredModel[] = []
    let token: string | undefined
    do {
      const { data, request } = await recordedGetJson<{
        registered_models?: MlflowRegisteredModel[]
        next_page_token?: string
      }>(api('registered-models/search', { max_results: String(PAGE_SIZE), page_token: token }), http)
      registryRequests.push(request)
      models.push(...(data.registered_models ?? []))
      token = data.next_page_token || undefined
    } while (token)
    const wanted = settings.models ? models.filter((m) => settings.models!.includes(m.name)) : models
    let count = 0
    // A configured name the registry does not list would otherwise be silently left out.
    for (const name of (settings.models ?? []).filter((n) => !models.some((m) => m.name === n))) {
      await sink.add(
        modelError(
          name,
          [...registryRequests],
          `MLflow at ${base} lists no registered model named ${JSON.stringify(name)} (models.mlflow.models): correct the name or remove it.`
        )
      )
    }
    for (const model of wanted) {
      const filter = mlflowNameFilter(model.name)
      if (filter === undefined) {
        await sink.add(
          modelError(
            model.name,
            [],
            `The registered model name ${JSON.stringify(model.name)} contains both ' and ", which MLflow's search filter cannot quote, so its versions cannot be listed: rename the model (MLflow keeps no escape for quotes in filter values).`
          )
        )
        continue
      }
      const requests: RequestRecord[] = []
      const versions: MlflowModelVersion[] = []
      let page: string | undefined
      do {
        const { data, request } = await recordedGetJson<{
          model_versions?: MlflowModelVersion[]
          next_page_token?: string
        }>(api('model-versions/search', { filter, max_results: String(PAGE_SIZE), page_token: page }), http)
        requests.push(request)
        versions.push(...(data.model_versions ?? []).filter((v) => v.name === model.name))
        page = data.next_page_token || undefined
      } while (page)
      // The registry listed versions of this model (latest_versions, aliases) but the search found none: a
      // filter MLflow read differently answers 200 `{}`, which must never look like "no versions".
      const expected = [
        ...(model.latest_versions ?? []).map((v) => v.version),
        ...(model.aliases ?? []).map((a) => a.version)
      ]
      if (versions.length === 0 && expected.length > 0) {
        await sink.add(
          modelError(
            model.name,
            requests,
            `MLflow lists registered model ${model.name} with version(s) ${[...new Set(expected)].join(', ')}, but model-versions/search with ${filter} returned none, so its production versions cannot be evaluated.`
          )
        )
        continue
      }
      // A production alias or stage can name a version the search did not return: it is read on its own,
      // so a production version is never skipped.
      const targets = new Set([
        ...(model.aliases ?? [])
          .filter((a) => settings['production-aliases'].includes(a.alias))
          .map((a) => a.version),
        ...(model.latest_versions ?? [])
          .filter((v) => settings['production-stages'].includes(v.current_stage ?? ''))
          .map((v) => v.version)
      ])
      for (const number of targets) {
        if (versions.some((v) => v.version === number)) continue
        try {
          const { data, request } = await recordedGetJson<{ model_version: MlflowModelVersion }>(
            api('model-versions/get', { name: model.name, version: number }),
            http
          )
          requests.push(request)
          versions.push(data.model_version)
        } catch (error) {
          if (!(error instanceof HttpFailure)) throw error
          await sink.add({
            ...versionRecord(base, model.name, number, [...requests, error.request]),
            error: {
              message: `${model.name} ${number} is a production alias target but cannot be read: ${error.failure.message}`
            }
          })
        }
      }
      // MLflow answers in last-update order; evidence is written in version order.
      versions.sort((a, b) => Number(a.version) - Number(b.version) || a.version.localeCompare(b.version))
      for (const version of versions) {
        const evidence: MlflowVersionEvidence = { model, version }
        const versionRequests = [...requests]
        const runId = present(version.run_id)
        if (runId && isProductionMlflow(model, version, settings)) {
          try {
            const { data, request } = await recordedGetJson<{ run: MlflowRun }>(
              api('runs/get', { run_id: runId }),
              http
            )
            versionRequests.push(request)
            evidence.run = data.run
          } catch (error) {
            if (!(error instanceof HttpFailure)) throw error
            versionRequests.push(error.request)
            evidence.runError = error.failure.message
          }
        }
        await sink.add({
          ...versionRecord(base, model.name, version.version, versionRequests),
          data: evidence
        })
        count += 1
      }
    }
    await sink.add(registryRecord(base, registryRequests, { models: models.map((m) => m.name) }))
    return count
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error
    await sink.add({ ...registryRecord(base, [...registryRequests, error.request]), error: error.failure })
    return 0
  }
}

function versionRecord(base: string, name: string, version: string, requests: RequestRecord[]) {
  return {
    path: `evidence/models/mlflow/${safe(name)}/${safe(version)}.json`,
    source: 'mlflow',
    subject: `mlflow:${name}@${version}`,
    kind: MLFLOW_KIND,
    requests,
    notes: { registry: base }
  }
}

/** A registered model whose versions could not be listed: one `error` record, so every check says so. */
function modelError(name: string, requests: RequestRecord[], message: string): EvidenceRecord {
  return {
    path: `evidence/models/mlflow/${safe(name)}/versions.json`,
    source: 'mlflow',
    subject: `mlflow:${name}`,
    kind: MLFLOW_KIND,
    requests,
    error: { message }
  }
}

function registryRecord(base: string, requests: RequestRecord[], data?: unknown): EvidenceRecord {
  return {
    path: `evidence/models/mlflow/registry.json`,
    source: 'mlflow',
    subject: `mlflow:${new URL(base).host}`,
    kind: MLFLOW_REGISTRY_KIND,
    requests,
    ...(data ? { data } : {})
  }
}

/** A path segment; names that had to be changed get a hash suffix, so `o'brien` and `o_brien` stay apart. */
const safe = (part: string) => {
  const cleaned = part.replace(/[^A-Za-z0-9._-]/g, '_')
  return cleaned === part && part !== '.' && part !== '..'
    ? part
    : `${cleaned}-${createHash('sha256').update(part).digest('hex').slice(0, 8)}`
}
