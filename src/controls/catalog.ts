import { existsSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { FRAMEWORKS, type ControlRefs, type FrameworkId } from '../model.js'
import { didYouMean } from '../util/text.js'

/** A mapping or catalog problem, always naming the file (or config source) and the entry at fault. */
export class MappingError extends Error {
  readonly source: string
  readonly entry: string

  constructor(source: string, entry: string, detail: string) {
    super(`${source}: ${entry}: ${detail}`)
    this.name = 'MappingError'
    this.source = source
    this.entry = entry
  }
}

export interface CatalogControl {
  id: string
  title: string
  /** 27001: the theme (`organizational`, ...); 42001: group id and title, e.g. `A.6.2 AI system life cycle`. */
  group: string
}

export interface FrameworkCatalog {
  framework: FrameworkId
  title: string
  controls: CatalogControl[]
}

export type Catalogs = Record<FrameworkId, FrameworkCatalog>

/** Check id → the controls it evidences. Every known check has an entry, possibly with no controls. */
export type CheckMapping = Map<string, ControlRefs>

/**
 * Design evidence shows a setting is configured; operating evidence shows the control ran over the period's
 * population. Auditors weigh them differently (ISO 19011 sampling of operating records).
 */
export const EVIDENCE_TYPES = ['design', 'operating'] as const
export type EvidenceType = (typeof EVIDENCE_TYPES)[number]

/** Per check, what kind of evidence it is and why it counts for its controls (from mappings/checks.yaml). */
export interface CheckEvidence {
  evidence: EvidenceType
  why: string
}
export type CheckEvidenceTypes = Record<string, CheckEvidence>

/**
 * From the user's config: per check, `replace` sets the listed frameworks' control lists outright (frameworks
 * it does not name keep theirs), then `add` appends to them.
 */
export type MappingOverrides = Record<string, { replace?: ControlRefs; add?: ControlRefs }>

/**
 * Tests run this file from `src/controls/`, the action from a bundled `dist/index.js`; walking up covers both
 * without knowing the layout.
 */
export function findMappingsDir(): string {
  const start = dirname(fileURLToPath(import.meta.url))
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'mappings')
    if (isDirectory(join(candidate, 'frameworks'))) return candidate
    if (dirname(dir) === dir) break
  }
  throw new Error(`cannot find the mappings/ directory (with mappings/frameworks/) above ${start}`)
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory()
}

const catalogFileSchema = z.object({
  framework: z.string(),
  title: z.string().min(1),
  control_count: z.number().int().positive(),
  controls: z
    .array(
      z.object({
        id: z.string().min(1),
        title: z.string().min(1),
        theme: z.string().min(1).optional(),
        group: z.string().min(1).optional(),
        group_title: z.string().min(1).optional()
      })
    )
    .min(1)
})

export async function loadCatalogs(dir: string = findMappingsDir()): Promise<Catalogs> {
  const entries = await Promise.all(
    FRAMEWORKS.map(async (framework) => [framework, await loadCatalog(dir, framework)] as const)
  )
  return Object.fromEntries(entries) as Catalogs
}

async function loadCatalog(dir: string, framework: FrameworkId): Promise<FrameworkCatalog> {
  const file = join(dir, 'frameworks', `${framework}.yaml`)
  const source = displayPath(dir, file)
  const data = parseWith(catalogFileSchema, await readYaml(file, source), source)
  if (data.framework !== framework) {
    throw new MappingError(
      source,
      'framework',
      `expected "${framework}" (the file name), found "${data.framework}"`
    )
  }
  const seen = new Set<string>()
  const controls = data.controls.map((control, i): CatalogControl => {
    const entry = `controls[${i}] (${control.id})`
    if (seen.has(control.id)) throw new MappingError(source, entry, `duplicate control id "${control.id}"`)
    seen.add(control.id)
    const group = control.theme ?? [control.group, control.group_title].filter(Boolean).join(' ')
    if (!group) throw new MappingError(source, entry, 'has neither a theme nor a group')
    return { id: control.id, title: control.title, group }
  })
  if (controls.length !== data.control_count) {
    throw new MappingError(
      source,
      'controls',
      `lists ${controls.length} controls but control_count is ${data.control_count}`
    )
  }
  return { framework, title: data.title, controls }
}

const controlRefsSchema = z.partialRecord(z.enum(FRAMEWORKS), z.array(z.string().min(1)))

const checksFileSchema = z.strictObject({
  checks: z.array(
    z.strictObject({
      id: z.string().min(1),
      // An auditor reading the mapping must be able to see why a check counts as evidence for a control.
      why: z.string().trim().min(1),
      // Required: the SoA shows each check as design or operating evidence, so none may go unlabelled.
      evidence: z.enum(EVIDENCE_TYPES),
      controls: controlRefsSchema
    })
  )
})

/**
 * Checks missing from checks.yaml get an empty entry rather than an error, so that a new check can ship before
 * its mapping is agreed; the unit tests hold the shipped checks to a mapping.
 */
