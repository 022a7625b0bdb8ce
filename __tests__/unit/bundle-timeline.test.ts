import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  bundleTimeline,
  describeSampledTimeline,
  type BundleSample
} from '../../src/checks/github/bundle-timeline.js'
import { auditLogSettingsInForce } from '../../src/checks/github/audit-log-settings-in-force.js'
import {
  BUNDLE_HISTORY_EVIDENCE,
  BUNDLE_HISTORY_PATH,
  BUNDLE_HISTORY_SUBJECT,
  GITHUB_ORG_EVIDENCE,
  orgEvidencePath,
  orgSubject
} from '../../src/evidence/github-org.js'
import type { EvidenceRecord, FindingStatus } from '../../src/model.js'
import { context } from '../fixtures/github-evidence.js'
import { loadBundleSamples } from '../../src/store/bundle-history.js'
import { LocalStore } from '../../src/store/local.js'

const DAY = 86_400_000
const CHECK = 'github.branch-protection.enabled'
const SUBJECT = 'github:acme/api'
const period = { start: '2026-08-01T03:00:00.000Z', end: '2026-08-08T03:00:00.000Z' }
const nightly = (day: number) => new Date(Date.parse(period.start) + day * DAY).toISOString()
const sample = (day: number, status?: FindingStatus, extra: Partial<BundleSample> = {}): BundleSample => ({
  bundle: `acme/2026/08/0${day + 1}/night-${day}`,
  at: nightly(day),
  findings: status ? [{ check: CHECK, subject: SUBJECT, status }] : [],
  ...extra
})
const timeline = (samples: BundleSample[]) =>
  bundleTimeline(samples, [{ check: CHECK, subject: SUBJECT }], period, DAY)[0]!

describe('a setting sampled by the nightly bundles', () => {
  test('every night in force: all samples, no gap, and no claim about between the samples', () => {
    const line = timeline([0, 1, 2, 3, 4, 5, 6, 7].map((d) => sample(d, 'pass')))
    expect(line).toMatchObject({ inForceSamples: 8, decidedSamples: 8, gaps: [], notInForce: [] })
    expect(describeSampledTimeline(line)).toBe(
      'in force at 8 of 8 nightly sample(s); between samples the setting was not observed'
    )
  })

  test('off on two nights: the run of samples, bounded by the samples that saw it in force', () => {
    const line = timeline([
      sample(0, 'pass'),
      sample(1, 'pass'),
      sample(2, 'fail'),
      sample(3, 'fail'),
      sample(4, 'pass'),
      sample(5, 'pass'),
      sample(6, 'pass'),
      sample(7, 'pass')
    ])
    expect(line.notInForce).toEqual([
      { firstSeen: nightly(2), lastSeen: nightly(3), after: nightly(1), before: nightly(4) }
    ])
    expect(line.inForceSamples).toBe(6)
    expect(describeSampledTimeline(line)).toContain(
      `not in force at the samples ${nightly(2)}…${nightly(3)} (switched off after ${nightly(1)}, restored before ${nightly(4)})`
    )
  })

  test('still off at the end, and off from before the first sample', () => {
    const line = timeline([sample(0, 'fail'), sample(1, 'pass'), sample(2, 'fail')])
    expect(line.notInForce).toEqual([
      { firstSeen: nightly(0), lastSeen: nightly(0), after: null, before: nightly(1) },
      { firstSeen: nightly(2), lastSeen: nightly(2), after: nightly(1), before: null }
    ])
  })

  test('missing nights, an error finding, an unreadable bundle and a missing finding are gaps, stated as such', () => {
    const line = timeline([
      sample(0, 'pass'),
      sample(1, 'error'),
      // nights 2 and 3 have no bundle
      sample(4, 'pass'),
      sample(5, undefined),
      sample(6, 'pass', { findings: [], unreadable: 'findings.json does not match its manifest' })
      // night 7 has no bundle: the period ends 24 h after the last sample, within 1.5 cadences
    ])
    expect(line.decidedSamples).toBe(2)
    expect(line.gaps).toEqual([
      { from: nightly(1), to: nightly(1), reason: "acme/2026/08/02/night-1: the bundle's finding is error" },
      { from: nightly(1), to: nightly(4), reason: 'no bundle for 72 h (between bundles)' },
      {
        from: nightly(5),
        to: nightly(5),
        reason: 'acme/2026/08/06/night-5: the bundle has no finding for this subject'
      },
      {
        from: nightly(6),
        to: nightly(6),
        reason: 'acme/2026/08/07/night-6: findings.json does not match its manifest'
      }
    ])
    expect(describeSampledTimeline(line)).toMatch(
      /^in force at 2 of 2 nightly sample\(s\) \(3 could not tell\); gaps: /
    )
  })

  test('no bundle at all: one gap over the whole period, never "in force"', () => {
    const line = timeline([])
    expect(line.gaps).toEqual([{ from: period.start, to: period.end, reason: 'no bundle in the period' }])
    expect(describeSampledTimeline(line)).toBe('no bundle in the period: nothing was sampled')
  })

  test('samples outside the period are left out; a late first bundle leaves a gap at the start', () => {
    const line = timeline([sample(-3, 'fail'), sample(3, 'pass'), sample(9, 'fail')])
    expect(line.samples.map((s) => s.at)).toEqual([nightly(3)])
    expect(line.gaps.map((g) => g.reason)).toEqual([
      'no bundle for 72 h (before the first bundle)',
      'no bundle for 96 h (after the last bundle)'
    ])
  })
})

