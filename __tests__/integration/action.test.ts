import { createHash } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ControlsReport } from '../../src/controls/rollup.js'
import type { Manifest } from '../../src/bundle/manifest.js'
import type { Finding } from '../../src/model.js'
import { readBundleFiles, readJson } from '../support/bundles.js'
import { DEMO_GITHUB_CONFIG, demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { CLI_ENTRY, runAction, runNode, type ActionRun } from '../support/run-action.js'

const ADMIN_TOKEN = 'ghs_PLANTEDadmin0123456789abcdefSECRET'
const READONLY_TOKEN = 'ghs_PLANTEDreadonly0123456789SECRET'

let simulator: GitHubSimulator
const now = new Date()

beforeAll(async () => {
  simulator = await startGitHubSimulator({
    orgs: [demoOrg(now)],
    tokens: [
      { value: ADMIN_TOKEN, admin: true },
      { value: READONLY_TOKEN, admin: false }
    ]
  })
})
afterAll(() => simulator.close())
afterEach(() => simulator.clearFaults())

function run(
  inputs: Record<string, string>,
  options: { workspace?: string; env?: Record<string, string> } = {}
) {
  return runAction({
    inputs: { 'github-token': ADMIN_TOKEN, repositories: 'acme-corp/*', ...inputs },
    apiUrl: simulator.url,
    graphqlUrl: simulator.graphqlUrl,
    ...options
  })
}

const findingsOf = (result: ActionRun) =>
  readJson<Finding[]>(join(result.outputs['bundle-path']!, 'findings.json'))
const find = (findings: Finding[], check: string, subject: string) =>
  findings.find((f) => f.check === check && f.subject.startsWith(subject))

describe('a nightly run over the demo org', () => {
  let result: ActionRun
  beforeAll(async () => {
    result = await run({})
  })

  test('fails the step on failing controls and sets every output', async () => {
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('::error::18 control(s) failing (fail-on: failing-control)')
    const bundle = result.outputs['bundle-path']!
    expect(bundle).toMatch(/evidence-bundles\/acme-corp\/\d{4}\/\d{2}\/\d{2}\/\d{8}T\d{6}Z-4242$/)
    const manifestText = await readFile(join(bundle, 'manifest.json'))
    expect(result.outputs['manifest-sha256']).toBe(createHash('sha256').update(manifestText).digest('hex'))
    expect(result.outputs['failed-controls']!.split(',')).toEqual(
      // A.8.28: github.code-scanning.enabled alone, failing where no configuration enables default setup.
      expect.arrayContaining(['iso27001-2022:A.8.32', 'iso27001-2022:A.5.3', 'iso27001-2022:A.8.28'])
    )
  })

  test('the manifest lists every other file with its hash and records the run', async () => {
    const bundle = result.outputs['bundle-path']!
    const manifest = await readJson<Manifest>(join(bundle, 'manifest.json'))
    const files = await readBundleFiles(bundle)
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      // SHA256SUMS is derived from the manifest (listing it and every file), so it is not listed in it.
      [...files.keys()].filter((p) => p !== 'manifest.json' && p !== 'SHA256SUMS').sort()
    )
    for (const entry of manifest.files) {
      expect(createHash('sha256').update(files.get(entry.path)!).digest('hex')).toBe(entry.sha256)
    }
    expect(manifest.run).toMatchObject({
      id: '4242',
      attempt: '1',
      repository: 'acme-corp/payments-api',
      event: 'schedule',
      actor: 'octocat'
    })
    expect(manifest.period.expression).toBe('P1D')
    // Branch protection and rulesets of every repository through GraphQL batches (REST only where GraphQL cannot
    // answer) and the rulesets' bypass lists in one more, the org listing, the token's identity, the org ruleset
    // details GraphQL leaves to REST (an empty list of an org ruleset) and the period's rule-suite bypasses.
    // 14 org-level REST requests (settings, Actions, alerts, webhooks, 4 audit-log phrases) and 1 access batch;
    // the teams (the listing and one per team: 1 + 4) and code security configurations (the listing and one
    // per configuration repositories: 1 + 2); private vulnerability reporting of the 3 public repositories; the
    // webhooks of each of the 12 active repositories.
    expect(manifest.requests).toMatchObject({ http: 53, rest: 46, graphql: 7, retried: 0 })
    expect(manifest.sources.github).toMatchObject({ repositories: 13, archived: ['acme-corp/old-monolith'] })
    // Who collected: the workflow's GITHUB_TOKEN acts as the Actions bot.
    expect(manifest.sources.github).toMatchObject({
      token: { login: 'github-actions[bot]', type: 'installation' }
    })
  })

  test('findings say what the demo org hides', async () => {
    const findings = await findingsOf(result)
    expect(find(findings, 'github.branch-protection.enabled', 'github:acme-corp/payments-api')?.status).toBe(
      'pass'
    )
    expect(
      find(findings, 'github.branch-protection.enabled', 'github:acme-corp/legacy-billing')?.status
    ).toBe('fail')
    expect(
      find(findings, 'github.branch-protection.force-push-blocked', 'github:acme-corp/docs-site')?.status
    ).toBe('fail')
    expect(
      find(findings, 'github.branch-protection.required-status-checks', 'github:acme-corp/data-pipeline')
        ?.status
    ).toBe('fail')
    expect(
      find(findings, 'github.secret-scanning.push-protection', 'github:acme-corp/infra-terraform')?.status
    ).toBe('fail')
    expect(
      find(findings, 'github.dependabot.alerts-enabled', 'github:acme-corp/marketing-site')?.status
    ).toBe('fail')
    expect(find(findings, 'github.branch-protection.enabled', 'github:acme-corp/old-monolith')?.status).toBe(
      'not_applicable'
    )
    const approvals = find(
      findings,
      'github.pull-requests.independent-approval',
      'github:acme-corp/ml-platform'
    )!
    expect(approvals.status).toBe('fail')
    expect(approvals.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reason: 'approved only by its author' }),
        expect.objectContaining({ reason: 'merged without an approving review' })
      ])
    )
    // Approved, then pushed to, then merged: the approval does not cover the merged head.
    const stale = find(
      findings,
      'github.pull-requests.independent-approval',
      'github:acme-corp/notification-service'
    )!
    expect(stale.status).toBe('fail')
    const staleOrg = demoOrg(now).repos.find((r) => r.name === 'notification-service')!
    const stalePr = staleOrg.pullRequests.find((p) => p.title === 'SMS fallback for failed pushes')!
    expect(stale.message).toContain(
      `#${stalePr.number} (approval by lucas-moreau was given on ${stalePr.reviews[0]!.commitOid.slice(0, 12)}, but the merged head ${stalePr.headRefOid.slice(0, 12)} was never approved)`
    )
    expect(stale.details).toEqual([
      expect.objectContaining({
        number: stalePr.number,
        headRefOid: stalePr.headRefOid,
        staleApprovals: [{ by: 'lucas-moreau', commit: stalePr.reviews[0]!.commitOid }]
      })
    ])
    // Approved, then changes requested by the same reviewer, merged by an admin.
    const withdrawn = find(
      findings,
      'github.pull-requests.independent-approval',
      'github:acme-corp/mobile-app'
    )!
    expect(withdrawn.status).toBe('fail')
    expect(withdrawn.message).toContain(
      'approval by lucas-moreau was withdrawn (latest review before merge: CHANGES_REQUESTED)'
    )
    // The unreviewed PR into a feature branch is outside the population; a deleted reviewer does not crash.
    expect(
      find(findings, 'github.pull-requests.independent-approval', 'github:acme-corp/payments-api')?.status
    ).toBe('pass')
    expect(
      find(findings, 'github.pull-requests.independent-approval', 'github:acme-corp/data-pipeline')?.status
    ).toBe('pass')
    // A direct push to main, listed by SHA, author and committer.
    const push = find(
      findings,
      'github.default-branch.changes-via-pull-requests',
      'github:acme-corp/infra-terraform'
    )!
    expect(push.status).toBe('fail')
    expect(push.subject).toBe('github:acme-corp/infra-terraform')
    expect(push.message).toMatch(
      /^1 of 2 commit\(s\) on main in the period and the 60 min before it did not come through a merged pull request: [0-9a-f]{12} "Open SSH from 0\.0\.0\.0\/0 to debug the bastion" by hannah-berg \(hannah-berg\), committed by hannah-berg \(hannah-berg\)/
    )
    expect(
      find(findings, 'github.default-branch.changes-via-pull-requests', 'github:acme-corp/payments-api')
        ?.status
    ).toBe('pass')
    const sla = find(findings, 'github.dependabot.alerts-within-sla', 'github:acme-corp/mobile-app')!
    expect(sla.status).toBe('fail')
    expect(sla.message).toMatch(/high .* open 45d \(SLA 30d\)/)
    expect(
      find(findings, 'github.dependabot.alerts-within-sla', 'github:acme-corp/legacy-billing')?.message
    ).toMatch(/critical .* open 40d \(SLA 7d\)/)
    // Bypass is evidence: "requires 1 approval" that admins may skip is not a pass.
    const bypassed = find(
      findings,
      'github.branch-protection.required-reviews',
      'github:acme-corp/ml-platform'
    )!
    expect(bypassed.status).toBe('fail')
    expect(bypassed.message).toContain(
      'can be bypassed by RepositoryRole 5 (repository admins), bypass_mode always'
    )
    expect(bypassed.message).toContain('1 push(es) bypassed a ruleset in the period: omar-haddad')
    expect(bypassed.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'bypass-event', actor_name: 'omar-haddad' })])
    )
    const classicAdmins = find(
      findings,
      'github.branch-protection.required-reviews',
      'github:acme-corp/web-frontend'
    )!
    expect(classicAdmins.status).toBe('fail')
    expect(classicAdmins.message).toContain('classic branch protection (enforce_admins off)')
    expect(
      find(findings, 'github.branch-protection.required-reviews', 'github:acme-corp/payments-api')?.message
    ).toContain('Nobody can bypass it.')
    // Without the demo config the release app's bypass is not accepted.
    expect(
      find(findings, 'github.branch-protection.required-reviews', 'github:acme-corp/mobile-app')?.status
    ).toBe('fail')
    for (const finding of findings) expect(finding.controls['iso27001-2022']?.length).toBeGreaterThan(0)
  })

  test('controls and the SoA cover all 131 controls', async () => {
    const bundle = result.outputs['bundle-path']!
    const controls = await readJson<ControlsReport>(join(bundle, 'controls.json'))
    expect(controls.frameworks['iso27001-2022'].controls).toHaveLength(93)
    expect(controls.frameworks['iso42001-2023'].controls).toHaveLength(38)
    expect(controls.frameworks['iso27001-2022'].controls.find((c) => c.id === 'A.8.32')?.status).toBe(
      'failing'
    )
    expect(controls.frameworks['iso27001-2022'].controls.find((c) => c.id === 'A.5.1')?.status).toBe('manual')
    const csv = await readFile(join(bundle, 'soa.csv'), 'utf8')
    expect(csv.trim().split('\r\n')).toHaveLength(132)
    expect(await readFile(join(bundle, 'soa.md'), 'utf8')).toContain('A.6.2.4')
  })

  test('the job summary has a table per framework and remediation for failing checks', () => {
    expect(result.summary).toContain('### ISO/IEC 27001:2022')
    expect(result.summary).toContain('### ISO/IEC 42001:2023')
    expect(result.summary).toMatch(/\| A\.8\.32 \| Change management \| ❌ failing \|/)
    expect(result.summary).toContain('**How to fix:** Settings → Rules → Rulesets')
  })

  test('the token appears nowhere in the bundle or the logs', async () => {
    const files = await readBundleFiles(result.outputs['bundle-path']!)
    for (const [path, text] of files)
      expect({ path, leaked: text.includes(ADMIN_TOKEN) }).toEqual({ path, leaked: false })
    const logs = `${result.stdout}\n${result.stderr}`.replace(`::add-mask::${ADMIN_TOKEN}`, '::add-mask::***')
    expect(logs).not.toContain(ADMIN_TOKEN)
    expect(logs).not.toContain('PLANTED')
  })
})

