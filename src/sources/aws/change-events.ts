import type { EvidenceRecord, RequestRecord } from '../../model.js'
import {
  AWS_CHANGE_EVIDENCE,
  CONTROL_SWITCH_EVENT_NAMES,
  type ControlChangeEvent,
  type ControlChangeEventsEvidence
} from '../../evidence/aws-changes.js'
import { sdkExports, type AccountScope } from './scope.js'

/** LookupEvents keeps a region's management events for 90 days (CloudTrail API reference, LookupEvents). */
export const EVENT_HISTORY_DAYS = 90
/** Pages of 50 events read per event name at most: switching a control 1,000 times is itself a finding. */
const PAGES_PER_NAME = 20
const MAX_PARAMETERS_CHARS = 4000

export interface EventWindow {
  /** ISO 8601. */
  start: string
  end: string
}

/** The part of the period the event history can answer for: at most the last 90 days before `now`. */
export function eventWindow(now: Date, period?: EventWindow): EventWindow {
  const oldest = now.getTime() - EVENT_HISTORY_DAYS * 86_400_000
  const start = Math.max(oldest, period ? Date.parse(period.start) : oldest)
  const end = Math.min(now.getTime(), period ? Date.parse(period.end) : now.getTime())
  return { start: new Date(start).toISOString(), end: new Date(Math.max(start, end)).toISOString() }
}

/**
 * The region's CloudTrail events that switch the monitored controls off or on, over the window. One
 * LookupEvents walk per event name, since the API takes a single lookup attribute per call.
 */
export async function collectControlChanges(
  scope: AccountScope,
  region: string,
  window: EventWindow
): Promise<void> {
  const sdk = sdkExports(await import('@aws-sdk/client-cloudtrail'))
  const client = scope.clients.cloudtrail(region)
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<ControlChangeEventsEvidence> = {
    path: scope.path(region, 'control-changes'),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_CHANGE_EVIDENCE.controlChanges,
    requests,
    notes: { source: 'CloudTrail LookupEvents (event history of the region, last 90 days)' }
  }
  const events: ControlChangeEvent[] = []
  const truncated: string[] = []
  for (const name of CONTROL_SWITCH_EVENT_NAMES) {
    let pages = 0
    const result = await scope.pages(
      'LookupEventsCommand',
      region,
      sdk.paginateLookupEvents(
        { client, pageSize: 50 },
        {
          LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: name }],
          StartTime: new Date(window.start),
          EndTime: new Date(window.end)
        }
      ),
      (page, request) => {
        requests.push(request)
        for (const event of page.Events ?? []) {
          const parsed = toChangeEvent(event)
          if (parsed) events.push(parsed)
        }
        if (++pages >= PAGES_PER_NAME && page.NextToken) {
          truncated.push(name)
          return false
        }
      },
      { target: `${name} events` }
    )
    if (!result.ok) {
      requests.push(result.request)
      return scope.add({ ...record, error: result.failure })
    }
  }
  events.sort((a, b) => a.EventTime.localeCompare(b.EventTime) || a.EventId.localeCompare(b.EventId))
  await scope.add({
    ...record,
    data: {
      from: window.start,
      to: window.end,
      eventNames: [...CONTROL_SWITCH_EVENT_NAMES],
      events,
      ...(truncated.length ? { truncated } : {})
    }
  })
}

interface StoredEvent {
  EventId?: string
  EventName?: string
  EventTime?: string | Date
  EventSource?: string
  Username?: string
  CloudTrailEvent?: string
}

/** The fields a timeline needs; the CloudTrail record is JSON from outside, read defensively. */
function toChangeEvent(event: StoredEvent): ControlChangeEvent | undefined {
  if (!event.EventId || !event.EventName || !event.EventTime) return undefined
  const time = new Date(event.EventTime)
  if (Number.isNaN(time.getTime())) return undefined
  let detail: { userIdentity?: { arn?: unknown }; requestParameters?: unknown; errorCode?: unknown } = {}
  try {
    const parsed: unknown = JSON.parse(event.CloudTrailEvent ?? '{}')
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) detail = parsed
  } catch {
    // An unreadable record still says who (Username) and when.
  }
  const parameters = detail.requestParameters
  const keepParameters =
    parameters &&
    typeof parameters === 'object' &&
    !Array.isArray(parameters) &&
    JSON.stringify(parameters).length <= MAX_PARAMETERS_CHARS
  return {
    EventId: event.EventId,
    EventName: event.EventName,
    EventTime: time.toISOString(),
    ...(event.EventSource ? { EventSource: event.EventSource } : {}),
    ...(event.Username ? { Username: event.Username } : {}),
    ...(typeof detail.userIdentity?.arn === 'string' ? { userArn: detail.userIdentity.arn } : {}),
    ...(keepParameters ? { requestParameters: parameters as Record<string, unknown> } : {}),
    ...(typeof detail.errorCode === 'string' ? { errorCode: detail.errorCode } : {})
  }
}
