// `npm run bench`: how many GitHub API requests (and rate-limit points) one evidence run spends, for the
// demo org (13 repositories) and a synthetic org of 1,000, against a naive REST collector that makes one
// request per endpoint per repository. Both run against the same local simulator (127.0.0.1 only, every
// response 100 ms late, as api.github.com is from a runner), whose request log is the count; the table goes to
// stdout and the figures to .bench/github-requests.json. The action is built from the working tree into a
// temporary directory first, so the figures are those of the code as it is, not of the last committed dist/.
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Octokit } from '@octokit/rest'
import { demoOrg, syntheticOrg, type SimOrg } from '../__tests__/support/github-model.js'
import {
  startGitHubSimulator,
  withApiVersion,
  type RequestLogEntry
} from '../__tests__/support/github-simulator.js'
import { defaultGovernance } from '../__tests__/support/github-org-sim.js'
import { mapWithLimit } from '../src/util/concurrency.js'

const ROOT_DIR = new URL('..', import.meta.url).pathname
// Inside the repository (.bench/ is ignored): the action finds mappings/ above its chunks.
await mkdir(join(ROOT_DIR, '.bench'), { recursive: true })
const built = await mkdtemp(join(ROOT_DIR, '.bench', 'dist-'))
const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
  cwd: ROOT_DIR,
  env: { ...process.env, BUILD_OUTDIR: built },
  stdio: 'inherit'
})
if (build.status !== 0) throw new Error(`building the working tree into ${built} failed`)
process.env.ANNEX_EVIDENCE_DIST = built
const { ROOT, runAction } = await import('../__tests__/support/run-action.js')

const TOKEN = 'ghs_simulator_token'
const PERIOD = 'P1D'
const SYNTHETIC_REPOS = 1000
/** High enough that the simulated primary limit never throttles the 1,000-repository runs. */
const RATE_LIMIT = 1_000_000
const NAIVE_CONCURRENCY = 8
/** Every response of the simulator waits this long: the round trip to api.github.com. */
const LATENCY_MS = 100
/** Issue 14's targets for the 1,000-repository org. */
const TARGETS = { httpPerRepo: 0.5, unitsPerRepo: 1, nextNightUnitsPerRepo: 0.1, wallMs: 60_000 }
/** Pagination guard: no list here comes close (1,000 repositories are 10 pages of 100). */
const MAX_PAGES = 50
/** The whole benchmark, both orgs and all methods (about 10 minutes; the naive baseline of the big org ~2). */
const WATCHDOG_MS = 15 * 60_000
const OUTPUT = join(ROOT, '.bench', 'github-requests.json')

/** `ours, next night`: the same run again with the ETag cache of the first (unchanged settings answer 304). */
type Method =
  | 'ours'
  | 'naive'
  | 'ours, next night'
  | 'ours, webhooks skipped'
  | 'ours, webhooks skipped, next night'
  | 'ours, Enterprise Cloud'
  | 'ours, Enterprise Cloud, next night'

interface Measurement {
  org: string
  method: Method
  repos: number
  /** Repositories whose branches, pull requests and alerts were collected (not archived). */
  activeRepos: number
  http: number
  rest: number
  graphql: number
  graphqlPoints: number
  /** REST requests that count against the core budget (all but /rate_limit and 304s). */
  restPoints: number
  httpPerRepo: number
  restPerRepo: number
  graphqlPointsPerRepo: number
  /** REST points plus GraphQL points, per repository. */
  unitsPerRepo: number
  wallMs: number
  /** The action's exit code; null for the naive baseline. */
  exitCode: number | null
  /** Peak resident set size of the action's process, bytes (the naive baseline runs in the benchmark's). */
  peakRssBytes?: number
  /** Most requests in flight at once at the simulator. */
  peakConcurrency?: number
  statuses: Record<string, number>
  /** Requests and points per route: REST paths with names replaced by `{…}`, GraphQL by operation name. */
  routes: Record<string, { requests: number; units: number }>
  /** Repositories whose merged PRs and commits were carried forward from the previous bundle (its log line). */
  carriedRepos?: number
  /** Repositories whose webhook listings were carried forward on the audit log (its log line). */
  carriedWebhooks?: number
  /** `requests` from the bundle manifest: what the action counted itself. */
  manifestRequests?: Record<string, number>
  /** Naive baseline only. */
  mergedPullRequests?: number
  unexpectedErrors?: string[]
}

