/**
 * A local stand-in for api.github.com: the REST endpoints and GraphQL the collectors use, with
 * GitHub's headers, pagination, ETags, rate limits, error bodies and injectable faults.
 */
import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type {
  SimAlert,
  SimChangedFile,
  SimOrg,
  SimPullRequest,
  SimRepo,
  SimRulesetMeta
} from './github-model.js'
import { pullBaseOid } from './github-model.js'
import { headRef, prUpdatedAt, repoTimes, runGraphql, type RepoHit } from './github-graphql.js'
import { hookBody, orgGovernanceRoutes } from './github-org-sim.js'
import { createAppSimulation, type IssuedToken, type SimApp } from './github-app-sim.js'

export type { SimOrg } from './github-model.js'

export interface SimToken {
  value: string
  /** false: the classic protection endpoint answers 403 and repositories omit `security_and_analysis`. */
  admin: boolean
  /** false (a fork PR's read-only GITHUB_TOKEN): check-run writes answer 403. Default true. */
  checksWrite?: boolean
  /** false: issue-comment writes answer 403. Default true. */
  pullRequestsWrite?: boolean
  /** Organization owner / organization Administration permission: org rulesets and their bypass lists. Default: `admin`. */
  orgAdmin?: boolean
  /** GraphQL fields this token may not read (e.g. `vulnerabilityAlerts`): null plus a FORBIDDEN error. */
  forbiddenGraphqlFields?: string[]
  /**
   * Who the token acts as; default `github-actions[bot]` (a workflow's GITHUB_TOKEN). A login ending in
   * `[bot]` is an App installation token: comments it writes are that bot's, GraphQL `viewer` is the bot
   * (https://docs.github.com/graphql/reference/queries#viewer; observed for installation tokens, e.g.
   * fullsend-ai/fullsend#1953 "viewer returns fullsend-ai-coder[bot]"), and REST `GET /user` answers 403
   * "Resource not accessible by integration" (https://docs.github.com/rest/users/users#get-the-authenticated-user
   * is for user tokens). Any other login is a user's personal access token.
   */
  login?: string
  /**
   * A classic personal access token's (or OAuth token's) scopes: every REST answer to it carries them in
   * `x-oauth-scopes` (https://docs.github.com/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps#checking-granted-scopes);
   * fine-grained and installation tokens get no such header.
   */
  scopes?: string[]
}
export interface FaultRule {
  method?: string
  /** Tested against the path including the query string, e.g. `/repos/o/r/rules/branches/main`. */
  path: RegExp
  kind:
    | 'server-error'
    | 'bad-gateway'
    | 'unauthorized'
    | 'forbidden'
    | 'secondary-rate-limit'
    | 'primary-rate-limit'
    | 'reset'
    | 'slow'
    /*
     * 403 whose body quotes the request's Authorization header: issue #11 observed GitHub, Hugging Face
     * and MLflow (or the proxy in front of them) echo the credential back in an error body.
     */
    | 'echo-credentials'
  /** How many matching requests the fault affects; default Infinity. */
  times?: number
  /** secondary: the `retry-after` header (default 1); primary: seconds until `x-ratelimit-reset` (default 2). */
  retryAfterSeconds?: number
  /** For 'slow' (default 1000). */
  delayMs?: number
}
export interface RequestLogEntry {
  method: string
  /** Path including the query string. */
  path: string
  /** 0 when the connection was reset. */
  status: number
  graphql?: { operation?: string; cost: number }
  authorization: string | undefined
  ifNoneMatch?: string
  /** The `X-GitHub-Api-Version` header as sent. */
  apiVersion?: string
}
export interface GitHubSimulator {
  /** http://127.0.0.1:PORT, the REST base (= GITHUB_API_URL). */
  url: string
  /** Most requests that were in flight at once since the last `resetLog()`. */
  peakConcurrency(): number
  graphqlUrl: string
  requests: RequestLogEntry[]
  addFault(rule: FaultRule): void
  clearFaults(): void
  resetLog(): void
  /** Check runs created through the API on a repository (`owner/name`), oldest first. */
  checkRuns(repoFullName: string): SimCheckRunRecord[]
  /** Comments on an issue or PR: those in the model, then those posted through the API. */
  comments(repoFullName: string, number: number): SimCommentRecord[]
  /** Installation tokens minted for the App (`app` option), oldest first. */
  issuedTokens: IssuedToken[]
  close(): Promise<void>
}
export interface SimAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
  raw_details?: string
}
export interface SimCheckRunRecord {
  id: number
  name: string
  head_sha: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: string | null
  started_at: string
  completed_at: string | null
  details_url: string | null
  external_id: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  /** Every annotation sent, in order: like GitHub, each update appends. */
  annotations: SimAnnotation[]
}
export interface SimCommentRecord {
  id: number
  body: string
  user: { login: string; type: 'User' | 'Bot' }
  created_at: string
  updated_at: string
}
export interface SimulatorOptions {
  orgs: SimOrg[]
  tokens?: SimToken[]
  /** Clock for the rate-limit window and reset headers; default the wall clock. */
  now?: () => Date
  /** Primary limit per hour, for REST (core) and GraphQL points alike; default 5000. */
  rateLimit?: number
  /**
   * A GitHub App: its JWT reads `GET /orgs/{org}/installation` and mints installation tokens with
   * `POST /app/installations/{id}/access_tokens` (github-app-sim.ts, with the docs); a minted token is an
   * admin installation token acting as the App's bot, and is refused (401) once it has expired.
   */
  app?: SimApp
  /** Added before every response (the round trip to api.github.com, e.g. 100 ms); default 0. */
  latencyMs?: number
}

type Resource = 'core' | 'graphql'
interface Reply {
  status: number
  body?: unknown
  /** Sent as-is instead of JSON (raw media types); set `content-type` in `headers`. */
  raw?: string
  headers?: Record<string, string>
  graphql?: RequestLogEntry['graphql']
}
interface Ctx {
  params: Record<string, string>
  query: URLSearchParams
  url: URL
  token: SimToken
  body: string
  headers: http.IncomingHttpHeaders
}

const DOCS = 'https://docs.github.com/rest'
const errorReply = (
  status: number,
  message: string,
  documentationUrl = DOCS,
  headers?: Record<string, string>
): Reply => ({
  status,
  body: { message, documentation_url: documentationUrl, status: String(status) },
  headers
})
const notFound = () => errorReply(404, 'Not Found')
const badCredentials = () => errorReply(401, 'Bad credentials')
const API_VERSION = '2022-11-28'
/** The identity a workflow's GITHUB_TOKEN writes as. */
const ACTIONS_BOT = 'github-actions[bot]'
/** GitHub lists at most 3,000 files of a pull request, and leaves out `patch` for files over about 1 MB. */
const MAX_PR_FILES = 3000
const MAX_PATCH_BYTES = 1024 * 1024
/** The contents API inlines files up to 1 MB; larger ones come back with `encoding: none`. */
const MAX_INLINE_BYTES = 1024 * 1024
const MAX_ANNOTATIONS_PER_REQUEST = 50
const MAX_CHECK_TEXT = 65_535
const MAX_COMMENT_BODY = 65_536
const invalidRequest = (detail: string, doc: string) => errorReply(422, `Invalid request.\n\n${detail}`, doc)
const validationFailed = (doc: string, ...errors: Array<Record<string, string>>): Reply => ({
  status: 422,
  body: { message: 'Validation Failed', errors, documentation_url: doc, status: '422' }
})
/**
 * GitHub answers 400 to an `X-GitHub-Api-Version` it does not support, with this message (observed, quoted in
 * expipiplus1/update-nix-fetchgit#79; see https://docs.github.com/rest/about-the-rest-api/api-versions:
 * "If you specify an API version that is no longer supported, you will receive a 400 error"). Real GitHub
 * falls back to 2022-11-28 when the header is absent; the simulator answers that 400 too, deliberately
 * stricter, so that a client which stops sending the version the evidence records fails every test.
 */
function apiVersionProblem(header: string | string[] | undefined): Reply | undefined {
  const version = Array.isArray(header) ? header[0] : header
  if (version === API_VERSION) return undefined
  return errorReply(
    400,
    `The version you specified in the "X-GitHub-API-Version" request header, "${version ?? ''}", is not a supported version. The following versions are currently supported: "${API_VERSION}" (most recent).`,
    'https://docs.github.com/rest/about-the-rest-api/api-versions'
  )
}
/** For tests that talk to the simulator with a bare Octokit: send the version header as the collectors do. */
export function withApiVersion<
  T extends {
    hook: { before: (name: 'request', f: (o: { headers: Record<string, unknown> }) => void) => void }
  }
>(octokit: T): T {
  octokit.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = API_VERSION
  })
  return octokit
}
const CHECKS_DOC = 'https://docs.github.com/rest/checks/runs'
const COMMENTS_DOC = 'https://docs.github.com/rest/issues/comments'

