import type { Check } from '../../src/checks/check.js'
import { evaluateChecks } from '../../src/checks/evaluate.js'
import { dependabotAlertsWithinSla } from '../../src/checks/github/dependabot-alerts-within-sla.js'
import { forEachRepository } from '../../src/checks/github/repositories.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import type { VulnerabilityAlertNode } from '../../src/sources/github/types.js'
import { configSchema } from '../../src/config/schema.js'
import { PERIOD, context, dependabot, repository, repositoryRecord } from '../fixtures/github-evidence.js'

const END = Date.parse(PERIOD.end)
/** A Dependabot alert as GitHub's GraphQL answers it; both nested objects are nullable in the schema. */
function alert(
  number: number,
  ageDays: number,
  extra: Partial<VulnerabilityAlertNode> = {}
): VulnerabilityAlertNode {
  return {
    number,
    state: 'OPEN',
    createdAt: new Date(END - ageDays * 86_400_000).toISOString(),
    dependencyScope: 'RUNTIME',
    vulnerableManifestPath: 'package-lock.json',
    securityVulnerability: { severity: 'HIGH', package: { name: 'lodash', ecosystem: 'NPM' } },
    securityAdvisory: {
      ghsaId: `GHSA-p6mc-m468-83gw`,
      summary: 'Prototype Pollution in lodash',
      severity: 'HIGH'
    },
    ...extra
  }
}

describe('nulls the GraphQL schema allows', () => {
  const sla = (openAlerts: (VulnerabilityAlertNode | null)[]) =>
    dependabotAlertsWithinSla.evaluate(context([dependabot({ alertsEnabled: true, openAlerts })]))[0]!

  test.each([
    [
      'securityVulnerability null: the advisory gives the severity (overdue)',
      [alert(1, 40, { securityVulnerability: null })],
      'fail'
    ],
    [
      'securityVulnerability null: the advisory gives the severity (within)',
      [alert(1, 3, { securityVulnerability: null })],
      'pass'
    ],
    [
      'securityAdvisory null, severity from the vulnerability',
      [alert(1, 40, { securityAdvisory: null })],
      'fail'
    ],
    [
      'both null: deadline unknown is an error, never a pass',
      [alert(1, 3, { securityVulnerability: null, securityAdvisory: null })],
      'error'
    ],
    [
      'both null next to an overdue alert: the overdue one fails',
      [alert(1, 3, { securityVulnerability: null, securityAdvisory: null }), alert(2, 40)],
      'fail'
    ],
    ['a null node in the connection is skipped', [null, alert(2, 3)], 'pass']
  ])('%s', (_name, openAlerts, status) => {
    expect(sla(openAlerts).status).toBe(status)
  })

  test('an alert without package or advisory is still listed by number', () => {
    const finding = sla([
      alert(9, 40, { securityAdvisory: null, securityVulnerability: { severity: 'HIGH', package: null } })
    ])
    expect(finding.message).toContain('#9 high (package not returned) open 40d (SLA 30d)')
    expect(finding.details).toEqual([expect.objectContaining({ number: 9, advisory: null })])
  })

  test('both null: the finding says which alerts could not be assessed', () => {
    expect(sla([alert(4, 12, { securityVulnerability: null, securityAdvisory: null })]).message).toContain(
      '#4 open 12d'
    )
  })
})

describe('a check that throws', () => {
  const config = configSchema.parse({})
  const twoRepos = new EvidenceIndex([
    repositoryRecord(repository()),
    {
      ...repositoryRecord(repository({ name: 'other', full_name: 'octocat/other' })),
      subject: 'github:octocat/other',
      path: 'evidence/github/octocat/other/repository.json'
    }
  ])
  const throwsOnHelloWorld: Check = {
    metadata: {
      id: 'test.throws-on-one',
      version: 1,
      title: 'Throws on one repository',
      severity: 'low',
      rationale: '-',
      remediation: '-',
      evidenceKinds: []
    },
    evaluate: (ctx) =>
      forEachRepository(ctx, [], (repo) => {
        if (repo.repository.name === 'hello-world') {
          const missing = null as unknown as { severity: string }
          return { subject: repo.subject, status: 'pass', message: missing.severity, evidence: [] }
        }
        return { subject: repo.subject, status: 'pass', message: 'fine', evidence: [] }
      })
  }
  const throwsOutright: Check = {
    ...throwsOnHelloWorld,
    metadata: { ...throwsOnHelloWorld.metadata, id: 'test.throws' },
    evaluate: () => {
      throw new RangeError('unexpected shape')
    }
  }

  test('yields an error for that subject naming the exception; every other finding stands', () => {
    const findings = evaluateChecks(
      [throwsOnHelloWorld, throwsOutright],
      { evidence: twoRepos, config, period: PERIOD },
      new Map()
    )
    expect(findings.map((f) => [f.check, f.subject, f.status])).toEqual([
      ['test.throws-on-one', 'github:octocat/hello-world', 'error'],
      ['test.throws-on-one', 'github:octocat/other', 'pass'],
      ['test.throws', '(every subject of this check)', 'error']
    ])
    expect(findings[0]!.message).toContain("TypeError: Cannot read properties of null (reading 'severity')")
    expect(findings[0]!.evidence).toEqual(['evidence/github/octocat/hello-world/repository.json'])
    expect(findings[2]!.message).toContain('RangeError: unexpected shape')
  })
})