interface Period {
  start: string
  end: string
}

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 1000}s, giving up`)
  process.exit(2)
}, WATCHDOG_MS)
watchdog.unref()

const now = new Date()
const orgs = [demoOrg(now), syntheticOrg(SYNTHETIC_REPOS, now, 42)]
const simulator = await startGitHubSimulator({ orgs, rateLimit: RATE_LIMIT, latencyMs: LATENCY_MS })
const destination = await mkdtemp(join(tmpdir(), 'annex-bench-'))
const results: Measurement[] = []
console.log(
  `GitHub API simulator on ${simulator.url} (${LATENCY_MS} ms per response); period ${PERIOD}; bundles in ${destination}\n`
)

try {
  for (const org of orgs) {
    console.log(`${org.login} (${org.repos.length} repositories): running the action…`)
    const ours = await measureOurs(org)
    results.push(ours.measurement)
    console.log(`  ${ours.measurement.http} requests in ${ours.measurement.wallMs} ms`)
    console.log(`${org.login}: running the naive baseline…`)
    const naive = await measureNaive(org, ours.period)
    results.push(naive)
    console.log(`  ${naive.http} requests in ${naive.wallMs} ms`)
    console.log(`${org.login}: running the action again (next night, conditional requests)…`)
    const again = await measureOurs(org, 'ours, next night')
    results.push(again.measurement)
    console.log(
      `  ${again.measurement.http} requests (${again.measurement.restPoints} count against the REST limit) in ${again.measurement.wallMs} ms\n`
    )
  }
  // The big org again, with the one check whose evidence costs a REST request per repository skipped.
  const big = orgs.at(-1)!
  const skipped = {
    destination: await mkdtemp(join(tmpdir(), 'annex-bench-skip-')),
    workspace: await mkdtemp(join(tmpdir(), 'annex-bench-workspace-'))
  }
  await writeFile(join(skipped.workspace, 'evidence.yml'), 'checks:\n  skip: [github.repo.webhooks-secure]\n')
  for (const method of ['ours, webhooks skipped', 'ours, webhooks skipped, next night'] as const) {
    console.log(`${big.login}: running the action (${method})…`)
    const run = await measureOurs(big, method, skipped)
    results.push(run.measurement)
    console.log(`  ${run.measurement.http} requests in ${run.measurement.wallMs} ms`)
  }
  await rm(skipped.destination, { recursive: true, force: true })
  await rm(skipped.workspace, { recursive: true, force: true })
  // The big org again on Enterprise Cloud, whose audit log lets unchanged webhook listings be carried forward.
  big.governance = { ...(big.governance ?? defaultGovernance()), plan: 'enterprise' }
  const enterprise = {
    destination: await mkdtemp(join(tmpdir(), 'annex-bench-enterprise-')),
    workspace: await mkdtemp(join(tmpdir(), 'annex-bench-workspace-'))
  }
  await writeFile(join(enterprise.workspace, 'evidence.yml'), 'checks: {}\n')
  for (const method of ['ours, Enterprise Cloud', 'ours, Enterprise Cloud, next night'] as const) {
    console.log(`${big.login}: running the action (${method})…`)
    const run = await measureOurs(big, method, enterprise)
    results.push(run.measurement)
    console.log(`  ${run.measurement.http} requests in ${run.measurement.wallMs} ms`)
  }
  await rm(enterprise.destination, { recursive: true, force: true })
  await rm(enterprise.workspace, { recursive: true, force: true })
} finally {
  await simulator.close()
  await rm(destination, { recursive: true, force: true })
  await rm(built, { recursive: true, force: true })
}

const ratios = orgs.map((org) => {
  const ours = results.find((r) => r.org === org.login && r.method === 'ours')!
  const naive = results.find((r) => r.org === org.login && r.method === 'naive')!
  return {
    org: org.login,
    requests: round(naive.http / ours.http, 1),
    units: round(naive.unitsPerRepo / ours.unitsPerRepo, 1),
    /** Below 1: the naive baseline finished first. */
    wallNaiveOverOurs: round(naive.wallMs / ours.wallMs, 2)
  }
})

console.log(renderTable(results))
console.log()
for (const r of ratios) {
  const ours = results.find((x) => x.org === r.org && x.method === 'ours')!
  const naive = results.find((x) => x.org === r.org && x.method === 'naive')!
  console.log(
    `${r.org}: naive / ours = ${r.requests}× fewer requests (${r.units}× fewer primary-limit units); wall time ours ${ours.wallMs} ms, naive ${naive.wallMs} ms`
  )
}
const big = orgs.at(-1)!.login
const first = results.find((r) => r.org === big && r.method === 'ours')!
const next = results.find((r) => r.org === big && r.method === 'ours, next night')!
const naiveBig = results.find((r) => r.org === big && r.method === 'naive')!
const firstSkipped = results.find((r) => r.org === big && r.method === 'ours, webhooks skipped')
const nextSkipped = results.find((r) => r.org === big && r.method === 'ours, webhooks skipped, next night')
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met')
console.log(`\nIssue 14 targets on ${big} (${first.repos} repositories, ${LATENCY_MS} ms per response):`)
console.log(
  `  first night: ${first.httpPerRepo} requests/repo (≤ ${TARGETS.httpPerRepo}: ${verdict(first.httpPerRepo <= TARGETS.httpPerRepo)}), ${first.unitsPerRepo} units/repo (≤ ${TARGETS.unitsPerRepo}: ${verdict(first.unitsPerRepo <= TARGETS.unitsPerRepo)}), ${(first.wallMs / 1000).toFixed(1)} s (≤ 60 s: ${verdict(first.wallMs <= TARGETS.wallMs)}), peak RSS ${((first.peakRssBytes ?? 0) / 1_048_576).toFixed(0)} MB`
)
console.log(
  `  next night:  ${next.carriedRepos ?? 0} of ${next.activeRepos} repositories' pull requests and commits carried forward, ${next.httpPerRepo} requests/repo, ${next.unitsPerRepo} units/repo (≤ ${TARGETS.nextNightUnitsPerRepo}: ${verdict(next.unitsPerRepo <= TARGETS.nextNightUnitsPerRepo)}), ${(next.wallMs / 1000).toFixed(1)} s (≤ 60 s: ${verdict(next.wallMs <= TARGETS.wallMs)}), peak RSS ${((next.peakRssBytes ?? 0) / 1_048_576).toFixed(0)} MB`
)
if (firstSkipped && nextSkipped) {
  console.log(
    `  with github.repo.webhooks-secure skipped: first night ${firstSkipped.httpPerRepo} requests/repo (≤ ${TARGETS.httpPerRepo}: ${verdict(firstSkipped.httpPerRepo <= TARGETS.httpPerRepo)}), ${firstSkipped.unitsPerRepo} units/repo (≤ ${TARGETS.unitsPerRepo}: ${verdict(firstSkipped.unitsPerRepo <= TARGETS.unitsPerRepo)}), ${(firstSkipped.wallMs / 1000).toFixed(1)} s (≤ 60 s: ${verdict(firstSkipped.wallMs <= TARGETS.wallMs)}); next night ${nextSkipped.unitsPerRepo} units/repo (≤ ${TARGETS.nextNightUnitsPerRepo}: ${verdict(nextSkipped.unitsPerRepo <= TARGETS.nextNightUnitsPerRepo)}), ${(nextSkipped.wallMs / 1000).toFixed(1)} s (≤ 60 s: ${verdict(nextSkipped.wallMs <= TARGETS.wallMs)})`
  )
}
const firstEnterprise = results.find((r) => r.org === big && r.method === 'ours, Enterprise Cloud')
const nextEnterprise = results.find((r) => r.org === big && r.method === 'ours, Enterprise Cloud, next night')
if (firstEnterprise && nextEnterprise) {
  console.log(
    `  on Enterprise Cloud (audit log): first night ${firstEnterprise.httpPerRepo} requests/repo, ${firstEnterprise.unitsPerRepo} units/repo, ${(firstEnterprise.wallMs / 1000).toFixed(1)} s; next night ${nextEnterprise.carriedWebhooks ?? 0} webhook listings and ${nextEnterprise.carriedRepos ?? 0} repositories' activity carried forward, ${nextEnterprise.httpPerRepo} requests/repo, ${nextEnterprise.unitsPerRepo} units/repo (≤ ${TARGETS.nextNightUnitsPerRepo}: ${verdict(nextEnterprise.unitsPerRepo <= TARGETS.nextNightUnitsPerRepo)}), ${(nextEnterprise.wallMs / 1000).toFixed(1)} s (≤ 60 s: ${verdict(nextEnterprise.wallMs <= TARGETS.wallMs)}), peak RSS ${((nextEnterprise.peakRssBytes ?? 0) / 1_048_576).toFixed(0)} MB`
  )
}
console.log(
  `  naive REST baseline, same run: ${naiveBig.httpPerRepo} requests/repo, ${naiveBig.unitsPerRepo} units/repo, ${(naiveBig.wallMs / 1000).toFixed(1)} s`
)
for (const [label, r] of [
  ['first night', first],
  ['next night', next],
  ...(nextEnterprise ? ([['Enterprise Cloud, next night', nextEnterprise]] as const) : [])
] as const) {
  const top = Object.entries(r.routes)
    .sort(([, a], [, b]) => b.units - a.units || b.requests - a.requests)
    .slice(0, 8)
    .map(([route, { requests, units }]) => `${route} ${requests} req / ${units} units`)
  console.log(`  ${label}, by route: ${top.join('; ')}`)
}
for (const r of results) {
  if (r.unexpectedErrors?.length) {
    console.log(`\n${r.org} ${r.method}: ${r.unexpectedErrors.length} unexpected error(s), first:`)
    console.log(`  ${r.unexpectedErrors.slice(0, 3).join('\n  ')}`)
  }
  if (r.method === 'ours' && r.exitCode !== 0) console.log(`\n${r.org}: the action exited ${r.exitCode}`)
  const m = r.manifestRequests
  if (m && (m.http !== r.http || m.rest !== r.rest || m.graphql !== r.graphql)) {
    console.log(
      `\n${r.org}: the manifest counts differ from the simulator log (manifest http ${m.http}, rest ${m.rest}, graphql ${m.graphql}, retried ${m.retried}; log http ${r.http}, rest ${r.rest}, graphql ${r.graphql}, statuses ${JSON.stringify(r.statuses)})`
    )
  }
}

