/** Calendar dates and intervals of the SoA and manual evidence (review dates, `review-every: P1Y`). */

const CALENDAR_DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A `YYYY-MM-DD` that is a real date (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text)
  if (!match) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/** An ISO 8601 duration in years, months, weeks and days (`P1Y`, `P6M`, `P90D`); review intervals are calendar. */
export function isReviewInterval(text: string): boolean {
  const match = CALENDAR_DURATION.exec(text)
  return !!match && match.slice(1).some((part) => part !== undefined && Number(part) > 0)
}

/** `date + duration` in calendar arithmetic (UTC): 2026-01-31 + P1M is 2026-03-03, as JavaScript dates roll. */
export function addInterval(date: string, interval: string): string {
  const match = CALENDAR_DURATION.exec(interval)
  if (!match || !isCalendarDate(date)) throw new Error(`cannot add ${interval} to ${date}`)
  const [years, months, weeks, days] = match.slice(1).map((part) => Number(part ?? 0))
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCFullYear(
    d.getUTCFullYear() + years!,
    d.getUTCMonth() + months!,
    d.getUTCDate() + weeks! * 7 + days!
  )
  return d.toISOString().slice(0, 10)
}
