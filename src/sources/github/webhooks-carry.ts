import { GITHUB_EVIDENCE } from '../../evidence/github.js'
import type { AuditLogEvent } from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import type { SealedRecord } from './activity-carry.js'

/**
 * A carried listing is read again from GitHub at least this often, so a record never rests on the audit log
 * alone for long, and the audit-log window a night must read stays short.
 */
export const WEBHOOKS_MAX_AGE_MS = 7 * 86_400_000
/**
 * Audit-log events may be listed some time after the change they record: a change this close before the
 * audit log was read is not vouched for. The carried record says so (`through` is this much before the read).
 */
export const AUDIT_LOG_LAG_MS = 3_600_000

/** The organization's repository and webhook events since the oldest listing a run may carry, as read. */
export interface RepoEventsLog {
  /** Path of the record of this read in the bundle. */
  path: string
  /** Events are complete from this time (the `created:>=` date, 00:00 UTC). */
  from: number
  /** When the audit log was read. */
  readAt: number
  events: AuditLogEvent[]
}

export interface WebhooksCarryInput {
  fullName: string
  /** The repository's id in this run's listing. */
  repositoryId: number | undefined
  /** The organization's events, or undefined when the audit log could not be read. */
  events: RepoEventsLog | undefined
  bundle: { key: string; manifestSha256: string }
  nowMs: number
}

export type WebhooksCarryDecision = { carried: EvidenceRecord } | { reason: string }

/** Where a carried listing came from (`notes.carriedFrom` of a `github.repo-webhooks` record). */
export interface WebhooksCarriedFrom {
  bundle: string
  manifestSha256: string
  path: string
  sha256: string
  /** When GitHub was last asked for the listing: the state carried is the state then. */
  readAt: string
  /** No change to the repository's webhooks was logged from `readAt` to this time. */
  through: string
  /** The record of the audit-log read this rests on. */
  auditLog: string
}

/**
 * When GitHub was asked for the listing: the time of the newest request of a fresh record, or the `readAt` a
 * carried record took over. Undefined when neither is there.
 */
export function listingReadAt(record: EvidenceRecord): number | undefined {
  const carried = (record.notes as { carriedFrom?: Partial<WebhooksCarriedFrom> } | undefined)?.carriedFrom
  if (carried) {
    const at = Date.parse(carried.readAt ?? '')
    return Number.isFinite(at) ? at : undefined
  }
  const times = record.requests.map((r) => Date.parse((r as { time?: string }).time ?? ''))
  if (times.length === 0 || times.some((t) => !Number.isFinite(t))) return undefined
  return Math.max(...times)
}

/**
 * Whether a repository's webhook listing can be taken from the previous bundle instead of being asked for
 * again. GitHub has no listing of webhooks across repositories and no GraphQL field for them, but the
 * organization audit log (Enterprise Cloud) records every change to a repository webhook as `hook.create`,
 * `hook.config_changed`, `hook.events_changed`, `hook.active_changed` or `hook.destroy`, with the repository
 * in `repo` (docs.github.com/organizations/keeping-your-organization-secure/managing-security-settings-for-your-organization/audit-log-events-for-your-organization#hook).
 * The listing is carried only when all of these hold:
 *
 * - the previous record is a complete listing of this path, read from GitHub (or carried) at a known time, no
 *   longer ago than WEBHOOKS_MAX_AGE_MS, for the repository of the same id (a repository deleted and another
 *   created or transferred in under its name is not the same one);
 * - the audit log was read this run, complete from before that time, and names the repository in no `hook.*`
 *   and no `repo.*` event read (a transfer out and back, which keeps the id) since then, less a margin for
 *   clock skew.
 *
 * Any doubt is a reason, and the listing is asked for. The carried record keeps the listing and says where it
 * came from and which audit-log read vouches for it (`notes.carriedFrom`), so the check derives the same
 * finding from this bundle and an auditor can follow it back to the night GitHub was asked.
 */
export function carryWebhooks(
  previous: SealedRecord | undefined,
  input: WebhooksCarryInput
): WebhooksCarryDecision {
  const record = previous?.record
  if (!record) return { reason: 'the previous bundle has no webhook listing for it' }
  if (record.kind !== GITHUB_EVIDENCE.repoWebhooks || record.error || !Array.isArray(record.data))
    return { reason: 'the previous bundle recorded no complete listing for it' }
  const notes = (record.notes ?? {}) as { repositoryId?: unknown }
  if (typeof input.repositoryId !== 'number' || notes.repositoryId !== input.repositoryId)
    return { reason: 'the previous listing is not of the repository with this id' }
  const readAt = listingReadAt(record)
  if (readAt === undefined) return { reason: 'the previous listing does not say when it was read' }
  if (input.nowMs - readAt > WEBHOOKS_MAX_AGE_MS)
    return { reason: 'the previous listing is older than the longest a listing is carried' }
  const log = input.events
  if (!log) return { reason: 'the audit log could not be read' }
  const since = readAt - AUDIT_LOG_LAG_MS
  if (!(log.from <= since))
    return { reason: 'the audit log read does not reach back to the previous listing' }
  const changed = log.events.some(
    (event) =>
      (event.action.startsWith('hook.') || event.action.startsWith('repo.')) &&
      event['@timestamp'] >= since &&
      namesRepository(event, input.fullName)
  )
  if (changed) return { reason: 'the audit log records a change to it or its webhooks since' }
  const carriedFrom: WebhooksCarriedFrom = {
    bundle: input.bundle.key,
    manifestSha256: input.bundle.manifestSha256,
    path: record.path,
    sha256: previous.sha256,
    readAt: new Date(readAt).toISOString(),
    through: new Date(log.readAt - AUDIT_LOG_LAG_MS).toISOString(),
    auditLog: log.path
  }
  return {
    carried: {
      path: record.path,
      source: record.source,
      subject: record.subject,
      kind: record.kind,
      requests: [],
      data: record.data,
      notes: { repositoryId: input.repositoryId, carriedFrom }
    }
  }
}

/**
 * An event names the repository when any of its text fields is its full name or its bare name (case aside):
 * `repo` on most events, an old or new name on a rename or transfer. A false match only costs a request.
 */
function namesRepository(event: AuditLogEvent, fullName: string): boolean {
  const full = fullName.toLowerCase()
  const bare = full.split('/')[1]!
  return Object.values(event).some((value) => {
    if (typeof value !== 'string') return false
    const text = value.toLowerCase()
    return text === full || text === bare || text.endsWith(`/${bare}`)
  })
}
