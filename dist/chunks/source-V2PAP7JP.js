import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  chunk,
  mapWithLimit,
  tokenLogin
} from "./chunk-YMOPKDWH.js";
import {
  collectBranchRules,
  collectClassicProtection,
  collectRuleSuiteBypasses,
  collectRuleSuiteBypassesViaOrg,
  collectRulesets
} from "./chunk-AVWFUSEA.js";
import {
  GitHubRequestFailure,
  createGitHubClient,
  graphqlPost,
  restGet
} from "./chunk-4DZ7RMQR.js";
import "./chunk-QL45PCME.js";
import "./chunk-YMOHZN2L.js";
import "./chunk-LJROAE64.js";
import {
  canonicalSubjects,
  inShard,
  orgShardSubject
} from "./chunk-55VSQBGE.js";
import {
  registerSecret
} from "./chunk-EQZXUNDD.js";
import {
  BUNDLE_HISTORY_EVIDENCE,
  BUNDLE_HISTORY_PATH,
  BUNDLE_HISTORY_SUBJECT,
  GITHUB_ORG_EVIDENCE,
  orgEvidencePath,
  orgSubject
} from "./chunk-U4YSPENK.js";
import {
  GITHUB_EVIDENCE,
  evidencePath,
  repoSubject
} from "./chunk-AKQKRLW5.js";
import {
  durationMs
} from "./chunk-P4CAYHBQ.js";
import "./chunk-R3RSZNU2.js";
import "./chunk-E4WBWSDB.js";

// src/sources/github/source.ts
import { join } from "node:path";

// src/sources/github/app-auth.ts
var DEFAULT_REFRESH_MARGIN_MS = 5 * 6e4;
function expiryAwareCache(options = {}) {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;
  const entries = /* @__PURE__ */ new Map();
  return {
    get(key) {
      const value = entries.get(key);
      if (value === void 0) return void 0;
      const expiresAt = Date.parse(value.split("|")[2] ?? "");
      if (!Number.isFinite(expiresAt) || now() >= expiresAt - margin) {
        entries.delete(key);
        return void 0;
      }
      return value;
    },
    set(key, value) {
      registerSecret(value.split("|")[0]);
      entries.set(key, value);
    }
  };
}
async function appAuth(app, installationId, options = {}) {
  const { createAppAuth } = await import("./dist-node-VVGZLUZX.js");
  return {
    authStrategy: createAppAuth,
    auth: {
      appId: app.appId,
      privateKey: app.privateKey,
      ...installationId !== void 0 ? { installationId } : {},
      cache: expiryAwareCache(options)
    }
  };
}
function installationOwner(scope) {
  const owners = [...new Set(scope.map((entry) => entry.split("/")[0].toLowerCase()))];
  if (owners.length !== 1) {
    throw new Error(
      `GitHub App authentication: the repositories in scope belong to ${owners.length === 0 ? "no owner" : `${owners.length} owners (${owners.join(", ")})`}; an installation token covers one organisation, so run once per organisation (a job matrix), each with its own repositories`
    );
  }
  return owners[0];
}
async function findInstallation(request, appId, org) {
  try {
    const { data } = await request("GET /orgs/{org}/installation", { org });
    const id = data.id;
    if (typeof id !== "number" || !Number.isSafeInteger(id) || id <= 0)
      throw new Error(`GET /orgs/${org}/installation answered without an installation id`);
    return id;
  } catch (error) {
    const status = error.status;
    if (status === 404)
      throw new Error(
        `GitHub App ${appId} is not installed on ${org} (GET /orgs/${org}/installation answered 404): install the App on the organisation, or set app-installation-id`
      );
    if (status === 401)
      throw new Error(
        `GitHub refused the App's JWT (401 on GET /orgs/${org}/installation): check app-id and app-private-key (the key must be the App's current private key, and the runner's clock right)`
      );
    throw error;
  }
}

