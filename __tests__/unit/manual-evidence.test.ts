import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addInterval } from '../../src/config/calendar.js'
import { parseConfig } from '../../src/config/load.js'
import { InputError } from '../../src/config/errors.js'
import {
  loadCatalogs,
  loadCheckMapping,
  type Catalogs,
  type CheckMapping
} from '../../src/controls/catalog.js'
import {
  controlManualEvidence,
  loadManualRequirements,
  manualEvidenceStatus,
  type ManualEvidenceItem,
  type ManualRequirement
} from '../../src/controls/manual-evidence.js'
import { EMPTY_ROLLUP_CONTEXT, rollUpControls } from '../../src/controls/rollup.js'
import { ALL_CHECKS } from '../../src/checks/index.js'
import { collectManualEvidence } from '../../src/sources/manual-evidence.js'
import type { Finding } from '../../src/model.js'

let catalogs: Catalogs
let mapping: CheckMapping
let requirements: ManualRequirement[]
beforeAll(async () => {
  catalogs = await loadCatalogs()
  mapping = await loadCheckMapping(
    ALL_CHECKS.map((c) => c.metadata.id),
    catalogs
  )
  requirements = await loadManualRequirements(catalogs)
})

const item = (over: Partial<ManualEvidenceItem> = {}): ManualEvidenceItem => ({
  id: 'M-1',
  title: 'Logging procedure',
  controls: { 'iso27001-2022': ['A.8.15'] },
  reviewed: '2025-07-01',
  reviewEvery: 'P1Y',
  location: { path: 'manual/docs/logging.md', sha256: 'a'.repeat(64), size: 10, from: 'docs/logging.md' },
  ...over
})

describe('manual evidence state', () => {
  it('adds calendar intervals', () => {
    expect(addInterval('2025-07-01', 'P1Y')).toBe('2026-07-01')
    expect(addInterval('2024-02-29', 'P1Y')).toBe('2025-03-01')
    expect(addInterval('2026-01-15', 'P6M')).toBe('2026-07-15')
    expect(addInterval('2026-01-01', 'P2W')).toBe('2026-01-15')
  })

  it('is current through its due date and expired after it, judged at the period end', () => {
    expect(manualEvidenceStatus(item(), '2026-07-01T23:00:00Z')).toMatchObject({
      state: 'current',
      due: '2026-07-01',
      ageDays: 365
    })
    expect(manualEvidenceStatus(item(), '2026-07-02T00:00:00Z').state).toBe('expired')
  })

  it('meets a requirement only with a current item; an expired one is named', () => {
    const current = controlManualEvidence(
      'iso27001-2022',
      'A.8.15',
      requirements,
      [item()],
      '2026-03-01T00:00:00Z'
    )
    expect(current.missing).toEqual([])
    expect(current.requirements[0]).toMatchObject({ id: 'log-retention-and-review', met: true, by: ['M-1'] })
    const expired = controlManualEvidence(
      'iso27001-2022',
      'A.8.15',
      requirements,
      [item()],
      '2026-08-01T00:00:00Z'
    )
    expect(expired.missing).toEqual(['log-retention-and-review'])
    expect(expired.requirements[0]!.expired).toEqual(['M-1'])
    const other = item({ requirements: ['some-other-requirement'] })
    expect(
      controlManualEvidence('iso27001-2022', 'A.8.15', requirements, [other], '2026-03-01T00:00:00Z').missing
    ).toEqual(['log-retention-and-review'])
  })
})

