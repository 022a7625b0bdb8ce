import type { EvidenceRecord, RequestRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import { HttpFailure, recordedGetJson, type HttpOptions } from '../http.js'
import type { ModelMetric, ModelVersionView } from './types.js'

export const MLFLOW_KIND = 'models.mlflow.version'
export const MLFLOW_REGISTRY_KIND = 'models.mlflow.registry'
const PAGE_SIZE = 100

interface Tag {
  key: string
  value: string
}
export interface MlflowRegisteredModel {
  name: string
  description?: string
  tags?: Tag[]
  aliases?: { alias: string; version: string }[]
}
export interface MlflowModelVersion {
  name: string
  version: string
  creation_timestamp?: number
  user_id?: string
  current_stage?: string
  description?: string
  source?: string
  run_id?: string
  tags?: Tag[]
  aliases?: string[]
}
export interface MlflowRun {
  info: { run_id: string; user_id?: string; status?: string; start_time?: number; end_time?: number }
  data: { metrics?: { key: string; value: number; timestamp: number }[]; params?: Tag[]; tags?: Tag[] }
  inputs?: {
    dataset_inputs?: { tags?: Tag[]; dataset: { name: string; digest?: string; source?: string } }[]
  }
}
export interface MlflowVersionEvidence {
  model: MlflowRegisteredModel
  version: MlflowModelVersion
  run?: MlflowRun
  runError?: string
}

export interface MlflowSettings {
  url: string
  models?: string[]
  'production-aliases': string[]
  'production-stages': string[]
}

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

export const isProductionMlflow = (version: MlflowModelVersion, settings: MlflowSettings) =>
  (version.aliases ?? []).some((alias) => settings['production-aliases'].includes(alias)) ||
  settings['production-stages'].includes(version.current_stage ?? '')

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
    return `${base}/api/2.0/mlflow/${path}?${search}`
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
    for (const model of wanted) {
      const requests: RequestRecord[] = []
      const versions: MlflowModelVersion[] = []
      let page: string | undefined
      do {
        const { data, request } = await recordedGetJson<{
          model_versions?: MlflowModelVersion[]
          next_page_token?: string
        }>(
          api('model-versions/search', {
            filter: `name='${model.name.replace(/'/g, "\\'")}'`,
            max_results: String(PAGE_SIZE),
            page_token: page
          }),
          http
        )
        requests.push(request)
        versions.push(...(data.model_versions ?? []))
        page = data.next_page_token || undefined
      } while (page)
      for (const version of versions) {
        const evidence: MlflowVersionEvidence = { model, version }
        const versionRequests = [...requests]
        if (version.run_id && isProductionMlflow(version, settings)) {
          try {
            const { data, request } = await recordedGetJson<{ run: MlflowRun }>(
              api('runs/get', { run_id: version.run_id }),
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
          path: `evidence/models/mlflow/${safe(model.name)}/${safe(version.version)}.json`,
          source: 'mlflow',
          subject: `mlflow:${model.name}@${version.version}`,
          kind: MLFLOW_KIND,
          requests: versionRequests,
          data: evidence,
          notes: { registry: base }
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

const safe = (part: string) => part.replace(/[^A-Za-z0-9._-]/g, '_')
const tagsOf = (tags: Tag[] | undefined) => Object.fromEntries((tags ?? []).map((t) => [t.key, t.value]))

/** Pure: the checks' view of an MLflow model version. Approval and monitoring follow documented tag conventions. */
export function mlflowVersionView(
  record: EvidenceRecord<MlflowVersionEvidence>,
  settings: MlflowSettings
): ModelVersionView | undefined {
  if (!record.data) return undefined
  const { model, version, run, runError } = record.data
  const tags = { ...tagsOf(model.tags), ...tagsOf(version.tags) }
  const text = [version.description, model.description].filter(Boolean).join('\n')
  const metrics: ModelMetric[] = (run?.data.metrics ?? []).map((m) => ({
    name: m.key,
    value: m.value,
    at: new Date(m.timestamp).toISOString(),
    source: `mlflow run ${run!.info.run_id}`
  }))
  return {
    registry: 'mlflow',
    subject: record.subject,
    name: version.name,
    version: version.version,
    production: isProductionMlflow(version, settings),
    labels: [
      ...(version.aliases ?? []).map((a) => `@${a}`),
      ...(version.current_stage ? [version.current_stage] : [])
    ],
    ...(version.user_id ? { createdBy: version.user_id } : {}),
    ...(version.creation_timestamp ? { createdAt: new Date(version.creation_timestamp).toISOString() } : {}),
    ...(tags.approved_by
      ? {
          approval: {
            status: 'approved',
            by: tags.approved_by,
            ...(tags.approved_at ? { at: tags.approved_at } : {})
          }
        }
      : {}),
    ...(text ? { description: text } : {}),
    documentation: documentationSections(text, 'model and version description'),
    lineage: {
      ...(version.run_id ? { runId: version.run_id } : {}),
      datasets: (run?.inputs?.dataset_inputs ?? []).map(
        (input) => `${input.dataset.name}${input.dataset.digest ? ` (digest ${input.dataset.digest})` : ''}`
      )
    },
    metrics,
    monitoring: tags.monitoring
      ? { declared: true, detail: [tags.monitoring, tags.event_logging].filter(Boolean).join('; ') }
      : { declared: false },
    integrityProblems: runError ? [`The source run ${version.run_id} could not be read: ${runError}`] : [],
    evidence: [record.path]
  }
}

/** Model cards and descriptions say "Intended use(s)" and "Limitations" in one form or another. */
export function documentationSections(text: string, source: string): ModelVersionView['documentation'] {
  return { intendedUse: /intended[ _-]?uses?/i.test(text), limitations: /limitations?/i.test(text), source }
}
