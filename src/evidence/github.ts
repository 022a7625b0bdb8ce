/** Evidence kinds the GitHub source records; checks name them in their metadata. */
export const GITHUB_EVIDENCE = {
  repository: 'github.repository',
  branchRules: 'github.branch-rules',
  branchProtection: 'github.branch-protection',
  rulesets: 'github.rulesets',
  ruleSuites: 'github.rule-suites',
  pullRequests: 'github.pull-requests',
  defaultBranchCommits: 'github.default-branch-commits',
  dependabot: 'github.dependabot-alerts',
  /** `GET /repos/{o}/{r}/private-vulnerability-reporting`, asked for public repositories only. */
  privateVulnerabilityReporting: 'github.private-vulnerability-reporting',
  /** `GET /repos/{o}/{r}/hooks`: the repository's webhooks, as `OrgWebhook` records them (type Repository). */
  repoWebhooks: 'github.repo-webhooks'
} as const

/** Subjects are repositories: `github:owner/repo`. */
export function repoSubject(fullName: string): string {
  return `github:${fullName}`
}

export function evidencePath(fullName: string, file: string): string {
  return `evidence/github/${fullName}/${file}.json`
}

/**
 * The parts of GitHub's responses that checks read. Evidence files keep the whole response; these types
 * only name the fields the checks rely on.
 */

export interface RepositoryData {
  /** GitHub's id of the repository: it stays with the repository through renames and transfers. */
  id?: number
  name: string
  full_name: string
  owner: { login: string; type?: string }
  private: boolean
  visibility?: string
  archived: boolean
  disabled?: boolean
  default_branch: string
  /** When a commit was last pushed to any branch (REST repository object, `pushed_at`). */
  pushed_at?: string | null
  /** The caller's rights on the repository (REST repository objects of an authenticated request). */
  permissions?: { admin?: boolean; maintain?: boolean; push?: boolean }
  security_and_analysis?: {
    secret_scanning?: { status: string }
    secret_scanning_push_protection?: { status: string }
    dependabot_security_updates?: { status: string }
    advanced_security?: { status: string }
  } | null
}

/** One entry of `GET /repos/{o}/{r}/rules/branches/{branch}`. */
export interface BranchRule {
  type: string
  parameters?: Record<string, unknown>
  ruleset_source_type?: string
  ruleset_source?: string
  ruleset_id?: number
}

/** `GET /repos/{o}/{r}/branches/{branch}/protection`. */
export interface ClassicProtection {
  required_status_checks?: { strict?: boolean; contexts?: string[]; checks?: { context: string }[] } | null
  required_pull_request_reviews?: {
    required_approving_review_count?: number
    dismiss_stale_reviews?: boolean
    require_code_owner_reviews?: boolean
    /** Who may merge without the required reviews; absent when nobody is listed. */
    bypass_pull_request_allowances?: {
      users?: { login: string; id: number }[]
      teams?: { slug: string; id: number }[]
      apps?: { slug: string; id: number }[]
    } | null
  } | null
  enforce_admins?: { enabled: boolean } | null
  allow_force_pushes?: { enabled: boolean } | null
  allow_deletions?: { enabled: boolean } | null
}

export interface ProtectionEvidence {
  /** False when GitHub answered 404 "Branch not protected" (or "Branch not found", or the plan's 403). */
  protected: boolean
  protection?: ClassicProtection
  /** GitHub answered 404 "Branch not found": the branch does not exist (an empty repository). */
  branchMissing?: boolean
  /** GitHub answered 403 "Upgrade to GitHub Pro…": the plan has no branch protection for this repository. */
  planLimitation?: string
}

/** One entry of a ruleset's `bypass_actors` (GET /repos/{o}/{r}/rulesets/{id}). */
export interface RulesetBypassActor {
  actor_id: number | null
  actor_type: string
  bypass_mode: string
}

/** `GET /repos/{o}/{r}/rulesets/{id}` or `GET /orgs/{org}/rulesets/{id}`, the fields checks read. */
export interface RulesetDetail {
  id: number
  name: string
  source_type?: string
  source?: string
  enforcement?: string
  /** Absent unless the token has write access to the ruleset: absent is "unknown", never "nobody". */
  bypass_actors?: RulesetBypassActor[]
  current_user_can_bypass?: string
}

export interface RulesetsEvidence {
  branch: string
  /** Each ruleset that applies to the branch, with its bypass list where the token could read it. */
  rulesets: RulesetDetail[]
  /** Rulesets whose detail or bypass list could not be read, and why. */
  unreadable: { id: number; source: string; message: string }[]
}

/** An entry of `GET /repos/{o}/{r}/rulesets/rule-suites` (rule insights). */
export interface RuleSuite {
  id: number
  actor_id: number | null
  actor_name: string | null
  before_sha?: string
  after_sha?: string
  ref: string
  pushed_at: string
  result: string
  evaluation_result?: string | null
}

export interface RuleSuitesEvidence {
  branch: string
  /** The `time_period` asked for: the smallest of hour/day/week/month that covers the evaluation period. */
  timePeriod: string
  /** True when the evaluation period is longer than GitHub's longest window (a month). */
  truncated: boolean
  /** Bypass evaluations of pushes to the branch inside the evaluation period. */
  bypasses: RuleSuite[]
}

