import type { Check } from './check.js'
import { branchProtectionEnabled } from './github/branch-protection-enabled.js'
import { branchProtectionForcePushBlocked } from './github/branch-protection-force-push-blocked.js'
import { branchProtectionRequiredReviews } from './github/branch-protection-required-reviews.js'
import { branchProtectionRequiredStatusChecks } from './github/branch-protection-required-status-checks.js'
import { dependabotAlertsEnabled } from './github/dependabot-alerts-enabled.js'
import { dependabotAlertsWithinSla } from './github/dependabot-alerts-within-sla.js'
import { pullRequestsIndependentApproval } from './github/pull-requests-independent-approval.js'
import { secretScanningPushProtection } from './github/secret-scanning-push-protection.js'
import { aiInventoryDrift, aiInventoryValid } from './pull-request/ai-inventory.js'
import { targetBranchProtection } from './pull-request/target-branch-protection.js'
import { workflowPermissions } from './pull-request/workflow-permissions.js'
import { workflowPinnedActions } from './pull-request/workflow-pinned-actions.js'

/** The nightly evidence run's checks, in report order. */
export const CHECKS: readonly Check[] = [
  branchProtectionEnabled,
  branchProtectionRequiredReviews,
  branchProtectionForcePushBlocked,
  branchProtectionRequiredStatusChecks,
  pullRequestsIndependentApproval,
  dependabotAlertsEnabled,
  dependabotAlertsWithinSla,
  secretScanningPushProtection
]

/** Checks of one pull request: what the change does to the controls, before it is merged. */
export const PR_CHECKS: readonly Check[] = [
  aiInventoryDrift,
  aiInventoryValid,
  targetBranchProtection,
  workflowPermissions,
  workflowPinnedActions
]

export const ALL_CHECKS: readonly Check[] = [...CHECKS, ...PR_CHECKS]

export function checksFor(mode: 'nightly' | 'pull-request'): readonly Check[] {
  return mode === 'pull-request' ? PR_CHECKS : CHECKS
}
