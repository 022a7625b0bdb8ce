import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXPORT_USAGE
} from "./chunk-5OEQLHA7.js";
import {
  describeNotRederived
} from "./chunk-WZW2TTAY.js";
import {
  LocalStore
} from "./chunk-ASDM2U35.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-EMIPFM47.js";
import {
  CONTROL_STATUSES
} from "./chunk-27WQHCAT.js";
import "./chunk-E2PLYZ6Q.js";
import {
  nightlyRunOptions
} from "./chunk-ODN455WB.js";
import {
  KEY_FILE_MAX_BYTES,
  cadenceValue,
  cliSource,
  instantValue,
  parseValue,
  pathValue,
  readCliSigningKey,
  readRunInputs,
  readS3Settings
} from "./chunk-NDY76ZPL.js";
import {
  checkNotVirtual,
  checkWritableDirectory,
  readInputFile
} from "./chunk-2D54V7PT.js";
import {
  INPUT_DEFAULTS
} from "./chunk-6Q3ZYCSD.js";
import {
  redactProcessOutput,
  registerEnvironmentSecrets,
  registerSecret
} from "./chunk-65EAJ6AX.js";
import {
  isS3Uri,
  parseS3Uri
} from "./chunk-C36TVANU.js";
import "./chunk-2PJLBH5X.js";
import "./chunk-NNI55PZK.js";
import "./chunk-VO3D4YAX.js";
import "./chunk-P4CAYHBQ.js";
import {
  generateSigningKeyPair,
  parsePublicKey
} from "./chunk-6MW5J76Q.js";
import "./chunk-U734E4WK.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";
import "./chunk-E4WBWSDB.js";