export async function startGitHubSimulator(options: SimulatorOptions): Promise<GitHubSimulator> {
  const now = options.now ?? (() => new Date())
  const tokens = options.tokens ?? [{ value: 'ghs_simulator_token', admin: true }]
  const limit = options.rateLimit ?? 5000
  const appSim = options.app ? createAppSimulation(options.app, now) : undefined
  const requests: RequestLogEntry[] = []
  let faults: Array<FaultRule & { left: number }> = []
  let base = ''

  // GitHub resolves owner and repository names case-insensitively.
  const orgIndex = new Map(options.orgs.map((o) => [o.login.toLowerCase(), o]))
  const repoIndex = new Map<string, RepoHit>()
  for (const org of options.orgs) {
    for (const repo of org.repos) repoIndex.set(`${repo.owner}/${repo.name}`.toLowerCase(), { org, repo })
  }
  const findRepo = (owner: string, name: string) => repoIndex.get(`${owner}/${name}`.toLowerCase())
  const findOrg = (login: string) => orgIndex.get(login.toLowerCase())

  // One hourly window shared by both budgets, like an installation token's.
  const used: Record<Resource, number> = { core: 0, graphql: 0 }
  let windowEnd = 0
  const rollWindow = () => {
    if (now().getTime() < windowEnd) return
    used.core = 0
    used.graphql = 0
    windowEnd = now().getTime() + 3_600_000
  }
  const budget = (resource: Resource) => ({
    limit,
    used: used[resource],
    remaining: Math.max(0, limit - used[resource]),
    reset: Math.ceil(windowEnd / 1000)
  })
  const rateHeaders = (resource: Resource): Record<string, string> => {
    const b = budget(resource)
    return {
      'x-ratelimit-limit': String(b.limit),
      'x-ratelimit-remaining': String(b.remaining),
      'x-ratelimit-used': String(b.used),
      'x-ratelimit-reset': String(b.reset),
      'x-ratelimit-resource': resource
    }
  }
  const primaryLimited = (resetInSeconds?: number): Reply =>
    errorReply(
      403,
      'API rate limit exceeded for installation ID 1.',
      'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
      {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': String(limit),
        ...(resetInSeconds === undefined
          ? {}
          : { 'x-ratelimit-reset': String(Math.ceil(now().getTime() / 1000) + resetInSeconds) })
      }
    )

  // --- REST rendering -------------------------------------------------------------------------

  const user = (login: string) => ({
    login,
    id: numericId(login),
    node_id: `U_${Buffer.from(login).toString('base64url')}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${numericId(login)}?v=4`,
    url: `${base}/users/${encodeURIComponent(login)}`,
    html_url: `https://github.com/${login.replace('[bot]', '')}`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false
  })
  const orgOwner = (org: SimOrg) => ({
    login: org.login,
    id: org.id,
    node_id: `O_${Buffer.from(String(org.id)).toString('base64url')}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
    url: `${base}/users/${org.login}`,
    html_url: `https://github.com/${org.login}`,
    type: 'Organization',
    site_admin: false
  })

  const restRepo = ({ org, repo }: RepoHit, token: SimToken) => {
    const full = `${repo.owner}/${repo.name}`
    const { createdAt, pushedAt } = repoTimes(repo)
    const status = (on: boolean) => ({ status: on ? 'enabled' : 'disabled' })
    return {
      id: repo.id,
      node_id: `R_${Buffer.from(String(repo.id)).toString('base64url')}`,
      name: repo.name,
      full_name: full,
      private: repo.private,
      owner: orgOwner(org),
      html_url: `https://github.com/${full}`,
      description: null,
      fork: false,
      url: `${base}/repos/${full}`,
      pulls_url: `${base}/repos/${full}/pulls{/number}`,
      created_at: createdAt,
      updated_at: pushedAt,
      pushed_at: pushedAt,
      archived: repo.archived,
      disabled: false,
      visibility: repo.private ? 'private' : 'public',
      default_branch: repo.defaultBranch,
      open_issues_count: repo.pullRequests.filter((p) => !p.mergedAt && !p.closedAt).length,
      topics: [],
      permissions: { admin: token.admin, maintain: token.admin, push: true, triage: true, pull: true },
      // GitHub shows this block only to callers with admin rights on the repository.
      security_and_analysis: token.admin
        ? {
            advanced_security: status(!repo.private),
            dependabot_security_updates: status(repo.dependabotSecurityUpdates),
            secret_scanning: status(repo.secretScanning),
            secret_scanning_push_protection: status(repo.pushProtection),
            secret_scanning_non_provider_patterns: status(false),
            secret_scanning_validity_checks: status(false)
          }
        : undefined
    }
  }

  const restPull = (hit: RepoHit, pr: SimPullRequest, detailed: boolean) => {
    const { repo } = hit
    const full = `${repo.owner}/${repo.name}`
    const repoRef = { id: repo.id, name: repo.name, full_name: full, private: repo.private }
    const headFull = pr.headRepoFullName ?? full
    const headOwner = headFull.split('/')[0]!
    // A fork is another repository, public and marked `fork`.
    const headRepo =
      headFull === full
        ? repoRef
        : {
            id: numericId(headFull),
            name: headFull.split('/')[1]!,
            full_name: headFull,
            private: false,
            fork: true,
            owner: user(headOwner)
          }
    const stats = detailed ? pullStats(hit, pr) : undefined
    return {
      url: `${base}/repos/${full}/pulls/${pr.number}`,
      id: repo.id * 10_000 + pr.number,
      node_id: `PR_${Buffer.from(`${repo.id}:${pr.number}`).toString('base64url')}`,
      html_url: `https://github.com/${full}/pull/${pr.number}`,
      number: pr.number,
      state: pr.mergedAt || pr.closedAt ? 'closed' : 'open',
      locked: false,
      title: pr.title,
      user: user(pr.author),
      body: null,
      labels: [],
      created_at: pr.createdAt,
      updated_at: prUpdatedAt(pr),
      closed_at: pr.mergedAt ?? pr.closedAt ?? null,
      merged_at: pr.mergedAt,
      merge_commit_sha: pr.mergeCommitOid,
      draft: false,
      head: { label: `${headOwner}:${headRef(pr)}`, ref: headRef(pr), sha: pr.headRefOid, repo: headRepo },
      base: {
        label: `${repo.owner}:${pr.baseRefName}`,
        ref: pr.baseRefName,
        sha: pullBaseOid(repo, pr),
        repo: repoRef
      },
      author_association: headFull === full ? 'MEMBER' : 'FIRST_TIME_CONTRIBUTOR',
      // Like GitHub, only the single-PR endpoint says who merged and how big the change is.
      ...(stats
        ? {
            merged: !!pr.mergedAt,
            merged_by: pr.mergedBy ? user(pr.mergedBy) : null,
            mergeable: null,
            comments: commentsOf(hit, pr).length,
            review_comments: 0,
            commits: 1,
            additions: stats.additions,
            deletions: stats.deletions,
            changed_files: stats.changedFiles
          }
        : {})
    }
  }

  // --- pull-request mode: files, contents, check runs, comments ---------------------------------

  const fullName = (repo: SimRepo) => `${repo.owner}/${repo.name}`
  /** The changed files as GitHub orders them (by path), with their diffs; cached per PR. */
  const diffCache = new WeakMap<SimPullRequest, Array<{ file: SimChangedFile; diff: FileDiff }>>()
  const pullDiffs = (hit: RepoHit, pr: SimPullRequest) => {
    let diffs = diffCache.get(pr)
    if (!diffs) {
      const baseTree = treeAt(hit.repo, undefined)
      diffs = [...(pr.changedFiles ?? [])]
        .sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0))
        .map((file) => {
          const before =
            file.status === 'added'
              ? ''
              : (file.baseContent ?? baseTree.get(file.previousFilename ?? file.filename))
          const after = file.status === 'removed' ? '' : (file.headContent ?? '')
          return { file, diff: fileDiff(before ?? '', after) }
        })
      diffCache.set(pr, diffs)
    }
    return diffs
  }
  const pullStats = (hit: RepoHit, pr: SimPullRequest) => {
    const diffs = pullDiffs(hit, pr)
    return {
      changedFiles: diffs.length,
      additions: diffs.reduce((n, d) => n + d.diff.additions, 0),
      deletions: diffs.reduce((n, d) => n + d.diff.deletions, 0)
    }
  }
  const restPullFile = (
    hit: RepoHit,
    pr: SimPullRequest,
    { file, diff }: { file: SimChangedFile; diff: FileDiff }
  ) => {
    const full = fullName(hit.repo)
    const removed = file.status === 'removed'
    // A removed file's links point at the base, where it still exists.
    const ref = removed ? pullBaseOid(hit.repo, pr) : pr.headRefOid
    const path = encodePath(file.filename)
    const content = removed ? (file.baseContent ?? '') : (file.headContent ?? '')
    return {
      sha: blobSha(content),
      filename: file.filename,
      status: file.status,
      additions: diff.additions,
      deletions: diff.deletions,
      changes: diff.additions + diff.deletions,
      blob_url: `https://github.com/${full}/blob/${ref}/${path}`,
      raw_url: `https://github.com/${full}/raw/${ref}/${path}`,
      contents_url: `${base}/repos/${full}/contents/${path}?ref=${ref}`,
      ...(diff.patch !== undefined && { patch: diff.patch }),
      ...(file.previousFilename !== undefined && { previous_filename: file.previousFilename })
    }
  }

  /** Which tree a ref names: a PR's head, or the default branch (`undefined`); null when unknown. */
  const resolveRef = (repo: SimRepo, ref: string | null): SimPullRequest | undefined | null => {
    if (!ref || ref === repo.defaultBranch || ref === `refs/heads/${repo.defaultBranch}`) return undefined
    const pull = /^(?:refs\/)?pull\/(\d+)\/head$/.exec(ref)
    const byHead = repo.pullRequests.find(
      (p) =>
        p.headRefOid === ref ||
        String(p.number) === pull?.[1] ||
        (!p.headRepoFullName && (ref === headRef(p) || ref === `refs/heads/${headRef(p)}`))
    )
    if (byHead) return byHead.changedFiles ? byHead : undefined
    const known = repo.pullRequests.some(
      (p) =>
        pullBaseOid(repo, p) === ref ||
        p.mergeCommitOid === ref ||
        sha1(`${fullName(repo)}:${p.baseRefName}`) === ref
    )
    return known ? undefined : null
  }
  /** Path -> content of the default branch (`pr` undefined) or of a PR's head. */
  const treeAt = (repo: SimRepo, pr: SimPullRequest | undefined): Map<string, string> => {
    const tree = new Map(Object.entries(repo.files ?? {}))
    // Base versions the PRs carry fill in paths the repository's `files` leave out.
    for (const p of repo.pullRequests) {
      for (const f of p.changedFiles ?? []) {
        const path = f.previousFilename ?? f.filename
        if (f.status !== 'added' && f.baseContent !== undefined && !tree.has(path))
          tree.set(path, f.baseContent)
      }
    }
    for (const f of pr?.changedFiles ?? []) {
      if (f.previousFilename !== undefined) tree.delete(f.previousFilename)
      if (f.status === 'removed') tree.delete(f.filename)
      else tree.set(f.filename, f.headContent ?? '')
    }
    return tree
  }
  const contentsReply = (ctx: Ctx, { repo }: RepoHit): Reply => {
    const ref = ctx.query.get('ref')
    const pr = resolveRef(repo, ref)
    const doc = 'https://docs.github.com/rest/repos/contents#get-repository-content'
    if (pr === null) return errorReply(404, `No commit found for the ref ${ref}`, doc)
    const commitish = ref || repo.defaultBranch
    const tree = treeAt(repo, pr)
    const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '')
    const full = fullName(repo)
    const links = (p: string, type: 'file' | 'dir', sha: string) => {
      const self = `${base}/repos/${full}/contents/${encodePath(p)}?ref=${encodeURIComponent(commitish)}`
      const git = `${base}/repos/${full}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`
      const html = `https://github.com/${full}/${type === 'file' ? 'blob' : 'tree'}/${commitish}/${encodePath(p)}`
      return { url: self, git_url: git, html_url: html, _links: { self, git, html } }
    }
    const entry = (p: string, type: 'file' | 'dir') => {
      const content = type === 'file' ? tree.get(p)! : ''
      const sha = type === 'file' ? blobSha(content) : sha1(`tree:${commitish}:${p}`)
      return {
        type,
        name: p.split('/').at(-1)!,
        path: p,
        sha,
        size: type === 'file' ? Buffer.byteLength(content) : 0,
        ...links(p, type, sha),
        download_url:
          type === 'file' ? `https://raw.githubusercontent.com/${full}/${commitish}/${encodePath(p)}` : null
      }
    }
    const content = tree.get(path)
    if (content !== undefined) {
      const accept = String(ctx.headers.accept ?? '')
      if (/application\/vnd\.github(?:\.v3)?\.raw/.test(accept)) {
        return { status: 200, raw: content, headers: { 'content-type': 'text/plain; charset=utf-8' } }
      }
      const file = entry(path, 'file')
      // Like GitHub: base64 in lines of 60 characters, each ending in a newline.
      const inline = file.size <= MAX_INLINE_BYTES
      const encoded = inline
        ? (Buffer.from(content)
            .toString('base64')
            .match(/.{1,60}/g) ?? [])
        : []
      return {
        status: 200,
        body: {
          ...file,
          content: encoded.map((line) => `${line}\n`).join(''),
          encoding: inline ? 'base64' : 'none'
        }
      }
    }
    // A directory: its entries, by name.
    const prefix = path === '' ? '' : `${path}/`
    const children = new Map<string, 'file' | 'dir'>()
    for (const p of tree.keys()) {
      if (!p.startsWith(prefix)) continue
      const [name, ...rest] = p.slice(prefix.length).split('/')
      children.set(`${prefix}${name}`, rest.length ? 'dir' : 'file')
    }
    if (children.size === 0) return errorReply(404, 'Not Found', doc)
    const listing = [...children]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([p, t]) => entry(p, t))
    return { status: 200, body: listing }
  }

  const forbidden = (doc: string, permissions: string) =>
    errorReply(403, 'Resource not accessible by integration', doc, {
      'x-accepted-github-permissions': permissions
    })
  const parseJson = (ctx: Ctx): Record<string, unknown> | undefined => {
    try {
      const value: unknown = JSON.parse(ctx.body || '{}')
      return value && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined
    } catch {
      return undefined
    }
  }
  const problemsParsingJson = (doc: string) => errorReply(400, 'Problems parsing JSON', doc)
  const archived = (repo: SimRepo) =>
    repo.archived ? errorReply(403, 'Repository was archived so is read-only.') : undefined

  const checkRunStore = new Map<string, SimCheckRunRecord[]>()
  let nextCheckRunId = 30_100_000_001
  const runsOf = (repo: SimRepo) => {
    const key = fullName(repo).toLowerCase()
    if (!checkRunStore.has(key)) checkRunStore.set(key, [])
    return checkRunStore.get(key)!
  }
  const restCheckRun = ({ repo }: RepoHit, run: SimCheckRunRecord) => {
    const full = fullName(repo)
    const url = `${base}/repos/${full}/check-runs/${run.id}`
    // Like GitHub, only PRs from branches of this repository are listed, never fork PRs.
    const pulls = repo.pullRequests.filter(
      (p) => !p.mergedAt && !p.closedAt && !p.headRepoFullName && p.headRefOid === run.head_sha
    )
    const side = (ref: string, sha: string) => ({
      ref,
      sha,
      repo: { id: repo.id, url: `${base}/repos/${full}`, name: repo.name }
    })
    return {
      id: run.id,
      node_id: `CR_${Buffer.from(String(run.id)).toString('base64url')}`,
      head_sha: run.head_sha,
      external_id: run.external_id ?? '',
      url,
      html_url: `https://github.com/${full}/runs/${run.id}`,
      details_url: run.details_url ?? `https://github.com/${full}/runs/${run.id}`,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.started_at,
      completed_at: run.completed_at,
      output: {
        ...run.output,
        annotations_count: run.annotations.length,
        annotations_url: `${url}/annotations`
      },
      name: run.name,
      check_suite: { id: Number.parseInt(sha1(`${full}:${run.head_sha}`).slice(0, 9), 16) },
      app: {
        id: 15368,
        slug: 'github-actions',
        node_id: 'MDM6QXBwMTUzNjg=',
        name: 'GitHub Actions',
        owner: user('github')
      },
      pull_requests: pulls.map((p) => ({
        url: `${base}/repos/${full}/pulls/${p.number}`,
        id: repo.id * 10_000 + p.number,
        number: p.number,
        head: side(headRef(p), p.headRefOid),
        base: side(p.baseRefName, pullBaseOid(repo, p))
      }))
    }
  }
  /** Applies a create or update body to `run`; a reply when GitHub would refuse it. */
  const applyCheckRun = (
    body: Record<string, unknown>,
    run: SimCheckRunRecord,
    creating: boolean,
    doc: string
  ): Reply | undefined => {
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined)
    if (creating) {
      for (const field of ['name', 'head_sha']) {
        if (typeof body[field] !== 'string' || body[field] === '') {
          return invalidRequest(`"${field}" wasn't supplied.`, doc)
        }
      }
      if (!/^[0-9a-f]{40}$/i.test(str(body.head_sha)!)) {
        return errorReply(422, `No commit found for SHA: ${str(body.head_sha)}`, doc)
      }
    }
    const statuses = ['queued', 'in_progress', 'completed']
    const conclusions = [
      'action_required',
      'cancelled',
      'failure',
      'neutral',
      'success',
      'skipped',
      'stale',
      'timed_out'
    ]
    if (body.status !== undefined && !statuses.includes(String(body.status))) {
      return invalidRequest(
        `For 'properties/status', "${String(body.status)}" is not a member of ${JSON.stringify(statuses)}.`,
        doc
      )
    }
    if (body.conclusion != null && !conclusions.includes(String(body.conclusion))) {
      return invalidRequest(
        `For 'properties/conclusion', "${String(body.conclusion)}" is not a member of ${JSON.stringify(conclusions)}.`,
        doc
      )
    }
    if ((body.status === 'completed' || body.completed_at !== undefined) && body.conclusion == null) {
      return invalidRequest('"conclusion" wasn\'t supplied.', doc)
    }
    const output = body.output as Record<string, unknown> | undefined
    const annotations = Array.isArray(output?.annotations) ? (output.annotations as unknown[]) : []
    if (output !== undefined) {
      if (typeof output !== 'object' || output === null)
        return invalidRequest('"output" is not an object.', doc)
      for (const field of creating ? ['title', 'summary'] : ['summary']) {
        if (typeof output[field] !== 'string') return invalidRequest(`"${field}" wasn't supplied.`, doc)
      }
      for (const field of ['summary', 'text']) {
        const length = str(output[field])?.length ?? 0
        if (length > MAX_CHECK_TEXT) {
          return invalidRequest(
            `Only ${MAX_CHECK_TEXT} characters are allowed; ${length} were supplied.`,
            doc
          )
        }
      }
      if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST) {
        return invalidRequest(
          `No more than ${MAX_ANNOTATIONS_PER_REQUEST} items are allowed; ${annotations.length} were supplied.`,
          doc
        )
      }
      if (!annotations.every(validAnnotation)) {
        return validationFailed(doc, { resource: 'CheckRun', code: 'invalid', field: 'annotations' })
      }
    }
    // Valid: apply.
    if (creating) {
      run.name = str(body.name)!
      run.head_sha = str(body.head_sha)!.toLowerCase()
    } else if (typeof body.name === 'string') run.name = body.name
    if (typeof body.details_url === 'string') run.details_url = body.details_url
    if (typeof body.external_id === 'string') run.external_id = body.external_id
    if (typeof body.started_at === 'string') run.started_at = body.started_at
    if (body.status !== undefined) run.status = body.status as SimCheckRunRecord['status']
    if (body.conclusion != null) {
      // Providing a conclusion completes the run.
      run.conclusion = String(body.conclusion)
      run.status = 'completed'
      run.completed_at = str(body.completed_at) ?? isoNow()
    }
    if (output) {
      run.output = {
        title: str(output.title) ?? run.output.title,
        summary: str(output.summary) ?? run.output.summary,
        text: str(output.text) ?? run.output.text
      }
      run.annotations.push(
        ...(annotations as SimAnnotation[]).map((a) => ({
          path: a.path,
          start_line: a.start_line,
          end_line: a.end_line,
          ...(a.start_column !== undefined && { start_column: a.start_column }),
          ...(a.end_column !== undefined && { end_column: a.end_column }),
          annotation_level: a.annotation_level,
          message: a.message,
          ...(a.title !== undefined && { title: a.title }),
          ...(a.raw_details !== undefined && { raw_details: a.raw_details })
        }))
      )
    }
    return undefined
  }
  const isoNow = () =>
    now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')
  const findRun = (repo: SimRepo, id: string | undefined) => runsOf(repo).find((r) => String(r.id) === id)

  const commentStore = new Map<string, SimCommentRecord[]>()
  let nextCommentId = 2_610_000_001
  const commentsOf = ({ repo }: RepoHit, pr: SimPullRequest) => {
    const key = `${fullName(repo).toLowerCase()}#${pr.number}`
    if (!commentStore.has(key)) {
      const seeded = (pr.comments ?? []).map((c) => ({
        id: nextCommentId++,
        body: c.body,
        user: { login: c.author, type: c.author.endsWith('[bot]') ? ('Bot' as const) : ('User' as const) },
        created_at: c.createdAt,
        updated_at: c.createdAt
      }))
      commentStore.set(key, seeded)
    }
    return commentStore.get(key)!
  }
  const findComment = (hit: RepoHit, id: string | undefined) => {
    for (const pr of hit.repo.pullRequests) {
      const comment = commentsOf(hit, pr).find((c) => String(c.id) === id)
      if (comment) return { pr, comment }
    }
    return undefined
  }
  const restComment = ({ repo }: RepoHit, number: number, c: SimCommentRecord) => {
    const full = fullName(repo)
    return {
      url: `${base}/repos/${full}/issues/comments/${c.id}`,
      html_url: `https://github.com/${full}/pull/${number}#issuecomment-${c.id}`,
      issue_url: `${base}/repos/${full}/issues/${number}`,
      id: c.id,
      node_id: `IC_${Buffer.from(String(c.id)).toString('base64url')}`,
      user: user(c.user.login),
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      body: c.body,
      reactions: { url: `${base}/repos/${full}/issues/comments/${c.id}/reactions`, total_count: 0 },
      performed_via_github_app: c.user.login === ACTIONS_BOT ? { id: 15368, slug: 'github-actions' } : null
    }
  }
  /** The body of a comment write, or GitHub's refusal. */
  const commentBody = (ctx: Ctx, doc: string): string | Reply => {
    const json = parseJson(ctx)
    if (!json) return problemsParsingJson(doc)
    if (typeof json.body !== 'string' || json.body === '') {
      return validationFailed(doc, { resource: 'IssueComment', code: 'missing_field', field: 'body' })
    }
    if (json.body.length > MAX_COMMENT_BODY) {
      return validationFailed(doc, {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${MAX_COMMENT_BODY} characters)`
      })
    }
    return json.body
  }

  const restAlert = ({ repo }: RepoHit, a: SimAlert) => {
    const full = `${repo.owner}/${repo.name}`
    const pkg = { ecosystem: a.ecosystem, name: a.packageName }
    const closedAt = new Date(Date.parse(a.createdAt) + 7 * 86_400_000).toISOString().replace('.000Z', 'Z')
    const vulnerability = {
      package: pkg,
      severity: a.severity,
      vulnerable_version_range: '< 99.0.0',
      first_patched_version: { identifier: '99.0.0' }
    }
    return {
      number: a.number,
      state: a.state,
      dependency: { package: pkg, manifest_path: a.manifestPath, scope: a.scope, relationship: 'direct' },
      security_advisory: {
        ghsa_id: a.ghsaId,
        cve_id: null,
        summary: a.summary,
        description: a.summary,
        vulnerabilities: [vulnerability],
        severity: a.severity,
        identifiers: [{ type: 'GHSA', value: a.ghsaId }],
        references: [{ url: `https://github.com/advisories/${a.ghsaId}` }],
        published_at: a.createdAt,
        updated_at: a.createdAt,
        withdrawn_at: null
      },
      security_vulnerability: vulnerability,
      url: `${base}/repos/${full}/dependabot/alerts/${a.number}`,
      html_url: `https://github.com/${full}/security/dependabot/${a.number}`,
      created_at: a.createdAt,
      updated_at: a.state === 'open' ? a.createdAt : closedAt,
      dismissed_at: a.state === 'dismissed' ? closedAt : null,
      dismissed_by: null,
      dismissed_reason: a.state === 'dismissed' ? 'tolerable_risk' : null,
      dismissed_comment: null,
      fixed_at: a.state === 'fixed' ? closedAt : null,
      auto_dismissed_at: null
    }
  }

  const restProtection = (repo: SimRepo) => {
    const p = repo.classicProtection!
    const url = `${base}/repos/${repo.owner}/${repo.name}/branches/${repo.defaultBranch}/protection`
    const flag = (name: string, enabled: boolean) => ({ url: `${url}/${name}`, enabled })
    return {
      url,
      ...(p.requiredStatusChecks && {
        required_status_checks: {
          url: `${url}/required_status_checks`,
          strict: true,
          contexts: p.requiredStatusChecks,
          contexts_url: `${url}/required_status_checks/contexts`,
          checks: p.requiredStatusChecks.map((context) => ({ context, app_id: null }))
        }
      }),
      ...(p.requiredApprovingReviewCount !== null && {
        required_pull_request_reviews: {
          url: `${url}/required_pull_request_reviews`,
          dismiss_stale_reviews: p.dismissStaleReviews,
          require_code_owner_reviews: p.requireCodeOwnerReviews,
          required_approving_review_count: p.requiredApprovingReviewCount,
          require_last_push_approval: false,
          // Present when allowances are set (docs.github.com/rest/branches/branch-protection#get-branch-protection).
          ...(p.bypassPullRequestAllowances && {
            bypass_pull_request_allowances: {
              users: p.bypassPullRequestAllowances.users.map(user),
              teams: p.bypassPullRequestAllowances.teams.map((slug) => ({
                id: numericId(`team:${slug}`),
                node_id: `T_${Buffer.from(slug).toString('base64url')}`,
                url: `${base}/orgs/${repo.owner}/teams/${slug}`,
                html_url: `https://github.com/orgs/${repo.owner}/teams/${slug}`,
                name: slug,
                slug,
                privacy: 'closed',
                permission: 'push'
              })),
              apps: p.bypassPullRequestAllowances.apps.map((slug) => ({
                id: numericId(`app:${slug}`),
                slug,
                node_id: `A_${Buffer.from(slug).toString('base64url')}`,
                name: slug,
                owner: { login: repo.owner, type: 'Organization' }
              }))
            }
          })
        }
      }),
      required_signatures: flag('required_signatures', false),
      enforce_admins: flag('enforce_admins', p.enforceAdmins),
      required_linear_history: { enabled: false },
      allow_force_pushes: { enabled: p.allowForcePushes },
      allow_deletions: { enabled: p.allowDeletions },
      block_creations: { enabled: false },
      required_conversation_resolution: { enabled: false },
      lock_branch: { enabled: false },
      allow_fork_syncing: { enabled: false }
    }
  }

  /** GitHub's page-number pagination: per_page default 30, max 100, and a `link` header. */
  const paginate = <T>(ctx: Ctx, items: T[], linkPath = ctx.url.pathname): Reply => {
    const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page')) || 30))
    const page = Math.max(1, Number(ctx.query.get('page')) || 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const href = (n: number) => {
      const q = new URLSearchParams(ctx.query)
      q.set('page', String(n))
      return `<${base}${linkPath}?${q.toString()}>`
    }
    const rels: string[] = []
    if (page > 1) rels.push(`${href(page - 1)}; rel="prev"`)
    if (page < last) rels.push(`${href(page + 1)}; rel="next"`, `${href(last)}; rel="last"`)
    if (page > 1) rels.push(`${href(1)}; rel="first"`)
    const body = items.slice((page - 1) * perPage, page * perPage)
    return { status: 200, body, headers: rels.length ? { link: rels.join(', ') } : undefined }
  }

  /**
   * A ruleset as `GET /repos/{o}/{r}/rulesets/{id}` and `GET /orgs/{org}/rulesets/{id}` answer it
   * (docs.github.com/rest/repos/rules#get-a-repository-ruleset, /rest/orgs/rules#get-an-organization-repository-ruleset).
   * "To prevent leaking sensitive information, the bypass_actors property is only returned if the user making the
   * API request has write access to the ruleset": without it the key is absent, not empty.
   */
  const restRuleset = (
    org: SimOrg,
    repo: SimRepo | undefined,
    id: number,
    token: SimToken,
    level: 'repo' | 'org'
  ) => {
    const rules = (repo ? repo.rules : org.repos.flatMap((r) => r.rules)).filter((r) => r.rulesetId === id)
    const first = rules[0]
    if (!first) return undefined
    const fromOrg = first.rulesetSourceType === 'Organization'
    const meta: SimRulesetMeta = (fromOrg ? org.rulesets?.[id] : repo?.rulesets?.[id]) ?? {
      name: `Ruleset ${id}`,
      bypassActors: []
    }
    const writable = fromOrg ? (token.orgAdmin ?? token.admin) : token.admin
    const unique = new Map(rules.map((r) => [r.type, r]))
    const self =
      level === 'org'
        ? `${base}/orgs/${org.login}/rulesets/${id}`
        : `${base}/repos/${repo!.owner}/${repo!.name}/rulesets/${id}`
    return {
      id,
      name: meta.name,
      target: 'branch',
      source_type: first.rulesetSourceType,
      source: first.rulesetSource,
      enforcement: 'active',
      ...(writable && { bypass_actors: meta.bypassActors }),
      // Only the repository-level endpoint returns it.
      ...(level === 'repo' && {
        current_user_can_bypass: writable && meta.bypassActors.length > 0 ? 'always' : 'never'
      }),
      node_id: `RRS_${Buffer.from(String(id)).toString('base64url')}`,
      _links: {
        self: { href: self },
        html: {
          href: `https://github.com/${fromOrg ? `organizations/${org.login}/settings` : `${repo!.owner}/${repo!.name}`}/rules/${id}`
        }
      },
      conditions: {
        ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] },
        ...(fromOrg && { repository_name: { include: ['~ALL'], exclude: [], protected: false } })
      },
      rules: [...unique.values()].map((r) => ({
        type: r.type,
        ...(r.parameters && { parameters: r.parameters })
      })),
      created_at: '2025-01-06T09:00:00Z',
      updated_at: '2025-01-06T09:00:00Z'
    }
  }
  /** time_period: "day will filter for rule suites that occurred in the past 24 hours" (docs.github.com/rest/repos/rule-suites). */
  const RULE_SUITE_PERIODS: Record<string, number> = {
    hour: 3_600_000,
    day: 86_400_000,
    week: 7 * 86_400_000,
    month: 30 * 86_400_000
  }
  const RULE_SUITE_RESULTS = ['pass', 'fail', 'bypass', 'all']
  const RULE_SUITES_DOC = 'https://docs.github.com/rest/repos/rule-suites#list-repository-rule-suites'

  const withRepo = (handler: (ctx: Ctx, hit: RepoHit) => Reply) => (ctx: Ctx) => {
    const hit = findRepo(ctx.params.owner!, ctx.params.repo!)
    return hit ? handler(ctx, hit) : notFound()
  }
  const listOrgRepos = (ctx: Ctx, org: SimOrg | undefined): Reply => {
    if (!org) return notFound()
    const type = ctx.query.get('type') ?? 'all'
    const hits = org.repos
      .filter((r) => (type === 'public' ? !r.private : type === 'private' ? r.private : type !== 'forks'))
      .map((repo) => ({ org, repo }))
    const sort = ctx.query.get('sort') ?? 'created'
    const key = (h: RepoHit) =>
      sort === 'full_name'
        ? h.repo.name
        : sort === 'created'
          ? repoTimes(h.repo).createdAt
          : repoTimes(h.repo).pushedAt
    const direction = ctx.query.get('direction') ?? (sort === 'full_name' ? 'asc' : 'desc')
    hits.sort((a, b) => key(a).localeCompare(key(b)) * (direction === 'asc' ? 1 : -1))
    // GitHub's `link` header names the organisation by id.
    return paginate(
      ctx,
      hits.map((h) => restRepo(h, ctx.token)),
      `/organizations/${org.id}/repos`
    )
  }
  const findPull = (hit: RepoHit, n: string | undefined) =>
    hit.repo.pullRequests.find((p) => String(p.number) === n)

  const routes: Array<{ method: string; pattern: string; handler: (ctx: Ctx) => Reply }> = [
    { method: 'GET', pattern: '/rate_limit', handler: () => rateLimitReply() },
    { method: 'POST', pattern: '/graphql', handler: (ctx) => graphqlReply(ctx) },
    {
      method: 'GET',
      pattern: '/user',
      handler: (ctx) => {
        const login = ctx.token.login ?? ACTIONS_BOT
        // Installation tokens (GITHUB_TOKEN, App tokens) are not a user: GitHub refuses them here.
        if (login.endsWith('[bot]'))
          return errorReply(
            403,
            'Resource not accessible by integration',
            'https://docs.github.com/rest/users/users#get-the-authenticated-user'
          )
        return {
          status: 200,
          body: user(login),
          ...(ctx.token.scopes ? { headers: { 'x-oauth-scopes': ctx.token.scopes.join(', ') } } : {})
        }
      }
    },
    {
      method: 'GET',
      pattern: '/orgs/:org/repos',
      handler: (ctx) => listOrgRepos(ctx, findOrg(ctx.params.org!))
    },
    {
      method: 'GET',
      pattern: '/organizations/:id/repos',
      handler: (ctx) =>
        listOrgRepos(
          ctx,
          options.orgs.find((o) => String(o.id) === ctx.params.id)
        )
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo',
      handler: withRepo((ctx, hit) => ({ status: 200, body: restRepo(hit, ctx.token) }))
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo/rules/branches/:branch*',
      handler: withRepo((ctx, { repo }) => {
        // The model's rules target the default branch only.
        const rules = ctx.params.branch === repo.defaultBranch ? repo.rules : []
        const body = rules.map((r) => ({
          type: r.type,
          ...(r.parameters && { parameters: r.parameters }),
          ruleset_source_type: r.rulesetSourceType,
          ruleset_source: r.rulesetSource,
          ruleset_id: r.rulesetId
        }))
        return paginate(ctx, body)
      })
    },
    {
      // Before `/rulesets/:id`, which would otherwise take `rule-suites` for an id.
      method: 'GET',
      pattern: '/repos/:owner/:repo/rulesets/rule-suites',
      handler: withRepo((ctx, { repo }) => {
        // "Administration" repository permissions (write), per the endpoint's docs.
        if (!ctx.token.admin) {
          return errorReply(403, 'Resource not accessible by integration', RULE_SUITES_DOC, {
            'x-accepted-github-permissions': 'administration=write'
          })
        }
        const period = ctx.query.get('time_period') ?? 'day'
        const result = ctx.query.get('rule_suite_result') ?? 'all'
        if (!(period in RULE_SUITE_PERIODS) || !RULE_SUITE_RESULTS.includes(result)) {
          return validationFailed(RULE_SUITES_DOC, {
            resource: 'RuleSuite',
            field: period in RULE_SUITE_PERIODS ? 'rule_suite_result' : 'time_period',
            code: 'invalid'
          })
        }
        const ref = ctx.query.get('ref')
        const since = now().getTime() - RULE_SUITE_PERIODS[period]!
        const suites = (repo.ruleSuites ?? [])
          .filter(
            (r) =>
              Date.parse(r.pushedAt) >= since &&
              (result === 'all' || r.result === result) &&
              (!ref || r.ref === ref || r.ref === `refs/heads/${ref}` || r.ref === `refs/tags/${ref}`)
          )
          .sort((a, b) => b.pushedAt.localeCompare(a.pushedAt))
          .map((r) => ({
            id: r.id,
            actor_id: r.actorId,
            actor_name: r.actorName,
            before_sha: r.beforeSha,
            after_sha: r.afterSha,
            ref: r.ref,
            repository_id: repo.id,
            repository_name: repo.name,
            pushed_at: r.pushedAt,
            result: r.result,
            evaluation_result: r.result === 'bypass' ? 'fail' : r.result
          }))
        return paginate(ctx, suites)
      })
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo/rulesets/:id',
      handler: withRepo((ctx, { org, repo }) => {
        // `includes_parents` defaults to true: organization rulesets that apply are served here too.
        const body = restRuleset(org, repo, Number(ctx.params.id), ctx.token, 'repo')
        return body ? { status: 200, body } : notFound()
      })
    },
    {
      // docs.github.com/rest/orgs/rule-suites#list-organization-rule-suites: "Administration" organization
      // permissions (write); filters ref, repository_name, time_period (default day), actor_name, rule_suite_result.
      method: 'GET',
      pattern: '/orgs/:org/rulesets/rule-suites',
      handler: (ctx) => {
        const org = findOrg(ctx.params.org!)
        if (!org) return notFound()
        const doc = 'https://docs.github.com/rest/orgs/rule-suites#list-organization-rule-suites'
        if (!(ctx.token.orgAdmin ?? ctx.token.admin)) {
          return errorReply(403, 'Resource not accessible by integration', doc, {
            'x-accepted-github-permissions': 'organization_administration=write'
          })
        }
        const period = ctx.query.get('time_period') ?? 'day'
        const result = ctx.query.get('rule_suite_result') ?? 'all'
        if (!(period in RULE_SUITE_PERIODS) || !RULE_SUITE_RESULTS.includes(result)) {
          return validationFailed(doc, {
            resource: 'RuleSuite',
            field: period in RULE_SUITE_PERIODS ? 'rule_suite_result' : 'time_period',
            code: 'invalid'
          })
        }
        const ref = ctx.query.get('ref')
        const repoName = ctx.query.get('repository_name')
        const actor = ctx.query.get('actor_name')
        const since = now().getTime() - RULE_SUITE_PERIODS[period]!
        const suites = org.repos
          .filter((repo) => !repoName || repo.name.toLowerCase() === repoName.toLowerCase())
          .flatMap((repo) => (repo.ruleSuites ?? []).map((r) => ({ repo, r })))
          .filter(
            ({ r }) =>
              Date.parse(r.pushedAt) >= since &&
              (result === 'all' || r.result === result) &&
              (!actor || r.actorName === actor) &&
              (!ref || r.ref === ref || r.ref === `refs/heads/${ref}` || r.ref === `refs/tags/${ref}`)
          )
          .sort((a, b) => b.r.pushedAt.localeCompare(a.r.pushedAt) || a.r.id - b.r.id)
          .map(({ repo, r }) => ({
            id: r.id,
            actor_id: r.actorId,
            actor_name: r.actorName,
            before_sha: r.beforeSha,
            after_sha: r.afterSha,
            ref: r.ref,
            repository_id: repo.id,
            repository_name: repo.name,
            pushed_at: r.pushedAt,
            result: r.result,
            evaluation_result: r.result === 'bypass' ? 'fail' : r.result
          }))
        return paginate(ctx, suites)
      }
    },
    {
      method: 'GET',
      pattern: '/orgs/:org/rulesets/:id',
      handler: (ctx) => {
        const org = findOrg(ctx.params.org!)
        if (!org) return notFound()
        if (!(ctx.token.orgAdmin ?? ctx.token.admin)) {
          return errorReply(
            403,
            'Resource not accessible by integration',
            'https://docs.github.com/rest/orgs/rules#get-an-organization-repository-ruleset',
            { 'x-accepted-github-permissions': 'organization_administration=read' }
          )
        }
        const id = Number(ctx.params.id)
        const owned = org.repos.some((r) =>
          r.rules.some((rule) => rule.rulesetId === id && rule.rulesetSourceType === 'Organization')
        )
        const body = owned ? restRuleset(org, undefined, id, ctx.token, 'org') : undefined
        return body ? { status: 200, body } : notFound()
      }
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo/branches/:branch*/protection',
      handler: withRepo((ctx, { repo }) => {
        const doc = 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection'
        if (!ctx.token.admin) {
          return errorReply(403, 'Resource not accessible by integration', doc, {
            'x-accepted-github-permissions': 'administration=read'
          })
        }
        // Private repositories on GitHub Free (observed body, quoted in openshift/release#58320).
        if (repo.planWithoutProtection) {
          return errorReply(
            403,
            'Upgrade to GitHub Pro or make this repository public to enable this feature.',
            doc
          )
        }
        // An empty repository has no branch at all: 404 "Branch not found" (the documented 404 of this endpoint).
        const branches = new Set(
          repo.empty ? [] : [repo.defaultBranch, ...repo.pullRequests.map((p) => p.baseRefName)]
        )
        if (!branches.has(ctx.params.branch!)) return errorReply(404, 'Branch not found', doc)
        if (ctx.params.branch !== repo.defaultBranch || !repo.classicProtection) {
          return errorReply(404, 'Branch not protected', doc)
        }
        return { status: 200, body: restProtection(repo) }
      })
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo/pulls',
      handler: withRepo((ctx, hit) => {
        const state = ctx.query.get('state') ?? 'open'
        const baseRef = ctx.query.get('base')
        const sort = ctx.query.get('sort') ?? 'created'
        const direction = ctx.query.get('direction') ?? (sort === 'created' ? 'desc' : 'asc')
        const key = sort === 'updated' ? prUpdatedAt : (p: SimPullRequest) => p.createdAt
        const open = (p: SimPullRequest) => !p.mergedAt && !p.closedAt
        const pulls = hit.repo.pullRequests
          .filter((p) => state === 'all' || (state === 'open') === open(p))
          .filter((p) => !baseRef || p.baseRefName === baseRef)
          .sort(
            (a, b) => (key(a).localeCompare(key(b)) || a.number - b.number) * (direction === 'asc' ? 1 : -1)
          )
        return paginate(
          ctx,
          pulls.map((p) => restPull(hit, p, false))
        )
      })
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo/pulls/:number',
      handler: withRepo((ctx, hit) => {
        const pr = findPull(hit, ctx.params.number)
        return pr ? { status: 200, body: restPull(hit, pr, true) } : notFound()
      })
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo/pulls/:number/reviews',
      handler: withRepo((ctx, hit) => {
        const pr = findPull(hit, ctx.params.number)
        if (!pr) return notFound()
        const full = `${hit.repo.owner}/${hit.repo.name}`
        const reviews = pr.reviews.map((r, i) => {
          const id = (hit.repo.id * 10_000 + pr.number) * 100 + i
          return {
            id,
            node_id: `PRR_${Buffer.from(String(id)).toString('base64url')}`,
            // A deleted reviewer comes back as `user: null` (observed on api.github.com, SpinlockLabs/github.dart#383).
            user: r.author ? user(r.author) : null,
            body: '',
            state: r.state,
            html_url: `https://github.com/${full}/pull/${pr.number}#pullrequestreview-${id}`,
            pull_request_url: `${base}/repos/${full}/pulls/${pr.number}`,
            submitted_at: r.submittedAt,
            commit_id: r.commitOid,
            author_association: 'MEMBER'
          }
        })
        return paginate(ctx, reviews)
      })
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo/pulls/:number/files',
      handler: withRepo((ctx, hit) => {
        const pr = findPull(hit, ctx.params.number)
        if (!pr) return notFound()
        const files = pullDiffs(hit, pr)
          .slice(0, MAX_PR_FILES)
          .map((d) => restPullFile(hit, pr, d))
        return paginate(ctx, files)
      })
    },
    { method: 'GET', pattern: '/repos/:owner/:repo/contents', handler: withRepo(contentsReply) },
    { method: 'GET', pattern: '/repos/:owner/:repo/contents/:path*', handler: withRepo(contentsReply) },
    {
      method: 'POST',
      pattern: '/repos/:owner/:repo/check-runs',
      handler: withRepo((ctx, hit) => {
        const doc = `${CHECKS_DOC}#create-a-check-run`
        if (ctx.token.checksWrite === false) return forbidden(doc, 'checks=write')
        const refused = archived(hit.repo)
        if (refused) return refused
        const body = parseJson(ctx)
        if (!body) return problemsParsingJson(doc)
        const run: SimCheckRunRecord = {
          id: 0,
          name: '',
          head_sha: '',
          status: 'queued',
          conclusion: null,
          started_at: isoNow(),
          completed_at: null,
          details_url: null,
          external_id: null,
          output: { title: null, summary: null, text: null },
          annotations: []
        }
        const invalid = applyCheckRun(body, run, true, doc)
        if (invalid) return invalid
        run.id = nextCheckRunId++
        runsOf(hit.repo).push(run)
        const rendered = restCheckRun(hit, run)
        return { status: 201, body: rendered, headers: { location: rendered.url } }
      })
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo/check-runs/:id',
      handler: withRepo((ctx, hit) => {
        const run = findRun(hit.repo, ctx.params.id)
        return run ? { status: 200, body: restCheckRun(hit, run) } : notFound()
      })
    },
    {
      method: 'PATCH',
      pattern: '/repos/:owner/:repo/check-runs/:id',
      handler: withRepo((ctx, hit) => {
        const doc = `${CHECKS_DOC}#update-a-check-run`
        if (ctx.token.checksWrite === false) return forbidden(doc, 'checks=write')
        const run = findRun(hit.repo, ctx.params.id)
        if (!run) return notFound()
        const body = parseJson(ctx)
        if (!body) return problemsParsingJson(doc)
        // Validate on a copy so a refused update changes nothing.
        const draft = structuredClone(run)
        const invalid = applyCheckRun(body, draft, false, doc)
        if (invalid) return invalid
        Object.assign(run, draft)
        return { status: 200, body: restCheckRun(hit, run) }
      })
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo/check-runs/:id/annotations',
      handler: withRepo((ctx, hit) => {
        const run = findRun(hit.repo, ctx.params.id)
        if (!run) return notFound()
        const full = fullName(hit.repo)
        return paginate(
          ctx,
          run.annotations.map((a) => ({
            path: a.path,
            blob_href: `https://github.com/${full}/blob/${run.head_sha}/${encodePath(a.path)}`,
            start_line: a.start_line,
            start_column: a.start_column ?? null,
            end_line: a.end_line,
            end_column: a.end_column ?? null,
            annotation_level: a.annotation_level,
            title: a.title ?? null,
            message: a.message,
            raw_details: a.raw_details ?? null
          }))
        )
      })
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo/commits/:ref*/check-runs',
      handler: withRepo((ctx, hit) => {
        const ref = ctx.params.ref!
        let sha: string | undefined = /^[0-9a-f]{40}$/i.test(ref) ? ref.toLowerCase() : undefined
        if (!sha) {
          const pr = resolveRef(hit.repo, ref)
          if (pr === null) {
            return errorReply(
              422,
              `No commit found for SHA: ${ref}`,
              `${CHECKS_DOC}#list-check-runs-for-a-git-reference`
            )
          }
          // The default branch's tip is its latest merge.
          sha =
            pr?.headRefOid ??
            hit.repo.pullRequests
              .filter((p) => p.mergedAt && p.baseRefName === hit.repo.defaultBranch)
              .sort((a, b) => a.mergedAt!.localeCompare(b.mergedAt!))
              .at(-1)?.mergeCommitOid ??
            undefined
        }
        const name = ctx.query.get('check_name')
        const status = ctx.query.get('status')
        let runs = runsOf(hit.repo)
          .filter((r) => r.head_sha === sha && (!name || r.name === name) && (!status || r.status === status))
          .sort((a, b) => b.id - a.id)
        // `filter=latest` (the default) keeps the most recent run of each name.
        if ((ctx.query.get('filter') ?? 'latest') === 'latest') {
          runs = runs.filter((r, i) => runs.findIndex((x) => x.name === r.name) === i)
        }
        const page = paginate(
          ctx,
          runs.map((r) => restCheckRun(hit, r))
        )
        return { ...page, body: { total_count: runs.length, check_runs: page.body } }
      })
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo/issues/:number/comments',
      handler: withRepo((ctx, hit) => {
        const pr = findPull(hit, ctx.params.number)
        if (!pr) return notFound()
        const since = ctx.query.get('since')
        const comments = commentsOf(hit, pr).filter((c) => !since || c.updated_at >= since)
        return paginate(
          ctx,
          comments.map((c) => restComment(hit, pr.number, c))
        )
      })
    },
    {
      method: 'POST',
      pattern: '/repos/:owner/:repo/issues/:number/comments',
      handler: withRepo((ctx, hit) => {
        const doc = `${COMMENTS_DOC}#create-an-issue-comment`
        const pr = findPull(hit, ctx.params.number)
        if (!pr) return notFound()
        if (ctx.token.pullRequestsWrite === false) return forbidden(doc, 'pull_requests=write; issues=write')
        const refused = archived(hit.repo)
        if (refused) return refused
        const body = commentBody(ctx, doc)
        if (typeof body !== 'string') return body
        const at = isoNow()
        const comment: SimCommentRecord = {
          id: nextCommentId++,
          body,
          user: {
            login: ctx.token.login ?? ACTIONS_BOT,
            type: (ctx.token.login ?? ACTIONS_BOT).endsWith('[bot]') ? 'Bot' : 'User'
          },
          created_at: at,
          updated_at: at
        }
        commentsOf(hit, pr).push(comment)
        const rendered = restComment(hit, pr.number, comment)
        return { status: 201, body: rendered, headers: { location: rendered.url } }
      })
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo/issues/comments/:id',
      handler: withRepo((ctx, hit) => {
        const found = findComment(hit, ctx.params.id)
        return found ? { status: 200, body: restComment(hit, found.pr.number, found.comment) } : notFound()
      })
    },
    {
      method: 'PATCH',
      pattern: '/repos/:owner/:repo/issues/comments/:id',
      handler: withRepo((ctx, hit) => {
        const doc = `${COMMENTS_DOC}#update-an-issue-comment`
        if (ctx.token.pullRequestsWrite === false) return forbidden(doc, 'pull_requests=write; issues=write')
        const found = findComment(hit, ctx.params.id)
        if (!found) return notFound()
        const body = commentBody(ctx, doc)
        if (typeof body !== 'string') return body
        found.comment.body = body
        found.comment.updated_at = isoNow()
        return { status: 200, body: restComment(hit, found.pr.number, found.comment) }
      })
    },
    {
      method: 'DELETE',
      pattern: '/repos/:owner/:repo/issues/comments/:id',
      handler: withRepo((ctx, hit) => {
        const doc = `${COMMENTS_DOC}#delete-an-issue-comment`
        if (ctx.token.pullRequestsWrite === false) return forbidden(doc, 'pull_requests=write; issues=write')
        const found = findComment(hit, ctx.params.id)
        if (!found) return notFound()
        const list = commentsOf(hit, found.pr)
        list.splice(list.indexOf(found.comment), 1)
        return { status: 204 }
      })
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo/dependabot/alerts',
      handler: withRepo((ctx, hit) => {
        if (!hit.repo.dependabotAlertsEnabled) {
          return errorReply(
            403,
            'Dependabot alerts are disabled for this repository.',
            'https://docs.github.com/rest/dependabot/alerts#list-dependabot-alerts-for-a-repository'
          )
        }
        const list = (name: string) =>
          ctx.query
            .get(name)
            ?.split(',')
            .map((s) => s.trim())
        const [states, severities, scopes, ecosystems] = ['state', 'severity', 'scope', 'ecosystem'].map(list)
        const direction = ctx.query.get('direction') ?? 'desc'
        const alerts = hit.repo.alerts
          .filter(
            (a) =>
              (!states || states.includes(a.state)) &&
              (!severities || severities.includes(a.severity)) &&
              (!scopes || scopes.includes(a.scope)) &&
              (!ecosystems || ecosystems.includes(a.ecosystem))
          )
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt) * (direction === 'asc' ? 1 : -1))
        return paginate(
          ctx,
          alerts.map((a) => restAlert(hit, a))
        )
      })
    },
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo/vulnerability-alerts',
      handler: withRepo((_ctx, { repo }) => (repo.dependabotAlertsEnabled ? { status: 204 } : notFound()))
    },
    {
      // https://docs.github.com/en/rest/repos/repos#check-if-private-vulnerability-reporting-is-enabled-for-a-repository:
      // 200 `{ "enabled": boolean }` (the setting is off unless a maintainer enabled it). Fine-grained tokens need
      // "Administration" repository permissions (read), which public repositories do not ask of the caller.
      method: 'GET',
      pattern: '/repos/:owner/:repo/private-vulnerability-reporting',
      handler: withRepo((ctx, { repo }) => {
        if (repo.private && !ctx.token.admin) {
          return errorReply(
            403,
            'Resource not accessible by integration',
            'https://docs.github.com/rest/repos/repos#check-if-private-vulnerability-reporting-is-enabled-for-a-repository',
            { 'x-accepted-github-permissions': 'administration=read' }
          )
        }
        return { status: 200, body: { enabled: repo.access?.privateVulnerabilityReporting ?? false } }
      })
    },
    {
      // https://docs.github.com/en/rest/repos/webhooks#list-repository-webhooks: fine-grained tokens and Apps need
      // "Webhooks" repository permissions (read); the secret is never returned (a set one shows as "********"),
      // `insecure_ssl` is the string "0" or "1", page pagination. Without the permission GitHub answers 403
      // "Resource not accessible by integration" with the permission it wanted in x-accepted-github-permissions.
      method: 'GET',
      pattern: '/repos/:owner/:repo/hooks',
      handler: withRepo((ctx, { repo }) => {
        if (!ctx.token.admin) {
          return errorReply(
            403,
            'Resource not accessible by integration',
            'https://docs.github.com/rest/repos/webhooks#list-repository-webhooks',
            { 'x-accepted-github-permissions': 'repository_hooks=read' }
          )
        }
        return paginate(
          ctx,
          (repo.access?.hooks ?? []).map((h) => ({
            ...hookBody(h),
            type: 'Repository',
            url: `${base}/repos/${repo.owner}/${repo.name}/hooks/${h.id}`,
            test_url: `${base}/repos/${repo.owner}/${repo.name}/hooks/${h.id}/test`,
            ping_url: `${base}/repos/${repo.owner}/${repo.name}/hooks/${h.id}/pings`,
            deliveries_url: `${base}/repos/${repo.owner}/${repo.name}/hooks/${h.id}/deliveries`
          }))
        )
      })
    },
    // Organisation settings, Actions policy, org alert listings, webhooks, audit log (github-org-sim.ts).
    ...(orgGovernanceRoutes({
      findOrg,
      paginate: paginate,
      errorReply,
      base: () => base
    }) as Array<{ method: string; pattern: string; handler: (ctx: Ctx) => Reply }>)
  ]
  const compiled = routes.map((r) => ({ ...r, ...compilePattern(r.pattern) }))

  const rateLimitReply = (): Reply => {
    const resource = (r: Resource) => {
      const { limit: l, used: u, remaining, reset } = budget(r)
      return { limit: l, used: u, remaining, reset }
    }
    const core = resource('core')
    const search = { limit: 30, used: 0, remaining: 30, reset: Math.ceil(now().getTime() / 1000) + 60 }
    return { status: 200, body: { resources: { core, search, graphql: resource('graphql') }, rate: core } }
  }

  const graphqlReply = (ctx: Ctx): Reply => {
    const outcome = runGraphql(
      {
        findRepo,
        findOrg,
        orgs: options.orgs,
        forbiddenFields: ctx.token.forbiddenGraphqlFields,
        admin: ctx.token.admin,
        ...(ctx.token.orgAdmin !== undefined && { orgAdmin: ctx.token.orgAdmin }),
        viewer: ctx.token.login ?? ACTIONS_BOT,
        charge: (cost) => {
          if (cost > limit - used.graphql) return undefined
          used.graphql += cost
          return { limit, used: used.graphql, remaining: limit - used.graphql, resetAt: new Date(windowEnd) }
        }
      },
      ctx.body
    )
    return {
      status: outcome.status,
      body: outcome.body,
      graphql: { operation: outcome.operation, cost: outcome.cost },
      // Exhaustion is answered as GitHub does: 200 with a RATE_LIMITED error and remaining 0.
      headers: outcome.cost === 0 && outcome.status === 200 ? { 'x-ratelimit-remaining': '0' } : undefined
    }
  }

  // --- request handling -------------------------------------------------------------------------

  const faultReply = (f: FaultRule, req: http.IncomingMessage): Reply => {
    switch (f.kind) {
      case 'echo-credentials':
        return errorReply(403, `Request with Authorization: ${req.headers.authorization ?? ''} was refused`)
      case 'server-error':
        return { status: 500, body: { message: 'Server Error' } }
      case 'bad-gateway':
        return { status: 502, body: { message: 'Server Error' } }
      case 'unauthorized':
        return badCredentials()
      case 'forbidden':
        return errorReply(403, 'Resource not accessible by integration')
      case 'secondary-rate-limit':
        return {
          status: 403,
          body: {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
          },
          headers: { 'retry-after': String(f.retryAfterSeconds ?? 1) }
        }
      default:
        return primaryLimited(f.retryAfterSeconds ?? 2)
    }
  }

  const serve = async (req: http.IncomingMessage): Promise<Reply> => {
    const url = new URL(req.url ?? '/', base)
    const method = req.method ?? 'GET'
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    if (appSim) {
      const appReply = appSim.handle(method, url.pathname, auth?.[1])
      if (appReply) return apiVersionProblem(req.headers['x-github-api-version']) ?? appReply
    }
    const minted = appSim && auth ? appSim.tokenState(auth[1]!) : undefined
    if (minted === 'expired') return badCredentials()
    const token =
      minted === 'valid'
        ? { value: auth![1]!, admin: true, login: appSim!.botLogin }
        : tokens.find((t) => t.value === auth?.[1])
    if (!token) return badCredentials()
    const versionProblem = apiVersionProblem(req.headers['x-github-api-version'])
    if (versionProblem) return versionProblem
    rollWindow()
    let params: Record<string, string> | undefined
    const route = compiled.find((r) => r.method === method && (params = r.match(url.pathname)) !== undefined)
    if (!route || !params) return notFound()
    const resource: Resource = url.pathname === '/graphql' ? 'graphql' : 'core'
    const metered = resource === 'core' && url.pathname !== '/rate_limit'
    if (metered && used.core >= limit) return primaryLimited()

    const body = await readBody(req)
    const reply = route.handler({ params, query: url.searchParams, url, token, body, headers: req.headers })
    if (method === 'GET' && reply.status === 200) {
      const etag = `"${createHash('sha256')
        .update(reply.raw ?? JSON.stringify(reply.body))
        .digest('hex')}"`
      reply.headers = { ...reply.headers, etag }
      const presented = (req.headers['if-none-match'] ?? '')
        .split(',')
        .map((s) => s.trim().replace(/^W\//, ''))
      // Like GitHub, a conditional request answered 304 does not count against the limit.
      if (presented.includes(etag)) return { status: 304, headers: reply.headers }
    }
    if (metered) used.core++
    return reply
  }

  let inFlight = 0
  let peak = 0
  const server = http.createServer((req, res) => {
    inFlight += 1
    peak = Math.max(peak, inFlight)
    res.on('close', () => (inFlight -= 1))
    const method = req.method ?? 'GET'
    const path = req.url ?? '/'
    const entry: RequestLogEntry = {
      method,
      path,
      status: 0,
      authorization: req.headers.authorization,
      ...(req.headers['if-none-match'] && { ifNoneMatch: req.headers['if-none-match'] }),
      ...(typeof req.headers['x-github-api-version'] === 'string' && {
        apiVersion: req.headers['x-github-api-version']
      })
    }
    requests.push(entry)
    const fault = takeFault(method, path)
    if (fault?.kind === 'reset') {
      req.socket.destroy()
      return
    }
    const delay = fault?.kind === 'slow' ? sleep(fault.delayMs ?? 1000) : Promise.resolve()
    delay
      .then(() => (fault && fault.kind !== 'slow' ? faultReply(fault, req) : serve(req)))
      .then(async (reply) => {
        if (options.latencyMs) await sleep(options.latencyMs)
        return reply
      })
      .catch((e: unknown) =>
        errorReply(500, `Simulator error: ${e instanceof Error ? e.message : String(e)}`)
      )
      .then((reply) => {
        entry.status = reply.status
        if (reply.graphql) entry.graphql = reply.graphql
        const resource: Resource = new URL(path, base).pathname === '/graphql' ? 'graphql' : 'core'
        rollWindow()
        const headers = {
          ...rateHeaders(resource),
          'x-github-request-id': requestId(),
          'x-github-api-version-selected': API_VERSION,
          'content-type': 'application/json; charset=utf-8',
          ...reply.headers
        }
        const payload =
          reply.status === 304
            ? ''
            : (reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)))
        res.writeHead(reply.status, headers)
        res.end(payload)
      })
      .catch(() => res.destroy())
  })

  const takeFault = (method: string, path: string) => {
    const fault = faults.find((f) => (!f.method || f.method.toUpperCase() === method) && f.path.test(path))
    if (!fault) return undefined
    if (--fault.left <= 0) faults = faults.filter((f) => f !== fault)
    return fault
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  rollWindow()

  return {
    url: base,
    graphqlUrl: `${base}/graphql`,
    requests,
    addFault: (rule) => void faults.push({ ...rule, left: rule.times ?? Infinity }),
    clearFaults: () => void (faults = []),
    resetLog: () => {
      requests.splice(0)
      peak = inFlight
    },
    peakConcurrency: () => peak,
    checkRuns: (repoFullName) => structuredClone(checkRunStore.get(repoFullName.toLowerCase()) ?? []),
    comments: (repoFullName, number) => {
      const [owner = '', name = ''] = repoFullName.split('/')
      const hit = findRepo(owner, name)
      const pr = hit?.repo.pullRequests.find((p) => p.number === number)
      return hit && pr ? structuredClone(commentsOf(hit, pr)) : []
    },
    issuedTokens: appSim?.issued ?? [],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()))
        // Clients keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections()
      })
  }
}

