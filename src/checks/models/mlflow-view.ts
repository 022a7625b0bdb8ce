import type { EvidenceRecord } from '../../model.js'
import type {
  MlflowModelVersion,
  MlflowRegisteredModel,
  MlflowRun,
  MlflowSettings,
  MlflowTag,
  MlflowVersionEvidence,
  ModelMetric,
  ModelVersionView
} from '../../evidence/models.js'

/** MLflow answers "" for a field that is not set; that is no value. */
export const present = (value: string | undefined): string | undefined =>
  value !== undefined && value.trim() !== '' ? value : undefined

/** Every alias of the version: the registered model's `{alias, version}` list, and the version's own (get). */
export function aliasesOf(model: MlflowRegisteredModel, version: MlflowModelVersion): string[] {
  const fromModel = (model.aliases ?? []).filter((a) => a.version === version.version).map((a) => a.alias)
  return [...new Set([...fromModel, ...(version.aliases ?? [])])].sort()
}

/** Production: a production alias on the registered model pointing at the version, or a legacy stage. */
export const isProductionMlflow = (
  model: MlflowRegisteredModel,
  version: MlflowModelVersion,
  settings: MlflowSettings
) =>
  aliasesOf(model, version).some((alias) => settings['production-aliases'].includes(alias)) ||
  settings['production-stages'].includes(version.current_stage ?? '')

const tagsOf = (tags: MlflowTag[] | undefined) =>
  Object.fromEntries((tags ?? []).map((t) => [t.key, t.value]))

/** Dataset inputs tagged `mlflow.data.context` as evaluation data; a run that tags none: all of its inputs. */
const EVALUATION_CONTEXTS = /^(eval|evaluation|test|testing|validation|holdout)$/i

function datasetLabel(
  input: NonNullable<NonNullable<MlflowRun['inputs']>['dataset_inputs']>[number]
): string {
  const digest = present(input.dataset.digest)
  return `${input.dataset.name}${digest ? ` (digest ${digest})` : ''}`
}

/** Where the run says its metrics were computed: the evaluation dataset inputs, when it tags any. */
function evaluatedOn(run: MlflowRun): string | undefined {
  const inputs = run.inputs?.dataset_inputs ?? []
  const context = (input: (typeof inputs)[number]) => tagsOf(input.tags)['mlflow.data.context']
  const evaluation = inputs.filter((input) => EVALUATION_CONTEXTS.test(context(input) ?? ''))
  const chosen = evaluation.length > 0 ? evaluation : inputs.every((i) => !context(i)) ? inputs : []
  return chosen.length > 0 ? chosen.map(datasetLabel).join(', ') : undefined
}

/**
 * Pure: the checks' view of an MLflow model version. Production comes from the registered model's aliases
 * (search answers carry them there only) and the legacy stage; the creator is the source run's user (versions
 * carry no `user_id`); a deleted run's metrics are not evidence. Approval and monitoring follow documented tag
 * conventions.
 */
export function mlflowVersionView(
  record: EvidenceRecord<MlflowVersionEvidence>,
  settings: MlflowSettings
): ModelVersionView | undefined {
  if (!record.data) return undefined
  const { model, version, run, runError } = record.data
  const tags = { ...tagsOf(model.tags), ...tagsOf(version.tags) }
  const text = [present(version.description), present(model.description)].filter(Boolean).join('\n')
  const runId = present(version.run_id)
  const deleted = run?.info.lifecycle_stage === 'deleted'
  const runLabel = run
    ? `mlflow run ${run.info.run_id}${present(run.info.run_name) ? ` (${run.info.run_name})` : ''}`
    : ''
  const dataset = run ? evaluatedOn(run) : undefined
  const metrics: ModelMetric[] =
    run && !deleted
      ? (run.data.metrics ?? []).map((m) => ({
          name: m.key,
          value: m.value,
          at: new Date(m.timestamp).toISOString(),
          source: runLabel,
          ...(dataset ? { dataset } : {})
        }))
      : []
  const creator =
    present(run?.info.user_id) ?? present(tagsOf(run?.data.tags)['mlflow.user']) ?? present(version.user_id)
  const integrityProblems = [
    ...(runError ? [`the source run ${runId} could not be read: ${runError}`] : []),
    ...(deleted
      ? [
          `the source run ${run.info.run_id} is deleted (lifecycle_stage "deleted"), so its ${(run.data.metrics ?? []).length} metric(s) and inputs are not evidence`
        ]
      : [])
  ]
  const stage = present(version.current_stage)
  return {
    registry: 'mlflow',
    subject: record.subject,
    name: version.name,
    version: version.version,
    production: isProductionMlflow(model, version, settings),
    labels: [...aliasesOf(model, version).map((a) => `@${a}`), ...(stage && stage !== 'None' ? [stage] : [])],
    ...(creator ? { createdBy: creator } : {}),
    ...(version.creation_timestamp ? { createdAt: new Date(version.creation_timestamp).toISOString() } : {}),
    ...(present(tags.approved_by)
      ? {
          approval: {
            status: 'approved',
            by: tags.approved_by!,
            ...(present(tags.approved_at) ? { at: tags.approved_at } : {})
          }
        }
      : {}),
    ...(text ? { description: text } : {}),
    documentation: documentationSections(text, 'model and version description'),
    lineage: {
      ...(runId ? { runId } : {}),
      datasets: deleted ? [] : (run?.inputs?.dataset_inputs ?? []).map(datasetLabel)
    },
    metrics,
    monitoring: present(tags.monitoring)
      ? { declared: true, detail: [tags.monitoring, tags.event_logging].filter(present).join('; ') }
      : { declared: false },
    integrityProblems,
    evidence: [record.path]
  }
}

/** Model cards and descriptions say "Intended use(s)" and "Limitations" in one form or another. */
export function documentationSections(text: string, source: string): ModelVersionView['documentation'] {
  return { intendedUse: /intended[ _-]?uses?/i.test(text), limitations: /limitations?/i.test(text), source }
}