describe('loading the samples from the store', () => {
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'bundle-history-'))
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  async function bundle(key: string, end: string, findings: unknown, tamper = false, manifestKey = key) {
    const dir = join(root, ...key.split('/'))
    await mkdir(dir, { recursive: true })
    const text = `${JSON.stringify(findings)}\n`
    const sha256 = createHash('sha256').update(text).digest('hex')
    await writeFile(join(dir, 'findings.json'), tamper ? text.replace('fail', 'pass') : text)
    await writeFile(
      join(dir, 'manifest.json'),
      JSON.stringify({
        bundleKey: manifestKey,
        period: { start: '', end, expression: 'P1D' },
        files: [{ path: 'findings.json', sha256, size: text.length }]
      })
    )
  }

  test('reads the findings of the checks asked for; a tampered, moved or unparsable bundle is a gap', async () => {
    const f = (status: string) => [
      { check: CHECK, subject: SUBJECT, status, message: 'x' },
      { check: 'other.check', subject: SUBJECT, status: 'fail', message: 'x' }
    ]
    await bundle('acme/2026/08/02/20260802T030000Z-1', nightly(1), f('pass'))
    await bundle('acme/2026/08/03/20260803T030000Z-2', nightly(2), f('fail'), true)
    await bundle(
      'acme/2026/08/04/20260804T030000Z-3',
      nightly(3),
      f('fail'),
      false,
      'acme/2026/08/04/elsewhere'
    )
    await bundle('acme/2026/08/05/20260805T030000Z-4', nightly(4), f('fail'))
    await bundle('acme/2026/09/30/20260930T030000Z-9', '2026-09-30T03:00:00.000Z', f('pass'))
    const broken = join(root, 'acme', '2026', '08', '06', '20260806T030000Z-5')
    await mkdir(broken, { recursive: true })
    await writeFile(join(broken, 'manifest.json'), '{not json')
    const store = new LocalStore(root)
    const samples = await loadBundleSamples(store, 'acme', period, [CHECK])
    expect(
      samples.map((s) => [s.bundle.split('/').pop(), s.findings.map((x) => x.status), s.unreadable ?? null])
    ).toEqual([
      ['20260802T030000Z-1', ['pass'], null],
      ['20260803T030000Z-2', [], 'findings.json does not match its manifest'],
      ['20260804T030000Z-3', [], 'its manifest says it is acme/2026/08/04/elsewhere: moved or swapped'],
      ['20260805T030000Z-4', ['fail'], null],
      ['20260806T030000Z-5', [], expect.stringMatching(/^the bundle could not be read \(/)]
    ])
    expect(samples[4]!.at).toBe('2026-08-06T03:00:00Z')
    const line = bundleTimeline(samples, [{ check: CHECK, subject: SUBJECT }], period, DAY)[0]!
    expect(line.notInForce).toEqual([
      { firstSeen: nightly(4), lastSeen: nightly(4), after: nightly(1), before: null }
    ])
    expect(line.gaps.filter((g) => g.from === g.to)).toHaveLength(3)
  })
})

