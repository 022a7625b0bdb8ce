import { GITHUB_ORG_EVIDENCE, type AuditLogEvent } from '../../evidence/github-org.js'
import type { EvaluationPeriod, RequestRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import type { GitHubClient } from './client.js'
import { GitHubRequestFailure, restGet } from './requests.js'
import { ORG_PERMISSIONS, orgRecord } from './org-settings.js'

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
    for (const phrase of phrases) {
      let path: string | undefined =
        `/orgs/${org}/audit-log?phrase=${encodeURIComponent(phrase)}&order=asc&per_page=100`
      while (path) {
        const response: Awaited<ReturnType<typeof restGet<AuditLogEvent[]>>> = await restGet<AuditLogEvent[]>(
          client,
          path,
          ORG_PERMISSIONS.auditLog
        )
        requests.push(response.request)
        events.push(...response.data)
        path = response.nextUrl ? relativePath(response.nextUrl) : undefined
      }
    }
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

/** Octokit takes paths relative to the API base; the link header carries absolute URLs. */
function relativePath(url: string): string {
  const parsed = new URL(url)
  const apiPrefix = parsed.pathname.indexOf('/orgs/')
  return `${parsed.pathname.slice(apiPrefix)}${parsed.search}`
}
