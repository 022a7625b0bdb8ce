import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  requestLog
} from "./chunk-QL45PCME.js";
import {
  Octokit,
  legacyRestEndpointMethods,
  paginateRest,
  require_light,
  retry
} from "./chunk-YMOHZN2L.js";
import {
  __toESM
} from "./chunk-E4WBWSDB.js";

// src/sources/github/client.ts
import { createHash } from "node:crypto";

// node_modules/@octokit/rest/dist-src/version.js
var VERSION = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION}`
  }
);

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION2 = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION2;
throttling.triggersNotification = triggersNotification;

// src/sources/github/pacing.ts
var REST_CONCURRENCY = 8;
var REST_POINTS_PER_MINUTE = 800;
var GRAPHQL_CONCURRENCY = 4;
var GRAPHQL_POINTS_PER_MINUTE = 1800;
var Pacer = class {
  constructor(concurrency, perMinute, now = Date.now) {
    this.concurrency = concurrency;
    this.perMinute = perMinute;
    this.now = now;
  }
  concurrency;
  perMinute;
  now;
  active = 0;
  waiting = [];
  started = [];
  async run(task) {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
  async acquire() {
    while (this.active >= this.concurrency) await new Promise((resolve) => this.waiting.push(resolve));
    this.active += 1;
    for (; ; ) {
      const t = this.now();
      while (this.started.length > 0 && this.started[0] <= t - 6e4) this.started.shift();
      if (this.started.length < this.perMinute) {
        this.started.push(t);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, this.started[0] + 6e4 - t));
    }
  }
};

// src/sources/github/client.ts
var EvidenceOctokit = Octokit2.plugin(throttling, retry);
var API_VERSION = "2022-11-28";
var BODY_SHA256_HEADER = "x-evidence-body-sha256";
var NULL_BODY_STATUSES = /* @__PURE__ */ new Set([101, 204, 205, 304]);
function createGitHubClient(options) {
  const stats = {
    http: 0,
    rest: 0,
    graphql: 0,
    notModified: 0,
    retried: 0,
    graphqlPoints: 0,
    rateLimitWaits: 0
  };
  const log = options.log ?? (() => {
  });
  const graphqlPath = new URL(options.graphqlUrl).pathname;
  let waitedSeconds = 0;
  const mayWait = (retryAfter, what, method, url) => {
    if (waitedSeconds + retryAfter > options.rateLimitBudgetSeconds) {
      log(
        `${what} on ${method} ${url}: retry-after ${retryAfter}s would exceed the wait budget of ${options.rateLimitBudgetSeconds}s; giving up on this request`
      );
      return false;
    }
    waitedSeconds += retryAfter;
    stats.rateLimitWaits += 1;
    log(`${what} on ${method} ${url}: waiting ${retryAfter}s as GitHub asks`);
    return true;
  };
  const octokit = new EvidenceOctokit({
    ...options.app ?? { auth: options.token },
    baseUrl: options.apiUrl.replace(/\/+$/, ""),
    userAgent: "annex-evidence",
    request: { fetch: hashingFetch(stats, graphqlPath) },
    // Failed requests are reported as evidence errors with context; Octokit's own per-request lines would only repeat them.
    log: { debug: () => {
    }, info: () => {
    }, warn: log, error: () => {
    } },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: options.retryBaseMs ?? 1e3 },
    throttle: {
      // Without writes, GraphQL queries skip the plugin's one-a-second write limiter (see `writes`).
      ...options.writes === false ? { write: unpacedGroup } : {},
      onRateLimit: (retryAfter, request) => mayWait(retryAfter, "Primary rate limit reached", request.method, request.url),
      onSecondaryRateLimit: (retryAfter, request) => mayWait(retryAfter, "Secondary rate limit reached", request.method, request.url)
    }
  });
  octokit.hook.before("request", (request) => {
    request.headers["x-github-api-version"] = API_VERSION;
  });
  const budget = {};
  octokit.hook.after("request", (response) => {
    const rate = response.data?.data?.rateLimit;
    if (typeof rate?.cost === "number") stats.graphqlPoints += rate.cost;
    const headers = response.headers;
    const resource = headers["x-ratelimit-resource"];
    const remaining = Number(headers["x-ratelimit-remaining"]);
    const limit = Number(headers["x-ratelimit-limit"]);
    if ((resource === "core" || resource === "graphql") && Number.isFinite(remaining)) {
      budget[resource] = { remaining, limit, reset: Number(headers["x-ratelimit-reset"]) || void 0 };
    }
    if (typeof rate?.remaining === "number" && budget.graphql) budget.graphql.remaining = rate.remaining;
  });
  let logical = 0;
  return {
    octokit,
    graphqlUrl: options.graphqlUrl,
    ...options.etags ? { etags: options.etags } : {},
    stats,
    requested: () => {
      logical += 1;
    },
    finish: () => ({ ...stats, retried: Math.max(0, stats.http - logical) }),
    rest: new Pacer(REST_CONCURRENCY, REST_POINTS_PER_MINUTE),
    graphql: new Pacer(GRAPHQL_CONCURRENCY, GRAPHQL_POINTS_PER_MINUTE),
    restConcurrency: REST_CONCURRENCY,
    graphqlConcurrency: GRAPHQL_CONCURRENCY,
    budget
  };
}
var unpacedGroup = {
  key: () => ({ schedule: (_options, task) => task() })
};
function hashingFetch(stats, graphqlPath) {
  return async (input, init) => {
    stats.http += 1;
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname === graphqlPath) stats.graphql += 1;
    else stats.rest += 1;
    const response = await fetch(input, init);
    if (response.status === 304) stats.notModified += 1;
    if (NULL_BODY_STATUSES.has(response.status)) return response;
    const body = Buffer.from(await response.arrayBuffer());
    const headers = new Headers(response.headers);
    headers.set(BODY_SHA256_HEADER, createHash("sha256").update(body).digest("hex"));
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}

// src/sources/github/requests.ts
var GitHubRequestFailure = class extends Error {
  constructor(request, failure) {
    super(failure.message);
    this.request = request;
    this.failure = failure;
  }
  request;
  failure;
  name = "GitHubRequestFailure";
};
function nextLink(link) {
  return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
}
async function restGet(client, path, permission, headers = {}) {
  const request = { method: "GET", path, apiVersion: API_VERSION, time: "", status: 0 };
  const cached = client.etags?.get(path);
  refuseWithoutBudget(client, "core", 1, request);
  client.requested();
  try {
    const response = await client.rest.run(
      () => client.octokit.request(`GET ${path}`, {
        headers: cached ? { ...headers, "if-none-match": cached.etag } : headers
      })
    );
    request.time = (/* @__PURE__ */ new Date()).toISOString();
    request.status = response.status;
    request.responseSha256 = response.headers[BODY_SHA256_HEADER];
    const link = response.headers.link ?? "";
    if (response.headers.etag && client.etags) {
      client.etags.set(path, {
        etag: response.headers.etag,
        data: { body: response.data, link },
        sha256: request.responseSha256
      });
    }
    return {
      data: response.data,
      request,
      etag: response.headers.etag,
      hasNextPage: /rel="next"/.test(link),
      ...nextLink(link) ? { nextUrl: nextLink(link) } : {}
    };
  } catch (error) {
    request.time = (/* @__PURE__ */ new Date()).toISOString();
    if (error.status === 304 && cached) {
      const { body, link } = cached.data;
      request.status = 304;
      request.notModified = true;
      if (cached.sha256) request.responseSha256 = cached.sha256;
      return {
        data: body,
        request,
        etag: cached.etag,
        hasNextPage: /rel="next"/.test(link),
        ...nextLink(link) ? { nextUrl: nextLink(link) } : {}
      };
    }
    throw toFailure(error, request, permission);
  }
}
async function graphqlPost(client, operation, query, variables) {
  const request = {
    method: "POST",
    path: "/graphql",
    operation,
    apiVersion: API_VERSION,
    time: "",
    status: 0
  };
  refuseWithoutBudget(client, "graphql", lastCost.get(operation) ?? 1, request);
  client.requested();
  try {
    const response = await client.graphql.run(
      () => client.octokit.request({
        method: "POST",
        url: client.graphqlUrl,
        query,
        variables
      })
    );
    request.time = (/* @__PURE__ */ new Date()).toISOString();
    request.status = response.status;
    request.responseSha256 = response.headers[BODY_SHA256_HEADER];
    const body = response.data;
    const cost = body.data?.rateLimit?.cost;
    if (typeof cost === "number") lastCost.set(operation, Math.max(cost, lastCost.get(operation) ?? 0));
    if (!body.data) {
      const message = body.errors?.map((e) => e.message).join("; ") ?? "no data in the response";
      throw new GitHubRequestFailure(request, {
        status: response.status,
        message: `GraphQL ${operation}: ${message}`
      });
    }
    return { data: body.data, errors: body.errors ?? [], request };
  } catch (error) {
    if (error instanceof GitHubRequestFailure) throw error;
    request.time = (/* @__PURE__ */ new Date()).toISOString();
    throw toFailure(error, request, "metadata: read");
  }
}
var lastCost = /* @__PURE__ */ new Map();
function refuseWithoutBudget(client, resource, needed, request) {
  const budget = client.budget[resource];
  if (!budget || budget.remaining >= needed) return;
  request.time = (/* @__PURE__ */ new Date()).toISOString();
  const reset = budget.reset ? `; it resets at ${new Date(budget.reset * 1e3).toISOString()}` : "";
  throw new GitHubRequestFailure(request, {
    status: 0,
    message: `Not requested: GitHub's ${resource === "core" ? "REST" : "GraphQL"} rate limit had ${budget.remaining} of ${budget.limit} ${resource === "core" ? "requests" : "points"} left, fewer than this request needs (${needed})${reset}. The run finished what it had collected; run again after the reset or use a GitHub App token with a higher limit.`
  });
}
function toFailure(error, request, permission) {
  const status = error.status;
  const message = responseMessage(error);
  request.status = status ?? 0;
  if (status === 401) {
    return new GitHubRequestFailure(request, {
      status,
      message: `GitHub rejected the token (401 ${message}): it is missing, expired or revoked. Check the github-token input.`
    });
  }
  if (status === 403 || status === 429) {
    if (/rate limit/i.test(message)) {
      return new GitHubRequestFailure(request, {
        status,
        message: `Rate limited by GitHub and the wait budget ran out (${message}). Run again later or use a GitHub App token with a higher limit.`
      });
    }
    return new GitHubRequestFailure(request, {
      status,
      message: `${request.method} ${request.path} was refused (${status} ${message}): the token lacks ${permission}.`,
      missingPermission: permission
    });
  }
  if (status === 404) {
    return new GitHubRequestFailure(request, {
      status,
      message: `${request.method} ${request.path}: 404 ${message}`
    });
  }
  if (status !== void 0 && status >= 500) {
    return new GitHubRequestFailure(request, {
      status,
      message: `GitHub answered ${status} to ${request.method} ${request.path} after retries: ${message}`
    });
  }
  const cause = error.cause;
  return new GitHubRequestFailure(request, {
    status,
    message: `${request.method} ${request.path} failed: ${cause?.code ?? ""} ${cause?.message ?? message}`.replace(
      /\s+/g,
      " "
    )
  });
}
function responseMessage(error) {
  const data = error.response?.data;
  if (data && typeof data === "object" && "message" in data) return String(data.message);
  return error.message ?? String(error);
}

export {
  createGitHubClient,
  GitHubRequestFailure,
  restGet,
  graphqlPost
};
//# sourceMappingURL=chunk-4DZ7RMQR.js.map
