import { loadCatalogs } from '../../src/controls/catalog.js'
import { rollUpControls } from '../../src/controls/rollup.js'
import type { EvidenceRecord, Finding } from '../../src/model.js'
import type { ReportInput } from '../../src/report/html/render.js'

/** Markup and script an attacker could plant in anything the report shows (names, messages, API data). */
export const PAYLOADS = [
  '</script><script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '"><svg onload="window.__pwned = 3">',
  "'><iframe src='https://attacker.example/'></iframe>",
  '<!-- <script>window.__pwned = 4</script>',
  '\u202Eevil\u202C name',
  '</pre></details><a href="javascript:window.__pwned=5">click</a>'
]

const hostile = PAYLOADS.join(' ')

/** A report input where every string from evidence carries the payloads, and one record is far over the cap. */
export async function hostileReportInput(): Promise<ReportInput> {
  const catalogs = await loadCatalogs()
  const path = `evidence/github/repos/acme-corp/${encodeURIComponent(PAYLOADS[0]!)}/branch-rules.json`
  const big = 'evidence/github/repos/acme-corp/big/pulls.json'
  const findings: Finding[] = [
    {
      check: 'github.branch-protection.enabled',
      subject: `acme-corp/${hostile}`,
      status: 'fail',
      message: `protection missing on ${hostile}`,
      controls: { 'iso27001-2022': ['A.8.32'] },
      evidence: [path],
      details: [{ title: hostile }],
      locations: [{ path: hostile, line: 1, message: hostile }]
    },
    {
      check: 'github.pull-requests.reviewed',
      subject: 'acme-corp/big',
      status: 'pass',
      message: 'every merged pull request was reviewed',
      controls: { 'iso27001-2022': ['A.8.32'], 'iso42001-2023': ['A.6.2.5'] },
      evidence: [big]
    }
  ]
  const evidence: EvidenceRecord[] = [
    {
      path,
      source: hostile,
      subject: hostile,
      kind: 'github.branch-rules',
      requests: [
        {
          method: 'GET',
          path: `/repos/acme-corp/${hostile}`,
          time: '2026-10-01T02:00:00.000Z',
          status: 200,
          responseSha256: 'e'.repeat(64),
          operation: hostile
        }
      ],
      data: { name: hostile, nested: { html: hostile } },
      notes: { query: hostile },
      error: { message: hostile, missingPermission: hostile }
    },
    {
      path: big,
      source: 'github',
      subject: 'acme-corp/big',
      kind: 'github.pulls',
      requests: [
        { method: 'GET', path: '/repos/acme-corp/big/pulls', time: '2026-10-01T02:00:01.000Z', status: 200 }
      ],
      data: Array.from({ length: 5000 }, (_, i) => ({
        number: i,
        title: `pull request ${i} ${'x'.repeat(40)}`
      }))
    }
  ]
  return {
    tool: { name: 'annex-evidence', version: '0.1.0' },
    scope: `acme-corp ${hostile}`,
    run: { id: hostile },
    period: { start: '2026-09-30T02:00:00.000Z', end: '2026-10-01T02:00:00.000Z', expression: 'P1D' },
    startedAt: '2026-10-01T02:00:00.000Z',
    finishedAt: '2026-10-01T02:01:00.000Z',
    config: { path: hostile, sha256: 'f'.repeat(64) },
    findings,
    controls: rollUpControls(findings, catalogs, new Map(), {}),
    checks: [],
    evidence,
    files: [{ path, sha256: 'a'.repeat(64) }],
    limits: { perRecord: 16 * 1024 }
  }
}
