import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/evidence/github.ts
var GITHUB_EVIDENCE = {
  repository: "github.repository",
  branchRules: "github.branch-rules",
  branchProtection: "github.branch-protection",
  rulesets: "github.rulesets",
  ruleSuites: "github.rule-suites",
  pullRequests: "github.pull-requests",
  defaultBranchCommits: "github.default-branch-commits",
  dependabot: "github.dependabot-alerts",
  /** `GET /repos/{o}/{r}/private-vulnerability-reporting`, asked for public repositories only. */
  privateVulnerabilityReporting: "github.private-vulnerability-reporting",
  /** `GET /repos/{o}/{r}/hooks`: the repository's webhooks, as `OrgWebhook` records them (type Repository). */
  repoWebhooks: "github.repo-webhooks"
};
function repoSubject(fullName) {
  return `github:${fullName}`;
}
function evidencePath(fullName, file) {
  return `evidence/github/${fullName}/${file}.json`;
}

export {
  GITHUB_EVIDENCE,
  repoSubject,
  evidencePath
};
//# sourceMappingURL=chunk-AKQKRLW5.js.map
