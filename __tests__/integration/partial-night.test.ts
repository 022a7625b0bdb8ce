import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { CLI_ENTRY, runAction, runNode, type ActionRun } from '../support/run-action.js'

/** Nothing listens here: a connection is refused at once. */
const CLOSED = 'http://127.0.0.1:1'
let github: GitHubSimulator

beforeAll(async () => {
  github = await startGitHubSimulator({ orgs: [demoOrg(new Date())] })
})
afterAll(() => github.close())

async function nightly(
  inputs: Record<string, string>,
  options: { apiUrl?: string; config?: string; env?: Record<string, string> } = {}
): Promise<ActionRun> {
  const workspace = await mkdtemp(join(tmpdir(), 'annex-partial-'))
  if (options.config) {
    await mkdir(join(workspace, '.github'))
    await writeFile(join(workspace, '.github', 'evidence.yml'), options.config)
  }
  const apiUrl = options.apiUrl ?? github.url
  return runAction({
    inputs: { 'github-token': 'ghs_simulator_token', repositories: 'acme-corp/payments-api', ...inputs },
    apiUrl,
    graphqlUrl: `${apiUrl}/graphql`,
    workspace,
    ...(options.env ? { env: options.env } : {})
  })
}

const errors = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::error::'))

describe('a night that collected nothing from a source is not green (default fail-on)', () => {
  test('GitHub unreachable: exit 3, an ::error:: naming the repository, and a bundle all the same', async () => {
    const run = await nightly({}, { apiUrl: CLOSED })
    expect(run.code).toBe(3)
    expect(errors(run)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^::error::GitHub repository acme-corp\/payments-api collected nothing: /)
      ])
    )
    expect(run.stdout).toContain('1 source(s) collected nothing')
    expect(run.outputs['bundle-path']).toBeTruthy()
  })

  test('a misspelt repository: exit 3 naming it; the repositories that exist are still collected', async () => {
    const run = await nightly({ repositories: 'acme-corp/payments-api, acme-corp/paymnets-api' })
    expect(run.code).toBe(3)
    const lines = errors(run)
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          '::error::GitHub repository acme-corp/paymnets-api collected nothing: Repository acme-corp/paymnets-api was not found'
        )
      ])
    )
    expect(lines.some((line) => line.includes('acme-corp/payments-api collected nothing'))).toBe(false)
  })

  test('AWS enabled but unreachable: exit 3 naming AWS', async () => {
    const run = await nightly(
      {},
      {
        config: 'aws:\n  enabled: true\n  regions: [eu-west-1]\n',
        env: {
          AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE000000000',
          AWS_SECRET_ACCESS_KEY: 'example-secret-key-0000000000000000000000',
          AWS_REGION: 'eu-west-1',
          AWS_ENDPOINT_URL: CLOSED,
          AWS_EC2_METADATA_DISABLED: 'true',
          AWS_MAX_ATTEMPTS: '1'
        }
      }
    )
    expect(run.code).toBe(3)
    expect(errors(run)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^::error::AWS collected nothing: /)])
    )
  })

  test('fail-on: none accepts such a night, but still says so with ::error::', async () => {
    const run = await nightly({ repositories: 'acme-corp/paymnets-api', 'fail-on': 'none' })
    expect(run.code).toBe(0)
    expect(errors(run)).toEqual([
      expect.stringContaining('GitHub repository acme-corp/paymnets-api collected nothing')
    ])
  })

  test('the CLI exits 3 too, with the source named on stderr', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'annex-partial-cli-'))
    const result = await runNode(
      CLI_ENTRY,
      ['collect', '--repositories', 'acme-corp/paymnets-api', '--destination', join(dir, 'bundles')],
      { GITHUB_TOKEN: 'ghs_simulator_token', GITHUB_API_URL: github.url, ANNEX_EVIDENCE_RETRY_BASE_MS: '20' },
      dir
    )
    expect(result.stderr).toContain('error: GitHub repository acme-corp/paymnets-api collected nothing')
    expect(result.code).toBe(3)
  })
})
