import {
  AWS_CHANGE_EVIDENCE,
  CONTROL_SWITCHES,
  type ControlChangeEvent,
  type ControlChangeEventsEvidence,
  type ControlSwitch
} from '../../evidence/aws-changes.js'
import type { EvaluationPeriod, EvidenceRecord } from '../../model.js'
import type { CheckContext, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'

/** An interval of the period during which a control was off. */
export interface OffInterval {
  /** ISO 8601; the period start when it was already off then. */
  from: string
  /** ISO 8601; absent while still off at the period end. */
  to?: string
  offEvent?: string
  offBy?: string
  onEvent?: string
  onBy?: string
}

export interface TimelineInput {
  control: ControlSwitch
  /** Events of this control and subject, in any order (failed calls are ignored). */
  events: ControlChangeEvent[]
  period: Pick<EvaluationPeriod, 'start' | 'end'>
  /** The window the event history was read for. */
  window: { from: string; to: string }
  /** Whether the control was on when the evidence was collected (period end); undefined: unknown. */
  stateAtEnd: boolean | undefined
  /** What the control is, for messages ("CloudTrail logging of trail main"). */
  what: string
  /** Whether an event switches the control off; default: its name is in the control's `off` list. */
  isOff?: (event: ControlChangeEvent) => boolean
}

const who = (e: ControlChangeEvent) => e.userArn ?? e.Username ?? 'an unknown principal'

/**
 * The control's timeline over the period from the recorded switch events and the state at the end: in force
 * for the whole period (pass), or the intervals it was off, with who switched it and when (fail). Undecidable
 * (state unknown, history shorter than the period, events that contradict the state) is an error.
 */
export function controlTimeline(input: TimelineInput): Omit<CheckResult, 'subject' | 'evidence'> {
  const { period, window, what } = input
  const { off, on } = CONTROL_SWITCHES[input.control]
  if (input.stateAtEnd === undefined) {
    return { status: 'error', message: `${what}: its state at the end of the period was not recorded.` }
  }
  if (Date.parse(window.from) > Date.parse(period.start) + 60_000) {
    return {
      status: 'error',
      message: `${what}: the CloudTrail event history read starts at ${window.from}, after the period start ${period.start} (LookupEvents holds 90 days); whether it was switched off before that is not evidenced.`
    }
  }
  const events = input.events
    .filter((e) => !e.errorCode)
    .filter((e) => e.EventTime >= period.start && e.EventTime <= period.end)
    .filter(
      (e) =>
        (off as readonly string[]).includes(e.EventName) || (on as readonly string[]).includes(e.EventName)
    )
    .sort((a, b) => a.EventTime.localeCompare(b.EventTime))
  if (events.length === 0) {
    return input.stateAtEnd
      ? {
          status: 'pass',
          message: `${what} was in force for the whole period: no event in the period switched it off.`
        }
      : {
          status: 'fail',
          message: `${what} is off at the end of the period and no event in the period switched it on: off for the whole period.`,
          details: [{ from: period.start }]
        }
  }
  const isOff = input.isOff ?? ((e: ControlChangeEvent) => (off as readonly string[]).includes(e.EventName))
  let state = isOff(events[0]!)
  const intervals: OffInterval[] = []
  let current: OffInterval | undefined = state ? undefined : { from: period.start }
  for (const event of events) {
    if (isOff(event) && state) {
      state = false
      current = { from: event.EventTime, offEvent: event.EventName, offBy: who(event) }
    } else if (!isOff(event) && !state) {
      state = true
      intervals.push({ ...current!, to: event.EventTime, onEvent: event.EventName, onBy: who(event) })
      current = undefined
    }
  }
  if (current) intervals.push(current)
  if (state !== input.stateAtEnd) {
    return {
      status: 'error',
      message: `${what}: the events of the period leave it ${state ? 'on' : 'off'}, but it was ${input.stateAtEnd ? 'on' : 'off'} when collected; an event is missing from the history, so the timeline cannot be trusted.`,
      details: events
    }
  }
  if (intervals.length === 0) {
    return {
      status: 'pass',
      message: `${what} was in force for the whole period (${events.length} event(s), none switched it off).`
    }
  }
  const described = intervals.map(
    (i) =>
      `${i.from}–${i.to ?? 'period end'} (${i.offEvent ? `${i.offEvent} by ${i.offBy}` : 'already off at the period start'}${i.onEvent ? `; ${i.onEvent} by ${i.onBy}` : '; still off'})`
  )
  return {
    status: 'fail',
    message: `${what} was not in force for ${intervals.length} interval(s) of the period: ${described.join('; ')}.`,
    details: intervals
  }
}

/** The control-changes record of a region subject (`aws:<account>/<region>`). */
export function changesOf(
  context: CheckContext,
  regionSubject: string
): EvidenceRecord<ControlChangeEventsEvidence> | undefined {
  return context.evidence.get<ControlChangeEventsEvidence>(AWS_CHANGE_EVIDENCE.controlChanges, regionSubject)
}

/**
 * One timeline finding per region record of `kind`: the region's state from `stateOf`, its events from the
 * region's control-changes record. Missing or failed records are errors.
 */
export function perRegionTimeline<T>(
  context: CheckContext,
  control: ControlSwitch,
  kind: string,
  what: (region: string) => string,
  stateOf: (data: T) => boolean | undefined
): CheckResult[] {
  return context.evidence.all<T>(kind).map((record) => {
    const region = record.subject.split('/').pop() ?? record.subject
    const changes = changesOf(context, record.subject)
    const evidence = [record.path, ...(changes ? [changes.path] : [])]
    return guardSubject(record.subject, evidence, () => {
      const result = timelineOf(context, control, changes, {
        events: (data) => data.events,
        stateAtEnd: record.error || record.data === undefined ? undefined : stateOf(record.data),
        what: what(region)
      })
      return { subject: record.subject, ...result, evidence }
    })
  })
}

/** The timeline of one subject whose events are in `changes`, or an error when they were not collected. */
export function timelineOf(
  context: CheckContext,
  control: ControlSwitch,
  changes: EvidenceRecord<ControlChangeEventsEvidence> | undefined,
  subject: {
    events: (data: ControlChangeEventsEvidence) => ControlChangeEvent[]
    stateAtEnd: boolean | undefined
    what: string
    isOff?: (event: ControlChangeEvent) => boolean
  }
): Omit<CheckResult, 'subject' | 'evidence'> {
  if (!changes || changes.error || !changes.data) {
    return {
      status: 'error',
      message: `${subject.what}: the CloudTrail events of the period could not be read: ${changes?.error?.message ?? 'not collected'}.`
    }
  }
  const data = changes.data
  const truncated = (data.truncated ?? []).filter((name) =>
    [...CONTROL_SWITCHES[control].off, ...CONTROL_SWITCHES[control].on].includes(name as never)
  )
  if (truncated.length > 0) {
    return {
      status: 'error',
      message: `${subject.what}: the CloudTrail history of ${truncated.join(', ')} was cut at the page cap; the timeline would be incomplete.`
    }
  }
  return controlTimeline({
    control,
    events: subject.events(data),
    period: context.period,
    window: { from: data.from, to: data.to },
    stateAtEnd: subject.stateAtEnd,
    what: subject.what,
    ...(subject.isOff ? { isOff: subject.isOff } : {})
  })
}