test('the next night, unchanged settings are confirmed with conditional requests that cost no rate limit', async () => {
  const workspace = await mkdtemp(join(tmpdir(), 'annex-etag-'))
  const first = await run({ 'fail-on': 'none' }, { workspace, env: { GITHUB_RUN_ID: '7001' } })
  const second = await run({ 'fail-on': 'none' }, { workspace, env: { GITHUB_RUN_ID: '7002' } })
  const manifest = await readJson<Manifest>(join(second.outputs['bundle-path']!, 'manifest.json'))
  // Every REST request but the audit log's three listings of webhook and transfer events is answered 304; the
  // ETags came from the store beside the bundles, not a cache step. No webhook listing is asked for: the audit
  // log records no change to any since the first night read them.
  expect(manifest.requests).toMatchObject({ http: 43, rest: 37, notModified: 34 })
  expect(second.stdout).toContain("Webhooks: 12 of 12 repositories' listings carried forward from")
  const hooks = await readJson<{
    requests: unknown[]
    data: unknown
    notes: { carriedFrom: { bundle: string } }
  }>(join(second.outputs['bundle-path']!, 'evidence/github/acme-corp/infra-terraform/webhooks.json'))
  const firstHooks = await readJson<{ data: unknown }>(
    join(first.outputs['bundle-path']!, 'evidence/github/acme-corp/infra-terraform/webhooks.json')
  )
  expect(hooks.requests).toEqual([])
  expect(hooks.data).toEqual(firstHooks.data)
  // A bundle of carried records verifies as any other: every hash, and every finding re-derived from it alone.
  const verified = await runNode(CLI_ENTRY, ['verify', second.outputs['bundle-path']!], {})
  expect(verified.code).toBe(0)
  expect(verified.stdout).toMatch(
    /OK: \d+ files match the manifest; \d+ findings and every control status re-derived/
  )
  expect(hooks.notes.carriedFrom.bundle).toBe(
    (await readJson<Manifest>(join(first.outputs['bundle-path']!, 'manifest.json'))).bundleKey
  )
  expect(second.stdout).toMatch(/Conditional requests: \d+ ETags from the store/)
  // Repositories untouched since the first run (same head, no push within the search lag before it) are not
  // searched again: their merged PRs and commits are the first bundle's, with where they came from.
  const carried = /Pull requests and commits: (\d+) of 12 repositories unchanged since (\S+)/.exec(
    second.stdout
  )
  expect(Number(carried?.[1])).toBeGreaterThan(2)
  const firstManifest = await readJson<Manifest>(join(first.outputs['bundle-path']!, 'manifest.json'))
  expect(carried?.[2]).toBe(firstManifest.bundleKey)
  expect(manifest.previous).toEqual({
    key: firstManifest.bundleKey,
    manifestSha256: first.outputs['manifest-sha256']
  })
  expect(manifest.requests.graphqlPoints).toBeLessThan(firstManifest.requests.graphqlPoints!)
  const strip = (findings: Finding[]) =>
    findings.map(({ check, subject, status, message }) => ({ check, subject, status, message }))
  expect(strip(await findingsOf(second))).toEqual(strip(await findingsOf(first)))
  const record = (file: string) =>
    readJson<{ requests: { path: string; status: number; notModified?: boolean }[] }>(
      join(second.outputs['bundle-path']!, `evidence/github/acme-corp/payments-api/${file}.json`)
    )
  expect((await record('rulesets')).requests[0]).toMatchObject({ status: 304, notModified: true })
  const carriedRecords = []
  for (const repo of ['payments-api', 'docs-site', 'infra-terraform', 'mobile-app', 'data-pipeline']) {
    const population = await readJson<{
      requests: unknown[]
      data: { carriedFrom?: { bundle: string; sha256: string; path: string } }
    }>(join(second.outputs['bundle-path']!, `evidence/github/acme-corp/${repo}/pull-requests.json`))
    if (!population.data.carriedFrom) continue
    carriedRecords.push(repo)
    expect(population.requests).toEqual([])
    // The hash it cites is the first bundle's record, as its manifest sealed it.
    expect(firstManifest.files.find((f) => f.path === population.data.carriedFrom!.path)?.sha256).toBe(
      population.data.carriedFrom.sha256
    )
  }
  expect(carriedRecords.length).toBeGreaterThan(0)
  // Branch rules come from the GraphQL batch (queries are not conditional, and cost a few points per 100 repositories).
  expect((await record('branch-rules')).requests[0]).toMatchObject({ path: '/graphql', status: 200 })
})

