/**
 * A local stand-in for api.github.com: the REST endpoints and GraphQL the collectors use, with
 * GitHub's headers, pagination, ETags, rate limits, error bodies and injectable faults.
 */
import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { SimAlert, SimOrg, SimPullRequest, SimRepo } from './github-model.js'
import { headRef, prUpdatedAt, repoTimes, runGraphql, type RepoHit } from './github-graphql.js'

export type { SimOrg } from './github-model.js'

export interface SimToken {
  value: string
  /** false: the classic protection endpoint answers 403 and repositories omit `security_and_analysis`. */
  admin: boolean
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
}
export interface GitHubSimulator {
  /** http://127.0.0.1:PORT, the REST base (= GITHUB_API_URL). */
  url: string
  graphqlUrl: string
  requests: RequestLogEntry[]
  addFault(rule: FaultRule): void
  clearFaults(): void
  resetLog(): void
  close(): Promise<void>
}
export interface SimulatorOptions {
  orgs: SimOrg[]
  tokens?: SimToken[]
  /** Clock for the rate-limit window and reset headers; default the wall clock. */
  now?: () => Date
  /** Primary limit per hour, for REST (core) and GraphQL points alike; default 5000. */
  rateLimit?: number
}

type Resource = 'core' | 'graphql'
interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  graphql?: RequestLogEntry['graphql']
}
interface Ctx {
  params: Record<string, string>
  query: URLSearchParams
  url: URL
  token: SimToken
  body: string
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

export async function startGitHubSimulator(options: SimulatorOptions): Promise<GitHubSimulator> {
  const now = options.now ?? (() => new Date())
  const tokens = options.tokens ?? [{ value: 'ghs_simulator_token', admin: true }]
  const limit = options.rateLimit ?? 5000
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

  const restPull = ({ repo }: RepoHit, pr: SimPullRequest, detailed: boolean) => {
    const full = `${repo.owner}/${repo.name}`
    const repoRef = { id: repo.id, name: repo.name, full_name: full, private: repo.private }
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
      head: { label: `${repo.owner}:${headRef(pr)}`, ref: headRef(pr), sha: pr.headRefOid, repo: repoRef },
      base: {
        label: `${repo.owner}:${pr.baseRefName}`,
        ref: pr.baseRefName,
        sha: sha1(`${full}:${pr.baseRefName}`),
        repo: repoRef
      },
      author_association: 'MEMBER',
      // Like GitHub, only the single-PR endpoint says who merged.
      ...(detailed
        ? { merged: !!pr.mergedAt, merged_by: pr.mergedBy ? user(pr.mergedBy) : null, mergeable: null }
        : {})
    }
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
          require_last_push_approval: false
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
      return `<${base}${linkPath}?${q}>`
    }
    const rels: string[] = []
    if (page > 1) rels.push(`${href(page - 1)}; rel="prev"`)
    if (page < last) rels.push(`${href(page + 1)}; rel="next"`, `${href(last)}; rel="last"`)
    if (page > 1) rels.push(`${href(1)}; rel="first"`)
    const body = items.slice((page - 1) * perPage, page * perPage)
    return { status: 200, body, headers: rels.length ? { link: rels.join(', ') } : undefined }
  }

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
      method: 'GET',
      pattern: '/repos/:owner/:repo/branches/:branch*/protection',
      handler: withRepo((ctx, { repo }) => {
        const doc = 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection'
        if (!ctx.token.admin) {
          return errorReply(403, 'Resource not accessible by integration', doc, {
            'x-accepted-github-permissions': 'administration=read'
          })
        }
        const branches = new Set([repo.defaultBranch, ...repo.pullRequests.map((p) => p.baseRefName)])
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
            user: user(r.author),
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
    }
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

  const faultReply = (f: FaultRule): Reply => {
    switch (f.kind) {
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
    const token = tokens.find((t) => t.value === auth?.[1])
    if (!token) return badCredentials()
    rollWindow()
    let params: Record<string, string> | undefined
    const route = compiled.find((r) => r.method === method && (params = r.match(url.pathname)) !== undefined)
    if (!route || !params) return notFound()
    const resource: Resource = url.pathname === '/graphql' ? 'graphql' : 'core'
    const metered = resource === 'core' && url.pathname !== '/rate_limit'
    if (metered && used.core >= limit) return primaryLimited()

    const body = await readBody(req)
    const reply = route.handler({ params, query: url.searchParams, url, token, body })
    if (method === 'GET' && reply.status === 200) {
      const etag = `"${createHash('sha256').update(JSON.stringify(reply.body)).digest('hex')}"`
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

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET'
    const path = req.url ?? '/'
    const entry: RequestLogEntry = {
      method,
      path,
      status: 0,
      authorization: req.headers.authorization,
      ...(req.headers['if-none-match'] && { ifNoneMatch: req.headers['if-none-match'] })
    }
    requests.push(entry)
    const fault = takeFault(method, path)
    if (fault?.kind === 'reset') {
      req.socket.destroy()
      return
    }
    const delay = fault?.kind === 'slow' ? sleep(fault.delayMs ?? 1000) : Promise.resolve()
    delay
      .then(() => (fault && fault.kind !== 'slow' ? faultReply(fault) : serve(req)))
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
        const payload = reply.body === undefined || reply.status === 304 ? '' : JSON.stringify(reply.body)
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
    resetLog: () => void requests.splice(0),
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
