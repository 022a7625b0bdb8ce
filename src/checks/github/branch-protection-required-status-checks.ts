import type { Check } from '../check.js'
import { assessBypass } from './bypass.js'
import { BYPASS_KINDS, effectiveProtection, protectionVerdict } from './effective-protection.js'
import { forEachRepository } from './repositories.js'

export const branchProtectionRequiredStatusChecks: Check = {
  metadata: {
    id: 'github.branch-protection.required-status-checks',
    version: 2,
    title: 'Default branch requires status checks to pass',
    severity: 'medium',
    rationale:
      'Required status checks make tests and security scans a gate of every change instead of advice that can be ignored.',
    remediation:
      'In the ruleset that targets the default branch, enable "Require status checks to pass" and add the CI jobs that build and test the code (they must have run once to be selectable). With classic protection: Settings → Branches → Edit → "Require status checks to pass before merging" and "Do not allow bypassing the above settings". Remove unneeded entries from the ruleset\'s "Bypass list"; accepted bypasses go in checks.branch-protection.allowed-bypass with their reason.',
    evidenceKinds: BYPASS_KINDS
  },
  evaluate: (context) =>
    forEachRepository(context, BYPASS_KINDS, (repo) => {
      const protection = effectiveProtection(repo)
      return protectionVerdict(
        repo,
        protection,
        protection.statusChecks.length > 0,
        `Branch ${protection.branch} requires ${protection.statusChecks.map((c) => `"${c}"`).join(', ')} to pass.`,
        `Branch ${protection.branch} requires no status checks`,
        assessBypass(
          repo,
          protection,
          'status-checks',
          (c) => (c.checks ?? []).length > 0,
          context.config.checks['branch-protection']['allowed-bypass']
        )
      )
    })
}
