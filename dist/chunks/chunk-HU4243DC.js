import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  KEY_FILE_MAX_BYTES,
  S3_CLIENT_INPUTS,
  cadenceValue,
  instantValue,
  parseValue,
  pathValue,
  readInputFile
} from "./chunk-EZ5X5KBP.js";
import {
  parsePublicKey
} from "./chunk-C2D4KXTZ.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";

// src/inputs/verify-flags.ts
var STORE_READ_FLAGS = {
  "public-key": { type: "string", multiple: true },
  from: { type: "string" },
  to: { type: "string" },
  every: { type: "string" },
  "require-signature": { type: "boolean", default: false },
  ...Object.fromEntries(S3_CLIENT_INPUTS.map((name) => [name, { type: "string" }]))
};
async function readTrustedKeys(files) {
  return Promise.all(
    (files ?? []).map(async (file) => {
      const text = await readInputFile(parseValue(pathValue, file, "--public-key"), "--public-key", {
        expected: "expected a file with an ed25519 public key",
        maxBytes: KEY_FILE_MAX_BYTES
      });
      return parsePublicKey(text, `--public-key ${file}`);
    })
  );
}
function readTimeWindow(values) {
  const from = values.from === void 0 ? void 0 : parseValue(instantValue("start"), values.from, "--from");
  const to = values.to === void 0 ? void 0 : parseValue(instantValue("end"), values.to, "--to");
  if (from && to && to < from) {
    throw new InputError(
      `--to: expected a time after --from ${values.from}, got ${JSON.stringify(values.to)}, which is before it`
    );
  }
  const every = values.every === void 0 ? void 0 : parseValue(cadenceValue, values.every, "--every");
  return { from, to, every };
}
function requireSignature(flag, env) {
  if (flag) return true;
  const value = env.ANNEX_EVIDENCE_REQUIRE_SIGNATURE?.trim().toLowerCase();
  if (value === void 0 || value === "" || value === "0" || value === "false") return false;
  if (value === "1" || value === "true") return true;
  throw new InputError(
    `ANNEX_EVIDENCE_REQUIRE_SIGNATURE: expected 1 or 0 (true or false), got ${JSON.stringify(env.ANNEX_EVIDENCE_REQUIRE_SIGNATURE)}`
  );
}

// src/export/usage.ts
var EXPORT_USAGE = `  export <s3://bucket/prefix[/scope] | directory of bundles[/scope]> --from 2026-07-01 --to 2026-09-30
         --out DIR [--framework iso27001-2022] [--control A.8.32] [--seed N]
         [--sample-sizes daily=25,weekly=5,per-change=25] [--every 1d] [--public-key key.pub] [--require-signature]
      Verifies every bundle of the period (as verify does) and writes to DIR, which must be new or empty:
      index.html and index.csv (control \u2192 bundle \u2192 evidence file \u2192 SHA-256), each check's population over
      the period (populations/*.csv, de-duplicated across bundles), a seeded sample of each (samples/*.csv;
      seed, method and sizes in sampling.json), verification.json and SHA256SUMS. Same store, flags and
      --seed: the same bytes. Exit 0 written and verified, 1 written but verification failed, 2 bad input.`;

export {
  STORE_READ_FLAGS,
  readTrustedKeys,
  readTimeWindow,
  requireSignature,
  EXPORT_USAGE
};
//# sourceMappingURL=chunk-HU4243DC.js.map
