import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { verifyBundle, type VerifyReport } from './bundle/verify.js'
import { verifyStore, type PeriodReport } from './bundle/verify-period.js'
import { ARCHIVE_SUFFIX, extractBundleArchive } from './bundle/archive.js'
import { generateSigningKeyPair, parsePublicKey } from './bundle/signing.js'
import { resolvePeriod } from './config/period.js'
import { LocalStore } from './store/local.js'
import { S3Store } from './store/s3.js'
import { InputError } from './config/errors.js'
import { apiUrls, parseList, retryBaseMs, runMetadata, s3Settings } from './environment.js'
import { renderControlTable } from './report/console.js'
import { FAIL_ON_VALUES, runEvidence, type FailOn, type Logger } from './run.js'
import { GitHubRequestFailure } from './sources/github/requests.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'
import { redactProcessOutput, registerEnvironmentSecrets, registerSecret } from './util/redact.js'

const USAGE = `${TOOL_NAME} ${TOOL_VERSION}: audit evidence for ISO/IEC 27001:2022 and ISO/IEC 42001:2023 Annex A controls

Usage:
  ${TOOL_NAME} collect [--repositories owner/repo,owner/*] [--config .github/evidence.yml]
                       [--destination evidence-bundles] [--period P1D] [--fail-on failing-control]
      Collects evidence, evaluates the checks and writes a bundle. Token from GITHUB_TOKEN (or GH_TOKEN);
      API from GITHUB_API_URL / GITHUB_GRAPHQL_URL (default api.github.com).
      S3: --destination s3://bucket/prefix [--aws-region R] [--s3-endpoint URL] [--s3-force-path-style true]
      [--sse AES256|aws:kms] [--kms-key-id K] [--retention-mode GOVERNANCE|COMPLIANCE --retention-days N]
      [--spool-dir evidence-bundles]; signing: --signing-key-file key.pem (or SIGNING_KEY).
  ${TOOL_NAME} verify <bundle dir | bundle .tar.gz> [--public-key key.pub] [--json]
      Recomputes every hash, checks the signature, and re-derives every finding from the raw evidence.
  ${TOOL_NAME} verify <s3://bucket/prefix | directory of bundles> [--from 2026-07-01] [--to 2026-09-30]
                      [--every 1d] [--public-key key.pub] [--json]
      Every bundle of the period, the hash chain between them, and gaps in the cadence and the evidence.
  ${TOOL_NAME} keygen
      Prints a new ed25519 key pair for signing manifests.

Exit codes: 0 ok, 1 failing controls (per --fail-on) or integrity failure, 2 bad input or usage,
3 a whole source (GitHub, a repository, AWS, a model registry) collected nothing (unless --fail-on none).`

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
      'rate-limit-wait': { type: 'string', default: '900' },
      'spool-dir': { type: 'string', default: 'evidence-bundles' },
      'aws-region': { type: 'string' },
      's3-endpoint': { type: 'string' },
      's3-force-path-style': { type: 'string' },
      sse: { type: 'string' },
      'kms-key-id': { type: 'string' },
      'retention-mode': { type: 'string' },
      'retention-days': { type: 'string' },
      'signing-key-file': { type: 'string' }
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
    destination: values.destination.startsWith('s3://') ? values.destination : resolve(values.destination),
    spoolDir: resolve(values['spool-dir']),
    s3: s3Settings((name) => values[name as keyof typeof values] as string | undefined, process.env),
    signingKey: await readSigningKey(values['signing-key-file']),
    period: values.period,
    failOn: failOn as FailOn,
    run: runMetadata(process.env, now),
    now,
    rateLimitBudgetSeconds: Number(values['rate-limit-wait']),
    retryBaseMs: retryBaseMs(process.env),
    log: consoleLogger,
    workspace: process.cwd(),
    env: process.env
  })
  console.log(renderControlTable(result.controls))
  console.log(`Bundle: ${result.bundleDir}`)
  console.log(`Manifest SHA-256: ${result.manifestSha256}`)
  for (const failure of result.sourceFailures) console.error(`error: ${failure}`)
  if (result.publishError) {
    console.error(`error: ${result.publishError.message}`)
    return result.publishError.badInput ? 2 : 1
  }
  // 3: a whole source collected nothing (see README, "Exit codes").
  if (result.failed && result.sourceFailures.length > 0) return 3
  return result.failed ? 1 : 0
}

/** The key comes from a file (or SIGNING_KEY in the environment), never from the command line, where `ps` shows it. */
async function readSigningKey(file: string | undefined): Promise<string | undefined> {
  if (file) {
    try {
      const key = await readFile(file, 'utf8')
      registerSecret(key)
      return key
    } catch (error) {
      throw new InputError(
        `--signing-key-file: cannot read ${file} (${(error as NodeJS.ErrnoException).code})`
      )
    }
  }
  return process.env.SIGNING_KEY || undefined
}

