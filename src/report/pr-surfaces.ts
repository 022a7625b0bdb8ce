import type { GitHubClient } from '../sources/github/client.js'
import type { PullRequestRef } from '../sources/github/pull-request.js'
import type { Finding } from '../model.js'
import type { Check } from '../checks/check.js'
import { COMMENT_MARKER, type Conclusion } from './pull-request.js'
import { plainText } from './escape.js'
import { chunk } from '../util/concurrency.js'

/** GitHub accepts at most 50 annotations per check-run request, and 64 KB per annotation message. */
const ANNOTATION_MESSAGE_MAX = 64_000
const ANNOTATIONS_PER_REQUEST = 50
export const CHECK_RUN_NAME = 'Annex A evidence'

export type SurfaceResult =
  { ok: true; url?: string; updated: boolean } | { ok: false; permission: string; message: string }

interface Annotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  title: string
  message: string
  raw_details?: string
}

export function annotationsOf(findings: Finding[], checks: readonly Check[]): Annotation[] {
  const byId = new Map(checks.map((check) => [check.metadata.id, check]))
  return findings.flatMap((finding) =>
    (finding.locations ?? []).map((location) => ({
      path: location.path,
      start_line: location.line,
      end_line: location.endLine ?? location.line,
      annotation_level: finding.status === 'fail' ? ('failure' as const) : ('warning' as const),
      title: byId.get(finding.check)?.metadata.title ?? finding.check,
      // Annotations are shown as plain text; names from the PR must not carry controls or bidi overrides.
      message: plainText(location.message, { max: ANNOTATION_MESSAGE_MAX }),
      ...(byId.get(finding.check)
        ? { raw_details: `How to fix: ${byId.get(finding.check)!.metadata.remediation}` }
        : {})
    }))
  )
}

/** Creates the check run on the PR's head commit, or updates the one an earlier run of this commit made. */
export async function upsertCheckRun(
  client: GitHubClient,
  pr: PullRequestRef,
  conclusion: Conclusion,
  title: string,
  summary: string,
  annotations: Annotation[]
): Promise<SurfaceResult> {
  const [owner, repo] = pr.repository.split('/') as [string, string]
  try {
    const existing = await client.octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: pr.headSha,
      check_name: CHECK_RUN_NAME
    })
    const batches = chunk(annotations, ANNOTATIONS_PER_REQUEST)
    const output = (batch: Annotation[]) => ({ title, summary: summary.slice(0, 65_000), annotations: batch })
    const body = { status: 'completed' as const, conclusion, completed_at: new Date().toISOString() }
    const found = existing.data.check_runs[0]
    const run = found
      ? await client.octokit.rest.checks.update({
          owner,
          repo,
          check_run_id: found.id,
          ...body,
          output: output(batches[0] ?? [])
        })
      : await client.octokit.rest.checks.create({
          owner,
          repo,
          name: CHECK_RUN_NAME,
          head_sha: pr.headSha,
          ...body,
          output: output(batches[0] ?? [])
        })
    for (const batch of batches.slice(1)) {
      await client.octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: run.data.id,
        output: output(batch)
      })
    }
    return { ok: true, url: run.data.html_url ?? undefined, updated: Boolean(found) }
  } catch (error) {
    return refused(error, 'checks: write')
  }
}

/**
 * One comment per pull request, found again by its hidden marker AND its author, and edited in place. Anyone
 * can post a comment carrying the marker; only one written by this token's own identity (`author`, from
 * `tokenLogin`) is ours to edit. When the identity is unknown no existing comment is trusted: a new one is
 * posted rather than someone else's edited.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  pr: PullRequestRef,
  body: string,
  author: string | undefined
): Promise<SurfaceResult> {
  const [owner, repo] = pr.repository.split('/') as [string, string]
  try {
    const comments = await client.octokit.paginate(client.octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pr.number,
      per_page: 100
    })
    const mine = author
      ? comments.find(
          (comment) =>
            comment.user?.login.toLowerCase() === author.toLowerCase() &&
            comment.body?.startsWith(COMMENT_MARKER)
        )
      : undefined
    const result = mine
      ? await client.octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body })
      : await client.octokit.rest.issues.createComment({ owner, repo, issue_number: pr.number, body })
    return { ok: true, url: result.data.html_url, updated: Boolean(mine) }
  } catch (error) {
    return refused(error, 'pull-requests: write')
  }
}

function refused(error: unknown, permission: string): SurfaceResult {
  const status = (error as { status?: number }).status
  if (status === 403 || status === 404) {
    const accepted = (error as { response?: { headers?: Record<string, string> } }).response?.headers?.[
      'x-accepted-github-permissions'
    ]
    return {
      ok: false,
      permission: accepted ? accepted.replace(/=/g, ': ') : permission,
      message: (error as Error).message
    }
  }
  throw error
}
