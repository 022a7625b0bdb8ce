import type { EvidenceRecord, SourceLocation } from '../../model.js'
import { isWorkflowFile } from './workflow-yaml.js'
import { repoSubject } from '../../evidence/github.js'
import {
  PR_EVIDENCE,
  MAX_PR_FILES,
  MAX_PR_FILE_BYTES,
  type FileVersions,
  type PullRequestFiles,
  type PullRequestContents,
  type PullRequestRef
} from '../../evidence/pull-request.js'
import type { CheckContext, CheckResult } from '../check.js'
import { formatBytes } from '../../config/load.js'

/** "path (head) is 40 MiB, over the 16 MiB limit" for each relevant file whose content was not recorded. */
export function oversizeFiles(files: FileVersions[], relevant: (path: string) => boolean): string[] {
  return files
    .filter((file) => file.tooLarge && relevant(file.path))
    .flatMap((file) =>
      (['head', 'base'] as const)
        .filter((side) => file.tooLarge![side] !== undefined)
        .map(
          (side) =>
            `${file.path} (${side === 'head' ? 'pull request' : 'base'}) is ${formatBytes(file.tooLarge![side]!)}, over the limit of ${formatBytes(MAX_PR_FILE_BYTES)}, so it was not read`
        )
    )
}

export interface PullRequestEvidence {
  pr: PullRequestRef
  subject: string
  contents?: EvidenceRecord<PullRequestContents>
}

/** The pull request under evaluation; PR checks have exactly one subject. */
export function pullRequestEvidence(context: CheckContext): PullRequestEvidence | undefined {
  const record = context.evidence.all<PullRequestRef>(PR_EVIDENCE.pullRequest)[0]
  if (!record?.data) return undefined
  const pr = record.data
  const subject = `${repoSubject(pr.repository)}#${pr.number}`
  return { pr, subject, contents: context.evidence.get<PullRequestContents>(PR_EVIDENCE.contents, subject) }
}

/** Runs a check over the changed files it cares about; missing contents are an `error`, never a pass. */
export function withChangedFiles(
  context: CheckContext,
  evaluate: (evidence: PullRequestEvidence, files: FileVersions[], contentsPath: string) => CheckResult
): CheckResult[] {
  const evidence = pullRequestEvidence(context)
  if (!evidence) return []
  const contents = evidence.contents
  if (!contents?.data) {
    return [
      {
        subject: evidence.subject,
        status: 'error',
        message: `The pull request's files could not be read: ${contents?.error?.message ?? 'not collected'}`,
        evidence: contents ? [contents.path] : []
      }
    ]
  }
  const result = evaluate(evidence, contents.data.files, contents.path)
  const files = context.evidence.get<PullRequestFiles>(PR_EVIDENCE.files, evidence.subject)
  // Beyond GitHub's 3,000-file listing nothing was seen: a pass would claim more than was checked.
  if (files?.data?.truncated && (result.status === 'pass' || result.status === 'not_applicable')) {
    return [
      {
        ...result,
        status: 'error',
        message: `${result.message} But the pull request changes more than ${MAX_PR_FILES} files and GitHub lists only the first ${MAX_PR_FILES}: the rest could not be checked. Split the pull request.`,
        evidence: [...result.evidence, files.path]
      }
    ]
  }
  return [result]
}

/**
 * The shape both workflow checks share: find problems in every changed workflow (head version), fail with
 * their locations, pass when there are none, not applicable when no workflow changed.
 */
export function withChangedWorkflows(
  context: CheckContext,
  problemsIn: (path: string, text: string) => SourceLocation[],
  passMessage: (workflows: number) => string,
  failMessage: (locations: SourceLocation[]) => string
): CheckResult[] {
  return withChangedFiles(context, ({ subject }, files, contentsPath) => {
    const workflows = files.filter((file) => isWorkflowFile(file.path) && file.head !== undefined)
    const evidence = [contentsPath]
    const oversize = oversizeFiles(files, isWorkflowFile)
    if (oversize.length > 0) {
      const locations = workflows.flatMap((file) => problemsIn(file.path, file.head!))
      return {
        subject,
        status: locations.length > 0 ? 'fail' : 'error',
        message: `${locations.length > 0 ? `${failMessage(locations)} ` : ''}Not checked: ${oversize.join('; ')}.`,
        evidence,
        ...(locations.length > 0 ? { locations } : {})
      }
    }
    if (workflows.length === 0) {
      return { subject, status: 'not_applicable', message: 'The pull request changes no workflow.', evidence }
    }
    const locations = workflows.flatMap((file) => problemsIn(file.path, file.head!))
    return locations.length === 0
      ? { subject, status: 'pass', message: passMessage(workflows.length), evidence }
      : { subject, status: 'fail', message: failMessage(locations), evidence, locations }
  })
}