await mkdir(join(ROOT, '.bench'), { recursive: true })
await writeFile(
  OUTPUT,
  `${JSON.stringify(
    {
      generatedAt: new Date().toISOString(),
      node: process.version,
      period: PERIOD,
      simulatorRateLimit: RATE_LIMIT,
      latencyMs: LATENCY_MS,
      targets: TARGETS,
      naiveConcurrency: NAIVE_CONCURRENCY,
      results,
      ratios
    },
    null,
    2
  )}\n`
)
console.log(`\nFigures written to ${OUTPUT}`)
clearTimeout(watchdog)

// --- our collector: the built action, run as a runner runs it ---------------------------------------

/**
 * `separate`: a destination of its own (its first night has no ETags and no previous bundle) and a workspace
 * whose `evidence.yml` is the run's config, e.g. `checks.skip: [github.repo.webhooks-secure]`, which also skips
 * that check's one REST request per repository.
 */
async function measureOurs(
  org: SimOrg,
  method: Method = 'ours',
  separate?: { destination: string; workspace: string }
): Promise<{ measurement: Measurement; period: Period }> {
  simulator.resetLog()
  const rssFile = join(destination, `rss-${Date.now()}.txt`)
  const started = performance.now()
  const run = await runAction({
    env: {
      NODE_OPTIONS: `--import=${new URL('./rss-probe.mjs', import.meta.url).href}`,
      ANNEX_BENCH_RSS_FILE: rssFile
    },
    inputs: {
      'github-token': TOKEN,
      repositories: `${org.login}/*`,
      'fail-on': 'none',
      destination: separate?.destination ?? destination,
      period: PERIOD,
      ...(separate ? { config: 'evidence.yml' } : {})
    },
    apiUrl: simulator.url,
    graphqlUrl: simulator.graphqlUrl,
    ...(separate ? { workspace: separate.workspace } : {})
  })
  const wallMs = Math.round(performance.now() - started)
  const log = [...simulator.requests]
  const peakConcurrency = simulator.peakConcurrency()
  const peakRssBytes = Number(await readFile(rssFile, 'utf8').catch(() => 'NaN')) || undefined
  let manifestRequests: Record<string, number> | undefined
  let period: Period = {
    start: new Date(Date.now() - 86_400_000).toISOString(),
    end: new Date().toISOString()
  }
  const bundle = run.outputs['bundle-path']
  if (bundle) {
    const manifest = JSON.parse(await readFile(join(bundle, 'manifest.json'), 'utf8')) as {
      requests: Record<string, number>
      period: Period
    }
    manifestRequests = manifest.requests
    period = manifest.period
  } else {
    console.error(`  the action wrote no bundle (exit ${run.code}):\n${run.stderr.slice(-2000)}`)
  }
  return {
    measurement: {
      ...summarise(org, method, log, wallMs),
      exitCode: run.code,
      ...carriedOf(run.stdout),
      ...(peakRssBytes ? { peakRssBytes } : {}),
      peakConcurrency,
      ...(manifestRequests && { manifestRequests })
    },
    period
  }
}

