/* eslint-disable @typescript-eslint/no-explicit-any -- the OSCAL document is walked as plain JSON */
import { loadCatalogs } from '../../src/controls/catalog.js'
import { rollUpControls } from '../../src/controls/rollup.js'
import type { Finding } from '../../src/model.js'
import { buildAssessmentResults, type AssessmentResultsInput } from '../../src/oscal/assessment-results.js'
import { objectiveStatusOf } from '../../src/oscal/status.js'
import { uuidV5 } from '../../src/oscal/uuid.js'
import { findingId } from '../../src/report/finding-id.js'
import { oscalAssessmentResultsValidator } from '../support/oscal-schema.js'

const EVIDENCE = 'evidence/github/repos/acme-corp/payments-api/branch-rules.json'
const HOSTILE_SUBJECT = '  acme-corp/evil\n<script>alert(1)</script>  '

function findings(): Finding[] {
  return [
    {
      check: 'github.branch-protection.enabled',
      subject: 'acme-corp/payments-api',
      status: 'pass',
      message: 'acme-corp/payments-api: the default branch main is protected by ruleset 42',
      controls: { 'iso27001-2022': ['A.8.32'] },
      evidence: [EVIDENCE]
    },
    {
      check: 'github.branch-protection.required-reviews',
      subject: HOSTILE_SUBJECT,
      status: 'fail',
      message: 'multi\nline message with trailing space ',
      controls: { 'iso27001-2022': ['A.8.32', 'A.5.3'], 'iso42001-2023': ['A.6.2.5'] },
      evidence: ['evidence/github/repos/acme-corp/evil/pulls page 1.json']
    },
    {
      check: 'aws.cloudtrail.enabled',
      subject: '123456789012',
      status: 'error',
      message: 'the trail could not be read (AccessDenied)',
      controls: { 'iso27001-2022': ['A.8.15'] },
      evidence: []
    }
  ]
}

async function input(): Promise<AssessmentResultsInput> {
  const catalogs = await loadCatalogs()
  const all = findings()
  const controls = rollUpControls(all, catalogs, new Map(), {
    'iso27001-2022': { 'A.7.4': { applicable: false, justification: 'no premises of our own' } }
  })
  return {
    tool: { name: 'annex-evidence', version: '0.1.0' },
    scope: 'acme-corp',
    run: { id: '4242', attempt: '1' },
    period: { start: '2026-07-01T00:00:00.000Z', end: '2026-09-30T23:59:59.999Z', expression: 'P92D' },
    startedAt: '2026-10-01T02:00:00.000Z',
    finishedAt: '2026-10-01T02:03:04.000Z',
    findings: all,
    controls,
    files: [
      { path: EVIDENCE, sha256: 'a'.repeat(64) },
      { path: 'evidence/github/repos/acme-corp/evil/pulls page 1.json', sha256: 'b'.repeat(64) },
      { path: 'config.json', sha256: 'c'.repeat(64) },
      { path: 'mapping.json', sha256: 'd'.repeat(64) }
    ],
    checks: [{ id: 'github.branch-protection.enabled', title: 'Default branch protected', version: 1 }]
  }
}

describe('OSCAL assessment-results', () => {
  it('validates against NIST OSCAL 1.0.6 assessment-results schema, hostile subjects included', async () => {
    const validate = await oscalAssessmentResultsValidator()
    const document = buildAssessmentResults(await input())
    const valid = validate(document)
    expect(valid ? [] : validate.errors).toEqual([])
    // The validator does reject what OSCAL does not allow (here a status outside its vocabulary).
    const broken = JSON.parse(JSON.stringify(document))
    broken['assessment-results'].results[0].findings[0].target.status.state = 'automated-pass'
    expect(validate(broken)).toBe(false)
    expect((document['assessment-results'].metadata as { 'oscal-version': string })['oscal-version']).toBe(
      '1.0.6'
    )
  })

  it('is deterministic: the same input gives the same bytes', async () => {
    const a = JSON.stringify(buildAssessmentResults(await input()))
    const b = JSON.stringify(buildAssessmentResults(await input()))
    expect(a).toBe(b)
  })

  it('has one observation per finding with evidence links and their SHA-256, one finding per applicable control', async () => {
    const given = await input()
    const document = buildAssessmentResults(given)['assessment-results'] as any
    const [iso27001, iso42001] = document.results
    expect(iso27001.start).toBe(given.period.start)
    expect(iso27001.end).toBe(given.period.end)
    expect(iso27001.observations).toHaveLength(3)
    expect(iso42001.observations).toHaveLength(1)
    const pass = iso27001.observations.find((o: any) =>
      o.props.some((p: any) => p.name === 'finding-id' && p.value === findingId(given.findings[0]!))
    )
    expect(pass['relevant-evidence']).toEqual([
      expect.objectContaining({
        href: `../${EVIDENCE}`,
        props: [expect.objectContaining({ name: 'sha256', value: 'a'.repeat(64) })]
      })
    ])
    // A path with a space is percent-encoded so the href is a valid URI reference.
    const hostile = iso27001.observations.find((o: any) => o.title.includes('evil'))
    expect(hostile['relevant-evidence'][0].href).toBe(
      '../evidence/github/repos/acme-corp/evil/pulls%20page%201.json'
    )
    const resource = document['back-matter'].resources.find(
      (r: any) => `#${r.uuid}` === pass['relevant-evidence'][0].links[0].href
    )
    expect(resource.rlinks[0].hashes).toEqual([{ algorithm: 'SHA-256', value: 'a'.repeat(64) }])
    // The tool is the origin of every observation and finding.
    const tool = iso27001['local-definitions']['assessment-assets'].components[0]
    expect(pass.origins[0].actors[0]).toEqual({ type: 'tool', 'actor-uuid': tool.uuid })
    // 93 controls, one excluded: 92 findings; the excluded one is in exclude-controls.
    expect(iso27001.findings).toHaveLength(92)
    expect(iso27001['reviewed-controls']['control-selections'][0]['exclude-controls']).toEqual([
      { 'control-id': 'A.7.4' }
    ])
    expect(iso42001.findings).toHaveLength(38)
  })

  it('never calls an automated pass "satisfied"; a failing control is not-satisfied with reason fail', async () => {
    const document = buildAssessmentResults(await input())['assessment-results'] as any
    const control = (id: string) =>
      document.results[0].findings.find((f: any) => f.target['target-id'] === id)
    const a832 = control('A.8.32')
    expect(a832.target.status).toMatchObject({ state: 'not-satisfied', reason: 'fail' })
    expect(a832['related-observations']).toHaveLength(2)
    expect(control('A.8.15').target.status).toMatchObject({ state: 'not-satisfied', reason: 'other' })
    expect(control('A.5.1').props).toContainEqual(
      expect.objectContaining({ name: 'annex-status', value: 'manual' })
    )
    for (const status of [
      'satisfied',
      'automated-pass',
      'manual',
      'error',
      'not-applicable',
      'constructor'
    ]) {
      expect(objectiveStatusOf(status).state).toBe('not-satisfied')
    }
    expect(objectiveStatusOf('effective')).toMatchObject({ state: 'satisfied', reason: 'pass' })
  })

  it('derives RFC 4122 version-5 UUIDs', () => {
    // The RFC 4122 appendix B example namespace (DNS) and name, as given by Python's uuid.uuid5.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2'
    )
  })
})
