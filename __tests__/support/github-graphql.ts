/**
 * The GraphQL half of the simulator: a faithful subset of GitHub's public schema executed by the
 * real `graphql` engine over the synthetic model, plus GitHub's cost rule and error format.
 */
import { createHash } from 'node:crypto'
import {
  buildSchema,
  executeSync,
  getOperationAST,
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode
} from 'graphql'
import {
  defaultBranchHistory,
  type SimAlert,
  type SimBypassActor,
  type SimOrg,
  type SimPullRequest,
  type SimRepo,
  type SimReview
} from './github-model.js'
import { defaultGovernance, defaultRepoAccess, type SimCollaborator } from './github-org-sim.js'

const SDL = /* GraphQL */ `
  scalar DateTime
  scalar URI
  scalar GitObjectID
  scalar GitTimestamp

  type Query {
    rateLimit(dryRun: Boolean = false): RateLimit
    viewer: User!
    repository(owner: String!, name: String!, followRenames: Boolean = true): Repository
    # docs.github.com/graphql/reference/queries#node: "Fetches an object given its ID."
    node(id: ID!): Node
    organization(login: String!): Organization
    search(
      query: String!
      type: SearchType!
      first: Int
      after: String
      last: Int
      before: String
    ): SearchResultItemConnection!
  }

  type RateLimit {
    cost: Int!
    limit: Int!
    nodeCount: Int!
    remaining: Int!
    resetAt: DateTime!
    used: Int!
  }
  type PageInfo {
    endCursor: String
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
  }
  enum OrderDirection {
    ASC
    DESC
  }

  interface Node {
    id: ID!
  }
  interface Actor {
    avatarUrl(size: Int): URI!
    login: String!
    resourcePath: URI!
    url: URI!
  }
  interface RepositoryOwner {
    avatarUrl(size: Int): URI!
    id: ID!
    login: String!
    resourcePath: URI!
    url: URI!
  }
  interface GitObject {
    abbreviatedOid: String!
    id: ID!
    oid: GitObjectID!
  }

  type User implements Node & Actor {
    avatarUrl(size: Int): URI!
    databaseId: Int
    id: ID!
    login: String!
    name: String
    resourcePath: URI!
    url: URI!
  }
  type Bot implements Node & Actor {
    avatarUrl(size: Int): URI!
    databaseId: Int
    id: ID!
    login: String!
    resourcePath: URI!
    url: URI!
  }
  type Organization implements Node & Actor & RepositoryOwner {
    avatarUrl(size: Int): URI!
    databaseId: Int
    id: ID!
    login: String!
    name: String
    resourcePath: URI!
    url: URI!
    repository(name: String!, followRenames: Boolean = true): Repository
    repositories(
      first: Int
      after: String
      last: Int
      before: String
      privacy: RepositoryPrivacy
      isArchived: Boolean
      isFork: Boolean
      orderBy: RepositoryOrder
    ): RepositoryConnection!
  }

  enum RepositoryPrivacy {
    PRIVATE
    PUBLIC
  }
  enum RepositoryVisibility {
    INTERNAL
    PRIVATE
    PUBLIC
  }
  enum RepositoryOrderField {
    CREATED_AT
    NAME
    PUSHED_AT
    STARGAZERS
    UPDATED_AT
  }
  input RepositoryOrder {
    direction: OrderDirection!
    field: RepositoryOrderField!
  }
  type RepositoryConnection {
    edges: [RepositoryEdge]
    nodes: [Repository]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type RepositoryEdge {
    cursor: String!
    node: Repository
  }

  type Repository implements Node {
    id: ID!
    databaseId: Int
    name: String!
    nameWithOwner: String!
    owner: RepositoryOwner!
    url: URI!
    resourcePath: URI!
    visibility: RepositoryVisibility!
    isArchived: Boolean!
    isDisabled: Boolean!
    isFork: Boolean!
    isPrivate: Boolean!
    createdAt: DateTime!
    updatedAt: DateTime!
    pushedAt: DateTime
    archivedAt: DateTime
    defaultBranchRef: Ref
    hasVulnerabilityAlertsEnabled: Boolean!
    vulnerabilityAlerts(
      first: Int
      after: String
      last: Int
      before: String
      states: [RepositoryVulnerabilityAlertState!]
      dependencyScopes: [RepositoryVulnerabilityAlertDependencyScope!]
    ): RepositoryVulnerabilityAlertConnection
    pullRequest(number: Int!): PullRequest
    pullRequests(
      first: Int
      after: String
      last: Int
      before: String
      states: [PullRequestState!]
      baseRefName: String
      headRefName: String
      orderBy: IssueOrder
    ): PullRequestConnection!
    # docs.github.com/graphql/reference/objects#repository: collaborators (null for viewers without push access),
    # deployKeys, environments, codeowners (null without a CODEOWNERS file), isSecurityPolicyEnabled.
    isSecurityPolicyEnabled: Boolean
    collaborators(
      affiliation: CollaboratorAffiliation
      first: Int
      after: String
      last: Int
      before: String
      login: String
      query: String
    ): RepositoryCollaboratorConnection
    deployKeys(first: Int, after: String, last: Int, before: String): DeployKeyConnection!
    environments(
      first: Int
      after: String
      last: Int
      before: String
      names: [String!]
    ): EnvironmentConnection!
    codeowners(refName: String): RepositoryCodeowners
    # docs.github.com/graphql/reference/objects#repository: "rulesets: A list of rulesets for this repository",
    # includeParents "Return rulesets configured at higher levels that apply to this repository" (default true).
    rulesets(
      first: Int
      after: String
      last: Int
      before: String
      includeParents: Boolean = true
      targets: [RepositoryRulesetTarget!]
    ): RepositoryRulesetConnection
  }
  # docs.github.com/graphql/reference/objects#repositoryruleset and #repositoryrule, enums
  # RuleEnforcement, RepositoryRulesetTarget, RepositoryRuleType; union RuleSource (Enterprise, Organization,
  # Repository) and RuleParameters (per rule type; null for rules without parameters such as DELETION).
  enum RuleEnforcement {
    ACTIVE
    DISABLED
    EVALUATE
  }
  enum RepositoryRulesetTarget {
    BRANCH
    PUSH
    REPOSITORY
    TAG
  }
  enum RepositoryRuleType {
    BRANCH_NAME_PATTERN
    CODE_SCANNING
    COMMITTER_EMAIL_PATTERN
    COMMIT_AUTHOR_EMAIL_PATTERN
    COMMIT_MESSAGE_PATTERN
    CREATION
    DELETION
    MERGE_QUEUE
    NON_FAST_FORWARD
    PULL_REQUEST
    REQUIRED_DEPLOYMENTS
    REQUIRED_LINEAR_HISTORY
    REQUIRED_SIGNATURES
    REQUIRED_STATUS_CHECKS
    TAG_NAME_PATTERN
    UPDATE
    WORKFLOWS
  }
  type Enterprise implements Node {
    id: ID!
    name: String!
    slug: String!
  }
  union RuleSource = Enterprise | Organization | Repository
  type RepositoryRulesetConnection {
    edges: [RepositoryRulesetEdge]
    nodes: [RepositoryRuleset]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type RepositoryRulesetEdge {
    cursor: String!
    node: RepositoryRuleset
  }
  type RepositoryRuleset implements Node {
    id: ID!
    databaseId: Int
    name: String!
    enforcement: RuleEnforcement!
    target: RepositoryRulesetTarget
    source: RuleSource!
    conditions: RepositoryRuleConditions!
    rules(
      first: Int
      after: String
      last: Int
      before: String
      type: RepositoryRuleType
    ): RepositoryRuleConnection
    bypassActors(first: Int, after: String, last: Int, before: String): RepositoryRulesetBypassActorConnection
    createdAt: DateTime!
    updatedAt: DateTime!
  }
  # docs.github.com/graphql/reference/objects#repositoryrulesetbypassactor and enum
  # RepositoryRulesetBypassActorBypassMode (ALWAYS, EXEMPT, PULL_REQUEST); union BypassActor (App, Team).
  type RepositoryRulesetBypassActorConnection {
    nodes: [RepositoryRulesetBypassActor]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  enum RepositoryRulesetBypassActorBypassMode {
    ALWAYS
    EXEMPT
    PULL_REQUEST
  }
  union BypassActor = App | Team
  type RepositoryRulesetBypassActor implements Node {
    id: ID!
    actor: BypassActor
    bypassMode: RepositoryRulesetBypassActorBypassMode
    deployKey: Boolean!
    enterpriseOwner: Boolean!
    organizationAdmin: Boolean!
    repositoryRoleDatabaseId: Int
    repositoryRoleName: String
  }
  type RepositoryRuleConditions {
    refName: RefNameConditionTarget
    repositoryName: RepositoryNameConditionTarget
    repositoryId: RepositoryIdConditionTarget
    repositoryProperty: RepositoryPropertyConditionTarget
  }
  type RefNameConditionTarget {
    exclude: [String!]!
    include: [String!]!
  }
  type RepositoryNameConditionTarget {
    exclude: [String!]!
    include: [String!]!
    protected: Boolean!
  }
  type RepositoryIdConditionTarget {
    repositoryIds: [ID!]!
  }
  type PropertyTargetDefinition {
    name: String!
    propertyValues: [String!]!
    source: String
  }
  type RepositoryPropertyConditionTarget {
    exclude: [PropertyTargetDefinition!]!
    include: [PropertyTargetDefinition!]!
  }
  type RepositoryRuleConnection {
    edges: [RepositoryRuleEdge]
    nodes: [RepositoryRule]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type RepositoryRuleEdge {
    cursor: String!
    node: RepositoryRule
  }
  type RepositoryRule implements Node {
    id: ID!
    type: RepositoryRuleType!
    parameters: RuleParameters
  }
  union RuleParameters = PullRequestParameters | RequiredStatusChecksParameters
  enum PullRequestAllowedMergeMethods {
    MERGE
    REBASE
    SQUASH
  }
  type PullRequestParameters {
    allowedMergeMethods: [PullRequestAllowedMergeMethods!]
    dismissStaleReviewsOnPush: Boolean!
    requireCodeOwnerReview: Boolean!
    requireLastPushApproval: Boolean!
    requiredApprovingReviewCount: Int!
    requiredReviewThreadResolution: Boolean!
  }
  type StatusCheckConfiguration {
    context: String!
    integrationId: Int
  }
  type RequiredStatusChecksParameters {
    doNotEnforceOnCreate: Boolean!
    requiredStatusChecks: [StatusCheckConfiguration!]!
    strictRequiredStatusChecksPolicy: Boolean!
  }
  # docs.github.com/graphql/reference/objects#branchprotectionrule (the classic rule GitHub applies to a ref:
  # Ref.branchProtectionRule) and #bypasspullrequestallowance (actor: union BranchActorAllowanceActor).
  type App implements Node {
    id: ID!
    databaseId: Int
    name: String!
    slug: String!
  }
  type Team implements Node {
    id: ID!
    databaseId: Int
    name: String!
    slug: String!
  }
  union BranchActorAllowanceActor = App | Team | User
  type BypassPullRequestAllowance implements Node {
    id: ID!
    actor: BranchActorAllowanceActor
  }
  type BypassPullRequestAllowanceConnection {
    edges: [BypassPullRequestAllowanceEdge]
    nodes: [BypassPullRequestAllowance]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type BypassPullRequestAllowanceEdge {
    cursor: String!
    node: BypassPullRequestAllowance
  }
  type RequiredStatusCheckDescription {
    app: App
    context: String!
  }
  type BranchProtectionRule implements Node {
    id: ID!
    databaseId: Int
    pattern: String!
    allowsDeletions: Boolean!
    allowsForcePushes: Boolean!
    blocksCreations: Boolean!
    dismissesStaleReviews: Boolean!
    isAdminEnforced: Boolean!
    lockAllowsFetchAndMerge: Boolean!
    lockBranch: Boolean!
    requireLastPushApproval: Boolean!
    requiredApprovingReviewCount: Int
    requiredStatusCheckContexts: [String]
    requiredStatusChecks: [RequiredStatusCheckDescription!]
    requiresApprovingReviews: Boolean!
    requiresCodeOwnerReviews: Boolean!
    requiresCommitSignatures: Boolean!
    requiresConversationResolution: Boolean!
    requiresLinearHistory: Boolean!
    requiresStatusChecks: Boolean!
    requiresStrictStatusChecks: Boolean!
    bypassPullRequestAllowances(
      first: Int
      after: String
      last: Int
      before: String
    ): BypassPullRequestAllowanceConnection!
  }
  enum CollaboratorAffiliation {
    ALL
    DIRECT
    OUTSIDE
  }
  enum RepositoryPermission {
    ADMIN
    MAINTAIN
    READ
    TRIAGE
    WRITE
  }
  type RepositoryCollaboratorConnection {
    edges: [RepositoryCollaboratorEdge]
    nodes: [User]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type RepositoryCollaboratorEdge {
    cursor: String!
    node: User!
    permission: RepositoryPermission!
  }
  type DeployKeyConnection {
    edges: [DeployKeyEdge]
    nodes: [DeployKey]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type DeployKeyEdge {
    cursor: String!
    node: DeployKey
  }
  type DeployKey implements Node {
    createdAt: DateTime!
    id: ID!
    key: String!
    readOnly: Boolean!
    title: String!
    verified: Boolean!
  }
  type EnvironmentConnection {
    edges: [EnvironmentEdge]
    nodes: [Environment]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type EnvironmentEdge {
    cursor: String!
    node: Environment
  }
  type Environment implements Node {
    databaseId: Int
    id: ID!
    name: String!
    protectionRules(first: Int, after: String, last: Int, before: String): DeploymentProtectionRuleConnection!
  }
  enum DeploymentProtectionRuleType {
    BRANCH_POLICY
    REQUIRED_REVIEWERS
    WAIT_TIMER
  }
  type DeploymentProtectionRuleConnection {
    edges: [DeploymentProtectionRuleEdge]
    nodes: [DeploymentProtectionRule]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type DeploymentProtectionRuleEdge {
    cursor: String!
    node: DeploymentProtectionRule
  }
  type DeploymentProtectionRule {
    databaseId: Int
    preventSelfReview: Boolean
    timeout: Int!
    type: DeploymentProtectionRuleType!
  }
  type RepositoryCodeowners {
    errors: [RepositoryCodeownersError!]!
  }
  type RepositoryCodeownersError {
    column: Int!
    kind: String!
    line: Int!
    message: String!
    path: String!
    source: String!
    suggestion: String
  }
  type Ref implements Node {
    id: ID!
    name: String!
    prefix: String!
    target: GitObject
    branchProtectionRule: BranchProtectionRule
  }
  # Commit, GitActor, CommitHistoryConnection, PullRequestOrder as in GitHub's public schema
  # (docs.github.com/en/graphql/reference/objects#commit): history is non-null with nullable items,
  # associatedPullRequests is nullable ("The merged Pull Request that introduced the commit to the
  # repository. If the commit is not present in the default branch, additionally returns open Pull
  # Requests associated with the commit").
  type Commit implements Node & GitObject {
    abbreviatedOid: String!
    commitUrl: URI!
    id: ID!
    oid: GitObjectID!
    url: URI!
    committedDate: DateTime!
    authoredDate: DateTime!
    message: String!
    messageHeadline: String!
    author: GitActor
    committer: GitActor
    parents(first: Int, after: String, last: Int, before: String): CommitConnection!
    history(
      first: Int
      after: String
      last: Int
      before: String
      path: String
      since: GitTimestamp
      until: GitTimestamp
    ): CommitHistoryConnection!
    associatedPullRequests(
      first: Int
      after: String
      last: Int
      before: String
      orderBy: PullRequestOrder
    ): PullRequestConnection
  }
  type GitActor {
    avatarUrl(size: Int): URI!
    date: GitTimestamp
    email: String
    name: String
    user: User
  }
  type CommitConnection {
    edges: [CommitEdge]
    nodes: [Commit]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type CommitHistoryConnection {
    edges: [CommitEdge]
    nodes: [Commit]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type CommitEdge {
    cursor: String!
    node: Commit
  }
  enum PullRequestOrderField {
    CREATED_AT
    UPDATED_AT
  }
  input PullRequestOrder {
    direction: OrderDirection!
    field: PullRequestOrderField!
  }

  enum RepositoryVulnerabilityAlertState {
    AUTO_DISMISSED
    DISMISSED
    FIXED
    OPEN
  }
  enum RepositoryVulnerabilityAlertDependencyScope {
    DEVELOPMENT
    RUNTIME
  }
  enum SecurityAdvisorySeverity {
    CRITICAL
    HIGH
    LOW
    MODERATE
  }
  enum SecurityAdvisoryEcosystem {
    ACTIONS
    COMPOSER
    ERLANG
    GO
    MAVEN
    NPM
    NUGET
    PIP
    PUB
    RUBYGEMS
    RUST
    SWIFT
  }
  type RepositoryVulnerabilityAlertConnection {
    edges: [RepositoryVulnerabilityAlertEdge]
    nodes: [RepositoryVulnerabilityAlert]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type RepositoryVulnerabilityAlertEdge {
    cursor: String!
    node: RepositoryVulnerabilityAlert
  }
  type RepositoryVulnerabilityAlert implements Node {
    id: ID!
    number: Int!
    state: RepositoryVulnerabilityAlertState!
    createdAt: DateTime!
    fixedAt: DateTime
    dismissedAt: DateTime
    autoDismissedAt: DateTime
    dismissReason: String
    dependencyScope: RepositoryVulnerabilityAlertDependencyScope
    vulnerableManifestPath: String!
    vulnerableManifestFilename: String!
    vulnerableRequirements: String
    securityVulnerability: SecurityVulnerability
    securityAdvisory: SecurityAdvisory
    repository: Repository!
  }
  type SecurityVulnerability {
    advisory: SecurityAdvisory!
    firstPatchedVersion: SecurityAdvisoryPackageVersion
    package: SecurityAdvisoryPackage!
    severity: SecurityAdvisorySeverity!
    updatedAt: DateTime!
    vulnerableVersionRange: String!
  }
  type SecurityAdvisoryPackage {
    ecosystem: SecurityAdvisoryEcosystem!
    name: String!
  }
  type SecurityAdvisoryPackageVersion {
    identifier: String!
  }
  type SecurityAdvisoryIdentifier {
    type: String!
    value: String!
  }
  type SecurityAdvisory implements Node {
    id: ID!
    ghsaId: String!
    summary: String!
    description: String!
    severity: SecurityAdvisorySeverity!
    permalink: URI
    publishedAt: DateTime!
    updatedAt: DateTime!
    withdrawnAt: DateTime
    identifiers: [SecurityAdvisoryIdentifier!]!
  }

  enum PullRequestState {
    CLOSED
    MERGED
    OPEN
  }
  enum PullRequestReviewState {
    APPROVED
    CHANGES_REQUESTED
    COMMENTED
    DISMISSED
    PENDING
  }
  enum PullRequestReviewDecision {
    APPROVED
    CHANGES_REQUESTED
    REVIEW_REQUIRED
  }
  enum CommentAuthorAssociation {
    COLLABORATOR
    CONTRIBUTOR
    FIRST_TIMER
    FIRST_TIME_CONTRIBUTOR
    MANNEQUIN
    MEMBER
    NONE
    OWNER
  }
  enum IssueOrderField {
    COMMENTS
    CREATED_AT
    UPDATED_AT
  }
  input IssueOrder {
    direction: OrderDirection!
    field: IssueOrderField!
  }
  type PullRequestConnection {
    edges: [PullRequestEdge]
    nodes: [PullRequest]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type PullRequestEdge {
    cursor: String!
    node: PullRequest
  }
  type PullRequest implements Node {
    id: ID!
    databaseId: Int
    number: Int!
    title: String!
    url: URI!
    resourcePath: URI!
    state: PullRequestState!
    createdAt: DateTime!
    updatedAt: DateTime!
    closedAt: DateTime
    mergedAt: DateTime
    merged: Boolean!
    closed: Boolean!
    isDraft: Boolean!
    baseRefName: String!
    headRefName: String!
    headRefOid: GitObjectID!
    author: Actor
    mergedBy: Actor
    mergeCommit: Commit
    repository: Repository!
    reviewDecision: PullRequestReviewDecision
    reviews(
      first: Int
      after: String
      last: Int
      before: String
      states: [PullRequestReviewState!]
      author: String
    ): PullRequestReviewConnection
  }
  type PullRequestReviewConnection {
    edges: [PullRequestReviewEdge]
    nodes: [PullRequestReview]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type PullRequestReviewEdge {
    cursor: String!
    node: PullRequestReview
  }
  type PullRequestReview implements Node {
    id: ID!
    databaseId: Int
    author: Actor
    authorAssociation: CommentAuthorAssociation!
    state: PullRequestReviewState!
    createdAt: DateTime!
    submittedAt: DateTime
    commit: Commit
    url: URI!
  }

  enum SearchType {
    DISCUSSION
    ISSUE
    ISSUE_ADVANCED
    REPOSITORY
    USER
  }
  union SearchResultItem = Organization | PullRequest | Repository | User
  type SearchResultItemConnection {
    codeCount: Int!
    discussionCount: Int!
    issueCount: Int!
    repositoryCount: Int!
    userCount: Int!
    wikiCount: Int!
    edges: [SearchResultItemEdge]
    nodes: [SearchResultItem]
    pageInfo: PageInfo!
  }
  type SearchResultItemEdge {
    cursor: String!
    node: SearchResultItem
  }
`

