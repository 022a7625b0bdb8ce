import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { verifyBundle, type VerifyReport } from './bundle/verify.js'
import { verifyStore, type PeriodReport } from './bundle/verify-period.js'
import { ARCHIVE_SUFFIX, extractBundleArchive } from './bundle/archive.js'
import { generateSigningKeyPair, parsePublicKey } from './bundle/signing.js'
import { LocalStore } from './store/local.js'
import { parseS3Uri, S3Store } from './store/s3.js'
import { InputError } from './config/errors.js'
import { apiUrls, retryBaseMs, runMetadata } from './environment.js'
import { checkNotVirtual, checkWritableDirectory, readInputFile } from './inputs/paths.js'
import { cadenceValue, instantValue, parseValue, pathValue } from './inputs/parsers.js'
import {
  cliSource,
  KEY_FILE_MAX_BYTES,
  readCliSigningKey,
  readRunInputs,
  readS3Settings
} from './inputs/run-inputs.js'
import { renderControlTable } from './report/console.js'
import { runEvidence, type Logger } from './run.js'
import { GitHubRequestFailure } from './sources/github/requests.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'

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
  ${TOOL_NAME} keygen [--out evidence-signing]
      Makes a new ed25519 key pair for signing manifests: printed, or written to the --out file (private,
      mode 600) and the --out file with .pub (public, for auditors); existing files are never overwritten.

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
      destination: { type: 'string' },
      period: { type: 'string' },
      'fail-on': { type: 'string' },
      'rate-limit-wait': { type: 'string' },
      'spool-dir': { type: 'string' },
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
      'GITHUB_TOKEN: expected a token that can read the repositories (or GH_TOKEN), got nothing'
    )
  // Defaults and checks are the action's (readRunInputs): the CLI and the action take the same values.
  const signingKey = await readCliSigningKey(values['signing-key-file'], process.env)
  const inputs = await readRunInputs(cliSource(values), { base: process.cwd(), env: process.env })
  const now = new Date()
  const result = await runEvidence({
    token,
    ...apiUrls(process.env),
    ...inputs,
    currentRepository: process.env.GITHUB_REPOSITORY,
    signingKey,
    run: runMetadata(process.env, now),
    now,
    retryBaseMs: retryBaseMs(process.env),
    log: consoleLogger,
    workspace: process.cwd(),
    env: process.env
  })
  console.log(renderControlTable(result.controls))
  console.log(`Bundle: ${result.bundleDir}`)
  console.log(`Manifest SHA-256: ${result.manifestSha256}`)
  if (result.publishError) {
    console.error(`error: ${result.publishError.message}`)
    return result.publishError.badInput ? 2 : 1
  }
  return result.failed ? 1 : 0
}

const VERIFY_TARGETS =
  'expected one bundle directory, bundle archive (.tar.gz), directory of bundles, or s3://bucket/prefix'
