import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { ControlRefs, Finding, FindingStatus, FrameworkId } from '../../src/model.js'
import {
  applyMappingOverrides,
  findMappingsDir,
  loadCatalogs,
  loadCheckEvidence,
  loadCheckMapping,
  MappingError,
  type Catalogs,
  type CheckMapping
} from '../../src/controls/catalog.js'
import {
  checkApplicabilityIds,
  rollUpControls,
  type ControlApplicability
} from '../../src/controls/rollup.js'
import { renderSoaCsv, renderSoaMarkdown } from '../../src/controls/soa.js'
import { loadManualRequirements } from '../../src/controls/manual-evidence.js'
import { ALL_CHECKS } from '../../src/checks/index.js'

/** Every check the tool ships must be mapped: a new check without a mapping evidences nothing. */
const CHECK_IDS = ALL_CHECKS.map((check) => check.metadata.id)

let catalogs: Catalogs
let mapping: CheckMapping

beforeAll(async () => {
  catalogs = await loadCatalogs()
  mapping = await loadCheckMapping(CHECK_IDS, catalogs)
})

/** A copy of mappings/ whose checks.yaml the test rewrites, so the error names `mappings/checks.yaml`. */
async function withChecksYaml(text: string, run: (dir: string) => Promise<void>): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'controls-'))
  const dir = join(root, 'mappings')
  try {
    await cp(findMappingsDir(), dir, { recursive: true })
    await writeFile(join(dir, 'checks.yaml'), text)
    await run(dir)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

const entry = (id: string, controls: string) =>
  `  - id: ${id}\n    evidence: design\n    why: because\n    controls: ${controls}\n`

/** Checks kept in the mapping for context whose evidence supports no control (each says why in checks.yaml). */
const UNMAPPED_CHECKS = [
  'aws.organizations.accounts-collected',
  'aws.s3.versioning',
  'github.pr.ai-inventory-valid',
  'github.pr.manifests-unambiguous',
  'models.monitoring'
]

describe('catalogs', () => {
  it('loads 93 ISO 27001:2022 and 38 ISO 42001:2023 controls', () => {
    expect(catalogs['iso27001-2022'].controls).toHaveLength(93)
    expect(catalogs['iso42001-2023'].controls).toHaveLength(38)
    expect(catalogs['iso27001-2022'].controls.find((c) => c.id === 'A.8.32')).toEqual({
      id: 'A.8.32',
      title: 'Change management',
      group: 'technological'
    })
    expect(catalogs['iso42001-2023'].controls.find((c) => c.id === 'A.6.2.4')?.group).toBe(
      'A.6.2 AI system life cycle'
    )
  })

  it('ships the catalogs unchanged from the shared reference', async () => {
    for (const fw of ['iso27001-2022', 'iso42001-2023']) {
      const shipped = await readFile(join(findMappingsDir(), 'frameworks', `${fw}.yaml`))
      const reference = await readFile(
        new URL(`../../../shared/reference/${fw}.yaml`, import.meta.url)
      ).catch(() => shipped)
      expect(shipped.equals(reference)).toBe(true)
    }
  })

  it('rejects a catalog whose control count does not match control_count', async () => {
    await withChecksYaml('checks: []\n', async (dir) => {
      const file = join(dir, 'frameworks', 'iso42001-2023.yaml')
      const text = await readFile(file, 'utf8')
      await writeFile(file, text.replace('control_count: 38', 'control_count: 39'))
      await expect(loadCatalogs(dir)).rejects.toThrow(
        'mappings/frameworks/iso42001-2023.yaml: controls: lists 38 controls but control_count is 39'
      )
    })
  })
})

describe('checks.yaml', () => {
  it('maps every shipped check to at least one control, except those whose evidence supports none', () => {
    expect([...mapping.keys()].sort()).toEqual([...CHECK_IDS].sort())
    for (const id of CHECK_IDS) {
      const controls = mapping.get(id) ?? {}
      const count = (controls['iso27001-2022']?.length ?? 0) + (controls['iso42001-2023']?.length ?? 0)
      expect([id, count > 0]).toEqual([id, !UNMAPPED_CHECKS.includes(id)])
    }
  })

  it('says of every entry whether it is design or operating evidence', async () => {
    const types = await loadCheckEvidence()
    expect(Object.keys(types).sort()).toEqual([...CHECK_IDS].sort())
    for (const id of CHECK_IDS) expect(['design', 'operating']).toContain(types[id]!.evidence)
    expect(types['github.pull-requests.independent-approval']?.evidence).toBe('operating')
    expect(types['aws.cloudtrail.multi-region']?.evidence).toBe('design')
  })

  it('makes none of the over-claims the auditor review found, and the under-claims', () => {
    const claims = (id: string) => [
      ...(mapping.get(id)?.['iso27001-2022'] ?? []).map((c) => `27001 ${c}`),
      ...(mapping.get(id)?.['iso42001-2023'] ?? []).map((c) => `42001 ${c}`)
    ]
    const notClaimed: [string, string[]][] = [
      ['github.branch-protection.enabled', ['27001 A.8.4', '27001 A.8.9']],
      ['github.pr.ai-inventory-drift', ['27001 A.5.19', '27001 A.5.23', '42001 A.10.3', '42001 A.5.2']],
      ['github.pr.ai-inventory-valid', ['27001 A.5.9', '42001 A.4.2']],
      ['models.evaluation.thresholds', ['42001 A.6.2.2']],
      ['models.lineage', ['42001 A.6.2.3']],
      ['models.monitoring', ['42001 A.6.2.6', '42001 A.6.2.8', '27001 A.8.16']],
      ['models.inventory-coverage', ['42001 A.5.2']],
      ['models.pipeline-tests', ['27001 A.8.29']],
      ['aws.iam.access-keys-rotated', ['27001 A.5.18', '27001 A.8.2']],
      ['aws.ssm.patch-compliance', ['27001 A.8.19']],
      ['aws.s3.public-access-blocked', ['27001 A.5.33']],
      ['aws.s3.default-encryption', ['27001 A.5.33']],
      ['aws.s3.versioning', ['27001 A.5.33', '27001 A.8.13']]
    ]
    for (const [id, controls] of notClaimed) {
      for (const control of controls)
        expect([id, claims(id)]).not.toEqual([id, expect.arrayContaining([control])])
    }
    expect(claims('aws.iam.access-keys-rotated')).toContain('27001 A.5.17')
    expect(claims('models.deployment.approval')).toContain('27001 A.8.32')
    expect(claims('models.lineage')).toContain('42001 A.4.3')
  })

  it('lists manual evidence requirements for every control a check is mapped to', async () => {
    const requirements = await loadManualRequirements(catalogs)
    for (const [check, refs] of mapping) {
      for (const [framework, ids] of Object.entries(refs) as [FrameworkId, string[]][]) {
        for (const id of ids) {
          const needed = requirements.filter((r) => r.controls[framework]?.includes(id))
          expect([check, framework, id, needed.length > 0]).toEqual([check, framework, id, true])
        }
      }
    }
  })

  it('gives every entry a why and lists each check once', async () => {
    const raw = parseYaml(await readFile(join(findMappingsDir(), 'checks.yaml'), 'utf8')) as {
      checks: { id: string; why: string }[]
    }
    expect(raw.checks.map((c) => c.id).sort()).toEqual([...CHECK_IDS].sort())
    for (const c of raw.checks) expect(c.why.length).toBeGreaterThan(40)
  })

  it('normalises control ids into catalog order and drops empty frameworks', () => {
    expect(mapping.get('github.branch-protection.required-reviews')).toEqual({
      'iso27001-2022': ['A.5.3', 'A.8.25', 'A.8.32']
    })
    expect(mapping.get('github.pull-requests.independent-approval')).toEqual({
      'iso27001-2022': ['A.5.3', 'A.8.25', 'A.8.32']
    })
  })

  it('gives a known check missing from checks.yaml an empty mapping', async () => {
    const m = await loadCheckMapping([...CHECK_IDS, 'aws.cloudtrail.enabled'], catalogs)
    expect(m.get('aws.cloudtrail.enabled')).toEqual({})
  })

  it('names the file and entry for an unknown control id', async () => {
    const yaml =
      'checks:\n' +
      entry('github.branch-protection.enabled', '{ iso27001-2022: [A.8.32] }') +
      entry('github.dependabot.alerts-enabled', '{ iso27001-2022: [A.8.8, A.8.99] }')
    await withChecksYaml(yaml, async (dir) => {
      const err = await loadCheckMapping(CHECK_IDS, catalogs, dir).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(MappingError)
      expect((err as Error).message).toBe(
        'mappings/checks.yaml: checks[1] (github.dependabot.alerts-enabled): unknown control "A.8.99" for iso27001-2022'
      )
    })
  })

  it('names the file and entry for an unknown check id', async () => {
    const yaml = 'checks:\n' + entry('github.dependabot.alerts-enable', '{ iso27001-2022: [A.8.8] }')
    await withChecksYaml(yaml, async (dir) => {
      await expect(loadCheckMapping(CHECK_IDS, catalogs, dir)).rejects.toThrow(
        'mappings/checks.yaml: checks[0] (github.dependabot.alerts-enable): unknown check ' +
          '"github.dependabot.alerts-enable" (did you mean "github.dependabot.alerts-enabled"?)'
      )
    })
  })

  it.each([
    ['an unknown framework', '{ iso9001: [A.1] }', 'checks[0] (github.dependabot.alerts-enabled).controls'],
    ['a missing why', null, 'checks[0] (github.dependabot.alerts-enabled).why'],
    [
      'a misspelt key',
      '{ iso27001-2022: [A.8.8] }\n    control: x',
      'checks[0] (github.dependabot.alerts-enabled)'
    ]
  ])('names the entry for %s', async (_name, controls, where) => {
    const yaml =
      controls === null
        ? 'checks:\n  - id: github.dependabot.alerts-enabled\n    evidence: design\n    controls: { iso27001-2022: [A.8.8] }\n'
        : 'checks:\n' + entry('github.dependabot.alerts-enabled', controls)
    await withChecksYaml(yaml, async (dir) => {
      await expect(loadCheckMapping(CHECK_IDS, catalogs, dir)).rejects.toThrow(
        `mappings/checks.yaml: ${where}`
      )
    })
  })

  it('requires every entry to say design or operating', async () => {
    const yaml =
      'checks:\n  - id: github.dependabot.alerts-enabled\n    why: because\n    controls: { iso27001-2022: [A.8.8] }\n'
    await withChecksYaml(yaml, async (dir) => {
      await expect(loadCheckMapping(CHECK_IDS, catalogs, dir)).rejects.toThrow(
        'mappings/checks.yaml: checks[0] (github.dependabot.alerts-enabled).evidence'
      )
    })
  })

  it('rejects a check listed twice', async () => {
    const yaml = 'checks:\n' + entry(CHECK_IDS[0]!, '{}') + entry(CHECK_IDS[0]!, '{}')
    await withChecksYaml(yaml, async (dir) => {
      await expect(loadCheckMapping(CHECK_IDS, catalogs, dir)).rejects.toThrow(
        `mappings/checks.yaml: checks[1] (${CHECK_IDS[0]}): check "${CHECK_IDS[0]}" is listed twice`
      )
    })
  })
})

describe('applyMappingOverrides', () => {
  const source = '.github/evidence.yml'

  it('replaces the named frameworks and adds to the result', () => {
    const out = applyMappingOverrides(
      mapping,
      {
        'github.branch-protection.required-status-checks': {
          add: { 'iso27001-2022': ['A.8.29', 'A.8.32'] }
        },
        'github.branch-protection.enabled': {
          replace: { 'iso27001-2022': ['A.8.32'] },
          add: { 'iso42001-2023': ['A.6.2.5'] }
        },
        'github.dependabot.alerts-enabled': { replace: { 'iso27001-2022': [] } }
      },
      catalogs,
      source
    )
    expect(out.get('github.branch-protection.required-status-checks')).toEqual({
      'iso27001-2022': ['A.8.25', 'A.8.29', 'A.8.32']
    })
    expect(out.get('github.branch-protection.enabled')).toEqual({
      'iso27001-2022': ['A.8.32'],
      'iso42001-2023': ['A.6.2.5']
    })
    expect(out.get('github.dependabot.alerts-enabled')).toEqual({})
    // The base mapping is left as it was.
    expect(mapping.get('github.branch-protection.enabled')?.['iso27001-2022']).toEqual(['A.8.32'])
  })

  it.each([
    [{ 'github.nope': { add: {} } }, 'mappings.github.nope: unknown check "github.nope"'],
    [
      { 'github.dependabot.alerts-enabled': { add: { 'iso27001-2022': ['A.9.1'] } } },
      'mappings.github.dependabot.alerts-enabled.add: unknown control "A.9.1" for iso27001-2022'
    ],
    [
      { 'github.dependabot.alerts-enabled': { replace: { 'iso42001-2023': ['A.2.1'] } } },
      'mappings.github.dependabot.alerts-enabled.replace: unknown control "A.2.1" for iso42001-2023'
    ]
  ])('rejects %j', (overrides, message) => {
    expect(() => applyMappingOverrides(mapping, overrides, catalogs, source)).toThrow(
      new MappingError(
        source,
        message.slice(0, message.indexOf(': ')),
        message.slice(message.indexOf(': ') + 2)
      )
    )
  })
})

function finding(
  check: string,
  status: FindingStatus,
  controls: ControlRefs,
  evidence: string[] = []
): Finding {
  return { check, subject: 'github:acme/api@main', status, message: status, controls, evidence }
}

const on = (id: string): ControlRefs => ({ 'iso27001-2022': [id] })

describe('rollUpControls', () => {
  it.each<[string, FindingStatus[], string]>([
    ['no findings', [], 'manual'],
    ['only not_applicable', ['not_applicable', 'not_applicable'], 'not-applicable'],
    ['one pass', ['pass'], 'automated-pass'],
    ['pass and not_applicable', ['pass', 'not_applicable'], 'automated-pass'],
    ['error beats pass', ['pass', 'error', 'pass'], 'error'],
    ['only error', ['error'], 'error'],
    ['fail beats error and pass', ['pass', 'error', 'fail'], 'failing'],
    ['fail alone', ['fail'], 'failing']
  ])('%s → %s', (_name, statuses, expected) => {
    const findings = statuses.map((s, i) => finding(`check.${i}`, s, on('A.8.32')))
    const report = rollUpControls(findings, catalogs, mapping, {})
    const control = report.frameworks['iso27001-2022'].controls.find((c) => c.id === 'A.8.32')
    expect(control?.status).toBe(expected)
  })

  it('excludes a control marked not applicable, whatever its findings say', () => {
    const app: ControlApplicability = {
      'iso27001-2022': { 'A.7.4': { applicable: false, justification: 'No premises; fully remote' } }
    }
    const report = rollUpControls([finding('x', 'fail', on('A.7.4'))], catalogs, mapping, app)
    const control = report.frameworks['iso27001-2022'].controls.find((c) => c.id === 'A.7.4')
    expect(control).toMatchObject({
      status: 'excluded',
      applicable: false,
      justification: 'No premises; fully remote',
      failingChecks: ['x']
    })
  })

  it('reports counts, checks, evidence and manual evidence per control in catalog order', () => {
    const findings = [
      finding('github.pull-requests.independent-approval', 'fail', on('A.5.3'), ['evidence/b.json']),
      finding('github.pull-requests.independent-approval', 'pass', on('A.5.3'), [
        'evidence/a.json',
        'evidence/b.json'
      ]),
      finding('github.dependabot.alerts-enabled', 'error', on('A.8.8'), ['evidence/c.json']),
      finding('github.secret-scanning.push-protection', 'pass', { 'iso27001-2022': ['A.5.17', 'A.8.12'] })
    ]
    const app: ControlApplicability = {
      'iso27001-2022': { 'A.5.1': { applicable: true, evidence: ['https://wiki.example/isms-policy'] } }
    }
    const report = rollUpControls(findings, catalogs, mapping, app)
    const fw = report.frameworks['iso27001-2022']
    expect(report.generatedFrom).toBe('findings.json')
    expect(fw.controls.map((c) => c.id)).toEqual(catalogs['iso27001-2022'].controls.map((c) => c.id))
    expect(fw.counts).toEqual({
      'automated-pass': 2,
      effective: 0,
      failing: 1,
      error: 1,
      manual: 89,
      'not-applicable': 0,
      excluded: 0
    })
    expect(report.frameworks['iso42001-2023'].counts.manual).toBe(38)

    const segregation = fw.controls.find((c) => c.id === 'A.5.3')
    expect(segregation).toMatchObject({
      id: 'A.5.3',
      title: 'Segregation of duties',
      group: 'organizational',
      status: 'failing',
      applicable: true,
      checks: [
        'github.branch-protection.required-reviews',
        'github.pull-requests.independent-approval',
        'models.deployment.approval'
      ],
      findingCounts: { pass: 1, fail: 1, error: 0, not_applicable: 0 },
      failingChecks: ['github.pull-requests.independent-approval'],
      evidence: ['evidence/a.json', 'evidence/b.json']
    })
    expect(fw.controls.find((c) => c.id === 'A.5.1')).toMatchObject({
      status: 'manual',
      manualEvidence: ['https://wiki.example/isms-policy']
    })
    expect(segregation?.checkEvidence.map((c) => [c.check, c.evidence])).toEqual([
      ['github.branch-protection.required-reviews', 'unlabelled'],
      ['github.pull-requests.independent-approval', 'unlabelled'],
      ['models.deployment.approval', 'unlabelled']
    ])
    // Mapped but without findings this run: still listed, still manual.
    expect(fw.controls.find((c) => c.id === 'A.8.15')).toMatchObject({
      status: 'manual',
      checks: expect.arrayContaining(['aws.cloudtrail.multi-region'])
    })
  })

  it('validates applicability ids and requires a justification for exclusions', () => {
    const source = '.github/evidence.yml'
    expect(() =>
      checkApplicabilityIds({ 'iso27001-2022': { 'A.5.99': { applicable: true } } }, catalogs, source)
    ).toThrow('.github/evidence.yml: controls.iso27001-2022.A.5.99: unknown control "A.5.99"')
    expect(() =>
      checkApplicabilityIds({ 'iso42001-2023': { 'A.7.2': { applicable: false } } }, catalogs, source)
    ).toThrow('controls.iso42001-2023.A.7.2: a control marked not applicable needs a justification')
    expect(() =>
      checkApplicabilityIds(
        {
          'iso42001-2023': { 'A.7.2': { applicable: false, justification: 'no AI systems trained in-house' } }
        },
        catalogs,
        source
      )
    ).not.toThrow()
  })
})

describe('Statement of Applicability', () => {
  const app: ControlApplicability = {
    'iso27001-2022': {
      'A.7.4': { applicable: false, justification: 'Fully remote, no premises, no "offices", at all' },
      'A.5.1': { applicable: true, evidence: ['doc:ISMS-POL-001', 'https://wiki.example/a|b'] }
    }
  }
  const evidence = ['e/1.json', 'e/2.json', 'e/3.json', 'e/4.json', 'e/5.json']
  const findings = [
    finding('github.branch-protection.enabled', 'pass', { 'iso27001-2022': ['A.8.32', 'A.8.4'] }, evidence)
  ]
  let report: ReturnType<typeof rollUpControls>

  beforeAll(() => {
    report = rollUpControls(findings, catalogs, mapping, app)
  })

  it('writes a CSV with a header and one row per control, quoted per RFC 4180', () => {
    const csv = renderSoaCsv(report)
    expect(csv.endsWith('\r\n')).toBe(true)
    const lines = csv.slice(0, -2).split('\r\n')
    expect(lines).toHaveLength(1 + 93 + 38)
    expect(lines[0]).toBe(
      'framework,control,title,group,applicable,justification_inclusion,justification_exclusion,implementation,' +
        'owner,last_reviewed,next_review,risks,automated_result,checks,findings,design_evidence,operating_evidence,' +
        'evidence_files,manual_evidence,manual_evidence_missing,skipped_checks,mapping_overrides,gaps'
    )
    expect(csv).toContain(
      'iso27001-2022,A.7.4,Physical security monitoring,physical,no,,' +
        '"Fully remote, no premises, no ""offices"", at all",,,,,,excluded,'
    )
    expect(csv).toContain(
      'iso27001-2022,A.8.31,"Separation of development, test and production environments",'
    )
    // A config with none of the SoA fields still gives every row, with its gaps named.
    expect(lines.find((l) => l.startsWith('iso27001-2022,A.5.2,'))).toContain(
      'no justification for inclusion; no implementation status; no owner; no review date; no next review date; no risk ids; no evidence'
    )
    expect(lines.find((l) => l.startsWith('iso27001-2022,A.5.1,'))).toContain(
      'doc:ISMS-POL-001 (unhashed reference); https://wiki.example/a|b (unhashed reference)'
    )
    expect(lines.find((l) => l.startsWith('iso27001-2022,A.8.32,'))).toContain(
      'automated-pass,github.audit-log.settings-in-force (unlabelled); github.branch-protection.enabled (unlabelled);'
    )
  })

  it('writes markdown with every control, escaped pipes and abbreviated evidence', () => {
    const md = renderSoaMarkdown(report, {
      scope: 'acme',
      period: { start: '2026-01-01T00:00:00Z', end: '2026-03-31T23:59:59Z' }
    })
    for (const fw of Object.values(catalogs)) {
      for (const c of fw.controls) expect(md).toContain(`| ${c.id} | `)
    }
    expect(md).toContain('# Statement of Applicability')
    expect(md).toContain('- SoA version: **gap: no SoA version (config `soa.version`)**')
    expect(md).toContain(
      '93 controls: 0 failing, 0 error, 2 automated-pass, 0 effective, 90 manual, 0 not-applicable, 1 excluded.'
    )
    expect(md).toContain('38 controls: 0 failing, 0 error, 0 automated-pass, 0 effective, 38 manual')
    expect(md).toContain('https://wiki.example/a\\|b')
    // Every table row has the same number of unescaped cell separators as the header.
    const rows = md.split('\n').filter((l) => l.startsWith('| '))
    for (const row of rows) expect(row.replaceAll('\\|', '').split('|')).toHaveLength(16)
  })
})
