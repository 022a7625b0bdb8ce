import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isScopeFolder,
  verifyStore
} from "./chunk-CHT7O7EH.js";
import {
  ANNEX_EVIDENCE_NS,
  OSCAL_ASSESSMENT_RESULTS_FILE,
  OSCAL_VERSION,
  buildAssessmentResults,
  escapeHtml,
  uuidV5
} from "./chunk-PPHU7NQH.js";
import {
  plainText
} from "./chunk-JHX3YBHI.js";
import {
  EXPORT_USAGE,
  STORE_READ_FLAGS,
  readTimeWindow,
  readTrustedKeys,
  requireSignature
} from "./chunk-HU4243DC.js";
import {
  LocalStore
} from "./chunk-ASDM2U35.js";
import "./chunk-E2PLYZ6Q.js";
import {
  S3_CLIENT_INPUTS,
  checkNotVirtual,
  checkWritableDirectory,
  cliSource,
  parseValue,
  pathValue,
  readS3Settings,
  storeTargetValue
} from "./chunk-EZ5X5KBP.js";
import {
  parentLocation
} from "./chunk-GKKAIOME.js";
import "./chunk-55VSQBGE.js";
import "./chunk-HRAGQTEZ.js";
import "./chunk-SN3WCEFD.js";
import {
  DirectoryBundle,
  StoredBundle
} from "./chunk-FXEEQTUV.js";
import {
  sha256Hex,
  stringify
} from "./chunk-TBGHA4LN.js";
import "./chunk-WZW2TTAY.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-EMIPFM47.js";
import "./chunk-IDRUCS6X.js";
import "./chunk-EQZXUNDD.js";
import {
  renderChecksums
} from "./chunk-WRWBU6I6.js";
import {
  BUNDLE_FILES,
  MANIFEST_FILE,
  manifestSchema
} from "./chunk-C2D4KXTZ.js";
import "./chunk-RMO2YWKV.js";
import "./chunk-JST3WB76.js";
import "./chunk-CG44BHTW.js";
import "./chunk-ZEJUPZEW.js";
import "./chunk-RHUBQFO2.js";
import "./chunk-U4YSPENK.js";
import "./chunk-AKQKRLW5.js";
import "./chunk-FX7GPS5Y.js";
import "./chunk-5OAN6P4X.js";
import {
  FRAMEWORKS,
  loadCatalogs
} from "./chunk-MLNTMEOM.js";
import "./chunk-NNI55PZK.js";
import {
  scalarText
} from "./chunk-URX6PXYS.js";
import "./chunk-P4CAYHBQ.js";
import "./chunk-U734E4WK.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";
import "./chunk-E4WBWSDB.js";

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
  return stringify([header, ...rows], { record_delimiter: "\r\n", escape_formulas: true });
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
var html = (value) => escapeHtml(plainText(value));
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
  const controls = await readChecked(BUNDLE_FILES.controls);
  return {
    key: row.key,
    scope: row.scope,
    keyTime: row.keyTime,
    manifest,
    manifestSha256: sha256Hex(manifestBytes),
    sha256,
    findings: Array.isArray(findings) ? findings : [],
    controls: controlsReport(controls),
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
      ...typeof entry.version === "number" && { version: entry.version },
      evidenceKinds: Array.isArray(entry.evidenceKinds) ? entry.evidenceKinds.filter((kind) => typeof kind === "string") : []
    });
  }
  return infos;
}
function controlsReport(value) {
  if (!value || typeof value !== "object") return void 0;
  const frameworks = value.frameworks;
  if (!frameworks || typeof frameworks !== "object") return void 0;
  const wellFormed = Object.values(frameworks).every(
    (report) => !!report && typeof report === "object" && Array.isArray(report.controls) && report.controls.every(
      (control) => !!control && typeof control.id === "string" && typeof control.applicable === "boolean" && !!control.findingCounts && typeof control.findingCounts === "object"
    )
  );
  return wellFormed ? value : void 0;
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
var OSCAL_FILE = OSCAL_ASSESSMENT_RESULTS_FILE;
var OSCAL_HREF_CONVENTION = "evidence links are relative to the store root: an href ../<bundle key>/<path> (URL-encoded) is the file <path> of that bundle, and carries its SHA-256 from the bundle manifest";
function exportOscal(input) {
  const omitted = [];
  const results = [];
  const planLinks = [];
  const evidenceResources = [];
  const usedDocuments = /* @__PURE__ */ new Set();
  const used = /* @__PURE__ */ new Set();
  for (const bundle of input.bundles) {
    if (!bundle.controls) {
      omitted.push(bundle.key);
      continue;
    }
    const { manifest } = bundle;
    const build = (runId) => buildAssessmentResults({
      tool: manifest.tool,
      scope: manifest.scope,
      run: { ...manifest.run, id: runId },
      period: manifest.period,
      startedAt: manifest.startedAt,
      finishedAt: manifest.finishedAt,
      findings: bundle.findings.filter((f) => input.filter.matches(f)),
      controls: narrowControls(bundle.controls, input.filter),
      files: manifest.files,
      checks: [...bundle.checks.values()].map((c) => ({
        id: c.id,
        title: c.title,
        version: c.version ?? 1
      })),
      hrefPrefix: `../${bundle.key.split("/").map(encodeURIComponent).join("/")}/`
    })["assessment-results"];
    let document2 = build(manifest.run.id);
    if (usedDocuments.has(String(document2.uuid))) document2 = build(`${manifest.run.id} ${bundle.key}`);
    usedDocuments.add(String(document2.uuid));
    const bundleProps = [prop("bundle", bundle.key), prop("bundle-manifest-sha256", bundle.manifestSha256)];
    for (const result of document2.results) {
      results.push({ ...result, props: [...result.props, ...bundleProps] });
    }
    const [plan, ...evidence] = document2["back-matter"].resources;
    planLinks.push(...plan?.rlinks ?? []);
    for (const resource of evidence) {
      if (used.has(String(resource.uuid))) continue;
      used.add(String(resource.uuid));
      evidenceResources.push(resource);
    }
  }
  if (results.length === 0) return { text: void 0, omitted };
  const included = input.bundles.filter((b) => !omitted.includes(b.key));
  const documentUuid = uuidV5(
    [
      "export-assessment-results",
      input.period.start,
      input.period.end,
      input.filter.framework ?? "",
      input.filter.control ?? "",
      ...included.map((b) => `${b.key} ${b.manifestSha256}`)
    ].join("\0")
  );
  const planUuid = uuidV5([documentUuid, "plan"].join("\0"));
  const scopes = [...new Set(included.map((b) => b.manifest.scope))].sort();
  const lastModified = included.map((b) => b.manifest.finishedAt).sort()[included.length - 1];
  const narrowed = [
    input.filter.framework && `framework ${input.filter.framework}`,
    input.filter.control && `control ${input.filter.control}`
  ].filter(Boolean);
  const document = {
    "assessment-results": {
      uuid: documentUuid,
      metadata: {
        title: line(
          `Assessment results: audit period export of ${scopes.join(", ")}, ${input.period.start} to ${input.period.end}`
        ),
        "last-modified": lastModified,
        version: `export of ${included.length} bundle(s)`,
        "oscal-version": OSCAL_VERSION,
        props: [
          prop("period", `${input.period.start} to ${input.period.end}`),
          ...scopes.map((scope) => prop("scope", scope)),
          ...input.filter.framework ? [prop("framework", input.filter.framework)] : [],
          ...input.filter.control ? [prop("control", input.filter.control)] : []
        ],
        remarks: line(
          `Produced by ${input.tool.name} ${input.tool.version} from the bundles that verified: one result per bundle and framework, each labelled with its bundle key and manifest SHA-256${narrowed.length > 0 ? `, narrowed to ${narrowed.join(" and ")}` : ""}. Hrefs: ${OSCAL_HREF_CONVENTION}. A control is "satisfied" only when the tool found it effective; an automated pass alone is "not-satisfied" with annex-status "automated-pass".`
        )
      },
      "import-ap": {
        href: `#${planUuid}`,
        remarks: "There is no separate OSCAL assessment plan: what was collected and which check evidences which control are the bundle files in this back-matter resource."
      },
      results,
      "back-matter": {
        resources: [
          {
            uuid: planUuid,
            title: "Assessment plan: the run configuration, check mapping and check catalogue of each bundle",
            ...planLinks.length > 0 && { rlinks: planLinks }
          },
          ...evidenceResources
        ]
      }
    }
  };
  return { text: `${JSON.stringify(document, null, 2)}
`, omitted };
}
function narrowControls(controls, filter) {
  const frameworks = Object.fromEntries(
    Object.entries(controls.frameworks).filter(([framework]) => !filter.framework || framework === filter.framework).map(([framework, report]) => [
      framework,
      {
        ...report,
        controls: report.controls.filter((c) => !filter.control || c.id === filter.control)
      }
    ]).filter(([, report]) => !filter.control || report.controls.length > 0)
  );
  return { ...controls, frameworks };
}
var prop = (name, value) => ({ name, ns: ANNEX_EVIDENCE_NS, value: line(value) });
var CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g;
function line(value) {
  const cleaned = value.replace(CONTROLS, " ").replace(/\s+/g, " ").trim();
  return cleaned === "" ? "(empty)" : cleaned;
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
var login = (actor) => scalarText(actor?.login, "");
var repositoryOf = (subject) => subject.replace(/^github:/, "").replace(/@.*$/, "");
var list = (value) => Array.isArray(value) ? value.filter((v) => !!v && typeof v === "object") : [];
var EXTRACTORS = {
  "github.pull-requests": {
    item: "a pull request merged in the period",
    columns: ["repository", "number", "title", "author", "merged by", "base branch", "merged commit", "url"],
    items: (record) => {
      const repository = repositoryOf(record.subject);
      return list(record.data?.pullRequests).map((pr) => ({
        id: `${repository}#${scalarText(pr.number, "")}`,
        time: scalarText(pr.mergedAt, ""),
        fields: [
          repository,
          scalarText(pr.number, ""),
          scalarText(pr.title, ""),
          login(pr.author),
          login(pr.mergedBy),
          scalarText(pr.baseRefName, ""),
          scalarText(pr.headRefOid, ""),
          scalarText(pr.url, "")
        ]
      }));
    },
    detailId: (repository, detail) => detail.number === void 0 ? void 0 : `${repository}#${scalarText(detail.number, "")}`
  },
  "github.default-branch-commits": {
    item: "a commit that reached the default branch in the period",
    columns: ["repository", "branch", "commit", "headline", "author", "committer"],
    items: (record) => {
      const repository = repositoryOf(record.subject);
      const data = record.data;
      return list(data?.commits).map((commit) => ({
        id: `${repository}@${scalarText(commit.oid, "")}`,
        time: scalarText(commit.committedDate, ""),
        fields: [
          repository,
          scalarText(data?.branch, ""),
          scalarText(commit.oid, ""),
          scalarText(commit.messageHeadline, ""),
          login(commit.author?.user) || scalarText(commit.author?.name, ""),
          login(commit.committer?.user) || scalarText(commit.committer?.name, "")
        ]
      }));
    },
    detailId: (repository, detail) => detail.oid === void 0 ? void 0 : `${repository}@${scalarText(detail.oid, "")}`
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
          id: `${repository}#alert-${scalarText(alert.number, "")}`,
          time: scalarText(alert.createdAt, ""),
          fields: [
            repository,
            scalarText(alert.number, ""),
            scalarText(vulnerability?.severity, ""),
            scalarText(vulnerability?.package?.name, ""),
            scalarText(advisory?.ghsaId, ""),
            scalarText(alert.vulnerableManifestPath, "")
          ]
        };
      });
    },
    detailId: (repository, detail) => detail.number === void 0 ? void 0 : `${repository}#alert-${scalarText(detail.number, "")}`
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
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    period: { start: options.from.toISOString(), end: options.to.toISOString() },
    bundles,
    filter
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
  const omitted = oscal.omitted.length > 0 ? ` Left out (controls.json missing or not a controls report): ${oscal.omitted.join(", ")}.` : "";
  const oscalNote = oscal.text ? `The OSCAL 1.0.6 assessment-results document of the period: ${OSCAL_FILE}, one result per bundle and framework; ${OSCAL_HREF_CONVENTION}.${omitted}` : `No OSCAL document: no verified bundle of the period has a usable controls report, so ${OSCAL_FILE} is not written.${omitted}`;
  if (oscal.text) files.set(OSCAL_FILE, oscal.text);
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
    renderChecksums([...files].map(([path, text]) => ({ path, sha256: sha256Hex(text) })))
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
var TARGETS = "expected a directory of bundles or s3://bucket/prefix";
async function exportCommand(args, env) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      out: { type: "string" },
      framework: { type: "string" },
      control: { type: "string" },
      seed: { type: "string" },
      "sample-sizes": { type: "string" },
      ...STORE_READ_FLAGS
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
  const window = readTimeWindow(values);
  const [from, to] = [window.from, window.to];
  const framework = values.framework === void 0 ? void 0 : frameworkValue(values.framework);
  const control = values.control === void 0 ? void 0 : await controlValue(values.control, framework);
  const seed = values.seed === void 0 ? void 0 : parseSeed(values.seed);
  const sampleSizes = parseSampleSizes(values["sample-sizes"]);
  const { every } = window;
  const out = resolve(parseValue(pathValue, values.out, "--out"));
  await checkWritableDirectory(dirname2(out), "--out");
  const trustedKeys = await readTrustedKeys(values["public-key"]);
  const target = parseValue(storeTargetValue(TARGETS), positionals[0], "export");
  const { store, scope } = await openStore(target, cliSource(values), env);
  const result = await exportPeriod(store, {
    from,
    to,
    out,
    ...every ? { every } : {},
    ...scope ? { scope } : {},
    ...framework ? { framework } : {},
    ...control ? { control } : {},
    trustedKeys,
    requireSignature: requireSignature(values["require-signature"], env),
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
  if (target.kind === "s3") {
    const settings = readS3Settings(source, env);
    const { S3Store } = await import("./s3-D5Q7P2H6.js");
    const open = (location) => new S3Store({
      uri: location.uri,
      location,
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      maxAttempts: 3
    });
    const store2 = open(target);
    if (store2.prefix && await isScopeFolder(store2)) {
      const parent = parentLocation(target);
      return { store: open(parent.location), scope: parent.last };
    }
    return { store: store2 };
  }
  for (const name of S3_CLIENT_INPUTS)
    if (source.get(name) !== void 0)
      throw new InputError(
        `--${name}: only used with an s3://bucket/prefix target, got ${target.path}; remove --${name}`
      );
  const path = await checkNotVirtual(target.path, "export", TARGETS);
  if (!await stat(path).then(
    (info) => info.isDirectory(),
    () => false
  ))
    throw new InputError(`export: ${TARGETS}, got ${JSON.stringify(target.path)}, which is not a directory`);
  const store = new LocalStore(path);
  if (await isScopeFolder(store)) return { store: new LocalStore(dirname2(path)), scope: basename(path) };
  return { store };
}
export {
  EXPORT_USAGE,
  exportCommand
};
//# sourceMappingURL=command-MMRTJQ2R.js.map
