import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EvidenceIndex,
  SOA_INPUTS_FILE,
  canonicalJson,
  evaluateChecks,
  renderSoaCsv,
  sha256File,
  sha256Hex
} from "./chunk-TBGHA4LN.js";
import {
  matchCheckVersions,
  recordedCheckVersions
} from "./chunk-WZW2TTAY.js";
import {
  EMPTY_ROLLUP_CONTEXT,
  rollUpControls
} from "./chunk-IDRUCS6X.js";
import {
  CHECKSUMS_FILE,
  MAX_CHECKSUMS_BYTES,
  checksumEntries,
  renderChecksums
} from "./chunk-WRWBU6I6.js";
import {
  BUNDLE_FILES,
  MANIFEST_FILE,
  SIGNATURE_FILE,
  checkManifestSignature,
  manifestSchema
} from "./chunk-C2D4KXTZ.js";
import {
  checksFor
} from "./chunk-RMO2YWKV.js";
import {
  configSchema
} from "./chunk-CG44BHTW.js";
import {
  loadCatalogs
} from "./chunk-MLNTMEOM.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";

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
    notRederived: [],
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
    previous: manifest.previous,
    // A shard's partial bundle verifies on its own, and says it is partial; a merged one names its shards.
    ...manifest.shard ? { shard: manifest.shard } : {},
    ...manifest.merged ? { merged: manifest.merged } : {}
  };
  const manifestBytes = await files.read(MANIFEST_FILE);
  report.manifestSha256 = createHash2("sha256").update(manifestBytes).digest("hex");
  const signatureText = (await files.read(SIGNATURE_FILE))?.toString("utf8");
  report.signature = checkManifestSignature(manifestBytes, signatureText, options.trustedKeys ?? []);
  const signatureProblem = signatureVerdict(report.signature, manifest, options);
  if (signatureProblem)
    report.problems.push({ kind: "signature", path: SIGNATURE_FILE, message: signatureProblem });
  const listed = await files.list();
  const present = new Set(
    listed.filter((path) => path !== MANIFEST_FILE && path !== SIGNATURE_FILE && path !== CHECKSUMS_FILE)
  );
  if (listed.includes(CHECKSUMS_FILE))
    await checkChecksums(files, manifest, manifestBytes, signatureText, report);
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
async function checkChecksums(files, manifest, manifestBytes, signatureText, report) {
  const { size } = await files.sha256(CHECKSUMS_FILE);
  const text = size <= MAX_CHECKSUMS_BYTES ? (await files.read(CHECKSUMS_FILE))?.toString("utf8") : void 0;
  const expected = renderChecksums(
    checksumEntries(
      manifest.files,
      sha256Hex(manifestBytes),
      signatureText === void 0 ? void 0 : { file: SIGNATURE_FILE, sha256: sha256Hex(signatureText) }
    )
  );
  if (text !== expected)
    report.problems.push({
      kind: "checksums-mismatch",
      path: CHECKSUMS_FILE,
      message: `${CHECKSUMS_FILE}: does not list exactly the bundle's files and their SHA-256 as the manifest does (changed after sealing)`
    });
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
  const checksFile = manifest.files.some((f) => f.path === BUNDLE_FILES.checks) ? await read(BUNDLE_FILES.checks) : void 0;
  const { rederivable, notRederived } = matchCheckVersions(
    checksFor(manifest.mode),
    recordedCheckVersions(checksFile),
    recorded.map((finding) => finding.check),
    manifest.tool.version,
    files.location
  );
  report.notRederived = notRederived;
  const elsewhere = new Set(notRederived.map((entry) => entry.check));
  const rederived = evaluateChecks(
    rederivable,
    { evidence: new EvidenceIndex(records), config: config.data, period: manifest.period },
    mapping
  );
  report.findingsRederived = rederived.length;
  const before = report.problems.length;
  compareFindings(
    recorded.filter((finding) => !elsewhere.has(finding.check)),
    rederived,
    report
  );
  const basis = report.problems.length === before ? recorded : [...rederived, ...recorded.filter((finding) => elsewhere.has(finding.check))];
  const soaInputs = manifest.files.some((f) => f.path === SOA_INPUTS_FILE) ? await read(SOA_INPUTS_FILE) : EMPTY_ROLLUP_CONTEXT;
  if (!soaInputs) return;
  const controls = rollUpControls(basis, await loadCatalogs(), mapping, config.data.controls, {
    ...soaInputs,
    periodEnd: manifest.period.end
  });
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

export {
  unsafePath,
  DirectoryBundle,
  StoredBundle,
  verifyBundle,
  verifyBundleFiles
};
//# sourceMappingURL=chunk-FXEEQTUV.js.map
