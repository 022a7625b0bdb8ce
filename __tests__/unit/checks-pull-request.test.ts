import { configSchema } from '../../src/config/schema.js'
import {
  workflowPermissions,
  permissionProblems
} from '../../src/checks/pull-request/workflow-permissions.js'
import { unpinnedActions } from '../../src/checks/pull-request/workflow-pinned-actions.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import { PR_EVIDENCE, type FileVersions, type PullRequestRef } from '../../src/sources/github/pull-request.js'

const pr: PullRequestRef = {
  repository: 'octo/app',
  number: 7,
  title: 't',
  url: 'u',
  author: 'a',
  headSha: 'h'.repeat(40),
  headRef: 'f',
  headRepository: 'octo/app',
  baseSha: 'b'.repeat(40),
  baseRef: 'main',
  fork: false
}
const subject = 'github:octo/app#7'

function context(files: FileVersions[], truncated = false) {
  const record = (kind: string, file: string, data: unknown) => ({
    path: `evidence/${file}.json`,
    source: 'github',
    subject,
    kind,
    requests: [],
    data
  })
  return {
    evidence: new EvidenceIndex([
      record(PR_EVIDENCE.pullRequest, 'pr', pr),
      record(PR_EVIDENCE.files, 'files', { files: [], truncated }),
      record(PR_EVIDENCE.contents, 'contents', {
        headSha: pr.headSha,
        baseSha: pr.baseSha,
        files,
        inventory: { path: '.github/ai-inventory.yml' }
      })
    ]),
    config: configSchema.parse({}),
    period: { start: '2026-11-25T00:00:00Z', end: '2026-11-25T01:00:00Z', expression: 'pull-request' }
  }
}

describe('workflow checks', () => {
  test('permissions: missing, write-all at top and job level', () => {
    expect(permissionProblems('w.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n')).toEqual([
      expect.objectContaining({ line: 1 })
    ])
    expect(permissionProblems('w.yml', 'on: push\npermissions: write-all\njobs: {}\n')).toEqual([
      expect.objectContaining({ line: 2 })
    ])
    expect(
      permissionProblems(
        'w.yml',
        'on: push\npermissions: {contents: read}\njobs:\n  a:\n    permissions: write-all\n'
      )
    ).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('Job `a`') })])
    expect(permissionProblems('w.yml', 'on: push\npermissions:\n  contents: read\n')).toEqual([])
  })

  test('pinned actions: first-party and SHA-pinned pass, tags, branches and bare docker images do not', () => {
    const text = `on: push
jobs:
  a:
    steps:
      - uses: actions/checkout@v4
      - uses: acme/tool@8f4b7f84864484a7bf31766abe9204da3cbe65b3
      - uses: acme/tool@v1
      - uses: acme/tool@main
      - uses: ./local-action
      - uses: docker://alpine:3.20
      - uses: docker://alpine@sha256:0123
  b:
    uses: acme/workflows/.github/workflows/build.yml@v2
`
    expect(unpinnedActions('w.yml', text).map((l) => l.line)).toEqual([7, 8, 10, 13])
  })

  test('a YAML error is reported at its line', () => {
    expect(permissionProblems('w.yml', 'on: push\njobs: [\n')[0]!.message).toContain('invalid YAML')
  })

  test('more files than GitHub lists turn a pass into an error', () => {
    const files = [
      {
        path: '.github/workflows/ci.yml',
        status: 'modified',
        head: 'on: push\npermissions: {contents: read}\n'
      }
    ]
    expect(workflowPermissions.evaluate(context(files))[0]!.status).toBe('pass')
    const [truncated] = workflowPermissions.evaluate(context(files, true))
    expect(truncated).toMatchObject({
      status: 'error',
      message: expect.stringContaining('more than 3000 files')
    })
  })
})

describe('workflow anchors and aliases are read as GitHub Actions reads them', () => {
  test('write-all behind an alias is found', () => {
    const workflow =
      'on: push\npermissions: &everything write-all\njobs:\n  build:\n    permissions: *everything\n    runs-on: ubuntu-latest\n    steps:\n      - uses: &deploy some-org/deploy@v2\n      - uses: *deploy\n'
    expect(permissionProblems('.github/workflows/ci.yml', workflow).map((p) => p.line)).toEqual([2, 5])
    expect(unpinnedActions('.github/workflows/ci.yml', workflow)).toHaveLength(2)
  })

  test('an alias bomb is a problem at line 1, not a hang', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `b${i}: &b${i} [${Array(9)
            .fill(`*${i === 0 ? 'a' : `b${i - 1}`}`)
            .join(', ')}]`
      ),
      'jobs: {}'
    ].join('\n')
    expect(permissionProblems('.github/workflows/ci.yml', bomb)).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('alias bomb') })
    ])
  })
})