const schema = buildSchema(SDL)

export interface RepoHit {
  org: SimOrg
  repo: SimRepo
}
/** What the GraphQL layer needs from the simulator. */
export interface GraphqlWorld {
  findRepo(owner: string, name: string): RepoHit | undefined
  findOrg(login: string): SimOrg | undefined
  orgs: SimOrg[]
  /** The login the request's token acts as (for installation tokens the App's bot, `github-actions[bot]`). */
  viewer?: string
  /** Charges `cost` points if affordable and returns the budget after the charge, or undefined. */
  charge(cost: number): { limit: number; remaining: number; used: number; resetAt: Date } | undefined
  /** Fields the token lacks the permission for: they resolve to null with a FORBIDDEN error. */
  forbiddenFields?: string[]
  /** Whether the token has admin rights on the repositories (classic branch protection is readable). */
  admin?: boolean
  /** Organization owner / organization Administration: organization rulesets' bypass lists. Default: `admin`. */
  orgAdmin?: boolean
}
export interface GraphqlOutcome {
  status: number
  body: unknown
  operation?: string
  cost: number
}

const RATE_LIMITED = { type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 1.' }

export function runGraphql(world: GraphqlWorld, rawBody: string): GraphqlOutcome {
  let payload: { query?: unknown; variables?: unknown; operationName?: unknown }
  try {
    payload = JSON.parse(rawBody) as typeof payload
  } catch {
    const body = { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' }
    return { status: 400, body, cost: 0 }
  }
  const operationName = typeof payload.operationName === 'string' ? payload.operationName : undefined
  const variables = (payload.variables ?? {}) as Record<string, unknown>
  const failed = (errors: readonly GraphQLError[], cost = 1): GraphqlOutcome => {
    if (!world.charge(cost)) return { status: 200, body: { errors: [RATE_LIMITED] }, cost: 0 }
    return { status: 200, body: { errors: errors.map(formatError) }, operation: operationName, cost }
  }

  let document: DocumentNode
  try {
    document = parse(typeof payload.query === 'string' ? payload.query : '')
  } catch (e) {
    return failed([e as GraphQLError])
  }
  const invalid = validate(schema, document)
  if (invalid.length > 0) return failed(invalid)
  const operation = getOperationAST(document, operationName)
  if (!operation) return failed([new GraphQLError('No operations or ambiguous operation name.')])

  const { cost, nodeCount } = queryCost(document, operation, variables)
  const budget = world.charge(cost)
  if (!budget)
    return { status: 200, body: { errors: [RATE_LIMITED] }, operation: operation.name?.value, cost: 0 }
  const rateLimit = { ...budget, cost, nodeCount, resetAt: iso(budget.resetAt) }
  const result = executeSync({
    schema,
    document,
    operationName,
    variableValues: variables,
    rootValue: rootResolvers(world, rateLimit)
  })
  const body = result.errors
    ? { data: result.data ?? null, errors: result.errors.map(formatError) }
    : { data: result.data }
  return { status: 200, body, operation: operation.name?.value, cost }
}

/** GitHub puts the error `type` at top level rather than under `extensions`. */
function formatError(e: GraphQLError): Record<string, unknown> {
  const type = e.extensions?.type
  return {
    ...(typeof type === 'string' ? { type } : {}),
    path: e.path,
    locations: e.locations,
    message: e.message
  }
}
const typedError = (type: string, message: string) => new GraphQLError(message, { extensions: { type } })

/**
 * GitHub's rule: every connection costs one request per parent node that could hold it (parents
 * assumed full), the total divided by 100 and rounded, minimum 1 ("Add up the number of requests needed to
 * fulfill each unique connection in the call. Assume every request will reach the first or last argument
 * limits. Divide the number by 100 and round the result to get the final aggregate cost", with the worked
 * example repositories(first: 100) → issues(first: 50) → labels(first: 60): 1 + 100 + 5,000 requests, 51
 * points; docs.github.com/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#calculating-a-rate-limit-score-before-running-the-call).
 */
export function queryCost(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>
): { cost: number; nodeCount: number } {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d])
  )
  const pageSize = (field: FieldNode): number | undefined => {
    for (const arg of field.arguments ?? []) {
      if (arg.name.value !== 'first' && arg.name.value !== 'last') continue
      const v = arg.value
      if (v.kind === Kind.INT) return Number(v.value)
      if (v.kind === Kind.VARIABLE && typeof variables[v.name.value] === 'number')
        return variables[v.name.value] as number
    }
    return undefined
  }
  let requests = 0
  let nodeCount = 0
  const walk = (set: SelectionSetNode | undefined, multiplier: number): void => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        const size = pageSize(sel)
        if (size === undefined) {
          walk(sel.selectionSet, multiplier)
        } else {
          requests += multiplier
          nodeCount += multiplier * size
          walk(sel.selectionSet, multiplier * size)
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, multiplier)
      } else {
        walk(fragments.get(sel.name.value)?.selectionSet, multiplier)
      }
    }
  }
  walk(operation.selectionSet, 1)
  return { cost: Math.max(1, Math.round(requests / 100)), nodeCount }
}

