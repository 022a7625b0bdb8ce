import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  OSCAL_ASSESSMENT_RESULTS_FILE,
  buildAssessmentResults,
  digestId,
  escapeHtml,
  scriptJson,
  slug,
  statusLabel
} from "./chunk-PPHU7NQH.js";
import {
  modelSourcesConfigured
} from "./chunk-R77RZ7VP.js";
import {
  LocalStore
} from "./chunk-ASDM2U35.js";
import {
  ObjectExistsError,
  contentTypeOf
} from "./chunk-E2PLYZ6Q.js";
import {
  mergeConfig
} from "./chunk-EZ5X5KBP.js";
import {
  S3UnreachableError
} from "./chunk-GKKAIOME.js";
import {
  partialBundleKey,
  partialNotice,
  populationDigest
} from "./chunk-55VSQBGE.js";
import {
  ARCHIVE_SUFFIX,
  writeBundleArchive
} from "./chunk-HRAGQTEZ.js";
import {
  EvidenceIndex,
  SOA_INPUTS_FILE,
  describeConfigDecisions,
  evaluateChecks,
  findingId,
  indexingSink,
  loadSoaBase,
  renderSoaCsv,
  renderSoaMarkdown,
  sha256File,
  sha256Hex,
  soaMetaOf
} from "./chunk-TBGHA4LN.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-EMIPFM47.js";
import {
  checkApplicabilityIds,
  rollUpControls
} from "./chunk-IDRUCS6X.js";
import {
  redact
} from "./chunk-EQZXUNDD.js";
import {
  CHECKSUMS_FILE,
  checksumEntries,
  renderChecksums
} from "./chunk-WRWBU6I6.js";
import {
  BUNDLE_FILES,
  MANIFEST_FILE,
  MANIFEST_SCHEMA_VERSION,
  SIGNATURE_FILE,
  checkManifestSignature,
  parseSigningKey,
  signManifest
} from "./chunk-C2D4KXTZ.js";
import {
  ALL_CHECKS,
  CHECKS
} from "./chunk-RMO2YWKV.js";
import {
  loadConfig
} from "./chunk-CG44BHTW.js";
import {
  FRAMEWORKS,
  MappingError,
  applyMappingOverrides,
  loadCatalogs,
  loadCheckMapping
} from "./chunk-MLNTMEOM.js";
import {
  external_exports
} from "./chunk-U734E4WK.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";

// src/store/state.ts
import { createHash } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
var MAX_STATE_BYTES = 64 * 1024 * 1024;
var StoreState = class {
  constructor(store, scope, spoolDir, stamp) {
    this.store = store;
    this.scope = scope;
    this.spoolDir = spoolDir;
    this.stamp = stamp;
  }
  store;
  scope;
  spoolDir;
  stamp;
  prefix(name) {
    return `${this.scope}/state/${name}/`;
  }
  async read(name) {
    try {
      let newest;
      for await (const object of this.store.list(this.prefix(name))) {
        if (!object.key.endsWith(".json.gz")) continue;
        if (!newest || object.key > newest.key) newest = object;
      }
      if (!newest || newest.size > MAX_STATE_BYTES) return void 0;
      const chunks = [];
      let size = 0;
      for await (const chunk of await this.store.get(newest.key)) {
        size += chunk.length;
        if (size > MAX_STATE_BYTES) return void 0;
        chunks.push(chunk);
      }
      return gunzipSync(Buffer.concat(chunks), { maxOutputLength: 16 * MAX_STATE_BYTES });
    } catch {
      return void 0;
    }
  }
  async write(name, data) {
    const body = gzipSync(data);
    await mkdir(this.spoolDir, { recursive: true });
    const file = join(this.spoolDir, `state-${name}-${process.pid}.json.gz`);
    await writeFile(file, body);
    try {
      await this.store.put(`${this.prefix(name)}${this.stamp}.json.gz`, file, {
        sha256: createHash("sha256").update(body).digest("hex"),
        size: body.length,
        contentType: "application/gzip"
      });
    } finally {
      await rm(file, { force: true });
    }
  }
};

// src/run.ts
import { mkdir as mkdir5 } from "node:fs/promises";
import { join as join9, resolve as resolve2 } from "node:path";

// src/sources/manual-evidence.ts
import { readFile, realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
var MANUAL_DIR = "manual";
var MAX_MANUAL_EVIDENCE_BYTES = 25 * 1024 * 1024;
async function collectManualEvidence(config, options, sink) {
  const items = [];
  const copied = /* @__PURE__ */ new Map();
  const workspace = await realpath(resolve(options.workspace)).catch(() => resolve(options.workspace));
  const requirementIds = new Set(options.requirements.map((r) => r.id));
  for (const [index, entry] of config["manual-evidence"].entries()) {
    const at = `${options.source}: manual-evidence[${index}] (${entry.title})`;
    checkControls(entry.controls, options.catalogs, at);
    for (const id of entry.requirements ?? []) {
      if (!requirementIds.has(id)) {
        throw new InputError(
          `${at}: requirements: expected a requirement id of mappings/manual-evidence.yaml or manual-requirements, found "${id}"`
        );
      }
    }
    let location;
    if (entry.url !== void 0) {
      location = { url: entry.url, sha256: entry.sha256.toLowerCase() };
    } else {
      const from = await insideWorkspace(entry.path, workspace, at);
      let file = copied.get(from);
      if (!file) {
        file = await readDocument(workspace, from, at);
        copied.set(from, file);
      }
      if (entry.sha256 !== void 0 && entry.sha256.toLowerCase() !== file.sha256) {
        throw new InputError(
          `${at}: sha256: expected ${entry.sha256.toLowerCase()} (from the config), found ${file.sha256} for ${entry.path}`
        );
      }
      location = {
        path: file.path,
        sha256: file.sha256,
        size: file.size,
        from: relative(workspace, from).split(sep).join("/")
      };
    }
    items.push({
      id: `M-${index + 1}`,
      title: entry.title,
      controls: entry.controls,
      ...entry.requirements !== void 0 && { requirements: [...entry.requirements] },
      ...entry.owner !== void 0 && { owner: entry.owner },
      reviewed: entry.reviewed,
      reviewEvery: entry["review-every"],
      location
    });
  }
  for (const file of copied.values()) await sink.writeBytes(file.path, file.bytes);
  return items;
}
async function insideWorkspace(path, workspace, at) {
  const expected = `expected a file inside the workspace ${workspace}`;
  const target = resolve(workspace, path);
  let real;
  try {
    real = await realpath(target);
  } catch {
    throw new InputError(`${at}: path: ${expected}, found no file at ${JSON.stringify(path)}`);
  }
  const rel = relative(workspace, real);
  if (isAbsolute(path) && !real.startsWith(workspace + sep)) {
    throw new InputError(`${at}: path: ${expected}, found ${JSON.stringify(path)} outside it`);
  }
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
    throw new InputError(`${at}: path: ${expected}, found ${JSON.stringify(path)} resolving outside it`);
  }
  const info = await stat(real);
  if (!info.isFile())
    throw new InputError(`${at}: path: ${expected}, found ${JSON.stringify(path)} is not a file`);
  if (info.size > MAX_MANUAL_EVIDENCE_BYTES) {
    throw new InputError(
      `${at}: path: expected a document of at most ${MAX_MANUAL_EVIDENCE_BYTES / 1024 / 1024} MiB, found ${JSON.stringify(path)} of ${info.size} bytes`
    );
  }
  return real;
}
async function readDocument(workspace, real, at) {
  const bytes = await readFile(real);
  const asText = bytes.toString("latin1");
  if (redact(asText) !== asText) {
    throw new InputError(
      `${at}: path: expected a document without credentials, found a secret of this run in it`
    );
  }
  const rel = relative(workspace, real).split(sep).join("/");
  const path = `${MANUAL_DIR}/${rel.replace(/[^A-Za-z0-9._/-]/g, "_")}`;
  return { path, sha256: sha256Hex(bytes), size: bytes.length, bytes };
}
function checkControls(refs, catalogs, at) {
  const count = FRAMEWORKS.reduce((n, framework) => n + (refs[framework]?.length ?? 0), 0);
  if (count === 0) throw new InputError(`${at}: controls: expected at least one control id, found none`);
  for (const framework of FRAMEWORKS) {
    const known = new Set(catalogs[framework].controls.map((c) => c.id));
    for (const id of refs[framework] ?? []) {
      if (!known.has(id)) throw new InputError(`${at}: controls.${framework}: unknown control "${id}"`);
    }
  }
}

