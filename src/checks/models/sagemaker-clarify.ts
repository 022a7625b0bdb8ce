import { scalarText } from '../../util/text.js'
import type { ModelMetric } from '../../evidence/models.js'

/**
 * Bias metrics of a SageMaker Clarify report (`analysis.json`, the file ModelMetrics.Bias.* points at):
 * `pre_training_bias_metrics` / `post_training_bias_metrics`, each `{ label, facets: { "<facet>": [{
 * value_or_threshold, metrics: [{ name, description, value }] }] } }`
 * (https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-processing-job-analysis-results.html).
 *
 * Each metric is named `<name>:<facet>:<facet value>` (e.g. `DPPL:gender:female`), so a threshold can
 * name one facet; the bare name (`DPPL`) is given too when the report holds only one value for it, so a
 * threshold on the bare name is never met by one facet while another is worse. A `value` of null (a metric
 * Clarify could not compute) is left out.
 */
export function clarifyMetrics(content: unknown, source: string, at?: string): ModelMetric[] {
  if (!content || typeof content !== 'object') return []
  const metrics: ModelMetric[] = []
  const byName = new Map<string, ModelMetric[]>()
  for (const stage of ['pre_training_bias_metrics', 'post_training_bias_metrics']) {
    const facets = (content as Record<string, { facets?: unknown } | undefined>)[stage]?.facets
    if (!facets || typeof facets !== 'object') continue
    for (const [facet, groups] of Object.entries(facets as Record<string, unknown>)) {
      if (!Array.isArray(groups)) continue
      for (const group of groups as { value_or_threshold?: unknown; metrics?: unknown }[]) {
        if (!Array.isArray(group?.metrics)) continue
        const facetValue = scalarText(group.value_or_threshold ?? '')
        for (const metric of group.metrics as { name?: unknown; value?: unknown }[]) {
          if (
            typeof metric?.name !== 'string' ||
            typeof metric.value !== 'number' ||
            !Number.isFinite(metric.value)
          )
            continue
          const entry: ModelMetric = {
            name: `${metric.name}:${token(facet)}:${token(facetValue)}`,
            value: metric.value,
            ...(at ? { at } : {}),
            source: `${source} (Clarify ${stage.replace(/_/g, ' ')}, facet ${facet} = ${facetValue})`
          }
          metrics.push(entry)
          byName.set(metric.name, [...(byName.get(metric.name) ?? []), entry])
        }
      }
    }
  }
  for (const [name, entries] of byName) {
    if (entries.length === 1) metrics.push({ ...entries[0]!, name })
  }
  return metrics
}

/** A facet or value as part of a threshold name (letters, digits, `_.-`). */
function token(value: string): string {
  return value.trim().replace(/[^A-Za-z0-9_.-]+/g, '_') || '_'
}