// ---------------------------------------------------------------------------------------------
// Connections

interface ConnArgs {
  first?: number | null
  last?: number | null
  after?: string | null
  before?: string | null
}
const encodeCursor = (i: number) => Buffer.from(`cursor:v2:${i}`).toString('base64')
function decodeCursor(cursor: string): number {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString())
  if (!m) throw typedError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`)
  return Number(m[1])
}

/** `reachable` models GitHub search, which counts every match but serves only the first 1,000. */
function connection<T>(field: string, all: T[], args: ConnArgs, reachable = all.length) {
  const { first, last } = args
  if (first == null && last == null) {
    throw typedError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`
    )
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last]
  ] as const) {
    if (value != null && (value > 100 || value < 0)) {
      throw typedError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${field}\` connection exceeds the \`${name}\` limit of 100 records.`
      )
    }
  }
  const items = all.slice(0, reachable)
  let start = args.after ? decodeCursor(args.after) + 1 : 0
  let end = args.before ? Math.min(decodeCursor(args.before), items.length) : items.length
  if (first != null) end = Math.min(end, start + first)
  if (last != null) start = Math.max(start, end - last)
  const nodes = items.slice(start, Math.max(start, end))
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(start + i), node }))
  const pageInfo = {
    hasNextPage: end < items.length,
    hasPreviousPage: start > 0,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null
  }
  return { totalCount: all.length, nodes, edges, pageInfo }
}

