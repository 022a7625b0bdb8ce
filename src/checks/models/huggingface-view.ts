import { parse } from 'yaml'
import type { EvidenceRecord } from '../../model.js'
import type { HfModelEvidence, ModelMetric, ModelVersionView } from '../../evidence/models.js'
import { cardSections } from './model-card-sections.js'

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