/**
 * An actor as GraphQL returns it: null when the account was deleted ("ghost"); a GitHub App is the Bot
 * `dependabot`, not the REST login `dependabot[bot]`, so `__typename` is what tells a bot apart.
 */
export interface ActorNode {
  __typename?: string
  login: string
}

/** A review as GraphQL returns it; the connection's items may themselves be null. */
export interface ReviewNode {
  author: ActorNode | null
  state: string
  submittedAt: string | null
  /** The head commit the review was given on; null when that commit no longer exists. */
  commit: { oid: string } | null
}

export interface PullRequestNode {
  number: number
  title: string
  url: string
  createdAt: string
  mergedAt: string
  baseRefName: string
  /** The PR's head commit, which for a merged PR is the commit that was merged. */
  headRefOid: string
  author: ActorNode | null
  mergedBy: ActorNode | null
  mergeCommit: { oid: string } | null
  /** GitHub's own verdict on the review rules of the base branch (code owners included), read when collected. */
  reviewDecision?: string | null
  reviews: {
    totalCount: number
    /** GraphQL allows both the list and its items to be null. */
    nodes: (ReviewNode | null)[] | null
  } | null
}

export interface PullRequestPopulation {
  /** The searches that define the population, so an auditor can re-run them. */
  queries: string[]
  period: { start: string; end: string }
  /**
   * The merge-time window actually searched: it starts before the period by the search-lag margin, so a PR
   * that search had not indexed when the previous run looked is in this one.
   */
  window?: { start: string; end: string }
  /** Base branches (names or globs) whose merged PRs form the population. */
  branches?: string[]
  /** Sum of the searches' `issueCount`: what GitHub says matched. */
  totalCount: number
  /** Distinct PRs the searches returned (before the branch filter); differs from totalCount when incomplete. */
  retrieved?: number
  /** Items of the search connections that were null (GitHub could not resolve them for this token). */
  unresolved?: number
  /** Merged PRs the search returned whose base is outside `branches` (feature or stacked branches). */
  excluded?: { number: number; baseRefName: string }[]
  pullRequests: PullRequestNode[]
  /** Set when nothing was asked this run: the population is the previous bundle's, cut to this window. */
  carriedFrom?: CarriedFrom
}

/**
 * Where a record carried forward came from: the previous bundle of the chain (its manifest's SHA-256 is the
 * link this bundle's manifest records), the record's path and SHA-256 there, and why nothing could have
 * changed since (the default branch's head unchanged, no push since the previous window's end).
 */
export interface CarriedFrom {
  bundle: string
  manifestSha256: string
  path: string
  sha256: string
  /** The end of the window the previous bundle searched: the carried items are complete up to here. */
  through: string
  /** The default branch's head, the same then and now. */
  head: string
  /** The repository's `pushed_at` now: at or before `through` less the search lag. */
  pushedAt: string
}

/** A commit of the default branch's history, with the pull requests GitHub associates with it. */
export interface BranchCommitNode {
  oid: string
  committedDate: string
  messageHeadline: string
  author: { name: string | null; user: { login: string } | null } | null
  committer: { name: string | null; user: { login: string } | null } | null
  parents: { nodes: ({ oid: string } | null)[] } | null
  associatedPullRequests: {
    nodes: ({ number: number; mergedAt: string | null; baseRefName: string } | null)[]
  } | null
}

export interface BranchCommitsEvidence {
  branch: string
  /** `history(since, until)` bounds: the same window as the pull-request search. */
  window: { start: string; end: string }
  /** `history.totalCount`: what GitHub says is in the window. */
  totalCount: number
  /** Newest first, as GitHub returns them; null items are kept so the count gap shows. */
  commits: (BranchCommitNode | null)[]
  /** The branch's head commit when the history was read (`Ref.target.oid`); absent in older bundles. */
  head?: string
  /** Set when nothing was asked this run: the previous bundle's commits, cut to this window. */
  carriedFrom?: CarriedFrom
}

export interface VulnerabilityAlertNode {
  number: number
  state: string
  createdAt: string
  dependencyScope?: string | null
  vulnerableManifestPath?: string
  /** Both nullable in GitHub's GraphQL schema (`SecurityVulnerability`, `SecurityAdvisory`, no `!`). */
  securityVulnerability: { severity: string; package: { name: string; ecosystem: string } | null } | null
  securityAdvisory: { ghsaId: string; summary: string; severity?: string } | null
}

export interface DependabotEvidence {
  alertsEnabled: boolean
  /** Connection nodes are nullable in the schema; older bundles may hold nulls. */
  openAlerts: (VulnerabilityAlertNode | null)[]
}

/**
 * `GET /repos/{o}/{r}/private-vulnerability-reporting` (https://docs.github.com/en/rest/repos/repos#check-if-private-vulnerability-reporting-is-enabled-for-a-repository):
 * GitHub's whole answer, `{ "enabled": boolean }`. Recorded for public repositories only.
 */
export interface PrivateVulnerabilityReportingData {
  enabled: boolean
}
