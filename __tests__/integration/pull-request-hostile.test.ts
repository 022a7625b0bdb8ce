/**
 * Pull requests are hostile input (issue #11, items 1–6): each attack mounted against the built action
 * (dist/index.js as a child process) on the GitHub simulator.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Finding } from '../../src/model.js'
import { readJson } from '../support/bundles.js'
import {
  demoOrg,
  demoPullRequestEvent,
  fakeOid,
  type SimChangedFile,
  type SimComment,
  type SimOrg,
  type SimRepo
} from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { runAction, type ActionRun } from '../support/run-action.js'

const MARKER = '<!-- annex-evidence:pull-request -->'
let org: SimOrg
let simulator: GitHubSimulator
const repo = (name: string) => org.repos.find((r) => r.name === name)!
const aiFiles = () =>
  structuredClone(repo('ml-platform').pullRequests.find((p) => p.number === 901)!.changedFiles!)

function openPullRequest(
  target: SimRepo,
  number: number,
  changedFiles: SimChangedFile[],
  extra: { title?: string; comments?: SimComment[] } = {}
) {
  target.pullRequests.push({
    number,
    title: extra.title ?? `Hostile change ${number}`,
    author: 'mallory',
    createdAt: new Date(Date.now() - 3_600_000).toISOString(),
    mergedAt: null,
    mergedBy: null,
    mergeCommitOid: null,
    baseRefName: target.defaultBranch,
    baseRefOid: fakeOid(target.name, target.defaultBranch),
    headRefOid: fakeOid(target.name, number, 'head'),
    reviews: [],
    changedFiles,
    ...(extra.comments ? { comments: extra.comments } : {})
  })
}

beforeAll(async () => {
  org = demoOrg(new Date())
  const ml = repo('ml-platform')
  // 950: the drift PR of the demo, plus a config that skips the drift check.
  openPullRequest(ml, 950, [
    ...aiFiles(),
    {
      filename: '.github/evidence.yml',
      status: 'added',
      headContent:
        'checks:\n  skip: [github.pr.ai-inventory-drift]\n  branch-protection:\n    min-approvals: 0\n'
    }
  ])
  // 951: package.json with two `dependencies` blocks; npm installs the second, which has openai.
  openPullRequest(ml, 951, [
    {
      filename: 'package.json',
      status: 'modified',
      baseContent: ml.files!['package.json'],
      headContent:
        '{\n  "name": "ml-platform",\n  "dependencies": {\n    "express": "^4.21.1"\n  },\n  "dependencies": {\n    "express": "^4.21.1",\n    "openai": "^4.67.0"\n  }\n}\n'
    }
  ])
  // 952: hostile names on every surface.
  openPullRequest(
    ml,
    952,
    [
      {
        filename: 'config/<img src=x onerror=alert(1)>@octocat|`x`.yaml',
        status: 'added',
        headContent: 'model: gpt-4o\n'
      }
    ],
    { title: 'Harmless\n::error::injected through the title %0A' }
  )
  // 953: someone else's comment carrying our marker.
  openPullRequest(ml, 953, [{ filename: 'config/m.yaml', status: 'added', headContent: 'model: gpt-4o\n' }], {
    comments: [
      {
        author: 'mallory',
        body: `${MARKER}\n### ✅ All clear: this pull request breaks no checked control`,
        createdAt: new Date(Date.now() - 60_000).toISOString()
      }
    ]
  })
  // 954–957: bombs.
  const billion = [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    ...Array.from({ length: 9 }, (_, i) => {
      const prev = i === 0 ? 'a' : `b${i - 1}`
      return `b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(',')}]`
    })
  ].join('\n')
  openPullRequest(ml, 954, [
    { filename: '.github/evidence.yml', status: 'added', headContent: `${billion}\n` },
    {
      filename: '.github/ai-inventory.yml',
      status: 'modified',
      baseContent: ml.files!['.github/ai-inventory.yml'],
      headContent: `${billion}\nsystems: []\n`
    }
  ])
  openPullRequest(ml, 955, [
    {
      filename: 'package.json',
      status: 'modified',
      baseContent: ml.files!['package.json'],
      headContent: `${'['.repeat(200_000)}${']'.repeat(200_000)}`
    }
  ])
  openPullRequest(ml, 956, [
    {
      filename: 'package-lock.json',
      status: 'modified',
      baseContent: ml.files!['package-lock.json'],
      headContent: `{"lockfileVersion":3,"packages":{"":{}},"padding":"${'x'.repeat(17 * 1024 * 1024)}"}\n`
    },
    {
      filename: '.github/evidence.yml',
      status: 'added',
      headContent: `# ${'x'.repeat(2 * 1024 * 1024)}\n`
    }
  ])
  // 960 on payments-api, whose base config adds a catastrophic pattern: PR text that would hang a backtracker.
  const payments = repo('payments-api')
  payments.files = {
    ...payments.files,
    '.github/evidence.yml': 'ai-inventory:\n  providers:\n    - id: openai\n      models: ["(a|a)+$"]\n'
  }
  openPullRequest(payments, 960, [
    { filename: 'config/settings.yaml', status: 'added', headContent: `name: ${'a'.repeat(5000)}!\n` }
  ])
  simulator = await startGitHubSimulator({ orgs: [org] })
})
afterAll(() => simulator.close())

async function runOn(
  repoName: string,
  number: number,
  checkout: Record<string, string> = {}
): Promise<ActionRun & { findings: Finding[] }> {
  const workspace = await mkdtemp(join(tmpdir(), 'annex-hostile-'))
  // What actions/checkout leaves in the workspace: the PR's own files.
  for (const [path, content] of Object.entries(checkout)) {
    await mkdir(join(workspace, dirname(path)), { recursive: true })
    await writeFile(join(workspace, path), content)
  }
  const eventPath = join(workspace, 'event.json')
  await writeFile(eventPath, JSON.stringify(demoPullRequestEvent(org, repoName, number)))
  const run = await runAction({
    inputs: { 'github-token': 'ghs_simulator_token' },
    apiUrl: simulator.url,
    graphqlUrl: simulator.graphqlUrl,
    workspace,
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `acme-corp/${repoName}`
    }
  })
  const bundle = run.outputs['bundle-path']
  return { ...run, findings: bundle ? await readJson<Finding[]>(join(bundle, 'findings.json')) : [] }
}
const byCheck = (findings: Finding[], id: string) => findings.find((f) => f.check === id)
const ourComments = (repoName: string, number: number) =>
  simulator.comments(`acme-corp/${repoName}`, number).filter((c) => c.body.startsWith(MARKER))

describe('1. a pull request cannot change the rules it is judged by', () => {
  let run: ActionRun & { findings: Finding[] }
  beforeAll(async () => {
    // The PR's checkout carries its own config too; it must not be read.
    const pr = repo('ml-platform').pullRequests.find((p) => p.number === 950)!
    const config = pr.changedFiles!.find((f) => f.filename === '.github/evidence.yml')!.headContent!
    run = await runOn('ml-platform', 950, { '.github/evidence.yml': config })
  })

  test('checks.skip added by the PR does not skip the drift check: it still fails', () => {
    expect(run.code).toBe(1)
    expect(byCheck(run.findings, 'github.pr.ai-inventory-drift')?.status).toBe('fail')
  })

  test('the config change is itself a failing finding naming what it weakens, at its lines', () => {
    const change = byCheck(run.findings, 'github.pr.evidence-config-change')!
    expect(change.status).toBe('fail')
    expect(change.message).toContain('skips github.pr.ai-inventory-drift')
    expect(change.message).toContain('lowers checks.branch-protection.min-approvals from 1 to 0')
    expect(change.locations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '.github/evidence.yml', line: 2 }),
        expect.objectContaining({ path: '.github/evidence.yml', line: 4 })
      ])
    )
    expect(ourComments('ml-platform', 950)[0]!.body).toContain('Weakens the evidence rules')
  })
})

describe('2. parsers agree with npm', () => {
  test('a second `dependencies` block cannot hide openai, and the duplicate is a finding', async () => {
    const run = await runOn('ml-platform', 951)
    const drift = byCheck(run.findings, 'github.pr.ai-inventory-drift')!
    expect(drift.status).toBe('fail')
    expect(drift.locations).toEqual([
      expect.objectContaining({
        path: 'package.json',
        line: 8,
        message: expect.stringContaining('Adds openai')
      })
    ])
    const ambiguous = byCheck(run.findings, 'github.pr.manifests-unambiguous')!
    expect(ambiguous.status).toBe('fail')
    expect(ambiguous.locations).toEqual([
      expect.objectContaining({
        path: 'package.json',
        line: 6,
        message: expect.stringContaining('"dependencies" appears twice')
      })
    ])
  })
})

describe('3. no catastrophic regular expressions', () => {
  test('a base config pattern (a|a)+$ over 5,000 characters of PR content finishes at once', async () => {
    const started = Date.now()
    const run = await runOn('payments-api', 960)
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(run.code).toBe(0)
    expect(byCheck(run.findings, 'github.pr.ai-inventory-drift')?.status).toBe('pass')
  })
})

describe('4. everything shown on the PR is escaped', () => {
  let run: ActionRun & { findings: Finding[] }
  beforeAll(async () => {
    run = await runOn('ml-platform', 952)
  })

  test('the finding still names the file (evidence is raw), but no surface renders it as markup', () => {
    const drift = byCheck(run.findings, 'github.pr.ai-inventory-drift')!
    expect(drift.locations![0]!.path).toBe('config/<img src=x onerror=alert(1)>@octocat|`x`.yaml')
    const comment = ourComments('ml-platform', 952)[0]!.body
    const checkRun = simulator
      .checkRuns('acme-corp/ml-platform')
      .find((r) => r.head_sha === fakeOid('ml-platform', 952, 'head'))!
    for (const surface of [comment, checkRun.output.summary!, run.summary]) {
      expect(surface).not.toContain('<img')
      expect(surface).not.toMatch(/@octocat/)
      expect(surface).toContain('&lt;img src=x onerror=alert(1)&gt;@\u200Boctocat\\|\\`x\\`.yaml')
    }
  })

  test('the title cannot inject a workflow command into the log', () => {
    expect(run.stdout).not.toMatch(/^::error::injected/m)
    expect(run.stdout).toContain('Harmless%0A:\u200B:error:\u200B:injected through the title %250A')
  })
})

describe('5. the sticky comment is ours: marker AND author', () => {
  test("a hostile user's comment carrying the marker is never edited; ours is created, then updated", async () => {
    const before = simulator.comments('acme-corp/ml-platform', 953).find((c) => c.user.login === 'mallory')!
    await runOn('ml-platform', 953)
    await runOn('ml-platform', 953)
    const after = simulator.comments('acme-corp/ml-platform', 953)
    expect(after.find((c) => c.id === before.id)).toEqual(before)
    const ours = ourComments('ml-platform', 953).filter((c) => c.user.login === 'github-actions[bot]')
    expect(ours).toHaveLength(1)
    expect(ours[0]!.body).toContain('not covered')
  })
})

describe('6. bombs get a clear error on the PR, never a crash', () => {
  test('YAML alias bombs in the config and the inventory', async () => {
    const run = await runOn('ml-platform', 954)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    const config = byCheck(run.findings, 'github.pr.evidence-config-change')!
    expect(config.status).toBe('fail')
    expect(config.message).toMatch(
      /evidence\.yml \(pull request\): YAML aliases expand beyond the limit of 100/
    )
    const inventory = byCheck(run.findings, 'github.pr.ai-inventory-valid')!
    expect(inventory.status).toBe('fail')
    expect(inventory.message).toContain(
      '.github/ai-inventory.yml:1:1: YAML aliases expand beyond the limit of 100'
    )
  })

  test('a 200,000-deep package.json', async () => {
    const run = await runOn('ml-platform', 955)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    const drift = byCheck(run.findings, 'github.pr.ai-inventory-drift')!
    expect(drift.status).toBe('error')
    expect(drift.message).toContain('package.json:1: JSON nested deeper than 256 levels')
  })

  test('a 17 MiB lockfile and a 2 MiB config: error findings naming the file and the limit', async () => {
    const run = await runOn('ml-platform', 956)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(byCheck(run.findings, 'github.pr.manifests-unambiguous')).toMatchObject({
      status: 'error',
      message: expect.stringContaining('package-lock.json (pull request) is 17 MiB, over the limit of 16 MiB')
    })
    expect(byCheck(run.findings, 'github.pr.ai-inventory-drift')?.status).toBe('error')
    expect(byCheck(run.findings, 'github.pr.evidence-config-change')).toMatchObject({
      status: 'error',
      message: expect.stringContaining(
        '.github/evidence.yml in the pull request is 2 MiB, over the limit of 1 MiB'
      )
    })
  })

  test('nightly mode: a 60 MB config file is exit 2 with one line, without reading it', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'annex-hostile-'))
    await writeFile(join(workspace, 'evidence.yml'), Buffer.alloc(60 * 1024 * 1024, 0x61))
    const run = await runAction({
      inputs: { 'github-token': 'ghs_simulator_token', config: 'evidence.yml' },
      apiUrl: simulator.url,
      graphqlUrl: simulator.graphqlUrl,
      workspace
    })
    expect(run.code).toBe(2)
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'))
    expect(errors).toEqual([
      expect.stringMatching(/evidence\.yml: the config file is 60 MiB, over the limit of 1 MiB/)
    ])
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
  })
})
