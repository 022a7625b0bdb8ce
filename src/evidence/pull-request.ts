/** Evidence of one pull request (pull-request mode): kinds and the shapes the PR checks read. */

/** GitHub lists at most 3,000 files of a pull request; we stop there and say so. */
export const MAX_PR_FILES = 3000

export interface PullRequestRef {
  repository: string
  number: number
  title: string
  url: string
  author: string
  headSha: string
  headRef: string
  headRepository: string
  baseSha: string
  baseRef: string
  fork: boolean
}

export interface ChangedFile {
  filename: string
  status: string
  previous_filename?: string
  additions?: number
  deletions?: number
  patch?: string
}

export interface PullRequestFiles {
  files: ChangedFile[]
  /** True when the PR changes more files than GitHub lists (3,000). */
  truncated: boolean
}

export interface FileVersions {
  path: string
  status: string
  previousPath?: string
  /** Absent when the file does not exist on that side (added / removed), or is over MAX_PR_FILE_BYTES. */
  base?: string
  head?: string
  /** Sizes of the sides that exist but were over MAX_PR_FILE_BYTES, so not recorded nor read. */
  tooLarge?: { base?: number; head?: number }
}

/**
 * Files over this are not recorded nor parsed (GitHub serves raw files up to 100 MB): a lockfile of a large
 * monorepo is a few MB, so anything bigger is refused with an error finding that names the file and limit.
 */
export const MAX_PR_FILE_BYTES = 16 * 1024 * 1024

export interface PullRequestContents {
  headSha: string
  baseSha: string
  files: FileVersions[]
  /** The inventory as of the PR's head, whether or not the PR changes it. */
  inventory: { path: string; content?: string; error?: string; tooLarge?: number }
}

export const PR_EVIDENCE = {
  pullRequest: 'github.pull-request',
  files: 'github.pull-request-files',
  contents: 'github.pull-request-contents',
  config: 'github.pull-request-config'
} as const

/**
 * The config file (`.github/evidence.yml`) on both sides of a pull request. The base side is the rules the
 * PR is judged by; the head side is only compared with it (github.pr.evidence-config-change), never applied:
 * a pull request cannot change the rules it is judged by.
 */
export interface PullRequestConfig {
  /** Repository-relative path. */
  path: string
  baseRef: string
  baseSha: string
  headSha: string
  /** Absent: no such file on that side. */
  base?: string
  head?: string
  /** Set instead of `head` when the PR's version is over MAX_CONFIG_BYTES (not recorded). */
  headBytes?: number
}
