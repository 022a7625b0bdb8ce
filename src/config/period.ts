import type { EvaluationPeriod } from '../model.js'
import { InputError } from './errors.js'

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/
/** Ten years: longer than any audit period, and far short of what a date can hold (`P99999999999D`). */
const MAX_MILLISECONDS = 3660 * 86_400_000

/**
 * The evidence period: the `expression` (an ISO 8601 duration such as `P1D` or `P90D`) ending at `end`.
 * Months and years are refused on purpose: their length varies, and an auditor's population must have
 * exact bounds.
 */
export function resolvePeriod(expression: string, end: Date, where = 'period'): EvaluationPeriod {
  const match = DURATION.exec(expression.trim().toUpperCase())
  const [weeks, days, hours, minutes] = (match?.slice(1) ?? []).map((part) => Number(part ?? 0))
  const milliseconds = (((weeks! * 7 + days!) * 24 + hours!) * 60 + minutes!) * 60_000
  if (!match || milliseconds <= 0 || milliseconds > MAX_MILLISECONDS) {
    throw new InputError(
      `${where}: expected an ISO 8601 duration in weeks, days, hours or minutes of at most ten years, such as "P1D", "P90D" or "PT12H", got ${JSON.stringify(expression)}`
    )
  }
  return {
    start: new Date(end.getTime() - milliseconds).toISOString(),
    end: end.toISOString(),
    expression: expression.trim().toUpperCase()
  }
}

/** Milliseconds of an ISO 8601 duration in weeks, days, hours or minutes (zero allowed), or undefined. */
export function durationMs(expression: string): number | undefined {
  const text = expression.trim().toUpperCase()
  const match = DURATION.exec(text)
  if (!match || text === 'P' || text.endsWith('T')) return undefined
  const [weeks, days, hours, minutes] = match.slice(1).map((part) => Number(part ?? 0))
  return (((weeks! * 7 + days!) * 24 + hours!) * 60 + minutes!) * 60_000
}
