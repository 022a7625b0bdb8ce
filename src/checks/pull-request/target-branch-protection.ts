import type { RepositoryData } from '../../evidence/github.js'
import type { Check } from '../check.js'
import { GITHUB_EVIDENCE } from '../../evidence/github.js'
import { assessBypass } from '../github/bypass.js'
import { BRANCH_KINDS, effectiveProtection, protectionVerdict } from '../github/effective-protection.js'
import { pullRequestEvidence } from './context.js'

export const targetBranchProtection: Check = {
  metadata: {
    id: 'github.pr.target-branch-protection',
    version: 1,
    title: 'The branch this pull request merges into requires reviews and status checks',
    severity: 'high',
    rationale:
      'The merge of this change is governed by the rules of its target branch as they are now; without required reviews and checks it can be merged unreviewed and untested.',
    remediation:
      'In the ruleset that targets this branch (Settings → Rules → Rulesets), enable "Require a pull request before merging" with at least the configured number of approvals, and "Require status checks to pass"; remove from its "Bypass list" anyone who should not merge unreviewed (classic protection: check "Do not allow bypassing the above settings"). A bypass the organization accepts goes in checks.branch-protection.allowed-bypass with its reason.',
    evidenceKinds: [...BRANCH_KINDS, GITHUB_EVIDENCE.rulesets]
  },
  evaluate: (context) => {
    const evidence = pullRequestEvidence(context)
    if (!evidence) return []
    const minimum = context.config.checks['branch-protection']['min-approvals']
    const allowed = context.config.checks['branch-protection']['allowed-bypass']
    const subject = evidence.subject.replace(/#\d+$/, '')
    const repo = {
      subject,
      repository: {
        default_branch: evidence.pr.baseRef,
        full_name: subject.replace(/^github:/, '')
      } as RepositoryData,
      records: Object.fromEntries(
        [...BRANCH_KINDS, GITHUB_EVIDENCE.rulesets].map((kind) => [kind, context.evidence.get(kind, subject)])
      )
    }
    const protection = effectiveProtection(repo)
    const missing = [
      ...(protection.requiredApprovals >= minimum
        ? []
        : [`${minimum} approving review(s) (requires ${protection.requiredApprovals})`]),
      ...(protection.statusChecks.length > 0 ? [] : ['status checks'])
    ]
    // Who may merge this change without the required approvals (issue #10: a requirement someone may skip is not
    // a plain pass). Past bypasses (rule suites) say nothing about this merge, so their note is left out.
    const bypass =
      minimum > 0
        ? assessBypass(repo, protection, 'reviews', (c) => (c.approvals ?? 0) >= minimum, allowed)
        : undefined
    if (bypass) delete bypass.eventsNote
    // This check has one target, the branch merged into, and one outcome path: its subject stays the branch.
    const verdict = protectionVerdict(
      repo,
      protection,
      missing.length === 0,
      `${protection.branch} requires ${protection.requiredApprovals} approval(s) and ${protection.statusChecks.join(', ')} to pass before this merge.`,
      `${protection.branch} does not require ${missing.join(' or ')}`,
      bypass
    )
    return [{ ...verdict, subject: `${subject}@${protection.branch}` }]
  }
}
