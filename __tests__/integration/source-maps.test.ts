import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { runAction } from '../support/run-action.js'

/** Issue 12, item 7: dist/ ships source maps and enables them, so a failed step's stack names src/ lines. */
let github: GitHubSimulator

beforeAll(async () => {
  github = await startGitHubSimulator({
    orgs: [demoOrg(new Date())],
    tokens: [{ value: 'maps-token', admin: true }]
  })
})
afterAll(async () => {
  await github.close()
})

test('an unexpected error in the action prints a stack of src/ files and lines, not bundle offsets', async () => {
  // GITHUB_OUTPUT naming a directory: the runner never does this, so setting an output fails with
  // EISDIR, an error no code path expects, and the action reports it with its stack.
  const run = await runAction({
    inputs: { 'github-token': 'maps-token', repositories: 'acme-corp/payments-api', 'fail-on': 'none' },
    apiUrl: github.url,
    graphqlUrl: github.graphqlUrl,
    env: { GITHUB_OUTPUT: '/' }
  })
  const error = run.stdout.split('\n').find((line) => line.startsWith('::error::'))
  expect(error).toBeDefined()
  const frames = error!.split('%0A').filter((line) => line.trim().startsWith('at '))
  expect(frames.length).toBeGreaterThan(0)
  expect(frames.some((frame) => /[/\\]src[/\\]main\.ts:\d+:\d+\)?$/.test(frame))).toBe(true)
  expect(frames.filter((frame) => frame.includes('dist/chunks/'))).toEqual([])
})
