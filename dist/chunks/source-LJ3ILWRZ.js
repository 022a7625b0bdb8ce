import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-R77RZ7VP.js";
import {
  huggingFaceModelRef,
  isProductionMlflow,
  present
} from "./chunk-ZEJUPZEW.js";
import {
  XMLParser,
  XMLValidator
} from "./chunk-RHUBQFO2.js";
import {
  HF_KIND,
  INVENTORY_KIND,
  MLFLOW_KIND,
  MLFLOW_REGISTRY_KIND,
  RESULTS_KIND
} from "./chunk-5OAN6P4X.js";
import "./chunk-NNI55PZK.js";
import {
  scalarText
} from "./chunk-URX6PXYS.js";
import "./chunk-E4WBWSDB.js";

// src/sources/http.ts
import { createHash } from "node:crypto";

// node_modules/is-network-error/index.js
var objectToString = Object.prototype.toString;
var isError = (value) => objectToString.call(value) === "[object Error]";
var errorMessages = /* @__PURE__ */ new Set([
  "network error",
  // Chrome
  "NetworkError when attempting to fetch resource.",
  // Firefox
  "The Internet connection appears to be offline.",
  // Safari 16
  "Network request failed",
  // `cross-fetch`
  "fetch failed",
  // Undici (Node.js)
  "terminated",
  // Undici (Node.js)
  " A network error occurred.",
  // Bun (WebKit)
  "Network connection lost"
  // Cloudflare Workers (fetch)
]);
function isNetworkError(error) {
  const isValid = error && isError(error) && error.name === "TypeError" && typeof error.message === "string";
  if (!isValid) {
    return false;
  }
  const { message, stack } = error;
  if (message === "Load failed" || message.startsWith("Load failed (") && message.endsWith(")")) {
    return stack === void 0 || "__sentry_captured__" in error;
  }
  if (message.startsWith("error sending request for url")) {
    return true;
  }
  if (message === "Failed to fetch" || message.startsWith("Failed to fetch (") && message.endsWith(")")) {
    return true;
  }
  return errorMessages.has(message);
}

