import { randomInt } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parsePublicKey } from '../bundle/signing.js'
import { isScopeFolder } from '../bundle/verify-period.js'
import { InputError } from '../config/errors.js'
import { loadCatalogs } from '../controls/catalog.js'
import { checkNotVirtual, checkWritableDirectory, readInputFile } from '../inputs/paths.js'
import {
  cadenceValue,
  instantValue,
  parseValue,
  pathValue,
  storeTargetValue,
  type StoreTarget
} from '../inputs/parsers.js'
import { cliSource, KEY_FILE_MAX_BYTES, readS3Settings } from '../inputs/settings.js'
import { FRAMEWORKS, type FrameworkId } from '../model.js'
import { LocalStore } from '../store/local.js'
import { parentLocation, type S3Location } from '../store/s3-uri.js'
import type { EvidenceStore } from '../store/store.js'
import { exportPeriod } from './export.js'
import { MAX_SEED, parseSampleSizes, parseSeed } from './sample.js'

export { EXPORT_USAGE } from './usage.js'

const TARGETS = 'expected a directory of bundles or s3://bucket/prefix'

/** `export`: flags checked, the store opened as verify opens it, then one package for the period. */
export async function exportCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
  requireSignatureFromEnv: boolean
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      framework: { type: 'string' },
      control: { type: 'string' },
      seed: { type: 'string' },
      'sample-sizes': { type: 'string' },
      every: { type: 'string' },
      'public-key': { type: 'string', multiple: true },
      'require-signature': { type: 'boolean', default: false },
      'aws-region': { type: 'string' },
      's3-endpoint': { type: 'string' },
      's3-force-path-style': { type: 'string' }
    },
    allowPositionals: true,
    strict: true
  })
  if (positionals.length !== 1 || positionals[0] === '')
    throw new InputError(
      `export: ${TARGETS}, got ${positionals.length === 0 ? 'none' : positionals.map((p) => JSON.stringify(p)).join(' ')}`
    )
  for (const name of ['from', 'to', 'out'] as const)
    if (values[name] === undefined)
      throw new InputError(
        `--${name}: expected ${name === 'out' ? 'a directory to write the export in' : 'a date such as 2026-07-01'}, got nothing (export needs --from, --to and --out)`
      )
  const from = parseValue(instantValue('start'), values.from!, '--from')
  const to = parseValue(instantValue('end'), values.to!, '--to')
  if (to < from)
    throw new InputError(
      `--to: expected a time after --from ${values.from}, got ${JSON.stringify(values.to)}, which is before it`
    )
  const framework = values.framework === undefined ? undefined : frameworkValue(values.framework)
  const control = values.control === undefined ? undefined : await controlValue(values.control, framework)
  const seed = values.seed === undefined ? undefined : parseSeed(values.seed)
  const sampleSizes = parseSampleSizes(values['sample-sizes'])
  const every = values.every === undefined ? undefined : parseValue(cadenceValue, values.every, '--every')
  const out = resolve(parseValue(pathValue, values.out!, '--out'))
  await checkWritableDirectory(dirname(out), '--out')
  const trustedKeys = await Promise.all(
    (values['public-key'] ?? []).map(async (file) => {
      const text = await readInputFile(parseValue(pathValue, file, '--public-key'), '--public-key', {
        expected: 'expected a file with an ed25519 public key',
        maxBytes: KEY_FILE_MAX_BYTES
      })
      return parsePublicKey(text, `--public-key ${file}`)
    })
  )
  const target = parseValue(storeTargetValue(TARGETS), positionals[0]!, 'export')
  const { store, scope } = await openStore(target, cliSource(values), env)
  const result = await exportPeriod(store, {
    from,
    to,
    out,
    ...(every ? { every } : {}),
    ...(scope ? { scope } : {}),
    ...(framework ? { framework } : {}),
    ...(control ? { control } : {}),
    trustedKeys,
    requireSignature: values['require-signature'] || requireSignatureFromEnv,
    // Without --seed the sample is still reproducible from the seed recorded in sampling.json.
    seed: seed ?? randomInt(0, Math.min(MAX_SEED, 2 ** 48 - 1)),
    seedSource: seed === undefined ? 'random' : 'given',
    sampleSizes
  })
  const v = result.verification
  console.log(
    `Export of ${v.location}${v.scope ? ` (scope ${v.scope})` : ''} from ${from.toISOString()} to ${to.toISOString()} written to ${out}`
  )
  for (const { population, sample } of result.populations)
    console.log(
      `  ${population.check}: ${population.items.length} item(s) (${population.frequency}), ${sample.length} sampled`
    )
  for (const row of v.bundles.filter((b) => b.status !== 'ok'))
    console.log(`  ${row.status.toUpperCase()} ${row.key}: ${row.problems.join('; ')}`)
  for (const problem of v.problems) console.log(`  - ${problem}`)
  console.log(
    v.ok
      ? `VERDICT: OK: ${v.bundles.length} bundle(s) verified; see ${out}/index.html`
      : `VERDICT: FAILED: verification found problems (see ${out}/verification.json); bundles that failed are left out of the populations and samples`
  )
  return v.ok ? 0 : 1
}

function frameworkValue(raw: string): FrameworkId {
  if (!(FRAMEWORKS as readonly string[]).includes(raw))
    throw new InputError(`--framework: expected one of ${FRAMEWORKS.join(', ')}, got ${JSON.stringify(raw)}`)
  return raw as FrameworkId
}

/** A control id of the catalogs (of --framework, when given): a typo would export nothing, silently. */
async function controlValue(raw: string, framework: FrameworkId | undefined): Promise<string> {
  const catalogs = await loadCatalogs()
  const frameworks = framework ? [framework] : [...FRAMEWORKS]
  if (frameworks.some((f) => catalogs[f].controls.some((c) => c.id === raw))) return raw
  throw new InputError(
    `--control: expected a control id of ${frameworks.join(' or ')} such as A.8.32, got ${JSON.stringify(raw)}, which is not one`
  )
}

async function openStore(
  target: StoreTarget,
  source: ReturnType<typeof cliSource>,
  env: NodeJS.ProcessEnv
): Promise<{ store: EvidenceStore; scope?: string }> {
  if (target.kind === 's3') {
    const settings = readS3Settings(source, env)
    const { S3Store } = await import('../store/s3.js')
    const open = (location: S3Location) =>
      new S3Store({
        uri: location.uri,
        location,
        region: settings.region,
        endpoint: settings.endpoint,
        forcePathStyle: settings.forcePathStyle,
        maxAttempts: 3
      })
    const store = open(target)
    if (store.prefix && (await isScopeFolder(store))) {
      const parent = parentLocation(target)
      return { store: open(parent.location), scope: parent.last }
    }
    return { store }
  }
  for (const name of ['aws-region', 's3-endpoint', 's3-force-path-style'] as const)
    if (source.get(name) !== undefined)
      throw new InputError(
        `--${name}: only used with an s3://bucket/prefix target, got ${target.path}; remove --${name}`
      )
  const path = await checkNotVirtual(target.path, 'export', TARGETS)
  if (
    !(await stat(path).then(
      (info) => info.isDirectory(),
      () => false
    ))
  )
    throw new InputError(`export: ${TARGETS}, got ${JSON.stringify(target.path)}, which is not a directory`)
  const store = new LocalStore(path)
  if (await isScopeFolder(store)) return { store: new LocalStore(dirname(path)), scope: basename(path) }
  return { store }
}
