import type { CheckResult } from './check.js'

/**
 * Evaluates one subject so that a check which throws on it (a null the schema allows, a shape nobody
 * foresaw) yields an `error` finding for that subject naming the exception, while every other subject's
 * finding stands. Never a pass: the check could not decide.
 */
export function guardSubject(subject: string, evidence: string[], evaluate: () => CheckResult): CheckResult {
  try {
    return evaluate()
  } catch (error) {
    return {
      subject,
      status: 'error',
      message: `The check could not evaluate this subject: it threw ${describeException(error)}. The recorded evidence is unchanged; this is a defect of the check, to be reported with the bundle.`,
      evidence
    }
  }
}

/** The finding for a check that threw before it produced any per-subject result. */
export function checkFailure(error: unknown): CheckResult {
  return {
    subject: '(every subject of this check)',
    status: 'error',
    message: `The check could not run: it threw ${describeException(error)}. No subject was evaluated by it; the other checks' findings stand.`,
    evidence: []
  }
}

export function describeException(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500)
  return String(error).slice(0, 500)
}