// src/sources/github/branch-patterns.ts
function branchPattern(pattern) {
  let source2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "*" && pattern[i + 1] === "*") {
      if (pattern[i + 2] === "/") {
        source2 += "(?:.*/)?";
        i += 2;
      } else {
        source2 += ".*";
        i += 1;
      }
    } else if (char === "*") source2 += "[^/]*";
    else if (char === "?") source2 += "[^/]";
    else source2 += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source2}$`);
}
function matchesBranch(branch, patterns) {
  return patterns.some((pattern) => branchPattern(pattern).test(branch));
}

// src/sources/github/graphql-permissions.ts
var FIELD_PERMISSIONS = {
  vulnerabilityAlerts: "Dependabot alerts: read (GitHub App) or the security_events scope (personal access token)",
  hasVulnerabilityAlertsEnabled: "Dependabot alerts: read (GitHub App) or the security_events scope (personal access token)",
  search: "Pull requests: read (GitHub App) or the repo scope (personal access token)",
  pullRequests: "Pull requests: read (GitHub App) or the repo scope (personal access token)",
  pullRequest: "Pull requests: read (GitHub App) or the repo scope (personal access token)",
  reviews: "Pull requests: read (GitHub App) or the repo scope (personal access token)",
  latestOpinionatedReviews: "Pull requests: read (GitHub App) or the repo scope (personal access token)",
  associatedPullRequests: "Pull requests: read (GitHub App) or the repo scope (personal access token)",
  history: "Contents: read (GitHub App) or the repo scope (personal access token)",
  defaultBranchRef: "Contents: read (GitHub App) or the repo scope (personal access token)",
  object: "Contents: read (GitHub App) or the repo scope (personal access token)",
  branchProtectionRules: "Administration: read (GitHub App) or admin rights on the repository",
  rulesets: "Administration: read (GitHub App) or admin rights on the repository",
  bypassActors: "Administration: write (GitHub App) or admin rights on the repository: write access to the ruleset",
  collaborators: "Metadata: read on the repository, as a user with push access (GitHub App: Metadata: read)",
  outsideCollaborators: "Metadata: read on the repository, as a user with push access (GitHub App: Metadata: read)",
  deployKeys: "Administration: read (GitHub App) or admin rights on the repository",
  environments: "Actions: read (GitHub App) or the repo scope (personal access token)",
  codeowners: "Contents: read (GitHub App) or the repo scope (personal access token)",
  repository: "Metadata: read on the repository (GitHub App) or the repo scope (personal access token)",
  organization: "Members: read on the organization (GitHub App) or the read:org scope (personal access token)"
};
function graphqlFieldPermission(path) {
  for (const segment of [...path ?? []].reverse()) {
    if (typeof segment === "string" && segment in FIELD_PERMISSIONS)
      return { field: segment, permission: FIELD_PERMISSIONS[segment] };
  }
  const field = [...path ?? []].filter((s) => typeof s === "string").at(-1) ?? "(unknown field)";
  return {
    field: String(field),
    permission: `the permission GitHub requires for the GraphQL field "${field}" (see x-accepted-github-permissions in a REST call to the same data)`
  };
}

// src/sources/github/repo-activity.ts
var SEARCH_RESULT_CAP = 1e3;
var SEARCH_PAGE_SIZE = 10;
var ALERTS_PAGE_SIZE = 100;
var HISTORY_PAGE_SIZE = 10;
var PROBE_PAGE_SIZE = 1;
var DEFAULT_SEARCH_LAG_MS = 36e5;
var DEFAULT_BATCH_SIZE = 149;
var BATCH_COST_CAP = 1049;
var DEFAULT_CONCURRENCY = 4;
var PULL_REQUEST_FIELDS = `number title url createdAt mergedAt baseRefName headRefOid reviewDecision
        author { __typename login } mergedBy { __typename login } mergeCommit { oid }
        reviews(first: 100) { totalCount nodes { author { __typename login } state submittedAt commit { oid } } }`;
var COMMIT_FIELDS = `oid committedDate messageHeadline
        author { name user { login } } committer { name user { login } }
        parents(first: 2) { nodes { oid } }
        associatedPullRequests(first: 5) { nodes { number mergedAt baseRefName } }`;
var ALERT_FIELDS = `number state createdAt dependencyScope vulnerableManifestPath
        securityVulnerability { severity package { name ecosystem } }
        securityAdvisory { ghsaId summary severity }`;
function nextPageSize(total, seen, max) {
  return Math.min(max, Math.max(1, (total ?? max) - seen));
}
function activityWindow(period, searchLagMs = DEFAULT_SEARCH_LAG_MS) {
  return { start: new Date(Date.parse(period.start) - searchLagMs).toISOString(), end: period.end };
}
async function collectRepoActivity(client, repositories, period, options = {}) {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const extraBranches = options.branches ?? [];
  const window = activityWindow(period, options.searchLagMs);
  const carried = options.carried ?? /* @__PURE__ */ new Map();
  const states = new Map(
    repositories.map((repo) => [
      repo.fullName,
      {
        requests: [],
        alerts: [],
        queries: [],
        totalCount: 0,
        unresolved: 0,
        pullRequests: /* @__PURE__ */ new Map(),
        history: { branch: repo.defaultBranch, totalCount: 0, commits: [] }
      }
    ])
  );
  const queue = repositories.flatMap(({ fullName: repo, defaultBranch }) => [
    { kind: "alerts", repo, after: null },
    ...carried.has(repo) ? [] : searchAndHistory(repo, defaultBranch)
  ]);
  function searchAndHistory(repo, defaultBranch) {
    return [
      // `base:` matches one branch name exactly; with further branches (globs) the search covers every
      // base and the population is filtered by name below.
      {
        kind: "search",
        repo,
        window,
        ...extraBranches.length === 0 ? { base: defaultBranch } : {},
        after: null
      },
      { kind: "history", repo, window, after: null }
    ];
  }
  const taskSeen = /* @__PURE__ */ new Map();
  const processBatch = async (batch) => {
    const { query, variables } = buildQuery(batch);
    let result;
    try {
      result = await graphqlPost(client, "RepoActivity", query, variables);
    } catch (error) {
      if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
      for (const task of batch) {
        const state = states.get(task.repo);
        state.requests.push(error.request);
        if (task.kind === "alerts") state.alertsError = error.failure;
        else if (task.kind === "search") state.searchError = error.failure;
        else state.historyError = error.failure;
      }
      return;
    }
    batch.forEach((task, index) => {
      const alias = `t${index}`;
      const state = states.get(task.repo);
      if (!state.requests.includes(result.request)) state.requests.push(result.request);
      const error = aliasError(result.errors, alias);
      if (task.kind === "alerts") {
        const repository = result.data[alias];
        if (error || !repository?.vulnerabilityAlerts) {
          state.alertsError = error ?? { message: `GraphQL returned no alerts for ${task.repo}` };
          return;
        }
        state.alertsEnabled = repository.hasVulnerabilityAlertsEnabled;
        state.alerts.push(
          ...(repository.vulnerabilityAlerts.nodes ?? []).filter(
            (node) => node !== null
          )
        );
        const { hasNextPage, endCursor } = repository.vulnerabilityAlerts.pageInfo;
        if (hasNextPage) queue.push({ ...task, after: endCursor });
        return;
      }
      if (task.kind === "history") {
        const repository = result.data[alias];
        if (error || !repository) {
          state.historyError = error ?? { message: `GraphQL returned no history for ${task.repo}` };
          return;
        }
        const history = repository.defaultBranchRef?.target?.history;
        if (repository.defaultBranchRef) state.history.branch = repository.defaultBranchRef.name;
        if (!history) return;
        if (task.after === null) {
          state.history.totalCount = history.totalCount ?? 0;
          const head = repository.defaultBranchRef?.target?.oid;
          if (typeof head === "string") state.history.head = head;
        }
        state.history.commits.push(...history.nodes ?? []);
        if (history.pageInfo.hasNextPage)
          queue.push({
            ...task,
            after: history.pageInfo.endCursor,
            first: nextPageSize(state.history.totalCount, state.history.commits.length, HISTORY_PAGE_SIZE)
          });
        return;
      }
      const search = result.data[alias];
      if (error || !search) {
        state.searchError = error ?? { message: `GraphQL returned no search result for ${task.repo}` };
        return;
      }
      if (task.after === null && (search.issueCount ?? 0) > SEARCH_RESULT_CAP) {
        queue.push(...splitWindow(task));
        return;
      }
      if (task.after === null) {
        state.queries.push(searchQuery(task.repo, task.window, task.base));
        state.totalCount += search.issueCount ?? 0;
        taskSeen.set(task, { total: search.issueCount, seen: 0 });
      }
      const progress = taskSeen.get(task) ?? { total: void 0, seen: 0 };
      taskSeen.delete(task);
      progress.seen += (search.nodes ?? []).length;
      for (const node of search.nodes ?? []) {
        if (node && "number" in node) state.pullRequests.set(node.number, node);
        else state.unresolved++;
      }
      if (search.pageInfo.hasNextPage) {
        const next = {
          ...task,
          after: search.pageInfo.endCursor,
          first: nextPageSize(progress.total, progress.seen, SEARCH_PAGE_SIZE)
        };
        taskSeen.set(next, progress);
        queue.push(next);
      }
    });
  };
  const worker = async () => {
    while (queue.length > 0) await processBatch(takeBatch(queue, batchSize));
  };
  const concurrency = client.graphqlConcurrency ?? DEFAULT_CONCURRENCY;
  while (queue.length > 0) await Promise.all(Array.from({ length: concurrency }, worker));
  return repositories.flatMap((repo) => {
    const records = toRecords(repo, states.get(repo.fullName), period, window, extraBranches);
    const carry = carried.get(repo.fullName);
    if (!carry) return records;
    const alerts = records.filter((record2) => record2.kind === GITHUB_EVIDENCE.dependabot);
    return [carry.pullRequests, carry.commits, ...alerts];
  });
}
function taskCost(task) {
  if (task.kind === "alerts") return 1;
  const first = task.first ?? PROBE_PAGE_SIZE;
  return task.kind === "search" ? 1 + first : 1 + 2 * first;
}
function takeBatch(queue, aliases) {
  let cost = 0;
  let count = 0;
  while (count < queue.length && count < aliases && cost + taskCost(queue[count]) <= BATCH_COST_CAP)
    cost += taskCost(queue[count++]);
  if (count < queue.length && cost >= 150)
    while (count > 1 && cost % 100 > 49) cost -= taskCost(queue[--count]);
  return queue.splice(0, Math.max(1, count));
}
function buildQuery(batch) {
  const declarations = [];
  const fields = [];
  const variables = {};
  batch.forEach((task, index) => {
    const alias = `t${index}`;
    variables[`a${index}`] = task.after;
    declarations.push(`$a${index}: String`);
    if (task.kind === "alerts") {
      const [owner, name] = task.repo.split("/");
      variables[`o${index}`] = owner;
      variables[`n${index}`] = name;
      declarations.push(`$o${index}: String!`, `$n${index}: String!`);
      fields.push(`${alias}: repository(owner: $o${index}, name: $n${index}) {
    hasVulnerabilityAlertsEnabled
    vulnerabilityAlerts(states: [OPEN], first: ${ALERTS_PAGE_SIZE}, after: $a${index}) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { ${ALERT_FIELDS} }
    }
  }`);
    } else if (task.kind === "search") {
      variables[`q${index}`] = searchQuery(task.repo, task.window, task.base);
      declarations.push(`$q${index}: String!`);
      fields.push(`${alias}: search(query: $q${index}, type: ISSUE, first: ${task.first ?? PROBE_PAGE_SIZE}, after: $a${index}) {
    issueCount pageInfo { hasNextPage endCursor }
    nodes { ... on PullRequest { ${PULL_REQUEST_FIELDS} } }
  }`);
    } else {
      const [owner, name] = task.repo.split("/");
      Object.assign(variables, {
        [`o${index}`]: owner,
        [`n${index}`]: name,
        [`s${index}`]: task.window.start,
        [`u${index}`]: task.window.end
      });
      declarations.push(
        `$o${index}: String!`,
        `$n${index}: String!`,
        `$s${index}: GitTimestamp!`,
        `$u${index}: GitTimestamp!`
      );
      fields.push(`${alias}: repository(owner: $o${index}, name: $n${index}) {
    defaultBranchRef { name target { ... on Commit { oid
      history(first: ${task.first ?? PROBE_PAGE_SIZE}, since: $s${index}, until: $u${index}, after: $a${index}) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { ${COMMIT_FIELDS} }
      }
    } } }
  }`);
    }
  });
  const query = `query RepoActivity(${declarations.join(", ")}) {
  rateLimit { cost remaining resetAt }
  ${fields.join("\n  ")}
}`;
  return { query, variables };
}
function searchQuery(repo, window, base) {
  const branch = base === void 0 ? "" : ` base:${base}`;
  return `repo:${repo} is:pr is:merged${branch} merged:${isoSeconds(window.start)}..${isoSeconds(window.end)}`;
}
function isoSeconds(iso) {
  return iso.replace(/\.\d{3}Z$/, "Z");
}
function splitWindow(task) {
  const start = Date.parse(task.window.start);
  const end = Date.parse(task.window.end);
  const middle = new Date(start + Math.floor((end - start) / 2e3) * 1e3).toISOString();
  const afterMiddle = new Date(Date.parse(middle) + 1e3).toISOString();
  return [
    { ...task, window: { start: task.window.start, end: middle } },
    { ...task, window: { start: afterMiddle, end: task.window.end } }
  ];
}
function aliasError(errors, alias) {
  const error = errors.find((e) => e.path?.[0] === alias);
  if (!error) return void 0;
  if (error.type === "FORBIDDEN" || /not accessible|permission/i.test(error.message)) {
    const { field, permission } = graphqlFieldPermission(error.path);
    return {
      message: `${error.message} (GraphQL field ${field}): the token lacks ${permission}.`,
      missingPermission: permission
    };
  }
  return { message: error.message };
}
function toRecords(repo, state, period, window, extraBranches) {
  const base = { source: "github", subject: repoSubject(repo.fullName), requests: state.requests };
  const branches = [repo.defaultBranch, ...extraBranches];
  const retrieved = [...state.pullRequests.values()].sort(
    (a, b) => a.mergedAt.localeCompare(b.mergedAt) || a.number - b.number
  );
  const population = {
    queries: state.queries,
    period: { start: period.start, end: period.end },
    window,
    branches,
    totalCount: state.totalCount,
    retrieved: retrieved.length,
    unresolved: state.unresolved,
    excluded: retrieved.filter((pr) => !matchesBranch(pr.baseRefName, branches)).map((pr) => ({ number: pr.number, baseRefName: pr.baseRefName })),
    pullRequests: retrieved.filter((pr) => matchesBranch(pr.baseRefName, branches))
  };
  const commits = {
    branch: state.history.branch,
    window,
    totalCount: state.history.totalCount,
    commits: state.history.commits,
    ...state.history.head ? { head: state.history.head } : {}
  };
  const dependabot = {
    alertsEnabled: state.alertsEnabled ?? false,
    openAlerts: state.alerts
  };
  return [
    {
      ...base,
      path: evidencePath(repo.fullName, "pull-requests"),
      kind: GITHUB_EVIDENCE.pullRequests,
      ...state.searchError ? { error: state.searchError } : { data: population }
    },
    {
      ...base,
      path: evidencePath(repo.fullName, "default-branch-commits"),
      kind: GITHUB_EVIDENCE.defaultBranchCommits,
      ...state.historyError ? { error: state.historyError } : { data: commits }
    },
    {
      ...base,
      path: evidencePath(repo.fullName, "dependabot-alerts"),
      kind: GITHUB_EVIDENCE.dependabot,
      ...state.alertsError ? { error: state.alertsError } : { data: dependabot }
    }
  ];
}

// src/sources/github/activity-carry.ts
function carryActivity(previous, input) {
  const prs = previous.pullRequests?.record;
  const history = previous.commits?.record;
  if (!prs || !history) return { reason: "the previous bundle has no activity records for it" };
  if (prs.kind !== GITHUB_EVIDENCE.pullRequests || history.kind !== GITHUB_EVIDENCE.defaultBranchCommits)
    return { reason: "the previous bundle has other records at those paths" };
  if (prs.error || !prs.data || history.error || !history.data)
    return { reason: "the previous bundle recorded an error for it" };
  const population = prs.data;
  const commits = history.data;
  if (!input.head) return { reason: "the default branch head is not known this run" };
  if (commits.head !== input.head) return { reason: "the default branch moved" };
  if (commits.branch !== input.defaultBranch) return { reason: "the default branch changed" };
  if (!sameList(population.branches, input.branches) || input.branches.length !== 1)
    return { reason: "the population covers other base branches" };
  const window = population.window;
  if (!window || !commits.window || window.start !== commits.window.start || window.end !== commits.window.end || !(Date.parse(window.start) <= Date.parse(input.window.start)) || !(Date.parse(window.end) <= Date.parse(input.window.end)))
    return { reason: "the previous window does not cover the start of this one" };
  const retrieved = population.retrieved ?? population.pullRequests.length;
  if (population.totalCount !== retrieved || retrieved !== population.pullRequests.length || (population.unresolved ?? 0) > 0 || (population.excluded ?? []).length > 0 || commits.commits.length !== commits.totalCount || commits.commits.some((commit) => commit === null))
    return { reason: "the previous population was incomplete" };
  const settled = Date.parse(window.end) - input.lagMs;
  const pushedAt = Date.parse(input.pushedAt ?? "");
  if (!(pushedAt <= settled)) return { reason: "it was pushed to since the previous search settled" };
  const newest = commits.commits[0];
  if (newest && !(Date.parse(newest.committedDate) <= settled))
    return { reason: "its newest commit is within the search lag of the previous search" };
  const second = (iso) => Math.floor(Date.parse(iso) / 1e3) * 1e3;
  const mergedInWindow = (at) => Date.parse(at) >= second(input.window.start) && Date.parse(at) <= second(input.window.end) + 999;
  const committedInWindow = (at) => Date.parse(at) >= Date.parse(input.window.start) && Date.parse(at) <= Date.parse(input.window.end);
  const from = (sealed) => ({
    bundle: input.bundle.key,
    manifestSha256: input.bundle.manifestSha256,
    path: sealed.record.path,
    sha256: sealed.sha256,
    through: window.end,
    head: input.head,
    pushedAt: input.pushedAt
  });
  const pullRequests = population.pullRequests.filter((pr) => mergedInWindow(pr.mergedAt));
  const kept = commits.commits.filter((commit) => commit !== null && committedInWindow(commit.committedDate));
  const carriedPopulation = {
    queries: [],
    period: { start: input.period.start, end: input.period.end },
    window: input.window,
    branches: input.branches,
    totalCount: pullRequests.length,
    retrieved: pullRequests.length,
    unresolved: 0,
    excluded: [],
    pullRequests,
    carriedFrom: from(previous.pullRequests)
  };
  const carriedCommits = {
    branch: commits.branch,
    window: input.window,
    totalCount: kept.length,
    commits: kept,
    head: input.head,
    carriedFrom: from(previous.commits)
  };
  return {
    carried: {
      pullRequests: { ...strip(prs), data: carriedPopulation },
      commits: { ...strip(history), data: carriedCommits }
    }
  };
}
function strip(record2) {
  return {
    path: record2.path,
    source: record2.source,
    subject: record2.subject,
    kind: record2.kind,
    requests: []
  };
}
function sameList(a, b) {
  return !!a && a.length === b.length && a.every((item, i) => item === b[i]);
}

// src/sources/github/org-settings.ts
var PAGE_SIZE = 100;
var ORG_PERMISSIONS = {
  organization: "organization Administration: read (GitHub App) or the admin:org / read:org scope as an organisation owner (classic PAT); other callers get the org without its settings",
  members: "organization Members: read (GitHub App) or the read:org scope (classic PAT)",
  membersWithout2fa: "organization owner rights: only owners may filter members by 2fa_disabled (GitHub App: organization Members: read, as an owner-level installation)",
  actions: "organization Administration: read (GitHub App / fine-grained PAT) or the admin:org scope (classic PAT)",
  runnerGroups: "organization Self-hosted runners: read (GitHub App / fine-grained PAT) or the admin:org scope (classic PAT)",
  secretScanning: "organization Secret scanning alerts: read (GitHub App / fine-grained PAT) or the security_events scope as an owner or security manager (classic PAT)",
  codeScanning: "organization Code scanning alerts: read (GitHub App / fine-grained PAT) or the security_events scope as an owner or security manager (classic PAT)",
  webhooks: "organization Webhooks: read (GitHub App / fine-grained PAT) or the admin:org_hook scope (classic PAT)",
  auditLog: "organization Administration: read (GitHub App / fine-grained PAT) or the read:audit_log scope as an organisation owner (classic PAT), on GitHub Enterprise Cloud",
  teams: "organization Members: read (GitHub App / fine-grained PAT) or the read:org scope (classic PAT)",
  teamRepositories: "repository Metadata: read (GitHub App / fine-grained PAT) or the read:org scope (classic PAT), as a member who can see the team",
  codeSecurity: "organization Administration: write (GitHub App / fine-grained PAT, as GitHub documents it for reading configurations) or the write:org scope as an owner or security manager (classic PAT)"
};
async function listAll(client, path, permission, pick = (body) => body) {
  const requests = [];
  const items = [];
  const separator = path.includes("?") ? "&" : "?";
  for (let page = 1; ; page++) {
    try {
      const response = await restGet(
        client,
        `${path}${separator}per_page=${PAGE_SIZE}&page=${page}`,
        permission
      );
      requests.push(response.request);
      items.push(...pick(response.data));
      if (!response.hasNextPage) return { data: items, requests };
    } catch (error) {
      if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
      requests.push(error.request);
      return { requests, error };
    }
  }
}
function orgRecord(org, kind, file, requests, outcome, notes) {
  return {
    path: orgEvidencePath(org, file),
    source: "github",
    subject: orgSubject(org),
    kind,
    requests,
    ...outcome.error ? { error: outcome.error.failure } : { data: outcome.data },
    ...notes ? { notes } : {}
  };
}
async function getOne(client, path, permission) {
  try {
    const response = await restGet(client, path, permission);
    return { data: response.data, requests: [response.request] };
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
    return { requests: [error.request], error };
  }
}
async function collectOrgSettings(client, org, sink) {
  const K = GITHUB_ORG_EVIDENCE;
  const organization = await getOne(client, `/orgs/${org}`, ORG_PERMISSIONS.organization);
  const notAnOrganization = organization.error?.request.status === 404;
  await sink.add(
    orgRecord(org, K.organization, "organization", organization.requests, organization, {
      ...notAnOrganization ? { notAnOrganization: true } : {}
    })
  );
  if (notAnOrganization) return false;
  const without2fa = await listAll(
    client,
    `/orgs/${org}/members?filter=2fa_disabled`,
    ORG_PERMISSIONS.membersWithout2fa
  );
  await sink.add(orgRecord(org, K.membersWithout2fa, "members-2fa-disabled", without2fa.requests, without2fa));
  const owners = await listAll(client, `/orgs/${org}/members?role=admin`, ORG_PERMISSIONS.members);
  await sink.add(orgRecord(org, K.owners, "owners", owners.requests, owners));
  const single = [
    [
      K.actionsPermissions,
      "actions-permissions",
      `/orgs/${org}/actions/permissions`,
      ORG_PERMISSIONS.actions
    ],
    [
      K.workflowPermissions,
      "actions-workflow-permissions",
      `/orgs/${org}/actions/permissions/workflow`,
      ORG_PERMISSIONS.actions
    ],
    [
      K.forkPrApproval,
      "actions-fork-pr-approval",
      `/orgs/${org}/actions/permissions/fork-pr-contributor-approval`,
      ORG_PERMISSIONS.actions
    ]
  ];
  for (const [kind, file, path, permission] of single) {
    const outcome = await getOne(client, path, permission);
    await sink.add(orgRecord(org, kind, file, outcome.requests, outcome));
  }
  const groups = await listAll(
    client,
    `/orgs/${org}/actions/runner-groups`,
    ORG_PERMISSIONS.runnerGroups,
    (body) => body.runner_groups
  );
  await sink.add(
    orgRecord(org, K.runnerGroups, "actions-runner-groups", groups.requests, {
      ...groups.error ? { error: groups.error } : {},
      data: { total_count: groups.data?.length ?? 0, runner_groups: groups.data }
    })
  );
  return true;
}

// src/sources/github/repo-webhooks.ts
var REPO_WEBHOOKS_PERMISSION = "webhooks: read on this repository (GitHub App or fine-grained token) or admin rights on it (classic token)";
async function collectRepoWebhooks(client, fullName, repositoryId) {
  const listing = await listAll(
    client,
    `/repos/${fullName}/hooks`,
    REPO_WEBHOOKS_PERMISSION,
    webhooksWithoutUrlSecrets
  );
  return {
    path: evidencePath(fullName, "webhooks"),
    source: "github",
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.repoWebhooks,
    requests: listing.requests,
    ...listing.error ? { error: listing.error.failure } : { data: listing.data },
    // The listing belongs to this repository, not to one that takes its name later (webhooks-carry.ts).
    ...typeof repositoryId === "number" && { notes: { repositoryId } }
  };
}
function webhooksWithoutUrlSecrets(body) {
  if (!Array.isArray(body)) return body;
  return body.map((hook) => {
    const config = hook?.config;
    if (!config || typeof config.url !== "string") return hook;
    return { ...hook, config: { ...config, url: maskUrlSecrets(config.url) } };
  });
}
function maskUrlSecrets(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.username) parsed.username = "***";
  if (parsed.password) parsed.password = "***";
  for (const key of [...new Set(parsed.searchParams.keys())]) parsed.searchParams.set(key, "***");
  return parsed.toString();
}

// src/sources/github/webhooks-carry.ts
var WEBHOOKS_MAX_AGE_MS = 7 * 864e5;
var AUDIT_LOG_LAG_MS = 36e5;
function listingReadAt(record2) {
  const carried = record2.notes?.carriedFrom;
  if (carried) {
    const at = Date.parse(carried.readAt ?? "");
    return Number.isFinite(at) ? at : void 0;
  }
  const times = record2.requests.map((r) => Date.parse(r.time ?? ""));
  if (times.length === 0 || times.some((t) => !Number.isFinite(t))) return void 0;
  return Math.max(...times);
}
function carryWebhooks(previous, input) {
  const record2 = previous?.record;
  if (!record2) return { reason: "the previous bundle has no webhook listing for it" };
  if (record2.kind !== GITHUB_EVIDENCE.repoWebhooks || record2.error || !Array.isArray(record2.data))
    return { reason: "the previous bundle recorded no complete listing for it" };
  const notes = record2.notes ?? {};
  if (typeof input.repositoryId !== "number" || notes.repositoryId !== input.repositoryId)
    return { reason: "the previous listing is not of the repository with this id" };
  const readAt = listingReadAt(record2);
  if (readAt === void 0) return { reason: "the previous listing does not say when it was read" };
  if (input.nowMs - readAt > WEBHOOKS_MAX_AGE_MS)
    return { reason: "the previous listing is older than the longest a listing is carried" };
  const log = input.events;
  if (!log) return { reason: "the audit log could not be read" };
  const since = readAt - AUDIT_LOG_LAG_MS;
  if (!(log.from <= since))
    return { reason: "the audit log read does not reach back to the previous listing" };
  const changed = log.events.some(
    (event) => (event.action.startsWith("hook.") || event.action.startsWith("repo.")) && event["@timestamp"] >= since && namesRepository(event, input.fullName)
  );
  if (changed) return { reason: "the audit log records a change to it or its webhooks since" };
  const carriedFrom = {
    bundle: input.bundle.key,
    manifestSha256: input.bundle.manifestSha256,
    path: record2.path,
    sha256: previous.sha256,
    readAt: new Date(readAt).toISOString(),
    through: new Date(log.readAt - AUDIT_LOG_LAG_MS).toISOString(),
    auditLog: log.path
  };
  return {
    carried: {
      path: record2.path,
      source: record2.source,
      subject: record2.subject,
      kind: record2.kind,
      requests: [],
      data: record2.data,
      notes: { repositoryId: input.repositoryId, carriedFrom }
    }
  };
}
function namesRepository(event, fullName) {
  const full = fullName.toLowerCase();
  const bare = full.split("/")[1];
  return Object.values(event).some((value) => {
    if (typeof value !== "string") return false;
    const text = value.toLowerCase();
    return text === full || text === bare || text.endsWith(`/${bare}`);
  });
}

// src/sources/github/audit-log.ts
var AUDIT_LOG_FAMILIES = [
  "action:protected_branch",
  "action:repository_ruleset",
  "action:org.disable_two_factor_requirement",
  "action:org.enable_two_factor_requirement"
];
function createdQualifier(period) {
  return `created:${period.start.slice(0, 10)}..${period.end.slice(0, 10)}`;
}
async function collectAuditLog(client, org, period, sink) {
  const requests = [];
  const events = [];
  const phrases = AUDIT_LOG_FAMILIES.map((family) => `${family} ${createdQualifier(period)}`);
  try {
    await readPhrases(client, org, phrases, requests, events);
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
    requests.push(error.request);
    await sink.add(
      orgRecord(org, GITHUB_ORG_EVIDENCE.auditLog, "audit-log", requests, { error }, { period, phrases })
    );
    return;
  }
  events.sort((a, b) => a["@timestamp"] - b["@timestamp"]);
  await sink.add(
    orgRecord(
      org,
      GITHUB_ORG_EVIDENCE.auditLog,
      "audit-log",
      requests,
      { data: { phrases, events } },
      { period }
    )
  );
}
async function readPhrases(client, org, phrases, requests, events, maxPagesPerPhrase = Infinity) {
  for (const phrase of phrases) {
    let pages = 0;
    let path = `/orgs/${org}/audit-log?phrase=${encodeURIComponent(phrase)}&order=asc&per_page=100`;
    while (path) {
      const response = await restGet(
        client,
        path,
        ORG_PERMISSIONS.auditLog
      );
      requests.push(response.request);
      for (const event of Array.isArray(response.data) ? response.data : [null]) {
        if (!event || typeof event.action !== "string" || typeof event["@timestamp"] !== "number")
          throw new GitHubRequestFailure(response.request, {
            message: `GET ${path.split("?")[0]} answered an entry that is not an audit-log event`
          });
        events.push(event);
      }
      path = response.nextUrl ? relativePath(response.nextUrl) : void 0;
      if (path && ++pages >= maxPagesPerPhrase)
        throw new GitHubRequestFailure(response.request, {
          message: `"${phrase}" has more than ${maxPagesPerPhrase} pages of events; not read further`
        });
    }
  }
}
function relativePath(url) {
  const parsed = new URL(url);
  const apiPrefix = parsed.pathname.indexOf("/orgs/");
  return `${parsed.pathname.slice(apiPrefix)}${parsed.search}`;
}
var REPO_EVENT_FAMILIES = [
  "action:hook",
  "action:repo.transfer",
  "action:repo.transfer_outgoing"
];
var MAX_REPO_EVENT_PAGES = 20;
async function collectRepoEventsLog(client, org, fromMs, sink) {
  const day = new Date(fromMs).toISOString().slice(0, 10);
  const completeFrom = Date.parse(`${day}T00:00:00Z`);
  const phrases = REPO_EVENT_FAMILIES.map((family) => `${family} created:>=${day}`);
  const requests = [];
  const events = [];
  const readAt = Date.now();
  try {
    await readPhrases(client, org, phrases, requests, events, MAX_REPO_EVENT_PAGES);
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
    if (!requests.includes(error.request)) requests.push(error.request);
    await sink.add(
      orgRecord(
        org,
        GITHUB_ORG_EVIDENCE.repoEventsLog,
        "audit-log-repo-events",
        requests,
        { error },
        { phrases }
      )
    );
    return void 0;
  }
  events.sort((a, b) => a["@timestamp"] - b["@timestamp"]);
  const record2 = orgRecord(
    org,
    GITHUB_ORG_EVIDENCE.repoEventsLog,
    "audit-log-repo-events",
    requests,
    { data: { phrases, events } },
    { from: new Date(completeFrom).toISOString(), readAt: new Date(readAt).toISOString() }
  );
  await sink.add(record2);
  return { path: record2.path, from: completeFrom, readAt, events };
}

// src/sources/github/repositories.ts
var PAGE_SIZE2 = 100;
async function resolveRepositories(client, scope, sink, options = {}) {
  const include = options.include ?? (() => true);
  const seen = /* @__PURE__ */ new Map();
  for (const entry of scope) {
    const [owner, name] = entry.split("/");
    if (name === "*") {
      for (const { repository, request } of await listOrgRepositories(client, owner)) {
        options.population?.add(repository.full_name);
        if (seen.has(repository.full_name) || !include(repository.full_name)) continue;
        seen.set(repository.full_name, { fullName: repository.full_name, data: repository });
        await sink.add(repositoryRecord(repository.full_name, [request], repository));
      }
      continue;
    }
    const fullName = `${owner}/${name}`;
    options.population?.add(fullName);
    if (seen.has(fullName) || !include(fullName)) continue;
    try {
      const { data, request } = await restGet(
        client,
        `/repos/${owner}/${name}`,
        "metadata: read on this repository"
      );
      seen.set(data.full_name, { fullName: data.full_name, data });
      await sink.add(repositoryRecord(data.full_name, [request], data));
    } catch (error) {
      if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
      const failure = error.request.status === 404 ? {
        status: 404,
        message: `Repository ${fullName} was not found, or the token cannot see it. Check the repositories input and the token's repository access.`
      } : error.failure;
      seen.set(fullName, { fullName });
      await sink.add({ ...repositoryRecord(fullName, [error.request]), error: failure });
    }
  }
  return [...seen.values()];
}
async function listOrgRepositories(client, owner) {
  const listed = [];
  for (let page = 1; ; page++) {
    let response;
    try {
      response = await restGet(
        client,
        `/orgs/${owner}/repos?type=all&per_page=${PAGE_SIZE2}&page=${page}`,
        "metadata: read on the organization"
      );
    } catch (error) {
      if (error instanceof GitHubRequestFailure && error.request.status === 404) {
        throw new GitHubRequestFailure(error.request, {
          status: 404,
          message: `Organization ${owner} was not found, or the token cannot see it (from "${owner}/*" in the repositories input).`
        });
      }
      throw error;
    }
    for (const repository of response.data) listed.push({ repository, request: response.request });
    if (!response.hasNextPage) return listed;
  }
}
function repositoryRecord(fullName, requests, data) {
  return {
    path: evidencePath(fullName, "repository"),
    source: "github",
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.repository,
    requests,
    ...data ? { data } : {}
  };
}