// ---------------------------------------------------------------------------------------------
// Resolvers: plain objects whose function-valued fields graphql-js calls with (args)

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z')
const nodeId = (prefix: string, key: string | number) =>
  `${prefix}_${Buffer.from(String(key)).toString('base64url')}`
const WEB = 'https://github.com'
const SEVERITY = { critical: 'CRITICAL', high: 'HIGH', medium: 'MODERATE', low: 'LOW' } as const

function actor(login: string | null) {
  if (!login) return null
  // A GitHub App's REST login `dependabot[bot]` is the Bot actor `dependabot` in GraphQL.
  const bot = login.endsWith('[bot]')
  const name = bot ? login.slice(0, -'[bot]'.length) : login
  const path = bot ? `/apps/${name}` : `/${name}`
  return {
    __typename: bot ? 'Bot' : 'User',
    id: nodeId(bot ? 'BOT' : 'U', login),
    login: name,
    name: null,
    resourcePath: path,
    url: WEB + path,
    avatarUrl: `https://avatars.githubusercontent.com/${bot ? 'in/29110' : name}`
  }
}

function commit(hit: RepoHit, oid: string | null, world?: GraphqlWorld) {
  if (!oid) return null
  const url = `${WEB}/${hit.repo.owner}/${hit.repo.name}/commit/${oid}`
  const history = defaultBranchHistory(hit.repo)
  const index = history.findIndex((c) => c.oid === oid)
  const known = history[index]
  // Commits off the default branch (PR heads, reviewed commits) are not modelled beyond their oid:
  // they get the PR's times and author, and a history of themselves only.
  const pr = hit.repo.pullRequests.find((p) => p.headRefOid === oid || p.mergeCommitOid === oid)
  const committedAt = known?.committedAt ?? pr?.mergedAt ?? pr?.createdAt ?? '2019-01-01T00:00:00Z'
  const message = known?.message ?? pr?.title ?? 'Commit'
  const gitActor = (login: string | null, name: string) => ({
    name,
    email: login ? `${login}@users.noreply.github.com` : 'noreply@github.com',
    date: committedAt,
    avatarUrl: `https://avatars.githubusercontent.com/${login ?? 'github'}`,
    user: login && !login.endsWith('[bot]') ? actor(login) : null
  })
  const author = known?.author ?? pr?.author ?? null
  return {
    __typename: 'Commit',
    id: nodeId('C', oid),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    url,
    commitUrl: url,
    committedDate: committedAt,
    authoredDate: committedAt,
    message,
    messageHeadline: message.split('\n')[0],
    author: gitActor(author, author ?? 'ghost'),
    committer: known ? gitActor(known.committer, known.committerName) : gitActor(null, 'GitHub'),
    parents: (args: ConnArgs) =>
      connection(
        'parents',
        (known?.parents ?? []).map((parent) => ({
          __typename: 'Commit',
          oid: parent,
          id: nodeId('C', parent)
        })),
        args
      ),
    // `since`/`until` bound the committer date, both inclusive; newest first, like `git log`.
    history: (args: ConnArgs & { since?: string | null; until?: string | null }) => {
      const reachable = index >= 0 ? history.slice(index) : []
      const inWindow = reachable.filter(
        (c) =>
          (args.since == null || Date.parse(c.committedAt) >= Date.parse(args.since)) &&
          (args.until == null || Date.parse(c.committedAt) <= Date.parse(args.until))
      )
      return connection(
        'history',
        inWindow.map((c) => commit(hit, c.oid, world)),
        args
      )
    },
    // The PR whose merge (or head) is this commit; a direct push has none.
    associatedPullRequests: (args: ConnArgs) =>
      connection(
        'associatedPullRequests',
        world
          ? hit.repo.pullRequests
              .filter((p) => p.mergeCommitOid === oid || p.headRefOid === oid)
              .map((p) => prNode(world, hit, p))
          : [],
        args
      )
  }
}

