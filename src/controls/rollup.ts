import {
  FRAMEWORKS,
  type ControlRefs,
  type ControlStatus,
  type Finding,
  type FindingStatus,
  type FrameworkId
} from '../model.js'
import {
  MappingError,
  type Catalogs,
  type CheckEvidenceTypes,
  type CheckMapping,
  type EvidenceType
} from './catalog.js'
import {
  controlManualEvidence,
  type ControlManualEvidence,
  type ManualEvidenceItem,
  type ManualRequirement
} from './manual-evidence.js'

export const IMPLEMENTATION_STATUSES = ['implemented', 'partially', 'planned', 'not-implemented'] as const
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number]

export interface ApplicabilityEntry {
  applicable: boolean
  /** Why the control is included (applicable) or excluded (not applicable). */
  justification?: string
  /** References to manual evidence (URLs or document ids) for what no automated check covers; not hashed. */
  evidence?: string[]
  implementation?: ImplementationStatus
  owner?: string
  /** `YYYY-MM-DD`. */
  reviewed?: string
  'next-review'?: string
  /** Ids of the risks (from the risk register) this control treats. */
  risks?: string[]
}

/** Per framework, per control id; controls not listed are applicable. */
export type ControlApplicability = Partial<Record<FrameworkId, Record<string, ApplicabilityEntry>>>

export type FindingCounts = Record<FindingStatus, number>

/** One check's contribution to one control. */
export interface ControlCheck {
  check: string
  /** From mappings/checks.yaml; `unlabelled` for a check the shipped mapping does not describe. */
  evidence: EvidenceType | 'unlabelled'
  findingCounts: FindingCounts
  /** Ids of this check's findings for the control, sorted. */
  findings: string[]
}

/** A check that would evidence this control but did not run, and who decided so. */
export interface SkippedCheck {
  check: string
  /** Where the decision is, e.g. `.github/evidence.yml: checks.skip`. */
  by: string
}

/** A change the config made to the shipped mapping for this control. */
export interface MappingOverride {
  check: string
  change: 'added' | 'removed'
  /** e.g. `.github/evidence.yml: mappings.github.branch-protection.enabled`. */
  by: string
}

/** The Statement of Applicability fields of a control (ISO/IEC 27001 6.1.3 d), 42001 6.1.3), from the config. */
export interface ControlSoaFields {
  inclusion?: string
  exclusion?: string
  implementation?: ImplementationStatus
  owner?: string
  lastReviewed?: string
  nextReview?: string
  risks: string[]
  /** What the SoA is missing for this control, in words (empty: nothing). */
  gaps: string[]
}

export interface ControlResult {
  id: string
  title: string
  group: string
  status: ControlStatus
  applicable: boolean
  justification?: string
  /** Checks that evidence this control, from the mapping and from the findings themselves. */
  checks: string[]
  /** Per check: design or operating evidence, its finding counts and finding ids. */
  checkEvidence: ControlCheck[]
  /** Finding ids of design evidence (a setting is configured) and of operating evidence (the control ran). */
  designEvidence: string[]
  operatingEvidence: string[]
  findingCounts: FindingCounts
  failingChecks: string[]
  /** Union of the evidence paths of this control's findings, sorted. */
  evidence: string[]
  /** Unhashed references from `controls.<framework>.<id>.evidence` in the config. */
  manualEvidence?: string[]
  /** Required and attached manual evidence (config `manual-evidence:`), judged at the period end. */
  manual: ControlManualEvidence
  skippedChecks: SkippedCheck[]
  mappingOverrides: MappingOverride[]
  soa: ControlSoaFields
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

/**
 * Everything besides findings, catalogs, mapping and applicability that the statuses depend on. Recorded in the
 * bundle (soa-inputs.json) so `verify` re-derives the same report.
 */
export interface RollupContext {
  checkEvidence: CheckEvidenceTypes
  requirements: ManualRequirement[]
  manualEvidence: ManualEvidenceItem[]
  /** Per check that did not run: the controls it would have evidenced, and who skipped it. */
  skipped: { check: string; by: string; controls: ControlRefs }[]
  /** Per control a config override added a check to or removed one from. */
  overrides: (MappingOverride & { framework: FrameworkId; control: string })[]
  /** End of the evidence period: manual evidence is current or expired as of then. */
  periodEnd: string
}

export const EMPTY_ROLLUP_CONTEXT: Omit<RollupContext, 'periodEnd'> = {
  checkEvidence: {},
  requirements: [],
  manualEvidence: [],
  skipped: [],
  overrides: []
}

export const CONTROL_STATUSES: readonly ControlStatus[] = [
  'failing',
  'error',
  'automated-pass',
  'effective',
  'manual',
  'not-applicable',
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

/** Pure: the same findings, catalogs, mapping, applicability and context always give the same report. */
export function rollUpControls(
  findings: Finding[],
  catalogs: Catalogs,
  mapping: CheckMapping,
  applicability: ControlApplicability,
  context: RollupContext = { ...EMPTY_ROLLUP_CONTEXT, periodEnd: new Date(0).toISOString() }
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
      const findingCounts = countFindings(tagged)
      const manual = controlManualEvidence(
        framework,
        control.id,
        context.requirements,
        context.manualEvidence,
        context.periodEnd
      )
      const status = applicable ? statusOf(findingCounts, manual) : 'excluded'
      counts[status]++

      const checks = new Set(checksByControl.get(control.id))
      for (const f of tagged) checks.add(f.check)
      const checkEvidence = sorted(checks).map((check): ControlCheck => {
        const own = tagged.filter((f) => f.check === check)
        return {
          check,
          evidence: context.checkEvidence[check]?.evidence ?? 'unlabelled',
          findingCounts: countFindings(own),
          findings: sorted(own.map((f) => f.id ?? `${f.check} ${f.subject}`))
        }
      })
      const idsOf = (type: EvidenceType) =>
        sorted(checkEvidence.filter((c) => c.evidence === type).flatMap((c) => c.findings))
      const skippedChecks = context.skipped
        .filter((s) => s.controls[framework]?.includes(control.id))
        .map(({ check, by }) => ({ check, by }))
      const mappingOverrides = context.overrides
        .filter((o) => o.framework === framework && o.control === control.id)
        .map(({ check, change, by }) => ({ check, change, by }))
      return {
        id: control.id,
        title: control.title,
        group: control.group,
        status,
        applicable,
        ...(entry?.justification !== undefined && { justification: entry.justification }),
        checks: sorted(checks),
        checkEvidence,
        designEvidence: idsOf('design'),
        operatingEvidence: idsOf('operating'),
        findingCounts,
        failingChecks: sorted(tagged.filter((f) => f.status === 'fail').map((f) => f.check)),
        evidence: sorted(tagged.flatMap((f) => f.evidence)),
        ...(entry?.evidence !== undefined && { manualEvidence: [...entry.evidence] }),
        manual,
        skippedChecks,
        mappingOverrides,
        soa: soaFields(entry, applicable, status, manual)
      }
    })
    frameworks[framework] = { title: catalogs[framework].title, counts, controls }
  }
  return { generatedFrom: 'findings.json', frameworks }
}

