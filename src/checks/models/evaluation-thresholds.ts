import { parseInventory, type InventorySystem } from '../../ai/inventory.js'
import { isFairnessMetric, meetsThreshold } from '../../config/thresholds.js'
import { INVENTORY_KIND } from '../../evidence/models.js'
import type { ModelMetric } from '../../evidence/models.js'
import type { Check, CheckContext, CheckResult } from '../check.js'
import { thresholdsFor } from './threshold-sets.js'
import { describeBounds, describeOrigin, unusedThresholdKeys } from './threshold-findings.js'
import { forEachProductionModel, MODEL_KINDS, testResults } from './views.js'

const DAY_MS = 86_400_000

/** The inventory's systems, `undefined` when it exists but cannot be read (so its thresholds are unknown). */
function inventorySystems(context: CheckContext): { systems?: InventorySystem[]; problem?: string } {
  const record = context.evidence.all<{ path: string; content?: string }>(INVENTORY_KIND)[0]
  if (!record?.data || record.data.content === undefined) return { systems: [] }
  const parsed = parseInventory(record.data.content, record.data.path)
  if ('errors' in parsed) {
    return {
      problem: `the AI inventory ${record.data.path} is not valid, so the thresholds of its AI systems are unknown (${parsed.errors[0]!.text})`
    }
  }
  return { systems: parsed.inventory.systems }
}

export const modelEvaluationThresholds: Check = {
  metadata: {
    id: 'models.evaluation.thresholds',
    version: 1,
    title: 'Production model versions have current evaluation results that meet their thresholds',
    severity: 'high',
    rationale:
      'A model in production must have been verified and validated against defined criteria (performance, fairness) before and while it is used; a missing, failing or stale result means nobody can show that it was.',
    remediation:
      "Evaluate the model version and log each required metric to the run that produced it (mlflow.log_metric, with the evaluation data logged by mlflow.log_input), model card (model-index) or SageMaker ModelMetrics, or publish the pipeline's result file (model-results, with the model version and run time). If a threshold is not met, do not promote the version: move the production alias back to a version that meets it.",
    evidenceKinds: [...MODEL_KINDS, INVENTORY_KIND]
  },
  evaluate: (context) => {
    const settings = context.config.models
    const now = Date.parse(context.period.end)
    const maxAge = settings['max-result-age-days']
    const pipeline = testResults(context).results
    const inventory = inventorySystems(context)
    const findings = forEachProductionModel(context, (view) => {
      const label = `${view.name} ${view.version}`
      if (!inventory.systems) return { status: 'error', message: `${label}: ${inventory.problem}.` }
      const thresholds = thresholdsFor(view, settings, inventory.systems)
      if (thresholds.length === 0) {
        return {
          status: 'not_applicable',
          message: `${label}: no required evaluation results are configured for it (models.thresholds, models.model-thresholds, models.system-thresholds or its AI system's thresholds in the inventory).`
        }
      }
      // Result files count for the version they name, never for the model name alone.
      const forModel = pipeline.filter((r) => r.model === view.name)
      const forVersion = forModel.filter((r) => r.version === view.version)
      const otherFiles = forModel.filter((r) => r.version !== view.version)
      const metrics: ModelMetric[] = [...view.metrics, ...forVersion.flatMap((r) => r.metrics)]
      const failed: string[] = [...view.integrityProblems.map((p) => `cannot be relied on: ${p}`)]
      const undecided: string[] = []
      const met: string[] = []
      const origins = new Set<string>()
      for (const threshold of thresholds) {
        const name = `${isFairnessMetric(threshold.metric) ? 'fairness metric ' : ''}${threshold.metric}`
        const latest = metrics
          .filter((m) => m.name === threshold.metric)
          .sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''))[0]
        if (!latest) {
          const unmatched = otherFiles
            .filter((r) => r.metrics.some((m) => m.name === threshold.metric))
            .map((r) => `${r.file} is for ${r.version ? `version ${r.version}` : 'no version'}`)
          failed.push(`no ${name} result${unmatched.length > 0 ? ` (${unmatched.join('; ')})` : ''}`)
          continue
        }
        const shown = `${describeBounds(threshold)} from ${describeOrigin(latest)}`
        if (!meetsThreshold(threshold, latest.value)) {
          failed.push(`${name} ${latest.value} does not meet ${shown}`)
          continue
        }
        if (!latest.at) {
          undecided.push(
            `${name} ${latest.value} meets ${shown}, but no time is recorded for it, so it cannot be shown to be current`
          )
          continue
        }
        const age = Math.floor((now - Date.parse(latest.at)) / DAY_MS)
        if (age > maxAge) {
          failed.push(`${name} ${latest.value} is ${age} days old (older than ${maxAge}): ${shown}`)
          continue
        }
        met.push(`${name} ${latest.value} ${describeBounds(threshold)}`)
        origins.add(describeOrigin(latest))
      }
      const evidence = forVersion.map((r) => r.path)
      if (failed.length > 0) {
        return {
          status: 'fail',
          message: `${label}: ${[...failed, ...undecided].join('; ')}.`,
          evidence,
          details: [...failed, ...undecided]
        }
      }
      if (undecided.length > 0) {
        return {
          status: 'error',
          message: `${label}: ${undecided.join('; ')}.`,
          evidence,
          details: undecided
        }
      }
      return {
        status: 'pass',
        message: `${label}: ${met.join(', ')}; measured in ${[...origins].join('; ')}.`,
        evidence
      }
    })
    const unused: CheckResult[] =
      findings.length > 0 && inventory.systems ? unusedThresholdKeys(context, inventory.systems) : []
    return [...findings, ...unused]
  }
}