// src/sources/github/org-code-security.ts
function relativePath2(url) {
  const parsed = new URL(url);
  return `${parsed.pathname.slice(parsed.pathname.indexOf("/orgs/"))}${parsed.search}`;
}
async function listCursor(client, path, requests) {
  const items = [];
  let next = path;
  while (next) {
    const response = await restGet(
      client,
      next,
      ORG_PERMISSIONS.codeSecurity
    );
    requests.push(response.request);
    items.push(...response.data);
    next = response.nextUrl ? relativePath2(response.nextUrl) : void 0;
  }
  return items;
}
async function collectOrgCodeSecurity(client, org, sink) {
  const requests = [];
  try {
    const listed = await listCursor(
      client,
      `/orgs/${org}/code-security/configurations?per_page=100`,
      requests
    );
    const configurations = [];
    for (const configuration of listed) {
      const repositories = await listCursor(
        client,
        `/orgs/${org}/code-security/configurations/${configuration.id}/repositories?per_page=100`,
        requests
      );
      configurations.push({
        id: configuration.id,
        name: configuration.name,
        ...configuration.target_type ? { target_type: configuration.target_type } : {},
        ...configuration.code_scanning_default_setup ? { code_scanning_default_setup: configuration.code_scanning_default_setup } : {},
        ...configuration.enforcement ? { enforcement: configuration.enforcement } : {},
        repositories: repositories.map((r) => ({
          status: r.status,
          repository: { full_name: r.repository.full_name }
        }))
      });
    }
    await sink.add(
      orgRecord(
        org,
        GITHUB_ORG_EVIDENCE.codeSecurityConfigurations,
        "code-security-configurations",
        requests,
        {
          data: { configurations }
        }
      )
    );
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
    requests.push(error.request);
    await sink.add(
      orgRecord(
        org,
        GITHUB_ORG_EVIDENCE.codeSecurityConfigurations,
        "code-security-configurations",
        requests,
        {
          error
        }
      )
    );
  }
}