// src/bundle/writer.ts
import { mkdir as mkdir2, rename, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, join as join2, relative as relative2, sep as sep2 } from "node:path";
var BundleWriter = class {
  /** `workDir` and `files`: a bundle whose files were written by an earlier run, sealed now. */
  constructor(finalDir, workDir, files = []) {
    this.finalDir = finalDir;
    this.workDir = workDir ?? join2(dirname(finalDir), `.${finalDir.split(sep2).pop()}.partial`);
    this.files.push(...files);
  }
  finalDir;
  files = [];
  workDir;
  /** The files written so far, as the manifest will list them. */
  get written() {
    return [...this.files];
  }
  async add(record) {
    await this.writeText(record.path, `${JSON.stringify(record, null, 2)}
`);
  }
  async writeJson(path, value) {
    await this.writeText(path, `${JSON.stringify(value, null, 2)}
`);
  }
  async writeText(path, text) {
    await this.writeBytes(path, Buffer.from(redact(text), "utf8"));
  }
  /** A file as it is (a user's manual evidence document, a PDF): hashed byte for byte, not redacted. */
  async writeBytes(path, bytes) {
    if (path === MANIFEST_FILE || path.startsWith("/") || relative2(".", path).startsWith("..")) {
      throw new Error(`refusing to write ${path} into a bundle`);
    }
    const target = join2(this.workDir, path);
    await mkdir2(dirname(target), { recursive: true });
    await writeFile2(target, bytes, { flag: "wx" });
    this.files.push({ path, sha256: sha256Hex(bytes), size: bytes.length });
  }
  /**
   * Writes the manifest (listing every file written) and its detached signature, then moves the bundle
   * to its final name.
   */
  async finish(manifest, sign) {
    const sealed = this.seal(manifest, sign);
    return { dir: await this.commit(sealed), manifestSha256: sealed.manifestSha256 };
  }
  /** The manifest (listing every file written) and its signature, not written yet: its digest is the chain link. */
  seal(manifest, sign) {
    const files = [...this.files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const text = redact(`${JSON.stringify({ ...manifest, files }, null, 2)}
`);
    return {
      text,
      manifestSha256: sha256Hex(text),
      ...sign ? { signature: { file: sign.file, text: sign.sign(Buffer.from(text)) } } : {}
    };
  }
  /** Writes a sealed manifest and moves the bundle to its final name (by default the one it was opened with). */
  async commit(sealed, finalDir = this.finalDir) {
    await writeFile2(join2(this.workDir, MANIFEST_FILE), sealed.text, { flag: "wx" });
    if (sealed.signature)
      await writeFile2(join2(this.workDir, sealed.signature.file), sealed.signature.text, { flag: "wx" });
    const sums = checksumEntries(
      this.files,
      sealed.manifestSha256,
      sealed.signature ? { file: sealed.signature.file, sha256: sha256Hex(sealed.signature.text) } : void 0
    );
    await writeFile2(join2(this.workDir, CHECKSUMS_FILE), renderChecksums(sums), { flag: "wx" });
    await mkdir2(dirname(finalDir), { recursive: true });
    await rename(this.workDir, finalDir);
    return finalDir;
  }
};

// src/seal.ts
import { relative as relative3, join as join4 } from "node:path";

// src/store/chain-head.ts
import { mkdir as mkdir3, readFile as readFile2, rename as rename2, rm as rm2, stat as stat2, writeFile as writeFile3 } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/bundle/chain.ts
import { createHash as createHash2 } from "node:crypto";
async function listBundleKeys(store, scope) {
  const keys = [];
  for await (const object of store.list(`${scope}/`)) {
    if (object.key.endsWith(`/${MANIFEST_FILE}`)) keys.push(object.key.slice(0, -MANIFEST_FILE.length - 1));
  }
  return keys.sort();
}
async function manifestDigest(store, bundleKey) {
  const hash = createHash2("sha256");
  for await (const chunk of await store.get(`${bundleKey}/${MANIFEST_FILE}`)) hash.update(chunk);
  return hash.digest("hex");
}
async function latestLink(stores, scope) {
  let latest;
  for (const store of stores) {
    const keys = await listBundleKeys(store, scope);
    const newest = keys[keys.length - 1];
    if (newest && (!latest || newest > latest.key)) latest = { key: newest, store };
  }
  return latest ? { key: latest.key, manifestSha256: await manifestDigest(latest.store, latest.key) } : null;
}

// src/store/chain-head.ts
var HEAD_OBJECT = ".chain-head.json";
var LOCK_FILE = ".chain-head.lock";
var ATTEMPTS = 20;
var STALE_LOCK_MS = 10 * 6e4;
function chainHeadOf(store, spool) {
  if ("bucket" in store) return new S3ChainHead(store, spool);
  if (store instanceof LocalStore) return new DirectoryChainHead(store);
  throw new Error(`no chain head for ${store.location}`);
}
function parseHead(text, scope, where) {
  if (text === void 0) return void 0;
  let head;
  try {
    head = JSON.parse(text).head;
  } catch {
    head = void 0;
  }
  if (head === null) return null;
  const link = typeof head === "object" ? head : void 0;
  if (typeof link?.key === "string" && link.key.startsWith(`${scope}/`) && typeof link.manifestSha256 === "string" && /^[0-9a-f]{64}$/.test(link.manifestSha256))
    return { key: link.key, manifestSha256: link.manifestSha256 };
  throw new Error(
    `${where} is not a chain head of ${scope} (expected {"head": {"key": "${scope}/\u2026", "manifestSha256": "<64 hex>"}}): it was changed outside this action; restore its previous version`
  );
}
var headText = (link) => `${JSON.stringify({ head: link }, null, 2)}
`;
var S3ChainHead = class {
  constructor(store, spool) {
    this.store = store;
    this.spool = spool;
  }
  store;
  spool;
  async read(scope) {
    const key = `${scope}/${HEAD_OBJECT}`;
    const object = await this.store.readVersioned(key);
    const stored = parseHead(object?.body, scope, this.store.uri(key));
    if (stored !== void 0) return { link: stored, etag: object.etag };
    const stores = this.spool ? [this.store, this.spool] : [this.store];
    return { link: await latestLink(stores, scope), etag: null };
  }
  async peek(scope) {
    return (await this.read(scope)).link;
  }
  async advance(scope, seal, commit, log) {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const { link: previous, etag } = await this.read(scope);
      const sealing = await seal(previous);
      if (await this.store.writeIfUnchanged(`${scope}/${HEAD_OBJECT}`, headText(sealing.link), etag)) {
        await commit(sealing.result);
        return sealing.result;
      }
      log(`Chain: another run moved the head of ${scope} first; linking to its bundle instead`);
      await sleep(50 * attempt + Math.random() * 100);
    }
    throw new Error(`the chain head of ${scope} kept moving: ${ATTEMPTS} attempts lost to other runs`);
  }
};
var DirectoryChainHead = class {
  constructor(store) {
    this.store = store;
  }
  store;
  async read(scope) {
    const file = join3(this.store.uri(scope), HEAD_OBJECT);
    const text = await readFile2(file, "utf8").catch(() => void 0);
    const stored = parseHead(text, scope, file);
    return stored !== void 0 ? stored : latestLink([this.store], scope);
  }
  peek(scope) {
    return this.read(scope);
  }
  async advance(scope, seal, commit, log) {
    const dir = this.store.uri(scope);
    await mkdir3(dir, { recursive: true });
    const lock = join3(dir, LOCK_FILE);
    await acquire(lock, log);
    try {
      const sealing = await seal(await this.read(scope));
      await commit(sealing.result);
      const temporary = join3(dir, `${HEAD_OBJECT}.${process.pid}.tmp`);
      await writeFile3(temporary, headText(sealing.link));
      await rename2(temporary, join3(dir, HEAD_OBJECT));
      return sealing.result;
    } finally {
      await rm2(lock, { force: true });
    }
  }
};
async function acquire(lock, log) {
  let waited = false;
  for (; ; ) {
    try {
      await writeFile3(lock, `${JSON.stringify({ pid: process.pid, since: (/* @__PURE__ */ new Date()).toISOString() })}
`, {
        flag: "wx"
      });
      return;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    const info = await stat2(lock).catch(() => void 0);
    if (info && Date.now() - info.mtimeMs > STALE_LOCK_MS) {
      log(`Chain: removing ${lock}, left by a run that did not finish`);
      await rm2(lock, { force: true });
      continue;
    }
    if (!waited) log(`Chain: another run is sealing a bundle of this scope (${lock}); waiting for it`);
    waited = true;
    await sleep(50 + Math.random() * 100);
  }
}
var sleep = (ms) => new Promise((resolve3) => setTimeout(resolve3, ms));

// src/seal.ts
function headOf(destination) {
  return chainHeadOf(
    destination.store,
    destination.remote ? new LocalStore(destination.localRoot) : void 0
  );
}
async function sealBundle(writer, manifest, options) {
  const { destination, signingKey, log } = options;
  let marked;
  let committed = false;
  const advanced = headOf(destination).advance(
    manifest.scope,
    async (previous2) => {
      const bundleKey2 = await keyAfter(previous2, options.keyFor);
      if (destination.remote && marked !== bundleKey2) {
        if (marked) await destination.spool.remove(marked);
        await destination.spool.add(bundleKey2);
        marked = bundleKey2;
      }
      const sealed = writer.seal(
        {
          ...manifest,
          bundleKey: bundleKey2,
          previous: previous2,
          ...signingKey ? { signature: { algorithm: "ed25519", keyFingerprint: signingKey.fingerprint } } : {}
        },
        signingKey ? { file: SIGNATURE_FILE, sign: (bytes) => signManifest(bytes, signingKey) } : void 0
      );
      return {
        link: { key: bundleKey2, manifestSha256: sealed.manifestSha256 },
        result: { bundleKey: bundleKey2, sealed, manifestSha256: sealed.manifestSha256, previous: previous2 }
      };
    },
    async ({ bundleKey: bundleKey2, sealed }) => {
      await writer.commit(sealed, bundleDirOf(destination, bundleKey2));
      committed = true;
    },
    log
  );
  const { bundleKey, manifestSha256, previous } = await advanced.catch(async (error) => {
    if (marked && !committed) await destination.spool.remove(marked);
    throw error;
  });
  const dir = bundleDirOf(destination, bundleKey);
  const archivePath = `${dir}${ARCHIVE_SUFFIX}`;
  await writeBundleArchive(dir, archivePath, { mtime: new Date(manifest.finishedAt) });
  log(
    previous ? `Chain: linked to ${previous.key} (manifest sha256 ${previous.manifestSha256})` : `Chain: first bundle of scope ${manifest.scope}`
  );
  return { bundleKey, dir, archivePath, manifestSha256, previous };
}
var bundleDirOf = (destination, bundleKey) => join4(destination.localRoot, ...bundleKey.split("/"));
async function keyAfter(previous, keyFor) {
  for (let waits = 0; ; waits++) {
    const key = keyFor(/* @__PURE__ */ new Date());
    if (!previous || key > previous.key || waits >= 3) return key;
    await sleep2(1005 - Date.now() % 1e3);
  }
}
async function sealOrKeep(writer, manifest, options) {
  if (options.destination.remote && (await options.destination.spool.drafts()).length > 0) {
    const error = new Error(
      "an earlier bundle in the spool could not be sealed yet, and bundles are sealed in order"
    );
    return { kept: await spoolDraft(options.destination, writer, manifest), error };
  }
  try {
    return await sealBundle(writer, manifest, options);
  } catch (error) {
    if (!options.destination.remote) throw error;
    return { kept: await spoolDraft(options.destination, writer, manifest), error };
  }
}
async function spoolDraft(destination, writer, manifest) {
  const id = `${manifest.startedAt.replace(/[-:.]/g, "")}-${manifest.run.id}${manifest.run.attempt ? `.${manifest.run.attempt}` : ""}`;
  const record = {
    manifest,
    files: writer.written,
    run: { id: manifest.run.id, ...manifest.run.attempt ? { attempt: manifest.run.attempt } : {} }
  };
  await destination.spool.addDraft({
    id: id.replace(/[^A-Za-z0-9._-]/g, "_"),
    workDir: relative3(destination.localRoot, writer.workDir),
    draft: record
  });
  return writer.workDir;
}
async function sealDrafts(destination, options) {
  if (!destination.remote) return [];
  const keys = [];
  for (const spooled of await destination.spool.drafts()) {
    const record = spooled.draft;
    const workDir = join4(destination.localRoot, spooled.workDir);
    const writer = new BundleWriter(workDir, workDir, record.files);
    options.log(
      `Sealing the bundle of run ${record.run.id}, collected ${record.manifest.startedAt} but not yet in the chain`
    );
    const sealed = await sealBundle(writer, record.manifest, {
      ...options,
      destination,
      keyFor: (at) => options.keyFor(record.manifest.scope, at, record.run)
    });
    await destination.spool.removeDraft(spooled.id);
    keys.push(sealed.bundleKey);
  }
  return keys;
}
var sleep2 = (ms) => new Promise((resolve3) => setTimeout(resolve3, ms));

// src/store/read-bounded.ts
async function readBounded(store, key, maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const chunk of await store.get(key)) {
    size += chunk.length;
    if (size > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

// src/store/bundle-history.ts
var BUNDLE_FILE = /^(.+)\/(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\/([^/]+)$/;
var MAX_FILE_BYTES = 64 * 1024 * 1024;
var STATUSES = /* @__PURE__ */ new Set(["pass", "fail", "error", "not_applicable"]);
var DAY_MS = 864e5;
var sampleManifest = external_exports.object({
  bundleKey: external_exports.string(),
  period: external_exports.object({ end: external_exports.string() }),
  files: external_exports.array(external_exports.object({ path: external_exports.string(), sha256: external_exports.string().regex(/^[0-9a-f]{64}$/) }))
});
async function loadBundleSamples(store, scope, period, checks) {
  const first = Date.parse(period.start) - DAY_MS;
  const last = Date.parse(period.end) + DAY_MS;
  const bundles = /* @__PURE__ */ new Map();
  for await (const object of store.list(`${scope}/`)) {
    const match = BUNDLE_FILE.exec(object.key);
    if (!match || match[1] !== scope) continue;
    const day = Date.UTC(Number(match[2]), Number(match[3]) - 1, Number(match[4]));
    if (day < first || day > last) continue;
    const key = object.key.slice(0, object.key.length - match[6].length - 1);
    bundles.set(key, (bundles.get(key) ?? /* @__PURE__ */ new Set()).add(match[6]));
  }
  const wanted = new Set(checks);
  const samples = [];
  for (const [key, files] of [...bundles.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (!files.has(MANIFEST_FILE)) continue;
    const at = key.slice(key.lastIndexOf("/") + 1);
    try {
      const manifest = sampleManifest.parse(
        JSON.parse((await readBounded(store, `${key}/${MANIFEST_FILE}`, MAX_FILE_BYTES)).toString("utf8"))
      );
      const sample = { bundle: key, at: manifest.period.end };
      if (manifest.bundleKey !== key) {
        samples.push({
          ...sample,
          findings: [],
          unreadable: `its manifest says it is ${manifest.bundleKey}: moved or swapped`
        });
        continue;
      }
      const listed = manifest.files.find((file) => file.path === BUNDLE_FILES.findings);
      if (!listed || !files.has(BUNDLE_FILES.findings)) {
        samples.push({ ...sample, findings: [], unreadable: "the bundle has no findings.json" });
        continue;
      }
      const bytes = await readBounded(store, `${key}/${BUNDLE_FILES.findings}`, MAX_FILE_BYTES);
      if (sha256Hex(bytes) !== listed.sha256) {
        samples.push({ ...sample, findings: [], unreadable: "findings.json does not match its manifest" });
        continue;
      }
      const parsed = JSON.parse(bytes.toString("utf8"));
      const findings = (Array.isArray(parsed) ? parsed : []).flatMap((f) => {
        const { check, subject, status } = f ?? {};
        return typeof check === "string" && wanted.has(check) && typeof subject === "string" && STATUSES.has(status) ? [{ check, subject, status }] : [];
      });
      samples.push({ ...sample, findings });
    } catch (error) {
      samples.push({
        bundle: key,
        at: keyTime(at) ?? period.start,
        findings: [],
        unreadable: `the bundle could not be read (${error.message.slice(0, 200)})`
      });
    }
  }
  return samples;
}
function keyTime(name) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})/.exec(name);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : void 0;
}

// src/store/previous-bundle.ts
var MAX_RECORD_BYTES = 16 * 1024 * 1024;
var previousManifest = external_exports.object({
  bundleKey: external_exports.string(),
  period: external_exports.object({ start: external_exports.string(), end: external_exports.string() }),
  shard: external_exports.unknown().optional(),
  files: external_exports.array(external_exports.object({ path: external_exports.string(), sha256: external_exports.string().regex(/^[0-9a-f]{64}$/) }))
});
var recordShape = external_exports.object({
  path: external_exports.string(),
  source: external_exports.string(),
  subject: external_exports.string(),
  kind: external_exports.string(),
  requests: external_exports.array(external_exports.unknown()),
  data: external_exports.unknown().optional(),
  error: external_exports.unknown().optional(),
  notes: external_exports.record(external_exports.string(), external_exports.unknown()).optional()
});
async function openPreviousBundle(store, head, signer) {
  if (!head) return void 0;
  const bytes = await readRecordBytes(store, `${head.key}/${MANIFEST_FILE}`);
  if (!bytes || sha256Hex(bytes) !== head.manifestSha256) return void 0;
  if (signer) {
    const signature = await readRecordBytes(store, `${head.key}/${SIGNATURE_FILE}`);
    const check = checkManifestSignature(bytes, signature?.toString("utf8"), [signer]);
    if (check.status !== "valid") return void 0;
  }
  const parsed = previousManifest.safeParse(safeJson(bytes));
  if (!parsed.success || parsed.data.bundleKey !== head.key || parsed.data.shard !== void 0)
    return void 0;
  const listed = new Map(parsed.data.files.map((file) => [file.path, file.sha256]));
  return {
    key: head.key,
    manifestSha256: head.manifestSha256,
    period: parsed.data.period,
    async record(path) {
      const sha256 = listed.get(path);
      if (!sha256) return void 0;
      const body = await readRecordBytes(store, `${head.key}/${path}`);
      if (!body || sha256Hex(body) !== sha256) return void 0;
      const record = recordShape.safeParse(safeJson(body));
      if (!record.success || record.data.path !== path) return void 0;
      return { record: record.data, sha256 };
    }
  };
}
function safeJson(bytes) {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return void 0;
  }
}
async function readRecordBytes(store, key) {
  try {
    return await readBounded(store, key, MAX_RECORD_BYTES);
  } catch {
    return void 0;
  }
}

// src/store/destination.ts
import { stat as stat3 } from "node:fs/promises";
import { join as join6 } from "node:path";

// src/store/publish.ts
import { createHash as createHash3 } from "node:crypto";
import { readdir, rm as rm3, writeFile as writeFile4, mkdir as mkdir4, readFile as readFile3 } from "node:fs/promises";
import { basename, dirname as dirname2, join as join5, relative as relative4, sep as sep3 } from "node:path";
var PENDING_DIR = ".pending";
var DRAFTS_DIR = ".drafts";
var Spool = class {
  constructor(root) {
    this.root = root;
  }
  root;
  marker(bundleKey) {
    return join5(this.root, PENDING_DIR, `${bundleKey.replaceAll("/", "__")}.json`);
  }
  async add(bundleKey) {
    await mkdir4(join5(this.root, PENDING_DIR), { recursive: true });
    await writeFile4(this.marker(bundleKey), `${JSON.stringify({ bundleKey })}
`);
  }
  async remove(bundleKey) {
    await rm3(this.marker(bundleKey), { force: true });
  }
  async pending() {
    const names = await readdir(join5(this.root, PENDING_DIR)).catch(() => []);
    const keys = await Promise.all(
      names.filter((name) => name.endsWith(".json")).map(
        async (name) => JSON.parse(await readFile3(join5(this.root, PENDING_DIR, name), "utf8")).bundleKey
      )
    );
    return keys.sort();
  }
  bundleDir(bundleKey) {
    return join5(this.root, ...bundleKey.split("/"));
  }
  async addDraft(draft) {
    await mkdir4(join5(this.root, DRAFTS_DIR), { recursive: true });
    await writeFile4(join5(this.root, DRAFTS_DIR, `${draft.id}.json`), `${JSON.stringify(draft)}
`);
  }
  async removeDraft(id) {
    await rm3(join5(this.root, DRAFTS_DIR, `${id}.json`), { force: true });
  }
  /** Drafts waiting to be sealed, oldest first (ids start with their UTC timestamp). */
  async drafts() {
    const names = await readdir(join5(this.root, DRAFTS_DIR)).catch(() => []);
    const drafts = await Promise.all(
      names.filter((name) => name.endsWith(".json")).sort().map(
        async (name) => JSON.parse(await readFile3(join5(this.root, DRAFTS_DIR, name), "utf8"))
      )
    );
    return drafts;
  }
};
async function publishBundle(store, bundleDir, bundleKey, archivePath, log) {
  const entries = await readdir(bundleDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => relative4(bundleDir, join5(entry.parentPath, entry.name)).split(sep3).join("/")).sort();
  const ordered = [
    ...files.filter((file) => file !== MANIFEST_FILE && !file.startsWith("manifest.")).map((file) => ({ file: join5(bundleDir, file), key: `${bundleKey}/${file}` })),
    ...archivePath ? [{ file: archivePath, key: `${dirname2(bundleKey)}/${basename(archivePath)}` }] : [],
    ...files.filter((file) => file !== MANIFEST_FILE && file.startsWith("manifest.")).map((file) => ({ file: join5(bundleDir, file), key: `${bundleKey}/${file}` })),
    { file: join5(bundleDir, MANIFEST_FILE), key: `${bundleKey}/${MANIFEST_FILE}` }
  ];
  let bytes = 0;
  for (const { file, key } of ordered) {
    const { sha256, size } = await sha256File(file);
    try {
      await store.put(key, file, { sha256, size, contentType: contentTypeOf(file) });
    } catch (error) {
      if (!(error instanceof ObjectExistsError) || await storedDigest(store, key) !== sha256) throw error;
      log(`${store.uri(key)} is already in the store with the same SHA-256 (an earlier attempt); kept as is`);
    }
    bytes += size;
  }
  return { objects: ordered.length, bytes };
}
async function storedDigest(store, key) {
  const hash = createHash3("sha256");
  for await (const chunk of await store.get(key)) hash.update(chunk);
  return hash.digest("hex");
}

// src/store/destination.ts
async function openDestination(destination, spoolDir, s3, now) {
  if (destination.kind === "local") {
    const store2 = new LocalStore(destination.dir);
    return { store: store2, localRoot: store2.location, remote: false, spool: new Spool(store2.location) };
  }
  const { S3Store } = await import("./s3-D5Q7P2H6.js");
  const store = new S3Store({ uri: destination.uri, location: destination, ...s3, now });
  return { store, localRoot: spoolDir, remote: true, spool: new Spool(spoolDir) };
}
async function publishPending(destination, log) {
  if (!destination.remote) return [];
  const published = [];
  for (const bundleKey of await destination.spool.pending()) {
    const dir = destination.spool.bundleDir(bundleKey);
    if (!await stat3(join6(dir, MANIFEST_FILE)).catch(() => void 0)) {
      log(`Spooled bundle ${bundleKey} has no manifest (the run that made it did not finish); left in ${dir}`);
      await destination.spool.remove(bundleKey);
      continue;
    }
    log(`Publishing ${bundleKey}, left in the spool by an earlier run`);
    await publish(destination, bundleKey, log);
    published.push(bundleKey);
  }
  return published;
}
async function publish(destination, bundleKey, log) {
  const dir = destination.spool.bundleDir(bundleKey);
  const archive = `${dir}${ARCHIVE_SUFFIX}`;
  const hasArchive = Boolean(await stat3(archive).catch(() => void 0));
  const result = await publishBundle(destination.store, dir, bundleKey, hasArchive ? archive : void 0, log);
  await destination.spool.remove(bundleKey);
  return result;
}

// src/report/auditor-files.ts
import { readFile as readFile4 } from "node:fs/promises";
import { join as join7 } from "node:path";

// src/report/html/render.ts
import { createHash as createHash4 } from "node:crypto";

// src/report/html/evidence-view.ts
function renderJsonBlock(value, budget, whole) {
  const json = JSON.stringify(value, null, 2) ?? "undefined";
  if (budget.remaining <= 0) {
    return `<p class="truncated">Not embedded (${json.length} characters): this report's size limit is reached. The whole of it is in <code>${escapeHtml(whole)}</code>.</p>`;
  }
  const cap = Math.min(budget.perRecord, budget.remaining);
  const shown = json.length > cap ? json.slice(0, cap) : json;
  budget.remaining -= shown.length;
  const note = shown.length < json.length ? `<p class="truncated">Truncated: the first ${shown.length} of ${json.length} characters are shown. The whole of it is in <code>${escapeHtml(whole)}</code>.</p>` : "";
  return `${note}<pre>${escapeHtml(shown)}</pre>`;
}
function carriedFromOf(record) {
  for (const holder of [record.data, record.notes]) {
    const from = holder?.carriedFrom;
    if (!from || typeof from !== "object" || Array.isArray(from)) continue;
    const fields = Object.fromEntries(
      Object.entries(from).filter(
        (e) => typeof e[1] === "string"
      )
    );
    if (fields.bundle && fields.sha256) return fields;
  }
  return void 0;
}
function renderCarriedFrom(from) {
  const asked = from.readAt ? `, as GitHub answered on ${escapeHtml(from.readAt)}` : "";
  const vouched = from.auditLog ? `; the audit log (<code>${escapeHtml(from.auditLog)}</code>) records no change to it through ${escapeHtml(from.through ?? "")}` : from.through ? `; complete through ${escapeHtml(from.through)}` : "";
  return `<p class="note">No request this run: carried forward from bundle <code>${escapeHtml(from.bundle)}</code>, its record <code>${escapeHtml(from.path ?? "")}</code> (SHA-256 <span class="mono">${escapeHtml(from.sha256)}</span>)${asked}${vouched}. <code>verify</code> of that bundle checks the hash.</p>`;
}
function renderEvidenceRecord(record, options) {
  const requests = Array.isArray(record.requests) ? record.requests : [];
  const carriedFrom = requests.length > 0 ? void 0 : carriedFromOf(record);
  const rows = requests.map(
    (r) => `<tr><td>${escapeHtml(r.method)}</td><td><code>${escapeHtml(r.path)}</code>${r.operation ? `<br><span class="note">${escapeHtml(r.operation)}</span>` : ""}</td><td>${escapeHtml(r.status)}${r.notModified ? " (304: not modified)" : ""}</td><td>${escapeHtml(r.time)}</td><td class="mono">${escapeHtml(r.responseSha256 ?? "")}</td></tr>`
  ).join("");
  return `<article class="evidence" id="${escapeHtml(options.id)}">
<h3><code>${escapeHtml(record.path)}</code></h3>
<dl class="meta"><dt>File SHA-256</dt><dd class="mono">${escapeHtml(options.sha256 ?? "(not in the manifest)")}</dd><dt>Source</dt><dd>${escapeHtml(record.source)}</dd><dt>Subject</dt><dd>${escapeHtml(record.subject)}</dd><dt>Kind</dt><dd><code>${escapeHtml(record.kind)}</code></dd></dl>
${requests.length > 0 ? `<table><thead><tr><th>Method</th><th>Request</th><th>Status</th><th>Time</th><th>Response SHA-256</th></tr></thead><tbody>${rows}</tbody></table>` : carriedFrom ? renderCarriedFrom(carriedFrom) : '<p class="note">No request recorded (read from the workspace or derived).</p>'}
${record.error ? `<p><strong>Not collected:</strong> ${escapeHtml(record.error.message)}${record.error.status !== void 0 ? ` (HTTP ${escapeHtml(record.error.status)})` : ""}${record.error.missingPermission ? `; needs <code>${escapeHtml(record.error.missingPermission)}</code>` : ""}</p>` : ""}
${record.notes ? `<details><summary>Collection notes</summary>${renderJsonBlock(record.notes, options.budget, record.path)}</details>` : ""}
${record.data !== void 0 ? `<details><summary>Data</summary>${renderJsonBlock(record.data, options.budget, record.path)}</details>` : ""}
</article>`;
}

// src/report/html/script.ts
var REPORT_SCRIPT = `
(function () {
  'use strict';
  var index = JSON.parse(document.getElementById('report-index').textContent);
  var search = document.getElementById('search');
  var statusFilter = document.getElementById('status-filter');
  var frameworkFilter = document.getElementById('framework-filter');
  var sourceFilter = document.getElementById('source-filter');
  var count = document.getElementById('shown-count');

  function matches(entry, query, useStatus) {
    if (!entry) return true;
    if (useStatus && statusFilter.value && entry.status !== statusFilter.value) return false;
    if (frameworkFilter.value && entry.frameworks.indexOf(frameworkFilter.value) < 0) return false;
    if (sourceFilter.value && entry.sources.indexOf(sourceFilter.value) < 0) return false;
    return !query || entry.text.indexOf(query) >= 0;
  }

  function apply() {
    var query = search.value.trim().toLowerCase();
    var shown = 0;
    var total = 0;
    document.querySelectorAll('[data-control]').forEach(function (element) {
      var visible = matches(index.controls[element.getAttribute('data-control')], query, true);
      element.hidden = !visible;
      if (element.tagName === 'TR') {
        total += 1;
        if (visible) shown += 1;
      }
    });
    document.querySelectorAll('tbody[data-group]').forEach(function (group) {
      group.hidden = group.querySelector('tr[data-control]:not([hidden])') === null;
    });
    document.querySelectorAll('[data-finding]').forEach(function (element) {
      element.hidden = !matches(index.findings[element.getAttribute('data-finding')], query, false);
    });
    count.textContent = shown + ' of ' + total + ' controls shown';
  }

  function clearFilters() {
    search.value = '';
    statusFilter.value = '';
    frameworkFilter.value = '';
    sourceFilter.value = '';
    apply();
  }

  /** A link to something the filters hide shows everything again, then opens and scrolls to it. */
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    if (target.closest('[hidden]')) clearFilters();
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS') node.open = true;
    }
    target.scrollIntoView();
  }

  search.addEventListener('input', apply);
  [statusFilter, frameworkFilter, sourceFilter].forEach(function (select) {
    select.addEventListener('change', apply);
  });
  document.getElementById('clear-filters').addEventListener('click', clearFilters);
  window.addEventListener('hashchange', reveal);
  apply();
  reveal();
})();
`;

// src/report/html/styles.ts
var REPORT_CSS = `
:root { --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg-soft: #f6f8fa; --link: #0550ae; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); margin: 0 auto; padding: 0 1.5rem 3rem; max-width: 1200px; }
h1 { font-size: 1.6rem; margin: 1.2rem 0 0.4rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; border-bottom: 2px solid var(--line); padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 0.9rem 0 0.3rem; }
a { color: var(--link); }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
pre { background: var(--bg-soft); border: 1px solid var(--line); padding: 0.6rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; max-height: 32rem; overflow-y: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.3rem 0 0.8rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: var(--bg-soft); font-weight: 600; }
tr.group th { background: #eaeef2; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.4rem 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; word-break: break-all; }
.status { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 1rem; font-size: 12px; font-weight: 600; white-space: nowrap; background: #eaeef2; color: #24292f; border: 1px solid #afb8c1; }
.s-failing, .s-fail { background: #ffebe9; color: #82071e; border-color: #ff8182; }
.s-error { background: #fff1e5; color: #953800; border-color: #ffb77c; }
.s-automated-pass, .s-satisfied, .s-pass { background: #ddf4ff; color: #0a3069; border-color: #80ccff; }
.s-effective { background: #dafbe1; color: #116329; border-color: #4ac26b; }
.s-manual { background: #fff8c5; color: #633c01; border-color: #d4a72c; }
.s-excluded, .s-not-applicable, .s-not_applicable { background: #f6f8fa; color: #57606a; border-color: #d0d7de; }
.filters { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: 0.6rem 0; display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: center; z-index: 1; }
.filters input[type=search] { flex: 1 1 16rem; padding: 0.3rem 0.5rem; }
.filters select { padding: 0.25rem; }
.note { color: var(--muted); }
.truncated { color: #953800; font-weight: 600; }
section.control, article.finding, article.evidence, section.check { border: 1px solid var(--line); border-radius: 6px; padding: 0.2rem 0.9rem 0.6rem; margin: 0.8rem 0; }
:target { outline: 3px solid #0969da; outline-offset: 2px; }
details > summary { cursor: pointer; color: var(--link); }
ul.plain { list-style: none; padding-left: 0; margin: 0.2rem 0; }
.counts span { margin-right: 0.6rem; }
[hidden] { display: none !important; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  .filters, .no-print { display: none !important; }
  a { color: inherit; text-decoration: none; }
  pre { max-height: none; overflow: visible; }
  section.control, article.finding, article.evidence, section.check, tr { break-inside: avoid; }
  h2 { break-before: page; }
  h2.first { break-before: auto; }
  :target { outline: none; }
}
`;

// src/report/html/render.ts
var REPORT_FILE = "report.html";
var DEFAULT_LIMITS = { perRecord: 64 * 1024, total: 16 * 1024 * 1024 };
function renderReportHtml(input) {
  const limits = { ...DEFAULT_LIMITS, ...input.limits };
  const budget = { perRecord: limits.perRecord, remaining: limits.total };
  const hashes = new Map(input.files.map((f) => [f.path, f.sha256]));
  const records = new Map(input.evidence.map((r) => [r.path, r]));
  const checks = new Map(input.checks.map((c) => [c.id, c]));
  const frameworks = Object.entries(input.controls.frameworks);
  const ids = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  for (const finding of input.findings) {
    let id = findingId(finding);
    for (let n = 2; used.has(id); n++) id = `${findingId(finding)}-${n}`;
    used.add(id);
    ids.set(finding, id);
  }
  const sourcesOf = (finding) => sortedUnique(
    finding.evidence.map((path) => records.get(path)?.source).filter((s) => !!s).concat(finding.evidence.length === 0 ? [finding.check.split(".")[0]] : [])
  );
  const findingsOf = (framework, control) => input.findings.filter((f) => (f.controls[framework] ?? []).includes(control.id));
  const index = { controls: {}, findings: {} };
  for (const [framework, report] of frameworks) {
    for (const control of report.controls) {
      const tagged = findingsOf(framework, control);
      index.controls[controlKey(framework, control.id)] = {
        status: String(control.status),
        frameworks: [framework],
        sources: sortedUnique(tagged.flatMap(sourcesOf)),
        text: [
          control.id,
          control.title,
          control.group,
          control.status,
          ...control.checks,
          ...tagged.map((f) => f.subject),
          ...tagged.map((f) => ids.get(f))
        ].join(" ").toLowerCase()
      };
    }
  }
  for (const finding of input.findings) {
    index.findings[ids.get(finding)] = {
      status: finding.status,
      frameworks: Object.keys(finding.controls).filter(
        (fw) => (finding.controls[fw] ?? []).length > 0
      ),
      sources: sourcesOf(finding),
      text: [ids.get(finding), finding.check, finding.subject, finding.status, finding.message].join(" ").toLowerCase()
    };
  }
  const statuses = sortedUnique(Object.values(index.controls).map((c) => c.status));
  const sources = sortedUnique(Object.values(index.controls).flatMap((c) => c.sources));
  const evidenceAnchor = (path) => digestId("e", path);
  const parts = [];
  parts.push(header(input));
  parts.push(`<nav class="filters" aria-label="Filters">
<input type="search" id="search" placeholder="Search controls, checks, subjects, finding ids" aria-label="Search">
<select id="status-filter" aria-label="Status"><option value="">All statuses</option>${statuses.map((s) => `<option value="${escapeHtml(s)}">${escapeHtml(statusLabel(s))}</option>`).join("")}</select>
<select id="framework-filter" aria-label="Framework"><option value="">All frameworks</option>${frameworks.map(([fw]) => `<option value="${escapeHtml(fw)}">${escapeHtml(fw)}</option>`).join("")}</select>
<select id="source-filter" aria-label="Source"><option value="">All sources</option>${sources.map((s) => `<option value="${escapeHtml(s)}">${escapeHtml(s)}</option>`).join("")}</select>
<button type="button" id="clear-filters">Clear</button>
<span id="shown-count" class="note"></span>
</nav>`);
  parts.push('<h2 id="controls" class="first">Controls</h2>');
  for (const [framework, report] of frameworks) {
    parts.push(
      `<h3 id="fw-${slug(framework)}">${escapeHtml(report.title)} <span class="note">(${escapeHtml(framework)})</span></h3>`
    );
    parts.push(
      `<p class="counts">${Object.entries(report.counts).map(([s, n]) => `<span>${badge(s)} ${n}</span>`).join("")}</p>`
    );
    parts.push(
      "<table><thead><tr><th>Control</th><th>Title</th><th>Status</th><th>Findings (pass / fail / error / n.a.)</th><th>Sources</th></tr></thead>"
    );
    for (const [group, controls] of groupBy(report.controls, (c) => c.group)) {
      parts.push(`<tbody data-group="${escapeHtml(group)}"><tr class="group"><th colspan="5">${escapeHtml(group)}</th></tr>`);
      for (const control of controls) {
        const key = controlKey(framework, control.id);
        const counts = control.findingCounts;
        parts.push(
          `<tr data-control="${escapeHtml(key)}"><td><a href="#${controlAnchor(framework, control.id)}">${escapeHtml(control.id)}</a></td><td>${escapeHtml(control.title)}</td><td>${badge(String(control.status))}</td><td>${counts.pass} / ${counts.fail} / ${counts.error} / ${counts.not_applicable}</td><td>${escapeHtml(index.controls[key].sources.join(", "))}</td></tr>`
        );
      }
      parts.push("</tbody>");
    }
    parts.push("</table>");
  }
  parts.push('<h2 id="control-details">Control details</h2>');
  for (const [framework, report] of frameworks) {
    for (const control of report.controls) {
      const tagged = findingsOf(framework, control);
      parts.push(
        `<section class="control" id="${controlAnchor(framework, control.id)}" data-control="${escapeHtml(controlKey(framework, control.id))}">`
      );
      parts.push(
        `<h3>${escapeHtml(framework)} ${escapeHtml(control.id)} ${escapeHtml(control.title)} ${badge(String(control.status))}</h3>`
      );
      parts.push(`<p class="note">${escapeHtml(control.group)}</p>`);
      if (!control.applicable)
        parts.push(
          `<p>Excluded from the Statement of Applicability: ${escapeHtml(control.justification ?? "(no justification given)")}</p>`
        );
      else if (control.justification) parts.push(`<p>Justification: ${escapeHtml(control.justification)}</p>`);
      if (control.manualEvidence?.length)
        parts.push(
          `<p>Manual evidence named in the config: ${control.manualEvidence.map((e) => `<code>${escapeHtml(e)}</code>`).join(", ")}</p>`
        );
      if (control.checks.length === 0) {
        parts.push(
          '<p class="note">No automated check evidences this control: its status rests on manual evidence.</p>'
        );
      } else {
        parts.push(
          "<h4>Checks</h4><table><thead><tr><th>Check</th><th>Population</th><th>Period</th><th>Results</th></tr></thead><tbody>"
        );
        for (const checkId of control.checks) {
          const ofCheck = tagged.filter((f) => f.check === checkId);
          parts.push(
            `<tr><td><a href="#${checkAnchor(checkId)}">${escapeHtml(checkId)}</a><br><span class="note">${escapeHtml(checks.get(checkId)?.title ?? "")}</span></td><td>${population(ofCheck)}</td><td>${periodText(input.period)}</td><td>${resultCounts(ofCheck)}</td></tr>`
          );
        }
        parts.push("</tbody></table>");
      }
      if (tagged.length > 0) {
        parts.push('<h4>Findings</h4><ul class="plain">');
        for (const f of tagged)
          parts.push(
            `<li>${findingLink(ids.get(f))} ${badge(f.status)} <code>${escapeHtml(f.check)}</code> on <strong>${escapeHtml(f.subject)}</strong></li>`
          );
        parts.push("</ul>");
      }
      parts.push("</section>");
    }
  }
  parts.push('<h2 id="checks">Checks</h2>');
  const checkIds = sortedUnique([...input.checks.map((c) => c.id), ...input.findings.map((f) => f.check)]);
  for (const checkId of checkIds) {
    const check = checks.get(checkId);
    const ofCheck = input.findings.filter((f) => f.check === checkId);
    parts.push(
      `<section class="check" id="${checkAnchor(checkId)}"><h3><code>${escapeHtml(checkId)}</code> ${escapeHtml(check?.title ?? "")}</h3>`
    );
    if (check)
      parts.push(
        `<dl class="meta"><dt>Version</dt><dd>${escapeHtml(check.version)}</dd><dt>Severity</dt><dd>${escapeHtml(check.severity)}</dd><dt>Why it matters</dt><dd>${escapeHtml(check.rationale)}</dd><dt>To fix</dt><dd>${escapeHtml(check.remediation)}</dd><dt>Population</dt><dd>${population(ofCheck)}</dd><dt>Period</dt><dd>${periodText(input.period)}</dd><dt>Results</dt><dd>${resultCounts(ofCheck)}</dd></dl>`
      );
    if (ofCheck.length > 0) {
      parts.push('<ul class="plain">');
      for (const f of ofCheck)
        parts.push(`<li>${findingLink(ids.get(f))} ${badge(f.status)} ${escapeHtml(f.subject)}</li>`);
      parts.push("</ul>");
    }
    parts.push("</section>");
  }
  parts.push('<h2 id="findings">Findings</h2>');
  if (input.findings.length === 0) parts.push('<p class="note">No findings.</p>');
  for (const f of input.findings) {
    const id = ids.get(f);
    parts.push(
      `<article class="finding" id="${escapeHtml(id)}" data-finding="${escapeHtml(id)}"><h3><span class="mono">${escapeHtml(id)}</span> ${badge(f.status)} <code>${escapeHtml(f.check)}</code></h3>`
    );
    parts.push(
      `<dl class="meta"><dt>Subject</dt><dd>${escapeHtml(f.subject)}</dd><dt>Message</dt><dd>${escapeHtml(f.message)}</dd><dt>Check</dt><dd><a href="#${checkAnchor(f.check)}">${escapeHtml(f.check)}</a></dd><dt>Controls</dt><dd>${frameworks.flatMap(
        ([fw]) => (f.controls[fw] ?? []).map((c) => `<a href="#${controlAnchor(fw, c)}">${escapeHtml(fw)} ${escapeHtml(c)}</a>`)
      ).join(", ") || '<span class="note">none</span>'}</dd></dl>`
    );
    if (f.evidence.length > 0) {
      parts.push('<h4>Evidence</h4><ul class="plain">');
      for (const path of f.evidence)
        parts.push(
          `<li><a href="#${evidenceAnchor(path)}"><code>${escapeHtml(path)}</code></a>${hashes.has(path) ? ` <span class="note mono">sha256 ${escapeHtml(hashes.get(path))}</span>` : ""}</li>`
        );
      parts.push("</ul>");
    }
    if (f.details?.length)
      parts.push(
        `<details><summary>${f.details.length} item(s) behind this result</summary>${renderJsonBlock(f.details, budget, `findings.json (${id})`)}</details>`
      );
    if (f.locations?.length)
      parts.push(
        `<ul>${f.locations.map((l) => `<li><code>${escapeHtml(l.path)}:${escapeHtml(l.line)}</code> ${escapeHtml(l.message)}</li>`).join("")}</ul>`
      );
    parts.push("</article>");
  }
  parts.push('<h2 id="evidence">Evidence records</h2>');
  const cited = new Set(input.findings.flatMap((f) => f.evidence));
  const ordered = [...input.evidence].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  parts.push(
    `<p class="note">${ordered.length} record(s), ${ordered.filter((r) => cited.has(r.path)).length} cited by a finding.</p>`
  );
  for (const record of ordered)
    parts.push(
      renderEvidenceRecord(record, {
        id: evidenceAnchor(record.path),
        sha256: hashes.get(record.path),
        budget
      })
    );
  const style = REPORT_CSS;
  const script = REPORT_SCRIPT;
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${base64Sha256(style)}'`,
    `script-src 'sha256-${base64Sha256(script)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(`Evidence report: ${input.scope}`)}</title>
<style>${style}</style>
</head>
<body>
${parts.join("\n")}
<script type="application/json" id="report-index">${scriptJson(index)}</script>
<script>${script}</script>
</body>
</html>
`;
}
function header(input) {
  const run = `${input.run.id}${input.run.attempt ? ` attempt ${input.run.attempt}` : ""}`;
  return `<header>
<h1>Evidence report: ${escapeHtml(input.scope)}</h1>
<dl class="meta">
<dt>Period</dt><dd>${periodText(input.period)}</dd>
<dt>Collected</dt><dd>${escapeHtml(input.startedAt)} to ${escapeHtml(input.finishedAt)}</dd>
<dt>Tool</dt><dd>${escapeHtml(input.tool.name)} ${escapeHtml(input.tool.version)}${input.mode ? ` (${escapeHtml(input.mode)})` : ""}</dd>
<dt>Run</dt><dd>${escapeHtml(run)}${input.run.repository ? ` in ${escapeHtml(input.run.repository)}` : ""}${input.run.workflow ? `, workflow ${escapeHtml(input.run.workflow)}` : ""}${input.run.commit ? `, commit <code>${escapeHtml(input.run.commit)}</code>` : ""}</dd>
<dt>Config</dt><dd>${escapeHtml(input.config.path ?? "(defaults)")} <span class="mono">sha256 ${escapeHtml(input.config.sha256)}</span></dd>
<dt>Integrity</dt><dd>This page is one of the files <code>manifest.json</code> lists with its SHA-256; the bundle key, chain link and signature are there. Check them with <code>annex-evidence verify &lt;bundle dir&gt;</code>.</dd>
</dl>
<p class="no-print"><a href="#controls">Controls</a> \xB7 <a href="#control-details">Control details</a> \xB7 <a href="#checks">Checks</a> \xB7 <a href="#findings">Findings</a> \xB7 <a href="#evidence">Evidence records</a></p>
</header>`;
}
var controlKey = (framework, id) => `${framework}/${id}`;
var controlAnchor = (framework, id) => `c-${slug(framework)}-${slug(id)}`;
var checkAnchor = (id) => `k-${slug(id)}`;
var findingLink = (id) => `<a href="#${escapeHtml(id)}" class="mono">${escapeHtml(id)}</a>`;
function badge(status) {
  return `<span class="status s-${escapeHtml(slug(status))}">${escapeHtml(statusLabel(status))}</span>`;
}
function periodText(period) {
  return `${escapeHtml(period.start)} to ${escapeHtml(period.end)} (${escapeHtml(period.expression)})`;
}
function population(findings) {
  if (findings.length === 0) return '<span class="note">no subject evaluated</span>';
  const subjects = sortedUnique(findings.map((f) => f.subject));
  const items = findings.reduce((n, f) => n + (f.details?.length ?? 0), 0);
  const shown = subjects.slice(0, 10).map((s) => escapeHtml(s)).join(", ");
  return `${subjects.length} subject(s): ${shown}${subjects.length > 10 ? ", \u2026" : ""}${items > 0 ? `; ${items} item(s) behind the results` : ""}`;
}
function resultCounts(findings) {
  if (findings.length === 0) return '<span class="note">no findings</span>';
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${badge(s)} ${n}`).join(" ");
}
function groupBy(items, key) {
  const map = /* @__PURE__ */ new Map();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}
function sortedUnique(values) {
  return [...new Set(values)].sort();
}
function base64Sha256(text) {
  return createHash4("sha256").update(text, "utf8").digest("base64");
}

// src/report/auditor-files.ts
async function writeAuditorFiles(writer, manifest, result) {
  const files = writer.written;
  const evidence = [];
  for (const file of files) {
    if (!file.path.startsWith("evidence/") || !file.path.endsWith(".json")) continue;
    evidence.push(
      JSON.parse(await readFile4(join7(writer.workDir, ...file.path.split("/")), "utf8"))
    );
  }
  const checks = result.checks.map((check) => check.metadata);
  const common = {
    tool: manifest.tool,
    scope: manifest.scope,
    run: manifest.run,
    period: manifest.period,
    startedAt: manifest.startedAt,
    finishedAt: manifest.finishedAt,
    findings: result.findings,
    controls: result.controls,
    files,
    checks
  };
  await writer.writeJson(OSCAL_ASSESSMENT_RESULTS_FILE, buildAssessmentResults(common));
  await writer.writeText(
    REPORT_FILE,
    renderReportHtml({ ...common, mode: manifest.mode, config: manifest.config, evidence })
  );
}

// src/sources/registry.ts
var SOURCES = [
  {
    id: "github",
    mode: "nightly",
    title: "GitHub",
    sharded: true,
    enabled: () => true,
    load: () => import("./source-V2PAP7JP.js")
  },
  {
    id: "models",
    mode: "nightly",
    title: "models",
    enabled: (settings) => modelSourcesConfigured(settings.config),
    load: () => import("./source-LJ3ILWRZ.js")
  },
  // Opt-in: an S3 destination's credentials alone must not turn into a request for every IAM read permission.
  {
    id: "aws",
    mode: "nightly",
    title: "AWS",
    enabled: (settings) => settings.config.aws.enabled,
    load: () => import("./source-Z5OL4LVN.js")
  },
  // The change a pull request makes, through the client that read its base branch's config.
  {
    id: "github",
    mode: "pull-request",
    title: (settings) => `pull request #${settings.pullRequest?.ref.number}`,
    enabled: (settings) => settings.pullRequest !== void 0,
    load: () => import("./pull-request-source-KPPKD2J2.js")
  }
];
function sourcesFor(mode) {
  return SOURCES.filter((entry) => entry.mode === mode);
}

