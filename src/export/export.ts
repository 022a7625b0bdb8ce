import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { renderChecksums } from '../bundle/checksums.js'
import { sha256Hex } from '../bundle/hash.js'
import { verifyStore, type PeriodReport, type PeriodVerifyOptions } from '../bundle/verify-period.js'
import { InputError } from '../config/errors.js'
import type { FrameworkId } from '../model.js'
import type { EvidenceStore } from '../store/store.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import { renderCsv } from './csv.js'
import { findingFilter } from './filter.js'
import { renderIndexHtml } from './html.js'
import { buildIndex, INDEX_COLUMNS } from './index-rows.js'
import { exportOscal, OSCAL_FILE, OSCAL_HREF_CONVENTION } from './oscal.js'
import { buildPopulations, type Population, type PopulationItem } from './population.js'
import { byText, readVerifiedBundles } from './read-bundles.js'
import { SAMPLE_METHOD, selectSample, type SampleSizes } from './sample.js'

export interface ExportOptions extends Omit<PeriodVerifyOptions, 'from' | 'to'> {
  from: Date
  to: Date
  framework?: FrameworkId
  control?: string
  seed: number
  /** Whether the seed was given (`--seed`) or drawn at random for this export. */
  seedSource: 'given' | 'random'
  sampleSizes: SampleSizes
  /** Written by the export; must not exist or be empty. */
  out: string
}

export interface SampledPopulation {
  population: Population
  sample: PopulationItem[]
  populationFile: string
  sampleFile: string
}

export interface ExportResult {
  verification: PeriodReport
  files: string[]
  populations: SampledPopulation[]
}

const ITEM_COLUMNS = [
  'item',
  'time',
  'status',
  'bundle',
  'evidence file',
  'evidence sha256',
  'recorded in bundles'
]

/**
 * One package for an audit period: verifies every bundle of the period, then writes what the auditor
 * tests from (index, populations, seeded samples, verification result) to `out`. Nothing in it depends on
 * the clock, the machine or the order the store lists objects in: the same store, options and seed give
 * the same bytes.
 */
