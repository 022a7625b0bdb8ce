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
  } | null
  enforce_admins?: { enabled: boolean } | null
  allow_force_pushes?: { enabled: boolean } | null
  allow_deletions?: { enabled: boolean } | null
}

export interface ProtectionEvidence {
  /** False when GitHub answered 404 "Branch not protected". */
  protected: boolean
  protection?: ClassicProtection
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
}

export interface VulnerabilityAlertNode {
  number: number
  state: string
  createdAt: string
  dependencyScope?: string | null
  vulnerableManifestPath?: string
  securityVulnerability: { severity: string; package: { name: string; ecosystem: string } }
  securityAdvisory: { ghsaId: string; summary: string }
}

export interface DependabotEvidence {
  alertsEnabled: boolean
  openAlerts: VulnerabilityAlertNode[]
}
