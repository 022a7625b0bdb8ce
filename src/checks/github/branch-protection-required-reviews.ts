import type { Check } from '../check.js'
import { assessBypass } from './bypass.js'
import { BYPASS_KINDS, effectiveProtection, protectionVerdict } from './effective-protection.js'
import { forEachRepository } from './repositories.js'

export const branchProtectionRequiredReviews: Check = {
  metadata: {
    id: 'github.branch-protection.required-reviews',
    version: 2,
    title: 'Default branch requires approving reviews',
    severity: 'high',
    rationale:
      'A required approval from a second person is how segregation of duties and change approval are enforced, not just expected.',
    remediation:
      'In the ruleset that targets the default branch (Settings → Rules → Rulesets), enable "Require a pull request before merging" and set "Required approvals" to at least the configured minimum, and remove from its "Bypass list" anyone who should not merge unreviewed. With classic protection: Settings → Branches → Edit → "Require approvals", check "Do not allow bypassing the above settings" and clear "Allow specified actors to bypass required pull requests". A bypass the organization accepts goes in checks.branch-protection.allowed-bypass with its reason.',
    evidenceKinds: BYPASS_KINDS
  },
  evaluate: (context) => {
    const minimum = context.config.checks['branch-protection']['min-approvals']
    const allowed = context.config.checks['branch-protection']['allowed-bypass']
    return forEachRepository(context, BYPASS_KINDS, (repo) => {
      const protection = effectiveProtection(repo)
      return protectionVerdict(
        repo,
        protection,
        protection.requiredApprovals >= minimum,
        `Branch ${protection.branch} requires ${protection.requiredApprovals} approving review(s) (minimum ${minimum}).`,
        `Branch ${protection.branch} requires ${protection.requiredApprovals} approving review(s); at least ${minimum} required`,
        // With no approvals required there is nothing to bypass.
        minimum > 0
          ? assessBypass(repo, protection, 'reviews', (c) => (c.approvals ?? 0) >= minimum, allowed)
          : undefined
      )
    })
  }
}