// src/sources/github/org-security.ts
async function collectOrgSecurity(client, org, sink) {
  const K = GITHUB_ORG_EVIDENCE;
  const secrets = await listAll(client, `/orgs/${org}/secret-scanning/alerts`, ORG_PERMISSIONS.secretScanning);
  await sink.add(orgRecord(org, K.secretScanningAlerts, "secret-scanning-alerts", secrets.requests, secrets));
  const code = await listAll(
    client,
    `/orgs/${org}/code-scanning/alerts?state=open`,
    ORG_PERMISSIONS.codeScanning
  );
  await sink.add(orgRecord(org, K.codeScanningAlerts, "code-scanning-alerts", code.requests, code));
  const hooks = await listAll(
    client,
    `/orgs/${org}/hooks`,
    ORG_PERMISSIONS.webhooks,
    webhooksWithoutUrlSecrets
  );
  await sink.add(orgRecord(org, K.webhooks, "webhooks", hooks.requests, hooks));
}

// src/sources/github/org-teams.ts
async function collectOrgTeams(client, org, sink) {
  const requests = [];
  const listed = await listAll(client, `/orgs/${org}/teams`, ORG_PERMISSIONS.teams);
  requests.push(...listed.requests);
  const record2 = (outcome) => orgRecord(org, GITHUB_ORG_EVIDENCE.teams, "teams", requests, outcome);
  if (!listed.data) return sink.add(record2(listed));
  const teams = [];
  for (const team of listed.data) {
    const repos = await listAll(
      client,
      `/orgs/${org}/teams/${encodeURIComponent(team.slug)}/repos`,
      ORG_PERMISSIONS.teamRepositories
    );
    requests.push(...repos.requests);
    if (!repos.data) return sink.add(record2(repos));
    teams.push({
      id: team.id,
      slug: team.slug,
      name: team.name,
      ...team.privacy ? { privacy: team.privacy } : {},
      parent: team.parent ? { slug: team.parent.slug } : null,
      repositories: repos.data.map((repo) => ({
        full_name: repo.full_name,
        ...repo.role_name ? { role_name: repo.role_name } : {},
        ...repo.permissions ? { permissions: repo.permissions } : {}
      }))
    });
  }
  await sink.add(record2({ data: { teams } }));
}

