/**
 * Required evaluation results: `accuracy >= 0.9`, `demographic_parity_difference <= 0.1`, or a range
 * `0.8 <= disparate_impact_ratio <= 1.25`. Upper bounds matter as much as lower ones: most fairness and
 * bias metrics (parity differences, equalized-odds gaps) are good when small.
 */
export type ThresholdOperator = '>=' | '>' | '<=' | '<' | '=='

export interface Threshold {
  /** As written in the config, trimmed. */
  text: string
  metric: string
  /** All must hold: one bound, or two for a range. */
  bounds: { operator: ThresholdOperator; limit: number }[]
}

const NUMBER = '(-?\\d+(?:\\.\\d+)?)'
const METRIC = '([A-Za-z0-9_.:/-]+)'
const SINGLE = new RegExp(`^\\s*${METRIC}\\s*(>=|<=|==|>|<)\\s*${NUMBER}\\s*$`)
const RANGE = new RegExp(`^\\s*${NUMBER}\\s*(<=|<)\\s*${METRIC}\\s*(<=|<)\\s*${NUMBER}\\s*$`)

export const THRESHOLD_EXPECTED =
  'expected "<metric> <operator> <number>" such as "accuracy >= 0.9" (operators >= > <= < ==) or a range such as "0.8 <= disparate_impact_ratio <= 1.25"'

/** `undefined` when the text is not a threshold. */
export function parseThreshold(text: string): Threshold | undefined {
  const single = SINGLE.exec(text)
  if (single) {
    const [, metric, operator, limit] = single
    return {
      text: text.trim(),
      metric: metric!,
      bounds: [{ operator: operator as ThresholdOperator, limit: Number(limit) }]
    }
  }
  const range = RANGE.exec(text)
  if (range) {
    const [, low, lowOperator, metric, highOperator, high] = range
    if (Number(low) > Number(high)) return undefined
    return {
      text: text.trim(),
      metric: metric!,
      bounds: [
        { operator: lowOperator === '<' ? '>' : '>=', limit: Number(low) },
        { operator: highOperator as ThresholdOperator, limit: Number(high) }
      ]
    }
  }
  return undefined
}

const COMPARE: Record<ThresholdOperator, (value: number, limit: number) => boolean> = {
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
  '<=': (a, b) => a <= b,
  '<': (a, b) => a < b,
  '==': (a, b) => a === b
}

export const meetsThreshold = (threshold: Threshold, value: number): boolean =>
  Number.isFinite(value) && threshold.bounds.every((b) => COMPARE[b.operator](value, b.limit))

/**
 * Names that mark a fairness or bias metric, so findings can say which kind of criterion failed; the acronyms
 * are SageMaker Clarify's pre- and post-training bias metrics (CI, DPL, KL, JS, LP, TVD, KS, CDDL; DPPL, DI,
 * DCAcc, DCR, RD, DAR, DRR, AD, CDDPL, TE, FT, GE, SD), alone or before a `:facet:value` suffix.
 */
const FAIRNESS =
  /parity|disparate|equali[sz]ed|equal_opportunity|fairness|bias|treatment_equality|^(ci|dpl|kl|js|lp|tvd|ks|cddl|dppl|di|dcacc|dcr|rd|dar|drr|ad|cddpl|te|ft|ge|sd)(:|$)/i
export const isFairnessMetric = (metric: string): boolean => FAIRNESS.test(metric)
