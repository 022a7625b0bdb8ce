import type { EvidenceRecord, RequestRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import { HttpFailure, recordedGet, recordedGetJson, type HttpOptions } from '../http.js'
import { documentationSections } from './mlflow.js'
import type { ModelMetric, ModelVersionView } from './types.js'

export const HF_KIND = 'models.huggingface.model'

interface ModelIndexEntry {
  name?: string
  results?: {
    task?: { type?: string }
    dataset?: { name?: string; type?: string; split?: string }
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
  cardData?: { 'model-index'?: ModelIndexEntry[]; datasets?: string[] | string; [key: string]: unknown }
}
export interface HfModelEvidence {
  info: HfModelInfo
  /** The model card (README.md) at the recorded commit, when there is one. */
  card?: string
}

/** Model info (commit sha, card data with `model-index` evaluation results) and the model card at that commit. */
export async function collectHuggingFace(
  sink: EvidenceSink,
  settings: { endpoint: string; models: string[] },
  env: NodeJS.ProcessEnv
): Promise<number> {
  const base = settings.endpoint.replace(/\/+$/, '')
  const http: HttpOptions = {
    headers: env.HF_TOKEN ? { authorization: `Bearer ${env.HF_TOKEN}` } : {},
    service: `Hugging Face Hub at ${base}`,
    permission: 'read access to the model repository (a token with read scope, HF_TOKEN)'
  }
  let count = 0
  for (const id of settings.models) {
    const requests: RequestRecord[] = []
    const record: EvidenceRecord<HfModelEvidence> = {
      path: `evidence/models/huggingface/${id}.json`,
      source: 'huggingface',
      subject: `huggingface:${id}`,
      kind: HF_KIND,
      requests,
      notes: { endpoint: base }
    }
    try {
      const { data: info, request } = await recordedGetJson<HfModelInfo>(`${base}/api/models/${id}`, http)
      requests.push(request)
      let card: string | undefined
      try {
        const readme = await recordedGet(`${base}/${id}/resolve/${info.sha}/README.md`, http)
        requests.push(readme.request)
        card = readme.body
      } catch (error) {
        if (!(error instanceof HttpFailure) || error.request.status !== 404) throw error
        requests.push(error.request)
      }
      record.data = { info, ...(card !== undefined ? { card } : {}) }
      count += 1
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error
      requests.push(error.request)
      record.error =
        error.request.status === 404 || error.request.status === 401
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

/** Pure: the checks' view of a Hugging Face model in production use. */
export function huggingFaceView(record: EvidenceRecord<HfModelEvidence>): ModelVersionView | undefined {
  if (!record.data) return undefined
  const { info, card } = record.data
  const metrics: ModelMetric[] = (info.cardData?.['model-index'] ?? []).flatMap((entry) =>
    (entry.results ?? []).flatMap((result) =>
      (result.metrics ?? [])
        .filter((metric) => typeof metric.value === 'number' || !Number.isNaN(Number(metric.value)))
        .map((metric) => ({
          name: metric.type,
          value: Number(metric.value),
          ...(info.lastModified ? { at: info.lastModified } : {}),
          source: `model-index of ${info.id}@${info.sha.slice(0, 12)}${result.dataset?.name ? ` on ${result.dataset.name}` : ''}`
        }))
    )
  )
  const datasets = info.cardData?.datasets
  const monitoring = /##+\s*monitoring/i.test(card ?? '')
  return {
    registry: 'huggingface',
    subject: record.subject,
    name: info.id,
    version: info.sha,
    production: true,
    labels: ['in production use (config)'],
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
    documentation: documentationSections(card ?? '', 'model card (README.md)'),
    lineage: { datasets: Array.isArray(datasets) ? datasets : datasets ? [datasets] : [] },
    metrics,
    monitoring: monitoring
      ? { declared: true, detail: 'Monitoring section in the model card' }
      : { declared: false },
    integrityProblems: [],
    evidence: [record.path]
  }
}
