import type { Check } from '../check.js'
import { assessBypass, describeBypass, type BypassAssessment } from './bypass.js'
import { BYPASS_KINDS, effectiveProtection, protectionVerdict } from './effective-protection.js'
import { forEachRepository } from './repositories.js'

export const branchProtectionForcePushBlocked: Check = {
  metadata: {
    id: 'github.branch-protection.force-push-blocked',
    version: 2,
    title: 'Force pushes and deletion of the default branch are blocked',
    severity: 'high',
    rationale:
      'A force push or a deleted branch rewrites history: approved changes can be replaced after review, and the record of what shipped is lost.',
    remediation:
      'In the ruleset that targets the default branch, enable "Block force pushes" and "Restrict deletions". With classic protection: Settings → Branches → Edit → leave "Allow force pushes" and "Allow deletions" unchecked. Ruleset bypassers with mode "always" can still force push: remove them from the "Bypass list", or accept them in checks.branch-protection.allowed-bypass with a reason.',
    evidenceKinds: BYPASS_KINDS
  },
  evaluate: (context) =>
    forEachRepository(context, BYPASS_KINDS, (repo) => {
      const protection = effectiveProtection(repo)
      const allowed = context.config.checks['branch-protection']['allowed-bypass']
      const forcePush = assessBypass(repo, protection, 'force-push', () => true, allowed)
      const deletion = assessBypass(repo, protection, 'deletion', () => true, allowed)
      const open = [
        ...(protection.forcePushBlocked ? [] : ['force pushes']),
        ...(protection.deletionBlocked ? [] : ['deletion'])
      ]
      return protectionVerdict(
        repo,
        protection,
        open.length === 0,
        `Force pushes and deletion of ${protection.branch} are blocked.`,
        `Branch ${protection.branch} allows ${open.join(' and ')}`,
        worseBypass(forcePush, deletion)
      )
    })
}

/** Both must hold: the weaker of the two assessments decides, listing the bypassers of both. */
function worseBypass(a: BypassAssessment, b: BypassAssessment): BypassAssessment {
  const rank = { bypassable: 3, unknown: 2, allowed: 1, none: 0 } as const
  const worse = rank[a.status] >= rank[b.status] ? a : b
  const entries = [a, b]
    .filter((x) => x.status !== 'none')
    .flatMap((x) => x.entries)
    .filter((e, i, all) => all.findIndex((o) => describeBypass(o) === describeBypass(e)) === i)
  return { ...worse, entries, unreadable: [...new Set([...a.unreadable, ...b.unreadable])] }
}