test('every request carried the X-GitHub-Api-Version its evidence records (the simulator refuses others)', async () => {
  simulator.resetLog()
  const result = await run({ repositories: 'acme-corp/payments-api', 'fail-on': 'none' })
  expect(result.code).toBe(0)
  const manifest = await readJson<Manifest>(join(result.outputs['bundle-path']!, 'manifest.json'))
  expect(simulator.requests.length).toBe(manifest.requests.http)
  expect(simulator.requests.filter((r) => r.apiVersion !== '2022-11-28')).toEqual([])
  expect(simulator.requests.filter((r) => r.status === 400)).toEqual([])
})

test('a bypass the config allows with a reason passes, and the finding repeats the reason', async () => {
  const workspace = await mkdtemp(join(tmpdir(), 'annex-bypass-'))
  await writeFile(join(workspace, 'evidence.yml'), DEMO_GITHUB_CONFIG)
  const result = await run(
    { config: 'evidence.yml', repositories: 'acme-corp/mobile-app', 'fail-on': 'none' },
    { workspace }
  )
  const finding = find(
    await findingsOf(result),
    'github.branch-protection.required-reviews',
    'github:acme-corp/mobile-app'
  )!
  expect(finding.status).toBe('pass')
  expect(finding.message).toContain(
    'Integration 812345, bypass_mode pull_request, in ruleset 5100232 "main" (Repository acme-corp/mobile-app): "The release app merges only its own version-bump PRs'
  )
})

