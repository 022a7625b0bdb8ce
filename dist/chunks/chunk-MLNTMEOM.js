import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-NNI55PZK.js";
import {
  didYouMean
} from "./chunk-URX6PXYS.js";
import {
  external_exports
} from "./chunk-U734E4WK.js";
import {
  __toESM
} from "./chunk-E4WBWSDB.js";

// src/model.ts
var FRAMEWORKS = ["iso27001-2022", "iso42001-2023"];

// src/controls/catalog.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
var MappingError = class extends Error {
  source;
  entry;
  constructor(source, entry, detail) {
    super(`${source}: ${entry}: ${detail}`);
    this.name = "MappingError";
    this.source = source;
    this.entry = entry;
  }
};
var EVIDENCE_TYPES = ["design", "operating"];
function findMappingsDir() {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, "mappings");
    if (isDirectory(join(candidate, "frameworks"))) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`cannot find the mappings/ directory (with mappings/frameworks/) above ${start}`);
}
function isDirectory(path) {
  return existsSync(path) && statSync(path).isDirectory();
}
var catalogFileSchema = external_exports.object({
  framework: external_exports.string(),
  title: external_exports.string().min(1),
  control_count: external_exports.number().int().positive(),
  controls: external_exports.array(
    external_exports.object({
      id: external_exports.string().min(1),
      title: external_exports.string().min(1),
      theme: external_exports.string().min(1).optional(),
      group: external_exports.string().min(1).optional(),
      group_title: external_exports.string().min(1).optional()
    })
  ).min(1)
});
async function loadCatalogs(dir = findMappingsDir()) {
  const entries = await Promise.all(
    FRAMEWORKS.map(async (framework) => [framework, await loadCatalog(dir, framework)])
  );
  return Object.fromEntries(entries);
}
async function loadCatalog(dir, framework) {
  const file = join(dir, "frameworks", `${framework}.yaml`);
  const source = displayPath(dir, file);
  const data = parseWith(catalogFileSchema, await readYaml(file, source), source);
  if (data.framework !== framework) {
    throw new MappingError(
      source,
      "framework",
      `expected "${framework}" (the file name), found "${data.framework}"`
    );
  }
  const seen = /* @__PURE__ */ new Set();
  const controls = data.controls.map((control, i) => {
    const entry = `controls[${i}] (${control.id})`;
    if (seen.has(control.id)) throw new MappingError(source, entry, `duplicate control id "${control.id}"`);
    seen.add(control.id);
    const group = control.theme ?? [control.group, control.group_title].filter(Boolean).join(" ");
    if (!group) throw new MappingError(source, entry, "has neither a theme nor a group");
    return { id: control.id, title: control.title, group };
  });
  if (controls.length !== data.control_count) {
    throw new MappingError(
      source,
      "controls",
      `lists ${controls.length} controls but control_count is ${data.control_count}`
    );
  }
  return { framework, title: data.title, controls };
}
var controlRefsSchema = external_exports.partialRecord(external_exports.enum(FRAMEWORKS), external_exports.array(external_exports.string().min(1)));
var checksFileSchema = external_exports.strictObject({
  checks: external_exports.array(
    external_exports.strictObject({
      id: external_exports.string().min(1),
      // An auditor reading the mapping must be able to see why a check counts as evidence for a control.
      why: external_exports.string().trim().min(1),
      // Required: the SoA shows each check as design or operating evidence, so none may go unlabelled.
      evidence: external_exports.enum(EVIDENCE_TYPES),
      controls: controlRefsSchema
    })
  )
});
async function loadCheckMapping(knownCheckIds, catalogs, dir = findMappingsDir()) {
  const file = join(dir, "checks.yaml");
  const source = displayPath(dir, file);
  const raw = await readYaml(file, source);
  const data = parseWith(checksFileSchema, raw, source, (path) => checkEntryLabel(raw, path));
  const known = new Set(knownCheckIds);
  const mapping = /* @__PURE__ */ new Map();
  data.checks.forEach((check, i) => {
    const entry = `checks[${i}] (${check.id})`;
    if (!known.has(check.id)) {
      throw new MappingError(
        source,
        entry,
        `unknown check "${check.id}"${didYouMean(check.id, knownCheckIds)}`
      );
    }
    if (mapping.has(check.id)) throw new MappingError(source, entry, `check "${check.id}" is listed twice`);
    mapping.set(check.id, withoutEmpty(normalizeRefs(check.controls, catalogs, source, entry)));
  });
  for (const id of knownCheckIds) if (!mapping.has(id)) mapping.set(id, {});
  return mapping;
}
async function loadCheckEvidence(dir = findMappingsDir()) {
  const file = join(dir, "checks.yaml");
  const source = displayPath(dir, file);
  const raw = await readYaml(file, source);
  const data = parseWith(checksFileSchema, raw, source, (path) => checkEntryLabel(raw, path));
  return Object.fromEntries(
    data.checks.map((check) => [check.id, { evidence: check.evidence, why: check.why.trim() }])
  );
}
function applyMappingOverrides(base, overrides, catalogs, source) {
  const result = new Map(base);
  for (const [check, override] of Object.entries(overrides)) {
    const entry = `mappings.${check}`;
    const current = base.get(check);
    if (!current) {
      throw new MappingError(source, entry, `unknown check "${check}"${didYouMean(check, [...base.keys()])}`);
    }
    const replace = normalizeRefs(override.replace ?? {}, catalogs, source, `${entry}.replace`);
    const add = normalizeRefs(override.add ?? {}, catalogs, source, `${entry}.add`);
    const merged = {};
    for (const framework of FRAMEWORKS) {
      const ids = [...replace[framework] ?? current[framework] ?? [], ...add[framework] ?? []];
      merged[framework] = inCatalogOrder(ids, catalogs[framework]);
    }
    result.set(check, withoutEmpty(merged));
  }
  return result;
}
function normalizeRefs(refs, catalogs, source, entry) {
  const out = {};
  for (const [framework, ids] of Object.entries(refs)) {
    if (!isFrameworkId(framework)) {
      throw new MappingError(
        source,
        entry,
        `unknown framework "${framework}" (known: ${FRAMEWORKS.join(", ")})`
      );
    }
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== "string")) {
      throw new MappingError(source, `${entry}.${framework}`, "expected a list of control ids");
    }
    const catalog = catalogs[framework];
    const valid = new Set(catalog.controls.map((c) => c.id));
    for (const id of ids) {
      if (!valid.has(id)) {
        throw new MappingError(source, entry, `unknown control "${id}" for ${framework}`);
      }
    }
    out[framework] = inCatalogOrder(ids, catalog);
  }
  return out;
}
function withoutEmpty(refs) {
  return Object.fromEntries(Object.entries(refs).filter(([, ids]) => ids.length > 0));
}
function inCatalogOrder(ids, catalog) {
  const wanted = new Set(ids);
  return catalog.controls.filter((c) => wanted.has(c.id)).map((c) => c.id);
}
function isFrameworkId(value) {
  return FRAMEWORKS.includes(value);
}
async function readYaml(file, source) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new MappingError(source, "(file)", `cannot read: ${err.message}`);
  }
  try {
    return (0, import_yaml.parse)(text);
  } catch (err) {
    throw new MappingError(source, "(file)", `not valid YAML: ${err.message}`);
  }
}
function parseWith(schema, data, source, label = formatPath) {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new MappingError(source, label(issue.path) || "(root)", issue.message);
}
function formatPath(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`).join("");
}
function checkEntryLabel(raw, path) {
  const [root, index, ...rest] = path;
  if (root !== "checks" || typeof index !== "number") return formatPath(path);
  const id = raw?.checks?.[index]?.id;
  const head = typeof id === "string" ? `checks[${index}] (${id})` : `checks[${index}]`;
  return head + (rest.length > 0 ? formatPath(["", ...rest]) : "");
}
function displayPath(dir, file) {
  return relative(dirname(dir), file).split(sep).join("/");
}

// src/config/calendar.ts
var CALENDAR_DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isCalendarDate(text) {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
function isReviewInterval(text) {
  const match = CALENDAR_DURATION.exec(text);
  return !!match && match.slice(1).some((part) => part !== void 0 && Number(part) > 0);
}
function addInterval(date, interval) {
  const match = CALENDAR_DURATION.exec(interval);
  if (!match || !isCalendarDate(date)) throw new Error(`cannot add ${interval} to ${date}`);
  const [years, months, weeks, days] = match.slice(1).map((part) => Number(part ?? 0));
  const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(
    d.getUTCFullYear() + years,
    d.getUTCMonth() + months,
    d.getUTCDate() + weeks * 7 + days
  );
  return d.toISOString().slice(0, 10);
}

export {
  FRAMEWORKS,
  MappingError,
  findMappingsDir,
  loadCatalogs,
  loadCheckMapping,
  loadCheckEvidence,
  applyMappingOverrides,
  isCalendarDate,
  isReviewInterval,
  addInterval
};
//# sourceMappingURL=chunk-MLNTMEOM.js.map
