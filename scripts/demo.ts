// `npm run demo`: a full evidence run of the built action against the local GitHub API simulator
// (a demo org of 13 repositories), then `verify` on the bundle it wrote, then the control table.
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { demoOrg } from '../__tests__/support/github-model.js'
import { startGitHubSimulator } from '../__tests__/support/github-simulator.js'
import { CLI_ENTRY, ROOT, runAction, runNode } from '../__tests__/support/run-action.js'
import type { ControlsReport } from '../src/controls/rollup.js'
import { renderControlTable } from '../src/report/console.js'

const { values } = parseArgs({
  options: {
    destination: { type: 'string', default: join(ROOT, 'evidence-bundles') },
    period: { type: 'string', default: 'P1D' }
  }
})
const destination = resolve(values.destination)
const now = new Date()
const simulator = await startGitHubSimulator({ orgs: [demoOrg(now)] })
console.log(`GitHub API simulator on ${simulator.url} (org acme-corp, 13 repositories)\n`)
try {
  const run = await runAction({
    inputs: {
      'github-token': 'ghs_simulator_token',
      repositories: 'acme-corp/*',
      destination,
      period: values.period
    },
    apiUrl: simulator.url,
    graphqlUrl: simulator.graphqlUrl,
    env: { GITHUB_RUN_ID: `demo-${now.getTime()}` }
  })
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('::add-mask::') || line === '::endgroup::') continue
    console.log(line.replace(/^::group::/, '── ').replace(/^::(warning|error)::/, '$1: '))
  }
  const bundle = run.outputs['bundle-path']
  if (!bundle) {
    console.error(`The action wrote no bundle (exit ${run.code}).\n${run.stderr}`)
    process.exit(1)
  }
  console.log(`── Verify (node dist/cli.js verify)`)
  const verified = await runNode(CLI_ENTRY, ['verify', bundle], {})
  console.log(verified.stdout.trimEnd())
  const controls = JSON.parse(await readFile(join(bundle, 'controls.json'), 'utf8')) as ControlsReport
  console.log(`\n── Controls\n${renderControlTable(controls)}`)
  const failed = run.outputs['failed-controls'] ? run.outputs['failed-controls'].split(',') : []
  console.log(`Requests to the GitHub API: ${simulator.requests.length} for 13 repositories`)
  console.log(
    `The action step would exit ${run.code}: ${failed.length} control(s) failing (fail-on: failing-control).`
  )
  console.log(`Job summary: ${join(run.workspace, '.step-summary.md')}`)
  console.log(`Bundle: ${bundle}`)
  console.log(`Statement of Applicability: ${join(bundle, 'soa.md')}`)
  process.exitCode = verified.code === 0 ? 0 : 1
} finally {
  await simulator.close()
}
