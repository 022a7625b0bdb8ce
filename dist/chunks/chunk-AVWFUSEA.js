import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitHubRequestFailure,
  restGet
} from "./chunk-4DZ7RMQR.js";
import {
  GITHUB_EVIDENCE,
  evidencePath,
  repoSubject
} from "./chunk-AKQKRLW5.js";

// src/sources/github/branch-protection.ts
var RULES_PAGE_SIZE = 100;
async function collectBranchRules(client, fullName, branch) {
  const record = {
    path: evidencePath(fullName, "branch-rules"),
    source: "github",
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.branchRules,
    requests: []
  };
  const rules = [];
  try {
    for (let page = 1; ; page++) {
      const response = await restGet(
        client,
        `/repos/${fullName}/rules/branches/${encodeURIComponent(branch)}?per_page=${RULES_PAGE_SIZE}&page=${page}`,
        "metadata: read"
      );
      record.requests.push(response.request);
      rules.push(...response.data);
      if (!response.hasNextPage) break;
    }
    record.data = { branch, rules };
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure)) throw error;
    record.requests.push(error.request);
    record.error = error.failure;
  }
  return record;
}
async function collectClassicProtection(client, fullName, branch) {
  const record = {
    path: evidencePath(fullName, "branch-protection"),
    source: "github",
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.branchProtection,
    requests: []
  };
  try {
    const response = await restGet(
      client,
      `/repos/${fullName}/branches/${encodeURIComponent(branch)}/protection`,
      "administration: read (GitHub App) or admin rights on the repository (personal access token)"
    );
    record.requests.push(response.request);
    record.data = { branch, protected: true, protection: response.data };
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure)) throw error;
    record.requests.push(error.request);
    if (error.request.status === 404 && /not protected/i.test(error.failure.message)) {
      record.data = { branch, protected: false };
    } else if (error.request.status === 404 && /branch not found/i.test(error.failure.message)) {
      record.data = { branch, protected: false, branchMissing: true };
    } else if (error.request.status === 403 && /upgrade to github/i.test(error.failure.message)) {
      const said = /Upgrade to GitHub[^)]*/i.exec(error.failure.message)?.[0] ?? error.failure.message;
      record.data = { branch, protected: false, planLimitation: `GitHub answered 403 "${said}"` };
    } else {
      record.error = error.failure;
    }
  }
  return record;
}

