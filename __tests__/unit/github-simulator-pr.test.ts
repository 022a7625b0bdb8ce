import { createHash } from 'node:crypto'
import { Octokit } from '@octokit/rest'
import { RequestError } from '@octokit/request-error'
import { demoOrg, demoPullRequestEvent, fakeOid, type SimOrg, type SimRepo } from '../support/github-model.js'
import {
  fileDiff,
  startGitHubSimulator,
  withApiVersion,
  type GitHubSimulator
} from '../support/github-simulator.js'

const NOW = new Date()
const TOKEN = 'ghs_simulator_token'
const READ_ONLY = 'ghs_fork_pr_token'
const owner = 'acme-corp'
const repo = 'ml-platform'
const pull_number = 901

let sim: GitHubSimulator
let octokit: Octokit
let readOnly: Octokit
const org = demoOrg(NOW)
const pr901 = demoPullRequestEvent(org, repo, pull_number) as {
  pull_request: { head: { sha: string; ref: string }; base: { sha: string; ref: string } }
}
const headSha = pr901.pull_request.head.sha
const baseSha = pr901.pull_request.base.sha

// Octokit logs every failed request; the failures here are intended.
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
const client = (auth: string, baseUrl: string) => withApiVersion(new Octokit({ auth, baseUrl, log: quiet }))

beforeAll(async () => {
  sim = await startGitHubSimulator({
    orgs: [demoOrg(NOW)],
    now: () => NOW,
    tokens: [
      { value: TOKEN, admin: true },
      { value: READ_ONLY, admin: false, checksWrite: false, pullRequestsWrite: false }
    ]
  })
  octokit = client(TOKEN, sim.url)
  readOnly = client(READ_ONLY, sim.url)
})
afterAll(() => sim.close())

async function failure(promise: Promise<unknown>): Promise<RequestError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof RequestError) return error
    throw error
  }
  throw new Error('expected the request to fail')
}

const lines = (s: string) => s.split('\n')

describe('pull request', () => {
  it('serves the open PR with its head, base and size, matching the event payload', async () => {
    const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number })
    expect(data).toMatchObject({
      number: 901,
      state: 'open',
      merged: false,
      merged_at: null,
      user: { login: 'dana-ml' },
      head: { sha: headSha, ref: pr901.pull_request.head.ref, repo: { full_name: 'acme-corp/ml-platform' } },
      base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme-corp/ml-platform' } },
      html_url: 'https://github.com/acme-corp/ml-platform/pull/901',
      changed_files: 9
    })
    expect(data.additions).toBeGreaterThan(data.deletions)
    expect(Date.parse(data.created_at)).toBe(Math.floor((NOW.getTime() - 2 * 3_600_000) / 1000) * 1000)
    // It branches from the latest merge into main.
    const merged = org.repos.find((r) => r.name === repo)!.pullRequests.filter((p) => p.mergedAt)
    const tip = merged.sort((a, b) => a.mergedAt!.localeCompare(b.mergedAt!)).at(-1)!
    expect(baseSha).toBe(tip.mergeCommitOid)
  })

  it('builds the pull_request event GitHub writes to GITHUB_EVENT_PATH', () => {
    const event = demoPullRequestEvent(org, repo, pull_number, 'synchronize')
    expect(event).toMatchObject({
      action: 'synchronize',
      number: 901,
      after: headSha,
      pull_request: {
        number: 901,
        html_url: 'https://github.com/acme-corp/ml-platform/pull/901',
        title: 'Summarise support tickets with GPT-4o',
        user: { login: 'dana-ml' },
        draft: false,
        head: { sha: headSha, repo: { full_name: 'acme-corp/ml-platform', fork: false } },
        base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme-corp/ml-platform' } }
      },
      repository: { full_name: 'acme-corp/ml-platform', name: 'ml-platform', owner: { login: 'acme-corp' } }
    })
    expect(demoPullRequestEvent(org, repo, pull_number)).toMatchObject({ action: 'opened' })
    expect(() => demoPullRequestEvent(org, repo, 999)).toThrow(/No pull request/)
  })

  it('marks a fork PR as coming from another repository', async () => {
    const { data } = await octokit.rest.pulls.get({ owner, repo: 'web-frontend', pull_number: 903 })
    expect(data.head.repo).toMatchObject({ full_name: 'outside-contributor/web-frontend', fork: true })
    expect(data.head.label).toBe(`outside-contributor:${data.head.ref}`)
    expect(data.base.repo.full_name).toBe('acme-corp/web-frontend')
    const event = demoPullRequestEvent(org, 'web-frontend', 903) as {
      pull_request: { head: { sha: string; repo: { full_name: string; fork: boolean } } }
    }
    expect(event.pull_request.head).toMatchObject({
      sha: data.head.sha,
      repo: { full_name: 'outside-contributor/web-frontend', fork: true }
    })
    // GitHub fetches a fork PR's head into the base repository, so contents resolve there.
    const content = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo: 'web-frontend',
      path: 'src/checkout/messages.ts',
      ref: data.head.sha,
      headers: { accept: 'application/vnd.github.raw+json' }
    })
    expect(String(content.data)).toContain('verify this address')
  })

  it('lists a clean PR that only changes documentation', async () => {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner,
      repo: 'payments-api',
      pull_number: 902
    })
    expect(files.map((f) => [f.filename, f.status])).toEqual([['README.md', 'modified']])
    expect(files[0]!.patch).toContain('+The API listens on http://localhost:8080')
  })
})

