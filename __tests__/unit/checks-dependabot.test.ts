import { dependabotAlertsEnabled } from '../../src/checks/github/dependabot-alerts-enabled.js'
import { dependabotAlertsWithinSla } from '../../src/checks/github/dependabot-alerts-within-sla.js'
import { secretScanningPushProtection } from '../../src/checks/github/secret-scanning-push-protection.js'
import type { VulnerabilityAlertNode } from '../../src/sources/github/types.js'
import { context, dependabot, repository } from '../fixtures/github-evidence.js'

function alert(number: number, severity: string, openedDaysBeforeEnd: number): VulnerabilityAlertNode {
  return {
    number,
    state: 'OPEN',
    createdAt: new Date(Date.parse('2026-11-25T00:00:00Z') - openedDaysBeforeEnd * 86_400_000).toISOString(),
    dependencyScope: 'RUNTIME',
    vulnerableManifestPath: 'package-lock.json',
    securityVulnerability: { severity, package: { name: 'lodash', ecosystem: 'NPM' } },
    securityAdvisory: { ghsaId: `GHSA-xxxx-${number}`, summary: 'Prototype pollution' }
  }
}

describe('github.dependabot.alerts-within-sla', () => {
  test.each([
    ['critical within 7 days', [alert(1, 'CRITICAL', 7)], 'pass'],
    ['critical past 7 days', [alert(1, 'CRITICAL', 8)], 'fail'],
    ['high past 30 days', [alert(1, 'HIGH', 31)], 'fail'],
    ['MODERATE is medium: 90 days', [alert(1, 'MODERATE', 89)], 'pass'],
    ['low has no deadline by default', [alert(1, 'LOW', 900)], 'pass'],
    ['no open alerts', [], 'pass']
  ])('%s', (_name, openAlerts, status) => {
    expect(
      dependabotAlertsWithinSla.evaluate(context([dependabot({ alertsEnabled: true, openAlerts })]))[0]!
        .status
    ).toBe(status)
  })

  test('SLA days come from the config and overdue alerts are listed', () => {
    const [finding] = dependabotAlertsWithinSla.evaluate(
      context([dependabot({ alertsEnabled: true, openAlerts: [alert(7, 'LOW', 20)] })], {
        checks: { 'dependabot-sla': { low: 10 } }
      })
    )
    expect(finding!.status).toBe('fail')
    expect(finding!.details).toEqual([
      expect.objectContaining({ number: 7, severity: 'low', ageDays: 20, slaDays: 10 })
    ])
  })

  test('disabled alerts: SLA not applicable, alerts-enabled fails', () => {
    const records = [dependabot({ alertsEnabled: false, openAlerts: [] })]
    expect(dependabotAlertsWithinSla.evaluate(context(records))[0]!.status).toBe('not_applicable')
    expect(dependabotAlertsEnabled.evaluate(context(records))[0]!.status).toBe('fail')
  })

  test('alerts that could not be read are errors for both checks', () => {
    expect(dependabotAlertsWithinSla.evaluate(context([]))[0]!.status).toBe('error')
    expect(dependabotAlertsEnabled.evaluate(context([]))[0]!.status).toBe('error')
  })
})

describe('github.secret-scanning.push-protection', () => {
  test.each([
    ['both enabled', repository(), 'pass'],
    [
      'push protection off',
      repository({
        security_and_analysis: {
          secret_scanning: { status: 'enabled' },
          secret_scanning_push_protection: { status: 'disabled' }
        }
      }),
      'fail'
    ],
    ['settings not visible to the token', repository({ security_and_analysis: undefined }), 'error']
  ])('%s', (_name, repo, status) => {
    expect(secretScanningPushProtection.evaluate(context([], {}, repo))[0]!.status).toBe(status)
  })
})
