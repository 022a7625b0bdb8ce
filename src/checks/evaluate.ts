import type { CheckMapping } from '../controls/catalog.js'
import type { Finding } from '../model.js'
import { findingId } from '../report/finding-id.js'
import type { Check, CheckContext, CheckResult } from './check.js'
import { checkFailure } from './subject-guard.js'

/** Runs the checks and tags each finding with the controls its check evidences. Pure. */
export function evaluateChecks(
  checks: readonly Check[],
  context: CheckContext,
  mapping: CheckMapping
): Finding[] {
  const skipped = new Set(context.config.checks.skip)
  return checks
    .filter((check) => !skipped.has(check.metadata.id))
    .flatMap((check) =>
      runCheck(check, context).map((result) => ({
        id: findingId({ check: check.metadata.id, subject: result.subject }),
        check: check.metadata.id,
        subject: result.subject,
        status: result.status,
        message: result.message,
        controls: mapping.get(check.metadata.id) ?? {},
        evidence: result.evidence,
        ...(result.details ? { details: result.details } : {}),
        ...(result.locations ? { locations: result.locations } : {})
      }))
    )
}

/** A check that throws as a whole still leaves a finding, and the other checks run. */
function runCheck(check: Check, context: CheckContext): CheckResult[] {
  try {
    return check.evaluate(context)
  } catch (error) {
    return [checkFailure(error)]
  }
}
