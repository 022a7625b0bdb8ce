import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  S3_URI_EXPECTED,
  isS3Uri,
  s3Location
} from "./chunk-GKKAIOME.js";
import {
  SHARD_EXPECTED,
  readShard
} from "./chunk-55VSQBGE.js";
import {
  parseSigningKey
} from "./chunk-C2D4KXTZ.js";
import {
  resolvePeriod
} from "./chunk-P4CAYHBQ.js";
import {
  external_exports
} from "./chunk-U734E4WK.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";

// src/inputs/defaults.ts
var FAIL_ON_VALUES = ["none", "error", "failing-control"];
var REPOSITORY_PATTERN = /^[A-Za-z0-9-]+\/(\*|[A-Za-z0-9._-]+)$/;
var INPUT_DEFAULTS = {
  config: ".github/evidence.yml",
  destination: "evidence-bundles",
  "spool-dir": "evidence-bundles",
  "s3-force-path-style": "false",
  "fail-on": "failing-control",
  "rate-limit-wait": "900",
  "signing-key": "none",
  mode: "auto",
  attest: "auto"
};
var DEFAULT_PERIOD = "P1D";

// src/inputs/parsers.ts
function parseValue(schema, raw, label, options = {}) {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const expected = result.error.issues[0]?.message ?? "expected a valid value";
  throw new InputError(
    `${label}: ${expected}, got ${options.secret ? "a value that is not one" : shown(raw)}`
  );
}
function shown(raw) {
  if (raw === "") return 'nothing ("")';
  const text = JSON.stringify(raw);
  return text.length > 120 ? `${text.slice(0, 100)}\u2026" (${raw.length} characters)` : text;
}
function parseList(value) {
  return value.split(/[\n,]/).map((item) => item.trim()).filter((item) => item.length > 0 && !item.startsWith("#"));
}
var nonEmpty = (expected) => external_exports.string().min(1, { error: expected });
var TRUE_VALUES = ["true", "True", "TRUE"];
var FALSE_VALUES = ["false", "False", "FALSE"];
var booleanValue = external_exports.string().refine((value) => TRUE_VALUES.includes(value) || FALSE_VALUES.includes(value), {
  error: "expected true or false (true | True | TRUE | false | False | FALSE)"
}).transform((value) => TRUE_VALUES.includes(value));
function oneOf(values, expected) {
  return external_exports.enum(values, { error: expected ?? `expected one of ${values.join(", ")}` });
}
var autoOrBoolean = external_exports.string().refine((value) => value === "auto" || TRUE_VALUES.includes(value) || FALSE_VALUES.includes(value), {
  error: "expected auto, true or false"
}).transform((value) => value === "auto" ? "auto" : TRUE_VALUES.includes(value) ? "true" : "false");
var MAX_WAIT_SECONDS = 5 * 86400;
var secondsValue = external_exports.string().regex(/^\d+(\.\d+)?$/, { error: `expected a number of seconds from 0 to ${MAX_WAIT_SECONDS}` }).transform(Number).refine((value) => value <= MAX_WAIT_SECONDS, {
  error: `expected a number of seconds from 0 to ${MAX_WAIT_SECONDS}`
});
var retentionDaysValue = external_exports.string().regex(/^\d+$/, { error: "expected a whole number of days from 1 to 36500" }).transform(Number).refine((days) => days >= 1 && days <= 36500, { error: "expected a whole number of days from 1 to 36500" });
var durationValue = external_exports.string().superRefine((value, ctx) => {
  try {
    resolvePeriod(value, /* @__PURE__ */ new Date(), "");
  } catch {
    ctx.addIssue({
      code: "custom",
      message: 'expected an ISO 8601 duration in weeks, days, hours or minutes of at most ten years, such as "P1D", "P90D" or "PT12H"'
    });
  }
});
function httpUrlValue(example) {
  const expected = `expected an http(s) URL such as ${example}`;
  return external_exports.string().superRefine((value, ctx) => {
    let url;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: expected });
      return;
    }
    if (!["http:", "https:"].includes(url.protocol) || url.hostname === "" || /\s/.test(value)) {
      ctx.addIssue({ code: "custom", message: expected });
    } else if (url.search || url.hash) {
      ctx.addIssue({ code: "custom", message: `${expected}, without ?query or #fragment` });
    }
  });
}
var regionValue = external_exports.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, { error: "expected a region name such as eu-central-1" });
var pathValue = nonEmpty("expected a path");
var repositoriesValue = external_exports.string().transform((raw, ctx) => {
  const list = parseList(raw);
  const bad = list.length === 0 ? raw : list.find((entry) => !REPOSITORY_PATTERN.test(entry));
  if (bad !== void 0) {
    ctx.addIssue({ code: "custom", message: 'expected "owner/repo" or "owner/*"', params: { found: bad } });
    return external_exports.NEVER;
  }
  return list;
});
var s3UriValue = external_exports.string().transform((uri, ctx) => {
  const location = s3Location(uri);
  if (location) return location;
  ctx.addIssue({ code: "custom", message: S3_URI_EXPECTED });
  return external_exports.NEVER;
});
function storeTargetValue(expected = "expected a path") {
  return external_exports.string().transform((value, ctx) => {
    if (value === "") {
      ctx.addIssue({ code: "custom", message: expected });
      return external_exports.NEVER;
    }
    if (!isS3Uri(value)) return { kind: "local", path: value };
    const location = s3Location(value);
    if (location) return { kind: "s3", ...location };
    ctx.addIssue({ code: "custom", message: S3_URI_EXPECTED });
    return external_exports.NEVER;
  });
}
var shardValue = external_exports.string().transform((value, ctx) => {
  const shard = readShard(value);
  if (shard) return shard;
  ctx.addIssue({ code: "custom", message: SHARD_EXPECTED });
  return external_exports.NEVER;
});
function pathListValue(expected) {
  return external_exports.string().transform((raw, ctx) => {
    const list = parseList(raw);
    if (list.length > 0) return list;
    ctx.addIssue({ code: "custom", message: expected });
    return external_exports.NEVER;
  });
}
var keyIdValue = external_exports.string().regex(/^\S+$/, { error: "expected a KMS key id, alias or ARN" }).max(2048, { error: "expected a KMS key id, alias or ARN" });
var DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
var TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
function instantValue(edge) {
  const expected = "expected a date such as 2026-07-01 or an ISO 8601 time such as 2026-07-01T00:00:00Z";
  return external_exports.string().transform((value, ctx) => {
    const parts = DAY.exec(value) ?? TIME.exec(value);
    const [year, month, day] = (parts?.slice(1, 4) ?? []).map(Number);
    const exists = parts !== null && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
    const date = !exists ? /* @__PURE__ */ new Date(NaN) : DAY.test(value) ? /* @__PURE__ */ new Date(`${value}T${edge === "start" ? "00:00:00.000" : "23:59:59.999"}Z`) : new Date(value);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({
        code: "custom",
        message: exists || parts === null ? expected : `${expected} (that day does not exist)`
      });
      return external_exports.NEVER;
    }
    return date;
  });
}
var MAX_CADENCE_MS = 366 * 864e5;
var cadenceValue = external_exports.string().transform((value, ctx) => {
  const simple = /^(\d{1,4})([dh])$/.exec(value);
  let ms;
  if (simple) ms = Number(simple[1]) * (simple[2] === "d" ? 864e5 : 36e5);
  else {
    try {
      const period = resolvePeriod(value, /* @__PURE__ */ new Date(0), "");
      ms = Date.parse(period.end) - Date.parse(period.start);
    } catch {
      ms = void 0;
    }
  }
  if (ms === void 0 || ms <= 0 || ms > MAX_CADENCE_MS) {
    ctx.addIssue({
      code: "custom",
      message: "expected a cadence greater than zero and at most a year, such as 1d, 12h or P7D"
    });
    return external_exports.NEVER;
  }
  return ms;
});
var appIdValue = external_exports.string().trim().regex(/^(?:[1-9]\d{0,11}|Iv[0-9A-Za-z.]{4,40})$/, {
  error: "expected the App id (digits) or its client id (Iv\u2026)"
});
var installationIdValue = external_exports.string().trim().regex(/^[1-9]\d{0,15}$/, { error: "expected the numeric installation id" }).transform(Number);