/**
 * An error is never read as a pass: not knowing whether a control operates is not evidence that it does. Passing
 * checks alone are `automated-pass`; `effective` needs at least one manual evidence requirement and all of them
 * met by current evidence, so a control nobody said what it needs is never called effective.
 */
export function statusOf(
  counts: FindingCounts,
  manual: Pick<ControlManualEvidence, 'requirements' | 'missing'>
): Exclude<ControlStatus, 'excluded'> {
  if (counts.fail > 0) return 'failing'
  if (counts.error > 0) return 'error'
  if (counts.pass > 0) {
    return manual.requirements.length > 0 && manual.missing.length === 0 ? 'effective' : 'automated-pass'
  }
  if (counts.not_applicable > 0) return 'not-applicable'
  return 'manual'
}

/** Automated status from counts alone (no manual evidence known): never `effective`. */
export function statusFromCounts(counts: FindingCounts): Exclude<ControlStatus, 'excluded'> {
  return statusOf(counts, { requirements: [], missing: [] })
}

function countFindings(findings: Finding[]): FindingCounts {
  const counts: FindingCounts = { pass: 0, fail: 0, error: 0, not_applicable: 0 }
  for (const f of findings) counts[f.status]++
  return counts
}

/** The SoA fields from the config, and in words what an auditor would find missing. */
function soaFields(
  entry: ApplicabilityEntry | undefined,
  applicable: boolean,
  status: ControlStatus,
  manual: ControlManualEvidence
): ControlSoaFields {
  const justification = entry?.justification?.trim() || undefined
  const fields: ControlSoaFields = {
    ...(applicable && justification && { inclusion: justification }),
    ...(!applicable && justification && { exclusion: justification }),
    ...(entry?.implementation && { implementation: entry.implementation }),
    ...(entry?.owner && { owner: entry.owner }),
    ...(entry?.reviewed && { lastReviewed: entry.reviewed }),
    ...(entry?.['next-review'] && { nextReview: entry['next-review'] }),
    risks: [...(entry?.risks ?? [])],
    gaps: []
  }
  if (!applicable) return fields
  const gaps = fields.gaps
  if (!fields.inclusion) gaps.push('no justification for inclusion')
  if (!fields.implementation) gaps.push('no implementation status')
  if (!fields.owner) gaps.push('no owner')
  if (!fields.lastReviewed) gaps.push('no review date')
  if (!fields.nextReview) gaps.push('no next review date')
  if (fields.risks.length === 0) gaps.push('no risk ids')
  for (const id of manual.missing) {
    const requirement = manual.requirements.find((r) => r.id === id)!
    gaps.push(
      requirement.expired.length > 0
        ? `manual evidence expired: ${id} (${requirement.expired.join(', ')})`
        : `manual evidence missing: ${id}`
    )
  }
  if (status === 'manual' && manual.items.length === 0 && !entry?.evidence?.length) {
    gaps.push('no evidence: no automated check and no manual evidence attached')
  }
  if (status === 'automated-pass' && manual.requirements.length === 0) {
    gaps.push('no manual evidence requirement defined, so the control cannot be shown effective')
  }
  return fields
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
