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