describe('pull request files', () => {
  it('lists every changed file with a unified diff, paginated', async () => {
    const first = await octokit.rest.pulls.listFiles({ owner, repo, pull_number, per_page: 4 })
    expect(first.data).toHaveLength(4)
    expect(first.headers.link).toContain('rel="next"')
    expect(first.headers.link).toContain('page=3>; rel="last"')
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number,
      per_page: 4
    })
    expect(files.map((f) => `${f.status} ${f.filename}`)).toEqual([
      'modified .github/ai-inventory.yml',
      'modified .github/workflows/ci.yml',
      'added config/models.yaml',
      'modified package-lock.json',
      'modified package.json',
      'modified requirements.txt',
      'removed src/old.js',
      'added src/summarize.ts',
      'renamed src/util.ts'
    ])
    const byName = new Map(files.map((f) => [f.filename, f]))

    const pkg = byName.get('package.json')!
    expect(pkg).toMatchObject({ additions: 1, deletions: 0, changes: 1 })
    expect(lines(pkg.patch!)).toEqual([
      '@@ -9,6 +9,7 @@',
      '   },',
      '   "dependencies": {',
      '     "express": "^4.21.1",',
      '+    "openai": "^4.67.0",',
      '     "pino": "^9.5.0",',
      '     "zod": "^3.23.8"',
      '   },'
    ])
    expect(pkg.raw_url).toBe(`https://github.com/acme-corp/ml-platform/raw/${headSha}/package.json`)
    expect(pkg.contents_url).toBe(
      `${sim.url}/repos/acme-corp/ml-platform/contents/package.json?ref=${headSha}`
    )
    expect(pkg.sha).toMatch(/^[0-9a-f]{40}$/)

    expect(lines(byName.get('requirements.txt')!.patch!)).toEqual([
      '@@ -1,2 +1,3 @@',
      '+anthropic==0.39.0',
      ' numpy==1.26.4',
      '-pandas==2.2.2',
      '+pandas==2.2.3'
    ])
    expect(byName.get('config/models.yaml')!.patch).toMatch(/^@@ -0,0 \+1,8 @@\n\+# Models/)
    expect(byName.get('.github/workflows/ci.yml')!.patch).toContain('\n+permissions: write-all\n')
    expect(byName.get('package-lock.json')!.patch).toContain('+    "node_modules/@anthropic-ai/sdk": {')

    const removed = byName.get('src/old.js')!
    expect(removed).toMatchObject({ additions: 0, deletions: 10 })
    expect(removed.patch).toMatch(/^@@ -1,10 \+0,0 @@\n/)
    expect(
      lines(removed.patch!)
        .slice(1)
        .every((l) => l.startsWith('-'))
    ).toBe(true)
    expect(removed.blob_url).toContain(`/blob/${baseSha}/src/old.js`)

    const renamed = byName.get('src/util.ts')!
    expect(renamed).toMatchObject({ previous_filename: 'src/utils.ts', additions: 1, deletions: 1 })
    expect(renamed.patch).toContain('+export const delay')
    expect(files.filter((f) => f.previous_filename)).toHaveLength(1)
  })

  it('answers 404 for a PR that does not exist', async () => {
    expect((await failure(octokit.rest.pulls.listFiles({ owner, repo, pull_number: 4242 }))).status).toBe(404)
  })
})

