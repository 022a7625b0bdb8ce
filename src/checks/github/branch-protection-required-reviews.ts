import type { Check } from '../check.js'
import { BRANCH_KINDS, effectiveProtection, protectionVerdict } from './effective-protection.js'
import { forEachRepository } from './repositories.js'

export const branchProtectionRequiredReviews: Check = {
  metadata: {
    id: 'github.branch-protection.required-reviews',
    title: 'Default branch requires approving reviews',
    severity: 'high',
    rationale:
      'A required approval from a second person is how segregation of duties and change approval are enforced, not just expected.',
    remediation:
      'In the ruleset that targets the default branch (Settings → Rules → Rulesets), enable "Require a pull request before merging" and set "Required approvals" to at least the configured minimum. With classic protection: Settings → Branches → Edit → "Require approvals".',
    evidenceKinds: BRANCH_KINDS
  },
  evaluate: (context) => {
    const minimum = context.config.checks['branch-protection']['min-approvals']
    return forEachRepository(context, BRANCH_KINDS, (repo) => {
      const protection = effectiveProtection(repo)
      return protectionVerdict(
        repo,
        protection,
        protection.requiredApprovals >= minimum,
        `Branch ${protection.branch} requires ${protection.requiredApprovals} approving review(s) (minimum ${minimum}).`,
        `Branch ${protection.branch} requires ${protection.requiredApprovals} approving review(s); at least ${minimum} required`
      )
    })
  }
}