function orgNode(world: GraphqlWorld, org: SimOrg) {
  return {
    __typename: 'Organization',
    id: nodeId('O', org.id),
    databaseId: org.id,
    login: org.login,
    name: org.login,
    resourcePath: `/${org.login}`,
    url: `${WEB}/${org.login}`,
    avatarUrl: `https://avatars.githubusercontent.com/u/${org.id}`,
    repository: ({ name }: { name: string }) => {
      const hit = world.findRepo(org.login, name)
      return hit ? repoNode(world, hit) : null
    },
    repositories: (args: ConnArgs & { privacy?: string; isArchived?: boolean; isFork?: boolean }) => {
      const repos = org.repos.filter(
        (r) =>
          (args.privacy == null || (args.privacy === 'PRIVATE') === r.private) &&
          (args.isArchived == null || args.isArchived === r.archived) &&
          args.isFork !== true
      )
      return connection(
        'repositories',
        repos.map((repo) => repoNode(world, { org, repo })),
        args
      )
    }
  }
}

/** Timestamps a repository does not model directly, derived from its history. */
/**
 * `pushed_at`: "the last time any commit was pushed to the repository" — a PR's head pushed when it was
 * opened, its merge pushed to the base when merged, and every direct push (the REST repository object,
 * docs.github.com/rest/repos/repos#get-a-repository; the collector carries activity forward only when it
 * and the default branch's head are both unchanged, activity-carry.ts).
 */
export function repoTimes(repo: SimRepo): { createdAt: string; pushedAt: string } {
  const times = [
    ...repo.pullRequests.flatMap((p) => [p.createdAt, p.mergedAt ?? p.createdAt]),
    ...(repo.directPushes ?? []).map((d) => d.committedAt)
  ].sort()
  const createdMs = Date.UTC(2019, 0, 1) + (repo.id % 1500) * 86_400_000
  return { createdAt: iso(new Date(createdMs)), pushedAt: times.at(-1) ?? iso(new Date(createdMs)) }
}

function repoNode(world: GraphqlWorld, hit: RepoHit) {
  const { org, repo } = hit
  const full = `${repo.owner}/${repo.name}`
  const { createdAt, pushedAt } = repoTimes(repo)
  const lastMerge = repo.pullRequests.filter((p) => p.mergedAt && p.baseRefName === repo.defaultBranch).at(-1)
  return {
    __typename: 'Repository',
    id: nodeId('R', repo.id),
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: full,
    owner: () => orgNode(world, org),
    url: `${WEB}/${full}`,
    resourcePath: `/${full}`,
    visibility: repo.private ? 'PRIVATE' : 'PUBLIC',
    isArchived: repo.archived,
    isDisabled: false,
    isFork: false,
    isPrivate: repo.private,
    createdAt,
    updatedAt: pushedAt,
    pushedAt,
    archivedAt: repo.archived ? pushedAt : null,
    // An empty repository has no branch: `defaultBranchRef` is null (nullable in the schema).
    defaultBranchRef: repo.empty
      ? null
      : {
          id: nodeId('REF', `${full}:${repo.defaultBranch}`),
          name: repo.defaultBranch,
          prefix: 'refs/heads/',
          target: commit(
            hit,
            defaultBranchHistory(repo)[0]?.oid ?? lastMerge?.mergeCommitOid ?? fakeHead(full),
            world
          ),
          branchProtectionRule: () => classicRuleNode(world, hit)
        },
    rulesets: (args: ConnArgs & { includeParents?: boolean; targets?: string[] | null }) =>
      connection('rulesets', rulesetNodes(world, hit, args.includeParents !== false), args),
    hasVulnerabilityAlertsEnabled: repo.dependabotAlertsEnabled,
    ...accessFields(hit),
    vulnerabilityAlerts: (args: ConnArgs & { states?: string[]; dependencyScopes?: string[] }) => {
      // A token without Dependabot alerts permission: the field is null and `errors` holds
      // {"type":"FORBIDDEN","path":[...,"vulnerabilityAlerts"],"message":"Resource not accessible by integration"}
      // (GitHub's answer to a GitHub App installation token lacking the permission; see
      // https://docs.github.com/graphql/reference/objects#repository, vulnerabilityAlerts).
      if (world.forbiddenFields?.includes('vulnerabilityAlerts'))
        throw typedError('FORBIDDEN', 'Resource not accessible by integration')
      // With alerts disabled GitHub shows none, rather than an error.
      const alerts = repo.dependabotAlertsEnabled ? repo.alerts : []
      const picked = alerts.filter(
        (a) =>
          (!args.states || args.states.includes(a.state.toUpperCase())) &&
          (!args.dependencyScopes || args.dependencyScopes.includes(a.scope.toUpperCase()))
      )
      return connection(
        'vulnerabilityAlerts',
        picked.map((a) => alertNode(world, hit, a)),
        args
      )
    },
    pullRequest: ({ number }: { number: number }) => {
      const pr = repo.pullRequests.find((p) => p.number === number)
      if (!pr)
        throw typedError('NOT_FOUND', `Could not resolve to a PullRequest with the number of ${number}.`)
      return prNode(world, hit, pr)
    },
    pullRequests: (
      args: ConnArgs & {
        states?: string[]
        baseRefName?: string
        headRefName?: string
        orderBy?: { field: string; direction: string }
      }
    ) => {
      const picked = repo.pullRequests.filter(
        (p) =>
          (!args.states || args.states.includes(prState(p))) &&
          (args.baseRefName == null || args.baseRefName === p.baseRefName) &&
          (args.headRefName == null || args.headRefName === headRef(p))
      )
      const key = args.orderBy?.field === 'UPDATED_AT' ? prUpdatedAt : (p: SimPullRequest) => p.createdAt
      const sorted = picked.sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number)
      if (args.orderBy?.direction === 'DESC') sorted.reverse()
      return connection(
        'pullRequests',
        sorted.map((p) => prNode(world, hit, p)),
        args
      )
    }
  }
}