// --- the naive baseline: one request per endpoint per repository -----------------------------------

async function measureNaive(org: SimOrg, period: Period): Promise<Measurement> {
  simulator.resetLog()
  const silent = () => {}
  // The baseline sends the API version header too: the simulator, like the evidence, requires it.
  const octokit = withApiVersion(
    new Octokit({
      auth: TOKEN,
      baseUrl: simulator.url,
      // Tolerated 403s and 404s are expected; Octokit would log each one.
      log: { debug: silent, info: silent, warn: console.warn, error: silent }
    })
  )
  const owner = org.login
  const start = Date.parse(period.start)
  const end = Date.parse(period.end)
  const unexpectedErrors: string[] = []
  let mergedPullRequests = 0

  const started = performance.now()
  const repos = await allPages(
    octokit.paginate.iterator('GET /orgs/{org}/repos', { org: owner, per_page: 100 })
  )
  // Like ours, skip archived repositories: nothing can change in them.
  const active = repos.filter((r) => !r.archived)
  await mapWithLimit(active, NAIVE_CONCURRENCY, async ({ name: repo }) => {
    try {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo })
      const branch = data.default_branch
      await allPages(
        octokit.paginate.iterator('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
          owner,
          repo,
          branch,
          per_page: 100
        })
      )
      await tolerate(
        () =>
          octokit.request('GET /repos/{owner}/{repo}/branches/{branch}/protection', { owner, repo, branch }),
        [403, 404]
      )
      await tolerate(
        () => octokit.request('GET /repos/{owner}/{repo}/vulnerability-alerts', { owner, repo }),
        [404]
      )
      await tolerate(
        () =>
          allPages(
            octokit.paginate.iterator('GET /repos/{owner}/{repo}/dependabot/alerts', {
              owner,
              repo,
              state: 'open',
              per_page: 100
            })
          ),
        [403]
      )
      // Sorted by last update, newest first: stop at the first page that reaches before the period.
      const pulls = await allPages(
        octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls', {
          owner,
          repo,
          state: 'closed',
          sort: 'updated',
          direction: 'desc',
          per_page: 100
        }),
        (page) => page.some((pr) => Date.parse(pr.updated_at) < start)
      )
      const merged = pulls.filter((pr) => {
        const at = pr.merged_at ? Date.parse(pr.merged_at) : NaN
        return at >= start && at <= end
      })
      mergedPullRequests += merged.length
      for (const pr of merged) {
        await allPages(
          octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
            owner,
            repo,
            pull_number: pr.number,
            per_page: 100
          })
        )
      }
    } catch (error) {
      const status = (error as { status?: number }).status
      unexpectedErrors.push(`${owner}/${repo}: ${status ?? ''} ${(error as Error).message}`.trim())
    }
  })
  const wallMs = Math.round(performance.now() - started)
  return {
    ...summarise(org, 'naive', [...simulator.requests], wallMs, active.length),
    exitCode: null,
    peakConcurrency: simulator.peakConcurrency(),
    mergedPullRequests,
    unexpectedErrors
  }
}

