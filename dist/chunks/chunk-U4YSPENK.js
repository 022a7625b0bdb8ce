import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/evidence/github-org.ts
var GITHUB_ORG_EVIDENCE = {
  /** `GET /orgs/{org}`: 2FA requirement, base permission, who may create repositories. */
  organization: "github.organization",
  /** `GET /orgs/{org}/members?filter=2fa_disabled`. */
  membersWithout2fa: "github.org-members-2fa-disabled",
  /** `GET /orgs/{org}/members?role=admin`: the organisation's owners. */
  owners: "github.org-owners",
  /** `GET /orgs/{org}/actions/permissions`. */
  actionsPermissions: "github.actions-permissions",
  /** `GET /orgs/{org}/actions/permissions/workflow`. */
  workflowPermissions: "github.actions-workflow-permissions",
  /** `GET /orgs/{org}/actions/permissions/fork-pr-contributor-approval`. */
  forkPrApproval: "github.actions-fork-pr-approval",
  /** `GET /orgs/{org}/actions/runner-groups`. */
  runnerGroups: "github.actions-runner-groups",
  /** `GET /orgs/{org}/secret-scanning/alerts` (every state: open alerts and push-protection bypasses). */
  secretScanningAlerts: "github.secret-scanning-alerts",
  /** `GET /orgs/{org}/code-scanning/alerts?state=open`. */
  codeScanningAlerts: "github.code-scanning-alerts",
  /** `GET /orgs/{org}/hooks`. */
  webhooks: "github.org-webhooks",
  /** `GET /orgs/{org}/audit-log` for the period, one listing per setting family. */
  auditLog: "github.audit-log",
  /**
   * `GET /orgs/{org}/audit-log`, `hook.*` and `repo.*` events since the oldest webhook listing a run carries
   * forward: what vouches that a carried listing did not change (webhooks-carry.ts).
   */
  repoEventsLog: "github.audit-log-repo-events",
  /** Per repository, one GraphQL batch: collaborators, deploy keys, environments, CODEOWNERS, security policy. */
  repoAccess: "github.repo-access",
  /** `GET /orgs/{org}/teams`, then `GET /orgs/{org}/teams/{team_slug}/repos` per team: each team's repositories and role. */
  teams: "github.org-teams",
  /**
   * `GET /orgs/{org}/code-security/configurations`, then `…/{configuration_id}/repositories` per configuration:
   * which configuration (and so which code scanning setting) is attached to each repository.
   */
  codeSecurityConfigurations: "github.code-security-configurations"
};
function orgSubject(org) {
  return `github-org:${org}`;
}
function orgEvidencePath(org, file) {
  return `evidence/github-org/${org}/${file}.json`;
}
var BUNDLE_HISTORY_EVIDENCE = "github.bundle-history";
var BUNDLE_HISTORY_SUBJECT = "bundle-history";
var BUNDLE_HISTORY_PATH = "evidence/bundle-history/findings.json";

export {
  GITHUB_ORG_EVIDENCE,
  orgSubject,
  orgEvidencePath,
  BUNDLE_HISTORY_EVIDENCE,
  BUNDLE_HISTORY_SUBJECT,
  BUNDLE_HISTORY_PATH
};
//# sourceMappingURL=chunk-U4YSPENK.js.map
