import type { Check } from './check.js'
import { branchProtectionEnabled } from './github/branch-protection-enabled.js'
import { branchProtectionForcePushBlocked } from './github/branch-protection-force-push-blocked.js'
import { branchProtectionRequiredReviews } from './github/branch-protection-required-reviews.js'
import { branchProtectionRequiredStatusChecks } from './github/branch-protection-required-status-checks.js'
import { dependabotAlertsEnabled } from './github/dependabot-alerts-enabled.js'
import { dependabotAlertsWithinSla } from './github/dependabot-alerts-within-sla.js'
import { pullRequestsIndependentApproval } from './github/pull-requests-independent-approval.js'
import { secretScanningPushProtection } from './github/secret-scanning-push-protection.js'

/** Every check the tool can run, in report order. */
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
