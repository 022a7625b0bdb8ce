import type { EvidenceConfig } from '../config/schema.js'
import type { CheckMetadata, EvaluationPeriod, Finding } from '../model.js'
import type { EvidenceIndex } from '../evidence/index.js'

/**
 * Everything a check may read. Checks are pure: no I/O, no clock (the period's end stands for "now"),
 * no environment — so `verify` re-derives every finding from the bundle alone.
 */
export interface CheckContext {
  evidence: EvidenceIndex
  config: EvidenceConfig
  period: EvaluationPeriod
}

/** A finding before the evaluator tags it with its check id and the controls from the mapping. */
export type CheckResult = Omit<Finding, 'check' | 'controls'>

export interface Check {
  metadata: CheckMetadata
  evaluate(context: CheckContext): CheckResult[]
}
