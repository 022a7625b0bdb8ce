import type { EvidenceRecord } from '../../model.js'
import { HF_KIND, huggingFaceView } from '../../sources/models/huggingface.js'
import { MLFLOW_KIND, MLFLOW_REGISTRY_KIND, mlflowVersionView } from '../../sources/models/mlflow.js'
import { RESULTS_KIND } from '../../sources/models/results.js'
import { SAGEMAKER_KIND } from '../../sources/models/sagemaker-kind.js'
import { sageMakerVersionView } from '../../sources/models/sagemaker-view.js'
import type { ModelTestResults, ModelVersionView } from '../../sources/models/types.js'
import type { CheckContext, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'

export const MODEL_KINDS = [MLFLOW_KIND, MLFLOW_REGISTRY_KIND, HF_KIND, SAGEMAKER_KIND]

/** Every model version of every registry, through each registry's pure normalizer. */
export function modelViews(context: CheckContext): {
  views: ModelVersionView[]
  unreadable: EvidenceRecord[]
} {
  const settings = context.config.models
  const views: ModelVersionView[] = []
  const unreadable: EvidenceRecord[] = []
  for (const kind of MODEL_KINDS) {
    for (const record of context.evidence.all(kind)) {
      if (record.error) {
        unreadable.push(record)
        continue
      }
      const view =
        kind === MLFLOW_KIND && settings.mlflow
          ? mlflowVersionView(record as never, settings.mlflow)
          : kind === HF_KIND
            ? huggingFaceView(record as never)
            : kind === SAGEMAKER_KIND
              ? sageMakerVersionView(
                  record,
                  settings.sagemaker?.['production-statuses'] ?? ['Approved'],
                  settings.sagemaker?.['production-stages'] ?? ['Production']
                )
              : undefined
      if (view) views.push(view)
    }
  }
  return { views, unreadable }
}

export function testResults(context: CheckContext): {
  results: (ModelTestResults & { path: string })[]
  unreadable: EvidenceRecord[]
} {
  const records = context.evidence.all<{ results: ModelTestResults }>(RESULTS_KIND)
  return {
    results: records.filter((r) => r.data).map((r) => ({ ...r.data!.results, path: r.path })),
    unreadable: records.filter((r) => r.error)
  }
}

/**
 * Runs a check over the production model versions. A registry that could not be read gives `error`
 * findings (never silence), and a run without any model source gives nothing (the controls stay manual).
 */
export function forEachProductionModel(
  context: CheckContext,
  evaluate: (view: ModelVersionView) => Omit<CheckResult, 'subject' | 'evidence'> & { evidence?: string[] }
): CheckResult[] {
  const { views, unreadable } = modelViews(context)
  return [
    ...unreadable.map((record) => ({
      subject: record.subject,
      status: 'error' as const,
      message: `Model evidence could not be collected: ${record.error!.message}`,
      evidence: [record.path]
    })),
    ...views
      .filter((view) => view.production)
      .map((view) =>
        guardSubject(view.subject, view.evidence, () => {
          const result = evaluate(view)
          return {
            ...result,
            subject: view.subject,
            evidence: [...view.evidence, ...(result.evidence ?? [])]
          }
        })
      )
  ]
}
