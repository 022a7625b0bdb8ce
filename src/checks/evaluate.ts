import type { CheckMapping } from '../controls/catalog.js'
import type { Finding } from '../model.js'
import type { Check, CheckContext } from './check.js'

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
      check.evaluate(context).map((result) => ({
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