describe('control status with manual evidence', () => {
  const pass: Finding = {
    id: 'F-1',
    check: 'aws.cloudtrail.multi-region',
    subject: 'aws:123456789012',
    status: 'pass',
    message: 'ok',
    controls: { 'iso27001-2022': ['A.8.15'] },
    evidence: ['evidence/aws/cloudtrail.json']
  }
  const roll = (items: ManualEvidenceItem[], periodEnd: string) =>
    rollUpControls(
      [pass],
      catalogs,
      mapping,
      {},
      {
        ...EMPTY_ROLLUP_CONTEXT,
        checkEvidence: { 'aws.cloudtrail.multi-region': { evidence: 'design', why: 'x' } },
        requirements,
        manualEvidence: items,
        skipped: [
          {
            check: 'aws.guardduty.enabled',
            by: '.github/evidence.yml: checks.skip',
            controls: { 'iso27001-2022': ['A.8.15'] }
          }
        ],
        periodEnd
      }
    ).frameworks['iso27001-2022'].controls.find((c) => c.id === 'A.8.15')!

  it('is automated-pass without manual evidence, effective with current, automated-pass again once expired', () => {
    expect(roll([], '2026-03-01T00:00:00Z').status).toBe('automated-pass')
    const effective = roll([item()], '2026-03-01T00:00:00Z')
    expect(effective).toMatchObject({ status: 'effective', designEvidence: ['F-1'], operatingEvidence: [] })
    expect(effective.skippedChecks).toEqual([
      { check: 'aws.guardduty.enabled', by: '.github/evidence.yml: checks.skip' }
    ])
    const expired = roll([item()], '2026-08-01T00:00:00Z')
    expect(expired.status).toBe('automated-pass')
    expect(expired.soa.gaps).toContain('manual evidence expired: log-retention-and-review (M-1)')
  })

  it('never calls a control effective that has no manual evidence requirement', () => {
    const report = rollUpControls(
      [{ ...pass, controls: { 'iso27001-2022': ['A.5.7'] } }],
      catalogs,
      mapping,
      {},
      {
        ...EMPTY_ROLLUP_CONTEXT,
        manualEvidence: [item({ controls: { 'iso27001-2022': ['A.5.7'] } })],
        periodEnd: '2026-03-01T00:00:00Z'
      }
    )
    const control = report.frameworks['iso27001-2022'].controls.find((c) => c.id === 'A.5.7')!
    expect(control.status).toBe('automated-pass')
    expect(control.soa.gaps).toContain(
      'no manual evidence requirement defined, so the control cannot be shown effective'
    )
  })
})

describe('collectManualEvidence', () => {
  let root: string
  let workspace: string
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'manual-'))
    workspace = join(root, 'repo')
    await mkdir(join(workspace, 'docs'), { recursive: true })
    await writeFile(join(workspace, 'docs', 'policy.md'), '# Policy\n')
    await writeFile(join(root, 'outside.md'), 'secret plans\n')
  })
  afterEach(() => rm(root, { recursive: true, force: true }))

  const config = (entry: string) =>
    parseConfig(
      `manual-evidence:\n  - title: Policy\n    controls: { iso27001-2022: [A.5.1] }\n    reviewed: 2026-01-10\n${entry}`,
      '.github/evidence.yml'
    )
  const collect = async (entry: string) => {
    const written: string[] = []
    const items = await collectManualEvidence(
      config(entry),
      { workspace, source: '.github/evidence.yml', catalogs, requirements },
      { writeBytes: async (path) => void written.push(path) }
    )
    return { items, written }
  }

  it('copies a workspace file under manual/ with its hash, and records a URL with the given hash', async () => {
    const { items, written } = await collect('    path: docs/policy.md\n')
    expect(written).toEqual(['manual/docs/policy.md'])
    expect(items[0]).toMatchObject({
      id: 'M-1',
      reviewEvery: 'P1Y',
      location: { path: 'manual/docs/policy.md', from: 'docs/policy.md', size: 9 }
    })
    const url = await collect(`    url: https://wiki.example/policy\n    sha256: ${'B'.repeat(64)}\n`)
    expect(url.items[0]!.location).toEqual({ url: 'https://wiki.example/policy', sha256: 'b'.repeat(64) })
    expect(url.written).toEqual([])
  })

  it.each([
    ['../outside.md', 'resolving outside it'],
    ['docs/missing.md', 'found no file at "docs/missing.md"'],
    ['LINK', 'resolving outside it']
  ])('refuses %s with one line naming the entry', async (path, found) => {
    await symlink(join(root, 'outside.md'), join(workspace, 'LINK'))
    const error = await collect(`    path: ${path}\n`).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(
      /^\.github\/evidence\.yml: manual-evidence\[0\] \(Policy\): path: expected a file inside the workspace /
    )
    expect((error as Error).message).toContain(found)
    expect((error as Error).message).not.toContain('\n')
  })

  it('refuses a file that does not match its stated sha256, and a URL without one', async () => {
    await expect(collect(`    path: docs/policy.md\n    sha256: ${'c'.repeat(64)}\n`)).rejects.toThrow(
      /sha256: expected c{64} \(from the config\), found [0-9a-f]{64} for docs\/policy.md/
    )
    expect(() => config('    url: https://wiki.example/policy\n')).toThrow(/sha256/)
  })
})
