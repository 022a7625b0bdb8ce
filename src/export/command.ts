import { randomInt } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isScopeFolder } from '../bundle/verify-period.js'
import { InputError } from '../config/errors.js'
import { loadCatalogs } from '../controls/catalog.js'
import { checkNotVirtual, checkWritableDirectory } from '../inputs/paths.js'
import { parseValue, pathValue, storeTargetValue, type StoreTarget } from '../inputs/parsers.js'
import { cliSource, readS3Settings, S3_CLIENT_INPUTS } from '../inputs/settings.js'
import {
  readTimeWindow,
  readTrustedKeys,
  requireSignature,
  STORE_READ_FLAGS
} from '../inputs/verify-flags.js'
import { FRAMEWORKS, type FrameworkId } from '../model.js'
import { LocalStore } from '../store/local.js'
import { parentLocation, type S3Location } from '../store/s3-uri.js'
import type { EvidenceStore } from '../store/store.js'
import { exportPeriod } from './export.js'
import { MAX_SEED, parseSampleSizes, parseSeed } from './sample.js'

export { EXPORT_USAGE } from './usage.js'

const TARGETS = 'expected a directory of bundles or s3://bucket/prefix'

/** `export`: flags checked, the store opened as verify opens it, then one package for the period. */
export async function exportCommand(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      framework: { type: 'string' },
      control: { type: 'string' },
      seed: { type: 'string' },
      'sample-sizes': { type: 'string' },
      ...STORE_READ_FLAGS
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
  const window = readTimeWindow(values)
  const [from, to] = [window.from!, window.to!]
  const framework = values.framework === undefined ? undefined : frameworkValue(values.framework)
  const control = values.control === undefined ? undefined : await controlValue(values.control, framework)
  const seed = values.seed === undefined ? undefined : parseSeed(values.seed)
  const sampleSizes = parseSampleSizes(values['sample-sizes'])
  const { every } = window
  const out = resolve(parseValue(pathValue, values.out!, '--out'))
  await checkWritableDirectory(dirname(out), '--out')
  const trustedKeys = await readTrustedKeys(values['public-key'])
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
    requireSignature: requireSignature(values['require-signature'], env),
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
  for (const name of S3_CLIENT_INPUTS)
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