async function verify(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: 'boolean', default: false },
      'public-key': { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      every: { type: 'string' },
      'aws-region': { type: 'string' },
      's3-endpoint': { type: 'string' },
      's3-force-path-style': { type: 'string' }
    },
    allowPositionals: true
  })
  if (positionals.length !== 1) {
    throw new InputError(
      'verify: expected one bundle directory, bundle archive (.tar.gz), directory of bundles, or s3://bucket/prefix'
    )
  }
  const target = positionals[0]!
  const trustedKeys = await Promise.all(
    (values['public-key'] ?? []).map(async (file) =>
      parsePublicKey(await readText(file, '--public-key'), `--public-key ${file}`)
    )
  )
  const period = {
    from: values.from ? parseDay(values.from, '--from', 'start') : undefined,
    to: values.to ? parseDay(values.to, '--to', 'end') : undefined,
    every: values.every ? parseEvery(values.every) : undefined
  }
  if (target.startsWith('s3://')) {
    const settings = s3Settings(
      (name) => values[name as keyof typeof values] as string | undefined,
      process.env
    )
    const store = new S3Store({
      uri: target,
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      maxAttempts: 3
    })
    return printPeriod(await verifyStore(store, { trustedKeys, ...period }), values.json)
  }
  const path = resolve(target)
  if (path.endsWith(ARCHIVE_SUFFIX)) {
    const dir = await mkdtemp(join(tmpdir(), 'annex-archive-'))
    try {
      const report = await verifyBundle(await extractBundleArchive(path, dir), { trustedKeys })
      return printBundle({ ...report, bundle: path }, values.json)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  const isBundle = await stat(join(path, 'manifest.json')).then(
    () => true,
    () => false
  )
  const isDirectory = await stat(path).then(
    (info) => info.isDirectory(),
    () => false
  )
  if (!isBundle && isDirectory && (await hasBundles(path))) {
    return printPeriod(await verifyStore(new LocalStore(path), { trustedKeys, ...period }), values.json)
  }
  return printBundle(await verifyBundle(path, { trustedKeys }), values.json)
}

async function hasBundles(dir: string): Promise<boolean> {
  for await (const object of new LocalStore(dir).list(''))
    if (object.key.endsWith('/manifest.json')) return true
  return false
}

function describe(report: VerifyReport): string {
  const head = report.manifest
    ? `Bundle ${report.bundle}\n  scope ${report.manifest.scope}, period ${report.manifest.period.start} → ${report.manifest.period.end}, made by ${report.manifest.tool.name} ${report.manifest.tool.version}\n  signature: ${report.signature.status}: ${report.signature.message}`
    : `Bundle ${report.bundle}`
  if (report.ok) {
    return `${head}\n  OK: ${report.filesChecked} files match the manifest; ${report.findingsRederived} findings and every control status re-derived from the evidence.`
  }
  return `${head}\n  FAILED: ${report.problems.length} problem(s)\n${report.problems.map((p) => `  - ${p.message}`).join('\n')}`
}

function printBundle(report: VerifyReport, json: boolean): number {
  console.log(json ? JSON.stringify(report, null, 2) : describe(report))
  return report.ok ? 0 : 1
}

function printPeriod(report: PeriodReport, json: boolean): number {
  if (json) {
    console.log(JSON.stringify(report, null, 2))
    return report.ok ? 0 : 1
  }
  const rows = report.bundles.map((row) => [
    row.status.toUpperCase(),
    row.key,
    row.period ? `${row.period.start.slice(0, 16)} → ${row.period.end.slice(0, 16)}` : '-',
    row.signature ?? '-',
    row.findings === undefined ? '-' : String(row.findings)
  ])
  const header = ['STATUS', 'BUNDLE', 'EVIDENCE PERIOD', 'SIGNATURE', 'FINDINGS']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')
  console.log(
    `Bundles in ${report.location}${report.from || report.to ? ` from ${report.from ?? '…'} to ${report.to ?? '…'}` : ''}`
  )
  console.log(line(header))
  for (const [index, row] of rows.entries()) {
    console.log(line(row))
    for (const problem of report.bundles[index]!.problems) console.log(`    - ${problem}`)
  }
  for (const problem of report.problems) console.log(`- ${problem}`)
  const failed = report.bundles.filter((row) => row.status !== 'ok').length
  console.log(
    report.ok
      ? `VERDICT: OK: ${report.bundles.length} bundle(s) intact, chained, and without gaps.`
      : `VERDICT: FAILED: ${failed} of ${report.bundles.length} bundle(s) with problems, ${report.problems.length} chain or coverage problem(s).`
  )
  return report.ok ? 0 : 1
}

function parseDay(value: string, flag: string, edge: 'start' | 'end'): Date {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const date = new Date(day ? `${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z` : value)
  if (Number.isNaN(date.getTime()))
    throw new InputError(
      `${flag}: expected a date (2026-07-01) or an ISO 8601 time, got ${JSON.stringify(value)}`
    )
  return date
}

function parseEvery(value: string): number {
  const simple = /^(\d+)([dh])$/.exec(value)
  if (simple) return Number(simple[1]) * (simple[2] === 'd' ? 86_400_000 : 3_600_000)
  const period = resolvePeriod(value, new Date(0), '--every')
  return Date.parse(period.end) - Date.parse(period.start)
}

async function readText(file: string, flag: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    throw new InputError(`${flag}: cannot read ${file} (${(error as NodeJS.ErrnoException).code})`)
  }
}

function keygen(): number {
  const pair = generateSigningKeyPair()
  console.log(pair.privateKeyPem.trimEnd())
  console.log(pair.publicKeyPem.trimEnd())
  console.error(
    `Key fingerprint ${pair.fingerprint}. Store the PRIVATE KEY block as a secret (signing-key input); give the PUBLIC KEY block to auditors (verify --public-key).`
  )
  return 0
}

export async function cli(argv: string[]): Promise<number> {
  redactProcessOutput()
  registerEnvironmentSecrets(process.env)
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'collect':
        return await collect(rest)
      case 'verify':
        return await verify(rest)
      case 'keygen':
        return keygen()
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
