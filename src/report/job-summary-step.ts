import * as core from '@actions/core'
import type { SummaryInput } from './summary.js'

/** What a finished nightly run or merge reports; both result types carry these fields. */
type SummarisedRun = Omit<SummaryInput, 'checks' | 'notes'> & { sourceNotes: string[] }

/**
 * The step's job summary, written when the runner provides one (GITHUB_STEP_SUMMARY): one place for the
 * nightly run and the merge step. The renderer and the checks load only then.
 */
export async function writeJobSummary(result: SummarisedRun): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const [{ renderJobSummary }, { CHECKS }] = await Promise.all([
    import('./summary.js'),
    import('../checks/index.js')
  ])
  await core.summary
    .addRaw(
      renderJobSummary({
        scope: result.scope,
        period: result.period,
        subjects: result.subjects,
        bundleDir: result.bundleDir,
        manifestSha256: result.manifestSha256,
        controls: result.controls,
        findings: result.findings,
        checks: CHECKS,
        notes: result.sourceNotes
      })
    )
    .write()
}