// src/cli.ts
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/report/console.ts
function renderControlTable(controls) {
  const out = [];
  for (const report of Object.values(controls.frameworks)) {
    const c = report.counts;
    out.push(report.title, `  ${CONTROL_STATUSES.map((status) => `${status} ${c[status]}`).join(" \xB7 ")}`);
    const automated = report.controls.filter(
      (control) => control.status !== "manual" && control.status !== "excluded"
    );
    const rows = automated.map((control) => [
      control.id,
      control.status.toUpperCase(),
      truncate(control.title, 48),
      `${control.findingCounts.pass} pass, ${control.findingCounts.fail} fail, ${control.findingCounts.error} error; ${evidenceKinds(control.checkEvidence)}${manualNote(control.manual.missing)}`
    ]);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length), 0));
    for (const row of rows)
      out.push(`  ${row.map((cell, i) => i < 3 ? cell.padEnd(widths[i]) : cell).join("  ")}`);
    out.push("");
  }
  return out.join("\n");
}
function evidenceKinds(checks) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of checks) counts.set(c.evidence, (counts.get(c.evidence) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${kind} ${n}`).join(", ");
}
function manualNote(missing) {
  return missing.length > 0 ? `; manual evidence missing or expired: ${missing.join(", ")}` : "";
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

// src/cli.ts
var USAGE = `${TOOL_NAME} ${TOOL_VERSION}: audit evidence for ISO/IEC 27001:2022 and ISO/IEC 42001:2023 Annex A controls

Usage:
  ${TOOL_NAME} collect [--repositories owner/repo,owner/*] [--config .github/evidence.yml]
                       [--destination ${INPUT_DEFAULTS.destination}] [--period P1D] [--fail-on ${INPUT_DEFAULTS["fail-on"]}]
      Collects evidence, evaluates the checks and writes a bundle. Token from GITHUB_TOKEN (or GH_TOKEN);
      API from GITHUB_API_URL / GITHUB_GRAPHQL_URL (default api.github.com).
      S3: --destination s3://bucket/prefix [--aws-region R] [--s3-endpoint URL] [--s3-force-path-style true]
      [--sse AES256|aws:kms] [--kms-key-id K] [--retention-mode GOVERNANCE|COMPLIANCE --retention-days N]
      [--spool-dir ${INPUT_DEFAULTS["spool-dir"]}]; signing: --signing-key-file key.pem (or SIGNING_KEY).
  ${TOOL_NAME} verify <bundle dir | bundle .tar.gz> [--public-key key.pub] [--require-signature] [--json]
      Recomputes every hash, checks the signature, and re-derives every finding from the raw evidence.
  ${TOOL_NAME} verify <s3://bucket/prefix[/scope] | directory of bundles[/scope]> [--from 2026-07-01]
                      [--to 2026-09-30] [--every 1d] [--public-key key.pub] [--require-signature] [--json]
      Every bundle of the period, the hash chain between them, and gaps in the cadence and the evidence.
      --require-signature (or ANNEX_EVIDENCE_REQUIRE_SIGNATURE=1): a bundle whose signature was not
      checked against a --public-key (unsigned, or no key given) fails.
${EXPORT_USAGE.replace(/^ {2}export/, `  ${TOOL_NAME} export`)}
  ${TOOL_NAME} keygen [--out evidence-signing]
      Makes a new ed25519 key pair for signing manifests: printed, or written to the --out file (private,
      mode 600) and the --out file with .pub (public, for auditors); existing files are never overwritten.

Exit codes: 0 ok, 1 failing controls (per --fail-on) or integrity failure, 2 bad input or usage,
3 a whole source (GitHub, a repository, AWS, a model registry) collected nothing (unless --fail-on none).`;
var consoleLogger = {
  info: (message) => console.error(message),
  warning: (message) => console.error(`warning: ${message}`),
  group: async (name, body) => {
    console.error(`\u2500\u2500 ${name}`);
    return await body();
  }
};
async function collect(args) {
  const { values } = parseArgs({
    args,
    options: {
      repositories: { type: "string" },
      config: { type: "string" },
      destination: { type: "string" },
      period: { type: "string" },
      "fail-on": { type: "string" },
      "rate-limit-wait": { type: "string" },
      "spool-dir": { type: "string" },
      "aws-region": { type: "string" },
      "s3-endpoint": { type: "string" },
      "s3-force-path-style": { type: "string" },
      sse: { type: "string" },
      "kms-key-id": { type: "string" },
      "retention-mode": { type: "string" },
      "retention-days": { type: "string" },
      "signing-key-file": { type: "string" }
    },
    strict: true
  });
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  if (!token)
    throw new InputError(
      "GITHUB_TOKEN: expected a token that can read the repositories (or GH_TOKEN), got nothing"
    );
  const signingKey = await readCliSigningKey(values["signing-key-file"], process.env);
  registerSecret(signingKey);
  const inputs = await readRunInputs(cliSource(values), { base: process.cwd(), env: process.env });
  const { runEvidence } = await import("./run-QDJORKPM.js");
  const result = await runEvidence(
    nightlyRunOptions({
      token,
      inputs,
      signingKey,
      log: consoleLogger,
      workspace: process.cwd(),
      env: process.env
    })
  );
  console.log(renderControlTable(result.controls));
  console.log(`Bundle: ${result.bundleDir}`);
  console.log(`Manifest SHA-256: ${result.manifestSha256}`);
  for (const failure of result.sourceFailures) console.error(`error: ${failure}`);
  if (result.publishError) {
    console.error(`error: ${result.publishError.message}`);
    return result.publishError.badInput ? 2 : 1;
  }
  if (result.failed && result.sourceFailures.length > 0) return 3;
  return result.failed ? 1 : 0;
}
var VERIFY_TARGETS = "expected one bundle directory, bundle archive (.tar.gz), directory of bundles, or s3://bucket/prefix";
var PERIOD_FLAGS = ["from", "to", "every"];
var S3_FLAGS = ["aws-region", "s3-endpoint", "s3-force-path-style"];
async function verify(args) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: "boolean", default: false },
      "public-key": { type: "string", multiple: true },
      from: { type: "string" },
      to: { type: "string" },
      every: { type: "string" },
      "require-signature": { type: "boolean", default: false },
      "aws-region": { type: "string" },
      "s3-endpoint": { type: "string" },
      "s3-force-path-style": { type: "string" }
    },
    allowPositionals: true,
    strict: true
  });
  const requireSignature = values["require-signature"] || requireSignatureFromEnv(process.env);
  const [
    { verifyBundle },
    { isScopeFolder, verifyStore },
    { ARCHIVE_SUFFIX, ArchiveIntegrityError, extractBundleArchive }
  ] = await Promise.all([
    import("./verify-2I5CGLXN.js"),
    import("./verify-period-OGKZK7BQ.js"),
    import("./archive-XA5CTPSD.js")
  ]);
  if (positionals.length !== 1 || positionals[0] === "") {
    throw new InputError(
      `verify: ${VERIFY_TARGETS}, got ${positionals.length === 0 ? "none" : positionals.map((p) => JSON.stringify(p)).join(" ")}`
    );
  }
  const target = positionals[0];
  const source = cliSource(values);
  const trustedKeys = await Promise.all(
    (values["public-key"] ?? []).map(async (file) => {
      const text = await readInputFile(parseValue(pathValue, file, "--public-key"), "--public-key", {
        expected: "expected a file with an ed25519 public key",
        maxBytes: KEY_FILE_MAX_BYTES
      });
      return parsePublicKey(text, `--public-key ${file}`);
    })
  );
  const from = values.from === void 0 ? void 0 : parseValue(instantValue("start"), values.from, "--from");
  const to = values.to === void 0 ? void 0 : parseValue(instantValue("end"), values.to, "--to");
  if (from && to && to < from) {
    throw new InputError(
      `--to: expected a time after --from ${values.from}, got ${JSON.stringify(values.to)}, which is before it`
    );
  }
  const every = values.every === void 0 ? void 0 : parseValue(cadenceValue, values.every, "--every");
  const period = { from, to, every };
  const periodFlags = PERIOD_FLAGS.filter((name) => values[name] !== void 0);
  if (isS3Uri(target)) {
    parseS3Uri(target, "verify");
    const settings = readS3Settings(source, process.env);
    const { S3Store } = await import("./s3-4NPCPV76.js");
    const open = (uri) => new S3Store({
      uri,
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      maxAttempts: 3
    });
    const store = open(target);
    if (store.prefix && await isScopeFolder(store)) {
      const cut = target.replace(/\/+$/, "");
      const scope = cut.slice(cut.lastIndexOf("/") + 1);
      const report = await verifyStore(open(cut.slice(0, cut.lastIndexOf("/"))), {
        trustedKeys,
        requireSignature,
        scope,
        ...period
      });
      return printPeriod(report, values.json);
    }
    return printPeriod(await verifyStore(store, { trustedKeys, requireSignature, ...period }), values.json);
  }
  const s3Flag = S3_FLAGS.find((name) => values[name] !== void 0);
  if (s3Flag) ignoredFlag(s3Flag, "an s3://bucket/prefix target", target);
  const path = await checkNotVirtual(target, "verify", VERIFY_TARGETS);
  if (path.endsWith(ARCHIVE_SUFFIX)) {
    if (periodFlags[0]) ignoredFlag(periodFlags[0], PERIOD_TARGETS, `the bundle archive ${target}`);
    const dir = await mkdtemp(join(tmpdir(), "annex-archive-"));
    try {
      let extracted;
      try {
        extracted = await extractBundleArchive(path, dir);
      } catch (error) {
        if (!(error instanceof ArchiveIntegrityError)) throw error;
        if (values.json)
          console.log(
            JSON.stringify(
              { bundle: path, ok: false, problems: [{ kind: "archive", message: error.message }] },
              null,
              2
            )
          );
        else console.log(`Bundle ${path}
  FAILED: the archive cannot be trusted
  - ${error.message}`);
        return 1;
      }
      const report = await verifyBundle(extracted, { trustedKeys, requireSignature });
      return printBundle({ ...report, bundle: path }, values.json);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const isBundle = await stat(join(path, "manifest.json")).then(
    () => true,
    () => false
  );
  const isDirectory = await stat(path).then(
    (info) => info.isDirectory(),
    () => false
  );
  if (isBundle && periodFlags[0]) ignoredFlag(periodFlags[0], PERIOD_TARGETS, `the single bundle ${target}`);
  if (!isBundle && isDirectory && (periodFlags.length > 0 || await hasBundles(path))) {
    const store = new LocalStore(path);
    const options = await isScopeFolder(store) ? { store: new LocalStore(dirname(path)), scope: basename(path) } : { store };
    return printPeriod(
      await verifyStore(options.store, {
        trustedKeys,
        requireSignature,
        ...options.scope ? { scope: options.scope } : {},
        ...period
      }),
      values.json
    );
  }
  return printBundle(await verifyBundle(path, { trustedKeys, requireSignature }), values.json);
}
function requireSignatureFromEnv(env) {
  const value = env.ANNEX_EVIDENCE_REQUIRE_SIGNATURE?.trim().toLowerCase();
  if (value === void 0 || value === "" || value === "0" || value === "false") return false;
  if (value === "1" || value === "true") return true;
  throw new InputError(
    `ANNEX_EVIDENCE_REQUIRE_SIGNATURE: expected 1 or 0 (true or false), got ${JSON.stringify(env.ANNEX_EVIDENCE_REQUIRE_SIGNATURE)}`
  );
}
function authenticity(report) {
  switch (report.signature.status) {
    case "unchecked":
      return "AUTHENTICITY NOT CHECKED: the bundle is signed, but no --public-key was given, so nothing shows who sealed it (anyone able to rewrite the bundle could have re-sealed it). Pass the signer's key with --public-key.";
    case "unsigned":
      return "UNSIGNED: the bundle carries no signature, so nothing shows who made it; the hashes show only that it is consistent with itself.";
    default:
      return void 0;
  }
}
var PERIOD_TARGETS = "a period: a directory of bundles or s3://bucket/prefix";
function ignoredFlag(name, usedWith, got) {
  throw new InputError(`--${name}: only used when verifying ${usedWith}, got ${got}; remove --${name}`);
}
async function hasBundles(dir) {
  for await (const object of new LocalStore(dir).list(""))
    if (object.key.endsWith("/manifest.json")) return true;
  return false;
}
function describe(report) {
  const head = report.manifest ? `Bundle ${report.bundle}
  scope ${report.manifest.scope}, period ${report.manifest.period.start} \u2192 ${report.manifest.period.end}, made by ${report.manifest.tool.name} ${report.manifest.tool.version}
  signature: ${report.signature.status}: ${report.signature.message}` : `Bundle ${report.bundle}`;
  if (report.ok) {
    const warning = authenticity(report);
    return `${head}
  OK: ${report.filesChecked} files match the manifest; ${report.findingsRederived} findings and every control status re-derived from the evidence.${notRederivedLines(report)}${warning ? `
  ${warning}` : ""}`;
  }
  return `${head}
  FAILED: ${report.problems.length} problem(s)
${report.problems.map((p) => `  - ${p.message}`).join("\n")}`;
}
function notRederivedLines(report) {
  if (report.notRederived.length === 0) return "";
  return `
  Not re-derived by this build (${report.notRederived.length} check(s) of another version):
${report.notRederived.map((entry) => `  - ${describeNotRederived(entry)}`).join("\n")}`;
}
function printBundle(report, json) {
  console.log(json ? JSON.stringify(report, null, 2) : describe(report));
  return report.ok ? 0 : 1;
}
function printPeriod(report, json) {
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return report.ok ? 0 : 1;
  }
  const rows = report.bundles.map((row) => [
    row.status.toUpperCase(),
    row.key,
    row.period ? `${row.period.start.slice(0, 16)} \u2192 ${row.period.end.slice(0, 16)}` : "-",
    row.signature ?? "-",
    row.findings === void 0 ? "-" : String(row.findings)
  ]);
  const header = ["STATUS", "BUNDLE", "EVIDENCE PERIOD", "SIGNATURE", "FINDINGS"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join("  ");
  console.log(
    `Bundles${report.scope ? ` of scope ${report.scope}` : ""} in ${report.location}${report.from || report.to ? ` from ${report.from ?? "\u2026"} to ${report.to ?? "\u2026"}` : ""}`
  );
  console.log(line(header));
  for (const [index, row] of rows.entries()) {
    console.log(line(row));
    for (const problem of report.bundles[index].problems) console.log(`    - ${problem}`);
  }
  for (const problem of report.problems) console.log(`- ${problem}`);
  const unchecked = report.bundles.filter((row) => row.signature === "unchecked").length;
  const unsigned = report.bundles.filter((row) => row.signature === "unsigned").length;
  if (unchecked > 0)
    console.log(
      `AUTHENTICITY NOT CHECKED for ${unchecked} signed bundle(s): no --public-key was given, so nothing shows who sealed them. Pass the signer's key with --public-key.`
    );
  if (unsigned > 0)
    console.log(
      `UNSIGNED: ${unsigned} bundle(s) carry no signature, so nothing shows who made them; their hashes show only that they are consistent with themselves.`
    );
  const failed = report.bundles.filter((row) => row.status !== "ok").length;
  console.log(
    report.ok ? `VERDICT: OK: ${report.bundles.length} bundle(s) intact, chained, and without gaps.${unchecked + unsigned > 0 ? ` Authenticity not established for ${unchecked + unsigned} of them (see above).` : " Every signature checked against a trusted key."}` : `VERDICT: FAILED: ${failed} of ${report.bundles.length} bundle(s) with problems, ${report.problems.length} chain or coverage problem(s).`
  );
  return report.ok ? 0 : 1;
}
async function keygen(args) {
  const { values } = parseArgs({ args, options: { out: { type: "string" } }, strict: true });
  const pair = generateSigningKeyPair();
  if (values.out === void 0) {
    console.log(pair.privateKeyPem.trimEnd());
    console.log(pair.publicKeyPem.trimEnd());
    console.error(
      `Key fingerprint ${pair.fingerprint}. Store the PRIVATE KEY block as a secret (signing-key input); give the PUBLIC KEY block to auditors (verify --public-key).`
    );
    return 0;
  }
  const privateFile = resolve(parseValue(pathValue, values.out, "--out"));
  const publicFile = `${privateFile}.pub`;
  await mkdir(await checkWritableDirectory(dirname(privateFile), "--out"), { recursive: true });
  for (const file of [privateFile, publicFile]) {
    if (await stat(file).then(
      () => true,
      () => false
    ))
      throw new InputError(
        `--out: expected a name for new key files, got ${values.out}, but ${file} already exists (keys are never overwritten)`
      );
  }
  await writeFile(privateFile, pair.privateKeyPem, { flag: "wx", mode: 384 });
  await writeFile(publicFile, pair.publicKeyPem, { flag: "wx", mode: 420 });
  console.error(
    `Key fingerprint ${pair.fingerprint}. Private key: ${privateFile} (store it as the signing-key secret, or pass it with --signing-key-file). Public key: ${publicFile} (give it to auditors: verify --public-key).`
  );
  return 0;
}
async function cli(argv) {
  redactProcessOutput();
  registerEnvironmentSecrets(process.env);
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "collect":
        return await collect(rest);
      case "verify":
        return await verify(rest);
      case "keygen":
        return await keygen(rest);
      case "export": {
        const { exportCommand } = await import("./command-6KJCTZE5.js");
        return await exportCommand(rest, process.env, requireSignatureFromEnv(process.env));
      }
      case void 0:
      case "--help":
      case "-h":
      case "help":
        console.log(USAGE);
        return command === void 0 ? 2 : 0;
      case "--version":
        console.log(TOOL_VERSION);
        return 0;
      default:
        throw new InputError(
          `unknown command ${JSON.stringify(command)}; expected collect or verify (see --help)`
        );
    }
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`error: ${error.message}`);
      return 2;
    }
    if (error.code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`error: ${command}: ${error.message} (see --help)`);
      return 2;
    }
    const { GitHubRequestFailure } = await import("./requests-F7CLCKXO.js");
    if (error instanceof GitHubRequestFailure) {
      console.error(`error: ${error.message}`);
      return error.request.status === 401 ? 2 : 1;
    }
    throw error;
  }
}
process.exitCode = await cli(process.argv.slice(2));
export {
  cli
};
//# sourceMappingURL=cli.js.map
