import { CONTROL_SWITCHES, type ControlChangeEvent, type ControlSwitch } from '../../evidence/aws-changes.js'
import type { EvidenceRecord } from '../../model.js'
import type { CheckContext, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'
import { changesOf, timelineOf } from './timeline.js'

/** One kind of resource of a region whose switch events are keyed by a requestParameters field. */
export interface KeyedSwitch<T> {
  control: ControlSwitch
  /** The resources at period end, by key, and whether the control is on for each. */
  atEnd: (data: T) => Map<string, boolean>
  /** The key an event's requestParameters value stands for (e.g. an ARN reduced to its id). */
  keyOf?: (reference: string) => string
  /** Events that are not a switch of the control (e.g. lifecycle deletions by the service itself). */
  ignore?: (event: ControlChangeEvent) => boolean
  what: (key: string) => string
}

/**
 * One finding for a region: the timeline of every resource of each kind, keyed by the resource named in the
 * events and in the state at period end (a resource only in the events was deleted: off at the end). Pass
 * when every resource was in force for the whole period; fail with each interval otherwise; error when the
 * state or the events were not collected, or contradict each other.
 */
export function keyedRegionTimeline<T>(
  context: CheckContext,
  record: EvidenceRecord<T>,
  switches: KeyedSwitch<T>[],
  nothing: string
): CheckResult {
  const changes = changesOf(context, record.subject)
  const evidence = [record.path, ...(changes ? [changes.path] : [])]
  return guardSubject(record.subject, evidence, () => {
    if (record.error || record.data === undefined) {
      return {
        subject: record.subject,
        status: 'error',
        message: `The state at the end of the period could not be collected: ${record.error?.message ?? 'no data recorded'}`,
        evidence
      }
    }
    const data = record.data
    const failures: string[] = []
    const errors: string[] = []
    const details: unknown[] = []
    let count = 0
    for (const s of switches) {
      const { off, on, key } = CONTROL_SWITCHES[s.control] as {
        off: readonly string[]
        on: readonly string[]
        key: string
      }
      const normal = s.keyOf ?? ((reference: string) => reference)
      const refOf = (e: ControlChangeEvent) => {
        const value = e.requestParameters?.[key]
        return typeof value === 'string' ? normal(value) : undefined
      }
      const relevant = (e: ControlChangeEvent) =>
        (off.includes(e.EventName) || on.includes(e.EventName)) && !s.ignore?.(e)
      const state = s.atEnd(data)
      const keys = new Set(state.keys())
      for (const e of changes?.data?.events ?? []) {
        const ref = refOf(e)
        if (
          ref &&
          relevant(e) &&
          !e.errorCode &&
          e.EventTime >= context.period.start &&
          e.EventTime <= context.period.end
        )
          keys.add(ref)
      }
      for (const k of [...keys].sort()) {
        count++
        const result = timelineOf(context, s.control, changes, {
          events: (d) => d.events.filter((e) => relevant(e) && refOf(e) === k),
          stateAtEnd: state.get(k) ?? false,
          what: s.what(k)
        })
        if (result.status === 'error') errors.push(result.message)
        else if (result.status === 'fail') {
          failures.push(result.message)
          details.push({ control: s.control, key: k, intervals: result.details ?? [] })
        }
      }
    }
    if (count === 0) {
      if (!changes || changes.error || !changes.data) {
        return {
          subject: record.subject,
          status: 'error',
          message: `The CloudTrail events of the period could not be read: ${changes?.error?.message ?? 'not collected'}.`,
          evidence
        }
      }
      return { subject: record.subject, status: 'not_applicable', message: nothing, evidence }
    }
    if (errors.length > 0) {
      return { subject: record.subject, status: 'error', message: errors.join(' '), evidence }
    }
    if (failures.length > 0) {
      return { subject: record.subject, status: 'fail', message: failures.join(' '), details, evidence }
    }
    return {
      subject: record.subject,
      status: 'pass',
      message: `All ${count} were in force for the whole period: no event in the period switched any of them off.`,
      evidence
    }
  })
}
