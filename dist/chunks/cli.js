import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isScopeFolder,
  verifyStore
} from "./chunk-RPRHRT5V.js";
import {
  DirectoryBundle,
  StoredBundle,
  describeNotRederived
} from "./chunk-KIYATOJT.js";
import {
  LocalStore
} from "./chunk-ASDM2U35.js";
import {
  TOOL_NAME,
  TOOL_VERSION,
  sha256Hex
} from "./chunk-RV674T5I.js";
import {
  plainText
} from "./chunk-JHX3YBHI.js";
import {
  CONTROL_STATUSES
} from "./chunk-CML2CITM.js";
import {
  S3Store
} from "./chunk-XN3U2GVH.js";
import "./chunk-E2PLYZ6Q.js";
import "./chunk-URF5C5ED.js";
import "./chunk-QSX3ASIM.js";
import {
  KEY_FILE_MAX_BYTES,
  cadenceValue,
  cliSource,
  instantValue,
  nightlyRunOptions,
  parseValue,
  pathValue,
  readCliSigningKey,
  readRunInputs,
  readS3Settings
} from "./chunk-TAASIXSW.js";
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
import "./chunk-ZTLJ4KXL.js";
import "./chunk-4TLHRKGK.js";
import {
  FRAMEWORKS,
  loadCatalogs
} from "./chunk-GSMELDXM.js";
import "./chunk-UNW4KLDT.js";
import "./chunk-Q6N5DWGS.js";
import "./chunk-ZEJUPZEW.js";
import "./chunk-RHUBQFO2.js";
import "./chunk-NNI55PZK.js";
import "./chunk-5OAN6P4X.js";
import {
  scalarText
} from "./chunk-VO3D4YAX.js";
import "./chunk-P4CAYHBQ.js";
import "./chunk-XNA7BK4I.js";
import "./chunk-SN3WCEFD.js";
import {
  renderChecksums
} from "./chunk-IZ7PHHYA.js";
import {
  BUNDLE_FILES,
  MANIFEST_FILE,
  generateSigningKeyPair,
  manifestSchema,
  parsePublicKey
} from "./chunk-6MW5J76Q.js";
import "./chunk-U734E4WK.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";
import "./chunk-J5ODFOT3.js";
import "./chunk-AZM7JLX4.js";
import "./chunk-E4WBWSDB.js";

