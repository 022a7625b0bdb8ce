import { sameModel, type InventorySystem } from '../../ai/inventory.js'
import type { EvidenceConfig } from '../../config/schema.js'
import { parseThreshold, type Threshold } from '../../config/thresholds.js'
import type { ModelVersionView } from '../../evidence/models.js'

const REGISTRY_PREFIX = /^(mlflow|sagemaker|huggingface):/

export interface AppliedThreshold extends Threshold {
  /** Where it is set: `models.thresholds`, `models.model-thresholds.churn-xgb`, `system churn-predictor`. */
  from: string
}

/** The AI systems (not retired) whose inventory entry lists the model. */
export function systemsOf(view: ModelVersionView, systems: InventorySystem[]): InventorySystem[] {
  return systems.filter(
    (system) =>
      system.status !== 'retired' &&
      (system.models ?? []).some((entry) => sameModel(entry.replace(REGISTRY_PREFIX, ''), view.name))
  )
}

/** A `model-thresholds` key names the model (`churn-xgb`) or the model in one registry (`mlflow:churn-xgb`). */
export const modelKeyMatches = (key: string, view: Pick<ModelVersionView, 'registry' | 'name'>): boolean =>
  key === view.name || key === `${view.registry}:${view.name}`

/**
 * The thresholds a production model version must meet. Three levels, the most specific winning per metric:
 * the model's own (`models.model-thresholds`), then its AI systems' (`models.system-thresholds` and the
 * inventory's `thresholds`, all of which apply when the model is in several systems), then the general
 * `models.thresholds`. So a system can tighten or relax the general accuracy bound and add a fairness one.
 */
export function thresholdsFor(
  view: ModelVersionView,
  settings: EvidenceConfig['models'],
  systems: InventorySystem[]
): AppliedThreshold[] {
  const parse = (texts: string[], from: string): AppliedThreshold[] =>
    texts.flatMap((text) => {
      const threshold = parseThreshold(text)
      return threshold ? [{ ...threshold, from }] : []
    })
  const model = Object.entries(settings['model-thresholds'])
    .filter(([key]) => modelKeyMatches(key, view))
    .flatMap(([key, texts]) => parse(texts, `models.model-thresholds.${key}`))
  const system = systemsOf(view, systems).flatMap((s) => [
    ...parse(settings['system-thresholds'][s.id] ?? [], `models.system-thresholds.${s.id}`),
    ...parse(s.thresholds ?? [], `inventory system ${s.id}`)
  ])
  const general = parse(settings.thresholds, 'models.thresholds')
  const applied: AppliedThreshold[] = []
  for (const level of [model, system, general]) {
    const covered = new Set(applied.map((t) => t.metric))
    applied.push(...level.filter((t) => !covered.has(t.metric)))
  }
  return applied
}