describe('bad input and faults', () => {
  test('a config error exits 2 naming file, line, path, expected and found', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'annex-config-'))
    await writeFile(join(workspace, 'evidence.yml'), 'checks:\n  pr-review:\n    min-approvals: two\n')
    const result = await run({ config: 'evidence.yml' }, { workspace })
    expect(result.code).toBe(2)
    expect(result.stdout).toContain(
      'evidence.yml:3: checks.pr-review.min-approvals: expected a number, got "two"'
    )
    expect(result.outputs['bundle-path']).toBeUndefined()
  })

  test('a config file named but missing exits 2', async () => {
    const result = await run({ config: 'nope.yml' })
    expect(result.code).toBe(2)
    expect(result.stdout).toMatch(
      /config input: expected a YAML config file, got .*nope\.yml, which cannot be read/
    )
  })

  test('a bad token exits 2 with a clear message and is never printed', async () => {
    const result = await run({ 'github-token': 'ghp_PLANTEDwrongTOKEN' })
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('GitHub rejected the token (401 Bad credentials)')
    expect(result.stdout.replace('::add-mask::ghp_PLANTEDwrongTOKEN', '')).not.toContain('PLANTEDwrong')
  })

  test('invalid inputs exit 2', async () => {
    expect((await run({ 'fail-on': 'sometimes' })).stdout).toContain(
      'fail-on input: expected one of none, error, failing-control, got "sometimes"'
    )
    expect((await run({ repositories: 'not a repo' })).stdout).toContain(
      'repositories input: expected "owner/repo" or "owner/*", got "not a repo"'
    )
    expect((await run({ period: 'P1M' })).code).toBe(2)
  })

  test('a token without admin rights: classic protection is an error naming the permission, never "unprotected"', async () => {
    const result = await run({ 'github-token': READONLY_TOKEN, 'fail-on': 'none' })
    expect(result.code).toBe(0)
    const findings = await findingsOf(result)
    // payments-api is protected by an org ruleset, which needs no admin rights to read.
    expect(find(findings, 'github.branch-protection.enabled', 'github:acme-corp/payments-api')?.status).toBe(
      'pass'
    )
    // web-frontend relies on classic protection only, which the token cannot see.
    const hidden = find(findings, 'github.branch-protection.enabled', 'github:acme-corp/web-frontend')!
    expect(hidden.status).toBe('error')
    expect(hidden.message).toContain('administration: read')
    expect(
      find(findings, 'github.secret-scanning.push-protection', 'github:acme-corp/payments-api')?.status
    ).toBe('error')
  })

  test('an unknown repository is an error naming it; the others are still collected', async () => {
    const result = await run({
      repositories: 'acme-corp/payments-api, acme-corp/does-not-exist',
      'fail-on': 'error'
    })
    // A repository that collected nothing is a whole-source failure: exit 3 (see partial-night.test.ts).
    expect(result.code).toBe(3)
    const findings = await findingsOf(result)
    const missing = findings.filter((f) => f.subject.startsWith('github:acme-corp/does-not-exist'))
    expect(missing.length).toBe(19)
    expect(missing.every((f) => f.status === 'error')).toBe(true)
    expect(missing[0]!.message).toContain('Repository acme-corp/does-not-exist was not found')
    expect(find(findings, 'github.branch-protection.enabled', 'github:acme-corp/payments-api')?.status).toBe(
      'pass'
    )
  })

  test('a 5xx and a connection reset are retried and leave no trace in the findings', async () => {
    simulator.addFault({ path: /^\/orgs\/acme-corp\/repos/, kind: 'server-error', times: 2 })
    simulator.addFault({ path: /^\/graphql/, kind: 'reset', times: 1 })
    const result = await run({ 'fail-on': 'none' })
    const findings = await findingsOf(result)
    expect(findings.filter((f) => f.status === 'error')).toEqual([])
    const manifest = await readJson<Manifest>(join(result.outputs['bundle-path']!, 'manifest.json'))
    expect(manifest.requests).toMatchObject({ http: 53 + 3, retried: 3 })
  })

  test('a persistent 5xx gives error findings, a bundle, and the exit code of fail-on', async () => {
    // GraphQL down too: branch protection falls back to REST, which answers 502 as well.
    simulator.addFault({ method: 'POST', path: /^\/graphql/, kind: 'bad-gateway' })
    simulator.addFault({ path: /\/acme-corp\/payments-api\/rules\/branches\//, kind: 'bad-gateway' })
    simulator.addFault({ path: /\/acme-corp\/payments-api\/branches\/main\/protection/, kind: 'bad-gateway' })
    const result = await run({ repositories: 'acme-corp/payments-api', 'fail-on': 'error' })
    expect(result.code).toBe(1)
    const finding = find(
      await findingsOf(result),
      'github.branch-protection.enabled',
      'github:acme-corp/payments-api'
    )!
    expect(finding.status).toBe('error')
    expect(finding.message).toContain('GitHub answered 502')
  })

  test('a secondary rate limit is waited out as GitHub asks', async () => {
    simulator.addFault({
      path: /^\/graphql/,
      kind: 'secondary-rate-limit',
      times: 1,
      retryAfterSeconds: 1
    })
    // acme-corp's org settings fail checks of their own; the exit code here is about payments-api alone.
    const result = await run({ repositories: 'acme-corp/payments-api', 'fail-on': 'none' })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Secondary rate limit reached')
    const manifest = await readJson<Manifest>(join(result.outputs['bundle-path']!, 'manifest.json'))
    expect(manifest.requests.rateLimitWaits).toBe(1)
  })

  test('a primary rate limit (remaining 0) is waited out until the reset', async () => {
    simulator.addFault({
      path: /^\/graphql/,
      kind: 'primary-rate-limit',
      times: 1,
      retryAfterSeconds: 1
    })
    // acme-corp's org settings fail checks of their own; the exit code here is about payments-api alone.
    const result = await run({ repositories: 'acme-corp/payments-api', 'fail-on': 'none' })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Primary rate limit reached')
    expect(
      find(await findingsOf(result), 'github.branch-protection.enabled', 'github:acme-corp/payments-api')
        ?.status
    ).toBe('pass')
  })

  test('a rate limit longer than the wait budget stops those requests with a clear message', async () => {
    // Branch protection through GraphQL, then REST: both limited for longer than the budget.
    simulator.addFault({ path: /^\/graphql/, kind: 'secondary-rate-limit', retryAfterSeconds: 120 })
    simulator.addFault({ path: /\/rules\/branches\//, kind: 'secondary-rate-limit', retryAfterSeconds: 120 })
    const result = await run({
      repositories: 'acme-corp/payments-api',
      'rate-limit-wait': '5',
      'fail-on': 'none'
    })
    expect(result.stdout).toContain('would exceed the wait budget of 5s')
    const finding = find(
      await findingsOf(result),
      'github.branch-protection.required-status-checks',
      'github:acme-corp/payments-api'
    )!
    expect(finding.status).toBe('error')
    expect(finding.message).toContain('Rate limited by GitHub')
  })
})
