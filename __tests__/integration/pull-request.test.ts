import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Ajv04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import type { Finding } from '../../src/model.js'
import { readJson } from '../support/bundles.js'
import { demoOrg, demoPullRequestEvent, type SimOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { CLI_ENTRY, ROOT, runAction, runNode, type ActionRun } from '../support/run-action.js'

const READ_ONLY = 'ghs_forkReadOnlyToken'
let org: SimOrg
let simulator: GitHubSimulator

beforeAll(async () => {
  org = demoOrg(new Date())
  simulator = await startGitHubSimulator({
    orgs: [org],
    tokens: [
      { value: 'ghs_simulator_token', admin: true },
      { value: READ_ONLY, admin: false, checksWrite: false, pullRequestsWrite: false }
    ]
  })
})
afterAll(() => simulator.close())

async function runOnPullRequest(
  repo: string,
  number: number,
  token = 'ghs_simulator_token',
  action = 'opened'
): Promise<ActionRun> {
  const workspace = await mkdtemp(join(tmpdir(), 'annex-pr-'))
  const eventPath = join(workspace, 'event.json')
  await writeFile(eventPath, JSON.stringify(demoPullRequestEvent(org, repo, number, action as 'opened')))
  return runAction({
    inputs: { 'github-token': token },
    apiUrl: simulator.url,
    graphqlUrl: simulator.graphqlUrl,
    workspace,
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `acme-corp/${repo}`
    }
  })
}

const findingsOf = (run: ActionRun) => readJson<Finding[]>(join(run.outputs['bundle-path']!, 'findings.json'))
const byCheck = (findings: Finding[], id: string) => findings.find((f) => f.check === id)!
const pullRequest = (repo: string, number: number) =>
  org.repos.find((r) => r.name === repo)!.pullRequests.find((p) => p.number === number)!