describe('contents', () => {
  const get = (path: string, ref?: string, raw = false) =>
    octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo,
      path,
      ...(ref && { ref }),
      ...(raw && { headers: { accept: 'application/vnd.github.raw+json' } })
    })

  it('serves base64 in 60-character lines, the head at the head sha and the base at the base sha', async () => {
    const head = await get('package.json', headSha)
    const file = head.data as {
      type: string
      encoding: string
      content: string
      size: number
      path: string
      name: string
      sha: string
    }
    expect(file).toMatchObject({
      type: 'file',
      encoding: 'base64',
      path: 'package.json',
      name: 'package.json'
    })
    const encodedLines = file.content.split('\n')
    expect(encodedLines.at(-1)).toBe('')
    expect(encodedLines.slice(0, -2).every((l) => l.length === 60)).toBe(true)
    const text = Buffer.from(file.content, 'base64').toString('utf8')
    expect(lines(text)[11]).toBe('    "openai": "^4.67.0",')
    expect(file.size).toBe(Buffer.byteLength(text))
    // `git hash-object` of the content.
    expect(file.sha).toBe(createHash('sha1').update(`blob ${file.size}\0${text}`).digest('hex'))

    for (const ref of [baseSha, 'main', undefined]) {
      const base = await get('package.json', ref, true)
      expect(base.headers['content-type']).toBe('text/plain; charset=utf-8')
      expect(base.data).not.toContain('openai')
      expect(base.data).toContain('"express"')
    }
    expect(await get('requirements.txt', baseSha, true).then((r) => r.data)).toBe(
      'numpy==1.26.4\npandas==2.2.2\n'
    )
    expect(await get('requirements.txt', headSha, true).then((r) => r.data)).toBe(
      'anthropic==0.39.0\nnumpy==1.26.4\npandas==2.2.3\n'
    )
  })

  it('serves raw bytes for the raw media types', async () => {
    const v3 = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'config/models.yaml',
      ref: headSha,
      mediaType: { format: 'raw' }
    })
    expect(String(v3.data)).toContain('model: gpt-4o-2024-08-06\n')
    expect(String(v3.data)).toContain('fallback: claude-3-5-sonnet-20241022\n')
    const plain = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo,
      path: '.github/workflows/ci.yml',
      ref: headSha,
      headers: { accept: 'application/vnd.github.raw' }
    })
    expect(lines(String(plain.data))[7]).toBe('permissions: write-all')
  })

  it('follows adds, removals and renames, and 404s a missing path or unknown ref', async () => {
    const missing = async (path: string, ref?: string) => {
      const error = await failure(get(path, ref, true))
      expect(error.status).toBe(404)
      return error
    }
    expect((await missing('config/models.yaml', baseSha)).message).toContain('Not Found')
    await missing('src/old.js', headSha)
    await missing('src/utils.ts', headSha)
    await missing('src/util.ts', baseSha)
    await missing('no/such/file.txt', headSha)
    expect(await get('src/old.js', baseSha, true).then((r) => r.data)).toContain('fetchFeatures')
    expect(await get('src/util.ts', headSha, true).then((r) => r.data)).toContain('export const delay')
    // The inventory is unchanged except for a review date: nothing about OpenAI or Anthropic.
    const inventory = String(await get('.github/ai-inventory.yml', headSha, true).then((r) => r.data))
    expect(inventory).toContain('id: churn-predictor')
    expect(inventory).not.toMatch(/openai|anthropic/i)
    expect((await missing('package.json', 'no-such-branch')).response?.data).toMatchObject({
      message: 'No commit found for the ref no-such-branch'
    })
  })

  it('lists a directory at a ref', async () => {
    const { data } = await get('src', headSha)
    expect((data as Array<{ name: string; type: string }>).map((e) => `${e.type} ${e.name}`)).toEqual([
      'file summarize.ts',
      'file util.ts'
    ])
    const root = await octokit.rest.repos.getContent({ owner, repo, path: '', ref: baseSha })
    expect((root.data as Array<{ name: string; type: string }>).map((e) => `${e.type} ${e.name}`)).toEqual([
      'dir .github',
      'file README.md',
      'file package-lock.json',
      'file package.json',
      'file requirements.txt',
      'dir src'
    ])
  })

  it('answers a conditional raw request with 304', async () => {
    const first = await get('package.json', headSha, true)
    const error = await failure(
      octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner,
        repo,
        path: 'package.json',
        ref: headSha,
        headers: { accept: 'application/vnd.github.raw+json', 'if-none-match': first.headers.etag! }
      })
    )
    expect(error.status).toBe(304)
  })
})