describe('github.audit-log.settings-in-force without the audit log: sampled from the nightly bundles', () => {
  const ORG = 'octocat'
  const REPO_SUBJECT = 'github:octocat/hello-world'
  const week = { start: '2026-11-18T00:00:00.000Z', end: '2026-11-25T00:00:00.000Z', expression: 'P7D' }
  const night = (d: number) => new Date(Date.parse(week.start) + d * DAY + 3 * 3_600_000).toISOString()
  const records = (history?: BundleSample[], historyError?: string): EvidenceRecord[] => [
    {
      path: orgEvidencePath(ORG, 'organization'),
      source: 'github',
      subject: orgSubject(ORG),
      kind: GITHUB_ORG_EVIDENCE.organization,
      requests: [],
      data: { login: ORG, id: 1 }
    },
    {
      path: orgEvidencePath(ORG, 'audit-log'),
      source: 'github',
      subject: orgSubject(ORG),
      kind: GITHUB_ORG_EVIDENCE.auditLog,
      requests: [],
      error: { status: 404, message: 'Not Found' }
    },
    ...(history || historyError
      ? [
          {
            path: BUNDLE_HISTORY_PATH,
            source: 'github',
            subject: BUNDLE_HISTORY_SUBJECT,
            kind: BUNDLE_HISTORY_EVIDENCE,
            requests: [],
            ...(historyError
              ? { error: { message: historyError } }
              : { data: { scope: 'octocat/*', checks: [CHECK], samples: history } })
          } satisfies EvidenceRecord
        ]
      : [])
  ]
  const nights = (statuses: (FindingStatus | undefined)[]): BundleSample[] =>
    statuses.map((status, d) => ({
      bundle: `octocat/2026/11/${19 + d}/night`,
      at: night(d),
      findings: status
        ? [
            { check: CHECK, subject: REPO_SUBJECT, status },
            { check: 'github.org.two-factor-required', subject: orgSubject(ORG), status: 'pass' }
          ]
        : []
    }))
  const evaluate = (list: EvidenceRecord[]) => {
    const base = context(list)
    return auditLogSettingsInForce.evaluate({ ...base, period: week })
  }
  const repoFinding = (list: EvidenceRecord[]) => evaluate(list).find((f) => f.subject === REPO_SUBJECT)!

  test('a night that saw branch protection off: fail, naming the samples around it', () => {
    const finding = repoFinding(records(nights(['pass', 'pass', 'fail', 'pass', 'pass', 'pass', 'pass'])))
    expect(finding.status).toBe('fail')
    expect(finding.message).toBe(
      `The audit log of octocat is not available (404: the audit-log API exists on GitHub Enterprise Cloud only); sampled from the earlier nightly bundles instead: in force at 6 of 7 nightly sample(s); not in force at the samples ${night(2)}…${night(2)} (switched off after ${night(1)}, restored before ${night(3)}); between samples the setting was not observed.`
    )
    expect(finding.evidence).toEqual([orgEvidencePath(ORG, 'audit-log'), BUNDLE_HISTORY_PATH])
  })

  test('every night on: still error (the hours between runs are not observed), with the samples and gaps', () => {
    const finding = repoFinding(records(nights(['pass', 'pass', 'pass', undefined, 'pass', 'pass', 'pass'])))
    expect(finding.status).toBe('error')
    expect(finding.message).toContain(
      'Sampled from the earlier nightly bundles instead: in force at 6 of 6 nightly sample(s) (1 could not tell); gaps: '
    )
    expect(finding.message).toContain('between samples the setting was not observed')
    const org = evaluate(records(nights(['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass']))).find(
      (f) => f.subject === orgSubject(ORG)
    )!
    expect(org.status).toBe('error')
    expect(org.message).toContain('in force at 7 of 7 nightly sample(s)')
  })

  test('no earlier bundle recorded, or unreadable: the error of before, saying so', () => {
    expect(repoFinding(records()).message).toBe(
      'The audit log of octocat is not available (404: the audit-log API exists on GitHub Enterprise Cloud only): whether the setting stayed in force over the period is not derivable from it; only the snapshot at the end of the period is evidenced.'
    )
    const unreadable = repoFinding(records(undefined, 'The earlier bundles could not be read: AccessDenied'))
    expect(unreadable).toMatchObject({ status: 'error' })
    expect(unreadable.message).toContain(
      '(the earlier bundles could not be read either: The earlier bundles could not be read: AccessDenied)'
    )
  })
})