// src/inputs/paths.ts
import { constants } from "node:fs";
import { access, open, realpath, stat } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
var VIRTUAL_ROOTS = ["/proc", "/sys", "/dev"];
function virtualRoot(path) {
  return VIRTUAL_ROOTS.find((root) => path === root || path.startsWith(`${root}${sep}`));
}
async function existingAncestor(path) {
  for (let current = path; ; current = dirname(current)) {
    const real = await realpath(current).catch(() => void 0);
    if (real !== void 0) return { path: current, real };
    if (dirname(current) === current) return { path: current, real: current };
  }
}
function refuseVirtual(label, path, real, expected) {
  const root = virtualRoot(path) ?? virtualRoot(real);
  if (root) {
    throw new InputError(
      `${label}: ${expected}, got ${path}${real !== path ? ` (\u2192 ${real})` : ""}, which is in ${root}, a kernel file system`
    );
  }
}
async function checkWritableDirectory(path, label) {
  const absolute = resolve(path);
  const expected = "expected a directory to write bundles in";
  const ancestor = await existingAncestor(absolute);
  refuseVirtual(label, absolute, ancestor.real, expected);
  const info = await stat(ancestor.real).catch((error) => {
    throw new InputError(`${label}: ${expected}, got ${absolute}, which cannot be read (${error.code})`);
  });
  if (!info.isDirectory()) {
    const what = ancestor.path === absolute ? absolute : `${absolute}, under ${ancestor.path}`;
    throw new InputError(`${label}: ${expected}, got ${what}, which is a file, not a directory`);
  }
  await access(ancestor.real, constants.W_OK).catch((error) => {
    throw new InputError(
      `${label}: ${expected}, got ${absolute}, where ${ancestor.path} cannot be written (${error.code})`
    );
  });
  return absolute;
}
async function checkNotVirtual(path, label, expected) {
  const absolute = resolve(path);
  const ancestor = await existingAncestor(absolute);
  refuseVirtual(label, absolute, ancestor.real, expected);
  return absolute;
}
async function readInputFile(path, label, options) {
  const absolute = await checkInputFile(path, label, options.expected);
  const handle = await open(absolute, "r");
  try {
    const { size } = await handle.stat();
    if (size > options.maxBytes) {
      throw new InputError(
        `${label}: ${options.expected} of at most ${options.maxBytes} bytes, got ${path} with ${size} bytes`
      );
    }
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}
async function checkInputFile(path, label, expected) {
  const absolute = resolve(path);
  const ancestor = await existingAncestor(absolute);
  refuseVirtual(label, absolute, ancestor.real, expected);
  const info = await stat(absolute).catch((error) => {
    throw new InputError(
      `${label}: ${expected}, got ${path}, which cannot be read (${error.code === "ENOENT" ? "no such file" : error.code})`
    );
  });
  if (!info.isFile()) {
    throw new InputError(
      `${label}: ${expected}, got ${path}, which is ${info.isDirectory() ? "a directory" : "not a regular file"}`
    );
  }
  await access(absolute, constants.R_OK).catch((error) => {
    throw new InputError(`${label}: ${expected}, got ${path}, which cannot be read (${error.code})`);
  });
  return absolute;
}

// src/inputs/settings.ts
import { createPrivateKey } from "node:crypto";
import { join, resolve as resolve2 } from "node:path";

// src/environment.ts
function apiUrls(env) {
  const url = httpUrlValue("https://api.github.com or https://github.example.com/api/v3");
  const apiUrl = parseValue(url, env.GITHUB_API_URL || "https://api.github.com", "GITHUB_API_URL").replace(
    /\/+$/,
    ""
  );
  const graphqlUrl = env.GITHUB_GRAPHQL_URL ? parseValue(url, env.GITHUB_GRAPHQL_URL, "GITHUB_GRAPHQL_URL") : `${apiUrl}/graphql`;
  return { apiUrl, graphqlUrl };
}
function runMetadata(env, now) {
  const defined = (entries) => Object.fromEntries(entries.filter(([, value]) => value));
  return {
    id: env.GITHUB_RUN_ID || `local-${now.getTime()}`,
    ...defined([
      ["attempt", env.GITHUB_RUN_ATTEMPT],
      ["repository", env.GITHUB_REPOSITORY],
      ["workflow", env.GITHUB_WORKFLOW],
      ["commit", env.GITHUB_SHA],
      ["ref", env.GITHUB_REF],
      ["event", env.GITHUB_EVENT_NAME],
      ["actor", env.GITHUB_ACTOR],
      ["serverUrl", env.GITHUB_SERVER_URL]
    ])
  };
}
function retryBaseMs(env) {
  const value = Number(env.ANNEX_EVIDENCE_RETRY_BASE_MS);
  return Number.isFinite(value) && value > 0 ? value : void 0;
}

// src/inputs/settings.ts
var S3_ENDPOINT = httpUrlValue("https://minio.example.com:9000");
var PARTIALS_EXPECTED = "expected the partial bundles of the shards (directories or .tar.gz archives, or a directory holding them)";
var INPUTS = {
  "fail-on": oneOf(FAIL_ON_VALUES),
  "rate-limit-wait": secondsValue,
  period: durationValue,
  repositories: repositoriesValue,
  config: pathValue,
  destination: storeTargetValue(),
  "spool-dir": pathValue,
  sse: oneOf(["AES256", "aws:kms"], "expected AES256 or aws:kms"),
  "kms-key-id": keyIdValue,
  "retention-mode": oneOf(["GOVERNANCE", "COMPLIANCE"], "expected GOVERNANCE or COMPLIANCE"),
  "retention-days": retentionDaysValue,
  "aws-region": regionValue,
  "s3-endpoint": S3_ENDPOINT,
  "s3-force-path-style": booleanValue,
  shard: shardValue,
  attest: autoOrBoolean,
  mode: oneOf(["auto", "nightly", "pull-request", "merge"]),
  "partial-bundles": pathListValue(PARTIALS_EXPECTED),
  "app-id": appIdValue,
  "app-installation-id": installationIdValue
};
var ACTION_ONLY = ["attest", "mode", "partial-bundles"];
var COLLECT_FLAGS = Object.fromEntries(
  Object.keys(INPUTS).filter((name) => !ACTION_ONLY.includes(name)).map((name) => [name, { type: "string" }])
);
var S3_ONLY = [
  "aws-region",
  "s3-endpoint",
  "sse",
  "kms-key-id",
  "retention-mode",
  "retention-days"
];
var inputsObject = external_exports.object(
  Object.fromEntries(Object.entries(INPUTS).map(([name, schema]) => [name, schema.optional()]))
);
function inputsSchema(label, given) {
  return inputsObject.superRefine((values, ctx) => {
    const fail = (name, message) => ctx.addIssue({ code: "custom", path: [name], message, params: { complete: true } });
    if (values["kms-key-id"] !== void 0 && values.sse !== "aws:kms") {
      fail(
        "kms-key-id",
        `${label("kms-key-id")}: expected ${label("sse")} aws:kms with it, got ${values.sse === void 0 ? `no ${label("sse")}` : `${label("sse")} ${values.sse}`}; set ${label("sse")} to aws:kms`
      );
    }
    if (values["retention-mode"] === void 0 !== (values["retention-days"] === void 0)) {
      const missing = values["retention-mode"] === void 0 ? "retention-mode" : "retention-days";
      const other = missing === "retention-mode" ? "retention-days" : "retention-mode";
      fail(
        missing,
        `${label(missing)}: expected it with ${label(other)} (Object Lock retention needs both), got nothing`
      );
    }
    if (values["app-installation-id"] !== void 0 && values["app-id"] === void 0) {
      fail(
        "app-id",
        `${label("app-id")}: expected the App id with ${label("app-installation-id")}, got nothing`
      );
    }
    const destination = values.destination;
    if (given("shard") && destination?.kind === "s3" && values.mode !== "merge") {
      fail(
        "shard",
        `${label("shard")}: a shard writes a partial bundle to a directory (an artifact for the merge step, which publishes), got ${label("destination")} ${JSON.stringify(destination.uri)}; set ${label("destination")} to a directory`
      );
    }
    if (values.mode === "merge") {
      const ignored = ["shard", "repositories", "period", "config"].find(given);
      if (ignored === "shard")
        fail(
          "shard",
          `${label("shard")}: only used when collecting a shard, got it with mode: merge; remove it`
        );
      else if (ignored !== void 0)
        fail(
          ignored,
          `${label(ignored)}: only used when collecting, got it with mode: merge (the merge takes the shards' scope, period and config); remove it`
        );
      if (!given("partial-bundles"))
        fail("partial-bundles", `${label("partial-bundles")}: ${PARTIALS_EXPECTED}, got nothing`);
    } else if (given("partial-bundles")) {
      fail(
        "partial-bundles",
        `${label("partial-bundles")}: only used with mode: merge, got mode ${values.mode ?? INPUT_DEFAULTS.mode}; remove it, or set ${label("mode")} to merge`
      );
    }
    if (destination !== void 0 && destination.kind === "local") {
      const name = [...S3_ONLY, "s3-force-path-style"].find(
        (name2) => name2 === "s3-force-path-style" ? values[name2] === true : given(name2)
      );
      if (name !== void 0) {
        fail(
          name,
          `${label(name)}: only used with an s3:// destination, got destination ${JSON.stringify(destination.path)}; remove it, or set ${label("destination")} to s3://bucket/prefix`
        );
      }
    }
  });
}
function cliSource(values, env = {}, merge) {
  return {
    surface: "cli",
    get: (name) => merge && name === "mode" ? "merge" : merge && name === "partial-bundles" ? merge.partials.length > 0 ? merge.partials.join("\n") : void 0 : !ACTION_ONLY.includes(name) && typeof values[name] === "string" ? values[name] : void 0,
    label: (name) => name === "partial-bundles" ? "merge" : `--${name}`,
    ...merge ? { partials: merge.partials } : {},
    secrets: async () => {
      const token = env.GITHUB_TOKEN || env.GH_TOKEN || "";
      if (!token && !merge && typeof values["app-id"] !== "string")
        throw new InputError(
          "GITHUB_TOKEN: expected a token that can read the repositories (or GH_TOKEN, or --app-id with GITHUB_APP_PRIVATE_KEY), got nothing"
        );
      const file = values["signing-key-file"];
      const appKey = env.GITHUB_APP_PRIVATE_KEY || void 0;
      return {
        token,
        signingKey: await readCliSigningKey(typeof file === "string" ? file : void 0, env),
        ...appKey !== void 0 ? { appPrivateKey: { value: appKey, label: "GITHUB_APP_PRIVATE_KEY" } } : {}
      };
    }
  };
}
function actionSource(getInput, env = {}) {
  return {
    surface: "action",
    get: (name) => getInput(name) || void 0,
    label: (name) => `${name} input`,
    secrets: () => {
      const token = getInput("github-token");
      if (!token) {
        throw new InputError(
          "github-token input: expected a token (${{ github.token }} for the current repository, or a GitHub App / personal access token for org-wide runs), got nothing"
        );
      }
      const appKey = getInput("app-private-key") || void 0;
      return Promise.resolve({
        token,
        signingKey: readActionSigningKey(getInput, env),
        ...appKey !== void 0 ? { appPrivateKey: { value: appKey, label: "app-private-key input" } } : {}
      });
    }
  };
}
function parseInputs(source, names) {
  const raw = {};
  for (const name2 of names ?? Object.keys(INPUTS)) {
    const value = source.get(name2) ?? (name2 === "config" ? void 0 : defaultOf(name2));
    if (value !== void 0) raw[name2] = value;
  }
  const schema = names ? inputsObject.pick(Object.fromEntries(names.map((name2) => [name2, true]))) : inputsSchema(source.label, (name2) => source.get(name2) !== void 0);
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue.path[0];
  const params = issue.params;
  if (params?.complete) throw new InputError(issue.message);
  throw new InputError(
    `${source.label(name)}: ${issue.message}, got ${params?.found !== void 0 ? JSON.stringify(params.found) : shown(raw[name] ?? "")}`
  );
}
function defaultOf(name) {
  return INPUT_DEFAULTS[name];
}
async function readSettings(source, options) {
  const { env } = options;
  const { label } = source;
  const { token, signingKey, appPrivateKey } = await source.secrets();
  const values = parseInputs(source);
  const githubApp = githubAppOf(values, appPrivateKey, source);
  const s3 = s3SettingsOf(values, env);
  const configPath = resolve2(options.base, values.config ?? join(...INPUT_DEFAULTS.config.split("/")));
  if (values.config !== void 0)
    await checkInputFile(configPath, label("config"), "expected a YAML config file");
  const target = values.destination;
  const destination = target.kind === "s3" ? target : {
    kind: "local",
    dir: await checkWritableDirectory(resolve2(options.base, target.path), label("destination"))
  };
  const spoolValue = resolve2(options.base, values["spool-dir"]);
  const spoolDir = destination.kind === "s3" ? await checkWritableDirectory(spoolValue, label("spool-dir")) : spoolValue;
  const now = options.now ?? /* @__PURE__ */ new Date();
  const event = env.GITHUB_EVENT_NAME ?? "";
  const mode = values.mode === "merge" ? "merge" : source.surface === "cli" ? "nightly" : values.mode === "pull-request" || values.mode === "auto" && (event === "pull_request" || event === "pull_request_target") ? "pull-request" : "nightly";
  if (mode === "pull-request" && values.shard)
    throw new InputError(
      `${label("shard")}: only used by a nightly run (a job of a matrix), got it in pull-request mode; remove it from the pull_request workflow`
    );
  return {
    mode,
    attest: values.attest,
    token,
    signingKey,
    repositories: values.repositories ?? [],
    configPath,
    configExplicit: values.config !== void 0,
    destination,
    spoolDir,
    s3,
    period: values.period?.trim(),
    failOn: values["fail-on"],
    rateLimitBudgetSeconds: values["rate-limit-wait"],
    ...values.shard ? { shard: values.shard } : {},
    partialBundles: source.partials ?? values["partial-bundles"] ?? [],
    ...githubApp ? { githubApp } : {},
    ...apiUrls(env),
    currentRepository: env.GITHUB_REPOSITORY,
    run: runMetadata(env, now),
    now,
    retryBaseMs: retryBaseMs(env),
    workspace: options.base,
    env
  };
}
var APP_PRIVATE_KEY = external_exports.string().refine(
  (pem) => {
    try {
      return createPrivateKey(pem).asymmetricKeyType === "rsa";
    } catch {
      return false;
    }
  },
  { error: `expected the App's RSA private key in PEM ("BEGIN RSA PRIVATE KEY" or "BEGIN PRIVATE KEY")` }
);
function githubAppOf(values, key, source) {
  const { label } = source;
  const appId = values["app-id"];
  const keyLabel = key?.label ?? (source.surface === "cli" ? "GITHUB_APP_PRIVATE_KEY" : "app-private-key input");
  if (appId === void 0) {
    if (key === void 0) return void 0;
    throw new InputError(`${label("app-id")}: expected the App id with ${keyLabel}, got nothing`);
  }
  if (key === void 0)
    throw new InputError(
      `${keyLabel}: expected the App's private key with ${label("app-id")}, got nothing (a secret that is not set expands to "")`
    );
  const installationId = values["app-installation-id"];
  return {
    appId,
    privateKey: parseValue(APP_PRIVATE_KEY, key.value, key.label, { secret: true }),
    ...installationId !== void 0 ? { installationId } : {}
  };
}
var S3_CLIENT_INPUTS = ["aws-region", "s3-endpoint", "s3-force-path-style"];
function readS3Settings(source, env) {
  return s3SettingsOf(parseInputs(source, S3_CLIENT_INPUTS), env);
}
function s3SettingsOf(values, env) {
  for (const name of ["AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL"]) {
    const value = env[name];
    if (value) {
      const result = S3_ENDPOINT.safeParse(value);
      if (!result.success)
        throw new InputError(`${name}: ${result.error.issues[0]?.message}, got ${shown(value)}`);
    }
  }
  return {
    region: values["aws-region"],
    endpoint: values["s3-endpoint"] || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || void 0,
    forcePathStyle: values["s3-force-path-style"] ?? false,
    sse: values.sse,
    kmsKeyId: values["kms-key-id"],
    retentionMode: values["retention-mode"],
    retentionDays: values["retention-days"]
  };
}
var KEY_FILE_MAX_BYTES = 64 * 1024;
var SIGNING_KEY_EXPECTED = 'expected an ed25519 private key as PKCS#8 PEM ("BEGIN PRIVATE KEY") or base64 of its 32-byte seed';
async function readCliSigningKey(file, env) {
  if (file !== void 0) {
    const label = "--signing-key-file";
    if (file === "") throw new InputError(`${label}: expected a path, got nothing ("")`);
    const text = await readInputFile(file, label, {
      expected: "expected a file with an ed25519 private key",
      maxBytes: KEY_FILE_MAX_BYTES
    });
    return checkedSigningKey(text, `${label} ${file}`);
  }
  const value = env.SIGNING_KEY;
  return value === void 0 ? void 0 : checkedSigningKey(value, "SIGNING_KEY");
}
function readActionSigningKey(getInput, env) {
  const value = getInput("signing-key");
  if (env["INPUT_SIGNING-KEY"] === void 0 || value === INPUT_DEFAULTS["signing-key"]) return void 0;
  return checkedSigningKey(value, "signing-key input");
}
function checkedSigningKey(text, label) {
  if (text.trim() === "") {
    throw new InputError(
      `${label}: ${SIGNING_KEY_EXPECTED}, got nothing (the key is empty: a secret that is not set expands to ""); set it, or leave the key out for unsigned bundles`
    );
  }
  parseSigningKey(text, label);
  return text;
}
function mergeConfig(settings, loaded) {
  const period = resolvePeriod(
    settings.period || loaded.config.period || DEFAULT_PERIOD,
    settings.now,
    settings.period ? "period input" : `${settings.configPath}: period`
  );
  return { scope: scopeOf(settings, loaded), period };
}
function scopeOf(settings, loaded) {
  const fromInput = settings.repositories.length > 0;
  const scope = fromInput ? settings.repositories : loaded.config.repositories ?? (settings.currentRepository ? [settings.currentRepository] : []);
  if (scope.length === 0) {
    throw new InputError(
      "No repositories to collect from: set the repositories input (owner/repo or owner/*), `repositories` in the config, or run inside a workflow (GITHUB_REPOSITORY)."
    );
  }
  for (const entry of scope) {
    if (!REPOSITORY_PATTERN.test(entry)) {
      const where = fromInput ? "repositories input" : loaded.config.repositories ? `${settings.configPath}: repositories` : "GITHUB_REPOSITORY";
      throw new InputError(`${where}: expected "owner/repo" or "owner/*", got ${JSON.stringify(entry)}`);
    }
  }
  return scope;
}

export {
  FAIL_ON_VALUES,
  REPOSITORY_PATTERN,
  INPUT_DEFAULTS,
  parseValue,
  pathValue,
  storeTargetValue,
  instantValue,
  cadenceValue,
  checkWritableDirectory,
  checkNotVirtual,
  readInputFile,
  COLLECT_FLAGS,
  cliSource,
  actionSource,
  readSettings,
  S3_CLIENT_INPUTS,
  readS3Settings,
  KEY_FILE_MAX_BYTES,
  mergeConfig
};
//# sourceMappingURL=chunk-EZ5X5KBP.js.map