describe('check runs', () => {
  const annotation = (line: number) => ({
    path: 'package.json',
    start_line: line,
    end_line: line,
    annotation_level: 'warning' as const,
    message: `finding on line ${line}`,
    title: 'AI dependency not in inventory'
  })

  it('creates, lists by ref and updates a check run, accumulating annotations', async () => {
    const created = await octokit.rest.checks.create({
      owner,
      repo,
      name: 'annex-evidence / ai-drift',
      head_sha: headSha,
      status: 'in_progress',
      started_at: NOW.toISOString(),
      output: { title: 'AI drift', summary: 'Checking', annotations: [annotation(12), annotation(13)] }
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      name: 'annex-evidence / ai-drift',
      head_sha: headSha,
      status: 'in_progress',
      conclusion: null,
      html_url: `https://github.com/acme-corp/ml-platform/runs/${created.data.id}`,
      output: { title: 'AI drift', summary: 'Checking', annotations_count: 2 },
      app: { slug: 'github-actions' }
    })
    expect(created.data.pull_requests.map((p) => p.number)).toEqual([901])

    const listed = await octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: headSha,
      check_name: 'annex-evidence / ai-drift'
    })
    expect(listed.data.total_count).toBe(1)
    expect(listed.data.check_runs[0]!.id).toBe(created.data.id)
    const byBranch = await octokit.rest.checks.listForRef({ owner, repo, ref: pr901.pull_request.head.ref })
    expect(byBranch.data.check_runs.map((r) => r.id)).toEqual([created.data.id])
    expect(
      (await octokit.rest.checks.listForRef({ owner, repo, ref: headSha, check_name: 'other' })).data
        .total_count
    ).toBe(0)

    const updated = await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: {
        title: 'AI drift: 2 undeclared vendors',
        summary: 'openai and anthropic are not in .github/ai-inventory.yml',
        text: 'details',
        annotations: [annotation(14), annotation(15), annotation(16)]
      }
    })
    expect(updated.status).toBe(200)
    expect(updated.data).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'AI drift: 2 undeclared vendors', text: 'details', annotations_count: 5 }
    })
    expect(updated.data.completed_at).toBeTruthy()

    const stored = sim.checkRuns('acme-corp/ml-platform')
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ id: created.data.id, status: 'completed', conclusion: 'failure' })
    expect(stored[0]!.annotations.map((a) => a.start_line)).toEqual([12, 13, 14, 15, 16])
    expect(sim.checkRuns('ACME-CORP/ML-PLATFORM')).toHaveLength(1)

    const annotations = await octokit.rest.checks.listAnnotations({
      owner,
      repo,
      check_run_id: created.data.id
    })
    expect(annotations.data).toHaveLength(5)
    expect(annotations.data[0]).toMatchObject({
      path: 'package.json',
      start_line: 12,
      annotation_level: 'warning',
      blob_href: `https://github.com/acme-corp/ml-platform/blob/${headSha}/package.json`
    })
  })

  it('refuses more than 50 annotations in one request, as GitHub does', async () => {
    const many = Array.from({ length: 51 }, (_, i) => annotation(i + 1))
    const error = await failure(
      octokit.rest.checks.create({
        owner,
        repo,
        name: 'too-many',
        head_sha: headSha,
        output: { title: 't', summary: 's', annotations: many }
      })
    )
    expect(error.status).toBe(422)
    expect(error.message).toContain('No more than 50 items are allowed; 51 were supplied.')
    expect(sim.checkRuns('acme-corp/ml-platform').map((r) => r.name)).not.toContain('too-many')

    const run = await octokit.rest.checks.create({ owner, repo, name: 'batched', head_sha: headSha })
    const patch = await failure(
      octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: run.data.id,
        output: { summary: 's', annotations: many }
      })
    )
    expect(patch.status).toBe(422)
    // 50 at a time is fine, and a refused update changed nothing.
    await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: run.data.id,
      output: { summary: 's', annotations: many.slice(0, 50) }
    })
    await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: run.data.id,
      output: { summary: 's', annotations: many.slice(50) }
    })
    const stored = sim.checkRuns('acme-corp/ml-platform').find((r) => r.id === run.data.id)!
    expect(stored.annotations).toHaveLength(51)
  })

  it('validates the request like GitHub', async () => {
    // A route held as a plain string escapes Octokit's parameter types, to send invalid bodies.
    const route: string = 'POST /repos/{owner}/{repo}/check-runs'
    const create = (body: Record<string, unknown>) =>
      failure(octokit.request(route, { owner, repo, ...body }))
    expect((await create({ head_sha: headSha })).message).toContain('"name" wasn\'t supplied.')
    expect((await create({ name: 'x', head_sha: headSha, status: 'completed' })).message).toContain(
      '"conclusion" wasn\'t supplied.'
    )
    expect((await create({ name: 'x', head_sha: 'not-a-sha' })).response?.data).toMatchObject({
      message: 'No commit found for SHA: not-a-sha'
    })
    const badAnnotation = await create({
      name: 'x',
      head_sha: headSha,
      output: {
        title: 't',
        summary: 's',
        annotations: [{ path: 'a', start_line: 3, end_line: 2, annotation_level: 'warning', message: 'm' }]
      }
    })
    expect(badAnnotation.status).toBe(422)
    expect(badAnnotation.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'CheckRun', code: 'invalid', field: 'annotations' }]
    })
    const long = await create({
      name: 'x',
      head_sha: headSha,
      output: { title: 't', summary: 'x'.repeat(65_536) }
    })
    expect(long.message).toContain('Only 65535 characters are allowed; 65536 were supplied.')
  })
})