// node_modules/p-retry/index.js
function validateRetries(retries) {
  if (typeof retries === "number") {
    if (retries < 0) {
      throw new TypeError("Expected `retries` to be a non-negative number.");
    }
    if (Number.isNaN(retries)) {
      throw new TypeError("Expected `retries` to be a valid number or Infinity, got NaN.");
    }
    if (Number.isFinite(retries) && !Number.isInteger(retries)) {
      throw new TypeError("Expected `retries` to be a non-negative integer or Infinity.");
    }
  } else if (retries !== void 0) {
    throw new TypeError("Expected `retries` to be a number or Infinity.");
  }
}
function validateNumberOption(name, value, { allowInfinity = false } = {}) {
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new TypeError(`Expected \`${name}\` to be a number${allowInfinity ? " or Infinity" : ""}.`);
  }
  if (!allowInfinity && !Number.isFinite(value)) {
    throw new TypeError(`Expected \`${name}\` to be a finite number.`);
  }
  if (value < 0) {
    throw new TypeError(`Expected \`${name}\` to be \u2265 0.`);
  }
}
function validateOption(name, value, type) {
  if (value === void 0 || value === null) {
    return;
  }
  if (typeof value !== type) {
    throw new TypeError(`Expected \`${name}\` to be a ${type}.`);
  }
}
function validateSignal(value) {
  if (value === void 0 || value === null) {
    return;
  }
  if (typeof value.throwIfAborted !== "function" || typeof value.addEventListener !== "function" || typeof value.removeEventListener !== "function") {
    throw new TypeError("Expected `signal` to be an AbortSignal.");
  }
}
var AbortError = class _AbortError extends Error {
  constructor(message) {
    super(typeof message === "string" ? message : void 0);
    this.name = "AbortError";
    if (message instanceof Error) {
      this.originalError = message;
      ({ message } = message);
    } else {
      this.originalError = new Error(message);
      ({ message } = this.originalError);
      Error.captureStackTrace?.(this.originalError, _AbortError);
    }
    this.message = message;
  }
};
var maximumDelay = 2 ** 31 - 1;
function calculateDelay(retriesConsumed, options) {
  if (options.minTimeout === 0) {
    return 0;
  }
  const attempt = retriesConsumed + 1;
  const random = options.randomize ? Math.random() + 1 : 1;
  const timeout = Math.round(random * options.minTimeout * options.factor ** (attempt - 1));
  return Math.min(timeout, Math.ceil(options.maxTimeout), maximumDelay);
}
function calculateRemainingTime(start, max) {
  return Number.isFinite(max) ? max - (performance.now() - start) : max;
}
async function delayForRetry(delay, options) {
  if (delay <= 0) {
    return;
  }
  await new Promise((resolve3, reject) => {
    const onAbort = () => {
      clearTimeout(timeoutToken);
      reject(options.signal.reason);
    };
    const timeoutToken = setTimeout(() => {
      options.signal?.removeEventListener("abort", onAbort);
      resolve3();
    }, delay);
    if (options.unref) {
      timeoutToken.unref?.();
    }
    options.signal?.addEventListener("abort", onAbort, { once: true });
  });
}
function stringifyThrownValue(value) {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
function unwrapAbortError(error) {
  let cause = error;
  while (cause instanceof AbortError && cause.originalError instanceof Error) {
    cause = cause.originalError;
  }
  return cause;
}
async function onAttemptFailure({ error, attemptNumber, retriesConsumed, startTime, options }) {
  const abortIfNeeded = () => {
    options.signal?.throwIfAborted();
  };
  const normalizedError = error instanceof Error ? error : new TypeError(`Non-error was thrown: "${stringifyThrownValue(error)}". You should only throw errors.`);
  abortIfNeeded();
  if (normalizedError instanceof AbortError) {
    throw unwrapAbortError(normalizedError);
  }
  const retriesLeft = options.retries - retriesConsumed;
  const isRetriableError = !(normalizedError instanceof TypeError) || isNetworkError(normalizedError);
  const timeLeft = calculateRemainingTime(startTime, options.maxRetryTime);
  const delayTime = isRetriableError && timeLeft > 0 && retriesLeft > 0 ? calculateDelay(retriesConsumed, options) : 0;
  const consumeRetryContext = Object.freeze({
    error: normalizedError,
    attemptNumber,
    retriesLeft,
    retriesConsumed,
    retryDelay: delayTime
  });
  const consumeRetry = await options.shouldConsumeRetry(consumeRetryContext) ?? true;
  abortIfNeeded();
  const effectiveDelay = consumeRetry ? delayTime : 0;
  const context = Object.freeze({
    error: normalizedError,
    attemptNumber,
    retriesLeft,
    retriesConsumed,
    retryDelay: effectiveDelay
  });
  await options.onFailedAttempt(context);
  abortIfNeeded();
  const remainingTime = calculateRemainingTime(startTime, options.maxRetryTime);
  if (!isRetriableError || remainingTime <= 0 || retriesLeft <= 0) {
    throw normalizedError;
  }
  const shouldRetry = await options.shouldRetry(context);
  abortIfNeeded();
  if (!shouldRetry) {
    throw normalizedError;
  }
  const remainingTimeAfterShouldRetry = calculateRemainingTime(startTime, options.maxRetryTime);
  if (remainingTimeAfterShouldRetry <= 0) {
    throw normalizedError;
  }
  if (!consumeRetry) {
    return false;
  }
  await delayForRetry(Math.min(effectiveDelay, remainingTimeAfterShouldRetry), options);
  return true;
}
async function pRetry(input, options = {}) {
  options = { ...options };
  options.retries ??= 10;
  validateRetries(options.retries);
  if (Object.hasOwn(options, "forever")) {
    throw new Error("The `forever` option is no longer supported. For many use-cases, you can set `retries: Infinity` instead.");
  }
  options.factor ??= 2;
  options.minTimeout ??= 1e3;
  options.maxTimeout ??= Infinity;
  options.maxRetryTime ??= Infinity;
  options.randomize ??= false;
  options.onFailedAttempt ??= () => {
  };
  options.shouldRetry ??= () => true;
  options.shouldConsumeRetry ??= () => true;
  validateOption("onFailedAttempt", options.onFailedAttempt, "function");
  validateOption("shouldRetry", options.shouldRetry, "function");
  validateOption("shouldConsumeRetry", options.shouldConsumeRetry, "function");
  validateOption("randomize", options.randomize, "boolean");
  validateOption("unref", options.unref, "boolean");
  validateSignal(options.signal);
  validateNumberOption("factor", options.factor);
  validateNumberOption("minTimeout", options.minTimeout);
  validateNumberOption("maxTimeout", options.maxTimeout, { allowInfinity: true });
  validateNumberOption("maxRetryTime", options.maxRetryTime, { allowInfinity: true });
  if (options.factor === 0) {
    options.factor = 1;
  }
  options.signal?.throwIfAborted();
  let attemptNumber = 0;
  let retriesConsumed = 0;
  const startTime = performance.now();
  while (retriesConsumed <= options.retries) {
    attemptNumber++;
    try {
      options.signal?.throwIfAborted();
      const result = await input(attemptNumber);
      options.signal?.throwIfAborted();
      return result;
    } catch (error) {
      if (await onAttemptFailure({
        error,
        attemptNumber,
        retriesConsumed,
        startTime,
        options
      })) {
        retriesConsumed++;
      }
    }
  }
  throw new Error("Retry attempts exhausted without throwing an error.");
}

// src/sources/http.ts
var HttpFailure = class extends Error {
  constructor(request, failure) {
    super(failure.message);
    this.request = request;
    this.failure = failure;
  }
  request;
  failure;
  name = "HttpFailure";
};
var RETRIED_STATUSES = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var DEFAULT_MAX_WAIT_MS = 6e4;
var TransientFailure = class extends Error {
  constructor(message, status, detail, retryAfterMs2) {
    super(message);
    this.status = status;
    this.detail = detail;
    this.retryAfterMs = retryAfterMs2;
  }
  status;
  detail;
  retryAfterMs;
};
async function recordedGet(url, options) {
  const parsed = new URL(url);
  const request = {
    method: options.postJson === void 0 ? "GET" : "POST",
    path: `${parsed.pathname}${parsed.search}`,
    time: "",
    status: 0
  };
  const attempts = Math.max(1, options.attempts ?? 3);
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  let waited = 0;
  const attempt = async () => {
    let response;
    let body;
    try {
      response = await fetch(url, {
        ...options.postJson === void 0 ? { headers: options.headers } : {
          method: "POST",
          headers: { ...options.headers, "content-type": "application/json" },
          body: JSON.stringify(options.postJson)
        },
        signal: AbortSignal.timeout(options.timeoutMs ?? 3e4)
      });
      body = await response.text();
    } catch (error) {
      request.time = (/* @__PURE__ */ new Date()).toISOString();
      const cause = error.cause?.code ?? error.name;
      throw new TransientFailure(`${cause}: ${error.message}`);
    }
    request.time = (/* @__PURE__ */ new Date()).toISOString();
    request.status = response.status;
    request.responseSha256 = createHash("sha256").update(body).digest("hex");
    if (response.ok) return { body, request, contentType: response.headers.get("content-type") ?? "" };
    const detail = errorDetail(body);
    if (RETRIED_STATUSES.has(response.status)) {
      throw new TransientFailure(
        `${response.status} ${detail}`,
        response.status,
        detail,
        retryAfterMs(response.headers.get("retry-after"), Date.now())
      );
    }
    throw new AbortError(new HttpFailure(request, describe(response.status, detail, request, options)));
  };
  try {
    return await pRetry(attempt, {
      retries: attempts - 1,
      minTimeout: options.retryBaseMs ?? 500,
      factor: 2,
      randomize: false,
      onFailedAttempt: async ({ error, retriesLeft, retryDelay }) => {
        if (retriesLeft === 0 || !(error instanceof TransientFailure)) return;
        const wait = Math.max(retryDelay, error.retryAfterMs ?? 0);
        if (waited + wait > maxWaitMs) {
          throw new WaitTooLong(error, wait);
        }
        waited += wait;
        if (wait > retryDelay) await sleep(wait - retryDelay);
      }
    });
  } catch (error) {
    if (error instanceof HttpFailure) throw error;
    const failure = error instanceof WaitTooLong ? error.failure : error;
    if (!(failure instanceof TransientFailure)) throw failure;
    if (failure.status !== void 0) {
      const { message, ...rest } = describe(failure.status, failure.detail ?? "", request, options);
      throw new HttpFailure(request, {
        ...rest,
        message: error instanceof WaitTooLong ? `${message} (it asked to retry in ${Math.ceil(error.waitMs / 1e3)} s, beyond the ${Math.round(maxWaitMs / 1e3)} s this run waits)` : `${message} (after ${attempts} attempts)`
      });
    }
    throw new HttpFailure(request, {
      message: `${options.service} could not be reached (${failure.message}) after ${error instanceof WaitTooLong ? "waiting as long as this run waits" : `${attempts} attempts`}: check the URL and the network.`
    });
  }
}
var WaitTooLong = class extends Error {
  constructor(failure, waitMs) {
    super(failure.message);
    this.failure = failure;
    this.waitMs = waitMs;
  }
  failure;
  waitMs;
};
function retryAfterMs(value, now) {
  if (value === null) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
async function recordedGetJson(url, options) {
  const { body, request } = await recordedGet(url, options);
  try {
    return { data: JSON.parse(body), request };
  } catch {
    throw new HttpFailure(request, {
      status: request.status,
      message: `${options.service} answered ${request.path} with a body that is not JSON`
    });
  }
}
function describe(status, detail, request, options) {
  if (status === 401) {
    return {
      status,
      message: `${options.service} rejected the credentials (401 ${detail}): set the token for it (see README).`
    };
  }
  if (status === 403) {
    return {
      status,
      message: `${options.service} refused ${request.path} (403 ${detail}): the credentials lack ${options.permission}.`,
      missingPermission: options.permission
    };
  }
  return { status, message: `${options.service} answered ${status} to ${request.path}: ${detail}` };
}
function errorDetail(body) {
  try {
    const json = JSON.parse(body);
    return [json.error_code, json.message ?? json.error].filter(Boolean).join(": ") || body.slice(0, 200);
  } catch {
    return body.slice(0, 200);
  }
}
var sleep = (ms) => new Promise((resolve3) => setTimeout(resolve3, ms));

// src/sources/models/huggingface.ts
var EVAL_FILE = /^\.eval_results\/[^/]+\.ya?ml$/;
async function collectHuggingFace(sink, settings, env) {
  const base = settings.endpoint.replace(/\/+$/, "");
  const http = {
    headers: env.HF_TOKEN ? { authorization: `Bearer ${env.HF_TOKEN}` } : {},
    service: `Hugging Face Hub at ${base}`,
    permission: "read access to the model repository (a token with read scope, HF_TOKEN)"
  };
  let count = 0;
  for (const entry of settings.models) {
    const { id, revision } = huggingFaceModelRef(entry, settings.revision ?? "main");
    const pinned = revision !== "main";
    const requests = [];
    const record = {
      path: `evidence/models/huggingface/${id}${pinned ? `@${revision.replace(/[^\w.-]/g, "_")}` : ""}.json`,
      source: "huggingface",
      subject: `huggingface:${id}${pinned ? `@${revision}` : ""}`,
      kind: HF_KIND,
      requests,
      notes: { endpoint: base, revision }
    };
    let info;
    try {
      const answer = await recordedGetJson(
        `${base}/api/models/${id}/revision/${encodeURIComponent(revision)}`,
        http
      );
      requests.push(answer.request);
      info = answer.data;
      const siblings = info.siblings?.map((s) => s.rfilename);
      const readme = !siblings || siblings.includes("README.md");
      const evalPaths = (siblings ?? []).filter((path) => EVAL_FILE.test(path)).sort();
      const sources = [...readme ? ["README.md"] : [], ...evalPaths];
      let paths = [];
      if (sources.length > 0) {
        const answer2 = await recordedGetJson(
          `${base}/api/models/${id}/paths-info/${info.sha}`,
          {
            ...http,
            postJson: { paths: sources, expand: true }
          }
        );
        requests.push(answer2.request);
        paths = Array.isArray(answer2.data) ? answer2.data : [];
      }
      let card;
      if (readme) card = await readFile(`${base}/${id}/resolve/${info.sha}/README.md`, http, requests);
      const evalFiles = [];
      for (const path of evalPaths) {
        const content = await readFile(`${base}/${id}/resolve/${info.sha}/${path}`, http, requests);
        if (content !== void 0) evalFiles.push({ path, content });
      }
      record.data = {
        revision,
        info,
        ...card !== void 0 ? { card } : {},
        evalFiles,
        paths
      };
      count += 1;
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error;
      requests.push(error.request);
      if (info) record.data = { revision, info };
      const status = error.request.status;
      record.error = info?.gated && (status === 401 || status === 403) ? {
        status,
        message: `${id} is a gated repository (${info.gated} approval) and ${env.HF_TOKEN ? "HF_TOKEN's account is not in its authorized list" : "no HF_TOKEN is set"}: its files cannot be read (${status}: ${error.failure.message}). Request access at ${base}/${id} with the account of HF_TOKEN.`,
        missingPermission: `access to the gated repository ${id}`
      } : status === 404 && /RevisionNotFound|Invalid rev/i.test(error.failure.message) ? {
        ...error.failure,
        message: `${error.failure.message} (model ${id}: revision ${revision} does not exist)`
      } : status === 404 || status === 401 ? {
        ...error.failure,
        message: `${error.failure.message} (model ${id}: missing, or private without a token)`
      } : error.failure;
    }
    await sink.add(record);
  }
  return count;
}
async function readFile(url, http, requests) {
  try {
    const answer = await recordedGet(url, http);
    requests.push(answer.request);
    return answer.body;
  } catch (error) {
    if (!(error instanceof HttpFailure) || error.request.status !== 404) throw error;
    requests.push(error.request);
    return void 0;
  }
}

// src/sources/models/inventory.ts
import { readFile as readFile2 } from "node:fs/promises";
import { resolve } from "node:path";
async function collectInventory(sink, path, workspace) {
  const content = await readFile2(resolve(workspace, path), "utf8").catch(() => void 0);
  await sink.add({
    path: "evidence/models/ai-inventory.json",
    source: "workspace",
    subject: `inventory:${path}`,
    kind: INVENTORY_KIND,
    requests: [],
    data: { path, ...content !== void 0 ? { content } : { missing: true } }
  });
}

// src/sources/models/mlflow.ts
import { createHash as createHash2 } from "node:crypto";

// src/sources/models/mlflow-filter.ts
function mlflowNameFilter(name) {
  if (!name.includes("'")) return `name='${name}'`;
  if (!name.includes('"')) return `name="${name}"`;
  return void 0;
}

// src/sources/models/mlflow.ts
var PAGE_SIZE = 100;
function mlflowHeaders(env) {
  if (env.MLFLOW_TRACKING_TOKEN) return { authorization: `Bearer ${env.MLFLOW_TRACKING_TOKEN}` };
  if (env.MLFLOW_TRACKING_USERNAME && env.MLFLOW_TRACKING_PASSWORD) {
    const basic = Buffer.from(`${env.MLFLOW_TRACKING_USERNAME}:${env.MLFLOW_TRACKING_PASSWORD}`).toString(
      "base64"
    );
    return { authorization: `Basic ${basic}` };
  }
  return {};
}
async function collectMlflow(sink, settings, env) {
  const base = settings.url.replace(/\/+$/, "");
  const http = {
    headers: mlflowHeaders(env),
    service: `MLflow at ${base}`,
    permission: "read access to the registered models and their experiments"
  };
  const api = (path, query) => {
    const search = new URLSearchParams(
      Object.entries(query).filter((entry) => entry[1] !== void 0)
    );
    return `${base}/api/2.0/mlflow/${path}?${search.toString()}`;
  };
  const registryRequests = [];
  try {
    const models = [];
    let token;
    do {
      const { data, request } = await recordedGetJson(api("registered-models/search", { max_results: String(PAGE_SIZE), page_token: token }), http);
      registryRequests.push(request);
      models.push(...data.registered_models ?? []);
      token = data.next_page_token || void 0;
    } while (token);
    const wanted = settings.models ? models.filter((m) => settings.models.includes(m.name)) : models;
    let count = 0;
    for (const name of (settings.models ?? []).filter((n) => !models.some((m) => m.name === n))) {
      await sink.add(
        modelError(
          name,
          [...registryRequests],
          `MLflow at ${base} lists no registered model named ${JSON.stringify(name)} (models.mlflow.models): correct the name or remove it.`
        )
      );
    }
    for (const model of wanted) {
      const filter = mlflowNameFilter(model.name);
      if (filter === void 0) {
        await sink.add(
          modelError(
            model.name,
            [],
            `The registered model name ${JSON.stringify(model.name)} contains both ' and ", which MLflow's search filter cannot quote, so its versions cannot be listed: rename the model (MLflow keeps no escape for quotes in filter values).`
          )
        );
        continue;
      }
      const requests = [];
      const versions = [];
      let page;
      do {
        const { data, request } = await recordedGetJson(api("model-versions/search", { filter, max_results: String(PAGE_SIZE), page_token: page }), http);
        requests.push(request);
        versions.push(...(data.model_versions ?? []).filter((v) => v.name === model.name));
        page = data.next_page_token || void 0;
      } while (page);
      const expected = [
        ...(model.latest_versions ?? []).map((v) => v.version),
        ...(model.aliases ?? []).map((a) => a.version)
      ];
      if (versions.length === 0 && expected.length > 0) {
        await sink.add(
          modelError(
            model.name,
            requests,
            `MLflow lists registered model ${model.name} with version(s) ${[...new Set(expected)].join(", ")}, but model-versions/search with ${filter} returned none, so its production versions cannot be evaluated.`
          )
        );
        continue;
      }
      const targets = /* @__PURE__ */ new Set([
        ...(model.aliases ?? []).filter((a) => settings["production-aliases"].includes(a.alias)).map((a) => a.version),
        ...(model.latest_versions ?? []).filter((v) => settings["production-stages"].includes(v.current_stage ?? "")).map((v) => v.version)
      ]);
      for (const number of targets) {
        if (versions.some((v) => v.version === number)) continue;
        try {
          const { data, request } = await recordedGetJson(
            api("model-versions/get", { name: model.name, version: number }),
            http
          );
          requests.push(request);
          versions.push(data.model_version);
        } catch (error) {
          if (!(error instanceof HttpFailure)) throw error;
          await sink.add({
            ...versionRecord(base, model.name, number, [...requests, error.request]),
            error: {
              message: `${model.name} ${number} is a production alias target but cannot be read: ${error.failure.message}`
            }
          });
        }
      }
      versions.sort((a, b) => Number(a.version) - Number(b.version) || a.version.localeCompare(b.version));
      for (const version of versions) {
        const evidence = { model, version };
        const versionRequests = [...requests];
        const runId = present(version.run_id);
        if (runId && isProductionMlflow(model, version, settings)) {
          try {
            const { data, request } = await recordedGetJson(
              api("runs/get", { run_id: runId }),
              http
            );
            versionRequests.push(request);
            evidence.run = data.run;
          } catch (error) {
            if (!(error instanceof HttpFailure)) throw error;
            versionRequests.push(error.request);
            evidence.runError = error.failure.message;
          }
        }
        await sink.add({
          ...versionRecord(base, model.name, version.version, versionRequests),
          data: evidence
        });
        count += 1;
      }
    }
    await sink.add(registryRecord(base, registryRequests, { models: models.map((m) => m.name) }));
    return count;
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    await sink.add({ ...registryRecord(base, [...registryRequests, error.request]), error: error.failure });
    return 0;
  }
}
function versionRecord(base, name, version, requests) {
  return {
    path: `evidence/models/mlflow/${safe(name)}/${safe(version)}.json`,
    source: "mlflow",
    subject: `mlflow:${name}@${version}`,
    kind: MLFLOW_KIND,
    requests,
    notes: { registry: base }
  };
}
function modelError(name, requests, message) {
  return {
    path: `evidence/models/mlflow/${safe(name)}/versions.json`,
    source: "mlflow",
    subject: `mlflow:${name}`,
    kind: MLFLOW_KIND,
    requests,
    error: { message }
  };
}
function registryRecord(base, requests, data) {
  return {
    path: `evidence/models/mlflow/registry.json`,
    source: "mlflow",
    subject: `mlflow:${new URL(base).host}`,
    kind: MLFLOW_REGISTRY_KIND,
    requests,
    ...data ? { data } : {}
  };
}
var safe = (part) => {
  const cleaned = part.replace(/[^A-Za-z0-9._-]/g, "_");
  return cleaned === part && part !== "." && part !== ".." ? part : `${cleaned}-${createHash2("sha256").update(part).digest("hex").slice(0, 8)}`;
};

// src/sources/models/results.ts
import { createHash as createHash3 } from "node:crypto";
import { glob, readFile as readFile3, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve as resolve2, sep } from "node:path";
var MAX_FILE_BYTES = 50 * 1024 * 1024;
var STATUSES = ["passed", "failed", "skipped", "error"];
var ResultFileError = class extends Error {
  constructor(file, reason, line) {
    super(`${file}${line !== void 0 ? `:${line}` : ""}: ${reason}`);
    this.file = file;
    this.reason = reason;
    this.line = line;
  }
  file;
  reason;
  line;
  name = "ResultFileError";
};
async function collectResultFiles(sink, patterns, cwd) {
  const counts = { files: 0, errors: 0 };
  const seen = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const matched = [];
    const outside = [];
    for await (const match of glob(pattern, { cwd })) {
      const absolute = resolve2(cwd, match);
      const file = relative(cwd, absolute).split(sep).join("/");
      if (file === "" || file === ".." || file.startsWith("../") || isAbsolute(file)) {
        outside.push(match.split(sep).join("/"));
        continue;
      }
      const info = await stat(absolute).catch(() => void 0);
      if (info?.isFile()) matched.push(file);
    }
    if (outside.length > 0) {
      counts.errors++;
      const shown = outside.sort().slice(0, 10).join(", ");
      await sink.add(
        patternRecord(
          pattern,
          `model-results pattern "${pattern}" matched ${outside.length} file(s) outside the workspace, which are not read: ${shown}${outside.length > 10 ? ", \u2026" : ""}`,
          { outside }
        )
      );
    } else if (matched.length === 0) {
      counts.errors++;
      await sink.add(patternRecord(pattern, `model-results pattern "${pattern}" matched no files`));
    }
    for (const file of matched.sort()) {
      if (seen.has(file)) continue;
      seen.add(file);
      const record = await resultRecord(resolve2(cwd, file), file);
      if (record.error) counts.errors++;
      else counts.files++;
      await sink.add(record);
    }
  }
  return counts;
}
async function resultRecord(absolute, file) {
  const base = {
    path: `evidence/models/results/${file}.json`,
    source: "results",
    subject: `results:${file}`,
    kind: RESULTS_KIND,
    requests: []
  };
  let bytes;
  try {
    const info = await stat(absolute);
    if (info.size > MAX_FILE_BYTES) {
      return {
        ...base,
        error: {
          message: `${file}: ${info.size} bytes, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`
        }
      };
    }
    bytes = await readFile3(absolute);
  } catch (error) {
    return { ...base, error: { message: `${file}: cannot be read: ${error.message}` } };
  }
  const sha256 = createHash3("sha256").update(bytes).digest("hex");
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  const format = formatOf(file, text);
  try {
    const results = format === "junit" ? parseJUnit(text, file) : parseResultsJson(text, file);
    return { ...base, data: { file, sha256, size: bytes.length, format, results } };
  } catch (error) {
    const message = error instanceof ResultFileError ? error.message : `${file}: ${error.message}`;
    return { ...base, error: { message }, notes: { sha256, size: bytes.length, format } };
  }
}
function patternRecord(pattern, message, notes = {}) {
  const id = createHash3("sha256").update(pattern).digest("hex").slice(0, 16);
  return {
    path: `evidence/models/results/patterns/${id}.json`,
    source: "results",
    subject: `results-pattern:${pattern}`,
    kind: RESULTS_KIND,
    requests: [],
    error: { message },
    notes: { pattern, ...notes }
  };
}
function formatOf(file, text) {
  if (/\.xml$/i.test(file)) return "junit";
  if (/\.json$/i.test(file)) return "json";
  return text.trimStart().startsWith("<") ? "junit" : "json";
}
var ARRAYS = /* @__PURE__ */ new Set(["testsuite", "testcase", "property", "failure", "error", "skipped"]);
function parseJUnit(text, file) {
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    throw new ResultFileError(file, `not XML: ${validation.err.msg}`, validation.err.line);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    textNodeName: "#text",
    htmlEntities: true,
    isArray: (name) => ARRAYS.has(name)
  });
  const document = parser.parse(text);
  const root = Object.keys(document).find((key) => !key.startsWith("?") && !key.startsWith("#"));
  let suites;
  if (root === "testsuites") {
    const container = document.testsuites;
    suites = isNode(container) ? asArray(container.testsuite).filter(isNode) : [];
  } else if (root === "testsuite") {
    suites = asArray(document.testsuite).filter(isNode);
  } else {
    const line = root ? lineOfOffset(text, text.search(new RegExp(`<${root}[\\s/>]`))) : 1;
    throw new ResultFileError(
      file,
      `not a JUnit report: the root element is <${root ?? "?"}>, expected <testsuites> or <testsuite>`,
      line
    );
  }
  const results = { file, tests: [], metrics: [] };
  const metrics = /* @__PURE__ */ new Map();
  const times = [];
  const rootTime = root === "testsuites" && isNode(document.testsuites) ? attr(document.testsuites, "timestamp") : void 0;
  if (rootTime !== void 0) times.push(runTime(rootTime, file, text));
  let dataset;
  const visit = (suite) => {
    const properties = propertiesOf(suite);
    const model = properties.get("model");
    if (model && !results.model) results.model = model;
    const version = properties.get("version") ?? properties.get("model.version");
    if (version && !results.version) results.version = version;
    dataset ??= properties.get("dataset") || void 0;
    const timestamp = attr(suite, "timestamp");
    if (timestamp !== void 0) times.push(runTime(timestamp, file, text));
    addMetrics(metrics, properties, file);
    for (const testcase of asArray(suite.testcase).filter(isNode)) {
      results.tests.push(testOf(testcase, metrics, file));
    }
    for (const nested of asArray(suite.testsuite).filter(isNode)) visit(nested);
  };
  suites.forEach(visit);
  const at = times.sort()[0];
  if (at) results.at = at;
  results.metrics = [...metrics.values()].map((m) => ({
    ...m,
    ...at ? { at } : {},
    ...dataset ? { dataset } : {}
  }));
  return results;
}
function runTime(value, file, text) {
  const trimmed = value.trim();
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    trimmed
  );
  const parsed = match ? Date.parse(`${match[1]}T${match[2]}${(match[3] ?? "Z").replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")}`) : NaN;
  if (!Number.isFinite(parsed)) {
    const index = text.indexOf(value);
    throw new ResultFileError(
      file,
      `timestamp ${JSON.stringify(value)} is not an ISO 8601 time such as 2026-11-20T10:11:12Z`,
      index >= 0 ? lineOfOffset(text, index) : void 0
    );
  }
  return new Date(parsed).toISOString();
}
function testOf(testcase, metrics, file) {
  const name = attr(testcase, "name") ?? "(unnamed)";
  const classname = attr(testcase, "classname");
  const properties = propertiesOf(testcase);
  addMetrics(metrics, properties, file);
  const outcome = ["failure", "error", "skipped"].find((child) => testcase[child] !== void 0);
  const status = outcome === "failure" ? "failed" : outcome === "error" ? "error" : outcome === "skipped" ? "skipped" : "passed";
  const detail = outcome ? asArray(testcase[outcome])[0] : void 0;
  const message = typeof detail === "string" ? detail.trim() : detail ? attr(detail, "message") ?? (typeof detail["#text"] === "string" ? detail["#text"].trim() : void 0) : void 0;
  const required = truthy(properties.get("required")) || truthy(attr(testcase, "required"));
  return {
    name: classname ? `${classname}.${name}` : name,
    status,
    ...message ? { message } : {},
    ...required ? { required: true } : {}
  };
}
function propertiesOf(node) {
  const properties = /* @__PURE__ */ new Map();
  for (const group of asArray(node.properties).filter(isNode)) {
    for (const property of asArray(group.property).filter(isNode)) {
      const name = attr(property, "name");
      const value = attr(property, "value") ?? (typeof property["#text"] === "string" ? property["#text"] : void 0);
      if (name !== void 0 && value !== void 0) properties.set(name, value.trim());
    }
  }
  return properties;
}
function addMetrics(metrics, properties, file) {
  for (const [key, value] of properties) {
    const name = /^metric[.:](.+)$/.exec(key)?.[1];
    const number = Number(value);
    if (name && value !== "" && Number.isFinite(number) && !metrics.has(name)) {
      metrics.set(name, { name, value: number, source: file });
    }
  }
}
function attr(node, name) {
  const value = node[`@${name}`];
  return typeof value === "string" ? value : void 0;
}
function truthy(value) {
  return value !== void 0 && /^(true|1|yes)$/i.test(value.trim());
}
function asArray(value) {
  return value === void 0 ? [] : Array.isArray(value) ? value : [value];
}
function isNode(value) {
  return typeof value === "object" && value !== null;
}
function parseResultsJson(text, file) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const message = error.message;
    const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
    const position = /at position (\d+)/.exec(message)?.[1];
    throw new ResultFileError(
      file,
      `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}`,
      line ? Number(line) : position ? lineOfOffset(text, Number(position)) : lineOfOffset(text, text.length)
    );
  }
  const fail = (reason, key) => {
    const index = key ? text.indexOf(`"${key}"`) : -1;
    throw new ResultFileError(file, reason, index >= 0 ? lineOfOffset(text, index) : void 0);
  };
  if (!isNode(document) || Array.isArray(document)) return fail('expected a JSON object with "tests"');
  const { model, version, timestamp, dataset, metrics, tests } = document;
  if (model !== void 0 && typeof model !== "string") fail('"model" must be a string', "model");
  if (version !== void 0 && typeof version !== "string" && !(typeof version === "number" && Number.isFinite(version)))
    fail('"version" must be a string or a number', "version");
  if (timestamp !== void 0 && typeof timestamp !== "string")
    fail('"timestamp" must be an ISO 8601 time such as 2026-11-20T10:11:12Z', "timestamp");
  if (dataset !== void 0 && typeof dataset !== "string") fail('"dataset" must be a string', "dataset");
  const at = typeof timestamp === "string" ? runTime(timestamp, file, text) : void 0;
  if (metrics !== void 0 && (!isNode(metrics) || Array.isArray(metrics))) {
    fail('"metrics" must be an object of name \u2192 number', "metrics");
  }
  if (!Array.isArray(tests)) return fail('"tests" must be an array of { name, status }', "tests");
  const results = {
    file,
    ...model ? { model } : {},
    ...version !== void 0 && scalarText(version) !== "" ? { version: scalarText(version) } : {},
    ...at ? { at } : {},
    tests: [],
    metrics: []
  };
  for (const [name, value] of Object.entries(metrics ?? {})) {
    if (typeof value !== "number" || !Number.isFinite(value)) fail(`metrics.${name} must be a number`, name);
    results.metrics.push({
      name,
      value,
      source: file,
      ...at ? { at } : {},
      ...dataset ? { dataset } : {}
    });
  }
  tests.forEach((test, index) => {
    const where = `tests[${index}]`;
    if (!isNode(test) || Array.isArray(test)) return fail(`${where} must be an object`, "tests");
    const { name, status, required, message } = test;
    if (typeof name !== "string" || name === "")
      return fail(`${where}.name must be a non-empty string`, "tests");
    const at2 = JSON.stringify(name).slice(1, -1);
    if (!STATUSES.includes(status)) {
      fail(`${where} (${name}): status must be one of ${STATUSES.join(", ")}`, at2);
    }
    if (required !== void 0 && typeof required !== "boolean")
      fail(`${where}.required must be true or false`, at2);
    if (message !== void 0 && typeof message !== "string") fail(`${where}.message must be a string`, at2);
    results.tests.push({
      name,
      status,
      ...message ? { message } : {},
      ...required ? { required: true } : {}
    });
  });
  return results;
}
function lineOfOffset(text, index) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

