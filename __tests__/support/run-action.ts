import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** ANNEX_EVIDENCE_DIST: a build of the working tree elsewhere (`BUILD_OUTDIR=… node scripts/build.mjs`). */
const DIST = process.env.ANNEX_EVIDENCE_DIST || join(ROOT, 'dist')
export const ACTION_ENTRY = join(DIST, 'index.js')
export const CLI_ENTRY = join(DIST, 'cli.js')

export interface ProcessResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs a built entry point with exactly the environment given (nothing leaks in from the developer's shell). */
export function runNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd = ROOT,
  killWhen?: RegExp,
  options: { timeoutMs?: number; execPath?: string } = {}
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.execPath ?? process.execPath, [script, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...childCoverage(), ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      // Simulates a runner that dies (cancelled job, lost machine) at a chosen moment.
      if (killWhen?.test(stdout)) child.kill('SIGKILL')
    })
    child.stderr.on('data', (chunk) => (stderr += chunk))
    // A hang (a path that never ends, a loop) becomes a result the test can report, not a stuck suite.
    const timer = options.timeoutMs
      ? setTimeout(() => {
          stderr += `\n[killed after ${options.timeoutMs} ms]`
          child.kill('SIGKILL')
        }, options.timeoutMs)
      : undefined
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/**
 * Under `npm run coverage` (scripts/coverage.mjs), each child writes V8 coverage of dist/ into this
 * directory; the script maps it through dist/'s source maps onto src/ and adds it to the unit tests'.
 */
export const CHILD_COVERAGE_VARIABLE = 'ANNEX_EVIDENCE_CHILD_V8_COVERAGE'
const childCoverage = (): Record<string, string> => {
  const dir = process.env[CHILD_COVERAGE_VARIABLE]
  return dir ? { NODE_V8_COVERAGE: dir } : {}
}

export interface ActionRun extends ProcessResult {
  outputs: Record<string, string>
  summary: string
  workspace: string
}

/**
 * Runs `node dist/index.js` as the runner does: inputs as INPUT_* variables, outputs and the job summary
 * through the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
export async function runAction(options: {
  inputs: Record<string, string>
  apiUrl: string
  graphqlUrl: string
  workspace?: string
  env?: Record<string, string>
  killWhen?: RegExp
  timeoutMs?: number
}): Promise<ActionRun> {
  const workspace = options.workspace ?? (await mkdtemp(join(tmpdir(), 'annex-workspace-')))
  const outputFile = join(workspace, '.github-output')
  const summaryFile = join(workspace, '.step-summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: options.graphqlUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme-corp/payments-api',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'evidence',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_ACTOR: 'octocat',
    ANNEX_EVIDENCE_RETRY_BASE_MS: '20',
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const result = await runNode(ACTION_ENTRY, [], env, workspace, options.killWhen, {
    timeoutMs: options.timeoutMs
  })
  return {
    ...result,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    workspace
  }
}

/** The GITHUB_OUTPUT file format: `name<<DELIMITER\nvalue\nDELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}
