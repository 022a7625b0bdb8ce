import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/util/redact.ts
var REDACTED = "***";
var MIN_SECRET_LENGTH = 6;
var secrets = /* @__PURE__ */ new Set();
var longestFirst = [];
var PATTERNS = [
  [/(\bauthorization["']?\s*[:=]\s*["']?)(?:(?:bearer|token|basic)\s+)?[^\s"',;]+/gi, `$1${REDACTED}`],
  [/\b(bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`],
  // Prose says "basic protection"; a credential is base64 with a digit in it.
  [/\b(Basic)\s+(?=[A-Za-z0-9+/]*\d)[A-Za-z0-9+/]{12,}={0,2}/g, `$1 ${REDACTED}`],
  [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|hf_[A-Za-z0-9]{20,})\b/g, REDACTED],
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:"'<>]*:[^\s/@"'<>]*@/gi, `$1${REDACTED}@`]
];
function registerSecret(value, onRegister) {
  if (!value) return;
  const parts = [value.trim(), ...value.split(/\r?\n/).map((line) => line.trim())];
  for (const part of parts) {
    if (part.length < MIN_SECRET_LENGTH || /^-----(BEGIN|END) /.test(part)) continue;
    for (const form of [part, JSON.stringify(part).slice(1, -1), encodeURIComponent(part)]) {
      if (secrets.has(form)) continue;
      secrets.add(form);
      longestFirst = [...secrets].sort((a, b) => b.length - a.length);
      onRegister?.(form);
    }
  }
}
var SECRET_ENV_VARS = [
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "HF_TOKEN",
  "MLFLOW_TRACKING_TOKEN",
  "MLFLOW_TRACKING_PASSWORD",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "SIGNING_KEY",
  "GITHUB_APP_PRIVATE_KEY",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN"
];
function registerEnvironmentSecrets(env, onRegister) {
  for (const name of SECRET_ENV_VARS) registerSecret(env[name], onRegister);
  if (env.MLFLOW_TRACKING_USERNAME && env.MLFLOW_TRACKING_PASSWORD) {
    const basic = `${env.MLFLOW_TRACKING_USERNAME}:${env.MLFLOW_TRACKING_PASSWORD}`;
    registerSecret(Buffer.from(basic).toString("base64"), onRegister);
  }
}
function redact(text) {
  let result = text;
  for (const secret of longestFirst) {
    if (result.includes(secret)) result = result.split(secret).join(REDACTED);
  }
  for (const [pattern, replacement] of PATTERNS) result = result.replace(pattern, replacement);
  return result;
}
function redactValue(value) {
  return JSON.parse(redact(JSON.stringify(value)));
}
function redactProcessOutput() {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = (chunk, ...rest) => {
      if (typeof chunk === "string" && !chunk.startsWith("::add-mask::")) return write(redact(chunk), ...rest);
      if (Buffer.isBuffer(chunk)) return write(redact(chunk.toString("utf8")), ...rest);
      return write(chunk, ...rest);
    };
  }
}

export {
  registerSecret,
  registerEnvironmentSecrets,
  redact,
  redactValue,
  redactProcessOutput
};
//# sourceMappingURL=chunk-EQZXUNDD.js.map