// src/sources/models/collect.ts
async function collectModels(sink, config, options) {
  const models = config.models;
  if (models.mlflow)
    options.log(`MLflow: ${await collectMlflow(sink, models.mlflow, options.env)} model version(s)`);
  if (models.huggingface) {
    options.log(`Hugging Face: ${await collectHuggingFace(sink, models.huggingface, options.env)} model(s)`);
  }
  if (models.sagemaker) {
    const { collectSageMaker } = await import("./sagemaker-KLZPA2PB.js");
    const result = await collectSageMaker(sink, {
      region: models.sagemaker.region,
      ...models.sagemaker.groups ? { groups: models.sagemaker.groups } : {}
    });
    options.log(`SageMaker: ${result.packages} model package(s), ${result.errors} error(s)`);
  }
  if (models.results.length > 0) {
    const result = await collectResultFiles(sink, models.results, options.workspace);
    options.log(`Model result files: ${result.files} file(s), ${result.errors} error(s)`);
  }
  await collectInventory(sink, config["ai-inventory"].path, options.workspace);
}

// src/sources/models/source.ts
var source = {
  async collect(settings, sink, log) {
    const { config, evidence } = settings;
    await collectModels(sink, config, { env: settings.env, workspace: settings.workspace, log: log.info });
    const models = config.models;
    const failures = [];
    for (const registry of evidence.all(MLFLOW_REGISTRY_KIND).filter((r) => r.error))
      failures.push(`MLflow (${registry.subject}) collected nothing: ${registry.error.message}`);
    const hub = evidence.all(HF_KIND);
    if (hub.length > 0 && hub.every((r) => r.error))
      failures.push(`Hugging Face collected nothing: ${hub[0].error.message}`);
    return {
      manifest: {
        mlflow: models.mlflow?.url ?? null,
        huggingface: models.huggingface ? { endpoint: models.huggingface.endpoint, models: models.huggingface.models } : null,
        sagemaker: models.sagemaker?.region ?? null,
        results: models.results
      },
      notes: [],
      failures
    };
  }
};
export {
  source
};
//# sourceMappingURL=source-LJ3ILWRZ.js.map
