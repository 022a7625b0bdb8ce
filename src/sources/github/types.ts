/**
 * The parts of GitHub's responses that checks read. Evidence files keep the whole response; these types
 * only name the fields the checks rely on.
 */

export interface RepositoryData {
  name: string
  full_name: string
  owner: { login: string; type?: string }
  private: boolean
  visibility?: string
  archived: boolean
  disabled?: boolean
  default_branch: string
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

export interface PullRequestNode {
  number: number
  title: string
  url: string
  createdAt: string
  mergedAt: string
  baseRefName: string
  headRefOid: string
  author: { login: string } | null
  mergedBy: { login: string } | null
  mergeCommit: { oid: string } | null
  reviews: {
    totalCount: number
    nodes: {
      author: { login: string } | null
      state: string
      submittedAt: string | null
      commit: { oid: string } | null
    }[]
  }
}

export interface PullRequestPopulation {
  /** The search that defines the population, so an auditor can re-run it. */
  queries: string[]
  period: { start: string; end: string }
  totalCount: number
  pullRequests: PullRequestNode[]
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
