import type { EvidenceRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import type { GitHubClient } from './client.js'
import type { BranchRule } from './types.js'
import { collectBranchRules, collectClassicProtection } from './branch-protection.js'
import { collectRulesets } from './rulesets.js'
import { evidencePath, repoSubject } from './evidence-kinds.js'
import { GitHubRequestFailure, restGet } from './requests.js'
import type { RequestRecord } from '../../model.js'
import {
  MAX_PR_FILE_BYTES,
  MAX_PR_FILES,
  PR_EVIDENCE,
  type ChangedFile,
  type FileVersions,
  type PullRequestContents,
  type PullRequestFiles,
  type PullRequestRef
} from '../../evidence/pull-request.js'

export {
  MAX_PR_FILE_BYTES,
  MAX_PR_FILES,
  PR_EVIDENCE,
  type ChangedFile,
  type FileVersions,
  type PullRequestContents,
  type PullRequestFiles,
  type PullRequestRef
} from '../../evidence/pull-request.js'
const FILES_PAGE_SIZE = 100

/** Reads the pull request payload GitHub writes to GITHUB_EVENT_PATH. */
export function pullRequestFromEvent(event: unknown): PullRequestRef | undefined {
  const e = event as {
    number?: number
    pull_request?: {
      number: number
      title: string
      html_url: string
      user?: { login: string }
      head: { sha: string; ref: string; repo?: { full_name: string; fork?: boolean } | null }
      base: { sha: string; ref: string; repo: { full_name: string } }
    }
  }
  const pr = e?.pull_request
  if (!pr) return undefined
  const headRepository = pr.head.repo?.full_name ?? '(deleted fork)'
  return {
    repository: pr.base.repo.full_name,
    number: pr.number,
    title: pr.title,
    url: pr.html_url,
    author: pr.user?.login ?? 'ghost',
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    headRepository,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref,
    fork: headRepository !== pr.base.repo.full_name
  }
}

/**
 * Evidence for a pull request: the PR itself, the files it changes, base and head versions of the files
 * the checks read, the inventory at head, and the rules of the branch it will merge into.
 */
export async function collectPullRequest(
  client: GitHubClient,
  sink: EvidenceSink,
  pr: PullRequestRef,
  options: { interesting: (path: string) => boolean; inventoryPath: string }
): Promise<void> {
  const subject = `${repoSubject(pr.repository)}#${pr.number}`
  const base = (kind: string, file: string): EvidenceRecord => ({
    path: evidencePath(pr.repository, `pulls/${pr.number}/${file}`),
    source: 'github',
    subject,
    kind,
    requests: []
  })

  await sink.add({ ...base(PR_EVIDENCE.pullRequest, 'pull-request'), data: pr })

  const filesRecord = base(PR_EVIDENCE.files, 'files')
  const files: ChangedFile[] = []
  let truncated = false
  try {
    for (let page = 1; ; page++) {
      const response = await restGet<ChangedFile[]>(
        client,
        `/repos/${pr.repository}/pulls/${pr.number}/files?per_page=${FILES_PAGE_SIZE}&page=${page}`,
        'pull_requests: read'
      )
      filesRecord.requests.push(response.request)
      files.push(...response.data)
      if (files.length >= MAX_PR_FILES) {
        truncated = response.hasNextPage || files.length > MAX_PR_FILES
        break
      }
      if (!response.hasNextPage) break
    }
    filesRecord.data = { files: files.slice(0, MAX_PR_FILES), truncated } satisfies PullRequestFiles
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure)) throw error
    filesRecord.requests.push(error.request)
    filesRecord.error = error.failure
  }
  await sink.add(filesRecord)

  const contentsRecord = base(PR_EVIDENCE.contents, 'contents')
  const wanted = files.filter(
    (file) =>
      options.interesting(file.filename) ||
      (file.previous_filename && options.interesting(file.previous_filename))
  )
  const versions: FileVersions[] = []
  try {
    for (const file of wanted) {
      const basePath = file.previous_filename ?? file.filename
      versions.push(
        withinLimit({
          path: file.filename,
          status: file.status,
          ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
          ...(file.status === 'added'
            ? {}
            : await optionalContent(
                client,
                pr.repository,
                basePath,
                pr.baseSha,
                contentsRecord.requests,
                'base'
              )),
          ...(file.status === 'removed'
            ? {}
            : await optionalContent(
                client,
                pr.repository,
                file.filename,
                pr.headSha,
                contentsRecord.requests,
                'head'
              ))
        })
      )
    }
    const inventory = await optionalContent(
      client,
      pr.repository,
      options.inventoryPath,
      pr.headSha,
      contentsRecord.requests,
      'content'
    )
    contentsRecord.data = {
      headSha: pr.headSha,
      baseSha: pr.baseSha,
      files: versions,
      inventory: {
        path: options.inventoryPath,
        ...(inventory.content !== undefined && Buffer.byteLength(inventory.content) > MAX_PR_FILE_BYTES
          ? { tooLarge: Buffer.byteLength(inventory.content) }
          : inventory)
      }
    } satisfies PullRequestContents
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure)) throw error
    contentsRecord.requests.push(error.request)
    contentsRecord.error = error.failure
  }
  await sink.add(contentsRecord)

  const rules = await collectBranchRules(client, pr.repository, pr.baseRef)
  await sink.add(rules)
  await sink.add(await collectClassicProtection(client, pr.repository, pr.baseRef))
  // Who may skip the target branch's rules on this merge: rulesets' bypass lists (rule suites record past
  // pushes, which say nothing about this merge, so they are not read here).
  const applied = (rules.data as { rules: BranchRule[] } | undefined)?.rules ?? []
  if (applied.length > 0)
    await sink.add(await collectRulesets(client, pr.repository, pr.baseRef, applied, new Map()))
}

/** Drops the sides over MAX_PR_FILE_BYTES, keeping their sizes. */
function withinLimit(file: FileVersions): FileVersions {
  const tooLarge: NonNullable<FileVersions['tooLarge']> = {}
  for (const side of ['base', 'head'] as const) {
    const bytes = file[side] === undefined ? 0 : Buffer.byteLength(file[side])
    if (bytes > MAX_PR_FILE_BYTES) {
      tooLarge[side] = bytes
      delete file[side]
    }
  }
  return Object.keys(tooLarge).length > 0 ? { ...file, tooLarge } : file
}

/** A file's text at a commit; a missing file is no error here (the caller knows whether it should exist). */
export async function optionalContent<K extends string>(
  client: GitHubClient,
  repository: string,
  path: string,
  ref: string,
  requests: RequestRecord[],
  key: K
): Promise<Partial<Record<K, string>>> {
  try {
    const response = await restGet<string>(
      client,
      `/repos/${repository}/contents/${path.split('/').map(encodeURIComponent).join('/')}?ref=${ref}`,
      'contents: read',
      { accept: 'application/vnd.github.raw+json' }
    )
    requests.push(response.request)
    return {
      [key]: typeof response.data === 'string' ? response.data : JSON.stringify(response.data)
    } as Partial<Record<K, string>>
  } catch (error) {
    if (error instanceof GitHubRequestFailure && error.request.status === 404) {
      requests.push(error.request)
      return {}
    }
    throw error
  }
}
