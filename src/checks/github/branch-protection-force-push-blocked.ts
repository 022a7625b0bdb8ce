import type { Check } from '../check.js'
import { BRANCH_KINDS, effectiveProtection, protectionVerdict } from './effective-protection.js'
import { forEachRepository } from './repositories.js'

export const branchProtectionForcePushBlocked: Check = {
  metadata: {
    id: 'github.branch-protection.force-push-blocked',
    title: 'Force pushes and deletion of the default branch are blocked',
    severity: 'high',
    rationale:
      'A force push or a deleted branch rewrites history: approved changes can be replaced after review, and the record of what shipped is lost.',
    remediation:
      'In the ruleset that targets the default branch, enable "Block force pushes" and "Restrict deletions". With classic protection: Settings → Branches → Edit → leave "Allow force pushes" and "Allow deletions" unchecked.',
    evidenceKinds: BRANCH_KINDS
  },
  evaluate: (context) =>
    forEachRepository(context, BRANCH_KINDS, (repo) => {
      const protection = effectiveProtection(repo)
      const open = [
        ...(protection.forcePushBlocked ? [] : ['force pushes']),
        ...(protection.deletionBlocked ? [] : ['deletion'])
      ]
      return protectionVerdict(
        repo,
        protection,
        open.length === 0,
        `Force pushes and deletion of ${protection.branch} are blocked.`,
        `Branch ${protection.branch} allows ${open.join(' and ')}`
      )
    })
}
