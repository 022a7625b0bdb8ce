import { parse } from 'yaml'
import type { EvidenceRecord, RequestRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import { HttpFailure, recordedGet, recordedGetJson, type HttpOptions } from '../http.js'
import { cardSections } from './model-card-sections.js'
import type { ModelMetric, ModelVersionView } from './types.js'

export const HF_KIND = 'models.huggingface.model'

interface ModelIndexEntry {
  name?: string
  results?: {
    task?: { type?: string }
    /** model-index spec: `type` is the Hub dataset id, `revision` the dataset commit evaluated on. */
    dataset?: { name?: string; type?: string; split?: string; config?: string; revision?: string }
    metrics?: { type: string; value: number | string; name?: string }[]
  }[]
}
export interface HfModelInfo {
  id: string
  sha: string
  author?: string
  lastModified?: string
  createdAt?: string
  pipeline_tag?: string
  tags?: string[]
  gated?: false | 'auto' | 'manual'
  siblings?: { rfilename: string }[]
  cardData?: { 'model-index'?: ModelIndexEntry[]; datasets?: string[] | string; [key: string]: unknown }
}
/** `lastCommit` of a paths-info entry requested with `expand`: the commit that last changed the file. */
export interface HfLastCommit {
  id: string
  title?: string
  date: string
}
export interface HfPathInfo {
  type: string
  path: string
  oid?: string
  size?: number
  lastCommit?: HfLastCommit
}
export interface HfModelEvidence {
  /** The revision configured as deployed (branch, tag or commit); `info.sha` is the commit it resolved to. */
  revision?: string
  info: HfModelInfo
  /** The model card (README.md) at `info.sha`, when there is one. */
  card?: string
  /** `.eval_results/*.yaml` at `info.sha` (https://huggingface.co/docs/hub/eval-results). */
  evalFiles?: { path: string; content: string }[]
  /** paths-info with `expand=true` for the card and the eval files: when each last changed. */
  paths?: HfPathInfo[]
}

const EVAL_FILE = /^\.eval_results\/[^/]+\.ya?ml$/

/** `org/name` or `org/name@revision` (a deployed branch, tag or commit). */
export function huggingFaceModelRef(
  entry: string,
  defaultRevision = 'main'
): { id: string; revision: string } {
  const at = entry.indexOf('@')
  return at < 0
    ? { id: entry, revision: defaultRevision }
    : { id: entry.slice(0, at), revision: entry.slice(at + 1) }
}

/**
 * Per model: the model info at the deployed revision (commit sha, card data with `model-index`, gating),
 * the model card and `.eval_results/*.yaml` at that commit, and the commit that last changed each of them
 * (`POST /api/models/{id}/paths-info/{sha}` with `expand`, as huggingface_hub's `get_paths_info` asks; the
 * repository's `lastModified` moves with any commit, so it says nothing about when results were written).
 */
export async function collectHuggingFace(
  sink: EvidenceSink,
  settings: { endpoint: string; models: string[]; revision?: string },
  env: NodeJS.ProcessEnv
): Promise<number> {
  const base = settings.endpoint.replace(/\/+$/, '')
  const http: HttpOptions = {
    headers: env.HF_TOKEN ? { authorization: `Bearer ${env.HF_TOKEN}` } : {},
    service: `Hugging Face Hub at ${base}`,
    permission: 'read access to the model repository (a token with read scope, HF_TOKEN)'
  }
  let count = 0
  for (const entry of settings.models) {
    const { id, revision } = huggingFaceModelRef(entry, settings.revision ?? 'main')
    const pinned = revision !== 'main'
    const requests: RequestRecord[] = []
    const record: EvidenceRecord<HfModelEvidence> = {
      path: `evidence/models/huggingface/${id}${pinned ? `@${revision.replace(/[^\w.-]/g, '_')}` : ''}.json`,
      source: 'huggingface',
      subject: `huggingface:${id}${pinned ? `@${revision}` : ''}`,
      kind: HF_KIND,
      requests,
      notes: { endpoint: base, revision }
    }
    let info: HfModelInfo | undefined
    try {
      const answer = await recordedGetJson<HfModelInfo>(
        `${base}/api/models/${id}/revision/${encodeURIComponent(revision)}`,
        http
      )
      requests.push(answer.request)
      info = answer.data
      const siblings = info.siblings?.map((s) => s.rfilename)
      const readme = !siblings || siblings.includes('README.md')
      const evalPaths = (siblings ?? []).filter((path) => EVAL_FILE.test(path)).sort()
      const sources = [...(readme ? ['README.md'] : []), ...evalPaths]
      let paths: HfPathInfo[] = []
      if (sources.length > 0) {
        const answer = await recordedGetJson<HfPathInfo[]>(
          `${base}/api/models/${id}/paths-info/${info.sha}`,
          {
            ...http,
            postJson: { paths: sources, expand: true }
          }
        )
        requests.push(answer.request)
        paths = Array.isArray(answer.data) ? answer.data : []
      }
      let card: string | undefined
      if (readme) card = await readFile(`${base}/${id}/resolve/${info.sha}/README.md`, http, requests)
      const evalFiles: { path: string; content: string }[] = []
      for (const path of evalPaths) {
        const content = await readFile(`${base}/${id}/resolve/${info.sha}/${path}`, http, requests)
        if (content !== undefined) evalFiles.push({ path, content })
      }
      record.data = {
        revision,
        info,
        ...(card !== undefined ? { card } : {}),
        evalFiles,
        paths
      }
      count += 1
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error
      requests.push(error.request)
      if (info) record.data = { revision, info }
      const status = error.request.status
      record.error =
        info?.gated && (status === 401 || status === 403)
          ? {
              status,
              message: `${id} is a gated repository (${info.gated} approval) and ${env.HF_TOKEN ? "HF_TOKEN's account is not in its authorized list" : 'no HF_TOKEN is set'}: its files cannot be read (${status}: ${error.failure.message}). Request access at ${base}/${id} with the account of HF_TOKEN.`,
              missingPermission: `access to the gated repository ${id}`
            }
          : status === 404 && /RevisionNotFound|Invalid rev/i.test(error.failure.message)
            ? {
                ...error.failure,
                message: `${error.failure.message} (model ${id}: revision ${revision} does not exist)`
              }
            : status === 404 || status === 401
              ? {
                  ...error.failure,
                  message: `${error.failure.message} (model ${id}: missing, or private without a token)`
                }
              : error.failure
    }
    await sink.add(record)
  }
  return count
}

/** A file at a commit; undefined when the Hub says it does not exist (404). */
async function readFile(
  url: string,
  http: HttpOptions,
  requests: RequestRecord[]
): Promise<string | undefined> {
  try {
    const answer = await recordedGet(url, http)
    requests.push(answer.request)
    return answer.body
  } catch (error) {
    if (!(error instanceof HttpFailure) || error.request.status !== 404) throw error
    requests.push(error.request)
    return undefined
  }
}

/** One `.eval_results` entry as the spec gives it (huggingface/hub-docs `eval_results.yaml`). */
interface EvalResultEntry {
  dataset?: { id?: unknown; task_id?: unknown; config?: unknown; split?: unknown; revision?: unknown }
  value?: unknown
  date?: unknown
  verifyToken?: unknown
  notes?: unknown
}

/**
 * Pure: the checks' view of a Hugging Face model in production use.
 *
 * - metrics: every numeric `model-index` metric (name: its `type`), dated by the commit that last changed
 *   README.md; every `.eval_results` entry (name: the benchmark dataset id, `:task_id` when there is one),
 *   dated by its `date` or, when later or absent, the commit that last changed its file (an evaluation
 *   cannot postdate the commit that recorded it).
 * - lineage.datasets: datasets with a revision (`id@revision`): `datasets` entries written `id@revision`,
 *   and evaluation datasets whose `revision` is recorded. A dataset named without a revision is a problem.
 * - documentation: the official model-card template sections (see model-card-sections.ts).
 */
export function huggingFaceView(record: EvidenceRecord<HfModelEvidence>): ModelVersionView | undefined {
  if (!record.data || record.error) return undefined
  const { info, card } = record.data
  const revision = record.data.revision ?? 'main'
  const at = `${info.id}@${info.sha.slice(0, 12)}`
  const lastCommit = (path: string) => record.data!.paths?.find((p) => p.path === path)?.lastCommit
  const integrityProblems: string[] = []
  const revisions = new Map<string, Set<string>>()
  const unversioned = new Set<string>()
  const noteDataset = (id: string | undefined, rev: unknown) => {
    if (!id) return
    if (typeof rev === 'string' && rev.trim() !== '') {
      revisions.set(id, (revisions.get(id) ?? new Set()).add(rev.trim()))
    } else unversioned.add(id)
  }

  const metrics: ModelMetric[] = []
  const readmeCommit = lastCommit('README.md')
  const modelIndex = info.cardData?.['model-index'] ?? []
  if (modelIndex.length > 0 && !validDate(readmeCommit?.date)) {
    integrityProblems.push(
      `the commit that last changed README.md of ${at} is not recorded, so the age of its model-index results is unknown`
    )
  }
  for (const entry of modelIndex) {
    for (const result of entry.results ?? []) {
      const dataset = result.dataset
      noteDataset(dataset?.type, dataset?.revision)
      for (const metric of result.metrics ?? []) {
        const value = typeof metric.value === 'number' ? metric.value : Number(metric.value)
        if (typeof metric.type !== 'string' || !Number.isFinite(value)) continue
        metrics.push({
          name: metric.type,
          value,
          ...(validDate(readmeCommit?.date) ? { at: readmeCommit.date } : {}),
          source: `model-index of ${at}${describeDataset(dataset?.type ?? dataset?.name, dataset?.revision)}${readmeCommit ? `, README.md last changed by commit ${readmeCommit.id.slice(0, 12)} at ${readmeCommit.date}` : ''}`
        })
      }
    }
  }

  for (const file of record.data.evalFiles ?? []) {
    const commit = lastCommit(file.path)
    let entries: unknown
    try {
      entries = parse(file.content)
    } catch (error) {
      integrityProblems.push(
        `${file.path} of ${at} is not valid YAML (${(error as Error).message.split('\n')[0]})`
      )
      continue
    }
    if (!Array.isArray(entries)) {
      integrityProblems.push(`${file.path} of ${at} is not a list of evaluation results`)
      continue
    }
    if (!validDate(commit?.date)) {
      integrityProblems.push(
        `the commit that last changed ${file.path} of ${at} is not recorded, so the age of its results is unknown`
      )
    }
    for (const raw of entries as EvalResultEntry[]) {
      const dataset = raw?.dataset
      const datasetId = typeof dataset?.id === 'string' ? dataset.id : undefined
      const value = typeof raw?.value === 'number' ? raw.value : Number(raw?.value)
      if (!datasetId || !Number.isFinite(value)) continue
      noteDataset(datasetId, dataset?.revision)
      const taskId =
        typeof dataset?.task_id === 'string' && dataset.task_id !== '' ? dataset.task_id : undefined
      const declared =
        raw.date instanceof Date
          ? raw.date.toISOString()
          : typeof raw.date === 'string'
            ? raw.date
            : undefined
      const dates = [declared, commit?.date].filter(validDate).map((d) => new Date(d).toISOString())
      const when = dates.sort()[0]
      metrics.push({
        name: taskId ? `${datasetId}:${taskId}` : datasetId,
        value,
        ...(when ? { at: when } : {}),
        source: `${file.path} of ${at}${describeDataset(datasetId, dataset?.revision)}${declared ? `, evaluated ${declared}` : ''}${commit ? `, file last changed by commit ${commit.id.slice(0, 12)} at ${commit.date}` : ''}${typeof raw.verifyToken === 'string' ? ', with a verifyToken' : ''}`
      })
    }
  }

  const declaredDatasets = info.cardData?.datasets
  for (const entry of Array.isArray(declaredDatasets)
    ? declaredDatasets
    : declaredDatasets
      ? [declaredDatasets]
      : []) {
    if (typeof entry !== 'string') continue
    const { id, revision: rev } = huggingFaceModelRef(entry, '')
    noteDataset(id, rev)
  }
  const datasets = [...revisions]
    .flatMap(([id, revs]) => [...revs].sort().map((rev) => `${id}@${rev}`))
    .sort()
  const withoutRevision = [...unversioned].filter((id) => !revisions.has(id)).sort()

  const sections = cardSections(card ?? '')
  const monitoring = /^#{1,6}\s*monitoring\b/im.test(card ?? '')
  return {
    registry: 'huggingface',
    subject: record.subject,
    name: info.id,
    version: info.sha,
    production: true,
    labels: ['in production use (config)', `revision ${revision}`],
    ...(info.author ? { createdBy: info.author } : {}),
    ...(info.createdAt ? { createdAt: info.createdAt } : {}),
    // The Hub has no approval workflow: the documented convention is `approved_by` / `approved_at` in the card's front matter.
    ...(typeof info.cardData?.approved_by === 'string'
      ? {
          approval: {
            status: 'approved',
            by: info.cardData.approved_by,
            ...(typeof info.cardData.approved_at === 'string' ? { at: info.cardData.approved_at } : {})
          }
        }
      : {}),
    ...(card ? { description: card.slice(0, 2000) } : {}),
    documentation: {
      intendedUse: sections.intendedUse,
      limitations: sections.limitations,
      source: `model card (README.md) of ${at}`,
      missing: [
        ...(sections.trainingDetails ? [] : ['training details']),
        ...(sections.evaluation ? [] : ['evaluation'])
      ]
    },
    lineage: {
      datasets,
      problems: withoutRevision.map((id) => `dataset ${id} is named without a revision`)
    },
    metrics,
    monitoring: monitoring
      ? { declared: true, detail: 'Monitoring section in the model card' }
      : { declared: false },
    integrityProblems,
    evidence: [record.path]
  }
}

function validDate(value: string | undefined): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value))
}

function describeDataset(id: string | undefined, revision: unknown): string {
  if (!id) return ''
  return ` on ${id}${typeof revision === 'string' && revision ? ` (revision ${revision.slice(0, 12)})` : ' (no dataset revision)'}`
}
