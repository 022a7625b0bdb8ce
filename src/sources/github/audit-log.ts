import { GITHUB_ORG_EVIDENCE, type AuditLogEvent } from '../../evidence/github-org.js'
import type { EvaluationPeriod, RequestRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import type { GitHubClient } from './client.js'
import { GitHubRequestFailure, restGet } from './requests.js'
import { ORG_PERMISSIONS, orgRecord } from './org-settings.js'
import type { RepoEventsLog } from './webhooks-carry.js'

/**
 * The setting families whose changes the audit log is asked for. Each is one phrase, so a busy org's other
 * events (pushes, team changes) are not paged through. Qualifier syntax from "Searching the audit log"
 * (docs.github.com/organizations/keeping-your-organization-secure/managing-security-settings-for-your-organization/reviewing-the-audit-log-for-your-organization#searching-the-audit-log).
 */
export const AUDIT_LOG_FAMILIES = [
  'action:protected_branch',
  'action:repository_ruleset',
  'action:org.disable_two_factor_requirement',
  'action:org.enable_two_factor_requirement'
] as const

/** `created:` takes dates; the period's own bounds are applied again to the events' timestamps by the check. */
function createdQualifier(period: EvaluationPeriod): string {
  return `created:${period.start.slice(0, 10)}..${period.end.slice(0, 10)}`
}

/**
 * Records the org audit log for the period (GitHub Enterprise Cloud only), following the `after` cursors of
 * the `link` header. On other plans, or for a token without the permission, GitHub answers 404 or 403: that
 * answer is the evidence, and the timeline check says the history is not derivable from the audit log.
 */
export async function collectAuditLog(
  client: GitHubClient,
  org: string,
  period: EvaluationPeriod,
  sink: EvidenceSink
): Promise<void> {
  const requests: RequestRecord[] = []
  const events: AuditLogEvent[] = []
  const phrases = AUDIT_LOG_FAMILIES.map((family) => `${family} ${createdQualifier(period)}`)
  try {
    await readPhrases(client, org, phrases, requests, events)
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
    requests.push(error.request)
    await sink.add(
      orgRecord(org, GITHUB_ORG_EVIDENCE.auditLog, 'audit-log', requests, { error }, { period, phrases })
    )
    return
  }
  events.sort((a, b) => a['@timestamp'] - b['@timestamp'])
  await sink.add(
    orgRecord(
      org,
      GITHUB_ORG_EVIDENCE.auditLog,
      'audit-log',
      requests,
      { data: { phrases, events } },
      { period }
    )
  )
}

/** Every page of each phrase's listing, oldest first, following the `after` cursors of the `link` header. */
async function readPhrases(
  client: GitHubClient,
  org: string,
  phrases: string[],
  requests: RequestRecord[],
  events: AuditLogEvent[],
  maxPagesPerPhrase = Infinity
): Promise<void> {
  for (const phrase of phrases) {
    let pages = 0
    let path: string | undefined =
      `/orgs/${org}/audit-log?phrase=${encodeURIComponent(phrase)}&order=asc&per_page=100`
    while (path) {
      const response: Awaited<ReturnType<typeof restGet<AuditLogEvent[]>>> = await restGet<AuditLogEvent[]>(
        client,
        path,
        ORG_PERMISSIONS.auditLog
      )
      requests.push(response.request)
      // A listing of anything but events is nothing to rest a carried record on: no event is dropped silently.
      for (const event of Array.isArray(response.data) ? response.data : [null]) {
        if (!event || typeof event.action !== 'string' || typeof event['@timestamp'] !== 'number')
          throw new GitHubRequestFailure(response.request, {
            message: `GET ${path.split('?')[0]} answered an entry that is not an audit-log event`
          })
        events.push(event)
      }
      path = response.nextUrl ? relativePath(response.nextUrl) : undefined
      if (path && ++pages >= maxPagesPerPhrase)
        throw new GitHubRequestFailure(response.request, {
          message: `"${phrase}" has more than ${maxPagesPerPhrase} pages of events; not read further`
        })
    }
  }
}

/** Octokit takes paths relative to the API base; the link header carries absolute URLs. */
function relativePath(url: string): string {
  const parsed = new URL(url)
  const apiPrefix = parsed.pathname.indexOf('/orgs/')
  return `${parsed.pathname.slice(apiPrefix)}${parsed.search}`
}

/**
 * The events that can change a repository's webhooks (the `hook` category: create, config_changed,
 * events_changed, active_changed, destroy) or bring it back with webhooks changed elsewhere (a transfer out and
 * in keeps its id). A rename needs no event: the listing is looked up by name and matched by id. Not all of
 * `repo.*`, whose downloads and member changes can run to thousands of events a day.
 */
export const REPO_EVENT_FAMILIES = [
  'action:hook',
  'action:repo.transfer',
  'action:repo.transfer_outgoing'
] as const
/** A busier log than this is not paged through: the listings are read instead. */
const MAX_REPO_EVENT_PAGES = 20

/**
 * The organization's webhook and transfer events from `fromMs` (to its date, 00:00 UTC) until now, recorded
 * as `github.audit-log-repo-events`; undefined, and recorded as not read, where the audit log cannot be read
 * (plans other than Enterprise Cloud answer 404; tokens without the permission 403) or runs past 20 pages.
 */
export async function collectRepoEventsLog(
  client: GitHubClient,
  org: string,
  fromMs: number,
  sink: EvidenceSink
): Promise<RepoEventsLog | undefined> {
  const day = new Date(fromMs).toISOString().slice(0, 10)
  const completeFrom = Date.parse(`${day}T00:00:00Z`)
  const phrases = REPO_EVENT_FAMILIES.map((family) => `${family} created:>=${day}`)
  const requests: RequestRecord[] = []
  const events: AuditLogEvent[] = []
  const readAt = Date.now()
  try {
    await readPhrases(client, org, phrases, requests, events, MAX_REPO_EVENT_PAGES)
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
    if (!requests.includes(error.request)) requests.push(error.request)
    await sink.add(
      orgRecord(
        org,
        GITHUB_ORG_EVIDENCE.repoEventsLog,
        'audit-log-repo-events',
        requests,
        { error },
        { phrases }
      )
    )
    return undefined
  }
  events.sort((a, b) => a['@timestamp'] - b['@timestamp'])
  const record = orgRecord(
    org,
    GITHUB_ORG_EVIDENCE.repoEventsLog,
    'audit-log-repo-events',
    requests,
    { data: { phrases, events } },
    { from: new Date(completeFrom).toISOString(), readAt: new Date(readAt).toISOString() }
  )
  await sink.add(record)
  return { path: record.path, from: completeFrom, readAt, events }
}