// src/sources/github/rulesets.ts
var RULE_SUITES_PAGE_SIZE = 100;
var HOUR_MS = 36e5;
var RULE_SUITE_WINDOWS = [
  ["hour", HOUR_MS],
  ["day", 24 * HOUR_MS],
  ["week", 168 * HOUR_MS],
  ["month", 30 * 24 * HOUR_MS]
];
var REPO_RULESET_PERMISSION = "write access to the ruleset to see its bypass list: Administration: write (GitHub App) or admin rights on the repository (personal access token)";
var ORG_RULESET_PERMISSION = "organization Administration: read (GitHub App) or organization owner rights (personal access token), with write access to the ruleset to see its bypass list";
var RULE_SUITES_PERMISSION = "Administration: write on the repository (GitHub App, as GitHub documents for rule suites) or admin rights on the repository (personal access token)";
function orgRuleset(client, org, id, orgCache) {
  const key = `${org.toLowerCase()}/${id}`;
  if (!orgCache.has(key)) {
    orgCache.set(
      key,
      restGet(client, `/orgs/${org}/rulesets/${id}`, ORG_RULESET_PERMISSION).catch(
        (error) => {
          if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
          return error;
        }
      )
    );
  }
  return orgCache.get(key);
}
async function collectRulesets(client, fullName, branch, rules, orgCache, fromGraphql = /* @__PURE__ */ new Map()) {
  const requests = [];
  const data = { branch, rulesets: [], unreadable: [] };
  const ids = /* @__PURE__ */ new Map();
  for (const rule of rules) if (typeof rule.ruleset_id === "number") ids.set(rule.ruleset_id, rule);
  let graphqlAnswered = 0;
  for (const [id, rule] of [...ids].sort(([a], [b]) => a - b)) {
    const source = `${rule.ruleset_source_type ?? "Repository"} ${rule.ruleset_source ?? fullName}`;
    const answered = fromGraphql.get(id);
    if (answered && answered.databaseId === id) {
      if (!requests.includes(answered.request)) requests.push(answered.request);
      graphqlAnswered++;
      data.rulesets.push({
        id,
        name: answered.name,
        source_type: rule.ruleset_source_type ?? "Repository",
        source: rule.ruleset_source ?? fullName,
        enforcement: answered.enforcement,
        bypass_actors: answered.bypassActors
      });
      continue;
    }
    let detail;
    let problem;
    const fromOrg = rule.ruleset_source_type === "Organization" && rule.ruleset_source;
    let orgFailure;
    if (fromOrg) {
      const answer = await orgRuleset(client, rule.ruleset_source, id, orgCache);
      requests.push(answer.request);
      if (answer instanceof GitHubRequestFailure) orgFailure = answer.failure.message;
      else detail = answer.data;
    }
    if (!detail?.bypass_actors) {
      try {
        const response = await restGet(
          client,
          `/repos/${fullName}/rulesets/${id}`,
          REPO_RULESET_PERMISSION
        );
        requests.push(response.request);
        if (response.data.bypass_actors || !detail) detail = response.data;
      } catch (error) {
        if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
        requests.push(error.request);
        problem = error.failure.message;
      }
      if (orgFailure) problem = orgFailure;
    }
    if (detail) data.rulesets.push(detail);
    if (!detail?.bypass_actors) {
      data.unreadable.push({
        id,
        source,
        message: problem ?? `GitHub returned ruleset ${id} without its bypass list, which it shows only to tokens with ${rule.ruleset_source_type === "Organization" ? ORG_RULESET_PERMISSION : REPO_RULESET_PERMISSION}.`
      });
    }
  }
  return {
    path: evidencePath(fullName, "rulesets"),
    source: "github",
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.rulesets,
    requests,
    data,
    ...graphqlAnswered > 0 && {
      notes: {
        derivedFrom: `${graphqlAnswered === ids.size ? "Every" : `${graphqlAnswered} of ${ids.size}`} bypass list from GraphQL RepositoryRuleset.bypassActors, rendered as GET /repos/{owner}/{repo}/rulesets/{id} names bypass_actors`
      }
    }
  };
}
function ruleSuiteWindow(period) {
  const length = Date.parse(period.end) - Date.parse(period.start);
  const fitting = RULE_SUITE_WINDOWS.find(([, ms]) => ms >= length);
  return fitting ? { timePeriod: fitting[0], truncated: false } : { timePeriod: "month", truncated: true };
}
async function collectRuleSuiteBypasses(client, fullName, branch, period) {
  const { timePeriod, truncated } = ruleSuiteWindow(period);
  const record = {
    path: evidencePath(fullName, "rule-suites"),
    source: "github",
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.ruleSuites,
    requests: []
  };
  const start = Date.parse(period.start);
  const end = Date.parse(period.end);
  const bypasses = [];
  try {
    const ref = encodeURIComponent(`refs/heads/${branch}`);
    for (let page = 1; ; page++) {
      const response = await restGet(
        client,
        `/repos/${fullName}/rulesets/rule-suites?ref=${ref}&time_period=${timePeriod}&rule_suite_result=bypass&per_page=${RULE_SUITES_PAGE_SIZE}&page=${page}`,
        RULE_SUITES_PERMISSION
      );
      record.requests.push(response.request);
      for (const suite of response.data ?? []) {
        if (!suite) continue;
        const at = Date.parse(suite.pushed_at);
        if (at >= start && at <= end) bypasses.push(suite);
      }
      if (!response.hasNextPage) break;
    }
    record.data = { branch, timePeriod, truncated, bypasses };
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
    record.requests.push(error.request);
    record.error = error.failure;
  }
  return record;
}
var ORG_RULE_SUITES_PERMISSION = "organization Administration: write (GitHub App, as GitHub documents for organization rule suites) or organization owner rights (personal access token)";
async function collectRuleSuiteBypassesViaOrg(client, fullName, branch, period, cache) {
  const [org, name] = fullName.split("/");
  const { timePeriod, truncated } = ruleSuiteWindow(period);
  const key = `${org.toLowerCase()}/${timePeriod}`;
  if (!cache.has(key)) cache.set(key, listOrgRuleSuites(client, org, timePeriod));
  const listed = await cache.get(key);
  if (!listed) return collectRuleSuiteBypasses(client, fullName, branch, period);
  const start = Date.parse(period.start);
  const end = Date.parse(period.end);
  const ref = `refs/heads/${branch}`;
  const bypasses = listed.suites.filter((suite) => {
    const at = Date.parse(suite.pushed_at);
    return suite.repository_name?.toLowerCase() === name.toLowerCase() && suite.ref === ref && at >= start && at <= end;
  });
  return {
    path: evidencePath(fullName, "rule-suites"),
    source: "github",
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.ruleSuites,
    requests: listed.requests,
    data: { branch, timePeriod, truncated, bypasses },
    notes: { derivedFrom: `GET /orgs/${org}/rulesets/rule-suites, the suites of ${fullName} on ${ref}` }
  };
}
async function listOrgRuleSuites(client, org, timePeriod) {
  const suites = [];
  const requests = [];
  try {
    for (let page = 1; ; page++) {
      const response = await restGet(
        client,
        `/orgs/${org}/rulesets/rule-suites?time_period=${timePeriod}&rule_suite_result=bypass&per_page=${RULE_SUITES_PAGE_SIZE}&page=${page}`,
        ORG_RULE_SUITES_PERMISSION
      );
      requests.push(response.request);
      for (const suite of response.data ?? []) if (suite) suites.push(suite);
      if (!response.hasNextPage) return { suites, requests };
    }
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error;
    return null;
  }
}

export {
  collectBranchRules,
  collectClassicProtection,
  collectRulesets,
  collectRuleSuiteBypasses,
  collectRuleSuiteBypassesViaOrg
};
//# sourceMappingURL=chunk-AVWFUSEA.js.map