describe('a pull request that adds OpenAI and Anthropic without inventory', () => {
  let run: ActionRun
  beforeAll(async () => {
    run = await runOnPullRequest('ml-platform', 901)
  })

  test('fails, naming each AI addition with file and line', async () => {
    expect(run.code).toBe(1)
    const drift = byCheck(await findingsOf(run), 'github.pr.ai-inventory-drift')
    expect(drift.status).toBe('fail')
    expect(drift.controls['iso42001-2023']).toEqual(['A.4.2', 'A.4.4', 'A.5.3'])
    const at = drift.locations!.map((l) => `${l.path}:${l.line}`)
    expect(at).toEqual(
      expect.arrayContaining([
        'package.json:12',
        'requirements.txt:1',
        'config/models.yaml:4',
        'config/models.yaml:8'
      ])
    )
    expect(drift.locations!.find((l) => l.path === 'package-lock.json')?.message).toContain(
      '@anthropic-ai/sdk (transitive, from the lockfile)'
    )
    // openai is added directly in package.json: its lockfile entry is not reported a second time.
    expect(drift.locations!.filter((l) => l.message.startsWith('Adds openai'))).toHaveLength(1)
  })

  test('workflow problems are found at their lines', async () => {
    const findings = await findingsOf(run)
    expect(byCheck(findings, 'github.pr.workflow-permissions').locations).toEqual([
      expect.objectContaining({ path: '.github/workflows/ci.yml', line: 8 })
    ])
    expect(byCheck(findings, 'github.pr.workflow-pinned-actions').locations).toEqual([
      expect.objectContaining({
        path: '.github/workflows/ci.yml',
        line: 27,
        message: expect.stringContaining('some-org/deploy-action@v2')
      })
    ])
    expect(byCheck(findings, 'github.pr.ai-inventory-valid').status).toBe('pass')
  })

  test('one check run with annotations on the exact lines, and one sticky comment', () => {
    const runs = simulator.checkRuns('acme-corp/ml-platform')
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({
      name: 'Annex A evidence',
      conclusion: 'failure',
      head_sha: pullRequest('ml-platform', 901).headRefOid
    })
    const annotations = runs[0]!.annotations.map(
      (a: { path: string; start_line: number }) => `${a.path}:${a.start_line}`
    )
    expect(annotations).toEqual(
      expect.arrayContaining(['package.json:12', '.github/workflows/ci.yml:8', '.github/workflows/ci.yml:27'])
    )
    const mine = simulator
      .comments('acme-corp/ml-platform', 901)
      .filter((c) => c.body.includes('annex-evidence:pull-request'))
    expect(mine).toHaveLength(1)
    expect(mine[0]!.body).toContain('How to fix:')
    expect(mine[0]!.body).toContain('42001 A.5.3')
  })

  test('the SARIF file is valid SARIF 2.1.0 with controls as tags', async () => {
    const sarif = JSON.parse(await readFile(run.outputs['sarif-file']!, 'utf8'))
    const schema = JSON.parse(
      await readFile(
        join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'),
        'utf8'
      )
    )
    // The SARIF 2.1.0 schema is JSON Schema draft-04.
    const ajv = new Ajv04.default({ strict: false, allErrors: true, unicodeRegExp: false })
    addFormats.default(ajv)
    const validate = ajv.compile(schema)
    const valid = validate(sarif)
    expect(valid ? [] : validate.errors).toEqual([])
    const result = sarif.runs[0].results.find(
      (r: { locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations?.[0]?.physicalLocation.artifactLocation.uri === 'package.json'
    )
    expect(result.ruleId).toBe('github.pr.ai-inventory-drift')
    expect(result.properties.tags).toEqual(expect.arrayContaining(['iso42001-2023/A.5.3']))
    expect(
      sarif.runs[0].tool.driver.rules.find(
        (r: { id: string }) => r.id === 'github.pr.workflow-pinned-actions'
      ).help.text
    ).toContain('commit SHA')
  })

  test('the decision on the PR is a bundle that verifies', async () => {
    const verified = await runNode(CLI_ENTRY, ['verify', run.outputs['bundle-path']!], {})
    expect(verified.stdout).toContain('OK: ')
    expect(verified.code).toBe(0)
  })

  test('on the next push the check run and the comment are updated, never duplicated; fixed → all clear', async () => {
    const pr = pullRequest('ml-platform', 901)
    const file = (name: string) => pr.changedFiles!.find((f) => f.filename === name)!
    file('.github/ai-inventory.yml').headContent += `  - id: ticket-summariser
    name: Support ticket summariser
    vendor: openai
    providers: [openai, anthropic]
    models: [gpt-4o, claude-3-5-sonnet*]
    packages: [openai, anthropic, '@anthropic-ai/sdk']
    purpose: Summarise support tickets for agents
    owner: support-platform
    data-categories: [support-tickets]
    impact-assessment:
      reference: IA-2026-031
      date: ${new Date().toISOString().slice(0, 10)}
`
    file('.github/workflows/ci.yml').headContent = file('.github/workflows/ci.yml')
      .headContent!.replace('permissions: write-all', 'permissions:\n  contents: read')
      .replace('some-org/deploy-action@v2', 'some-org/deploy-action@0123456789abcdef0123456789abcdef01234567')
    // Everything the PR can fix is fixed; the target branch's ruleset still lets admins merge it unreviewed
    // (issue #10: a requirement someone may skip is not a plain pass), which only a repository admin can change.
    const again = await runOnPullRequest('ml-platform', 901, 'ghs_simulator_token', 'synchronize')
    expect(again.code).toBe(1)
    const stillFailing = (await findingsOf(again)).filter((f) => f.status === 'fail' || f.status === 'error')
    expect(stillFailing.map((f) => f.check)).toEqual(['github.pr.target-branch-protection'])
    expect(stillFailing[0]!.message).toContain('can be bypassed by RepositoryRole 5 (repository admins)')
    const ruleset = org.repos.find((r) => r.name === 'ml-platform')!.rulesets![5_100_230]!
    const bypassActors = ruleset.bypassActors
    ruleset.bypassActors = []
    try {
      const fixed = await runOnPullRequest('ml-platform', 901, 'ghs_simulator_token', 'synchronize')
      expect(fixed.code).toBe(0)
    } finally {
      ruleset.bypassActors = bypassActors
    }
    expect(simulator.checkRuns('acme-corp/ml-platform')).toHaveLength(1)
    expect(simulator.checkRuns('acme-corp/ml-platform')[0]!.conclusion).toBe('success')
    const mine = simulator
      .comments('acme-corp/ml-platform', 901)
      .filter((c) => c.body.includes('annex-evidence:pull-request'))
    expect(mine).toHaveLength(1)
    expect(mine[0]!.body).toContain('All clear')
  })
})

test('a malformed inventory fails its check with file and line, without crashing', async () => {
  const pr = pullRequest('ml-platform', 901)
  const inventory = pr.changedFiles!.find((f) => f.filename === '.github/ai-inventory.yml')!
  const saved = inventory.headContent
  inventory.headContent =
    'systems:\n  - id: x\n    name: X\n    purpose: p\n    owner: o\n    vendor: openai\n    colour: blue\n'
  try {
    const run = await runOnPullRequest('ml-platform', 901)
    const valid = byCheck(await findingsOf(run), 'github.pr.ai-inventory-valid')
    expect(valid.status).toBe('fail')
    expect(valid.locations![0]).toMatchObject({ path: '.github/ai-inventory.yml', line: 7 })
    expect(byCheck(await findingsOf(run), 'github.pr.ai-inventory-drift').status).toBe('error')
  } finally {
    inventory.headContent = saved
  }
})

test('a clean pull request is all clear', async () => {
  const run = await runOnPullRequest('payments-api', 902)
  expect(run.code).toBe(0)
  expect(simulator.checkRuns('acme-corp/payments-api')[0]!.conclusion).toBe('success')
  expect(run.summary).toContain('All clear')
})

test('a fork PR with a read-only token falls back to workflow annotations, naming the permission', async () => {
  const run = await runOnPullRequest('web-frontend', 903, READ_ONLY)
  expect(run.stdout).toMatch(
    /::warning::Cannot write the check run or the PR comment: the token lacks checks: write and pull_requests: write/
  )
  expect(run.stdout).toContain('pull requests from forks get a read-only token')
  expect(simulator.checkRuns('acme-corp/web-frontend')).toEqual([])
  expect(run.outputs['sarif-file']).toBeDefined()
  expect(run.code).not.toBe(2)
})
