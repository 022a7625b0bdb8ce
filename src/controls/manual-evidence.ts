import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { FRAMEWORKS, type ControlRefs, type FrameworkId } from '../model.js'
import { addInterval } from '../config/calendar.js'
import { findMappingsDir, MappingError, type Catalogs } from './catalog.js'

/** What a control needs besides its automated checks before it may be called `effective`. */
export interface ManualRequirement {
  id: string
  what: string
  controls: ControlRefs
  /** `mappings/manual-evidence.yaml`, or the config file for a requirement it added or replaced. */
  source: string
}

/** Where a manual evidence item is: copied into the bundle, or a URL with the hash the user gave. */
export type ManualEvidenceLocation =
  { path: string; sha256: string; size: number; from: string } | { url: string; sha256: string }

/** One item of config `manual-evidence:`, resolved and recorded in the bundle (soa-inputs.json). */
export interface ManualEvidenceItem {
  /** `M-<n>`, its position in the config (1-based), so the SoA can point at it. */
  id: string
  title: string
  controls: ControlRefs
  /** Requirement ids it meets; absent: every requirement of the controls it lists. */
  requirements?: string[]
  owner?: string
  /** `YYYY-MM-DD`. */
  reviewed: string
  /** ISO 8601 duration, calendar units allowed (`P1Y`, `P6M`). */
  reviewEvery: string
  location: ManualEvidenceLocation
}

export type ManualEvidenceState = 'current' | 'expired'

/** A manual evidence item as it stands at the end of the period. */
export interface ManualEvidenceStatus {
  id: string
  title: string
  owner?: string
  /** Bundle path (`manual/...`) or URL. */
  ref: string
  sha256: string
  reviewed: string
  /** `reviewed + review-every`, `YYYY-MM-DD`. */
  due: string
  /** Days from `reviewed` to the end of the period. */
  ageDays: number
  state: ManualEvidenceState
}

export interface RequirementStatus {
  id: string
  what: string
  source: string
  met: boolean
  /** Current items that meet it. */
  by: string[]
  /** Items that would meet it but are past their review date. */
  expired: string[]
}

/** Per control: what manual evidence it needs, what is attached, and what is missing. */
export interface ControlManualEvidence {
  requirements: RequirementStatus[]
  items: ManualEvidenceStatus[]
  /** Ids of requirements not met by a current item. */
  missing: string[]
}

const DAY_MS = 86_400_000

/**
 * Pure: judged at the end of the evidence period, not at the wall clock, so `verify` reaches the same state.
 * An item is current through its due date (reviewed 2025-07-01 every P1Y is current on 2026-07-01).
 */
export function manualEvidenceStatus(item: ManualEvidenceItem, periodEnd: string): ManualEvidenceStatus {
  const due = addInterval(item.reviewed, item.reviewEvery)
  const end = new Date(periodEnd).getTime()
  const dueEnd = new Date(`${due}T00:00:00Z`).getTime() + DAY_MS
  return {
    id: item.id,
    title: item.title,
    ...(item.owner !== undefined && { owner: item.owner }),
    ref: 'url' in item.location ? item.location.url : item.location.path,
    sha256: item.location.sha256,
    reviewed: item.reviewed,
    due,
    ageDays: Math.max(0, Math.floor((end - new Date(`${item.reviewed}T00:00:00Z`).getTime()) / DAY_MS)),
    state: end < dueEnd ? 'current' : 'expired'
  }
}

/** The manual evidence picture of one control, from the requirements and items that name it. */
export function controlManualEvidence(
  framework: FrameworkId,
  control: string,
  requirements: readonly ManualRequirement[],
  items: readonly ManualEvidenceItem[],
  periodEnd: string
): ControlManualEvidence {
  const names = (refs: ControlRefs) => refs[framework]?.includes(control) ?? false
  const attached = items.filter((item) => names(item.controls))
  const statuses = new Map(attached.map((item) => [item.id, manualEvidenceStatus(item, periodEnd)]))
  const required = requirements
    .filter((r) => names(r.controls))
    .map((r): RequirementStatus => {
      const offered = attached.filter((item) => !item.requirements || item.requirements.includes(r.id))
      const by = offered.filter((item) => statuses.get(item.id)!.state === 'current').map((item) => item.id)
      const expired = offered
        .filter((item) => statuses.get(item.id)!.state === 'expired')
        .map((item) => item.id)
      return { id: r.id, what: r.what, source: r.source, met: by.length > 0, by, expired }
    })
  return {
    requirements: required,
    items: [...statuses.values()],
    missing: required.filter((r) => !r.met).map((r) => r.id)
  }
}

const controlRefsSchema = z.partialRecord(z.enum(FRAMEWORKS), z.array(z.string().min(1)))

const requirementsFileSchema = z.strictObject({
  requirements: z.array(
    z.strictObject({ id: z.string().min(1), what: z.string().trim().min(1), controls: controlRefsSchema })
  )
})

export interface RequirementOverride {
  id: string
  what?: string
  controls: ControlRefs
}

/**
 * The shipped requirements (mappings/manual-evidence.yaml) with the config's applied: an entry with a shipped id
 * replaces it, a new id adds one. Control ids are checked against the catalogs.
 */
export async function loadManualRequirements(
  catalogs: Catalogs,
  overrides: readonly RequirementOverride[] = [],
  configSource = '(config)',
  dir: string = findMappingsDir()
): Promise<ManualRequirement[]> {
  const source = 'mappings/manual-evidence.yaml'
  let raw: unknown
  try {
    raw = parseYaml(await readFile(join(dir, 'manual-evidence.yaml'), 'utf8'))
  } catch (err) {
    throw new MappingError(source, '(file)', `cannot read: ${(err as Error).message}`)
  }
  const parsed = requirementsFileSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new MappingError(source, issue.path.join('.') || '(root)', issue.message)
  }
  const byId = new Map<string, ManualRequirement>()
  parsed.data.requirements.forEach((r, i) => {
    const entry = `requirements[${i}] (${r.id})`
    if (byId.has(r.id)) throw new MappingError(source, entry, `requirement "${r.id}" is listed twice`)
    checkRefs(r.controls, catalogs, source, entry)
    byId.set(r.id, { id: r.id, what: r.what.trim(), controls: r.controls, source })
  })
  overrides.forEach((r, i) => {
    const entry = `manual-requirements[${i}] (${r.id})`
    checkRefs(r.controls, catalogs, configSource, entry)
    const what = r.what?.trim() || byId.get(r.id)?.what
    if (!what)
      throw new MappingError(
        configSource,
        entry,
        'a new requirement needs `what` (what evidence it asks for)'
      )
    byId.set(r.id, { id: r.id, what, controls: r.controls, source: configSource })
  })
  return [...byId.values()]
}

function checkRefs(refs: ControlRefs, catalogs: Catalogs, source: string, entry: string): void {
  for (const [framework, ids] of Object.entries(refs) as [FrameworkId, string[]][]) {
    const known = new Set(catalogs[framework].controls.map((c) => c.id))
    for (const id of ids) {
      if (!known.has(id)) throw new MappingError(source, entry, `unknown control "${id}" for ${framework}`)
    }
  }
}
