/**
 * A synthetic GitHub organisation: just the facts the evidence collectors read. The simulator
 * (github-simulator.ts) renders it as GitHub's REST and GraphQL shapes.
 */
import { createHash } from 'node:crypto'
import type { SimOrgGovernance, SimRepoAccess } from './github-org-sim.js'
import { applyDemoAccess, demoGovernance } from './github-org-demo.js'

export interface SimReview {
  /** null: the reviewer's account was deleted (GitHub shows it as "ghost"). */
  author: string | null
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED'
  submittedAt: string
  commitOid: string
}
export interface SimPullRequest {
  number: number
  title: string
  author: string
  createdAt: string
  mergedAt: string | null
  mergedBy: string | null
  baseRefName: string
  headRefOid: string
  mergeCommitOid: string | null
  reviews: SimReview[]
  /** Set when closed without merging; a PR with neither mergedAt nor closedAt is open. */
  closedAt?: string | null
  /** The base commit; default a hash of the repository and base branch name. */
  baseRefOid?: string
  /** What the PR changes, for the files and contents endpoints; absent: changes nothing the model knows. */
  changedFiles?: SimChangedFile[]
  /** Fork PRs: `owner/name` of the fork the head branch lives in. Absent: the same repository. */
  headRepoFullName?: string
  /** Issue comments already on the PR (the simulator adds the ones posted through the API). */
  comments?: SimComment[]
}
export interface SimFileVersion {
  path: string
  content: string
}
/** A file a pull request changes: `baseContent` is absent for added files, `headContent` for removed ones. */
export interface SimChangedFile {
  filename: string
  status: 'added' | 'modified' | 'removed' | 'renamed'
  /** Renamed files: the path on the base side. */
  previousFilename?: string
  baseContent?: string
  headContent?: string
}
export interface SimComment {
  author: string
  body: string
  createdAt: string
}
export interface SimAlert {
  number: number
  state: 'open' | 'dismissed' | 'fixed'
  severity: 'critical' | 'high' | 'medium' | 'low'
  createdAt: string
  packageName: string
  ecosystem: string
  manifestPath: string
  ghsaId: string
  summary: string
  scope: 'runtime' | 'development'
  /** GraphQL answers `securityVulnerability: null` / `securityAdvisory: null` (both nullable in the schema). */
  nullVulnerability?: boolean
  nullAdvisory?: boolean
}
/** `parameters` uses GitHub's REST (snake_case) names and is served as-is. */
export interface SimRule {
  type: string
  parameters?: Record<string, unknown>
  rulesetSourceType: 'Repository' | 'Organization'
  rulesetSource: string
  rulesetId: number
}
/** One entry of a ruleset's `bypass_actors`, in GitHub's REST shape (docs.github.com/rest/repos/rules#get-a-repository-ruleset). */
export interface SimBypassActor {
  /** `OrganizationAdmin`: 1; `DeployKey`: null; `RepositoryRole`: the role id (5 = admin). */
  actor_id: number | null
  actor_type: 'Integration' | 'OrganizationAdmin' | 'RepositoryRole' | 'Team' | 'DeployKey'
  bypass_mode: 'always' | 'pull_request'
}
/** What the ruleset detail endpoints add to the rules a ruleset contributes (`rules` by `rulesetId`). */
export interface SimRulesetMeta {
  name: string
  bypassActors: SimBypassActor[]
}
/** An entry of `GET /repos/{o}/{r}/rulesets/rule-suites` (docs.github.com/rest/repos/rule-suites). */
export interface SimRuleSuite {
  id: number
  actorId: number
  actorName: string
  beforeSha: string
  afterSha: string
  /** Full ref, e.g. `refs/heads/main`. */
  ref: string
  pushedAt: string
  result: 'pass' | 'fail' | 'bypass'
}
export interface SimClassicProtection {
  requiredApprovingReviewCount: number | null
  requiredStatusChecks: string[] | null
  allowForcePushes: boolean
  allowDeletions: boolean
  enforceAdmins: boolean
  dismissStaleReviews: boolean
  requireCodeOwnerReviews: boolean
  /** `required_pull_request_reviews.bypass_pull_request_allowances`: logins, team slugs, app slugs. */
  bypassPullRequestAllowances?: { users: string[]; teams: string[]; apps: string[] }
}
/** Rules and classic protection apply to `defaultBranch` only. */
export interface SimRepo {
  owner: string
  name: string
  id: number
  private: boolean
  archived: boolean
  defaultBranch: string
  dependabotAlertsEnabled: boolean
  secretScanning: boolean
  pushProtection: boolean
  dependabotSecurityUpdates: boolean
  rules: SimRule[]
  classicProtection: SimClassicProtection | null
  alerts: SimAlert[]
  pullRequests: SimPullRequest[]
  /** The default branch's files by path: the base content of every path a PR does not change. */
  files?: Record<string, string>
  /** Ruleset names and bypass lists of the repository's own rulesets, by id; default: no bypass. */
  rulesets?: Record<number, SimRulesetMeta>
  /** Rule evaluations of pushes (rule insights); `GET .../rulesets/rule-suites`. */
  ruleSuites?: SimRuleSuite[]
  /** No commits yet: the default branch does not exist. */
  empty?: boolean
  /** Private repository on GitHub Free: branch protection is not available on the plan. */
  planWithoutProtection?: boolean
  /** Commits pushed straight to the default branch, not through a pull request. */
  directPushes?: SimDirectPush[]
  /** Collaborators, deploy keys, environments, CODEOWNERS, security policy; default: the org owners as admins. */
  access?: SimRepoAccess
}
export interface SimDirectPush {
  oid: string
  committedAt: string
  message: string
  /** Login of the author, who also committed and pushed it. */
  author: string
}
/** A commit of the default branch as the history serves it. */
export interface SimCommit {
  oid: string
  committedAt: string
  message: string
  author: string
  /** Login of the committer; null with name "GitHub" for merges made on github.com. */
  committer: string | null
  committerName: string
  parents: string[]
}
export interface SimOrg {
  login: string
  id: number
  repos: SimRepo[]
  /** Names and bypass lists of organization rulesets, by id; default: no bypass. */
  rulesets?: Record<number, SimRulesetMeta>
  /** Org settings, members, Actions policy, alerts, webhooks, audit log; default: defaultGovernance(). */
  governance?: SimOrgGovernance
}

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** GitHub timestamps have second precision. */
export function isoAt(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

export function fakeOid(...parts: Array<string | number>): string {
  return createHash('sha1').update(parts.join('/')).digest('hex')
}

const GHSA_ALPHABET = '23456789cfghjmpqrvwx'
function fakeGhsa(seed: string): string {
  const bytes = createHash('sha256').update(seed).digest()
  const chars = [...bytes.subarray(0, 12)].map((b) => GHSA_ALPHABET[b % GHSA_ALPHABET.length])
  return `GHSA-${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8, 12).join('')}`
}

/** Vulnerable dependencies by ecosystem; the advisory ids are synthetic, not real GHSAs. */
const PACKAGES: Array<Pick<SimAlert, 'packageName' | 'ecosystem' | 'manifestPath' | 'summary'>> = [
  {
    packageName: 'lodash',
    ecosystem: 'npm',
    manifestPath: 'package-lock.json',
    summary: 'Prototype Pollution in lodash'
  },
  {
    packageName: 'jsonwebtoken',
    ecosystem: 'npm',
    manifestPath: 'package-lock.json',
    summary: 'jsonwebtoken unrestricted key type could lead to legacy keys usage'
  },
  {
    packageName: 'axios',
    ecosystem: 'npm',
    manifestPath: 'package-lock.json',
    summary: 'Axios Cross-Site Request Forgery Vulnerability'
  },
  {
    packageName: 'semver',
    ecosystem: 'npm',
    manifestPath: 'package-lock.json',
    summary: 'semver vulnerable to Regular Expression Denial of Service'
  },
  {
    packageName: 'django',
    ecosystem: 'pip',
    manifestPath: 'requirements.txt',
    summary: 'Django SQL injection in QuerySet.values() on PostgreSQL'
  },
  {
    packageName: 'pyyaml',
    ecosystem: 'pip',
    manifestPath: 'requirements.txt',
    summary: 'Improper Input Validation in PyYAML'
  },
  {
    packageName: 'golang.org/x/net',
    ecosystem: 'go',
    manifestPath: 'go.mod',
    summary: 'HTTP/2 rapid reset can cause excessive work in net/http'
  },
  {
    packageName: 'com.fasterxml.jackson.core:jackson-databind',
    ecosystem: 'maven',
    manifestPath: 'pom.xml',
    summary: 'Deserialization of Untrusted Data in jackson-databind'
  },
  {
    packageName: 'nokogiri',
    ecosystem: 'rubygems',
    manifestPath: 'Gemfile.lock',
    summary: 'Nokogiri updates packaged libxml2 to fix a use-after-free'
  },
  {
    packageName: 'webpack-dev-server',
    ecosystem: 'npm',
    manifestPath: 'package-lock.json',
    summary: 'webpack-dev-server users source code may be stolen when they access a malicious web site'
  }
]

// ---------------------------------------------------------------------------------------------
// Builders shared by demoOrg and syntheticOrg

interface PrSpec {
  title: string
  author: string
  /** Hours before `now`; null = still open. */
  mergedHoursAgo: number | null
  approvedBy?: string[]
  /** Reviews submitted before the approvals, e.g. a change request that was later resolved. */
  earlierReviews?: Array<[string | null, SimReview['state']]>
  /** Reviews submitted after the approvals and before the merge, e.g. a change request that stood. */
  laterReviews?: Array<[string, SimReview['state']]>
  mergedBy?: string
  base?: string
  /** The approvals were given on a commit that is no longer the head. */
  staleApproval?: boolean
}

const merged = (
  hoursAgo: number,
  author: string,
  title: string,
  approvedBy: string[] = [],
  extra: Partial<PrSpec> = {}
): PrSpec => ({ title, author, mergedHoursAgo: hoursAgo, approvedBy, ...extra })
const opened = (author: string, title: string): PrSpec => ({ title, author, mergedHoursAgo: null })

function buildPrs(repo: string, defaultBranch: string, now: Date, specs: PrSpec[]): SimPullRequest[] {
  const age = (s: PrSpec) => s.mergedHoursAgo ?? 0
  // Older PRs get lower numbers, as they would have been opened first.
  const ordered = [...specs].sort((a, b) => age(b) - age(a))
  return ordered.map((s, i) => {
    const number = 101 + i * 3
    const headRefOid = fakeOid(repo, number, 'head')
    const endMs = s.mergedHoursAgo === null ? now.getTime() - HOUR : now.getTime() - s.mergedHoursAgo * HOUR
    const createdMs = endMs - (5 + (number % 7) * 9) * HOUR
    const reviewOid = s.staleApproval ? fakeOid(repo, number, 'previous') : headRefOid
    const reviews: SimReview[] = [
      ...(s.earlierReviews ?? []).map(([author, state], j) => ({
        author,
        state,
        submittedAt: isoAt(createdMs + (j + 1) * HOUR),
        commitOid: fakeOid(repo, number, 'previous')
      })),
      ...(s.approvedBy ?? []).map((author, j) => ({
        author,
        state: 'APPROVED' as const,
        submittedAt: isoAt(endMs - (40 - j * 7) * 60_000),
        commitOid: reviewOid
      })),
      ...(s.laterReviews ?? []).map(([author, state], j) => ({
        author,
        state,
        submittedAt: isoAt(endMs - (10 - j) * 60_000),
        commitOid: headRefOid
      }))
    ]
    const merged = s.mergedHoursAgo !== null
    return {
      number,
      title: s.title,
      author: s.author,
      createdAt: isoAt(createdMs),
      mergedAt: merged ? isoAt(endMs) : null,
      mergedBy: merged ? (s.mergedBy ?? s.author) : null,
      baseRefName: s.base ?? defaultBranch,
      headRefOid,
      mergeCommitOid: merged ? fakeOid(repo, number, 'merge') : null,
      reviews
    }
  })
}

/**
 * The default branch's history, newest first: one squash commit per PR merged into it (GitHub commits
 * web merges as "GitHub"), plus the direct pushes, each the parent of the next.
 */
export function defaultBranchHistory(repo: SimRepo): SimCommit[] {
  const merges = repo.pullRequests
    .filter((p) => p.mergedAt && p.mergeCommitOid && p.baseRefName === repo.defaultBranch)
    .map((p) => ({
      oid: p.mergeCommitOid!,
      committedAt: p.mergedAt!,
      message: `${p.title} (#${p.number})`,
      author: p.author,
      committer: null,
      committerName: 'GitHub'
    }))
  const pushes = (repo.directPushes ?? []).map((d) => ({
    oid: d.oid,
    committedAt: d.committedAt,
    message: d.message,
    author: d.author,
    committer: d.author,
    committerName: d.author
  }))
  const ordered = [...merges, ...pushes].sort((a, b) => b.committedAt.localeCompare(a.committedAt))
  return ordered.map((c, i) => ({
    ...c,
    parents: [ordered[i + 1]?.oid ?? fakeOid(repo.owner, repo.name, 'root')]
  }))
}

function buildAlert(
  repo: string,
  number: number,
  severity: SimAlert['severity'],
  createdMs: number,
  pkg: number,
  extra: Partial<Pick<SimAlert, 'state' | 'scope'>> = {}
): SimAlert {
  const p = PACKAGES[pkg % PACKAGES.length]!
  return {
    number,
    state: extra.state ?? 'open',
    severity,
    createdAt: isoAt(createdMs),
    ...p,
    ghsaId: fakeGhsa(`${p.packageName}/${severity}/${pkg}`),
    scope: extra.scope ?? 'runtime'
  }
}

function pullRequestRule(count: number, source: RuleSource, extra: Record<string, unknown> = {}): SimRule {
  return {
    type: 'pull_request',
    parameters: {
      required_approving_review_count: count,
      dismiss_stale_reviews_on_push: true,
      require_code_owner_review: false,
      require_last_push_approval: false,
      required_review_thread_resolution: false,
      allowed_merge_methods: ['merge', 'squash', 'rebase'],
      ...extra
    },
    ...source
  }
}
function statusChecksRule(contexts: string[], source: RuleSource): SimRule {
  return {
    type: 'required_status_checks',
    parameters: {
      required_status_checks: contexts.map((context) => ({ context })),
      strict_required_status_checks_policy: true,
      do_not_enforce_on_create: false
    },
    ...source
  }
}
const simpleRule = (type: string, source: RuleSource): SimRule => ({ type, ...source })

type RuleSource = Pick<SimRule, 'rulesetSourceType' | 'rulesetSource' | 'rulesetId'>
const orgSource = (org: string, rulesetId: number): RuleSource => ({
  rulesetSourceType: 'Organization',
  rulesetSource: org,
  rulesetId
})
const repoSource = (owner: string, repo: string, rulesetId: number): RuleSource => ({
  rulesetSourceType: 'Repository',
  rulesetSource: `${owner}/${repo}`,
  rulesetId
})

/** The organisation-wide "protect production" ruleset: 2 approvals, CI green, no rewrites or deletion. */
function productionRuleset(org: string, contexts: string[]): SimRule[] {
  const src = orgSource(org, 4021)
  return [
    simpleRule('deletion', src),
    simpleRule('non_fast_forward', src),
    pullRequestRule(2, src, { require_code_owner_review: true, require_last_push_approval: true }),
    statusChecksRule(contexts, src)
  ]
}

function classic(overrides: Partial<SimClassicProtection>): SimClassicProtection {
  return {
    requiredApprovingReviewCount: 1,
    requiredStatusChecks: ['build'],
    allowForcePushes: false,
    allowDeletions: false,
    enforceAdmins: false,
    dismissStaleReviews: false,
    requireCodeOwnerReviews: false,
    ...overrides
  }
}

// ---------------------------------------------------------------------------------------------
// The demo organisation

/** The GitHub App id of acme-corp's release bot, which may merge version bumps in mobile-app. */
export const DEMO_RELEASE_APP_ID = 812_345
/** The demo's accepted bypass: `checks.branch-protection.allowed-bypass` with its written reason. */
export const DEMO_GITHUB_CONFIG = `checks:
  branch-protection:
    allowed-bypass:
      - actor-type: Integration
        actor-id: ${DEMO_RELEASE_APP_ID}
        bypass-mode: pull_request
        repositories: [acme-corp/mobile-app]
        reason: The release app merges only its own version-bump PRs, each built and signed by CI (change CHG-2041).
`
const numericLogin = (login: string) =>
  parseInt(createHash('sha1').update(login).digest('hex').slice(0, 7), 16)

type RepoSpec = Partial<SimRepo> & Pick<SimRepo, 'name'> & { prs?: PrSpec[] }

/**
 * `acme-corp`: twelve-odd repositories, each showing one thing an ISO 27001 auditor looks for
 * (A.8.4 / A.8.32 change control, A.8.8 vulnerability management, A.8.9 configuration).
 */
export function demoOrg(now: Date): SimOrg {
  const org = 'acme-corp'
  const t = now.getTime()
  const daysAgo = (d: number) => t - d * DAY
  let nextId = 612_000_101

  const repo = (spec: RepoSpec): SimRepo => {
    const { prs = [], ...rest } = spec
    const defaultBranch = rest.defaultBranch ?? 'main'
    return {
      owner: org,
      id: nextId++,
      private: true,
      archived: false,
      defaultBranch,
      dependabotAlertsEnabled: true,
      secretScanning: true,
      pushProtection: true,
      dependabotSecurityUpdates: true,
      rules: [],
      classicProtection: null,
      alerts: [],
      ...rest,
      pullRequests: buildPrs(rest.name, defaultBranch, now, prs)
    }
  }

  const repos: SimRepo[] = [
    // Fully compliant: org ruleset, every merge approved by two other people, nothing overdue.
    repo({
      name: 'payments-api',
      rules: productionRuleset(org, ['ci/build', 'ci/test', 'security/codeql']),
      alerts: [
        buildAlert('payments-api', 1, 'high', daysAgo(70), 1, { state: 'fixed' }),
        buildAlert('payments-api', 2, 'low', daysAgo(12), 3)
      ],
      prs: [
        merged(3, 'alice-chen', 'Add idempotency keys to refunds', ['bogdan-ionescu', 'priya-raman']),
        merged(9, 'tom-okafor', 'Retry Stripe webhooks with jitter', ['alice-chen', 'priya-raman'], {
          earlierReviews: [['alice-chen', 'CHANGES_REQUESTED']]
        }),
        merged(
          20,
          'dependabot[bot]',
          'Bump jsonwebtoken from 8.5.1 to 9.0.2',
          ['bogdan-ionescu', 'tom-okafor'],
          { mergedBy: 'bogdan-ionescu' }
        ),
        merged(5 * 24, 'priya-raman', 'PCI: mask PAN in structured logs', ['alice-chen', 'tom-okafor']),
        merged(31 * 24, 'bogdan-ionescu', 'Settlement report v2', ['priya-raman', 'alice-chen']),
        merged(110 * 24, 'alice-chen', 'Move secrets to Vault', ['tom-okafor', 'bogdan-ionescu']),
        // Into a stacked feature branch, unreviewed: outside the population (it reaches main via its own PR).
        merged(6, 'tom-okafor', 'Payouts: currency conversion table', [], { base: 'feature/multi-currency' }),
        opened('tom-okafor', 'WIP: multi-currency payouts')
      ]
    }),
    // Classic branch protection only, one approval; a release-branch merge tests `base:` filtering.
    repo({
      name: 'web-frontend',
      classicProtection: classic({
        requiredApprovingReviewCount: 1,
        requiredStatusChecks: ['build', 'lint', 'e2e']
      }),
      alerts: [
        buildAlert('web-frontend', 1, 'medium', daysAgo(60), 2),
        buildAlert('web-frontend', 2, 'low', daysAgo(8), 9, { scope: 'development' })
      ],
      prs: [
        merged(2, 'sofia-martins', 'Checkout: accessible error messages', ['jake-lindqvist']),
        merged(14, 'mei-wong', 'Hotfix: currency rounding on receipts', ['sofia-martins'], {
          base: 'release/2025.06'
        }),
        merged(12 * 24, 'jake-lindqvist', 'Migrate to React Router 7', ['mei-wong']),
        merged(64 * 24, 'mei-wong', 'Dark mode', ['jake-lindqvist'])
      ]
    }),
    // Ruleset requires a review, yet one PR was merged by an admin bypass and one was self-approved.
    // The ruleset lets repository admins bypass it (caught), and rule insights show the bypass.
    repo({
      name: 'ml-platform',
      rules: [
        pullRequestRule(1, repoSource(org, 'ml-platform', 5_100_230)),
        statusChecksRule(['pytest'], repoSource(org, 'ml-platform', 5_100_230))
      ],
      rulesets: {
        5_100_230: {
          name: 'main',
          bypassActors: [{ actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }]
        }
      },
      ruleSuites: [
        {
          id: 88_120_301,
          actorId: numericLogin('omar-haddad'),
          actorName: 'omar-haddad',
          beforeSha: fakeOid('ml-platform', 'before-bypass'),
          afterSha: fakeOid('ml-platform', 113, 'merge'),
          ref: 'refs/heads/main',
          pushedAt: isoAt(t - 4 * HOUR),
          result: 'bypass'
        }
      ],
      alerts: [buildAlert('ml-platform', 1, 'medium', daysAgo(33), 5)],
      prs: [
        merged(4, 'omar-haddad', 'Emergency: roll back feature store schema', [], {
          earlierReviews: [['raj-patel', 'COMMENTED']]
        }),
        merged(11, 'raj-patel', 'Train fraud model on Q2 data', ['raj-patel']),
        merged(22, 'lena-fischer', 'Model card for churn-v3', ['raj-patel']),
        merged(40 * 24, 'lena-fischer', 'GPU node pool autoscaling', ['omar-haddad']),
        merged(95 * 24, 'raj-patel', 'Drift monitoring dashboards', ['lena-fischer'])
      ]
    }),
    // No protection of any kind, `master` default branch, a critical alert well past any SLA.
    repo({
      name: 'legacy-billing',
      defaultBranch: 'master',
      secretScanning: false,
      pushProtection: false,
      dependabotSecurityUpdates: false,
      alerts: [
        buildAlert('legacy-billing', 1, 'critical', daysAgo(40), 7),
        buildAlert('legacy-billing', 2, 'high', daysAgo(15), 4)
      ],
      prs: [
        merged(6, 'gary-thompson', 'Fix invoice PDF page breaks'),
        merged(50 * 24, 'linda-kowalski', 'Year-end tax table update', ['gary-thompson']),
        merged(118 * 24, 'gary-thompson', 'Raise DB pool size')
      ]
    }),
    // Protected, but force pushes are allowed on the default branch.
    repo({
      name: 'docs-site',
      private: false,
      classicProtection: classic({ requiredStatusChecks: ['build-docs'], allowForcePushes: true }),
      prs: [
        merged(1, 'nina-petrova', 'Document SSO setup', ['sam-obrien']),
        merged(26 * 24, 'sam-obrien', 'Fix broken links', ['nina-petrova'])
      ]
    }),
    // Reviews enforced but no required status checks; shows a dismissed approval then a fresh one.
    repo({
      name: 'data-pipeline',
      rules: [
        pullRequestRule(1, repoSource(org, 'data-pipeline', 5_100_231)),
        simpleRule('non_fast_forward', repoSource(org, 'data-pipeline', 5_100_231)),
        simpleRule('deletion', repoSource(org, 'data-pipeline', 5_100_231))
      ],
      alerts: [buildAlert('data-pipeline', 1, 'high', daysAgo(5), 6)],
      prs: [
        merged(7, 'yuki-sato', 'Partition events table by day', ['daniel-reyes'], {
          earlierReviews: [['daniel-reyes', 'DISMISSED']]
        }),
        // An approval by an account deleted since (author null): not counted, and no crash.
        merged(18, 'daniel-reyes', 'Airflow 2.10 upgrade', ['yuki-sato'], {
          earlierReviews: [[null, 'APPROVED']]
        }),
        merged(73 * 24, 'yuki-sato', 'Backfill GDPR deletions', ['daniel-reyes'])
      ]
    }),
    // Well protected, but secret scanning (and so push protection) is off.
    repo({
      name: 'infra-terraform',
      secretScanning: false,
      pushProtection: false,
      rules: productionRuleset(org, ['terraform-plan', 'tfsec']),
      // An org owner pushed straight to main, bypassing the ruleset.
      directPushes: [
        {
          oid: fakeOid('infra-terraform', 'direct-push'),
          committedAt: isoAt(t - 12 * HOUR),
          message: 'Open SSH from 0.0.0.0/0 to debug the bastion',
          author: 'hannah-berg'
        }
      ],
      prs: [
        merged(8, 'kwame-asante', 'Rotate KMS keys for prod', ['hannah-berg', 'alice-chen']),
        merged(16 * 24, 'hannah-berg', 'Restrict SG ingress to VPN CIDR', ['kwame-asante', 'tom-okafor'])
      ]
    }),
    // Archived: out of scope; its stale alert and unreviewed history should not count if archived repos are excluded.
    repo({
      name: 'old-monolith',
      archived: true,
      secretScanning: false,
      pushProtection: false,
      dependabotSecurityUpdates: false,
      alerts: [buildAlert('old-monolith', 1, 'high', daysAgo(300), 8)],
      prs: [
        merged(100 * 24, 'gary-thompson', 'Final commit before archive'),
        merged(119 * 24, 'linda-kowalski', 'Extract billing to legacy-billing')
      ]
    }),
    // Vulnerability SLA: a high alert 45 days old (over 30), a medium 20 days old (within 90), a dismissed critical.
    // The release app may merge its version-bump PRs without review: allowed, with a reason, in DEMO_GITHUB_CONFIG.
    repo({
      name: 'mobile-app',
      rules: [
        pullRequestRule(1, repoSource(org, 'mobile-app', 5_100_232)),
        statusChecksRule(['ios-build', 'android-build'], repoSource(org, 'mobile-app', 5_100_232)),
        simpleRule('non_fast_forward', repoSource(org, 'mobile-app', 5_100_232))
      ],
      rulesets: {
        5_100_232: {
          name: 'main',
          bypassActors: [
            { actor_id: DEMO_RELEASE_APP_ID, actor_type: 'Integration', bypass_mode: 'pull_request' }
          ]
        }
      },
      alerts: [
        buildAlert('mobile-app', 1, 'critical', daysAgo(90), 0, { state: 'dismissed' }),
        buildAlert('mobile-app', 2, 'high', daysAgo(45), 2),
        buildAlert('mobile-app', 3, 'medium', daysAgo(20), 3)
      ],
      prs: [
        merged(13, 'lucas-moreau', 'Biometric login on Android 15', ['aisha-bello']),
        // Approved, then changes requested by the same reviewer; an admin merged it anyway.
        merged(3, 'aisha-bello', 'Offline mode for the wallet screen', ['lucas-moreau'], {
          laterReviews: [['lucas-moreau', 'CHANGES_REQUESTED']],
          mergedBy: 'omar-haddad'
        }),
        merged(9 * 24, 'aisha-bello', 'Push notification opt-in screen', ['lucas-moreau'])
      ]
    }),
    // Dependabot alerts disabled: REST answers 403, GraphQL hasVulnerabilityAlertsEnabled=false.
    repo({
      name: 'marketing-site',
      private: false,
      dependabotAlertsEnabled: false,
      dependabotSecurityUpdates: false,
      classicProtection: classic({ requiredStatusChecks: null }),
      prs: [
        merged(5, 'chloe-dubois', 'Summer campaign landing page', ['nina-petrova']),
        merged(44 * 24, 'nina-petrova', 'Update privacy policy', ['chloe-dubois'])
      ]
    }),
    // Layered: org ruleset (2 approvals) plus a weaker classic rule (1); the stricter one governs.
    repo({
      name: 'identity-service',
      rules: productionRuleset(org, ['ci/build', 'ci/test']),
      classicProtection: classic({
        requiredStatusChecks: ['ci/build'],
        enforceAdmins: true,
        dismissStaleReviews: true,
        requireCodeOwnerReviews: true
      }),
      prs: [
        merged(10, 'priya-raman', 'WebAuthn: allow platform authenticators', ['alice-chen', 'kwame-asante']),
        merged(58 * 24, 'kwame-asante', 'Shorten refresh token lifetime to 12h', [
          'priya-raman',
          'alice-chen'
        ])
      ]
    }),
    // Stale reviews are not dismissed on push, and a PR was merged on an approval of an older commit.
    repo({
      name: 'notification-service',
      rules: [
        pullRequestRule(1, repoSource(org, 'notification-service', 5_100_233), {
          dismiss_stale_reviews_on_push: false
        })
      ],
      alerts: [buildAlert('notification-service', 1, 'low', daysAgo(100), 9)],
      prs: [
        merged(15, 'mei-wong', 'SMS fallback for failed pushes', ['lucas-moreau'], { staleApproval: true }),
        merged(37 * 24, 'lucas-moreau', 'Templated emails via MJML', ['mei-wong'])
      ]
    }),
    // Public SDK: signed commits required; a development-scope alert (matters only if policy excludes dev deps).
    repo({
      name: 'public-sdk',
      private: false,
      rules: [
        pullRequestRule(1, repoSource(org, 'public-sdk', 5_100_234)),
        simpleRule('required_signatures', repoSource(org, 'public-sdk', 5_100_234)),
        simpleRule('non_fast_forward', repoSource(org, 'public-sdk', 5_100_234)),
        simpleRule('deletion', repoSource(org, 'public-sdk', 5_100_234))
      ],
      alerts: [
        buildAlert('public-sdk', 1, 'high', daysAgo(50), 9, { scope: 'development' }),
        buildAlert('public-sdk', 2, 'medium', daysAgo(80), 3, { state: 'fixed' })
      ],
      prs: [
        merged(19, 'sam-obrien', 'Release 4.2.0', ['jake-lindqvist']),
        merged(21 * 24, 'jake-lindqvist', 'Typed pagination helpers', ['sam-obrien'])
      ]
    })
  ]
  addDemoPullRequests(repos, t)
  applyDemoAccess(repos, t)
  return { login: org, id: 98_765_432, repos, governance: demoGovernance(org, t) }
}

// ---------------------------------------------------------------------------------------------
// Open pull requests for pull-request mode

/** npm-style `integrity` for a synthetic lockfile entry. */
const integrity = (name: string, version: string) =>
  `sha512-${createHash('sha512').update(`${name}@${version}`).digest('base64')}`
const lockEntry = (name: string, version: string, extra: Record<string, unknown> = {}) => ({
  version,
  resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').at(-1)}-${version}.tgz`,
  integrity: integrity(name, version),
  ...extra
})
/** Two-space JSON with a final newline, as npm writes package.json and package-lock.json. */
const npmJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

const ML_DEPENDENCIES = { express: '^4.21.1', pino: '^9.5.0', zod: '^3.23.8' }
const mlPackageJson = (dependencies: Record<string, string>) =>
  npmJson({
    name: 'ml-platform-console',
    version: '1.8.0',
    private: true,
    type: 'module',
    scripts: { start: 'node dist/server.js', build: 'tsc -p .' },
    dependencies,
    devDependencies: { typescript: '^5.6.3' }
  })
const mlPackageLock = (dependencies: Record<string, string>, added: Record<string, object>) =>
  npmJson({
    name: 'ml-platform-console',
    version: '1.8.0',
    lockfileVersion: 3,
    requires: true,
    packages: Object.fromEntries(
      Object.entries({
        '': {
          name: 'ml-platform-console',
          version: '1.8.0',
          dependencies,
          devDependencies: { typescript: '^5.6.3' }
        },
        'node_modules/express': lockEntry('express', '4.21.1', { license: 'MIT' }),
        'node_modules/pino': lockEntry('pino', '9.5.0', { license: 'MIT', bin: { pino: 'bin.js' } }),
        'node_modules/typescript': lockEntry('typescript', '5.6.3', {
          dev: true,
          license: 'Apache-2.0',
          bin: { tsc: 'bin/tsc', tsserver: 'bin/tsserver' },
          engines: { node: '>=14.17' }
        }),
        'node_modules/zod': lockEntry('zod', '3.23.8', { license: 'MIT' }),
        ...added
      }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    )
  })

const CI_BASE = `name: ci

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - run: pip install -r requirements.txt
      - run: pytest
`
const CI_HEAD = `name: ci

on:
  pull_request:
  push:
    branches: [main]

permissions: write-all

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: other-org/lint@8f4b7f84864484a7bf31766abe9204da3cbe65b3 # v3.1.0
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - run: pip install -r requirements.txt
      - run: pytest
  deploy:
    needs: test
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: some-org/deploy-action@v2
        with:
          environment: staging
          token: \${{ secrets.DEPLOY_TOKEN }}
`
const INVENTORY_BASE = `# yaml-language-server: $schema=../schemas/ai-inventory.schema.json
# AI system inventory (ISO/IEC 42001 A.4 resources, A.5 impact assessment).
# Every AI system in this repository, with the models and vendors it uses.
systems:
  - id: churn-predictor
    name: Customer churn predictor
    vendor: internal
    models: [churn-xgb]
    purpose: Score subscription churn risk so the retention team can prioritise outreach
    owner: ml-team
    data-categories: [customer-account, usage-telemetry, billing-history]
    impact-assessment:
      reference: IA-2026-014
      date: 2026-03-02
`
/** The PR touches the inventory, but only to mark the system as in production: nothing for OpenAI or Anthropic. */
const INVENTORY_HEAD = INVENTORY_BASE.replace(
  '    owner: ml-team\n',
  '    owner: ml-team\n    status: production\n'
)
const MODELS_YAML = `# Models behind the support-ticket summariser.
summarizer:
  provider: openai
  model: gpt-4o-2024-08-06
  temperature: 0.2
  max_output_tokens: 800
  fallback_provider: anthropic
  fallback: claude-3-5-sonnet-20241022
`
const SUMMARIZE_TS = `import OpenAI from 'openai'

const client = new OpenAI()

/** Summarises a support ticket for the triage queue. */
export async function summarize(ticket: string): Promise<string> {
  const response = await client.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'system', content: 'Summarise the support ticket in two sentences.' },
      { role: 'user', content: ticket }
    ]
  })
  return response.choices[0]?.message.content ?? ''
}
`
const UTILS_BASE = `export const chunk = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
`
const UTIL_HEAD = UTILS_BASE.replace('export const sleep', 'export const delay')
const OLD_JS = `// Legacy feature-store client, superseded by src/feature-store.ts.
const http = require('node:http')

module.exports.fetchFeatures = function fetchFeatures(entityId, callback) {
  http.get('http://feature-store.internal/v1/features/' + entityId, (res) => {
    let body = ''
    res.on('data', (chunk) => (body += chunk))
    res.on('end', () => callback(null, JSON.parse(body)))
  }).on('error', callback)
}
`
const ML_FILES: Record<string, string> = {
  '.github/ai-inventory.yml': INVENTORY_BASE,
  '.github/workflows/ci.yml': CI_BASE,
  'README.md': '# ml-platform\n\nTraining pipelines, model registry and the ML console.\n',
  'package-lock.json': mlPackageLock(ML_DEPENDENCIES, {}),
  'package.json': mlPackageJson(ML_DEPENDENCIES),
  'requirements.txt': 'numpy==1.26.4\npandas==2.2.2\n',
  'src/old.js': OLD_JS,
  'src/utils.ts': UTILS_BASE
}
/** \`openai\` lands between express and pino, so it is line 12 of package.json at head. */
const ML_HEAD_DEPENDENCIES = {
  express: '^4.21.1',
  openai: '^4.67.0',
  pino: '^9.5.0',
  zod: '^3.23.8'
}

const PAYMENTS_README = `# payments-api

Card and bank payments for acme-corp: authorisation, capture, refunds and settlement.

## Running locally

    docker compose up -d postgres
    npm run dev
`
const MESSAGES_BASE = `export const CHECKOUT_ERRORS = {
  cardDeclined: 'Your card was declined. Please try another payment method.',
  addressInvalid: 'We could not verify this adress.',
  network: 'Something went wrong. Please try again.'
}
`

function addDemoPullRequests(repos: SimRepo[], t: number): void {
  const find = (name: string) => repos.find((r) => r.name === name)!
  /** An open PR branches from the default branch's latest merge. */
  const open = (repo: SimRepo, pr: Omit<SimPullRequest, 'mergedAt' | 'mergedBy' | 'mergeCommitOid'>) => {
    const tip = repo.pullRequests
      .filter((p) => p.mergedAt && p.baseRefName === repo.defaultBranch)
      .sort((a, b) => a.mergedAt!.localeCompare(b.mergedAt!))
      .at(-1)
    repo.pullRequests.push({
      mergedAt: null,
      mergedBy: null,
      mergeCommitOid: null,
      baseRefOid: tip?.mergeCommitOid ?? fakeOid(repo.name, repo.defaultBranch),
      ...pr
    })
  }

  // An "AI drift" PR: new LLM dependencies and a model config, with no inventory entry for either
  // vendor, and a workflow that widens permissions and adds an unpinned third-party action.
  const ml = find('ml-platform')
  ml.files = { ...ML_FILES }
  open(ml, {
    number: 901,
    title: 'Summarise support tickets with GPT-4o',
    author: 'dana-ml',
    createdAt: isoAt(t - 2 * HOUR),
    baseRefName: 'main',
    headRefOid: fakeOid('ml-platform', 901, 'head'),
    reviews: [],
    comments: [
      {
        author: 'raj-patel',
        body: 'Do we have a DPIA for sending ticket text to OpenAI?',
        createdAt: isoAt(t - 90 * 60_000)
      }
    ],
    changedFiles: [
      {
        filename: '.github/ai-inventory.yml',
        status: 'modified',
        baseContent: INVENTORY_BASE,
        headContent: INVENTORY_HEAD
      },
      {
        filename: '.github/workflows/ci.yml',
        status: 'modified',
        baseContent: CI_BASE,
        headContent: CI_HEAD
      },
      { filename: 'config/models.yaml', status: 'added', headContent: MODELS_YAML },
      {
        filename: 'package-lock.json',
        status: 'modified',
        baseContent: ML_FILES['package-lock.json'],
        headContent: mlPackageLock(ML_HEAD_DEPENDENCIES, {
          // Synthetic: pulled in transitively through openai's entry, not declared in package.json.
          'node_modules/@anthropic-ai/sdk': lockEntry('@anthropic-ai/sdk', '0.32.1', { license: 'MIT' }),
          'node_modules/openai': lockEntry('openai', '4.67.3', {
            license: 'Apache-2.0',
            dependencies: { '@anthropic-ai/sdk': '^0.32.1' },
            bin: { openai: 'bin/cli' }
          })
        })
      },
      {
        filename: 'package.json',
        status: 'modified',
        baseContent: ML_FILES['package.json'],
        headContent: mlPackageJson(ML_HEAD_DEPENDENCIES)
      },
      {
        filename: 'requirements.txt',
        status: 'modified',
        baseContent: ML_FILES['requirements.txt'],
        headContent: 'anthropic==0.39.0\nnumpy==1.26.4\npandas==2.2.3\n'
      },
      { filename: 'src/old.js', status: 'removed', baseContent: OLD_JS },
      { filename: 'src/summarize.ts', status: 'added', headContent: SUMMARIZE_TS },
      {
        filename: 'src/util.ts',
        status: 'renamed',
        previousFilename: 'src/utils.ts',
        baseContent: UTILS_BASE,
        headContent: UTIL_HEAD
      }
    ]
  })

  // A clean PR: documentation only.
  const payments = find('payments-api')
  payments.files = { 'README.md': PAYMENTS_README }
  open(payments, {
    number: 902,
    title: 'README: local development with docker compose',
    author: 'priya-raman',
    createdAt: isoAt(t - 90 * 60_000),
    baseRefName: 'main',
    headRefOid: fakeOid('payments-api', 902, 'head'),
    reviews: [],
    changedFiles: [
      {
        filename: 'README.md',
        status: 'modified',
        baseContent: PAYMENTS_README,
        headContent: PAYMENTS_README.replace(
          '    npm run dev\n',
          '    npm run dev\n\nThe API listens on http://localhost:8080; see docs/api.md for the routes.\n'
        )
      }
    ]
  })

  // A fork PR: its GITHUB_TOKEN is read-only, so the action can neither write a check run nor comment.
  const web = find('web-frontend')
  web.files = { 'src/checkout/messages.ts': MESSAGES_BASE }
  open(web, {
    number: 903,
    title: 'Fix typo in checkout address error',
    author: 'outside-contributor',
    createdAt: isoAt(t - 50 * 60_000),
    baseRefName: 'main',
    headRefOid: fakeOid('outside-contributor/web-frontend', 903, 'head'),
    headRepoFullName: 'outside-contributor/web-frontend',
    reviews: [],
    changedFiles: [
      {
        filename: 'src/checkout/messages.ts',
        status: 'modified',
        baseContent: MESSAGES_BASE,
        headContent: MESSAGES_BASE.replace('adress', 'address')
      }
    ]
  })
}

/** The base commit the simulator reports for a pull request. */
export function pullBaseOid(repo: SimRepo, pr: SimPullRequest): string {
  return (
    pr.baseRefOid ?? createHash('sha1').update(`${repo.owner}/${repo.name}:${pr.baseRefName}`).digest('hex')
  )
}
/** The head branch name the simulator reports for a pull request. */
export const pullHeadRef = (pr: SimPullRequest) => `feature/pr-${pr.number}`

/** The \`pull_request\` webhook payload GitHub writes to GITHUB_EVENT_PATH for a PR of the model. */
export function demoPullRequestEvent(
  org: SimOrg,
  repoName: string,
  number: number,
  action: 'opened' | 'synchronize' | 'reopened' = 'opened'
): Record<string, unknown> {
  const repo = org.repos.find((r) => r.name.toLowerCase() === repoName.toLowerCase())
  const pr = repo?.pullRequests.find((p) => p.number === number)
  if (!repo || !pr) throw new Error(`No pull request ${org.login}/${repoName}#${number} in the model`)
  const full = `${repo.owner}/${repo.name}`
  const headFull = pr.headRepoFullName ?? full
  const headOwner = headFull.split('/')[0]!
  const account = (login: string, type = 'User') => ({ login, type })
  const repository = {
    id: repo.id,
    name: repo.name,
    full_name: full,
    private: repo.private,
    owner: account(repo.owner, 'Organization'),
    html_url: `https://github.com/${full}`,
    fork: false,
    default_branch: repo.defaultBranch
  }
  const headRepository =
    headFull === full
      ? repository
      : {
          id: Number.parseInt(fakeOid(headFull).slice(0, 8), 16),
          name: headFull.split('/')[1]!,
          full_name: headFull,
          private: false,
          owner: account(headOwner),
          html_url: `https://github.com/${headFull}`,
          fork: true,
          default_branch: repo.defaultBranch
        }
  const changed = pr.changedFiles ?? []
  return {
    action,
    number: pr.number,
    ...(action === 'synchronize' && {
      before: fakeOid(repo.name, pr.number, 'previous'),
      after: pr.headRefOid
    }),
    pull_request: {
      url: `https://api.github.com/repos/${full}/pulls/${pr.number}`,
      id: repo.id * 10_000 + pr.number,
      number: pr.number,
      html_url: `https://github.com/${full}/pull/${pr.number}`,
      state: pr.mergedAt || pr.closedAt ? 'closed' : 'open',
      title: pr.title,
      user: account(pr.author, pr.author.endsWith('[bot]') ? 'Bot' : 'User'),
      body: null,
      draft: false,
      created_at: pr.createdAt,
      updated_at: pr.createdAt,
      merged: !!pr.mergedAt,
      head: {
        label: `${headOwner}:${pullHeadRef(pr)}`,
        ref: pullHeadRef(pr),
        sha: pr.headRefOid,
        repo: headRepository
      },
      base: {
        label: `${repo.owner}:${pr.baseRefName}`,
        ref: pr.baseRefName,
        sha: pullBaseOid(repo, pr),
        repo: repository
      },
      author_association: headFull === full ? 'MEMBER' : 'FIRST_TIME_CONTRIBUTOR',
      changed_files: changed.length
    },
    repository,
    organization: { login: org.login, id: org.id },
    sender: account(pr.author)
  }
}

// ---------------------------------------------------------------------------------------------
// Large synthetic organisations for benchmarks

/** mulberry32: small, fast, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let x = a
    x = Math.imul(x ^ (x >>> 15), x | 1)
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61)
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = ['ana', 'ben', 'chen', 'dara', 'eli', 'fatima', 'georg', 'hana', 'ivan', 'jo', 'kofi', 'lea']
const LAST = ['silva', 'novak', 'kim', 'okoro', 'berg', 'rossi', 'tanaka', 'walsh', 'haddad', 'moreno']
const KINDS = ['api', 'worker', 'web', 'lib', 'infra', 'data', 'ml', 'tools', 'gateway', 'cli']

/** Deterministic for a given (repoCount, now, seed). */
export function syntheticOrg(repoCount: number, now: Date, seed = 42): SimOrg {
  const rnd = prng(seed)
  const int = (n: number) => Math.floor(rnd() * n)
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!
  const login = 'synthetic-corp'
  const people = FIRST.flatMap((f) => LAST.map((l) => `${f}-${l}`))
  const t = now.getTime()
  // Weighted towards the middle, as real alert populations are.
  const severities = 'critical high high medium medium medium low low'.split(' ') as SimAlert['severity'][]

  const repos = Array.from({ length: repoCount }, (_, i): SimRepo => {
    const name = `${pick(KINDS)}-${String(i + 1).padStart(4, '0')}`
    // Protection mix: 45% org ruleset, 20% classic, 15% weak repo ruleset, 20% none.
    const p = rnd()
    const rules =
      p < 0.45
        ? productionRuleset(login, ['ci'])
        : p >= 0.65 && p < 0.8
          ? [pullRequestRule(1, repoSource(login, name, 6_000_000 + i))]
          : []
    const classicProtection =
      p >= 0.45 && p < 0.65
        ? classic({ requiredApprovingReviewCount: 1 + int(2), allowForcePushes: rnd() < 0.1 })
        : null

    const prs: PrSpec[] = []
    const addPr = (mergedHoursAgo: number) => {
      const author = pick(people)
      const reviewer = pick(people.filter((x) => x !== author))
      const r = rnd()
      prs.push({
        title: `Change ${prs.length + 1} to ${name}`,
        author,
        mergedHoursAgo,
        approvedBy: r < 0.8 ? [reviewer] : r < 0.87 ? [author] : [],
        earlierReviews: r >= 0.95 ? [[reviewer, 'COMMENTED']] : []
      })
    }
    // Archived repositories take no new changes.
    const archived = rnd() < 0.05
    if (!archived) for (let n = int(6); n > 0; n--) addPr(rnd() * 23.5)
    for (let n = int(6); n > 0; n--) addPr(24 + rnd() * 119 * 24)

    const alerts: SimAlert[] = []
    for (let n = int(5) + int(3); n > 0; n--) {
      const state = alerts.length < 4 && rnd() < 0.75 ? 'open' : pick(['fixed', 'dismissed'] as const)
      alerts.push(
        buildAlert(name, alerts.length + 1, pick(severities), t - rnd() * 120 * DAY, int(PACKAGES.length), {
          state
        })
      )
    }
    const secretScanning = rnd() < 0.8
    const defaultBranch = rnd() < 0.9 ? 'main' : 'master'
    return {
      owner: login,
      name,
      id: 700_000_000 + i,
      private: rnd() < 0.85,
      archived,
      defaultBranch,
      dependabotAlertsEnabled: rnd() < 0.92,
      secretScanning,
      pushProtection: secretScanning && rnd() < 0.7,
      dependabotSecurityUpdates: rnd() < 0.6,
      rules,
      classicProtection,
      alerts,
      pullRequests: buildPrs(name, defaultBranch, now, prs)
    }
  })
  return { login, id: 55_500_000 + (seed % 1000), repos }
}
