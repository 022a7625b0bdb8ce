import * as core from '@actions/core'
import { PR_CHECKS } from './checks/index.js'
import { InputError } from './config/errors.js'
import { readEventPayload } from './event-payload.js'
import type { RunOptions } from './pipeline.js'
import { runPullRequest } from './pull-request.js'
import { annotationsOf, upsertCheckRun, upsertStickyComment } from './report/pr-surfaces.js'
import { tokenLogin } from './sources/github/identity.js'
import { conclusionOf, headline, renderPullRequestReport } from './report/pull-request.js'
import { redact } from './util/redact.js'

/**
 * The action on a pull request: evaluate, then report on the PR itself (check run with annotations, one
 * sticky comment), in the job summary and as SARIF. A token that may not write checks or comments (fork
 * PRs get a read-only token) falls back to workflow annotations, said once in the log.
 */
export async function pullRequestStep(
  options: RunOptions,
  keepAsArtifact: (dir: string, files: string[]) => Promise<void>
): Promise<void> {
  const eventPath = options.env.GITHUB_EVENT_PATH
  if (!eventPath)
    throw new InputError(
      'GITHUB_EVENT_PATH: expected the webhook payload of the pull request to check (mode pull-request), got nothing: it is not set'
    )
  const event = await readEventPayload(eventPath)
  const result = await runPullRequest({ ...options, event })
  const { pr, findings } = result
  core.setOutput('bundle-path', result.bundleDir)
  core.setOutput('manifest-sha256', result.manifestSha256)
  core.setOutput('sarif-file', result.sarifPath)
  core.setOutput('failed-controls', result.failedControls.join(','))

  const notes: string[] = []
  // The check run, the sticky comment and the job summary quote findings, which quote servers.
  const report = (extra: string[]) => redact(renderPullRequestReport(pr, PR_CHECKS, findings, extra))
  const checkRun = await upsertCheckRun(
    result.client,
    pr,
    conclusionOf(findings),
    headline(findings),
    report([]),
    annotationsOf(findings, PR_CHECKS)
  )
  const comment = await upsertStickyComment(result.client, pr, report([]), await tokenLogin(result.client))
  const refused = [checkRun, comment].filter((surface) => !surface.ok)
  if (refused.length > 0) {
    const permissions = refused.map((surface) => (surface.ok ? '' : surface.permission)).join(' and ')
    const why = pr.fork ? 'pull requests from forks get a read-only token' : 'the token is read-only'
    core.warning(
      `Cannot write ${checkRun.ok ? '' : 'the check run'}${!checkRun.ok && !comment.ok ? ' or ' : ''}${comment.ok ? '' : 'the PR comment'}: the token lacks ${permissions} (${why}). Reporting as workflow annotations, the job summary and SARIF instead.`
    )
    notes.push(`Reported through workflow annotations: the token lacks ${permissions}.`)
    for (const finding of findings.filter((f) => f.status === 'fail' || f.status === 'error')) {
      const title = PR_CHECKS.find((c) => c.metadata.id === finding.check)?.metadata.title ?? finding.check
      if (!finding.locations?.length) core.error(finding.message, { title })
      for (const location of finding.locations ?? []) {
        core.error(location.message, {
          title,
          file: location.path,
          startLine: location.line,
          endLine: location.endLine ?? location.line
        })
      }
    }
  } else {
    core.info(
      `Check run ${checkRun.ok && checkRun.updated ? 'updated' : 'created'}; PR comment ${comment.ok && comment.updated ? 'updated' : 'created'}`
    )
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(report(notes)).write()
  await keepAsArtifact(result.bundleDir, [result.sarifPath])
  if (result.failed) {
    core.setFailed(
      `${result.failedControls.length} control(s) failing on this pull request (fail-on: ${options.failOn}): ${result.failedControls.join(', ')}`
    )
  }
}