// src/sources/github/repo-access.ts
var ACCESS_BATCH_SIZE = 29;
var FIRST_ENVIRONMENTS = 1;
var MAX_ENVIRONMENTS = 100;
var ACCESS_FIELDS = `nameWithOwner visibility isSecurityPolicyEnabled
    collaborators(affiliation: ALL, first: 100) { totalCount edges { permission node { login } } }
    outsideCollaborators: collaborators(affiliation: OUTSIDE, first: 100) { totalCount edges { permission node { login } } }
    deployKeys(first: 100) { totalCount nodes { id title readOnly createdAt } }
    environments(first: ENVIRONMENTS) { totalCount nodes { name protectionRules(first: 10) { nodes { type } } } }
    codeowners { errors { line column kind message path source suggestion } }`;
async function collectRepoAccess(client, repositories, sink, batchSize = ACCESS_BATCH_SIZE) {
  const batches = chunk(repositories, batchSize);
  const concurrency = client.graphqlConcurrency ?? 4;
  const first = (await mapWithLimit(batches, concurrency, (batch) => accessBatch(client, batch, FIRST_ENVIRONMENTS))).flat();
  const more = repositories.filter((_, i) => {
    const environments = first[i].data?.environments;
    return !!environments && environments.totalCount > (environments.nodes?.length ?? 0);
  });
  const environmentCount = new Map(
    repositories.map((fullName, i) => [
      fullName,
      first[i].data?.environments?.totalCount ?? MAX_ENVIRONMENTS
    ])
  );
  const again = /* @__PURE__ */ new Map();
  for (const batch of chunk(more, batchSize)) {
    const page = Math.min(MAX_ENVIRONMENTS, Math.max(...batch.map((r) => environmentCount.get(r))));
    for (const [j, r] of (await accessBatch(client, batch, page)).entries()) again.set(batch[j], r);
  }
  for (const [i, fullName] of repositories.entries()) await sink.add(again.get(fullName) ?? first[i]);
}
async function accessBatch(client, batch, environments) {
  const variables = {};
  const declarations = [];
  const selections = batch.map((fullName, index) => {
    const [owner, name] = fullName.split("/");
    variables[`o${index}`] = owner;
    variables[`n${index}`] = name;
    declarations.push(`$o${index}: String!`, `$n${index}: String!`);
    return `r${index}: repository(owner: $o${index}, name: $n${index}) { ...Access }`;
  });
  const fields = ACCESS_FIELDS.replace("ENVIRONMENTS", String(environments));
  const query = `query RepoAccess(${declarations.join(", ")}) {
  rateLimit { cost remaining resetAt }
  ${selections.join("\n  ")}
}
fragment Access on Repository {
    ${fields}
}`;
  try {
    const result = await graphqlPost(
      client,
      "RepoAccess",
      query,
      variables
    );
    return batch.map((fullName, index) => {
      const alias = `r${index}`;
      const data = result.data[alias];
      const base = record(fullName, result.request);
      const errors = result.errors.filter((e) => e.path?.[0] === alias);
      if (!data) {
        return {
          ...base,
          error: { message: describe(errors) ?? "GitHub returned no data for the repository" }
        };
      }
      const fieldErrors = Object.fromEntries(
        errors.filter((e) => typeof e.path?.[1] === "string").map((e) => [String(e.path[1]), fieldMessage(e)])
      );
      return { ...base, data: { ...data, ...Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {} } };
    });
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
    return batch.map((fullName) => ({ ...record(fullName, error.request), error: error.failure }));
  }
}
function record(fullName, request) {
  return {
    path: evidencePath(fullName, "access"),
    source: "github",
    subject: repoSubject(fullName),
    kind: GITHUB_ORG_EVIDENCE.repoAccess,
    requests: [request]
  };
}
function fieldMessage(error) {
  if (error.type === "FORBIDDEN" || /not accessible|permission/i.test(error.message)) {
    const { field, permission } = graphqlFieldPermission(error.path);
    return `${error.message} (GraphQL field ${field}): the token lacks ${permission}.`;
  }
  return error.message;
}
function describe(errors) {
  return errors.length > 0 ? errors.map(fieldMessage).join("; ") : void 0;
}

// src/sources/github/org-governance.ts
async function collectOrgGovernance(client, repositories, period, sink, owners = [...new Set(repositories.map((fullName) => fullName.split("/")[0]))].sort()) {
  for (const org of owners) {
    if (!await collectOrgSettings(client, org, sink)) continue;
    await collectOrgSecurity(client, org, sink);
    await collectOrgTeams(client, org, sink);
    await collectOrgCodeSecurity(client, org, sink);
    await collectAuditLog(client, org, period, sink);
  }
  await collectRepoAccess(client, repositories, sink);
}

// src/sources/github/protection-graphql.ts
var PROTECTION_BATCH_SIZE = 37;
var RULESETS_PAGE = 2;
var RULES_PAGE = 25;
var ALLOWANCES_PAGE = 25;
var CLASSIC_FIELDS = `pattern allowsDeletions allowsForcePushes blocksCreations dismissesStaleReviews isAdminEnforced
        lockAllowsFetchAndMerge lockBranch requireLastPushApproval requiredApprovingReviewCount requiredStatusCheckContexts
        requiredStatusChecks { context app { databaseId } } requiresApprovingReviews requiresCodeOwnerReviews
        requiresCommitSignatures requiresConversationResolution requiresLinearHistory requiresStatusChecks
        requiresStrictStatusChecks
        bypassPullRequestAllowances(first: ${ALLOWANCES_PAGE}) { totalCount pageInfo { hasNextPage }
          nodes { actor { __typename ... on User { login databaseId } ... on Team { slug databaseId } ... on App { slug databaseId } } } }`;
var RULESET_FIELDS = `totalCount pageInfo { hasNextPage }
      nodes { id databaseId name enforcement target
        source { __typename ... on Organization { login } ... on Repository { nameWithOwner } ... on Enterprise { slug } }
        conditions { refName { include exclude } repositoryName { include exclude }
          repositoryId { repositoryIds } repositoryProperty { include { name } exclude { name } } }
        rules(first: ${RULES_PAGE}) { totalCount pageInfo { hasNextPage }
          nodes { type parameters { __typename
            ... on PullRequestParameters { allowedMergeMethods dismissStaleReviewsOnPush requireCodeOwnerReview
              requireLastPushApproval requiredApprovingReviewCount requiredReviewThreadResolution }
            ... on RequiredStatusChecksParameters { doNotEnforceOnCreate strictRequiredStatusChecksPolicy
              requiredStatusChecks { context integrationId } } } } } }`;