describe('issue comments', () => {
  it('lists, creates and updates the sticky comment', async () => {
    const before = await octokit.rest.issues.listComments({ owner, repo, issue_number: 901 })
    expect(before.data.map((c) => c.user?.login)).toEqual(['raj-patel'])

    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: 901,
      body: '<!-- annex-evidence -->\nAI drift: 2 findings'
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      body: '<!-- annex-evidence -->\nAI drift: 2 findings',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `https://github.com/acme-corp/ml-platform/pull/901#issuecomment-${created.data.id}`
    })
    expect(created.data.node_id).toBeTruthy()

    const page1 = await octokit.rest.issues.listComments({ owner, repo, issue_number: 901, per_page: 1 })
    expect(page1.headers.link).toContain('rel="next"')
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 901,
      per_page: 1
    })
    const sticky = all.find((c) => c.body?.startsWith('<!-- annex-evidence -->'))!
    expect(sticky.id).toBe(created.data.id)

    const updated = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: sticky.id,
      body: '<!-- annex-evidence -->\nAI drift: resolved'
    })
    expect(updated.status).toBe(200)
    expect(updated.data.body).toBe('<!-- annex-evidence -->\nAI drift: resolved')

    const stored = sim.comments('acme-corp/ml-platform', 901)
    expect(stored.map((c) => [c.user.login, c.body])).toEqual([
      ['raj-patel', 'Do we have a DPIA for sending ticket text to OpenAI?'],
      ['github-actions[bot]', '<!-- annex-evidence -->\nAI drift: resolved']
    ])
    expect(sim.comments('acme-corp/payments-api', 902)).toEqual([])
  })

  it('refuses an empty or oversized body and unknown issues', async () => {
    const empty = await failure(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 901, body: '' })
    )
    expect(empty.status).toBe(422)
    const long = await failure(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 901, body: 'x'.repeat(65_537) })
    )
    expect(long.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ field: 'body', message: 'body is too long (maximum is 65536 characters)' }]
    })
    expect(
      (await failure(octokit.rest.issues.createComment({ owner, repo, issue_number: 4242, body: 'x' })))
        .status
    ).toBe(404)
  })
})