const PERIOD_FLAGS = ['from', 'to', 'every'] as const
const S3_FLAGS = ['aws-region', 's3-endpoint', 's3-force-path-style'] as const

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
    allowPositionals: true,
    strict: true
  })
  if (positionals.length !== 1 || positionals[0] === '') {
    throw new InputError(
      `verify: ${VERIFY_TARGETS}, got ${positionals.length === 0 ? 'none' : positionals.map((p) => JSON.stringify(p)).join(' ')}`
    )
  }
  const target = positionals[0]!
  const source = cliSource(values)
  const trustedKeys = await Promise.all(
    (values['public-key'] ?? []).map(async (file) => {
      const text = await readInputFile(parseValue(pathValue, file, '--public-key'), '--public-key', {
        expected: 'expected a file with an ed25519 public key',
        maxBytes: KEY_FILE_MAX_BYTES
      })
      return parsePublicKey(text, `--public-key ${file}`)
    })
  )
  const from =
    values.from === undefined ? undefined : parseValue(instantValue('start'), values.from, '--from')
  const to = values.to === undefined ? undefined : parseValue(instantValue('end'), values.to, '--to')
  if (from && to && to < from) {
    throw new InputError(
      `--to: expected a time after --from ${values.from}, got ${JSON.stringify(values.to)}, which is before it`
    )
  }
  const every = values.every === undefined ? undefined : parseValue(cadenceValue, values.every, '--every')
  const period = { from, to, every }
  const periodFlags = PERIOD_FLAGS.filter((name) => values[name] !== undefined)
  if (target.startsWith('s3://')) {
    parseS3Uri(target, 'verify')
    const settings = readS3Settings(source, process.env)
    const store = new S3Store({
      uri: target,
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      maxAttempts: 3
    })
    return printPeriod(await verifyStore(store, { trustedKeys, ...period }), values.json)
  }
  const s3Flag = S3_FLAGS.find((name) => values[name] !== undefined)
  if (s3Flag) ignoredFlag(s3Flag, 'an s3://bucket/prefix target', target)
  const path = await checkNotVirtual(target, 'verify', VERIFY_TARGETS)
  if (path.endsWith(ARCHIVE_SUFFIX)) {
    if (periodFlags[0]) ignoredFlag(periodFlags[0], PERIOD_TARGETS, `the bundle archive ${target}`)
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
  if (isBundle && periodFlags[0]) ignoredFlag(periodFlags[0], PERIOD_TARGETS, `the single bundle ${target}`)
  if (!isBundle && isDirectory && (periodFlags.length > 0 || (await hasBundles(path)))) {
    return printPeriod(await verifyStore(new LocalStore(path), { trustedKeys, ...period }), values.json)
  }
  return printBundle(await verifyBundle(path, { trustedKeys }), values.json)
}

const PERIOD_TARGETS = 'a period: a directory of bundles or s3://bucket/prefix'

/** A flag the command would not use is refused: the user expects it to change something. */
function ignoredFlag(name: string, usedWith: string, got: string): never {
  throw new InputError(`--${name}: only used when verifying ${usedWith}, got ${got}; remove --${name}`)
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

/**
 * A new key pair. With `--out file`, the private key goes to `file` (readable by its owner only) and the
 * public key to `file.pub`, as ssh-keygen does; neither is ever overwritten. Without it, both are printed.
 */
async function keygen(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true })
  const pair = generateSigningKeyPair()
  if (values.out === undefined) {
    console.log(pair.privateKeyPem.trimEnd())
    console.log(pair.publicKeyPem.trimEnd())
    console.error(
      `Key fingerprint ${pair.fingerprint}. Store the PRIVATE KEY block as a secret (signing-key input); give the PUBLIC KEY block to auditors (verify --public-key).`
    )
    return 0
  }
  const privateFile = resolve(parseValue(pathValue, values.out, '--out'))
  const publicFile = `${privateFile}.pub`
  await mkdir(await checkWritableDirectory(dirname(privateFile), '--out'), { recursive: true })
  for (const file of [privateFile, publicFile]) {
    if (
      await stat(file).then(
        () => true,
        () => false
      )
    )
      throw new InputError(
        `--out: expected a name for new key files, got ${values.out}, but ${file} already exists (keys are never overwritten)`
      )
  }
  await writeFile(privateFile, pair.privateKeyPem, { flag: 'wx', mode: 0o600 })
  await writeFile(publicFile, pair.publicKeyPem, { flag: 'wx', mode: 0o644 })
  console.error(
    `Key fingerprint ${pair.fingerprint}. Private key: ${privateFile} (store it as the signing-key secret, or pass it with --signing-key-file). Public key: ${publicFile} (give it to auditors: verify --public-key).`
  )
  return 0
}

export async function cli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'collect':
        return await collect(rest)
      case 'verify':
        return await verify(rest)
      case 'keygen':
        return await keygen(rest)
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
    if (error instanceof InputError) {
      console.error(`error: ${error.message}`)
      return 2
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`error: ${command}: ${(error as Error).message} (see --help)`)
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
