import type { InventorySystem } from '../../ai/inventory.js'
import type { ModelMetric } from '../../evidence/models.js'
import type { CheckContext, CheckResult } from '../check.js'
import type { AppliedThreshold } from './threshold-sets.js'
import { modelKeyMatches } from './threshold-sets.js'
import { modelViews } from './views.js'

/** `<= 0.05 (inventory system churn-predictor)`: the bound and where it is set. */
export const describeBounds = (t: AppliedThreshold): string =>
  `${t.bounds.map((b) => `${b.operator} ${b.limit}`).join(' and ')} (${t.from})`

/**
 * `mlflow run 9f2c… (churn-2026.10), logged 2026-11-08T10:00:00.000Z, on churn-holdout@v2026.10 (digest
 * 5d7e20b4)`: which run or file the value comes from, when it was recorded and on which data.
 */
export const describeOrigin = (metric: ModelMetric): string =>
  [
    metric.source,
    metric.at ? `logged ${metric.at}` : 'no time recorded',
    ...(metric.dataset ? [`on ${metric.dataset}`] : [])
  ].join(', ')

/**
 * Threshold keys that match nothing would otherwise leave a model on weaker general thresholds without a
 * word: a `model-thresholds` key that is no model of any registry, a `system-thresholds` key that is no AI
 * system of the inventory. Each is an `error` finding naming the key.
 */
export function unusedThresholdKeys(context: CheckContext, systems: InventorySystem[]): CheckResult[] {
  const settings = context.config.models
  const { views, unreadable } = modelViews(context)
  const results: CheckResult[] = []
  for (const key of Object.keys(settings['model-thresholds'])) {
    // With a registry unreadable, the key may name one of its models: nothing can be said.
    if (unreadable.length > 0 || views.some((view) => modelKeyMatches(key, view))) continue
    results.push({
      subject: `config:models.model-thresholds.${key}`,
      status: 'error',
      message: `models.model-thresholds names ${key}, which is no model of the registries read, so its thresholds apply to nothing: correct the name (the registered model name, optionally prefixed mlflow:, sagemaker: or huggingface:).`,
      evidence: []
    })
  }
  const ids = new Set(systems.map((system) => system.id))
  for (const key of Object.keys(settings['system-thresholds'])) {
    if (ids.has(key)) continue
    results.push({
      subject: `config:models.system-thresholds.${key}`,
      status: 'error',
      message: `models.system-thresholds names ${key}, which is no AI system of the inventory, so its thresholds apply to nothing: use a system id from the inventory.`,
      evidence: []
    })
  }
  return results
}