async function collectProtectionBatch(client, batch) {
  const variables = {};
  const declarations = [];
  const selections = batch.map((repo, index) => {
    const [owner, name] = repo.fullName.split("/");
    variables[`o${index}`] = owner;
    variables[`n${index}`] = name;
    declarations.push(`$o${index}: String!`, `$n${index}: String!`);
    const classic = repo.admin ? ` branchProtectionRule { ${CLASSIC_FIELDS} }` : "";
    return `r${index}: repository(owner: $o${index}, name: $n${index}) {
    defaultBranchRef { name target { oid }${classic} }
    rulesets(first: ${RULESETS_PAGE}, includeParents: true) { ${RULESET_FIELDS} }
  }`;
  });
  const query = `query BranchProtection(${declarations.join(", ")}) {
  rateLimit { cost remaining resetAt }
  ${selections.join("\n  ")}
}`;
  let result;
  try {
    result = await graphqlPost(
      client,
      "BranchProtection",
      query,
      variables
    );
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
    return batch.map(() => ({}));
  }
  return batch.map((repo, index) => {
    const alias = `r${index}`;
    const node = result.data[alias];
    const errors = result.errors.filter((e) => e.path?.[0] === alias);
    if (!node || !node.defaultBranchRef || node.defaultBranchRef.name !== repo.defaultBranch) return {};
    const head = node.defaultBranchRef.target?.oid;
    return {
      ...typeof head === "string" && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head) ? { head } : {},
      ...ruleRecord(repo, node, errors, result.request),
      ...classicRecord(repo, node, errors, result.request)
    };
  });
}
function hasError(errors, field) {
  return errors.some((e) => e.path?.includes(field));
}
function ruleRecord(repo, node, errors, request) {
  const page = node.rulesets;
  if (!page || hasError(errors, "rulesets") || page.pageInfo?.hasNextPage !== false || !page.nodes) return {};
  const rules = [];
  const rulesetNodeIds = /* @__PURE__ */ new Map();
  for (const ruleset of page.nodes) {
    if (!ruleset) return {};
    const applies = rulesetApplies(ruleset, repo);
    if (applies === void 0) return {};
    if (!applies) continue;
    const source2 = rulesetSource(ruleset);
    if (!source2 || ruleset.databaseId === null || ruleset.databaseId === void 0) return {};
    const rulePage = ruleset.rules;
    if (!rulePage?.nodes || rulePage.pageInfo?.hasNextPage !== false) return {};
    if (typeof ruleset.id === "string" && ruleset.id.length > 0 && ruleset.id.length <= 100)
      rulesetNodeIds.set(ruleset.databaseId, ruleset.id);
    for (const rule of rulePage.nodes) {
      if (!rule) return {};
      const parameters = restParameters(rule.parameters);
      rules.push({
        type: rule.type.toLowerCase(),
        ...parameters ? { parameters } : {},
        ruleset_source_type: source2.type,
        ruleset_source: source2.name,
        ruleset_id: ruleset.databaseId
      });
    }
  }
  return {
    rulesetNodeIds,
    rules: {
      path: evidencePath(repo.fullName, "branch-rules"),
      source: "github",
      subject: repoSubject(repo.fullName),
      kind: GITHUB_EVIDENCE.branchRules,
      requests: [request],
      data: { branch: repo.defaultBranch, rules },
      notes: {
        derivedFrom: "GraphQL Repository.rulesets(includeParents: true): the active branch rulesets whose ref_name condition matches the default branch, as GET /repos/{owner}/{repo}/rules/branches/{branch} returns them"
      }
    }
  };
}
function rulesetApplies(ruleset, repo) {
  if (ruleset.enforcement !== "ACTIVE")
    return ruleset.enforcement === "EVALUATE" || ruleset.enforcement === "DISABLED" ? false : void 0;
  if (ruleset.target !== "BRANCH" && ruleset.target !== null)
    return ruleset.target === "TAG" || ruleset.target === "PUSH" || ruleset.target === "REPOSITORY" ? false : void 0;
  const conditions = ruleset.conditions;
  if (!conditions || conditions.repositoryId || conditions.repositoryProperty) return void 0;
  const name = repo.fullName.split("/")[1];
  if (conditions.repositoryName) {
    const included2 = matchesAny(conditions.repositoryName.include, name, "");
    const excluded2 = matchesAny(conditions.repositoryName.exclude, name, "");
    if (included2 === void 0 || excluded2 === void 0) return void 0;
    if (!included2 || excluded2) return false;
  }
  if (!conditions.refName) return void 0;
  const ref = `refs/heads/${repo.defaultBranch}`;
  const included = matchesAny(conditions.refName.include, ref, "refs/heads/");
  const excluded = matchesAny(conditions.refName.exclude, ref, "refs/heads/");
  if (included === void 0 || excluded === void 0) return void 0;
  return included && !excluded;
}
function matchesAny(patterns, value, prefix) {
  let matched = false;
  for (const pattern of patterns) {
    if (pattern === "~ALL" || pattern === "~DEFAULT_BRANCH") {
      if (pattern === "~DEFAULT_BRANCH" && prefix === "") return void 0;
      matched = true;
      continue;
    }
    if (/[[\]{}\\!]/.test(pattern) || prefix && !pattern.startsWith(prefix)) return void 0;
    const source2 = pattern.split("**").map(
      (part) => part.split("*").map((piece) => piece.split("?").map(escapeRegex).join("[^/]")).join("[^/]*")
    ).join(".*");
    if (new RegExp(`^${source2}$`).test(value)) matched = true;
  }
  return matched;
}
var escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
function rulesetSource(ruleset) {
  const source2 = ruleset.source;
  if (source2?.__typename === "Organization" && source2.login)
    return { type: "Organization", name: source2.login };
  if (source2?.__typename === "Repository" && source2.nameWithOwner)
    return { type: "Repository", name: source2.nameWithOwner };
  if (source2?.__typename === "Enterprise" && source2.slug) return { type: "Enterprise", name: source2.slug };
  return void 0;
}
var snake = (key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
function restParameters(parameters) {
  if (!parameters) return void 0;
  const convert = (value) => Array.isArray(value) ? value.map(convert) : value && typeof value === "object" ? Object.fromEntries(
    Object.entries(value).filter(([k, v]) => k !== "__typename" && v !== null && v !== void 0).map(([k, v]) => [snake(k), convert(v)])
  ) : value;
  const converted = convert(parameters);
  if (Array.isArray(converted.allowed_merge_methods))
    converted.allowed_merge_methods = converted.allowed_merge_methods.map((m) => String(m).toLowerCase());
  return Object.keys(converted).length > 0 ? converted : void 0;
}
function classicRecord(repo, node, errors, request) {
  if (!repo.admin || hasError(errors, "branchProtectionRule") || !node.defaultBranchRef) return {};
  const rule = node.defaultBranchRef.branchProtectionRule;
  if (rule === void 0) return {};
  if (rule === null && repo.private && !repo.planProtectsPrivate) return {};
  let data;
  if (rule === null) {
    data = { branch: repo.defaultBranch, protected: false };
  } else {
    const protection = restProtection(rule);
    if (!protection) return {};
    data = { branch: repo.defaultBranch, protected: true, protection };
  }
  return {
    classic: {
      path: evidencePath(repo.fullName, "branch-protection"),
      source: "github",
      subject: repoSubject(repo.fullName),
      kind: GITHUB_EVIDENCE.branchProtection,
      requests: [request],
      data,
      notes: {
        derivedFrom: 'GraphQL Ref.branchProtectionRule of the default branch, in the shape of GET /repos/{owner}/{repo}/branches/{branch}/protection (null: "Branch not protected")'
      }
    }
  };
}
function restProtection(rule) {
  const allowances = rule.bypassPullRequestAllowances;
  if (!allowances?.nodes || allowances.pageInfo?.hasNextPage !== false) return void 0;
  const users = [];
  const teams = [];
  const apps = [];
  for (const allowance of allowances.nodes) {
    const actor = allowance?.actor;
    if (!actor || typeof actor.databaseId !== "number") return void 0;
    if (actor.__typename === "User" && actor.login) users.push({ login: actor.login, id: actor.databaseId });
    else if (actor.__typename === "Team" && actor.slug) teams.push({ slug: actor.slug, id: actor.databaseId });
    else if (actor.__typename === "App" && actor.slug) apps.push({ slug: actor.slug, id: actor.databaseId });
    else return void 0;
  }
  const flag = (enabled) => ({ enabled });
  const reviews = {
    dismiss_stale_reviews: rule.dismissesStaleReviews,
    require_code_owner_reviews: rule.requiresCodeOwnerReviews,
    required_approving_review_count: rule.requiredApprovingReviewCount ?? 0,
    require_last_push_approval: rule.requireLastPushApproval,
    ...allowances.nodes.length > 0 ? { bypass_pull_request_allowances: { users, teams, apps } } : {}
  };
  const protection = {
    required_signatures: flag(rule.requiresCommitSignatures)
  };
  const contexts = (rule.requiredStatusCheckContexts ?? []).filter((c) => typeof c === "string");
  return Object.assign(protection, {
    ...rule.requiresStatusChecks ? {
      required_status_checks: {
        strict: rule.requiresStrictStatusChecks,
        contexts,
        checks: (rule.requiredStatusChecks ?? []).map((c) => ({
          context: c.context,
          app_id: c.app?.databaseId ?? null
        }))
      }
    } : {},
    ...rule.requiresApprovingReviews ? { required_pull_request_reviews: reviews } : {},
    enforce_admins: flag(rule.isAdminEnforced),
    required_linear_history: flag(rule.requiresLinearHistory),
    allow_force_pushes: flag(rule.allowsForcePushes),
    allow_deletions: flag(rule.allowsDeletions),
    block_creations: flag(rule.blocksCreations),
    required_conversation_resolution: flag(rule.requiresConversationResolution),
    lock_branch: flag(rule.lockBranch),
    allow_fork_syncing: flag(rule.lockAllowsFetchAndMerge)
  });
}

// src/sources/github/ruleset-bypass-graphql.ts
var BYPASS_BATCH_SIZE = 149;
var ACTORS_PAGE = 25;
var FIELDS = `__typename ... on RepositoryRuleset { databaseId name enforcement
      bypassActors(first: ${ACTORS_PAGE}) { totalCount pageInfo { hasNextPage }
        nodes { bypassMode deployKey enterpriseOwner organizationAdmin repositoryRoleDatabaseId
          actor { __typename ... on App { databaseId } ... on Team { databaseId } } } } }`;
async function collectRulesetBypassBatch(client, nodeIds) {
  const variables = {};
  const declarations = [];
  const selections = nodeIds.map((id, index) => {
    variables[`i${index}`] = id;
    declarations.push(`$i${index}: ID!`);
    return `s${index}: node(id: $i${index}) { ${FIELDS} }`;
  });
  const query = `query RulesetBypassActors(${declarations.join(", ")}) {
  rateLimit { cost remaining resetAt }
  ${selections.join("\n  ")}
}`;
  const answered = /* @__PURE__ */ new Map();
  let result;
  try {
    result = await graphqlPost(
      client,
      "RulesetBypassActors",
      query,
      variables
    );
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
    return answered;
  }
  if (result.errors.some((e) => !e.path || e.path.length === 0)) return answered;
  nodeIds.forEach((id, index) => {
    const alias = `s${index}`;
    const errors = result.errors.filter((e) => e.path?.[0] === alias);
    const node = result.data[alias];
    if (errors.length > 0 || !node || node.__typename !== "RepositoryRuleset") return;
    const actors = restActors(node);
    if (!actors || typeof node.databaseId !== "number" || typeof node.name !== "string") return;
    answered.set(id, {
      databaseId: node.databaseId,
      name: node.name,
      enforcement: (node.enforcement ?? "").toLowerCase(),
      bypassActors: actors,
      request: result.request
    });
  });
  return answered;
}
var MODES = { ALWAYS: "always", PULL_REQUEST: "pull_request", EXEMPT: "exempt" };
function restActors(node) {
  const page = node.bypassActors;
  if (!page || !page.nodes || page.pageInfo?.hasNextPage !== false) return void 0;
  if (page.totalCount !== page.nodes.length) return void 0;
  const actors = [];
  for (const entry of page.nodes) {
    if (!entry) return void 0;
    const mode = entry.bypassMode ? MODES[entry.bypassMode] : void 0;
    if (!mode) return void 0;
    const kinds = [];
    if (entry.actor?.__typename === "App" && typeof entry.actor.databaseId === "number")
      kinds.push({ actor_id: entry.actor.databaseId, actor_type: "Integration", bypass_mode: mode });
    if (entry.actor?.__typename === "Team" && typeof entry.actor.databaseId === "number")
      kinds.push({ actor_id: entry.actor.databaseId, actor_type: "Team", bypass_mode: mode });
    if (entry.organizationAdmin === true)
      kinds.push({ actor_id: 1, actor_type: "OrganizationAdmin", bypass_mode: mode });
    if (typeof entry.repositoryRoleDatabaseId === "number")
      kinds.push({
        actor_id: entry.repositoryRoleDatabaseId,
        actor_type: "RepositoryRole",
        bypass_mode: mode
      });
    if (entry.deployKey === true) kinds.push({ actor_id: null, actor_type: "DeployKey", bypass_mode: mode });
    if (entry.enterpriseOwner === true || entry.actor && kinds.length === 0 || kinds.length !== 1)
      return void 0;
    actors.push(kinds[0]);
  }
  return actors;
}
function bypassListIsCertain(list, ruleset) {
  if (list.bypassActors.length > 0) return true;
  return ruleset.repositoryAdmin && (ruleset.sourceType ?? "Repository") === "Repository";
}

// src/sources/github/private-vulnerability-reporting.ts
var PRIVATE_VULNERABILITY_REPORTING_PERMISSION = "administration: read (GitHub App or fine-grained token) or admin rights on the repository";
function isPublicRepository(repository) {
  return repository.visibility !== void 0 ? repository.visibility === "public" : !repository.private;
}
async function collectPrivateVulnerabilityReporting(client, fullName) {
  const record2 = {
    path: evidencePath(fullName, "private-vulnerability-reporting"),
    source: "github",
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.privateVulnerabilityReporting,
    requests: []
  };
  try {
    const response = await restGet(
      client,
      `/repos/${fullName}/private-vulnerability-reporting`,
      PRIVATE_VULNERABILITY_REPORTING_PERMISSION
    );
    record2.requests.push(response.request);
    const enabled = response.data?.enabled;
    if (typeof enabled === "boolean") {
      record2.data = { enabled };
    } else {
      record2.error = {
        status: response.request.status,
        message: `GET /repos/${fullName}/private-vulnerability-reporting answered without a boolean "enabled".`
      };
    }
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure)) throw error;
    record2.requests.push(error.request);
    record2.error = error.failure;
  }
  return record2;
}

