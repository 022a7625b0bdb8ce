import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CASES, runCase, STACK_TRACE } from '../support/bad-input-corpus.js'
import { ACTION_ENTRY, CLI_ENTRY, runNode, type ProcessResult } from '../support/run-action.js'

/** Two cores shared with other work: a few processes at a time. */
const POOL = 3

let root: string
const results = new Map<string, Promise<ProcessResult>>()

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'annex-bad-input-'))
  // Every case starts in the pool now; each test waits for its own.
  const run = limiter(POOL)
  CASES.forEach((c, index) =>
    results.set(
      c.name,
      run(() => runCase(c, root, index))
    )
  )
})
afterAll(async () => {
  await Promise.allSettled(results.values())
  await rm(root, { recursive: true, force: true })
})

/** At most `size` tasks running at once, started in the order given. */
function limiter(size: number) {
  let running = 0
  const waiting: (() => void)[] = []
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve))
    running++
    try {
      return await task()
    } finally {
      running--
      waiting.shift()?.()
    }
  }
}

test('the corpus has at least 100 cases, each with its own name', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(100)
  expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length)
})

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test('exits 2 with one line naming the input, what was expected and what was found; no stack trace', async () => {
    const result = await results.get(c.name)!
    const output = `${result.stdout}\n${result.stderr}`
    for (const pattern of STACK_TRACE)
      expect({ output, stackTrace: pattern.test(output) }).toEqual({ output, stackTrace: false })
    // The CLI writes `error: …` to stderr; the action fails the step with one `::error::` command.
    const lines = c.action
      ? result.stdout.split('\n').filter((line) => line.startsWith('::error::'))
      : result.stderr.split('\n').filter((line) => line.startsWith('error: '))
    expect({ lines, output }).toEqual({ lines: [expect.stringContaining(c.names)], output })
    const line = lines[0]!
    expect(line).not.toContain('%0A')
    if (c.says) expect(line).toMatch(c.says)
    else {
      expect(line).toMatch(/expected/)
      expect(line).toMatch(/got/)
    }
    expect(result.code).toBe(2)
  }, 600_000)
})

/** Issue 12, item 4: one schema validates both surfaces, so the same bad value gets the same words. */
test.each([
  ['--rate-limit-wait abc', 'rate-limit-wait abc', 'rate-limit-wait'],
  ['unknown --fail-on', 'fail-on sometimes', 'fail-on'],
  ['months in --period', 'period in months', 'period']
])(
  'the CLI (%s) and the action (%s) refuse alike, in the same words',
  async (cliCase, actionCase, name) => {
    const cli = (await results.get(cliCase)!).stderr.split('\n').find((line) => line.startsWith('error: '))!
    const action = (await results.get(actionCase)!).stdout
      .split('\n')
      .find((line) => line.startsWith('::error::'))!
    expect(cli.startsWith(`error: --${name}: expected `)).toBe(true)
    expect(action.replace(`::error::${name} input:`, `error: --${name}:`)).toBe(cli)
  },
  600_000
)

/** Issue #11, item 17: an auditor's laptop with Node 20 gets one line saying what to install. */
describe('an older Node', () => {
  const OLD_NODE = '/usr/bin/node'
  const version = existsSync(OLD_NODE)
    ? execFileSync(OLD_NODE, ['--version'], { encoding: 'utf8' }).trim()
    : undefined
  const old = version !== undefined && Number(version.replace(/^v/, '').split('.')[0]) < 24
  if (!old) {
    test.skip(`needs a Node older than 24 at ${OLD_NODE} (found ${version ?? 'none'})`, () => {})
    return
  }
  test.each([
    ['the CLI', CLI_ENTRY, ['verify', 'some-bundle']],
    ['the action', ACTION_ENTRY, []]
  ])(`%s on ${version} says which Node to install, exits 2, no stack trace`, async (_name, entry, args) => {
    const result = await runNode(entry, args, {}, undefined, undefined, { execPath: OLD_NODE })
    const output = `${result.stdout}${result.stderr}`
    expect(output.trim().split('\n')).toEqual([
      `error: annex-evidence needs Node.js 24 or later, found ${version}: install Node.js 24 LTS (https://nodejs.org/en/download, or nvm install 24) and run it again`
    ])
    expect(result.code).toBe(2)
  })
})
