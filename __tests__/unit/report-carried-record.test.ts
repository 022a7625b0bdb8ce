import type { EvidenceRecord } from '../../src/model.js'
import { renderEvidenceRecord } from '../../src/report/html/evidence-view.js'

/** A record carried forward from an earlier bundle says so in the auditor's report, in escaped text. */
describe('a carried record in the report', () => {
  const base: EvidenceRecord = {
    path: 'evidence/github/acme-corp/api/webhooks.json',
    source: 'github',
    subject: 'github:acme-corp/api',
    kind: 'github.repo-webhooks',
    requests: [],
    data: []
  }
  const render = (record: EvidenceRecord) =>
    renderEvidenceRecord(record, { id: 'e1', budget: { perRecord: 10_000, remaining: 100_000 } })

  test('a webhook listing names the bundle, the record hash, when GitHub answered and the audit log', () => {
    const html = render({
      ...base,
      notes: {
        repositoryId: 7,
        carriedFrom: {
          bundle: 'acme-corp/2026/12/01/20261201T020000Z-1<script>',
          manifestSha256: 'a'.repeat(64),
          path: base.path,
          sha256: 'b'.repeat(64),
          readAt: '2026-12-01T02:00:05.000Z',
          through: '2026-12-02T01:00:04.000Z',
          auditLog: 'evidence/github-org/acme-corp/audit-log-repo-events.json'
        }
      }
    })
    expect(html).toContain('No request this run: carried forward from bundle')
    expect(html).toContain('acme-corp/2026/12/01/20261201T020000Z-1&lt;script&gt;')
    expect(html).not.toContain('<script>')
    expect(html).toContain('b'.repeat(64))
    expect(html).toContain('as GitHub answered on 2026-12-01T02:00:05.000Z')
    expect(html).toContain('records no change to it through 2026-12-02T01:00:04.000Z')
  })

  test('an activity record says what it is complete through', () => {
    const html = render({
      ...base,
      data: {
        carriedFrom: { bundle: 'k', sha256: 'c'.repeat(64), path: 'p', through: '2026-12-01T02:00:00.000Z' }
      }
    })
    expect(html).toContain('complete through 2026-12-01T02:00:00.000Z')
  })

  test('a record without a usable carriedFrom is not called carried', () => {
    expect(render({ ...base, notes: { carriedFrom: { bundle: 1, sha256: [] } } })).toContain(
      'No request recorded (read from the workspace or derived).'
    )
  })
})