export async function loadCheckMapping(
  knownCheckIds: string[],
  catalogs: Catalogs,
  dir: string = findMappingsDir()
): Promise<CheckMapping> {
  const file = join(dir, 'checks.yaml')
  const source = displayPath(dir, file)
  const raw = await readYaml(file, source)
  const data = parseWith(checksFileSchema, raw, source, (path) => checkEntryLabel(raw, path))
  const known = new Set(knownCheckIds)
  const mapping: CheckMapping = new Map()
  data.checks.forEach((check, i) => {
    const entry = `checks[${i}] (${check.id})`
    if (!known.has(check.id)) {
      throw new MappingError(
        source,
        entry,
        `unknown check "${check.id}"${didYouMean(check.id, knownCheckIds)}`
      )
    }
    if (mapping.has(check.id)) throw new MappingError(source, entry, `check "${check.id}" is listed twice`)
    mapping.set(check.id, withoutEmpty(normalizeRefs(check.controls, catalogs, source, entry)))
  })
  for (const id of knownCheckIds) if (!mapping.has(id)) mapping.set(id, {})
  return mapping
}

/** The `evidence` and `why` of every entry of checks.yaml, for the SoA; loadCheckMapping validates the rest. */
export async function loadCheckEvidence(dir: string = findMappingsDir()): Promise<CheckEvidenceTypes> {
  const file = join(dir, 'checks.yaml')
  const source = displayPath(dir, file)
  const raw = await readYaml(file, source)
  const data = parseWith(checksFileSchema, raw, source, (path) => checkEntryLabel(raw, path))
  return Object.fromEntries(
    data.checks.map((check) => [check.id, { evidence: check.evidence, why: check.why.trim() }])
  )
}

export function applyMappingOverrides(
  base: CheckMapping,
  overrides: MappingOverrides,
  catalogs: Catalogs,
  source: string
): CheckMapping {
  const result: CheckMapping = new Map(base)
  for (const [check, override] of Object.entries(overrides)) {
    const entry = `mappings.${check}`
    const current = base.get(check)
    if (!current) {
      throw new MappingError(source, entry, `unknown check "${check}"${didYouMean(check, [...base.keys()])}`)
    }
    const replace = normalizeRefs(override.replace ?? {}, catalogs, source, `${entry}.replace`)
    const add = normalizeRefs(override.add ?? {}, catalogs, source, `${entry}.add`)
    const merged: ControlRefs = {}
    for (const framework of FRAMEWORKS) {
      const ids = [...(replace[framework] ?? current[framework] ?? []), ...(add[framework] ?? [])]
      merged[framework] = inCatalogOrder(ids, catalogs[framework])
    }
    result.set(check, withoutEmpty(merged))
  }
  return result
}

/**
 * Validates ids against the catalogs, drops duplicates and sorts into catalog order, so that findings and
 * reports list controls the same way whatever order people wrote them in. A framework listed with an empty
 * list is kept: under `replace` it means "evidences nothing in this framework".
 */
function normalizeRefs(refs: ControlRefs, catalogs: Catalogs, source: string, entry: string): ControlRefs {
  const out: ControlRefs = {}
  for (const [framework, ids] of Object.entries(refs) as [string, unknown][]) {
    if (!isFrameworkId(framework)) {
      throw new MappingError(
        source,
        entry,
        `unknown framework "${framework}" (known: ${FRAMEWORKS.join(', ')})`
      )
    }
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
      throw new MappingError(source, `${entry}.${framework}`, 'expected a list of control ids')
    }
    const catalog = catalogs[framework]
    const valid = new Set(catalog.controls.map((c) => c.id))
    for (const id of ids as string[]) {
      if (!valid.has(id)) {
        throw new MappingError(source, entry, `unknown control "${id}" for ${framework}`)
      }
    }
    out[framework] = inCatalogOrder(ids as string[], catalog)
  }
  return out
}

/** Findings carry these refs verbatim; an empty list would only add noise to findings.json. */
function withoutEmpty(refs: ControlRefs): ControlRefs {
  return Object.fromEntries(Object.entries(refs).filter(([, ids]) => ids.length > 0))
}

function inCatalogOrder(ids: string[], catalog: FrameworkCatalog): string[] {
  const wanted = new Set(ids)
  return catalog.controls.filter((c) => wanted.has(c.id)).map((c) => c.id)
}

export function isFrameworkId(value: string): value is FrameworkId {
  return (FRAMEWORKS as readonly string[]).includes(value)
}

async function readYaml(file: string, source: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    throw new MappingError(source, '(file)', `cannot read: ${(err as Error).message}`)
  }
  try {
    return parseYaml(text)
  } catch (err) {
    throw new MappingError(source, '(file)', `not valid YAML: ${(err as Error).message}`)
  }
}

function parseWith<T>(
  schema: z.ZodType<T>,
  data: unknown,
  source: string,
  label: (path: PropertyKey[]) => string = formatPath
): T {
  const parsed = schema.safeParse(data)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  throw new MappingError(source, label(issue.path) || '(root)', issue.message)
}

function formatPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('')
}

/** `checks[3].why` becomes `checks[3] (github.foo).why`, so the error names the check and not just an index. */
function checkEntryLabel(raw: unknown, path: PropertyKey[]): string {
  const [root, index, ...rest] = path
  if (root !== 'checks' || typeof index !== 'number') return formatPath(path)
  const id = (raw as { checks?: { id?: unknown }[] } | null)?.checks?.[index]?.id
  const head = typeof id === 'string' ? `checks[${index}] (${id})` : `checks[${index}]`
  return head + (rest.length > 0 ? formatPath(['', ...rest]) : '')
}

/** Relative to the mappings directory's parent, so messages read `mappings/checks.yaml` wherever it lives. */
function displayPath(dir: string, file: string): string {
  return relative(dirname(dir), file).split(sep).join('/')
}