export async function exportPeriod(store: EvidenceStore, options: ExportOptions): Promise<ExportResult> {
  await checkEmptyOutput(options.out)
  const verification = await verifyStore(store, options)
  const bundles = await readVerifiedBundles(store, verification.bundles)
  const filter = findingFilter(options.framework, options.control)
  const period = { from: options.from, to: options.to }
  const populations = await buildPopulations(bundles, period, filter)
  const names = fileNames(populations.map((p) => p.check))
  const sampled: SampledPopulation[] = populations.map((population) => {
    const size = options.sampleSizes[population.frequency]
    const chosen = selectSample(
      population.items.map((item) => item.id),
      size,
      options.seed,
      population.check
    )
    const byId = new Map(population.items.map((item) => [item.id, item]))
    const name = names.get(population.check)!
    return {
      population,
      sample: chosen.map((id) => byId.get(id)!),
      populationFile: `populations/${name}.csv`,
      sampleFile: `samples/${name}.csv`
    }
  })
  const index = buildIndex(bundles, filter)
  const oscal = exportOscal({
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    period: { start: options.from.toISOString(), end: options.to.toISOString() },
    bundles,
    filter
  })

  const files = new Map<string, string>()
  files.set('verification.json', `${JSON.stringify(verification, null, 2)}\n`)
  files.set(
    'index.csv',
    renderCsv(
      INDEX_COLUMNS,
      index.map((r) => [
        r.framework,
        r.control,
        r.bundleKey,
        r.check,
        r.subject,
        r.status,
        r.evidencePath,
        r.sha256
      ])
    )
  )
  for (const { population, sample, populationFile, sampleFile } of sampled) {
    const header = [...ITEM_COLUMNS, ...population.columns]
    const row = (item: PopulationItem) => [
      item.id,
      item.time,
      item.status,
      item.bundleKey,
      item.evidencePath,
      item.evidenceSha256,
      String(item.recordedIn),
      ...item.fields
    ]
    files.set(populationFile, renderCsv(header, population.items.map(row)))
    files.set(
      sampleFile,
      renderCsv(
        ['rank', ...header],
        sample.map((item, i) => [String(i + 1), ...row(item)])
      )
    )
  }
  files.set(
    'sampling.json',
    `${JSON.stringify(
      {
        seed: options.seed,
        seedSource: options.seedSource,
        method: SAMPLE_METHOD,
        sampleSizes: options.sampleSizes,
        populations: sampled.map(({ population, sample, populationFile, sampleFile }) => ({
          check: population.check,
          item: population.item,
          frequency: population.frequency,
          population: population.items.length,
          sampleSize: options.sampleSizes[population.frequency],
          sampled: sample.length,
          populationFile,
          sampleFile,
          populationSha256: sha256Hex(files.get(populationFile)!)
        }))
      },
      null,
      2
    )}\n`
  )
  const omitted =
    oscal.omitted.length > 0
      ? ` Left out (controls.json missing or not a controls report): ${oscal.omitted.join(', ')}.`
      : ''
  const oscalNote = oscal.text
    ? `The OSCAL 1.0.6 assessment-results document of the period: ${OSCAL_FILE}, one result per bundle and framework; ${OSCAL_HREF_CONVENTION}.${omitted}`
    : `No OSCAL document: no verified bundle of the period has a usable controls report, so ${OSCAL_FILE} is not written.${omitted}`
  if (oscal.text) files.set(OSCAL_FILE, oscal.text)
  files.set(
    'index.html',
    renderIndexHtml({
      title: `Audit period export: ${options.from.toISOString()} → ${options.to.toISOString()}`,
      facts: [
        ['store', verification.location],
        ['scope', verification.scope ?? 'every scope in the store'],
        ['period', `${options.from.toISOString()} → ${options.to.toISOString()}`],
        ['framework', options.framework ?? 'all'],
        ['control', options.control ?? 'all'],
        ['bundles verified', `${bundles.length} of ${verification.bundles.length}`],
        ['bundle manifests (SHA-256)', bundles.map((b) => `${b.key} ${b.manifestSha256}`).join('; ') || '-'],
        [
          'sample seed',
          `${options.seed} (${options.seedSource === 'given' ? 'given with --seed' : 'drawn at random; pass --seed to repeat this sample'})`
        ],
        ['made by', `${TOOL_NAME} ${TOOL_VERSION}`],
        ['check the files', 'sha256sum -c SHA256SUMS in this directory']
      ],
      verification,
      populations: sampled,
      index,
      oscal: oscalNote
    })
  )
  files.set(
    'SHA256SUMS',
    renderChecksums([...files].map(([path, text]) => ({ path, sha256: sha256Hex(text) })))
  )
  for (const path of [...files.keys()].sort(byText)) {
    const target = join(options.out, ...path.split('/'))
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, files.get(path)!, { flag: 'wx' })
  }
  return { verification, files: [...files.keys()].sort(byText), populations: sampled }
}

/** An export never mixes with older files: the directory must be new or empty. */
async function checkEmptyOutput(out: string): Promise<void> {
  const entries = await readdir(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    if (error.code === 'ENOTDIR')
      throw new InputError(`--out: expected a new or empty directory, got ${out}, which is a file`)
    throw new InputError(
      `--out: expected a new or empty directory, got ${out}, which cannot be read (${error.code})`
    )
  })
  if (entries.length > 0)
    throw new InputError(
      `--out: expected a new or empty directory, got ${out}, which holds ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}; choose another`
    )
  await mkdir(out, { recursive: true })
}

/** Check ids as file names: safe characters only, and distinct even when two ids differ only in unsafe ones. */
function fileNames(checks: string[]): Map<string, string> {
  const names = new Map<string, string>()
  const used = new Set<string>()
  for (const check of [...checks].sort(byText)) {
    const base =
      check
        .replace(/[^A-Za-z0-9._-]/g, '_')
        .replace(/^\.+/, '_')
        .slice(0, 100) || 'check'
    let name = base
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`
    used.add(name)
    names.set(check, name)
  }
  return names
}
