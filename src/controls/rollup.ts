import {
  FRAMEWORKS,
  type ControlStatus,
  type Finding,
  type FindingStatus,
  type FrameworkId
} from '../model.js'
import { MappingError, type Catalogs, type CheckMapping } from './catalog.js'

export interface ApplicabilityEntry {
  applicable: boolean
  justification?: string
  /** References to manual evidence (URLs or document ids) for what no automated check covers. */
  evidence?: string[]
}

/** Per framework, per control id; controls not listed are applicable. */
export type ControlApplicability = Partial<Record<FrameworkId, Record<string, ApplicabilityEntry>>>

export type FindingCounts = Record<FindingStatus, number>

export interface ControlResult {
  id: string
  title: string
  group: string
  status: ControlStatus
  applicable: boolean
  justification?: string
  /** Checks that evidence this control, from the mapping and from the findings themselves. */
  checks: string[]
  findingCounts: FindingCounts
  failingChecks: string[]
  /** Union of the evidence paths of this control's findings, sorted. */
  evidence: string[]
  manualEvidence?: string[]
}

export interface FrameworkReport {
  title: string
  counts: Record<ControlStatus, number>
  controls: ControlResult[]
}

export interface ControlsReport {
  generatedFrom: 'findings.json'
  frameworks: Record<FrameworkId, FrameworkReport>
}

export const CONTROL_STATUSES: readonly ControlStatus[] = [
  'satisfied',
  'failing',
  'error',
  'manual',
  'excluded'
]

/**
 * Config validation cannot know the catalogs, so ids are checked here; errors use the config's path
 * (`controls.<framework>.<id>`). An exclusion without a justification is
 * refused because ISO/IEC 27001 6.1.3 d) requires the SoA to justify every exclusion.
 */
export function checkApplicabilityIds(app: ControlApplicability, catalogs: Catalogs, source: string): void {
  for (const [framework, controls] of Object.entries(app)) {
    const catalog = catalogs[framework as FrameworkId]
    if (!catalog) {
      throw new MappingError(
        source,
        `controls.${framework}`,
        `unknown framework (known: ${FRAMEWORKS.join(', ')})`
      )
    }
    const known = new Set(catalog.controls.map((c) => c.id))
    for (const [id, entry] of Object.entries(controls ?? {})) {
      const at = `controls.${framework}.${id}`
      if (!known.has(id)) throw new MappingError(source, at, `unknown control "${id}" for ${framework}`)
      if (!entry.applicable && !entry.justification?.trim()) {
        throw new MappingError(source, at, 'a control marked not applicable needs a justification')
      }
    }
  }
}

/** Pure: the same findings, catalogs, mapping and applicability always give the same report. */
export function rollUpControls(
  findings: Finding[],
  catalogs: Catalogs,
  mapping: CheckMapping,
  applicability: ControlApplicability
): ControlsReport {
  const frameworks = {} as Record<FrameworkId, FrameworkReport>
  for (const framework of FRAMEWORKS) {
    const byControl = groupBy(findings, (f) => f.controls[framework] ?? [])
    const checksByControl = new Map<string, Set<string>>()
    for (const [check, refs] of mapping) {
      for (const id of refs[framework] ?? []) addTo(checksByControl, id, check)
    }

    const counts = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0])) as Record<ControlStatus, number>
    const controls = catalogs[framework].controls.map((control): ControlResult => {
      const tagged = byControl.get(control.id) ?? []
      const entry = applicability[framework]?.[control.id]
      const applicable = entry?.applicable ?? true
      const findingCounts: FindingCounts = { pass: 0, fail: 0, error: 0, not_applicable: 0 }
      for (const f of tagged) findingCounts[f.status]++
      const status = applicable ? statusFromCounts(findingCounts) : 'excluded'
      counts[status]++

      const checks = new Set(checksByControl.get(control.id))
      for (const f of tagged) checks.add(f.check)
      return {
        id: control.id,
        title: control.title,
        group: control.group,
        status,
        applicable,
        ...(entry?.justification !== undefined && { justification: entry.justification }),
        checks: sorted(checks),
        findingCounts,
        failingChecks: sorted(tagged.filter((f) => f.status === 'fail').map((f) => f.check)),
        evidence: sorted(tagged.flatMap((f) => f.evidence)),
        ...(entry?.evidence !== undefined && { manualEvidence: [...entry.evidence] })
      }
    })
    frameworks[framework] = { title: catalogs[framework].title, counts, controls }
  }
  return { generatedFrom: 'findings.json', frameworks }
}

/** An error is never read as satisfied: not knowing whether a control operates is not evidence that it does. */
export function statusFromCounts(counts: FindingCounts): Exclude<ControlStatus, 'excluded'> {
  if (counts.fail > 0) return 'failing'
  if (counts.error > 0) return 'error'
  if (counts.pass > 0) return 'satisfied'
  return 'manual'
}

function groupBy(findings: Finding[], keys: (f: Finding) => string[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>()
  for (const f of findings) {
    // A finding tagged twice with the same control must count once.
    for (const key of new Set(keys(f))) {
      const list = map.get(key)
      if (list) list.push(f)
      else map.set(key, [f])
    }
  }
  return map
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key)
  if (set) set.add(value)
  else map.set(key, new Set([value]))
}

function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort()
}