// src/sources/github/collect.ts
async function readBypassLists(client, answers) {
  const nodeIds = [
    ...new Set(answers.flatMap((a) => a.rules ? [...a.rulesetNodeIds?.values() ?? []] : []))
  ];
  const byNodeId = /* @__PURE__ */ new Map();
  const results = await mapWithLimit(
    chunk(nodeIds, BYPASS_BATCH_SIZE),
    client.graphqlConcurrency,
    (batch) => collectRulesetBypassBatch(client, batch)
  );
  for (const result of results) for (const [id, list] of result) byNodeId.set(id, list);
  return { byNodeId, asked: nodeIds.length, answered: byNodeId.size };
}
async function collectGitHub(client, sink, options) {
  const log = options.log ?? (() => {
  });
  const { shard } = options;
  const population = /* @__PURE__ */ new Set();
  const covered = /* @__PURE__ */ new Set();
  const resolved = await resolveRepositories(client, options.scope, sink, {
    population,
    include: (fullName) => {
      const mine = inShard(shard, fullName);
      if (mine) covered.add(fullName);
      return mine;
    }
  });
  const unreachable = resolved.filter((repo) => !repo.data).map((repo) => repo.fullName);
  const archived = resolved.filter((repo) => repo.data?.archived).map((repo) => repo.fullName);
  const active = resolved.filter((repo) => repo.data && !repo.data.archived);
  log(
    `Repositories in scope: ${resolved.length} (${active.length} active, ${archived.length} archived, ${unreachable.length} unreachable)`
  );
  const plans = /* @__PURE__ */ new Map();
  const planProtectsPrivate = (owner) => {
    if (!plans.has(owner)) plans.set(owner, orgPlanProtectsPrivate(client, owner));
    return plans.get(owner);
  };
  const targets = [];
  for (const repo of active) {
    const owner = repo.fullName.split("/")[0];
    targets.push({
      fullName: repo.fullName,
      defaultBranch: repo.data.default_branch,
      private: repo.data.private,
      admin: repo.data.permissions?.admin === true,
      planProtectsPrivate: repo.data.private ? await planProtectsPrivate(owner) : true
    });
  }
  const answers = options.protectionViaGraphql === false ? [] : (await mapWithLimit(
    chunk(targets, PROTECTION_BATCH_SIZE),
    client.graphqlConcurrency,
    (batch) => collectProtectionBatch(client, batch)
  )).flat();
  const fromGraphql = answers.filter((a) => a.rules && a.classic).length;
  log(
    `Branch protection: ${fromGraphql} of ${targets.length} repositories answered by GraphQL, the rest asked through REST`
  );
  const bypassLists = await readBypassLists(client, answers);
  log(
    `Ruleset bypass lists: ${bypassLists.answered} of ${bypassLists.asked} rulesets answered by GraphQL, the rest asked through REST`
  );
  const carriedWebhooks = options.repoWebhooks !== false && options.previous && !shard ? await carryWebhookListings(client, active, options.previous, sink, log) : /* @__PURE__ */ new Map();
  if (options.previous && options.repoWebhooks !== false)
    log(
      `Webhooks: ${carriedWebhooks.size} of ${active.length} repositories' listings carried forward from ${options.previous.key} (the audit log records no webhook or transfer event for them since they were read)`
    );
  const orgRulesets = /* @__PURE__ */ new Map();
  const orgRuleSuites = /* @__PURE__ */ new Map();
  await mapWithLimit(active, options.concurrency ?? client.restConcurrency, async (repo, index) => {
    const branch = repo.data.default_branch;
    const answer = answers[index] ?? {};
    const rules = answer.rules ?? await collectBranchRules(client, repo.fullName, branch);
    await sink.add(rules);
    await sink.add(answer.classic ?? await collectClassicProtection(client, repo.fullName, branch));
    const applied = rules.data?.rules ?? [];
    if (applied.length > 0) {
      const known = /* @__PURE__ */ new Map();
      const repositoryAdmin = repo.data.permissions?.admin === true;
      if (answer.rules === rules)
        for (const [id, nodeId] of answer.rulesetNodeIds ?? []) {
          const list = bypassLists.byNodeId.get(nodeId);
          const sourceType = applied.find((rule) => rule.ruleset_id === id)?.ruleset_source_type;
          if (list && bypassListIsCertain(list, { sourceType, repositoryAdmin })) known.set(id, list);
        }
      await sink.add(await collectRulesets(client, repo.fullName, branch, applied, orgRulesets, known));
      const orgOnly = applied.every((rule) => rule.ruleset_source_type === "Organization");
      await sink.add(
        orgOnly ? await collectRuleSuiteBypassesViaOrg(client, repo.fullName, branch, options.period, orgRuleSuites) : await collectRuleSuiteBypasses(client, repo.fullName, branch, options.period)
      );
    }
    if (isPublicRepository(repo.data))
      await sink.add(await collectPrivateVulnerabilityReporting(client, repo.fullName));
    if (options.repoWebhooks !== false)
      await sink.add(
        carriedWebhooks.get(repo.fullName) ?? await collectRepoWebhooks(client, repo.fullName, repo.data.id)
      );
  });
  const carried = await carryForward(active, answers, options);
  if (options.previous)
    log(
      `Pull requests and commits: ${carried.size} of ${active.length} repositories unchanged since ${options.previous.key} (same default-branch head, no push since), carried forward from it`
    );
  const activity = await collectRepoActivity(
    client,
    active.map((repo) => ({ fullName: repo.fullName, defaultBranch: repo.data.default_branch })),
    options.period,
    { batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE, ...options.pullRequests, carried }
  );
  for (const record2 of activity) await sink.add(record2);
  const owners = shard ? [...new Set([...population].map((fullName) => fullName.split("/")[0]))].sort().filter((owner) => inShard(shard, orgShardSubject(owner))) : void 0;
  await collectOrgGovernance(
    client,
    active.map((repo) => repo.fullName),
    options.period,
    sink,
    owners
  );
  return {
    repositories: resolved.map((repo) => repo.fullName),
    archived,
    unreachable,
    ...shard ? {
      shard: {
        subjects: canonicalSubjects([...covered, ...(owners ?? []).map(orgShardSubject)]),
        population: canonicalSubjects([
          ...population,
          ...[...population].map((fullName) => orgShardSubject(fullName.split("/")[0]))
        ])
      }
    } : {}
  };
}
async function carryForward(active, answers, options) {
  const carried = /* @__PURE__ */ new Map();
  const previous = options.previous;
  if (!previous) return carried;
  const lagMs = options.pullRequests?.searchLagMs ?? DEFAULT_SEARCH_LAG_MS;
  const window = activityWindow(options.period, lagMs);
  const branches = options.pullRequests?.branches ?? [];
  await mapWithLimit(active, 8, async (repo, index) => {
    const head = answers[index]?.head;
    if (!head || branches.length > 0) return;
    const defaultBranch = repo.data.default_branch;
    const [pullRequests, commits] = await Promise.all([
      previous.record(evidencePath(repo.fullName, "pull-requests")),
      previous.record(evidencePath(repo.fullName, "default-branch-commits"))
    ]);
    const decision = carryActivity(
      { ...pullRequests ? { pullRequests } : {}, ...commits ? { commits } : {} },
      {
        defaultBranch,
        branches: [defaultBranch],
        pushedAt: repo.data.pushed_at ?? void 0,
        head,
        period: options.period,
        window,
        lagMs,
        bundle: { key: previous.key, manifestSha256: previous.manifestSha256 }
      }
    );
    if ("carried" in decision) carried.set(repo.fullName, decision.carried);
  });
  return carried;
}
async function carryWebhookListings(client, active, previous, sink, log) {
  const nowMs = Date.now();
  const ownerOf = (repo) => repo.fullName.split("/")[0];
  const auditable = /* @__PURE__ */ new Set();
  for (const owner of [...new Set(active.map(ownerOf))].sort()) {
    const lastNight = await previous.record(orgEvidencePath(owner, "audit-log"));
    if (lastNight?.record.data) auditable.add(owner);
  }
  const candidates = active.filter((repo) => auditable.has(ownerOf(repo)));
  const sealed = /* @__PURE__ */ new Map();
  await mapWithLimit(candidates, 8, async (repo) => {
    const found = await previous.record(evidencePath(repo.fullName, "webhooks"));
    if (found) sealed.set(repo.fullName, found);
  });
  const oldest = /* @__PURE__ */ new Map();
  for (const [fullName, { record: record2 }] of sealed) {
    const readAt = listingReadAt(record2);
    if (readAt === void 0 || nowMs - readAt > WEBHOOKS_MAX_AGE_MS) continue;
    const owner = fullName.split("/")[0];
    oldest.set(owner, Math.min(oldest.get(owner) ?? Infinity, readAt));
  }
  const carried = /* @__PURE__ */ new Map();
  const reasons = /* @__PURE__ */ new Map();
  const unaudited = active.length - candidates.length;
  if (unaudited > 0)
    reasons.set("the audit log of their organization could not be read last night", unaudited);
  for (const [owner, readAt] of [...oldest].sort(([a], [b]) => a.localeCompare(b))) {
    const events = await collectRepoEventsLog(client, owner, readAt - AUDIT_LOG_LAG_MS, sink);
    for (const repo of candidates) {
      if (ownerOf(repo) !== owner) continue;
      const decision = carryWebhooks(sealed.get(repo.fullName), {
        fullName: repo.fullName,
        repositoryId: repo.data.id,
        events,
        bundle: { key: previous.key, manifestSha256: previous.manifestSha256 },
        nowMs
      });
      if ("carried" in decision) carried.set(repo.fullName, decision.carried);
      else reasons.set(decision.reason, (reasons.get(decision.reason) ?? 0) + 1);
    }
  }
  if (reasons.size > 0)
    log(
      `Webhooks read again: ${[...reasons].map(([reason, count]) => `${count} because ${reason}`).join("; ")}`
    );
  return carried;
}
async function orgPlanProtectsPrivate(client, owner) {
  try {
    const { data } = await restGet(
      client,
      `/orgs/${owner}`,
      "metadata: read on the organization"
    );
    const plan = data.plan?.name?.toLowerCase();
    return plan !== void 0 && plan !== "free";
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
    return false;
  }
}