/** `/repos/:owner/:repo/branches/:branch*\/protection`: `:x*` may span slashes (branch names). */
function compilePattern(pattern: string): { match: (path: string) => Record<string, string> | undefined } {
  const keys: string[] = []
  const source = pattern.replace(/:(\w+)(\*?)/g, (_m, key: string, star: string) => {
    keys.push(key)
    return star ? '(.+)' : '([^/]+)'
  })
  const regex = new RegExp(`^${source}/?$`)
  return {
    match: (path) => {
      const m = regex.exec(path)
      return m ? Object.fromEntries(keys.map((k, i) => [k, decodeURIComponent(m[i + 1]!)])) : undefined
    }
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex')
const numericId = (login: string) => Number.parseInt(sha1(login).slice(0, 8), 16)
const requestId = () =>
  [2, 3, 4, 4, 4]
    .map((n) =>
      randomBytes(n)
        .toString('hex')
        .toUpperCase()
        .replace(/^0+(?=.)/, '')
    )
    .join(':')

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/')
/** Git's blob id: what `git hash-object` prints. */
const blobSha = (content: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(content)}\0`)
    .update(content)
    .digest('hex')

function validAnnotation(value: unknown): boolean {
  const a = value as Partial<SimAnnotation> | null
  if (!a || typeof a !== 'object') return false
  const line = (n: unknown) => Number.isInteger(n) && (n as number) >= 1
  return (
    typeof a.path === 'string' &&
    a.path !== '' &&
    line(a.start_line) &&
    line(a.end_line) &&
    a.end_line! >= a.start_line! &&
    ['notice', 'warning', 'failure'].includes(a.annotation_level as string) &&
    typeof a.message === 'string' &&
    a.message !== '' &&
    // Columns only make sense within one line.
    ((a.start_column === undefined && a.end_column === undefined) || a.start_line === a.end_line)
  )
}

// ---------------------------------------------------------------------------------------------
// Unified diffs, for the `patch` of a pull request's files

export interface FileDiff {
  additions: number
  deletions: number
  /** Hunks only (`@@ -a,b +c,d @@` ...), as GitHub serves them; absent when too large or unchanged. */
  patch?: string
}

export function fileDiff(before: string, after: string): FileDiff {
  const ops = lineDiff(before, after)
  const additions = ops.filter((o) => o.op === '+').length
  const deletions = ops.filter((o) => o.op === '-').length
  const tooLarge = Buffer.byteLength(before) > MAX_PATCH_BYTES || Buffer.byteLength(after) > MAX_PATCH_BYTES
  const patch = tooLarge ? '' : unifiedHunks(ops)
  return { additions, deletions, ...(patch && { patch }) }
}

interface DiffOp {
  op: ' ' | '-' | '+'
  text: string
  /** The line is the last of its file, which has no final newline. */
  noEol: boolean
}

function splitLines(content: string): Array<{ text: string; noEol: boolean }> {
  if (content === '') return []
  const lines = content.split('\n')
  const noEol = !content.endsWith('\n')
  if (!noEol) lines.pop()
  return lines.map((text, i) => ({ text, noEol: noEol && i === lines.length - 1 }))
}

/** A line diff by longest common subsequence, deletions before insertions within a change. */
function lineDiff(before: string, after: string): DiffOp[] {
  const a = splitLines(before)
  const b = splitLines(after)
  const same = (x: { text: string; noEol: boolean }, y: { text: string; noEol: boolean }) =>
    x.text === y.text && x.noEol === y.noEol
  let start = 0
  while (start < a.length && start < b.length && same(a[start]!, b[start]!)) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && same(a[endA - 1]!, b[endB - 1]!)) {
    endA--
    endB--
  }
  const ops: DiffOp[] = a.slice(0, start).map((l) => ({ op: ' ', ...l }))
  const n = endA - start
  const m = endB - start
  if (n * m > 25_000_000) {
    // Too big for the quadratic table: replace the whole middle.
    ops.push(...a.slice(start, endA).map((l) => ({ op: '-' as const, ...l })))
    ops.push(...b.slice(start, endB).map((l) => ({ op: '+' as const, ...l })))
  } else {
    // lcs[i * (m + 1) + j]: LCS length of a[start + i ..endA) and b[start + j ..endB).
    const lcs = new Uint32Array((n + 1) * (m + 1))
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * (m + 1) + j] = same(a[start + i]!, b[start + j]!)
          ? lcs[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!)
      }
    }
    let i = 0
    let j = 0
    while (i < n || j < m) {
      if (i < n && j < m && same(a[start + i]!, b[start + j]!)) {
        ops.push({ op: ' ', ...a[start + i]! })
        i++
        j++
      } else if (j >= m || (i < n && lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!)) {
        ops.push({ op: '-', ...a[start + i]! })
        i++
      } else {
        ops.push({ op: '+', ...b[start + j]! })
        j++
      }
    }
  }
  ops.push(...a.slice(endA).map((l) => ({ op: ' ' as const, ...l })))
  return ops
}

/** Git's hunks: three lines of context, hunks closer than that merged, `,1` counts left out. */
function unifiedHunks(ops: DiffOp[], context = 3): string {
  const changed = ops.flatMap((o, i) => (o.op === ' ' ? [] : [i]))
  if (changed.length === 0) return ''
  const hunks: Array<[number, number]> = []
  for (const i of changed) {
    const last = hunks.at(-1)
    if (last && i - last[1] <= 2 * context + 1) last[1] = i
    else hunks.push([i, i])
  }
  // Line numbers before each op.
  const oldAt: number[] = []
  const newAt: number[] = []
  let oldLine = 1
  let newLine = 1
  for (const o of ops) {
    oldAt.push(oldLine)
    newAt.push(newLine)
    if (o.op !== '+') oldLine++
    if (o.op !== '-') newLine++
  }
  const range = (startLine: number, count: number) =>
    count === 1 ? `${startLine}` : `${count === 0 ? startLine - 1 : startLine},${count}`
  const out: string[] = []
  for (const [first, last] of hunks) {
    const from = Math.max(0, first - context)
    const to = Math.min(ops.length - 1, last + context)
    const slice = ops.slice(from, to + 1)
    const oldCount = slice.filter((o) => o.op !== '+').length
    const newCount = slice.filter((o) => o.op !== '-').length
    out.push(`@@ -${range(oldAt[from]!, oldCount)} +${range(newAt[from]!, newCount)} @@`)
    for (const o of slice) {
      out.push(`${o.op}${o.text}`)
      if (o.noEol) out.push('\\ No newline at end of file')
    }
  }
  return out.join('\n')
}