/**
 * The classic branch protection rule of the default branch (docs.github.com/graphql/reference/objects#branchprotectionrule),
 * from the same model the REST `GET .../branches/{branch}/protection` renders. GitHub documents branch protection as
 * readable only with admin rights ("Administration" read); for other viewers the simulator answers null, and the
 * collector does not rely on this field for them (it reads REST, whose 403 is documented).
 */
function classicRuleNode(world: GraphqlWorld, { repo }: RepoHit) {
  const p = repo.classicProtection
  if (!p || repo.planWithoutProtection || world.admin === false) return null
  const full = `${repo.owner}/${repo.name}`
  const allowances = p.bypassPullRequestAllowances
  const actors = [
    ...(allowances?.users ?? []).map((login) => ({ ...actor(login), databaseId: numericKey(login) })),
    ...(allowances?.teams ?? []).map((slug) => ({
      __typename: 'Team',
      id: nodeId('T', slug),
      databaseId: numericKey(`team:${slug}`),
      name: slug,
      slug
    })),
    ...(allowances?.apps ?? []).map((slug) => ({
      __typename: 'App',
      id: nodeId('A', slug),
      databaseId: numericKey(`app:${slug}`),
      name: slug,
      slug
    }))
  ].map((a, i) => ({ id: nodeId('BPA', `${full}:${i}`), actor: a }))
  return {
    id: nodeId('BPR', full),
    databaseId: repo.id,
    pattern: repo.defaultBranch,
    allowsDeletions: p.allowDeletions,
    allowsForcePushes: p.allowForcePushes,
    blocksCreations: false,
    dismissesStaleReviews: p.dismissStaleReviews,
    isAdminEnforced: p.enforceAdmins,
    lockAllowsFetchAndMerge: false,
    lockBranch: false,
    requireLastPushApproval: false,
    requiredApprovingReviewCount: p.requiredApprovingReviewCount,
    requiredStatusCheckContexts: p.requiredStatusChecks,
    requiredStatusChecks: p.requiredStatusChecks?.map((context) => ({ app: null, context })) ?? null,
    requiresApprovingReviews: p.requiredApprovingReviewCount !== null,
    requiresCodeOwnerReviews: p.requireCodeOwnerReviews,
    requiresCommitSignatures: false,
    requiresConversationResolution: false,
    requiresLinearHistory: false,
    requiresStatusChecks: p.requiredStatusChecks !== null,
    requiresStrictStatusChecks: p.requiredStatusChecks !== null,
    bypassPullRequestAllowances: (args: ConnArgs) => connection('bypassPullRequestAllowances', actors, args)
  }
}

/** The REST user, team and app ids the REST rendering uses (github-simulator.ts `numericId`). */
function numericKey(key: string): number {
  return Number.parseInt(createHash('sha1').update(key).digest('hex').slice(0, 8), 16)
}

const camel = (key: string) => key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())
/** REST (snake_case) rule parameters as GraphQL's RuleParameters (camelCase, enum values upper case). */
function graphqlParameters(type: string, parameters: Record<string, unknown> | undefined) {
  if (!parameters) return null
  const convert = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(convert)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), convert(v)]))
        : value
  const converted = convert(parameters) as Record<string, unknown>
  if (Array.isArray(converted.allowedMergeMethods))
    converted.allowedMergeMethods = converted.allowedMergeMethods.map((m) => String(m).toUpperCase())
  const typename =
    type === 'pull_request'
      ? 'PullRequestParameters'
      : type === 'required_status_checks'
        ? 'RequiredStatusChecksParameters'
        : undefined
  return typename ? { __typename: typename, ...converted } : null
}

/**
 * The rulesets that apply to the repository (docs.github.com/graphql/reference/objects#repositoryruleset), from the
 * rules the model gives the default branch, grouped by ruleset as `GET .../rulesets/{id}` groups them: conditions
 * `~DEFAULT_BRANCH` (and `~ALL` repositories for organization rulesets), active.
 */
function rulesetNodes(world: GraphqlWorld, hit: RepoHit, includeParents: boolean) {
  const { org, repo } = hit
  const byId = new Map<number, SimRepo['rules']>()
  for (const rule of repo.rules) {
    if (!includeParents && rule.rulesetSourceType === 'Organization') continue
    byId.set(rule.rulesetId, [...(byId.get(rule.rulesetId) ?? []), rule])
  }
  return [...byId].map(([id, rules]) => {
    const first = rules[0]!
    const fromOrg = first.rulesetSourceType === 'Organization'
    const meta = (fromOrg ? org.rulesets?.[id] : repo.rulesets?.[id]) ?? { name: `Ruleset ${id}` }
    const unique = new Map(rules.map((r) => [r.type, r]))
    const ruleNodes = [...unique.values()].map((r, i) => ({
      id: nodeId('RR', `${id}:${i}`),
      type: r.type.toUpperCase(),
      parameters: graphqlParameters(r.type, r.parameters)
    }))
    const actors: SimBypassActor[] = 'bypassActors' in meta ? meta.bypassActors : []
    const writable = fromOrg ? (world.orgAdmin ?? world.admin) : world.admin
    return {
      __typename: 'RepositoryRuleset',
      id: nodeId('RRS', id),
      databaseId: id,
      name: meta.name,
      bypassActors: (args: ConnArgs) => {
        const page = connection(
          'bypassActors',
          actors.map((a, i) => bypassActorNode(id, i, a)),
          args
        )
        // Without write access to the ruleset GraphQL keeps the count and withholds each entry (observed:
        // `"bypassActors":{"totalCount":1,"nodes":[null]}` for such tokens, as quoted in ruleset-bypass-graphql.ts).
        return writable ? page : { ...page, nodes: page.nodes.map(() => null) }
      },
      enforcement: 'ACTIVE',
      target: 'BRANCH',
      source: fromOrg ? orgNode(world, org) : repoNode(world, hit),
      conditions: {
        refName: { include: ['~DEFAULT_BRANCH'], exclude: [] },
        repositoryName: fromOrg ? { include: ['~ALL'], exclude: [], protected: false } : null,
        repositoryId: null,
        repositoryProperty: null
      },
      rules: (args: ConnArgs) => connection('rules', ruleNodes, args),
      createdAt: '2025-01-06T09:00:00Z',
      updatedAt: '2025-01-06T09:00:00Z'
    }
  })
}

/** Role names of GitHub's base repository roles in bypass lists (observed: 2 maintain, 4 write, 5 admin). */
const ROLE_NAMES: Record<number, string> = { 2: 'maintain', 4: 'write', 5: 'admin' }

/** One REST `bypass_actors` entry as GraphQL's RepositoryRulesetBypassActor shows it. */
function bypassActorNode(rulesetId: number, index: number, a: SimBypassActor) {
  return {
    id: nodeId('RBA', `${rulesetId}:${index}`),
    bypassMode: a.bypass_mode.toUpperCase(),
    actor:
      a.actor_type === 'Integration'
        ? {
            __typename: 'App',
            id: nodeId('A', a.actor_id!),
            databaseId: a.actor_id,
            name: `App ${a.actor_id}`,
            slug: `app-${a.actor_id}`
          }
        : a.actor_type === 'Team'
          ? {
              __typename: 'Team',
              id: nodeId('T', a.actor_id!),
              databaseId: a.actor_id,
              name: `Team ${a.actor_id}`,
              slug: `team-${a.actor_id}`
            }
          : null,
    deployKey: a.actor_type === 'DeployKey',
    enterpriseOwner: false,
    organizationAdmin: a.actor_type === 'OrganizationAdmin',
    repositoryRoleDatabaseId: a.actor_type === 'RepositoryRole' ? a.actor_id : null,
    repositoryRoleName: a.actor_type === 'RepositoryRole' ? (ROLE_NAMES[a.actor_id!] ?? null) : null
  }
}

