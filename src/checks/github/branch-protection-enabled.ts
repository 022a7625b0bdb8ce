import type { Check } from '../check.js'
import { BRANCH_KINDS, effectiveProtection, protectionVerdict } from './effective-protection.js'
import { forEachRepository } from './repositories.js'

export const branchProtectionEnabled: Check = {
  metadata: {
    id: 'github.branch-protection.enabled',
    version: 2,
    title: 'Default branch is protected',
    severity: 'high',
    rationale:
      'Without protection anyone with write access can change the code that ships, bypassing review and the change process.',
    remediation:
      'Settings → Rules → Rulesets → New branch ruleset: target the default branch, set Enforcement status to Active, and add at least "Require a pull request before merging", "Block force pushes" and "Restrict deletions". For many repositories, create the ruleset once at the organization level (Organization settings → Repository → Rulesets).',
    evidenceKinds: BRANCH_KINDS
  },
  evaluate: (context) =>
    forEachRepository(context, BRANCH_KINDS, (repo) => {
      const protection = effectiveProtection(repo)
      return protectionVerdict(
        repo,
        protection,
        protection.protectedBy.length > 0,
        `Branch ${protection.branch} is protected by ${protection.protectedBy.join(', ')}.`,
        `Branch ${protection.branch} has no active ruleset and no classic branch protection`
      )
    })
}
