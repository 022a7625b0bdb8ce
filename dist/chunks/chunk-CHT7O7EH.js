import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  LocalStore
} from "./chunk-ASDM2U35.js";
import {
  ARCHIVE_SUFFIX
} from "./chunk-HRAGQTEZ.js";
import {
  require_tar_stream
} from "./chunk-SN3WCEFD.js";
import {
  DirectoryBundle,
  StoredBundle,
  unsafePath,
  verifyBundle,
  verifyBundleFiles
} from "./chunk-FXEEQTUV.js";
import {
  sha256Hex
} from "./chunk-TBGHA4LN.js";
import {
  CHECKSUMS_FILE
} from "./chunk-WRWBU6I6.js";
import {
  MANIFEST_FILE,
  SIGNATURE_FILE,
  manifestSchema
} from "./chunk-C2D4KXTZ.js";
import {
  __toESM
} from "./chunk-E4WBWSDB.js";

// src/bundle/archive-check.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createHash } from "node:crypto";
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
      const hash = createHash("sha256");
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
  const listed = await files.list();
  if (listed.includes(SIGNATURE_FILE)) expected.set(SIGNATURE_FILE, await files.sha256(SIGNATURE_FILE));
  if (listed.includes(CHECKSUMS_FILE)) expected.set(CHECKSUMS_FILE, await files.sha256(CHECKSUMS_FILE));
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
  if (bundle.manifest?.shard)
    problems.push(
      `a partial bundle (shard ${bundle.manifest.shard.index}/${bundle.manifest.shard.count}) among the scope's bundles: partial bundles are never part of a chain (merge the shards of its run)`
    );
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

export {
  isScopeFolder,
  verifyStore
};
//# sourceMappingURL=chunk-CHT7O7EH.js.map