// src/cli.ts
import { mkdir as mkdir2, mkdtemp, rm, stat as stat2, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename as basename2, dirname as dirname3, join as join2, resolve as resolve2 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

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
function truncate(text2, max) {
  return text2.length <= max ? text2 : `${text2.slice(0, max - 1)}\u2026`;
}

// src/export/command.ts
import { randomInt } from "node:crypto";
import { stat } from "node:fs/promises";
import { basename, dirname as dirname2, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/export/export.ts
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/export/csv.ts
function renderCsv(header, rows) {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
function csvCell(value) {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// src/export/filter.ts
function findingFilter(framework, control) {
  const controlsOf = (finding) => Object.entries(finding.controls ?? {}).filter(([id]) => !framework || id === framework).flatMap(
    ([id, controls]) => (Array.isArray(controls) ? controls : []).filter((c) => !control || c === control).map((c) => [id, c])
  );
  return {
    ...framework ? { framework } : {},
    ...control ? { control } : {},
    controlsOf,
    matches: (finding) => !framework && !control || controlsOf(finding).length > 0
  };
}

// src/export/html.ts
function html(value) {
  return plainText(value).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
  );
}
var table = (header, rows) => `<table><thead><tr>${header.map((h) => `<th>${html(h)}</th>`).join("")}</tr></thead><tbody>
${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("\n")}
</tbody></table>`;
function renderIndexHtml(page) {
  const v = page.verification;
  const verdict = v.ok ? `<p class="ok">VERIFIED: ${v.bundles.length} bundle(s) intact, chained, and without gaps.</p>` : `<p class="bad">VERIFICATION FAILED: ${v.bundles.filter((b) => b.status !== "ok").length} of ${v.bundles.length} bundle(s) with problems, ${v.problems.length} chain or coverage problem(s). Bundles that failed are not in the populations or samples.</p>`;
  const bundleRows = v.bundles.map((b) => [
    html(b.status.toUpperCase()),
    `<code>${html(b.key)}</code>`,
    html(b.period ? `${b.period.start} \u2192 ${b.period.end}` : "-"),
    html(b.signature ?? "-"),
    html(b.findings === void 0 ? "-" : String(b.findings)),
    b.problems.map((p) => html(p)).join("<br>")
  ]);
  const populationRows = page.populations.map((p) => [
    `<code>${html(p.population.check)}</code><br>${html(p.population.title)}`,
    html(p.population.item),
    html(p.population.frequency),
    html(String(p.population.items.length)),
    html(String(p.sample.length)),
    html(String(p.population.items.filter((i) => i.status !== "pass").length)),
    `<a href="${html(p.populationFile)}">${html(p.populationFile)}</a><br><a href="${html(p.sampleFile)}">${html(p.sampleFile)}</a>`
  ]);
  const indexRows = page.index.map((r) => [
    html(`${r.framework} ${r.control}`),
    `<code>${html(r.bundleKey)}</code>`,
    `<code>${html(r.check)}</code>`,
    html(r.subject),
    html(r.status),
    `<code>${html(r.evidencePath)}</code>`,
    `<code>${html(r.sha256)}</code>`
  ]);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${html(page.title)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#111}
table{border-collapse:collapse;margin:0.5em 0 1.5em;width:100%}
th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#eee}
code{font-size:12px;word-break:break-all}
.ok{color:#064;font-weight:bold}.bad{color:#a00;font-weight:bold}
@media print{a{color:inherit;text-decoration:none}}
</style>
</head>
<body>
<h1>${html(page.title)}</h1>
${table(
    ["", ""],
    page.facts.map(([k, value]) => [html(k), html(value)])
  )}
<h2>Verification</h2>
${verdict}
${table(["status", "bundle", "evidence period", "signature", "findings", "problems"], bundleRows)}
${v.problems.length ? `<ul>${v.problems.map((p) => `<li>${html(p)}</li>`).join("")}</ul>` : ""}
<p>Full result: <a href="verification.json">verification.json</a>.</p>
<h2>Populations and samples</h2>
<p>Method and seed: <a href="sampling.json">sampling.json</a>. CSV cells that a spreadsheet would run as a formula start with <code>'</code>.</p>
${table(["check", "one item is", "frequency", "population", "sample", "not pass", "files"], populationRows)}
<h2>OSCAL</h2>
<p>${html(page.oscal)}</p>
<h2>Index: control \u2192 bundle \u2192 evidence file \u2192 SHA-256</h2>
<p>Also as <a href="index.csv">index.csv</a>. Each evidence file is in its bundle, at <code>&lt;bundle&gt;/&lt;evidence file&gt;</code>, sealed by the bundle's manifest.</p>
${table(["control", "bundle", "check", "subject", "finding", "evidence file", "sha256"], indexRows)}
</body>
</html>
`;
}

// src/export/read-bundles.ts
var MAX_EXPORT_FILE_BYTES = 64 * 1024 * 1024;
var ChangedSinceVerifyError = class extends Error {
  name = "ChangedSinceVerifyError";
};
async function readVerifiedBundles(store, rows) {
  const bundles = [];
  for (const row of [...rows].sort((a, b) => byText(a.key, b.key))) {
    if (row.status !== "ok") continue;
    bundles.push(await readBundle(store, row));
  }
  return bundles;
}
async function readBundle(store, row) {
  const files = await filesOf(store, row.key);
  const manifestBytes = await files.read(MANIFEST_FILE);
  if (!manifestBytes)
    throw new ChangedSinceVerifyError(`${row.key}: ${MANIFEST_FILE} disappeared after verify`);
  const manifest = manifestSchema.parse(JSON.parse(manifestBytes.toString("utf8")));
  const sha256 = new Map(manifest.files.map((file) => [file.path, file.sha256]));
  const sizes = new Map(manifest.files.map((file) => [file.path, file.size]));
  const readChecked = async (path) => {
    const expected = sha256.get(path);
    if (!expected || (sizes.get(path) ?? Infinity) > MAX_EXPORT_FILE_BYTES) return void 0;
    const bytes = await files.read(path);
    if (!bytes || sha256Hex(bytes) !== expected)
      throw new ChangedSinceVerifyError(
        `${row.key}/${path}: changed or removed after verify checked it; export again`
      );
    try {
      return JSON.parse(bytes.toString("utf8"));
    } catch {
      return void 0;
    }
  };
  const findings = await readChecked(BUNDLE_FILES.findings);
  const checks = await readChecked(BUNDLE_FILES.checks);
  return {
    key: row.key,
    scope: row.scope,
    keyTime: row.keyTime,
    manifest,
    manifestSha256: sha256Hex(manifestBytes),
    sha256,
    findings: Array.isArray(findings) ? findings : [],
    checks: checkInfos(checks),
    record: async (path) => {
      const record = await readChecked(path);
      return record && typeof record === "object" ? record : void 0;
    }
  };
}
function checkInfos(value) {
  const infos = /* @__PURE__ */ new Map();
  if (!Array.isArray(value)) return infos;
  for (const entry of value) {
    if (!entry || typeof entry.id !== "string") continue;
    infos.set(entry.id, {
      id: entry.id,
      title: typeof entry.title === "string" ? entry.title : "",
      evidenceKinds: Array.isArray(entry.evidenceKinds) ? entry.evidenceKinds.filter((kind) => typeof kind === "string") : []
    });
  }
  return infos;
}
async function filesOf(store, key) {
  if (store instanceof LocalStore) return new DirectoryBundle(store.uri(key));
  const objects = [];
  for await (const object of store.list(`${key}/`)) objects.push(object.key.slice(key.length + 1));
  return new StoredBundle(store, key, objects);
}
function byText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/export/index-rows.ts
var INDEX_COLUMNS = [
  "framework",
  "control",
  "bundle",
  "check",
  "subject",
  "finding status",
  "evidence file",
  "sha256"
];
function buildIndex(bundles, filter) {
  const rows = [];
  for (const bundle of bundles) {
    for (const finding of bundle.findings) {
      for (const [framework, control] of filter.controlsOf(finding)) {
        for (const path of finding.evidence) {
          rows.push({
            framework,
            control,
            bundleKey: bundle.key,
            check: finding.check,
            subject: finding.subject,
            status: finding.status,
            evidencePath: path,
            sha256: bundle.sha256.get(path) ?? ""
          });
        }
      }
    }
  }
  const key = (row) => [
    row.framework,
    row.control,
    row.bundleKey,
    row.check,
    row.subject,
    row.evidencePath
  ];
  const seen = /* @__PURE__ */ new Set();
  return rows.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) {
      const order = compareControl(x[i], y[i], i === 1);
      if (order !== 0) return order;
    }
    return 0;
  }).filter((row) => {
    const id = key(row).join("\0");
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
function compareControl(a, b, numeric) {
  if (!numeric) return byText(a, b);
  const parts = (id) => id.split(/(\d+)/).map((part) => /^\d+$/.test(part) ? Number(part) : part);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const [p, q] = [x[i], y[i]];
    if (p === q) continue;
    if (p === void 0) return -1;
    if (q === void 0) return 1;
    if (typeof p === "number" && typeof q === "number") return p - q;
    return byText(String(p), String(q));
  }
  return 0;
}

// src/export/oscal.ts
var OSCAL_FILE = "oscal/assessment-results.json";
function exportOscal(input) {
  void input;
  return void 0;
}

// src/export/sample.ts
import { createHash } from "node:crypto";
var FREQUENCIES = [
  "per-change",
  "multiple-daily",
  "daily",
  "weekly",
  "monthly",
  "quarterly",
  "annual"
];
var DEFAULT_SAMPLE_SIZES = {
  "per-change": 25,
  "multiple-daily": 25,
  daily: 25,
  weekly: 5,
  monthly: 2,
  quarterly: 2,
  annual: 1
};
var MAX_SAMPLE_SIZE = 1e4;
var MAX_SEED = Number.MAX_SAFE_INTEGER;
function parseSampleSizes(raw, flag = "--sample-sizes") {
  const sizes = { ...DEFAULT_SAMPLE_SIZES };
  if (raw === void 0) return sizes;
  const expected = `expected frequency=size pairs separated by commas (frequencies: ${FREQUENCIES.join(", ")}; sizes 1 to ${MAX_SAMPLE_SIZE}), e.g. daily=25,weekly=5`;
  if (raw.trim() === "") throw new InputError(`${flag}: ${expected}, got nothing`);
  for (const pair of raw.split(",")) {
    const match = /^\s*([a-z-]+)\s*=\s*(\d{1,6})\s*$/.exec(pair);
    const frequency = match?.[1];
    const size = Number(match?.[2]);
    if (!match || !FREQUENCIES.includes(frequency) || size < 1 || size > MAX_SAMPLE_SIZE)
      throw new InputError(`${flag}: ${expected}, got ${JSON.stringify(pair)}`);
    sizes[frequency] = size;
  }
  return sizes;
}
function parseSeed(raw, flag = "--seed") {
  const value = /^\d{1,16}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value > MAX_SEED)
    throw new InputError(`${flag}: expected a whole number from 0 to ${MAX_SEED}, got ${JSON.stringify(raw)}`);
  return value;
}
function observationFrequency(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((time, i) => time - sorted[i]);
  if (gaps.length === 0) return "daily";
  gaps.sort((a, b) => a - b);
  const day = 864e5;
  const median = gaps[Math.floor(gaps.length / 2)];
  if (median < day / 2) return "multiple-daily";
  if (median <= 1.5 * day) return "daily";
  if (median <= 10 * day) return "weekly";
  if (median <= 45 * day) return "monthly";
  if (median <= 120 * day) return "quarterly";
  return "annual";
}
var SAMPLE_METHOD = `Seeded selection without replacement: each item of a population is ranked by the SHA-256 (hex, ascending) of the UTF-8 text "<seed>:<population>:<item id>", and the first n are taken, where n is the sample size for the population's frequency (all items when there are fewer). The ranking depends only on the seed and the item ids, not on the order of the population or the tool, so anyone can recompute it: printf '%s' "<seed>:<population>:<item id>" | sha256sum.`;
function selectSample(ids, n, seed, population) {
  return ids.map((id) => ({ id, rank: createHash("sha256").update(`${seed}:${population}:${id}`).digest("hex") })).sort((a, b) => a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0).slice(0, Math.min(n, ids.length)).map((item) => item.id);
}

// src/export/population.ts
var text = (value) => typeof value === "string" ? value : value == null ? "" : scalarText(value);
var login = (actor) => text(actor?.login);
var repositoryOf = (subject) => subject.replace(/^github:/, "").replace(/@.*$/, "");
var list = (value) => Array.isArray(value) ? value.filter((v) => !!v && typeof v === "object") : [];
var EXTRACTORS = {
  "github.pull-requests": {
    item: "a pull request merged in the period",
    columns: ["repository", "number", "title", "author", "merged by", "base branch", "merged commit", "url"],
    items: (record) => {
      const repository = repositoryOf(record.subject);
      return list(record.data?.pullRequests).map((pr) => ({
        id: `${repository}#${text(pr.number)}`,
        time: text(pr.mergedAt),
        fields: [
          repository,
          text(pr.number),
          text(pr.title),
          login(pr.author),
          login(pr.mergedBy),
          text(pr.baseRefName),
          text(pr.headRefOid),
          text(pr.url)
        ]
      }));
    },
    detailId: (repository, detail) => detail.number === void 0 ? void 0 : `${repository}#${text(detail.number)}`
  },
  "github.default-branch-commits": {
    item: "a commit that reached the default branch in the period",
    columns: ["repository", "branch", "commit", "headline", "author", "committer"],
    items: (record) => {
      const repository = repositoryOf(record.subject);
      const data = record.data;
      return list(data?.commits).map((commit) => ({
        id: `${repository}@${text(commit.oid)}`,
        time: text(commit.committedDate),
        fields: [
          repository,
          text(data?.branch),
          text(commit.oid),
          text(commit.messageHeadline),
          login(commit.author?.user) || text(commit.author?.name),
          login(commit.committer?.user) || text(commit.committer?.name)
        ]
      }));
    },
    detailId: (repository, detail) => detail.oid === void 0 ? void 0 : `${repository}@${text(detail.oid)}`
  },
  "github.dependabot-alerts": {
    item: "an open Dependabot alert",
    columns: ["repository", "alert", "severity", "package", "advisory", "manifest"],
    items: (record) => {
      const repository = repositoryOf(record.subject);
      return list(record.data?.openAlerts).map((alert) => {
        const vulnerability = alert.securityVulnerability;
        const advisory = alert.securityAdvisory;
        return {
          id: `${repository}#alert-${text(alert.number)}`,
          time: text(alert.createdAt),
          fields: [
            repository,
            text(alert.number),
            text(vulnerability?.severity),
            text(vulnerability?.package?.name),
            text(advisory?.ghsaId),
            text(alert.vulnerableManifestPath)
          ]
        };
      });
    },
    detailId: (repository, detail) => detail.number === void 0 ? void 0 : `${repository}#alert-${text(detail.number)}`
  }
};
async function buildPopulations(bundles, period, filter) {
  const byCheck = /* @__PURE__ */ new Map();
  for (const bundle of bundles) {
    for (const finding of bundle.findings) {
      if (!filter.matches(finding)) continue;
      const entry = byCheck.get(finding.check) ?? {
        title: bundle.checks.get(finding.check)?.title ?? "",
        uses: []
      };
      entry.uses.push({ bundle, finding });
      byCheck.set(finding.check, entry);
    }
  }
  const populations = [];
  for (const check of [...byCheck.keys()].sort(byText)) {
    const { title, uses } = byCheck.get(check);
    const kinds = uses[0].bundle.checks.get(check)?.evidenceKinds ?? [];
    const kind = kinds.find((k) => EXTRACTORS[k]);
    populations.push(
      kind ? await changePopulation(check, title, kind, uses, period) : observationPopulation(check, title, uses)
    );
  }
  return populations;
}
async function changePopulation(check, title, kind, uses, period) {
  const extractor = EXTRACTORS[kind];
  const items = /* @__PURE__ */ new Map();
  const flagged = /* @__PURE__ */ new Set();
  for (const { bundle, finding } of uses) {
    const repository = repositoryOf(finding.subject);
    for (const detail of list(finding.details)) {
      const id = extractor.detailId(repository, detail);
      if (id) flagged.add(id);
    }
    for (const path of [...finding.evidence].sort(byText)) {
      const record = await bundle.record(path);
      if (!record || record.kind !== kind) continue;
      for (const item of extractor.items(record)) {
        const time = Date.parse(item.time);
        if (!Number.isNaN(time) && (time < period.from.getTime() || time > period.to.getTime())) continue;
        const known = items.get(item.id);
        if (known) {
          if (known.bundleKey !== bundle.key) known.recordedIn += 1;
          continue;
        }
        items.set(item.id, {
          id: item.id,
          time: item.time,
          status: finding.status,
          bundleKey: bundle.key,
          evidencePath: path,
          evidenceSha256: bundle.sha256.get(path) ?? "",
          recordedIn: 1,
          fields: item.fields
        });
      }
    }
  }
  for (const id of flagged) {
    const item = items.get(id);
    if (item) item.status = "exception";
  }
  return {
    check,
    title,
    kind: "change",
    item: extractor.item,
    frequency: "per-change",
    columns: extractor.columns,
    items: [...items.values()].sort((a, b) => byText(a.time, b.time) || byText(a.id, b.id))
  };
}
function observationPopulation(check, title, uses) {
  const items = /* @__PURE__ */ new Map();
  const timesByScope = /* @__PURE__ */ new Map();
  for (const { bundle, finding } of uses) {
    const id = `${finding.subject} @ ${bundle.key}`;
    const times = timesByScope.get(bundle.scope) ?? /* @__PURE__ */ new Set();
    times.add(Date.parse(bundle.keyTime));
    timesByScope.set(bundle.scope, times);
    if (items.has(id)) continue;
    const evidence = [...finding.evidence].sort(byText);
    items.set(id, {
      id,
      time: bundle.keyTime,
      status: finding.status,
      bundleKey: bundle.key,
      evidencePath: evidence.join(" "),
      evidenceSha256: evidence.map((path) => bundle.sha256.get(path) ?? "").join(" "),
      recordedIn: 1,
      fields: [finding.subject, finding.message]
    });
  }
  const order = ["multiple-daily", "daily", "weekly", "monthly", "quarterly", "annual"];
  const frequency = [...timesByScope.values()].map((times) => observationFrequency([...times])).sort(
    (a, b) => order.indexOf(a) - order.indexOf(b)
  )[0];
  return {
    check,
    title,
    kind: "observation",
    item: "one bundle's finding for one subject (the setting as observed that run)",
    frequency,
    columns: ["subject", "message"],
    items: [...items.values()].sort((a, b) => byText(a.time, b.time) || byText(a.id, b.id))
  };
}

// src/export/export.ts
var ITEM_COLUMNS = [
  "item",
  "time",
  "status",
  "bundle",
  "evidence file",
  "evidence sha256",
  "recorded in bundles"
];
async function exportPeriod(store, options) {
  await checkEmptyOutput(options.out);
  const verification = await verifyStore(store, options);
  const bundles = await readVerifiedBundles(store, verification.bundles);
  const filter = findingFilter(options.framework, options.control);
  const period = { from: options.from, to: options.to };
  const populations = await buildPopulations(bundles, period, filter);
  const names = fileNames(populations.map((p) => p.check));
  const sampled = populations.map((population) => {
    const size = options.sampleSizes[population.frequency];
    const chosen = selectSample(
      population.items.map((item) => item.id),
      size,
      options.seed,
      population.check
    );
    const byId = new Map(population.items.map((item) => [item.id, item]));
    const name = names.get(population.check);
    return {
      population,
      sample: chosen.map((id) => byId.get(id)),
      populationFile: `populations/${name}.csv`,
      sampleFile: `samples/${name}.csv`
    };
  });
  const index = buildIndex(bundles, filter);
  const oscal = exportOscal({
    period: { start: options.from.toISOString(), end: options.to.toISOString() },
    bundles: bundles.map((b) => ({
      key: b.key,
      manifestSha256: b.manifestSha256,
      findings: b.findings.filter((f) => filter.matches(f)),
      sha256: b.sha256
    }))
  });
  const files = /* @__PURE__ */ new Map();
  files.set("verification.json", `${JSON.stringify(verification, null, 2)}
`);
  files.set(
    "index.csv",
    renderCsv(
      INDEX_COLUMNS,
      index.map((r) => [
        r.framework,
        r.control,
        r.bundleKey,
        r.check,
        r.subject,
        r.status,
        r.evidencePath,
        r.sha256
      ])
    )
  );
  for (const { population, sample, populationFile, sampleFile } of sampled) {
    const header = [...ITEM_COLUMNS, ...population.columns];
    const row = (item) => [
      item.id,
      item.time,
      item.status,
      item.bundleKey,
      item.evidencePath,
      item.evidenceSha256,
      String(item.recordedIn),
      ...item.fields
    ];
    files.set(populationFile, renderCsv(header, population.items.map(row)));
    files.set(
      sampleFile,
      renderCsv(
        ["rank", ...header],
        sample.map((item, i) => [String(i + 1), ...row(item)])
      )
    );
  }
  files.set(
    "sampling.json",
    `${JSON.stringify(
      {
        seed: options.seed,
        seedSource: options.seedSource,
        method: SAMPLE_METHOD,
        sampleSizes: options.sampleSizes,
        populations: sampled.map(({ population, sample, populationFile, sampleFile }) => ({
          check: population.check,
          item: population.item,
          frequency: population.frequency,
          population: population.items.length,
          sampleSize: options.sampleSizes[population.frequency],
          sampled: sample.length,
          populationFile,
          sampleFile,
          populationSha256: sha256Hex(files.get(populationFile))
        }))
      },
      null,
      2
    )}
`
  );
  const oscalNote = oscal ? `The OSCAL assessment-results document of the period: ${OSCAL_FILE}.` : `No OSCAL document: this build has no OSCAL builder yet (issue 13 \xA76), so ${OSCAL_FILE} is not written.`;
  if (oscal) files.set(OSCAL_FILE, oscal);
  files.set(
    "index.html",
    renderIndexHtml({
      title: `Audit period export: ${options.from.toISOString()} \u2192 ${options.to.toISOString()}`,
      facts: [
        ["store", verification.location],
        ["scope", verification.scope ?? "every scope in the store"],
        ["period", `${options.from.toISOString()} \u2192 ${options.to.toISOString()}`],
        ["framework", options.framework ?? "all"],
        ["control", options.control ?? "all"],
        ["bundles verified", `${bundles.length} of ${verification.bundles.length}`],
        ["bundle manifests (SHA-256)", bundles.map((b) => `${b.key} ${b.manifestSha256}`).join("; ") || "-"],
        [
          "sample seed",
          `${options.seed} (${options.seedSource === "given" ? "given with --seed" : "drawn at random; pass --seed to repeat this sample"})`
        ],
        ["made by", `${TOOL_NAME} ${TOOL_VERSION}`],
        ["check the files", "sha256sum -c SHA256SUMS in this directory"]
      ],
      verification,
      populations: sampled,
      index,
      oscal: oscalNote
    })
  );
  files.set(
    "SHA256SUMS",
    renderChecksums([...files].map(([path, text2]) => ({ path, sha256: sha256Hex(text2) })))
  );
  for (const path of [...files.keys()].sort(byText)) {
    const target = join(options.out, ...path.split("/"));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, files.get(path), { flag: "wx" });
  }
  return { verification, files: [...files.keys()].sort(byText), populations: sampled };
}
async function checkEmptyOutput(out) {
  const entries = await readdir(out).catch((error) => {
    if (error.code === "ENOENT") return [];
    if (error.code === "ENOTDIR")
      throw new InputError(`--out: expected a new or empty directory, got ${out}, which is a file`);
    throw new InputError(
      `--out: expected a new or empty directory, got ${out}, which cannot be read (${error.code})`
    );
  });
  if (entries.length > 0)
    throw new InputError(
      `--out: expected a new or empty directory, got ${out}, which holds ${entries.length} entr${entries.length === 1 ? "y" : "ies"}; choose another`
    );
  await mkdir(out, { recursive: true });
}
function fileNames(checks) {
  const names = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  for (const check of [...checks].sort(byText)) {
    const base = check.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_").slice(0, 100) || "check";
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    names.set(check, name);
  }
  return names;
}

// src/export/command.ts
var EXPORT_USAGE = `  export <s3://bucket/prefix[/scope] | directory of bundles[/scope]> --from 2026-07-01 --to 2026-09-30
         --out DIR [--framework iso27001-2022] [--control A.8.32] [--seed N]
         [--sample-sizes daily=25,weekly=5,per-change=25] [--every 1d] [--public-key key.pub] [--require-signature]
      Verifies every bundle of the period (as verify does) and writes to DIR, which must be new or empty:
      index.html and index.csv (control \u2192 bundle \u2192 evidence file \u2192 SHA-256), each check's population over
      the period (populations/*.csv, de-duplicated across bundles), a seeded sample of each (samples/*.csv;
      seed, method and sizes in sampling.json), verification.json and SHA256SUMS. Same store, flags and
      --seed: the same bytes. Exit 0 written and verified, 1 written but verification failed, 2 bad input.`;
var TARGETS = "expected a directory of bundles or s3://bucket/prefix";
async function exportCommand(args, env, requireSignatureFromEnv2) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      from: { type: "string" },
      to: { type: "string" },
      out: { type: "string" },
      framework: { type: "string" },
      control: { type: "string" },
      seed: { type: "string" },
      "sample-sizes": { type: "string" },
      every: { type: "string" },
      "public-key": { type: "string", multiple: true },
      "require-signature": { type: "boolean", default: false },
      "aws-region": { type: "string" },
      "s3-endpoint": { type: "string" },
      "s3-force-path-style": { type: "string" }
    },
    allowPositionals: true,
    strict: true
  });
  if (positionals.length !== 1 || positionals[0] === "")
    throw new InputError(
      `export: ${TARGETS}, got ${positionals.length === 0 ? "none" : positionals.map((p) => JSON.stringify(p)).join(" ")}`
    );
  for (const name of ["from", "to", "out"])
    if (values[name] === void 0)
      throw new InputError(
        `--${name}: expected ${name === "out" ? "a directory to write the export in" : "a date such as 2026-07-01"}, got nothing (export needs --from, --to and --out)`
      );
  const from = parseValue(instantValue("start"), values.from, "--from");
  const to = parseValue(instantValue("end"), values.to, "--to");
  if (to < from)
    throw new InputError(
      `--to: expected a time after --from ${values.from}, got ${JSON.stringify(values.to)}, which is before it`
    );
  const framework = values.framework === void 0 ? void 0 : frameworkValue(values.framework);
  const control = values.control === void 0 ? void 0 : await controlValue(values.control, framework);
  const seed = values.seed === void 0 ? void 0 : parseSeed(values.seed);
  const sampleSizes = parseSampleSizes(values["sample-sizes"]);
  const every = values.every === void 0 ? void 0 : parseValue(cadenceValue, values.every, "--every");
  const out = resolve(parseValue(pathValue, values.out, "--out"));
  await checkWritableDirectory(dirname2(out), "--out");
  const trustedKeys = await Promise.all(
    (values["public-key"] ?? []).map(async (file) => {
      const text2 = await readInputFile(parseValue(pathValue, file, "--public-key"), "--public-key", {
        expected: "expected a file with an ed25519 public key",
        maxBytes: KEY_FILE_MAX_BYTES
      });
      return parsePublicKey(text2, `--public-key ${file}`);
    })
  );
  const { store, scope } = await openStore(positionals[0], cliSource(values), env);
  const result = await exportPeriod(store, {
    from,
    to,
    out,
    ...every ? { every } : {},
    ...scope ? { scope } : {},
    ...framework ? { framework } : {},
    ...control ? { control } : {},
    trustedKeys,
    requireSignature: values["require-signature"] || requireSignatureFromEnv2,
    // Without --seed the sample is still reproducible from the seed recorded in sampling.json.
    seed: seed ?? randomInt(0, Math.min(MAX_SEED, 2 ** 48 - 1)),
    seedSource: seed === void 0 ? "random" : "given",
    sampleSizes
  });
  const v = result.verification;
  console.log(
    `Export of ${v.location}${v.scope ? ` (scope ${v.scope})` : ""} from ${from.toISOString()} to ${to.toISOString()} written to ${out}`
  );
  for (const { population, sample } of result.populations)
    console.log(
      `  ${population.check}: ${population.items.length} item(s) (${population.frequency}), ${sample.length} sampled`
    );
  for (const row of v.bundles.filter((b) => b.status !== "ok"))
    console.log(`  ${row.status.toUpperCase()} ${row.key}: ${row.problems.join("; ")}`);
  for (const problem of v.problems) console.log(`  - ${problem}`);
  console.log(
    v.ok ? `VERDICT: OK: ${v.bundles.length} bundle(s) verified; see ${out}/index.html` : `VERDICT: FAILED: verification found problems (see ${out}/verification.json); bundles that failed are left out of the populations and samples`
  );
  return v.ok ? 0 : 1;
}
function frameworkValue(raw) {
  if (!FRAMEWORKS.includes(raw))
    throw new InputError(`--framework: expected one of ${FRAMEWORKS.join(", ")}, got ${JSON.stringify(raw)}`);
  return raw;
}
async function controlValue(raw, framework) {
  const catalogs = await loadCatalogs();
  const frameworks = framework ? [framework] : [...FRAMEWORKS];
  if (frameworks.some((f) => catalogs[f].controls.some((c) => c.id === raw))) return raw;
  throw new InputError(
    `--control: expected a control id of ${frameworks.join(" or ")} such as A.8.32, got ${JSON.stringify(raw)}, which is not one`
  );
}
async function openStore(target, source, env) {
  if (target.startsWith("s3://")) {
    parseS3Uri(target, "export");
    const settings = readS3Settings(source, env);
    const open = (uri) => new S3Store({
      uri,
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      maxAttempts: 3
    });
    const store2 = open(target);
    if (store2.prefix && await isScopeFolder(store2)) {
      const cut = target.replace(/\/+$/, "");
      return { store: open(cut.slice(0, cut.lastIndexOf("/"))), scope: cut.slice(cut.lastIndexOf("/") + 1) };
    }
    return { store: store2 };
  }
  for (const name of ["aws-region", "s3-endpoint", "s3-force-path-style"])
    if (source.get(name) !== void 0)
      throw new InputError(
        `--${name}: only used with an s3://bucket/prefix target, got ${target}; remove --${name}`
      );
  const path = await checkNotVirtual(target, "export", TARGETS);
  if (!await stat(path).then(
    (info) => info.isDirectory(),
    () => false
  ))
    throw new InputError(`export: ${TARGETS}, got ${JSON.stringify(target)}, which is not a directory`);
  const store = new LocalStore(path);
  if (await isScopeFolder(store)) return { store: new LocalStore(dirname2(path)), scope: basename(path) };
  return { store };
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
  const { values } = parseArgs2({
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
  const { runEvidence } = await import("./run-EKMOH3HL.js");
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
  const { values, positionals } = parseArgs2({
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
    { isScopeFolder: isScopeFolder2, verifyStore: verifyStore2 },
    { ARCHIVE_SUFFIX, ArchiveIntegrityError, extractBundleArchive }
  ] = await Promise.all([
    import("./verify-SNQCA66U.js"),
    import("./verify-period-35HAAGGL.js"),
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
      const text2 = await readInputFile(parseValue(pathValue, file, "--public-key"), "--public-key", {
        expected: "expected a file with an ed25519 public key",
        maxBytes: KEY_FILE_MAX_BYTES
      });
      return parsePublicKey(text2, `--public-key ${file}`);
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
    const { S3Store: S3Store2 } = await import("./s3-K535OKNU.js");
    const open = (uri) => new S3Store2({
      uri,
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      maxAttempts: 3
    });
    const store = open(target);
    if (store.prefix && await isScopeFolder2(store)) {
      const cut = target.replace(/\/+$/, "");
      const scope = cut.slice(cut.lastIndexOf("/") + 1);
      const report = await verifyStore2(open(cut.slice(0, cut.lastIndexOf("/"))), {
        trustedKeys,
        requireSignature,
        scope,
        ...period
      });
      return printPeriod(report, values.json);
    }
    return printPeriod(await verifyStore2(store, { trustedKeys, requireSignature, ...period }), values.json);
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
    const options = await isScopeFolder2(store) ? { store: new LocalStore(dirname3(path)), scope: basename2(path) } : { store };
    return printPeriod(
      await verifyStore2(options.store, {
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
  const { values } = parseArgs2({ args, options: { out: { type: "string" } }, strict: true });
  const pair = generateSigningKeyPair();
  if (values.out === void 0) {
    console.log(pair.privateKeyPem.trimEnd());
    console.log(pair.publicKeyPem.trimEnd());
    console.error(
      `Key fingerprint ${pair.fingerprint}. Store the PRIVATE KEY block as a secret (signing-key input); give the PUBLIC KEY block to auditors (verify --public-key).`
    );
    return 0;
  }
  const privateFile = resolve2(parseValue(pathValue, values.out, "--out"));
  const publicFile = `${privateFile}.pub`;
  await mkdir2(await checkWritableDirectory(dirname3(privateFile), "--out"), { recursive: true });
  for (const file of [privateFile, publicFile]) {
    if (await stat2(file).then(
      () => true,
      () => false
    ))
      throw new InputError(
        `--out: expected a name for new key files, got ${values.out}, but ${file} already exists (keys are never overwritten)`
      );
  }
  await writeFile2(privateFile, pair.privateKeyPem, { flag: "wx", mode: 384 });
  await writeFile2(publicFile, pair.publicKeyPem, { flag: "wx", mode: 420 });
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
      case "export":
        return await exportCommand(rest, process.env, requireSignatureFromEnv(process.env));
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
