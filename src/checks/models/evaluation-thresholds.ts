import { THRESHOLD } from '../../config/schema.js'
import type { ModelMetric } from '../../sources/models/types.js'
import type { Check } from '../check.js'
import { forEachProductionModel, MODEL_KINDS, testResults } from './views.js'

const DAY_MS = 86_400_000
const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
  '<=': (a, b) => a <= b,
  '<': (a, b) => a < b,
  '==': (a, b) => a === b
}

export const modelEvaluationThresholds: Check = {
  metadata: {
    id: 'models.evaluation.thresholds',
    title: 'Production model versions have current evaluation results that meet their thresholds',
    severity: 'high',
    rationale:
      'A model in production must have been verified and validated against defined criteria (performance, fairness) before and while it is used; a missing, failing or stale result means nobody can show that it was.',
    remediation:
      "Evaluate the model version and log each required metric to its run (mlflow.log_metric), model card (model-index) or SageMaker ModelMetrics, or publish the pipeline's result file (model-results). If a threshold is not met, do not promote the version: move the production alias back to a version that meets it.",
    evidenceKinds: MODEL_KINDS
  },
  evaluate: (context) => {
    const settings = context.config.models
    const now = Date.parse(context.period.end)
    const pipeline = testResults(context).results
    return forEachProductionModel(context, (view) => {
      if (settings.thresholds.length === 0) {
        return {
          status: 'not_applicable',
          message: 'No required evaluation results are configured (models.thresholds).'
        }
      }
      const fromPipeline = pipeline.filter((r) => r.model === view.name)
      const metrics: ModelMetric[] = [...view.metrics, ...fromPipeline.flatMap((r) => r.metrics)]
      const problems: string[] = [...view.integrityProblems.map((p) => `cannot be relied on: ${p}`)]
      const met: string[] = []
      for (const threshold of settings.thresholds) {
        const [, name, operator, limit] = THRESHOLD.exec(threshold)!
        const latest = metrics
          .filter((m) => m.name === name)
          .sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''))[0]
        if (!latest) {
          problems.push(`no ${name} result`)
          continue
        }
        if (!COMPARE[operator!]!(latest.value, Number(limit))) {
          problems.push(`${name} ${latest.value} does not meet ${operator} ${limit} (${latest.source})`)
          continue
        }
        const age = latest.at ? Math.floor((now - Date.parse(latest.at)) / DAY_MS) : undefined
        if (age !== undefined && age > settings['max-result-age-days']) {
          problems.push(
            `${name} ${latest.value} is ${age} days old (older than ${settings['max-result-age-days']})`
          )
          continue
        }
        met.push(`${name} ${latest.value} ${operator} ${limit}`)
      }
      const extra = fromPipeline.map((r) => r.path)
      return problems.length === 0
        ? { status: 'pass', message: `${view.name} ${view.version}: ${met.join(', ')}.`, evidence: extra }
        : {
            status: 'fail',
            message: `${view.name} ${view.version}: ${problems.join('; ')}.`,
            evidence: extra,
            details: problems
          }
    })
  }
}