/** A ruleset by its node id (`RRS_…`, as REST's `node_id` names it), from any repository it governs. */
function rulesetByNodeId(world: GraphqlWorld, id: string) {
  for (const org of world.orgs)
    for (const repo of org.repos) {
      const hit = world.findRepo(repo.owner, repo.name)
      if (!hit || !repo.rules.some((r) => nodeId('RRS', r.rulesetId) === id)) continue
      return rulesetNodes(world, hit, true).find((node) => node.id === id)
    }
  return undefined
}

/** Collaborators, deploy keys, environments, CODEOWNERS and security policy of a repository (github-org-sim.ts). */
function accessFields({ org, repo }: RepoHit) {
  const access = repo.access ?? defaultRepoAccess(org.governance ?? defaultGovernance())
  const full = `${repo.owner}/${repo.name}`
  const collaboratorPage = (picked: SimCollaborator[], args: ConnArgs) => {
    const page = connection('collaborators', picked, args)
    return {
      ...page,
      nodes: page.nodes.map((c) => actor(c.login)),
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: actor(e.node.login),
        permission: e.node.permission
      }))
    }
  }
  return {
    isSecurityPolicyEnabled: access.securityPolicy,
    collaborators: (args: ConnArgs & { affiliation?: string }) =>
      collaboratorPage(
        access.collaborators.filter((c) => args.affiliation !== 'OUTSIDE' || c.outside),
        args
      ),
    deployKeys: (args: ConnArgs) =>
      connection(
        'deployKeys',
        access.deployKeys.map((k, i) => ({
          id: nodeId('DK', `${full}:${i}`),
          title: k.title,
          readOnly: k.readOnly,
          createdAt: k.createdAt,
          key: `ssh-ed25519 AAAA${Buffer.from(k.title).toString('base64')}`,
          verified: true
        })),
        args
      ),
    environments: (args: ConnArgs) =>
      connection(
        'environments',
        access.environments.map((env, i) => ({
          id: nodeId('EN', `${full}:${env.name}`),
          databaseId: repo.id * 10 + i,
          name: env.name,
          protectionRules: (rulesArgs: ConnArgs) =>
            connection(
              'protectionRules',
              env.rules.map((type) => ({ type, timeout: 0, preventSelfReview: false, databaseId: null })),
              rulesArgs
            )
        })),
        args
      ),
    codeowners: access.codeownersErrors
      ? {
          errors: access.codeownersErrors.map((e) => ({
            ...e,
            path: '.github/CODEOWNERS',
            message: `${e.kind} on line ${e.line}:\n\n  ${e.source}`,
            suggestion: null
          }))
        }
      : null
  }
}

const fakeHead = (full: string) => Buffer.from(full).toString('hex').padEnd(40, '0').slice(0, 40)
export const headRef = (p: SimPullRequest) => `feature/pr-${p.number}`
export const prState = (p: SimPullRequest) => (p.mergedAt ? 'MERGED' : p.closedAt ? 'CLOSED' : 'OPEN')
export function prUpdatedAt(p: SimPullRequest): string {
  return [p.createdAt, p.mergedAt ?? '', p.closedAt ?? '', ...p.reviews.map((r) => r.submittedAt)]
    .sort()
    .at(-1)!
}

/** Approvals the default branch demands, from whichever of rules or classic protection is stricter. */
function requiredApprovals(repo: SimRepo): number {
  const fromRules = repo.rules
    .filter((r) => r.type === 'pull_request')
    .map((r) => Number(r.parameters?.required_approving_review_count ?? 0))
  return Math.max(0, ...fromRules, repo.classicProtection?.requiredApprovingReviewCount ?? 0)
}

function reviewDecision(repo: SimRepo, pr: SimPullRequest): string | null {
  const latest = new Map<string, SimReview['state']>()
  // A deleted reviewer's review still shows, but belongs to nobody whose state could count.
  for (const r of pr.reviews) if (r.state !== 'COMMENTED' && r.author) latest.set(r.author, r.state)
  const states = [...latest.values()]
  if (states.includes('CHANGES_REQUESTED')) return 'CHANGES_REQUESTED'
  const required = requiredApprovals(repo)
  // Like GitHub: null when the base branch does not require reviews.
  if (required === 0 || pr.baseRefName !== repo.defaultBranch) return null
  return states.filter((s) => s === 'APPROVED').length >= required ? 'APPROVED' : 'REVIEW_REQUIRED'
}

function prNode(world: GraphqlWorld, hit: RepoHit, pr: SimPullRequest) {
  const full = `${hit.repo.owner}/${hit.repo.name}`
  const state = prState(pr)
  return {
    __typename: 'PullRequest',
    id: nodeId('PR', `${hit.repo.id}:${pr.number}`),
    databaseId: hit.repo.id * 10_000 + pr.number,
    number: pr.number,
    title: pr.title,
    url: `${WEB}/${full}/pull/${pr.number}`,
    resourcePath: `/${full}/pull/${pr.number}`,
    state,
    createdAt: pr.createdAt,
    updatedAt: prUpdatedAt(pr),
    closedAt: pr.mergedAt ?? pr.closedAt ?? null,
    mergedAt: pr.mergedAt,
    merged: state === 'MERGED',
    closed: state !== 'OPEN',
    isDraft: false,
    baseRefName: pr.baseRefName,
    headRefName: headRef(pr),
    headRefOid: pr.headRefOid,
    author: actor(pr.author),
    mergedBy: actor(pr.mergedBy),
    mergeCommit: commit(hit, pr.mergeCommitOid, world),
    repository: () => repoNode(world, hit),
    reviewDecision: reviewDecision(hit.repo, pr),
    reviews: (args: ConnArgs & { states?: string[]; author?: string }) => {
      const picked = pr.reviews
        .map((review, i) => ({ review, i }))
        .filter(
          ({ review }) =>
            (!args.states || args.states.includes(review.state)) &&
            (args.author == null || args.author === review.author)
        )
      return connection(
        'reviews',
        picked.map(({ review, i }) => ({
          id: nodeId('PRR', `${hit.repo.id}:${pr.number}:${i}`),
          databaseId: (hit.repo.id * 10_000 + pr.number) * 100 + i,
          author: actor(review.author),
          authorAssociation: 'MEMBER',
          state: review.state,
          createdAt: review.submittedAt,
          submittedAt: review.submittedAt,
          commit: commit(hit, review.commitOid, world),
          url: `${WEB}/${full}/pull/${pr.number}#pullrequestreview-${i}`
        })),
        args
      )
    }
  }
}