/** Follows `link: rel="next"` up to MAX_PAGES pages, or until `stop` says the page just read is the last needed. */
async function allPages<T>(
  pages: AsyncIterable<{ data: T[] }>,
  stop: (page: T[]) => boolean = () => false
): Promise<T[]> {
  const items: T[] = []
  let count = 0
  for await (const { data } of pages) {
    items.push(...data)
    if (++count >= MAX_PAGES || stop(data)) break
  }
  return items
}

async function tolerate<T>(call: () => Promise<T>, statuses: number[]): Promise<T | undefined> {
  try {
    return await call()
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status !== undefined && statuses.includes(status)) return undefined
    throw error
  }
}

// --- counting and printing --------------------------------------------------------------------------

function summarise(
  org: SimOrg,
  method: Method,
  log: RequestLogEntry[],
  wallMs: number,
  activeRepos = org.repos.filter((r) => !r.archived).length
): Omit<Measurement, 'exitCode'> {
  const isGraphql = (e: RequestLogEntry) => new URL(e.path, simulator.url).pathname === '/graphql'
  const rest = log.filter((e) => !isGraphql(e))
  const graphql = log.filter(isGraphql)
  const graphqlPoints = graphql.reduce((sum, e) => sum + (e.graphql?.cost ?? 0), 0)
  const restPoints = rest.filter(
    (e) => e.status !== 304 && new URL(e.path, simulator.url).pathname !== '/rate_limit'
  ).length
  const statuses: Record<string, number> = {}
  for (const e of log) statuses[e.status] = (statuses[e.status] ?? 0) + 1
  const routes: Record<string, { requests: number; units: number }> = {}
  for (const e of log) {
    const key = isGraphql(e) ? `GraphQL ${e.graphql?.operation ?? '?'}` : `${e.method} ${routeOf(e.path)}`
    const route = (routes[key] ??= { requests: 0, units: 0 })
    route.requests++
    if (isGraphql(e)) route.units += e.graphql?.cost ?? 0
    else if (e.status !== 304 && key !== 'GET /rate_limit') route.units++
  }
  const repos = org.repos.length
  return {
    org: org.login,
    method,
    repos,
    activeRepos,
    http: log.length,
    rest: rest.length,
    graphql: graphql.length,
    graphqlPoints,
    restPoints,
    httpPerRepo: round(log.length / repos, 2),
    restPerRepo: round(restPoints / repos, 2),
    graphqlPointsPerRepo: round(graphqlPoints / repos, 2),
    unitsPerRepo: round((restPoints + graphqlPoints) / repos, 3),
    wallMs,
    statuses,
    routes
  }
}

