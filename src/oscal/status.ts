/**
 * A control status of this tool (either vocabulary: `satisfied` of today's roll-up, or `automated-pass`,
 * `effective`, `not-applicable` of the new one) as OSCAL's objective status. OSCAL knows only `satisfied` and
 * `not-satisfied`; only `effective` is the first, because an automated pass shows part of a control, not all.
 */
export interface ObjectiveStatus {
  state: 'satisfied' | 'not-satisfied'
  reason: 'pass' | 'fail' | 'other'
  /** One sentence on what the tool's status means, for the remarks. */
  meaning: string
}

const KNOWN: Record<string, ObjectiveStatus> = {
  effective: {
    state: 'satisfied',
    reason: 'pass',
    meaning:
      'Effective: the automated checks pass and the manual evidence the control requires is present and current.'
  },
  failing: {
    state: 'not-satisfied',
    reason: 'fail',
    meaning: 'Failing: at least one automated check found the control not operating.'
  },
  error: {
    state: 'not-satisfied',
    reason: 'other',
    meaning: 'Error: at least one automated check could not decide (evidence missing or unreadable).'
  },
  'automated-pass': {
    state: 'not-satisfied',
    reason: 'other',
    meaning:
      'Automated pass: the automated checks pass, which is partial evidence; the control is not shown effective without its manual evidence.'
  },
  satisfied: {
    state: 'not-satisfied',
    reason: 'other',
    meaning:
      'Automated pass (recorded as "satisfied" by this tool version): the automated checks pass, which is partial evidence; the control is not shown effective without its manual evidence.'
  },
  manual: {
    state: 'not-satisfied',
    reason: 'other',
    meaning:
      'Manual: no automated check evidences this control; it rests on manual evidence the assessor must examine.'
  },
  'not-applicable': {
    state: 'not-satisfied',
    reason: 'other',
    meaning: 'Not applicable: the checks had no population to evaluate in the period, so nothing was shown.'
  }
}

export function objectiveStatusOf(status: string): ObjectiveStatus {
  if (Object.hasOwn(KNOWN, status)) return KNOWN[status]!
  return {
    state: 'not-satisfied',
    reason: 'other',
    meaning: `Status "${status}": not a status this builder knows, so nothing is claimed.`
  }
}