// src/pipeline.ts
var NO_REQUESTS = {
  http: 0,
  rest: 0,
  graphql: 0,
  notModified: 0,
  retried: 0,
  graphqlPoints: 0,
  rateLimitWaits: 0
};
async function runPipeline(options, mode) {
  const { log } = options;
  const startedAt = /* @__PURE__ */ new Date();
  const loaded = await mode.loadConfig();
  const controls = await loadControls(loaded, mode.checks);
  const run = await mode.open(loaded, controls);
  const evidence = new EvidenceIndex();
  const sink = indexingSink(evidence, run.writer);
  const settings = {
    config: loaded.config,
    scope: run.scope,
    period: run.period,
    run: options.run,
    now: options.now,
    token: options.token,
    ...options.githubApp ? { githubApp: options.githubApp } : {},
    apiUrl: options.apiUrl,
    graphqlUrl: options.graphqlUrl,
    rateLimitBudgetSeconds: options.rateLimitBudgetSeconds,
    retryBaseMs: options.retryBaseMs,
    workspace: options.workspace,
    env: options.env,
    cacheDir: run.cacheDir,
    evidence,
    ...options.shard ? { shard: options.shard } : {},
    ...run.sourceSettings
  };
  const sources = {};
  const sourceNotes = [];
  const sourceFailures = [];
  let subjects = 0;
  let requests;
  const shardSubjects = { subjects: [], population: [] };
  const inThisShard = (entry) => !options.shard || entry.sharded === true || options.shard.index === 1;
  for (const entry of sourcesFor(mode.id).filter((entry2) => entry2.enabled(settings) && inThisShard(entry2))) {
    const title = typeof entry.title === "function" ? entry.title(settings) : entry.title;
    const outcome = await log.group(
      `Collect: ${title}`,
      async () => (await entry.load()).source.collect(settings, sink, log)
    );
    sources[entry.id] = outcome.manifest;
    sourceNotes.push(...outcome.notes);
    sourceFailures.push(...outcome.failures);
    subjects += outcome.subjects ?? 0;
    requests ??= outcome.requests;
    shardSubjects.subjects.push(...outcome.shard?.subjects ?? []);
    shardSubjects.population.push(...outcome.shard?.population ?? []);
  }
  const shard = options.shard && {
    partial: true,
    ...options.shard,
    subjects: [...new Set(shardSubjects.subjects)].sort(),
    population: populationDigest(shardSubjects.population)
  };
  if (shard) sourceNotes.unshift(partialNotice(shard));
  const { mapping } = controls;
  const { findings, controls: report } = await log.group(
    "Evaluate",
    () => evaluateRun(mode.checks, {
      evidence,
      loaded,
      period: run.period,
      mapping,
      catalogs: controls.catalogs,
      rollUpInputs: run.rollUpInputs,
      log
    })
  );
  const failedControls = failingControls(report, options.failOn);
  return log.group("Bundle", async () => {
    await writeEvaluation(run.writer, mode.checks, { findings, controls: report, mapping, loaded });
    const manifest = {
      schemaVersion: MANIFEST_SCHEMA_VERSION,
      mode: mode.id,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      scope: run.scopeName,
      run: options.run,
      period: run.period,
      startedAt: startedAt.toISOString(),
      finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
      config: { path: loaded.source ?? null, sha256: loaded.sha256 },
      sources,
      requests: { ...requests ?? NO_REQUESTS },
      summary: {
        subjects,
        findings: countBy(findings.map((f) => f.status)),
        controls: Object.fromEntries(
          Object.entries(report.frameworks).map(([id, fw]) => [id, { ...fw.counts }])
        )
      },
      ...shard ? { shard } : {}
    };
    return run.finish({
      loaded,
      controls: report,
      mapping,
      findings,
      manifest,
      sourceNotes,
      sourceFailures,
      subjects,
      requests: requests ?? NO_REQUESTS,
      failedControls,
      // A shard's control statuses are partial: only the merged bundle's fail the run on failing controls.
      failed: options.failOn !== "none" && (failedControls.length > 0 && !shard || sourceFailures.length > 0),
      ...shard ? { shard } : {}
    });
  });
}
function evaluateRun(checks, input) {
  const { evidence, loaded, period, mapping } = input;
  const findings = evaluateChecks(checks, { evidence, config: loaded.config, period }, mapping);
  const controls = rollUpControls(
    findings,
    input.catalogs,
    mapping,
    loaded.config.controls,
    input.rollUpInputs
  );
  input.log.info(
    `${findings.length} findings from ${checks.length - loaded.config.checks.skip.length} checks`
  );
  return { findings, controls };
}
async function loadControls(loaded, checks) {
  const source = loaded.source ?? "(default config)";
  try {
    const catalogs = await loadCatalogs();
    const base = await loadCheckMapping(
      ALL_CHECKS.map((check) => check.metadata.id),
      catalogs
    );
    const mapping = applyMappingOverrides(base, loaded.config.mappings, catalogs, source);
    checkApplicabilityIds(loaded.config.controls, catalogs, source);
    const unknownSkips = loaded.config.checks.skip.filter(
      (id) => !ALL_CHECKS.some((c) => c.metadata.id === id)
    );
    if (unknownSkips.length > 0) {
      throw new InputError(
        `${source}: checks.skip: unknown check id ${unknownSkips.map((id) => `"${id}"`).join(", ")}`
      );
    }
    const running = new Set(
      checks.map((check) => check.metadata.id).filter((id) => !loaded.config.checks.skip.includes(id))
    );
    return {
      catalogs,
      mapping: new Map([...mapping].filter(([id]) => running.has(id))),
      shipped: base,
      overridden: mapping
    };
  } catch (error) {
    if (error instanceof MappingError) throw new InputError(error.message);
    throw error;
  }
}
async function writeEvaluation(writer, checks, result) {
  const { findings, controls, mapping, loaded } = result;
  await writer.writeJson(BUNDLE_FILES.findings, findings);
  await writer.writeJson(BUNDLE_FILES.controls, controls);
  await writer.writeJson(BUNDLE_FILES.mapping, Object.fromEntries(mapping));
  await writer.writeJson(
    BUNDLE_FILES.checks,
    checks.map((check) => ({ ...check.metadata, controls: mapping.get(check.metadata.id) ?? {} }))
  );
  await writer.writeJson(BUNDLE_FILES.config, {
    path: loaded.source ?? null,
    sha256: loaded.sha256,
    effective: loaded.config
  });
}
function failingControls(controls, failOn) {
  return Object.entries(controls.frameworks).flatMap(
    ([framework, report]) => report.controls.filter((c) => c.status === "failing" || failOn === "error" && c.status === "error").map((c) => `${framework}:${c.id}`)
  );
}
function countBy(values) {
  const counts = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

// src/shard-bundle.ts
import { join as join8 } from "node:path";
function checkShardDestination(shard, destination, label) {
  if (shard && destination.kind !== "local") {
    throw new InputError(
      `${label}: a shard writes a partial bundle to a directory (upload it with actions/upload-artifact; the merge job publishes), got an s3:// destination with shard ${shard.index}/${shard.count}; set destination to a directory`
    );
  }
}
async function sealPartialBundle(writer, manifest, options) {
  const { signingKey, bundleKey } = options;
  const sealed = writer.seal(
    {
      ...manifest,
      bundleKey,
      previous: null,
      ...signingKey ? { signature: { algorithm: "ed25519", keyFingerprint: signingKey.fingerprint } } : {}
    },
    signingKey ? { file: SIGNATURE_FILE, sign: (bytes) => signManifest(bytes, signingKey) } : void 0
  );
  const dir = await writer.commit(sealed, join8(options.destination.localRoot, ...bundleKey.split("/")));
  const archivePath = `${dir}${ARCHIVE_SUFFIX}`;
  await writeBundleArchive(dir, archivePath, { mtime: new Date(manifest.finishedAt) });
  return { bundleKey, dir, archivePath, manifestSha256: sealed.manifestSha256, previous: null };
}

// src/run.ts
async function runEvidence(options) {
  return runPipeline(options, nightlyMode(options));
}
function nightlyMode(options) {
  const { log } = options;
  return {
    id: "nightly",
    checks: CHECKS,
    loadConfig: () => loadConfig(options.configPath, { explicit: options.configExplicit }),
    async open(loaded, { catalogs, shipped, overridden }) {
      const soaBase = await loadSoaBase(loaded, catalogs);
      const { scope, period } = mergeConfig(options, loaded);
      const scopeName = scopeLabel(scope);
      checkShardDestination(options.shard, options.destination, "destination");
      const signingKey = options.signingKey !== void 0 ? parseSigningKey(options.signingKey) : void 0;
      const destination = await openDestination(
        options.destination,
        options.spoolDir,
        options.s3,
        () => options.now
      );
      const earlier = await log.group("Publish: bundles waiting in the spool", async () => {
        try {
          await sealDrafts(destination, {
            signingKey,
            keyFor: (scope2, at, run) => bundleKeyFor(scope2, at, run),
            log: log.info
          });
          const keys = await publishPending(destination, log.info);
          return { keys, error: void 0 };
        } catch (error) {
          if (error instanceof InputError && !(error instanceof S3UnreachableError)) throw error;
          log.warning(
            `Earlier bundles are still waiting in ${destination.localRoot}: ${error.message}`
          );
          return { keys: [], error };
        }
      });
      log.info(await describeHead(destination, scopeName));
      const provisionalKey = bundleKeyFor(scopeName, options.now, options.run);
      const bundleDir = join9(destination.localRoot, ...provisionalKey.split("/"));
      await mkdir5(resolve2(bundleDir, ".."), { recursive: true });
      const writer = new BundleWriter(bundleDir);
      const manualEvidence = await collectManualEvidence(
        loaded.config,
        {
          workspace: options.workspace,
          source: loaded.source ?? "(default config)",
          catalogs,
          requirements: soaBase.requirements
        },
        writer
      );
      const soaInputs = {
        ...soaBase,
        manualEvidence,
        ...describeConfigDecisions(
          loaded,
          shipped,
          overridden,
          CHECKS.map((check) => check.metadata.id)
        )
      };
      return {
        scope,
        scopeName,
        period,
        writer,
        cacheDir: join9(destination.localRoot, ".cache"),
        // This scope's earlier bundles in the period, read back through the destination (settings sampling).
        sourceSettings: {
          bundleHistory: (checks) => loadBundleSamples(destination.store, scopeName, period, checks),
          previousBundle: async () => openPreviousBundle(destination.store, await headOf(destination).peek(scopeName), signingKey),
          // GitHub's ETags, kept in the store beside the bundles so a fresh hosted runner has them too.
          state: new StoreState(
            destination.store,
            scopeName,
            join9(destination.localRoot, ".cache"),
            provisionalKey.slice(provisionalKey.lastIndexOf("/") + 1)
          )
        },
        rollUpInputs: { ...soaInputs, periodEnd: period.end },
        async finish(evaluated) {
          const { findings, controls, manifest, shard } = evaluated;
          await writer.writeJson(SOA_INPUTS_FILE, soaInputs);
          await writer.writeText(BUNDLE_FILES.soaCsv, renderSoaCsv(controls));
          await writer.writeText(
            BUNDLE_FILES.soaMarkdown,
            (shard ? `> **${partialNotice(shard)}**

` : "") + renderSoaMarkdown(
              controls,
              soaMetaOf(loaded, {
                scope: scopeName,
                period,
                tool: { name: TOOL_NAME, version: TOOL_VERSION }
              })
            )
          );
          const draft = { ...manifest, finishedAt: (/* @__PURE__ */ new Date()).toISOString() };
          await writeAuditorFiles(writer, draft, { findings, controls, checks: CHECKS });
          const sealed = shard ? await sealPartialBundle(writer, draft, {
            destination,
            signingKey,
            bundleKey: partialBundleKey(scopeName, provisionalKey, shard)
          }) : await sealOrKeep(writer, draft, {
            destination,
            signingKey,
            keyFor: (at) => bundleKeyFor(scopeName, at, options.run),
            log: log.info
          });
          const { bundleKey, dir, manifestSha256, archivePath } = "kept" in sealed ? { bundleKey: provisionalKey, dir: sealed.kept, manifestSha256: "", archivePath: "" } : sealed;
          if (!("kept" in sealed))
            log.info(
              `Bundle written to ${dir} (manifest sha256 ${manifestSha256}${signingKey ? `, signed by ${signingKey.fingerprint}` : ""})`
            );
          const publishError = "kept" in sealed ? new PublishError(
            `The bundle could not take its place in the chain at ${destination.store.location}: ${sealed.error.message}. Nothing is lost: its evidence is kept in ${sealed.kept} (spooled, not sealed yet); the next run with the same spool directory seals it, linked to the chain, and publishes it.`,
            sealed.kept,
            sealed.error instanceof InputError
          ) : destination.remote ? await publishNewBundle(destination, bundleKey, dir, earlier.error, log) : void 0;
          return {
            bundleDir: dir,
            bundleKey,
            bundleUri: destination.store.uri(bundleKey),
            archivePath,
            // A local destination is the store itself: written is published.
            published: !publishError,
            publishError,
            sourceNotes: evaluated.sourceNotes,
            sourceFailures: evaluated.sourceFailures,
            manifestSha256,
            findings,
            controls,
            period,
            scope: scopeName,
            subjects: evaluated.subjects,
            requests: evaluated.requests,
            failedControls: evaluated.failedControls,
            failed: evaluated.failed,
            ...shard ? { shard } : {}
          };
        }
      };
    }
  };
}
function scopeLabel(scope) {
  const owners = [...new Set(scope.map((entry) => entry.split("/")[0].toLowerCase()))].sort();
  if (scope.length === 1 && !scope[0].endsWith("/*")) return scope[0].toLowerCase().replace("/", "--");
  return owners.join("+");
}
function bundleKeyFor(scope, now, run) {
  const iso = now.toISOString();
  const stamp = iso.replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
  const runId = `${run.id}${run.attempt && run.attempt !== "1" ? `.${run.attempt}` : ""}`.replace(
    /[^A-Za-z0-9._-]/g,
    "_"
  );
  return [scope, iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10), `${stamp}-${runId}`].join("/");
}
async function describeHead(destination, scope) {
  try {
    const head = await headOf(destination).peek(scope);
    return head ? `Chain: head of ${scope} is ${head.key} (manifest sha256 ${head.manifestSha256})` : `Chain: first bundle of scope ${scope}`;
  } catch (error) {
    if (error instanceof InputError && !(error instanceof S3UnreachableError)) throw error;
    return `Chain: the head of ${scope} cannot be read now (${error.message}); collecting anyway, and reading it again before sealing`;
  }
}
async function publishNewBundle(destination, bundleKey, dir, earlierError, log) {
  if (earlierError) {
    return new PublishError(
      `Not uploaded: earlier bundles could not be published (${earlierError.message}), and bundles are published in order. This run's bundle is kept in ${dir}; the next run publishes it.`,
      dir
    );
  }
  try {
    const { objects, bytes } = await publish(destination, bundleKey, log.info);
    log.info(`Published ${objects} objects (${bytes} bytes) to ${destination.store.uri(bundleKey)}`);
    return void 0;
  } catch (error) {
    return new PublishError(
      `The bundle could not be published to ${destination.store.uri(bundleKey)}: ${error.message}. Nothing is lost: it is kept in ${dir} (spooled; the next run with the same spool directory publishes it first).`,
      dir,
      error instanceof InputError
    );
  }
}
var PublishError = class extends Error {
  constructor(message, bundleDir, badInput = false) {
    super(message);
    this.bundleDir = bundleDir;
    this.badInput = badInput;
  }
  bundleDir;
  badInput;
  name = "PublishError";
};

export {
  BundleWriter,
  REPORT_FILE,
  writeAuditorFiles,
  headOf,
  sealOrKeep,
  sealDrafts,
  openDestination,
  publishPending,
  runPipeline,
  evaluateRun,
  loadControls,
  writeEvaluation,
  failingControls,
  runEvidence,
  scopeLabel,
  bundleKeyFor,
  publishNewBundle,
  PublishError
};
//# sourceMappingURL=chunk-5SYDKKOW.js.map
