import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ARCHIVE_SUFFIX,
  ArchiveIntegrityError,
  BUNDLE_FILES,
  EvidenceIndex,
  GitHubRequestFailure,
  InputError,
  KEY_FILE_MAX_BYTES,
  LocalStore,
  MANIFEST_FILE,
  S3Store,
  SIGNATURE_FILE,
  TOOL_NAME,
  TOOL_VERSION,
  apiUrls,
  cadenceValue,
  canonicalJson,
  checkManifestSignature,
  checkNotVirtual,
  checkWritableDirectory,
  checksFor,
  cliSource,
  configSchema,
  evaluateChecks,
  extractBundleArchive,
  generateSigningKeyPair,
  instantValue,
  loadCatalogs,
  manifestSchema,
  parsePublicKey,
  parseS3Uri,
  parseValue,
  pathValue,
  readCliSigningKey,
  readInputFile,
  readRunInputs,
  readS3Settings,
  redactProcessOutput,
  registerEnvironmentSecrets,
  registerSecret,
  renderSoaCsv,
  retryBaseMs,
  rollUpControls,
  runEvidence,
  runMetadata,
  sha256File,
  sha256Hex
} from "./chunk-YBMH7D5O.js";
import "./chunk-DWJVMA2O.js";
import {
  require_tar_stream
} from "./chunk-B73IWQHR.js";
import "./chunk-XM3WNGXC.js";
import {
  __toESM
} from "./chunk-6DG7BXTN.js";

