import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Check } from '../checks/check.js'
import type { ControlsReport } from '../controls/rollup.js'
import type { BundleWriter } from '../bundle/writer.js'
import type { EvidenceRecord, Finding } from '../model.js'
import { buildAssessmentResults, OSCAL_ASSESSMENT_RESULTS_FILE } from '../oscal/assessment-results.js'
import type { ManifestDraft } from '../seal.js'
import { renderReportHtml, REPORT_FILE } from './html/render.js'

/**
 * Writes the auditor's views of the bundle, after everything they describe: `report.html` and
 * `oscal/assessment-results.json`. Both are files of the bundle like any other, listed and hashed in its
 * manifest. They are built from the evidence as written (read back from the bundle), so they show exactly
 * what the manifest seals.
 */
export async function writeAuditorFiles(
  writer: BundleWriter,
  manifest: ManifestDraft,
  result: { findings: Finding[]; controls: ControlsReport; checks: readonly Check[] }
): Promise<void> {
  const files = writer.written
  const evidence: EvidenceRecord[] = []
  for (const file of files) {
    if (!file.path.startsWith('evidence/') || !file.path.endsWith('.json')) continue
    evidence.push(
      JSON.parse(await readFile(join(writer.workDir, ...file.path.split('/')), 'utf8')) as EvidenceRecord
    )
  }
  const checks = result.checks.map((check) => check.metadata)
  const common = {
    tool: manifest.tool,
    scope: manifest.scope,
    run: manifest.run,
    period: manifest.period,
    startedAt: manifest.startedAt,
    finishedAt: manifest.finishedAt,
    findings: result.findings,
    controls: result.controls,
    files,
    checks
  }
  await writer.writeJson(OSCAL_ASSESSMENT_RESULTS_FILE, buildAssessmentResults(common))
  await writer.writeText(
    REPORT_FILE,
    renderReportHtml({ ...common, mode: manifest.mode, config: manifest.config, evidence })
  )
}
