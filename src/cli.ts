import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { verifyBundle, type VerifyReport } from './bundle/verify.js'
import { InputError } from './config/errors.js'
import { apiUrls, parseList, retryBaseMs, runMetadata } from './environment.js'
import { renderControlTable } from './report/console.js'
import { FAIL_ON_VALUES, runEvidence, type FailOn, type Logger } from './run.js'
import { GitHubRequestFailure } from './sources/github/requests.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'

const USAGE = `${TOOL_NAME} ${TOOL_VERSION}: audit evidence for ISO/IEC 27001:2022 and ISO/IEC 42001:2023 Annex A controls

Usage:
  ${TOOL_NAME} collect [--repositories owner/repo,owner/*] [--config .github/evidence.yml]
                       [--destination evidence-bundles] [--period P1D] [--fail-on failing-control]
      Collects evidence, evaluates the checks and writes a bundle. Token from GITHUB_TOKEN (or GH_TOKEN);
      API from GITHUB_API_URL / GITHUB_GRAPHQL_URL (default api.github.com).
  ${TOOL_NAME} verify <bundle dir> [--json]
      Recomputes every hash and re-derives every finding from the raw evidence.

Exit codes: 0 ok, 1 failing controls (per --fail-on) or integrity failure, 2 bad input or usage.`

const consoleLogger: Logger = {
  info: (message) => console.error(message),
  warning: (message) => console.error(`warning: ${message}`),
  group: async (name, body) => {
    console.error(`── ${name}`)
    return body()
  }
}

async function collect(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      repositories: { type: 'string' },
      config: { type: 'string' },
      destination: { type: 'string', default: 'evidence-bundles' },
      period: { type: 'string' },
      'fail-on': { type: 'string', default: 'failing-control' },
      'rate-limit-wait': { type: 'string', default: '900' }
    },
    strict: true
  })
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN
  if (!token)
    throw new InputError(
      'No token: set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repositories.'
    )
  const failOn = values['fail-on']
  if (!FAIL_ON_VALUES.includes(failOn as FailOn)) {
    throw new InputError(
      `--fail-on: expected one of ${FAIL_ON_VALUES.join(', ')}, got ${JSON.stringify(failOn)}`
    )
  }
  const now = new Date()
  const result = await runEvidence({
    token,
    ...apiUrls(process.env),
    repositories: parseList(values.repositories ?? ''),
    currentRepository: process.env.GITHUB_REPOSITORY,
    configPath: resolve(values.config ?? join('.github', 'evidence.yml')),
    configExplicit: values.config !== undefined,
    destination: resolve(values.destination),
    period: values.period,
    failOn: failOn as FailOn,
    run: runMetadata(process.env, now),
    now,
    rateLimitBudgetSeconds: Number(values['rate-limit-wait']),
    retryBaseMs: retryBaseMs(process.env),
    log: consoleLogger
  })
  console.log(renderControlTable(result.controls))
  console.log(`Bundle: ${result.bundleDir}`)
  console.log(`Manifest SHA-256: ${result.manifestSha256}`)
  return result.failed ? 1 : 0
}

async function verify(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true
  })
  if (positionals.length !== 1)
    throw new InputError(
      'verify: expected exactly one bundle directory, e.g. `verify evidence-bundles/acme/2026/11/25/20261125T010000Z-123`'
    )
  const report = await verifyBundle(resolve(positionals[0]!))
  console.log(values.json ? JSON.stringify(report, null, 2) : describe(report))
  return report.ok ? 0 : 1
}

function describe(report: VerifyReport): string {
  const head = report.manifest
    ? `Bundle ${report.bundle}\n  scope ${report.manifest.scope}, period ${report.manifest.period.start} → ${report.manifest.period.end}, made by ${report.manifest.tool.name} ${report.manifest.tool.version}`
    : `Bundle ${report.bundle}`
  if (report.ok) {
    return `${head}\n  OK: ${report.filesChecked} files match the manifest; ${report.findingsRederived} findings and every control status re-derived from the evidence.`
  }
  return `${head}\n  FAILED: ${report.problems.length} problem(s)\n${report.problems.map((p) => `  - ${p.message}`).join('\n')}`
}

export async function cli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'collect':
        return await collect(rest)
      case 'verify':
        return await verify(rest)
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        console.log(USAGE)
        return command === undefined ? 2 : 0
      case '--version':
        console.log(TOOL_VERSION)
        return 0
      default:
        throw new InputError(
          `unknown command ${JSON.stringify(command)}; expected collect or verify (see --help)`
        )
    }
  } catch (error) {
    if (error instanceof InputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`error: ${(error as Error).message}`)
      return 2
    }
    if (error instanceof GitHubRequestFailure) {
      console.error(`error: ${error.message}`)
      return error.request.status === 401 ? 2 : 1
    }
    throw error
  }
}

process.exitCode = await cli(process.argv.slice(2))
