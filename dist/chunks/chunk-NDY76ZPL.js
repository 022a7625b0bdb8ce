import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkInputFile,
  checkWritableDirectory,
  readInputFile
} from "./chunk-2D54V7PT.js";
import {
  FAIL_ON_VALUES,
  INPUT_DEFAULTS,
  REPOSITORY_PATTERN
} from "./chunk-6Q3ZYCSD.js";
import {
  isS3Uri,
  parseS3Uri
} from "./chunk-C36TVANU.js";
import {
  resolvePeriod
} from "./chunk-P4CAYHBQ.js";
import {
  parseSigningKey
} from "./chunk-6MW5J76Q.js";
import {
  external_exports
} from "./chunk-U734E4WK.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";

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

// src/inputs/run-inputs.ts
import { join, resolve } from "node:path";

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
function parseList(value) {
  return value.split(/[\n,]/).map((item) => item.trim()).filter((item) => item.length > 0 && !item.startsWith("#"));
}
function retryBaseMs(env) {
  const value = Number(env.ANNEX_EVIDENCE_RETRY_BASE_MS);
  return Number.isFinite(value) && value > 0 ? value : void 0;
}

// src/inputs/run-inputs.ts
function cliSource(values) {
  return {
    get: (name) => typeof values[name] === "string" ? values[name] : void 0,
    label: (name) => `--${name}`
  };
}
function actionSource(getInput) {
  return { get: (name) => getInput(name) || void 0, label: (name) => `${name} input` };
}
var S3_ONLY = [
  "aws-region",
  "s3-endpoint",
  "sse",
  "kms-key-id",
  "retention-mode",
  "retention-days"
];
async function readRunInputs(source, options) {
  const { label } = source;
  function read(name, schema) {
    const raw = source.get(name);
    return raw === void 0 ? void 0 : parseValue(schema, raw, label(name));
  }
  const failOn = read("fail-on", oneOf(FAIL_ON_VALUES)) ?? INPUT_DEFAULTS["fail-on"];
  const rateLimitBudgetSeconds = read("rate-limit-wait", secondsValue) ?? parseValue(secondsValue, INPUT_DEFAULTS["rate-limit-wait"], "");
  const period = read("period", durationValue)?.trim();
  const repositories = readRepositories(source);
  const config = read("config", pathValue);
  const configPath = resolve(options.base, config ?? join(...INPUT_DEFAULTS.config.split("/")));
  if (config !== void 0) await checkInputFile(configPath, label("config"), "expected a YAML config file");
  const destinationValue = read("destination", pathValue) ?? INPUT_DEFAULTS.destination;
  const remote = isS3Uri(destinationValue);
  const destination = remote ? { kind: "s3", ...parseS3Uri(destinationValue, label("destination")) } : {
    kind: "local",
    dir: await checkWritableDirectory(resolve(options.base, destinationValue), label("destination"))
  };
  const spoolValue = resolve(options.base, read("spool-dir", pathValue) ?? INPUT_DEFAULTS["spool-dir"]);
  const spoolDir = remote ? await checkWritableDirectory(spoolValue, label("spool-dir")) : spoolValue;
  const s3 = readS3Settings(source, options.env);
  if (!remote) {
    const given = S3_ONLY.filter((name) => source.get(name) !== void 0);
    if (s3.forcePathStyle) given.push("s3-force-path-style");
    if (given.length > 0) {
      throw new InputError(
        `${label(given[0])}: only used with an s3:// destination, got destination ${JSON.stringify(destinationValue)}; remove it, or set ${label("destination")} to s3://bucket/prefix`
      );
    }
  }
  return {
    repositories,
    configPath,
    configExplicit: config !== void 0,
    destination,
    spoolDir,
    s3,
    period,
    failOn,
    rateLimitBudgetSeconds
  };
}
function readRepositories(source) {
  const raw = source.get("repositories");
  if (raw === void 0) return [];
  const list = parseList(raw);
  const expected = `${source.label("repositories")}: expected "owner/repo" or "owner/*"`;
  if (list.length === 0) throw new InputError(`${expected}, got ${JSON.stringify(raw)}`);
  const bad = list.find((entry) => !REPOSITORY_PATTERN.test(entry));
  if (bad !== void 0) throw new InputError(`${expected}, got ${JSON.stringify(bad)}`);
  return list;
}
function readS3Settings(source, env) {
  const { label } = source;
  function read(name, schema) {
    const raw = source.get(name);
    return raw === void 0 ? void 0 : parseValue(schema, raw, label(name));
  }
  const endpointUrl = httpUrlValue("https://minio.example.com:9000");
  for (const name of ["AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL"]) {
    if (env[name]) parseValue(endpointUrl, env[name], name);
  }
  const sse = read("sse", oneOf(["AES256", "aws:kms"], "expected AES256 or aws:kms"));
  const kmsKeyId = read("kms-key-id", keyIdValue);
  if (kmsKeyId !== void 0 && sse !== "aws:kms") {
    throw new InputError(
      `${label("kms-key-id")}: expected ${label("sse")} aws:kms with it, got ${sse === void 0 ? `no ${label("sse")}` : `${label("sse")} ${sse}`}; set ${label("sse")} to aws:kms`
    );
  }
  const retentionMode = read(
    "retention-mode",
    oneOf(["GOVERNANCE", "COMPLIANCE"], "expected GOVERNANCE or COMPLIANCE")
  );
  const retentionDays = read("retention-days", retentionDaysValue);
  if (retentionMode === void 0 !== (retentionDays === void 0)) {
    const missing = retentionMode === void 0 ? "retention-mode" : "retention-days";
    throw new InputError(
      `${label(missing)}: expected it with ${label(missing === "retention-mode" ? "retention-days" : "retention-mode")} (Object Lock retention needs both), got nothing`
    );
  }
  return {
    region: read("aws-region", regionValue),
    endpoint: read("s3-endpoint", endpointUrl) || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || void 0,
    forcePathStyle: parseValue(
      booleanValue,
      source.get("s3-force-path-style") ?? INPUT_DEFAULTS["s3-force-path-style"],
      label("s3-force-path-style")
    ),
    sse,
    kmsKeyId,
    retentionMode,
    retentionDays
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

export {
  parseValue,
  oneOf,
  autoOrBoolean,
  pathValue,
  instantValue,
  cadenceValue,
  apiUrls,
  runMetadata,
  retryBaseMs,
  cliSource,
  actionSource,
  readRunInputs,
  readS3Settings,
  KEY_FILE_MAX_BYTES,
  readCliSigningKey,
  readActionSigningKey
};
//# sourceMappingURL=chunk-NDY76ZPL.js.map