function alertNode(world: GraphqlWorld, hit: RepoHit, a: SimAlert) {
  const closedAt = iso(new Date(Date.parse(a.createdAt) + 7 * 86_400_000))
  const advisory = {
    id: nodeId('GSA', a.ghsaId),
    ghsaId: a.ghsaId,
    summary: a.summary,
    description: a.summary,
    severity: SEVERITY[a.severity],
    permalink: `${WEB}/advisories/${a.ghsaId}`,
    publishedAt: a.createdAt,
    updatedAt: a.createdAt,
    withdrawnAt: null,
    identifiers: [{ type: 'GHSA', value: a.ghsaId }]
  }
  return {
    id: nodeId('RVA', `${hit.repo.id}:${a.number}`),
    number: a.number,
    state: a.state.toUpperCase(),
    createdAt: a.createdAt,
    fixedAt: a.state === 'fixed' ? closedAt : null,
    dismissedAt: a.state === 'dismissed' ? closedAt : null,
    autoDismissedAt: null,
    dismissReason: a.state === 'dismissed' ? 'tolerable_risk' : null,
    dependencyScope: a.scope.toUpperCase(),
    vulnerableManifestPath: a.manifestPath,
    vulnerableManifestFilename: a.manifestPath.split('/').at(-1),
    vulnerableRequirements: '< 99.0.0',
    // Both fields are nullable in GitHub's published schema (`securityAdvisory: SecurityAdvisory`, no `!`).
    securityAdvisory: a.nullAdvisory ? null : advisory,
    securityVulnerability: a.nullVulnerability
      ? null
      : {
          advisory,
          severity: SEVERITY[a.severity],
          package: { name: a.packageName, ecosystem: a.ecosystem.toUpperCase() },
          vulnerableVersionRange: '< 99.0.0',
          firstPatchedVersion: { identifier: '99.0.0' },
          updatedAt: a.createdAt
        },
    repository: () => repoNode(world, hit)
  }
}

// ---------------------------------------------------------------------------------------------
// Search

type Range = [number, number]
const DAY_MS = 86_400_000

/** `2024-06-01T00:00:00Z..2024-06-02T00:00:00Z`, `>=2024-06-01`, `2024-06-01..*`, or a bare date. */
function parseRange(value: string): Range | undefined {
  const bound = (s: string, end: boolean): number => {
    if (s === '*') return end ? Infinity : -Infinity
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return Date.parse(`${s}T00:00:00Z`) + (end ? DAY_MS - 1 : 0)
    return Date.parse(s)
  }
  const op = /^(>=|<=|>|<)(.+)$/.exec(value)
  let range: Range
  if (op) {
    const t = bound(op[2]!, op[1]!.startsWith('<'))
    range = { '>=': [t, Infinity], '>': [t + 1, Infinity], '<=': [-Infinity, t], '<': [-Infinity, t - 1] }[
      op[1] as '>=' | '>' | '<=' | '<'
    ] as Range
  } else if (value.includes('..')) {
    const [a = '', b = ''] = value.split('..')
    range = [bound(a, false), bound(b, true)]
  } else {
    range = [bound(value, false), bound(value, true)]
  }
  return range.some(Number.isNaN) ? undefined : range
}

/**
 * The subset of GitHub's issue search the collectors use. As on GitHub, a qualifier it cannot
 * read matches nothing rather than raising an error.
 */
function searchPullRequests(world: GraphqlWorld, query: string): Array<{ hit: RepoHit; pr: SimPullRequest }> {
  const scopes: RepoHit[] = []
  const checks: Array<(hit: RepoHit, pr: SimPullRequest) => boolean> = []
  const words: string[] = []
  const inRange = (r: Range | undefined, at: string | null | undefined) =>
    r !== undefined && !!at && Date.parse(at) >= r[0] && Date.parse(at) <= r[1]

  for (const token of query.trim().split(/\s+/).filter(Boolean)) {
    const m = /^([a-z-]+):(.+)$/i.exec(token)
    if (!m) {
      words.push(token.toLowerCase())
      continue
    }
    const key = m[1]!.toLowerCase()
    const value = m[2]!
    if (key === 'repo') {
      const [owner = '', name = ''] = value.split('/')
      const hit = world.findRepo(owner, name)
      if (hit) scopes.push(hit)
      else checks.push(() => false)
    } else if (key === 'org' || key === 'user') {
      const org = world.findOrg(value)
      if (org) scopes.push(...org.repos.map((repo) => ({ org, repo })))
      else checks.push(() => false)
    } else if (key === 'is' || key === 'state') {
      const v = value.toLowerCase()
      const state: Record<string, (p: SimPullRequest) => boolean> = {
        pr: () => true,
        issue: () => false,
        merged: (p) => !!p.mergedAt,
        unmerged: (p) => !p.mergedAt && !!p.closedAt,
        open: (p) => prState(p) === 'OPEN',
        closed: (p) => prState(p) !== 'OPEN'
      }
      const f = state[v]
      checks.push(f ? (_h, p) => f(p) : () => false)
    } else if (key === 'merged' || key === 'created' || key === 'closed') {
      const range = parseRange(value)
      checks.push((_h, p) =>
        inRange(
          range,
          key === 'merged' ? p.mergedAt : key === 'created' ? p.createdAt : (p.mergedAt ?? p.closedAt)
        )
      )
    } else if (key === 'base') {
      checks.push((_h, p) => p.baseRefName === value)
    } else if (key === 'author') {
      // Bots are searched as `author:app/dependabot`.
      checks.push((_h, p) => p.author === value || `app/${p.author}` === `${value}[bot]`)
    } else {
      checks.push(() => false)
    }
  }
  const universe =
    scopes.length > 0 ? scopes : world.orgs.flatMap((org) => org.repos.map((repo) => ({ org, repo })))
  const results = universe.flatMap((hit) =>
    hit.repo.pullRequests
      .filter(
        (pr) => checks.every((c) => c(hit, pr)) && words.every((w) => pr.title.toLowerCase().includes(w))
      )
      .map((pr) => ({ hit, pr }))
  )
  const at = (x: { pr: SimPullRequest }) => x.pr.mergedAt ?? x.pr.createdAt
  return results.sort(
    (a, b) => at(b).localeCompare(at(a)) || a.hit.repo.id - b.hit.repo.id || b.pr.number - a.pr.number
  )
}

function rootResolvers(world: GraphqlWorld, rateLimit: Record<string, unknown>) {
  return {
    rateLimit: () => rateLimit,
    viewer: () => {
      const login = world.viewer ?? 'github-actions[bot]'
      const id = Number.parseInt(createHash('sha1').update(login).digest('hex').slice(0, 8), 16)
      return {
        login,
        id: `U_${Buffer.from(login).toString('base64url')}`,
        databaseId: id,
        name: null,
        avatarUrl: `https://avatars.githubusercontent.com/u/${id}?v=4`,
        resourcePath: `/${login.replace('[bot]', '')}`,
        url: `https://github.com/${login.replace('[bot]', '')}`
      }
    },
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const hit = world.findRepo(owner, name)
      if (!hit)
        throw typedError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`)
      return repoNode(world, hit)
    },
    node: ({ id }: { id: string }) => {
      const found = id.startsWith('RRS_') ? rulesetByNodeId(world, id) : undefined
      // GitHub's answer for an id it cannot resolve.
      if (!found) throw typedError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`)
      return found
    },
    organization: ({ login }: { login: string }) => {
      const org = world.findOrg(login)
      if (!org)
        throw typedError('NOT_FOUND', `Could not resolve to an Organization with the login of '${login}'.`)
      return orgNode(world, org)
    },
    search: (args: ConnArgs & { query: string; type: string }) => {
      const found =
        args.type === 'ISSUE' || args.type === 'ISSUE_ADVANCED' ? searchPullRequests(world, args.query) : []
      const page = connection(
        'search',
        found.map(({ hit, pr }) => prNode(world, hit, pr)),
        args,
        1000
      )
      const counts = { codeCount: 0, discussionCount: 0, repositoryCount: 0, userCount: 0, wikiCount: 0 }
      return { ...page, ...counts, issueCount: found.length }
    }
  }
}
