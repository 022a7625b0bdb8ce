import type { BundleSample } from '../../evidence/github-org.js'
import type { FindingStatus } from '../../model.js'

/**
 * Where the audit log is not available (not on Enterprise Cloud, or the token cannot read it), whether a
 * setting stayed in force can still be sampled: each nightly bundle recorded, at its own time, whether the
 * setting was in force (its finding for the setting's check and subject). This turns the findings of the
 * period's bundles into a per-setting timeline of nightly sample points, with every gap stated as a gap:
 * no bundle for a stretch of the period, or a bundle that could not tell. Pure: the samples are read from
 * the store by a loader (src/store/bundle-history.ts) and handed in.
 *
 * What sampling cannot show, it does not claim: a setting switched off and back on between two runs leaves
 * no trace in either bundle, so "in force at every sample" is never "in force 100% of the period".
 */

export type { BundleSample }

export type SampleState = 'in-force' | 'not-in-force' | 'unknown'

export interface SamplePoint {
  at: string
  bundle: string
  state: SampleState
  /** Why the state is unknown. */
  reason?: string
}

export interface TimelineGap {
  from: string
  to: string
  reason: string
}

/** A run of consecutive samples that saw the setting not in force, with the samples around it. */
export interface NotInForceRun {
  /** First and last sample that saw it off. */
  firstSeen: string
  lastSeen: string
  /** The last sample before that saw it in force (it went off after this), or null: none in the period. */
  after: string | null
  /** The first sample after that saw it in force again (it was restored before this), or null. */
  before: string | null
}

export interface SampledTimeline {
  check: string
  subject: string
  samples: SamplePoint[]
  gaps: TimelineGap[]
  notInForce: NotInForceRun[]
  /** Samples that saw it in force, and samples that could tell at all. */
  inForceSamples: number
  decidedSamples: number
}

/** A gap longer than this many cadences is stated: one missed night is a gap. */
const GAP_FACTOR = 1.5

function stateOf(status: FindingStatus | undefined): { state: SampleState; reason?: string } {
  if (status === 'pass') return { state: 'in-force' }
  if (status === 'fail') return { state: 'not-in-force' }
  if (status === undefined) return { state: 'unknown', reason: 'the bundle has no finding for this subject' }
  return { state: 'unknown', reason: `the bundle's finding is ${status}` }
}

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * Per setting (a check and a subject), the nightly sample points inside [period.start, period.end], the
 * gaps (no bundle for longer than 1.5 cadences, from the period's start to the first sample, from the last
 * to its end; a sample that could not tell) and the runs of samples that saw it not in force.
 */
export function bundleTimeline(
  samples: readonly BundleSample[],
  settings: readonly { check: string; subject: string }[],
  period: { start: string; end: string },
  cadenceMs: number
): SampledTimeline[] {
  const start = Date.parse(period.start)
  const end = Date.parse(period.end)
  const inPeriod = samples
    .filter((s) => {
      const at = Date.parse(s.at)
      return Number.isFinite(at) && at >= start && at <= end
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.bundle.localeCompare(b.bundle))
  const longest = cadenceMs * GAP_FACTOR

  return settings.map(({ check, subject }) => {
    const points: SamplePoint[] = inPeriod.map((sample) => {
      if (sample.unreadable)
        return { at: sample.at, bundle: sample.bundle, state: 'unknown', reason: sample.unreadable }
      const finding = sample.findings.find((f) => f.check === check && f.subject === subject)
      return { at: sample.at, bundle: sample.bundle, ...stateOf(finding?.status) }
    })
    const gaps: TimelineGap[] = []
    const times = points.map((p) => Date.parse(p.at))
    const edges = [start, ...times, end]
    for (let i = 1; i < edges.length; i++) {
      const [from, to] = [edges[i - 1]!, edges[i]!]
      if (to - from > longest) {
        const where =
          i === 1
            ? 'before the first bundle'
            : i === edges.length - 1
              ? 'after the last bundle'
              : 'between bundles'
        gaps.push({
          from: iso(from),
          to: iso(to),
          reason:
            points.length === 0
              ? 'no bundle in the period'
              : `no bundle for ${Math.round((to - from) / 3_600_000)} h (${where})`
        })
      }
    }
    for (const point of points) {
      if (point.state === 'unknown')
        gaps.push({ from: point.at, to: point.at, reason: `${point.bundle}: ${point.reason ?? 'unknown'}` })
    }
    gaps.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))

    const notInForce: NotInForceRun[] = []
    let lastOn: string | null = null
    let run: NotInForceRun | undefined
    for (const point of points) {
      if (point.state === 'not-in-force') {
        if (run) run.lastSeen = point.at
        else run = { firstSeen: point.at, lastSeen: point.at, after: lastOn, before: null }
      } else if (point.state === 'in-force') {
        if (run) {
          run.before = point.at
          notInForce.push(run)
          run = undefined
        }
        lastOn = point.at
      }
    }
    if (run) notInForce.push(run)
    const decided = points.filter((p) => p.state !== 'unknown')
    return {
      check,
      subject,
      samples: points,
      gaps,
      notInForce,
      inForceSamples: decided.filter((p) => p.state === 'in-force').length,
      decidedSamples: decided.length
    }
  })
}

/** One line for a finding or the job summary; says what sampling cannot show. */
export function describeSampledTimeline(timeline: SampledTimeline): string {
  const total = timeline.samples.length
  if (total === 0) return 'no bundle in the period: nothing was sampled'
  const parts = [
    `in force at ${timeline.inForceSamples} of ${timeline.decidedSamples} nightly sample(s)` +
      (timeline.decidedSamples < total ? ` (${total - timeline.decidedSamples} could not tell)` : '')
  ]
  for (const run of timeline.notInForce) {
    const since = run.after ? `after ${run.after}` : 'from before the first sample'
    const until = run.before ? `restored before ${run.before}` : 'not restored by the last sample'
    parts.push(
      `not in force at the samples ${run.firstSeen}…${run.lastSeen} (switched off ${since}, ${until})`
    )
  }
  if (timeline.gaps.length > 0)
    parts.push(`gaps: ${timeline.gaps.map((g) => `${g.from}–${g.to} ${g.reason}`).join('; ')}`)
  parts.push('between samples the setting was not observed')
  return parts.join('; ')
}