describe('a read-only token (fork PR)', () => {
  it('can read but answers writes with 403 and the permission it lacks', async () => {
    const files = await readOnly.rest.pulls.listFiles({ owner, repo: 'web-frontend', pull_number: 903 })
    expect(files.data.map((f) => f.filename)).toEqual(['src/checkout/messages.ts'])

    const check = await failure(
      readOnly.rest.checks.create({ owner, repo: 'web-frontend', name: 'x', head_sha: fakeOid('x') })
    )
    expect(check.status).toBe(403)
    expect(check.message).toContain('Resource not accessible by integration')
    expect(check.response?.headers['x-accepted-github-permissions']).toBe('checks=write')

    const comment = await failure(
      readOnly.rest.issues.createComment({ owner, repo: 'web-frontend', issue_number: 903, body: 'hi' })
    )
    expect(comment.status).toBe(403)
    expect(comment.response?.headers['x-accepted-github-permissions']).toBe(
      'pull_requests=write; issues=write'
    )

    const [existing] = sim.comments('acme-corp/ml-platform', 901)
    const update = await failure(
      readOnly.rest.issues.updateComment({ owner, repo, comment_id: existing!.id, body: 'changed' })
    )
    expect(update.status).toBe(403)
    expect(sim.checkRuns('acme-corp/web-frontend')).toEqual([])
    expect(sim.comments('acme-corp/web-frontend', 903)).toEqual([])
  })
})

describe('limits', () => {
  // A small organisation with one very large PR.
  function bigOrg(): SimOrg {
    const files = Array.from({ length: 3005 }, (_, i) => ({
      filename: `gen/file-${String(i).padStart(4, '0')}.txt`,
      status: 'added' as const,
      headContent: `line ${i}\n`
    }))
    const huge = 'x'.repeat(99) + '\n'
    const repoModel: SimRepo = {
      owner: 'big-corp',
      name: 'mono',
      id: 1,
      private: true,
      archived: false,
      defaultBranch: 'main',
      dependabotAlertsEnabled: true,
      secretScanning: true,
      pushProtection: true,
      dependabotSecurityUpdates: true,
      rules: [],
      classicProtection: null,
      alerts: [],
      files: { 'data/huge.txt': huge.repeat(11_000) },
      pullRequests: [
        {
          number: 7,
          title: 'Regenerate everything',
          author: 'bot-maker',
          createdAt: NOW.toISOString(),
          mergedAt: null,
          mergedBy: null,
          baseRefName: 'main',
          headRefOid: fakeOid('mono', 7),
          mergeCommitOid: null,
          reviews: [],
          changedFiles: [
            ...files,
            {
              filename: 'data/huge.txt',
              status: 'modified',
              baseContent: huge.repeat(11_000),
              headContent: huge.repeat(11_001)
            }
          ]
        }
      ]
    }
    return { login: 'big-corp', id: 2, repos: [repoModel] }
  }

  it('caps the file list at 3000 and leaves out patches over 1 MB', async () => {
    const big = await startGitHubSimulator({ orgs: [bigOrg()] })
    try {
      const bigClient = client(TOKEN, big.url)
      const files = await bigClient.paginate(bigClient.rest.pulls.listFiles, {
        owner: 'big-corp',
        repo: 'mono',
        pull_number: 7,
        per_page: 100
      })
      expect(files).toHaveLength(3000)
      const huge = files.find((f) => f.filename === 'data/huge.txt')!
      expect(huge).toMatchObject({ additions: 1, deletions: 0 })
      expect(huge.patch).toBeUndefined()
      expect(files[1]!.patch).toBe('@@ -0,0 +1 @@\n+line 0')
      const content = await bigClient.rest.repos.getContent({
        owner: 'big-corp',
        repo: 'mono',
        path: 'data/huge.txt',
        ref: 'main'
      })
      expect(content.data).toMatchObject({ encoding: 'none', content: '', size: 1_100_000 })
    } finally {
      await big.close()
    }
  })
})

describe('fileDiff', () => {
  it('writes git-style hunks', () => {
    expect(fileDiff('a\nb\n', 'a\nb\n')).toEqual({ additions: 0, deletions: 0 })
    expect(fileDiff('a\nb', 'a\nb\n').patch).toBe('@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b')
    const before = Array.from({ length: 20 }, (_, i) => `${i + 1}`).join('\n') + '\n'
    const after = before.replace('\n3\n', '\nthree\n').replace('\n18\n', '\neighteen\n')
    expect(fileDiff(before, after).patch).toBe(
      [
        '@@ -1,6 +1,6 @@',
        ' 1',
        ' 2',
        '-3',
        '+three',
        ' 4',
        ' 5',
        ' 6',
        '@@ -15,6 +15,6 @@',
        ' 15',
        ' 16',
        ' 17',
        '-18',
        '+eighteen',
        ' 19',
        ' 20'
      ].join('\n')
    )
  })
})
