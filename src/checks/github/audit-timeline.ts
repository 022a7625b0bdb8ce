import type { AuditLogEvent } from '../../evidence/github-org.js'

/** What an audit-log event did to the setting it names. */
export type Effect = 'on' | 'off' | 'changed'

export interface OffInterval {
  from: number
  to: number
  /** The event that switched it off; absent when it was off from the start of the period. */
  offBy?: { action: string; actor: string | null }
  /** The event that switched it back on; absent when it was still off at the end of the period. */
  onBy?: { action: string; actor: string | null }
}

export interface SettingTimeline {
  setting: string
  offIntervals: OffInterval[]
  changes: { at: number; action: string; actor: string | null }[]
  /** Share of the period the setting was in force, 0..1. */
  inForce: number
}

/**
 * Turns the events of one setting, oldest first, into the intervals it was off inside [start, end]. An
 * event that switches it on with no earlier event in the period means it did not exist before: off from
 * the start. Events outside the period are ignored (the `created:` qualifier works in whole days).
 */
export function settingTimeline(
  setting: string,
  events: { event: AuditLogEvent; effect: Effect }[],
  start: number,
  end: number
): SettingTimeline {
  const offIntervals: OffInterval[] = []
  const changes: SettingTimeline['changes'] = []
  let openOff: OffInterval | undefined
  let seen = false
  for (const { event, effect } of events) {
    const at = event['@timestamp']
    if (at < start || at > end) continue
    const who = { action: event.action, actor: event.actor ?? null }
    if (effect === 'changed') changes.push({ at, ...who })
    else if (effect === 'off' && !openOff) openOff = { from: at, to: end, offBy: who }
    else if (effect === 'on') {
      if (openOff) offIntervals.push({ ...openOff, to: at, onBy: who })
      else if (!seen) offIntervals.push({ from: start, to: at, onBy: who })
      openOff = undefined
    }
    seen = true
  }
  if (openOff) offIntervals.push(openOff)
  const off = offIntervals.reduce((sum, i) => sum + (i.to - i.from), 0)
  return { setting, offIntervals, changes, inForce: end > start ? 1 - off / (end - start) : 1 }
}

export function describeDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000)
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours < 48) return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
  return `${Math.round(hours / 24)} days`
}

const isoMinute = (ms: number) => new Date(ms).toISOString().slice(0, 16) + 'Z'

export function describeInterval(interval: OffInterval): string {
  const off = interval.offBy
    ? `switched off at ${isoMinute(interval.from)} by ${interval.offBy.actor ?? '(unknown)'} (${interval.offBy.action})`
    : `not in force from the start of the period`
  const on = interval.onBy
    ? `restored at ${isoMinute(interval.to)} by ${interval.onBy.actor ?? '(unknown)'} (${interval.onBy.action})`
    : 'still off at the end of the period'
  return `off for ${describeDuration(interval.to - interval.from)} on ${isoMinute(interval.from).slice(0, 10)}: ${off}, ${on}`
}