// src/cli.ts
import { mkdir, mkdtemp, rm, stat as stat2, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join as join2, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/bundle/verify.ts
import { createHash as createHash2 } from "node:crypto";
import { stat } from "node:fs/promises";

// src/bundle/bundle-files.ts
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
function unsafePath(path) {
  if (path === "") return "is empty";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "is an absolute path";
  if (path.includes("\\")) return "contains a backslash";
  if (path.includes("\0")) return "contains a NUL character";
  const segments = path.split("/");
  if (segments.includes("..")) return 'has a ".." segment';
  if (segments.some((segment) => segment === "" || segment === ".")) return 'has an empty or "." segment';
  return void 0;
}
var DirectoryBundle = class {
  constructor(location) {
    this.location = location;
  }
  location;
  async list() {
    const entries = await readdir(this.location, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => relative(this.location, join(entry.parentPath, entry.name)).split(sep).join("/"));
  }
  async read(path) {
    return readFile(join(this.location, ...path.split("/"))).catch(() => void 0);
  }
  sha256(path) {
    return sha256File(join(this.location, ...path.split("/")));
  }
};
var StoredBundle = class {
  constructor(store, key, objects) {
    this.store = store;
    this.key = key;
    this.objects = objects;
    this.location = store.uri(key);
  }
  store;
  key;
  objects;
  location;
  list() {
    return Promise.resolve([...this.objects]);
  }
  async read(path) {
    if (!this.objects.includes(path)) return void 0;
    const chunks = [];
    for await (const chunk of await this.open(path)) chunks.push(chunk);
    return Buffer.concat(chunks);
  }
  async sha256(path) {
    const hash = createHash("sha256");
    let size = 0;
    for await (const chunk of await this.open(path)) {
      hash.update(chunk);
      size += chunk.length;
    }
    return { sha256: hash.digest("hex"), size };
  }
  open(path) {
    return this.store.get(`${this.key}/${path}`);
  }
};

// src/bundle/verify.ts
async function verifyBundle(dir, options = {}) {
  const info = await stat(dir).catch(() => void 0);
  if (!info?.isDirectory())
    throw new InputError(
      `verify: ${dir} is not a directory (expected a bundle directory with manifest.json at its root)`
    );
  return verifyBundleFiles(new DirectoryBundle(dir), options);
}
async function verifyBundleFiles(files, options = {}) {
  const report = {
    bundle: files.location,
    ok: false,
    signature: { status: "unsigned", message: "the manifest could not be read" },
    filesChecked: 0,
    findingsRederived: 0,
    problems: []
  };
  const manifest = await readManifest(files, report);
  if (!manifest) return report;
  report.manifest = {
    scope: manifest.scope,
    period: manifest.period,
    startedAt: manifest.startedAt,
    finishedAt: manifest.finishedAt,
    tool: manifest.tool,
    bundleKey: manifest.bundleKey,
    previous: manifest.previous
  };
  const manifestBytes = await files.read(MANIFEST_FILE);
  report.manifestSha256 = createHash2("sha256").update(manifestBytes).digest("hex");
  const signatureText = (await files.read(SIGNATURE_FILE))?.toString("utf8");
  report.signature = checkManifestSignature(manifestBytes, signatureText, options.trustedKeys ?? []);
  const signatureProblem = signatureVerdict(report.signature, manifest, options);
  if (signatureProblem)
    report.problems.push({ kind: "signature", path: SIGNATURE_FILE, message: signatureProblem });
  const present = new Set(
    (await files.list()).filter((path) => path !== MANIFEST_FILE && path !== SIGNATURE_FILE)
  );
  for (const entry of manifest.files) {
    const unsafe = unsafePath(entry.path);
    if (unsafe) {
      report.problems.push({
        kind: "invalid-manifest",
        path: MANIFEST_FILE,
        message: `${MANIFEST_FILE} lists ${JSON.stringify(entry.path)}, which ${unsafe}: a file outside the bundle (tampering)`
      });
      continue;
    }
    if (!present.delete(entry.path)) {
      report.problems.push({
        kind: "missing-file",
        path: entry.path,
        message: `${entry.path}: listed in the manifest but missing`
      });
      continue;
    }
    const actual = await files.sha256(entry.path);
    report.filesChecked += 1;
    if (actual.sha256 !== entry.sha256) {
      report.problems.push({
        kind: "hash-mismatch",
        path: entry.path,
        message: `${entry.path}: SHA-256 is ${actual.sha256}, the manifest says ${entry.sha256} (the file was changed)`
      });
    } else if (actual.size !== entry.size) {
      report.problems.push({
        kind: "size-mismatch",
        path: entry.path,
        message: `${entry.path}: ${actual.size} bytes, the manifest says ${entry.size}`
      });
    }
  }
  for (const extra of [...present].sort()) {
    report.problems.push({
      kind: "extra-file",
      path: extra,
      message: `${extra}: present but not listed in the manifest (added after the bundle was sealed)`
    });
  }
  if (report.problems.length === 0) await rederive(files, manifest, report);
  report.ok = report.problems.length === 0;
  return report;
}
function signatureVerdict(check, manifest, options) {
  switch (check.status) {
    case "invalid":
    case "untrusted-key":
      return `${SIGNATURE_FILE}: ${check.message}`;
    case "unsigned":
      if (manifest.signature)
        return `${SIGNATURE_FILE} is missing, but the manifest says it was signed by ${manifest.signature.keyFingerprint}`;
      if (options.trustedKeys?.length)
        return `the bundle is not signed, but a public key was given to check its signature`;
      if (options.requireSignature)
        return `the bundle is not signed, and a signature is required (--require-signature): nothing shows who made it`;
      return void 0;
    case "unchecked":
      if (options.requireSignature)
        return `the signature was not checked: a signature is required (--require-signature), so give the signer's public key with --public-key`;
      return void 0;
    default:
      if (manifest.signature && check.fingerprint && check.fingerprint !== manifest.signature.keyFingerprint) {
        return `${SIGNATURE_FILE}: signed by ${check.fingerprint}, but the manifest names ${manifest.signature.keyFingerprint}`;
      }
      return void 0;
  }
}
async function readManifest(files, report) {
  const text = (await files.read(MANIFEST_FILE))?.toString("utf8");
  if (text === void 0) {
    report.problems.push({
      kind: "missing-manifest",
      path: MANIFEST_FILE,
      message: `${MANIFEST_FILE} is missing: this is not a complete bundle`
    });
    return void 0;
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    report.problems.push({
      kind: "invalid-manifest",
      path: MANIFEST_FILE,
      message: `${MANIFEST_FILE} is not valid JSON: ${error.message}`
    });
    return void 0;
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    report.problems.push({
      kind: "invalid-manifest",
      path: MANIFEST_FILE,
      message: `${MANIFEST_FILE}: ${issue.path.join(".")}: ${issue.message}`
    });
    return void 0;
  }
  return parsed.data;
}
async function rederive(files, manifest, report) {
  const read = async (path) => {
    try {
      const bytes = await files.read(path);
      if (!bytes) throw new Error("missing");
      return JSON.parse(bytes.toString("utf8"));
    } catch (error) {
      report.problems.push({
        kind: "unreadable",
        path,
        message: `${path}: cannot be read as JSON (${error.message})`
      });
      return void 0;
    }
  };
  const configFile = await read(BUNDLE_FILES.config);
  const mappingFile = await read(BUNDLE_FILES.mapping);
  const recorded = await read(BUNDLE_FILES.findings);
  const recordedControls = await read(BUNDLE_FILES.controls);
  if (!configFile || !mappingFile || !recorded || recordedControls === void 0) return;
  const config = configSchema.safeParse(configFile.effective);
  if (!config.success) {
    report.problems.push({
      kind: "unreadable",
      path: BUNDLE_FILES.config,
      message: `${BUNDLE_FILES.config}: the recorded config is not valid: ${config.error.issues[0]?.message}`
    });
    return;
  }
  const records = [];
  for (const entry of manifest.files.filter(
    (f) => f.path.startsWith("evidence/") && f.path.endsWith(".json")
  )) {
    const record = await read(entry.path);
    if (record) records.push(record);
  }
  const mapping = new Map(Object.entries(mappingFile));
  const rederived = evaluateChecks(
    checksFor(manifest.mode),
    { evidence: new EvidenceIndex(records), config: config.data, period: manifest.period },
    mapping
  );
  report.findingsRederived = rederived.length;
  compareFindings(recorded, rederived, report);
  const controls = rollUpControls(rederived, await loadCatalogs(), mapping, config.data.controls);
  if (canonicalJson(controls) !== canonicalJson(recordedControls)) {
    report.problems.push({
      kind: "controls-mismatch",
      path: BUNDLE_FILES.controls,
      message: `${BUNDLE_FILES.controls}: control statuses differ from those re-derived from the evidence`
    });
  }
  const soa = (await files.read(BUNDLE_FILES.soaCsv))?.toString("utf8");
  if (soa !== void 0 && soa !== renderSoaCsv(controls)) {
    report.problems.push({
      kind: "controls-mismatch",
      path: BUNDLE_FILES.soaCsv,
      message: `${BUNDLE_FILES.soaCsv}: the Statement of Applicability differs from the one re-derived from the evidence`
    });
  }
}
function compareFindings(recorded, rederived, report) {
  const key = (f) => `${f.check} ${f.subject}`;
  const expected = new Map(rederived.map((f) => [key(f), f]));
  for (const finding of recorded) {
    const again = expected.get(key(finding));
    expected.delete(key(finding));
    if (!again) {
      report.problems.push({
        kind: "finding-mismatch",
        path: BUNDLE_FILES.findings,
        message: `finding ${finding.check} for ${finding.subject}: recorded, but the evidence does not produce it`
      });
    } else if (canonicalJson(again) !== canonicalJson(finding)) {
      const detail = again.status !== finding.status ? `recorded status "${finding.status}", the evidence gives "${again.status}"` : "recorded content differs from what the evidence gives";
      report.problems.push({
        kind: "finding-mismatch",
        path: BUNDLE_FILES.findings,
        message: `finding ${finding.check} for ${finding.subject}: ${detail}`
      });
    }
  }
  for (const missing of expected.values()) {
    report.problems.push({
      kind: "finding-mismatch",
      path: BUNDLE_FILES.findings,
      message: `finding ${missing.check} for ${missing.subject}: the evidence produces it, but it is not recorded`
    });
  }
}

// src/bundle/archive-check.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createHash as createHash3 } from "node:crypto";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
async function checkArchiveStream(source, top, expected) {
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const extract = (0, import_tar_stream.extract)();
  const reading = pipeline(source, createGunzip(), extract);
  let current;
  const failed = reading.catch((error) => {
    current?.destroy(error);
    throw error;
  });
  failed.catch(() => void 0);
  class Stop extends Error {
  }
  const stop = (message) => {
    problems.push(message);
    return new Stop(message);
  };
  const consume = async () => {
    for await (const entry of extract) {
      const { name, type, size = 0 } = entry.header;
      const shown = JSON.stringify(name);
      const trimmed = type === "directory" && name.endsWith("/") ? name.slice(0, -1) : name;
      const unsafe = unsafePath(trimmed);
      if (unsafe) throw stop(`archive entry ${shown} ${unsafe} (tampering)`);
      if (trimmed !== top && !trimmed.startsWith(`${top}/`))
        throw stop(`archive entry ${shown} is outside the bundle folder "${top}/"`);
      if (type === "directory") {
        entry.resume();
        continue;
      }
      if (type !== "file") throw stop(`archive entry ${shown} is a ${type ?? "unknown type"}, not a file`);
      const path = trimmed.slice(top.length + 1);
      const want = expected.get(path);
      if (!want) throw stop(`archive entry ${shown} is not a file of the bundle (added to the archive?)`);
      if (seen.has(path)) throw stop(`archive entry ${shown} appears twice`);
      if (size !== want.size)
        throw stop(`archive entry ${shown} is ${size} bytes, the bundle's file is ${want.size}`);
      seen.add(path);
      current = entry;
      const hash = createHash3("sha256");
      for await (const chunk of current) hash.update(chunk);
      current = void 0;
      const sha256 = hash.digest("hex");
      if (sha256 !== want.sha256)
        problems.push(`archive entry ${shown}: SHA-256 ${sha256}, the bundle's file has ${want.sha256}`);
    }
  };
  const [consumed, read] = await Promise.allSettled([
    consume().catch((error) => {
      extract.destroy(error);
      throw error;
    }),
    failed
  ]);
  const stopped = consumed.status === "rejected" && consumed.reason instanceof Stop;
  if (!stopped && (read.status === "rejected" || consumed.status === "rejected")) {
    const error = read.status === "rejected" ? read.reason : consumed.reason;
    problems.push(`the archive is corrupt or truncated (${error.message})`);
    return problems;
  }
  if (!stopped) {
    const missing = [...expected.keys()].filter((path) => !seen.has(path)).sort();
    if (missing.length > 0)
      problems.push(
        `the archive lacks ${missing.length} file(s) of the bundle: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", \u2026" : ""}`
      );
  }
  return problems;
}

// src/bundle/verify-period.ts
var BUNDLE_KEY = /^(.+)\/(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\/(.+)$/;
var ARCHIVE_KEY = /^(.+)\/(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\.tar\.gz$/;
var SCOPE_FOLDER_KEY = /^\d{4}\/\d{2}\/\d{2}\/\d{8}T\d{6}Z-[^/]+(\/|\.tar\.gz$)/;
var STARTED_AT_TOLERANCE_MS = 10 * 6e4;
async function isScopeFolder(store) {
  for await (const object of store.list("")) {
    if (SCOPE_FOLDER_KEY.test(object.key)) return true;
    if (BUNDLE_KEY.test(object.key)) return false;
  }
  return false;
}
async function verifyStore(store, options) {
  const report = {
    location: store.location,
    ...options.scope ? { scope: options.scope } : {},
    ...options.from ? { from: options.from.toISOString() } : {},
    ...options.to ? { to: options.to.toISOString() } : {},
    bundles: [],
    problems: [],
    ok: false
  };
  const candidates = await findBundles(store, options.scope, report);
  const byScope = /* @__PURE__ */ new Map();
  for (const candidate of candidates)
    byScope.set(candidate.scope, [...byScope.get(candidate.scope) ?? [], candidate]);
  for (const [scope, bundles] of byScope) {
    const verified = [];
    for (const candidate of bundles) {
      if (!candidate.complete) {
        verified.push({ candidate, archiveProblems: [] });
        continue;
      }
      const files = bundleFiles(store, candidate);
      const bundle = await verifyStored(store, candidate, files, options);
      verified.push({
        candidate,
        report: bundle,
        archiveProblems: candidate.archive ? await checkArchive(store, candidate, files) : []
      });
    }
    checkChain(scope, verified, report);
    const rows = verified.map(
      ({ candidate, report: bundle, archiveProblems }) => toRow(candidate, bundle, archiveProblems)
    );
    const inPeriod = rows.filter((row) => within(row, options));
    checkCadence(scope, inPeriod, options, report);
    report.bundles.push(...inPeriod);
  }
  if (report.bundles.length === 0) {
    report.problems.push(
      `no bundle found in ${store.location}${options.from || options.to ? " for the period" : ""}`
    );
  }
  report.ok = report.problems.length === 0 && report.bundles.every((row) => row.status === "ok");
  return report;
}
async function findBundles(store, scope, report) {
  const bundles = /* @__PURE__ */ new Map();
  const candidate = (key, scopeName) => {
    const found = bundles.get(key) ?? { key, scope: scopeName, objects: [], complete: false, archive: false };
    bundles.set(key, found);
    return found;
  };
  for await (const object of store.list(scope ? `${scope}/` : "")) {
    const unsafe = unsafePath(object.key);
    if (unsafe) {
      report.problems.push(
        `${store.uri(object.key)}: object key ${JSON.stringify(object.key)} ${unsafe}; refused as tampering (bundles never have such keys)`
      );
      continue;
    }
    const archive = ARCHIVE_KEY.exec(object.key);
    if (archive && (!scope || archive[1] === scope)) {
      candidate(object.key.slice(0, -ARCHIVE_SUFFIX.length), archive[1]).archive = true;
      continue;
    }
    const match = BUNDLE_KEY.exec(object.key);
    if (!match || scope && match[1] !== scope) continue;
    const key = object.key.slice(0, object.key.length - match[6].length - 1);
    const found = candidate(key, match[1]);
    found.objects.push(match[6]);
    if (match[6] === MANIFEST_FILE) found.complete = true;
  }
  return [...bundles.values()].filter((bundle) => bundle.objects.length > 0).sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
function bundleFiles(store, candidate) {
  return store instanceof LocalStore ? new DirectoryBundle(store.uri(candidate.key)) : new StoredBundle(store, candidate.key, candidate.objects);
}
async function verifyStored(store, candidate, files, options) {
  if (store instanceof LocalStore) return verifyBundle(store.uri(candidate.key), options);
  return verifyBundleFiles(files, options);
}
async function checkArchive(store, candidate, files) {
  const archiveKey = `${candidate.key}${ARCHIVE_SUFFIX}`;
  const manifestBytes = await files.read(MANIFEST_FILE).catch(() => void 0);
  let parsed;
  try {
    parsed = manifestBytes ? manifestSchema.safeParse(JSON.parse(manifestBytes.toString("utf8"))) : void 0;
  } catch {
    parsed = void 0;
  }
  if (!manifestBytes || !parsed?.success) return [];
  const expected = new Map(
    parsed.data.files.map((file) => [file.path, { sha256: file.sha256, size: file.size }])
  );
  expected.set(MANIFEST_FILE, { sha256: sha256Hex(manifestBytes), size: manifestBytes.length });
  if ((await files.list()).includes(SIGNATURE_FILE))
    expected.set(SIGNATURE_FILE, await files.sha256(SIGNATURE_FILE));
  const top = candidate.key.slice(candidate.key.lastIndexOf("/") + 1);
  try {
    const problems = await checkArchiveStream(await store.get(archiveKey), top, expected);
    return problems.map((problem) => `${top}${ARCHIVE_SUFFIX}: ${problem}`);
  } catch (error) {
    return [`${top}${ARCHIVE_SUFFIX}: cannot be read (${error.message})`];
  }
}
function checkChain(scope, bundles, report) {
  const complete = bundles.filter((b) => b.report?.manifest);
  const digests = new Map(complete.map((b) => [b.candidate.key, b.report.manifestSha256]));
  complete.forEach(({ candidate, report: bundle }, index) => {
    const manifest = bundle.manifest;
    if (manifest.bundleKey !== candidate.key) {
      report.problems.push(
        `${candidate.key}: its manifest says it is ${manifest.bundleKey}: the bundle was moved or swapped`
      );
    }
    const before = complete[index - 1]?.candidate.key;
    const link = manifest.previous;
    if (!link) {
      if (before)
        report.problems.push(
          `${candidate.key}: starts a new chain although ${before} comes before it in ${scope}`
        );
      return;
    }
    if (!digests.has(link.key)) {
      report.problems.push(
        `${candidate.key}: the previous bundle it records, ${link.key}, is missing: deleted?`
      );
    } else if (digests.get(link.key) !== link.manifestSha256) {
      report.problems.push(
        `${candidate.key}: the previous bundle ${link.key} has manifest SHA-256 ${digests.get(link.key)}, but ${link.manifestSha256} was recorded: replaced?`
      );
    } else if (link.key !== before) {
      report.problems.push(
        `${candidate.key}: links to ${link.key}, skipping ${before}: ${before} was added later (back-filled)?`
      );
    }
  });
}
function toRow(candidate, bundle, archiveProblems) {
  const placed = keyTime(candidate.key);
  if (!bundle) {
    return {
      key: candidate.key,
      scope: candidate.scope,
      status: "incomplete",
      keyTime: placed,
      problems: [
        `${MANIFEST_FILE} is missing: an incomplete bundle (an upload that did not finish, or a deleted manifest)`
      ]
    };
  }
  const problems = [...bundle.problems.map((p) => p.message), ...archiveProblems];
  const claimed = bundle.manifest ? Date.parse(bundle.manifest.startedAt) : NaN;
  if (bundle.manifest && !(Math.abs(claimed - Date.parse(placed)) <= STARTED_AT_TOLERANCE_MS)) {
    problems.push(
      `its manifest says it started at ${bundle.manifest.startedAt}, but its key says ${placed}: the manifest's time was changed?`
    );
  }
  return {
    key: candidate.key,
    scope: candidate.scope,
    status: problems.length === 0 ? "ok" : "failed",
    keyTime: placed,
    ...bundle.manifest ? { startedAt: bundle.manifest.startedAt, period: bundle.manifest.period } : {},
    signature: bundle.signature.status,
    findings: bundle.findingsRederived,
    problems
  };
}
function within(row, options) {
  const time = Date.parse(row.keyTime);
  return (!options.from || time >= options.from.getTime()) && (!options.to || time <= options.to.getTime());
}
function keyTime(key) {
  const match = /(\d{4})\/(\d{2})\/(\d{2})\/(?:(\d{8})T(\d{6})Z-)?[^/]*$/.exec(key);
  if (!match) return "1970-01-01T00:00:00Z";
  const [, year, month, day, d, t] = match;
  const folderDay = `${year}-${month}-${day}`;
  if (!d || !t || d !== `${year}${month}${day}`) return `${folderDay}T00:00:00Z`;
  return `${folderDay}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}Z`;
}
function checkCadence(scope, rows, options, report) {
  const times = rows.filter((row) => row.startedAt).map((row) => ({ row, time: Date.parse(row.keyTime) }));
  if (options.every) {
    const allowed = options.every * 1.5;
    const points = [
      ...options.from ? [{ label: `the start of the period (${options.from.toISOString()})`, time: options.from.getTime() }] : [],
      ...times.map(({ row, time }) => ({ label: row.key, time })),
      ...options.to ? [{ label: `the end of the period (${options.to.toISOString()})`, time: options.to.getTime() }] : []
    ];
    for (let i = 1; i < points.length; i++) {
      const gap = points[i].time - points[i - 1].time;
      if (gap > allowed) {
        report.problems.push(
          `${scope}: gap of ${hours(gap)} between ${points[i - 1].label} and ${points[i].label} (expected a bundle every ${hours(options.every)})`
        );
      }
    }
  }
  for (let i = 1; i < times.length; i++) {
    const previous = times[i - 1].row.period;
    const current = times[i].row.period;
    if (previous && current && Date.parse(current.start) > Date.parse(previous.end) + 6e4) {
      report.problems.push(
        `${scope}: no evidence covers ${previous.end} \u2192 ${current.start} (between ${times[i - 1].row.key} and ${times[i].row.key})`
      );
    }
  }
}
function hours(ms) {
  const h = ms / 36e5;
  return h >= 48 ? `${(h / 24).toFixed(1)} days` : `${h.toFixed(1)} h`;
}

// src/report/console.ts
function renderControlTable(controls) {
  const out = [];
  for (const report of Object.values(controls.frameworks)) {
    const c = report.counts;
    out.push(
      report.title,
      `  satisfied ${c.satisfied} \xB7 failing ${c.failing} \xB7 error ${c.error} \xB7 manual ${c.manual} \xB7 excluded ${c.excluded}`
    );
    const automated = report.controls.filter(
      (control) => control.status !== "manual" && control.status !== "excluded"
    );
    const rows = automated.map((control) => [
      control.id,
      control.status.toUpperCase(),
      truncate(control.title, 48),
      `${control.findingCounts.pass} pass, ${control.findingCounts.fail} fail, ${control.findingCounts.error} error`
    ]);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length), 0));
    for (const row of rows)
      out.push(`  ${row.map((cell, i) => i < 3 ? cell.padEnd(widths[i]) : cell).join("  ")}`);
    out.push("");
  }
  return out.join("\n");
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

// src/cli.ts
var USAGE = `${TOOL_NAME} ${TOOL_VERSION}: audit evidence for ISO/IEC 27001:2022 and ISO/IEC 42001:2023 Annex A controls

Usage:
  ${TOOL_NAME} collect [--repositories owner/repo,owner/*] [--config .github/evidence.yml]
                       [--destination evidence-bundles] [--period P1D] [--fail-on failing-control]
      Collects evidence, evaluates the checks and writes a bundle. Token from GITHUB_TOKEN (or GH_TOKEN);
      API from GITHUB_API_URL / GITHUB_GRAPHQL_URL (default api.github.com).
      S3: --destination s3://bucket/prefix [--aws-region R] [--s3-endpoint URL] [--s3-force-path-style true]
      [--sse AES256|aws:kms] [--kms-key-id K] [--retention-mode GOVERNANCE|COMPLIANCE --retention-days N]
      [--spool-dir evidence-bundles]; signing: --signing-key-file key.pem (or SIGNING_KEY).
  ${TOOL_NAME} verify <bundle dir | bundle .tar.gz> [--public-key key.pub] [--require-signature] [--json]
      Recomputes every hash, checks the signature, and re-derives every finding from the raw evidence.
  ${TOOL_NAME} verify <s3://bucket/prefix[/scope] | directory of bundles[/scope]> [--from 2026-07-01]
                      [--to 2026-09-30] [--every 1d] [--public-key key.pub] [--require-signature] [--json]
      Every bundle of the period, the hash chain between them, and gaps in the cadence and the evidence.
      --require-signature (or ANNEX_EVIDENCE_REQUIRE_SIGNATURE=1): a bundle whose signature was not
      checked against a --public-key (unsigned, or no key given) fails.
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
  const now = /* @__PURE__ */ new Date();
  const result = await runEvidence({
    token,
    ...apiUrls(process.env),
    ...inputs,
    currentRepository: process.env.GITHUB_REPOSITORY,
    signingKey,
    run: runMetadata(process.env, now),
    now,
    retryBaseMs: retryBaseMs(process.env),
    log: consoleLogger,
    workspace: process.cwd(),
    env: process.env
  });
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
  if (target.startsWith("s3://")) {
    parseS3Uri(target, "verify");
    const settings = readS3Settings(source, process.env);
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
    const dir = await mkdtemp(join2(tmpdir(), "annex-archive-"));
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
  const isBundle = await stat2(join2(path, "manifest.json")).then(
    () => true,
    () => false
  );
  const isDirectory = await stat2(path).then(
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
  OK: ${report.filesChecked} files match the manifest; ${report.findingsRederived} findings and every control status re-derived from the evidence.${warning ? `
  ${warning}` : ""}`;
  }
  return `${head}
  FAILED: ${report.problems.length} problem(s)
${report.problems.map((p) => `  - ${p.message}`).join("\n")}`;
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
    if (await stat2(file).then(
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
