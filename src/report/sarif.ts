import type { Log, ReportingDescriptor, Result } from 'sarif'
import type { Check } from '../checks/check.js'
import type { Finding, Severity } from '../model.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import { plainText } from './escape.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note'
}
/** GitHub code scanning sorts alerts by this CVSS-like score. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0'
}

const controlTags = (controls: Finding['controls']) =>
  Object.entries(controls).flatMap(([framework, ids]) => (ids ?? []).map((id) => `${framework}/${id}`))

/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one rule per check (help = remediation), one result
 * per failing location, and the Annex A controls as tags so code scanning can filter by control.
 */
export function renderSarif(
  checks: readonly Check[],
  findings: Finding[],
  controlsOf: (check: string) => Finding['controls']
): Log {
  const failing = findings.filter((finding) => finding.status === 'fail' || finding.status === 'error')
  const ruleIds = checks.map((check) => check.metadata.id)
  const rules: ReportingDescriptor[] = checks.map((check) => ({
    id: check.metadata.id,
    name: check.metadata.id.split('.').pop(),
    shortDescription: { text: check.metadata.title },
    fullDescription: { text: check.metadata.rationale },
    help: { text: check.metadata.remediation, markdown: `**How to fix:** ${check.metadata.remediation}` },
    defaultConfiguration: { level: LEVEL[check.metadata.severity] },
    properties: {
      tags: ['compliance', ...controlTags(controlsOf(check.metadata.id))],
      'security-severity': SECURITY_SEVERITY[check.metadata.severity],
      precision: 'high'
    }
  }))
  const results: Result[] = failing.flatMap((finding) => {
    const ruleIndex = ruleIds.indexOf(finding.check)
    const base = {
      ruleId: finding.check,
      ...(ruleIndex >= 0 ? { ruleIndex } : {}),
      level:
        finding.status === 'error'
          ? ('warning' as const)
          : LEVEL[checks[ruleIndex]?.metadata.severity ?? 'medium'],
      properties: { tags: controlTags(finding.controls), subject: finding.subject, status: finding.status }
    }
    // Messages quote names from the pull request; SARIF text is plain, but `[text](n)` would be a link.
    if (!finding.locations?.length)
      return [{ ...base, message: { text: plainText(finding.message, { sarif: true }) } }]
    return finding.locations.map((location) => ({
      ...base,
      message: { text: plainText(location.message, { sarif: true }) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: location.path, uriBaseId: '%SRCROOT%' },
            region: { startLine: location.line, ...(location.endLine ? { endLine: location.endLine } : {}) }
          }
        }
      ],
      partialFingerprints: {
        primaryLocationLineHash: `${finding.check}:${location.path}:${location.message}`
      }
    }))
  })
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            semanticVersion: TOOL_VERSION,
            informationUri: 'https://github.com/annex-evidence/annex-evidence',
            rules
          }
        },
        results
      }
    ]
  }
}