function carriedOf(stdout: string): { carriedRepos?: number; carriedWebhooks?: number } {
  const match = /Pull requests and commits: (\d+) of \d+ repositories unchanged/.exec(stdout)
  const hooks = /Webhooks: (\d+) of \d+ repositories' listings carried forward/.exec(stdout)
  return {
    ...(match ? { carriedRepos: Number(match[1]) } : {}),
    ...(hooks ? { carriedWebhooks: Number(hooks[1]) } : {})
  }
}

/** `/repos/acme/api/branches/main/protection?x=1` → `/repos/{owner}/{repo}/branches/{…}/protection`. */
function routeOf(path: string): string {
  const { pathname } = new URL(path, simulator.url)
  const parts = pathname.split('/')
  if (parts[1] === 'repos') {
    parts[2] = '{owner}'
    parts[3] = '{repo}'
    if (parts[4] === 'branches' && parts[5]) parts[5] = '{branch}'
    if (parts[4] === 'rules' && parts[5] === 'branches' && parts[6]) parts[6] = '{branch}'
  } else if (parts[1] === 'orgs' && parts[2]) parts[2] = '{org}'
  return parts.map((part) => (/^\d+$/.test(part) ? '{id}' : part)).join('/')
}

function renderTable(rows: Measurement[]): string {
  const header = [
    'org',
    'method',
    'repos',
    'HTTP',
    'REST',
    'GraphQL',
    'GQL points',
    'HTTP/repo',
    'REST/repo',
    'GQL pts/repo',
    'units/repo',
    'wall ms',
    'peak RSS MB',
    'exit'
  ]
  const cells = rows.map((r) => [
    r.org,
    r.method,
    String(r.repos),
    String(r.http),
    String(r.rest),
    String(r.graphql),
    String(r.graphqlPoints),
    r.httpPerRepo.toFixed(2),
    r.restPerRepo.toFixed(2),
    r.graphqlPointsPerRepo.toFixed(2),
    r.unitsPerRepo.toFixed(2),
    String(r.wallMs),
    r.peakRssBytes ? (r.peakRssBytes / 1_048_576).toFixed(0) : '-',
    r.exitCode === null ? '-' : String(r.exitCode)
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)))
  // Text columns left-aligned, figures right-aligned.
  const line = (values: string[]) =>
    `| ${values.map((v, i) => (i < 2 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ')} |`
  const rule = `|${widths.map((w, i) => (i < 2 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`
  return [line(header), rule, ...cells.map(line)].join('\n')
}

function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
