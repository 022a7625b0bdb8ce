import type { Check } from '../checks/check.js'
import type { Finding } from '../model.js'
import type { PullRequestRef } from '../sources/github/pull-request.js'
import { codeMarkdown, escapeMarkdown } from './escape.js'

export const COMMENT_MARKER = '<!-- annex-evidence:pull-request -->'
const STATUS: Record<string, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  error: '⚠️ error',
  not_applicable: '➖ n/a'
}
const LOCATIONS_SHOWN = 20

export type Conclusion = 'success' | 'failure' | 'neutral'

export function conclusionOf(findings: Finding[]): Conclusion {
  if (findings.some((f) => f.status === 'fail')) return 'failure'
  return findings.some((f) => f.status === 'error') ? 'neutral' : 'success'
}

export function headline(findings: Finding[]): string {
  const failing = findings.filter((f) => f.status === 'fail').length
  const errors = findings.filter((f) => f.status === 'error').length
  if (failing > 0) return `❌ ${failing} control check(s) fail on this pull request`
  if (errors > 0) return `⚠️ ${errors} control check(s) could not be evaluated`
  return '✅ All clear: this pull request breaks no checked control'
}

const controlsText = (finding: Finding) =>
  Object.entries(finding.controls)
    .flatMap(([framework, ids]) =>
      (ids ?? []).map((id) => `${framework === 'iso27001-2022' ? '27001' : '42001'} ${id}`)
    )
    .join(', ')

/** One report for the sticky comment, the check run summary and the job summary. */
export function renderPullRequestReport(
  pr: PullRequestRef,
  checks: readonly Check[],
  findings: Finding[],
  notes: string[] = []
): string {
  const byId = new Map(checks.map((check) => [check.metadata.id, check]))
  const lines = [
    COMMENT_MARKER,
    `### ${headline(findings)}`,
    '',
    `Checked at ${codeMarkdown(pr.headSha.slice(0, 7))} against ${codeMarkdown(pr.baseRef)}.`,
    '',
    '| Check | Result | Annex A controls |',
    '| --- | --- | --- |',
    ...findings.map(
      (f) =>
        `| ${escapeMarkdown(byId.get(f.check)?.metadata.title ?? f.check)} | ${STATUS[f.status]} | ${escapeMarkdown(controlsText(f)) || '–'} |`
    ),
    ''
  ]
  const problems = findings.filter((f) => f.status === 'fail' || f.status === 'error')
  if (problems.length > 0) lines.push('#### What to fix', '')
  for (const finding of problems) {
    const check = byId.get(finding.check)
    lines.push(
      `**${escapeMarkdown(check?.metadata.title ?? finding.check)}** (${escapeMarkdown(controlsText(finding) || finding.check)})`,
      ''
    )
    // Messages quote file names, package names and model ids from the pull request: never markup.
    lines.push(escapeMarkdown(finding.message), '')
    for (const location of (finding.locations ?? []).slice(0, LOCATIONS_SHOWN)) {
      lines.push(
        `- ${codeMarkdown(`${location.path}:${location.line}`)}: ${escapeMarkdown(location.message)}`
      )
    }
    if ((finding.locations?.length ?? 0) > LOCATIONS_SHOWN)
      lines.push(`- … and ${finding.locations!.length - LOCATIONS_SHOWN} more`)
    if (finding.status === 'fail' && check) lines.push('', `How to fix: ${check.metadata.remediation}`)
    lines.push('')
  }
  if (problems.length === 0 && findings.some((f) => f.status === 'pass')) {
    lines.push('Nothing to do. This comment is updated on every push.', '')
  }
  // A passing check is partial evidence for the controls it names, never a statement that they are effective.
  lines.push(
    '<sub>Annex A controls: the controls each check gives evidence for (automated checks only; the Statement of Applicability says what else each control needs).</sub>',
    ''
  )
  for (const note of notes) lines.push(`> ${escapeMarkdown(note)}`, '')
  return lines.join('\n')
}