// src/sources/github/etag-cache.ts
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
var EtagCache = class _EtagCache {
  constructor(file, entries, scope) {
    this.file = file;
    this.entries = entries;
    this.scope = scope;
  }
  file;
  entries;
  scope;
  /** The cache is per API and token scope: another token may see other data for the same path. */
  static async open(file, scope) {
    try {
      const stored = JSON.parse(await readFile(file, "utf8"));
      if (stored.scope === scope && stored.entries)
        return new _EtagCache(file, new Map(Object.entries(stored.entries)), scope);
    } catch {
    }
    return new _EtagCache(file, /* @__PURE__ */ new Map(), scope);
  }
  /** From a state the store kept (see src/store/state.ts); `file` is where `save()` writes without a store. */
  static fromState(stored, scope, file) {
    try {
      const parsed = stored ? JSON.parse(stored.toString("utf8")) : void 0;
      if (parsed?.scope === scope && parsed.entries && typeof parsed.entries === "object")
        return new _EtagCache(file, new Map(Object.entries(parsed.entries)), scope);
    } catch {
    }
    return new _EtagCache(file, /* @__PURE__ */ new Map(), scope);
  }
  get size() {
    return this.entries.size;
  }
  toState() {
    return Buffer.from(JSON.stringify({ scope: this.scope, entries: Object.fromEntries(this.entries) }));
  }
  get(path) {
    return this.entries.get(path);
  }
  set(path, entry) {
    this.entries.set(path, entry);
  }
  async save() {
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(
      temporary,
      JSON.stringify({ scope: this.scope, entries: Object.fromEntries(this.entries) })
    );
    await rename(temporary, this.file);
  }
};

// src/sources/github/token-identity.ts
function tokenType(token) {
  if (token.startsWith("ghs_")) return "installation";
  if (token.startsWith("ghp_")) return "classic-personal-access-token";
  if (token.startsWith("github_pat_")) return "fine-grained-personal-access-token";
  if (token.startsWith("gho_")) return "oauth";
  if (token.startsWith("ghu_")) return "user-to-server";
  return "unknown";
}
async function tokenIdentity(client, token) {
  const type = tokenType(token);
  const unknownType = type === "unknown" ? ["the token has no documented GitHub prefix"] : [];
  if (type !== "installation") {
    client.requested();
    try {
      const response = await client.octokit.request("GET /user");
      const login2 = response.data.login;
      const scopes = response.headers["x-oauth-scopes"];
      return {
        login: typeof login2 === "string" ? login2 : null,
        type,
        ...typeof scopes === "string" ? {
          scopes: scopes.split(",").map((scope) => scope.trim()).filter(Boolean)
        } : {},
        ...unknownType.length ? { unknown: unknownType.join("; ") } : {}
      };
    } catch (error) {
      if (error.status !== 403)
        return {
          login: null,
          type,
          unknown: [
            ...unknownType,
            `GET /user failed (${error.status ?? "no answer"})`
          ].join("; ")
        };
    }
  }
  const login = await tokenLogin(client);
  return {
    login: login ?? null,
    type: type === "unknown" && login?.endsWith("[bot]") ? "installation" : type,
    ...login ? unknownType.length && !login.endsWith("[bot]") ? { unknown: unknownType.join("; ") } : {} : { unknown: [...unknownType, "GraphQL viewer could not be read"].join("; ") }
  };
}

// src/sources/github/source.ts
var REPO_WEBHOOKS_CHECK = "github.repo.webhooks-secure";
var ETAG_STATE = "github-etags";
var source = {
  async collect(settings, sink, log) {
    const cacheFile = join(settings.cacheDir, "github-etags.json");
    const stored = settings.state ? await settings.state.read(ETAG_STATE) : void 0;
    const etags = stored ? EtagCache.fromState(stored, settings.apiUrl, cacheFile) : await EtagCache.open(cacheFile, settings.apiUrl);
    log.info(`Conditional requests: ${etags.size} ETags from ${stored ? "the store" : "the cache directory"}`);
    const options = {
      token: settings.token,
      apiUrl: settings.apiUrl,
      graphqlUrl: settings.graphqlUrl,
      rateLimitBudgetSeconds: settings.rateLimitBudgetSeconds,
      retryBaseMs: settings.retryBaseMs,
      log: (message) => log.warning(message),
      writes: false
    };
    const { period, scope, config } = settings;
    const app = settings.githubApp ? await githubAppClientAuth(settings.githubApp, scope, options) : void 0;
    const client = createGitHubClient({ ...options, etags, ...app ? { app: app.auth } : {} });
    log.info(`Scope: ${scope.join(", ")}; period ${period.start} \u2192 ${period.end} (${period.expression})`);
    const token = app ? (await client.octokit.auth({ type: "installation" })).token : settings.token;
    const collector = await tokenIdentity(client, token);
    if (app) log.info(`Authenticated as GitHub App ${app.appId}, installation ${app.installationId}`);
    const previous = await openPrevious(settings, log);
    const collected = await collectGitHub(client, sink, {
      ...previous ? { previous } : {},
      // Skipping the check skips its one request per repository.
      repoWebhooks: !config.checks.skip.includes(REPO_WEBHOOKS_CHECK),
      scope,
      period,
      pullRequests: {
        branches: config.checks["pr-review"].branches,
        searchLagMs: durationMs(config.checks["pr-review"]["search-lag"]) ?? 0
      },
      log: log.info,
      ...settings.shard ? { shard: settings.shard } : {}
    });
    log.info(
      `Requests: ${client.stats.http} HTTP (${client.stats.rest} REST, ${client.stats.graphql} GraphQL, ${client.stats.graphqlPoints} GraphQL points; ${client.stats.notModified} answered 304 Not Modified, free against the rate limit)`
    );
    await recordBundleHistory(settings, sink, log);
    if (settings.state) {
      try {
        await settings.state.write(ETAG_STATE, etags.toState());
      } catch (error) {
        log.warning(
          `The ETags could not be kept in the store (the next run asks in full): ${error.message}`
        );
      }
    } else await etags.save();
    const { unreachable } = collected;
    return {
      manifest: {
        apiUrl: settings.apiUrl,
        scope,
        repositories: collected.repositories.length,
        archived: collected.archived,
        unreachable,
        token: collector,
        ...app ? { app: { appId: app.appId, installationId: app.installationId } } : {}
      },
      notes: unreachable.length > 0 ? [`Repositories that could not be read (their findings are errors): ${unreachable.join(", ")}`] : [],
      failures: unreachable.map((repository) => {
        const record2 = settings.evidence.get(GITHUB_EVIDENCE.repository, repoSubject(repository));
        return `GitHub repository ${repository} collected nothing: ${record2?.error?.message ?? "it could not be read"}`;
      }),
      subjects: collected.repositories.length,
      requests: client.finish(),
      ...collected.shard ? { shard: collected.shard } : {}
    };
  }
};
async function openPrevious(settings, log) {
  if (!settings.previousBundle) return void 0;
  try {
    const previous = await settings.previousBundle();
    if (!previous)
      log.info("No previous bundle to carry unchanged pull requests from: every repository is searched");
    return previous;
  } catch (error) {
    log.info(`The previous bundle cannot be read (${error.message}): every repository is searched`);
    return void 0;
  }
}
async function githubAppClientAuth(app, scope, options) {
  let installationId = app.installationId;
  if (installationId === void 0) {
    const asApp = createGitHubClient({ ...options, app: await appAuth(app, void 0) });
    installationId = await findInstallation(asApp.octokit.request, app.appId, installationOwner(scope));
  }
  return { auth: await appAuth(app, installationId), appId: app.appId, installationId };
}
var SAMPLED_CHECKS = ["github.branch-protection.enabled", "github.org.two-factor-required"];
async function recordBundleHistory(settings, sink, log) {
  const audits = settings.evidence.all(GITHUB_ORG_EVIDENCE.auditLog);
  const organizations = settings.evidence.all(GITHUB_ORG_EVIDENCE.organization).filter((record2) => !record2.notes?.notAnOrganization);
  const needed = organizations.length > audits.length || audits.some((record2) => !record2.data);
  if (!needed || !settings.bundleHistory) return;
  const base = {
    path: BUNDLE_HISTORY_PATH,
    source: "github",
    subject: BUNDLE_HISTORY_SUBJECT,
    kind: BUNDLE_HISTORY_EVIDENCE,
    requests: []
  };
  try {
    const samples = await settings.bundleHistory(SAMPLED_CHECKS);
    log.info(
      `Audit log not available: ${samples.length} earlier bundle(s) of the period sample the settings instead`
    );
    await sink.add({ ...base, data: { scope: settings.scope.join(","), checks: SAMPLED_CHECKS, samples } });
  } catch (error) {
    await sink.add({
      ...base,
      error: { message: `The earlier bundles could not be read: ${error.message}` }
    });
  }
}
export {
  SAMPLED_CHECKS,
  source
};
//# sourceMappingURL=source-V2PAP7JP.js.map
