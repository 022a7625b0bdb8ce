import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  FRAMEWORKS,
  MappingError,
  addInterval,
  findMappingsDir
} from "./chunk-MLNTMEOM.js";
import {
  require_dist
} from "./chunk-NNI55PZK.js";
import {
  external_exports
} from "./chunk-U734E4WK.js";
import {
  __toESM
} from "./chunk-E4WBWSDB.js";

// src/controls/manual-evidence.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import { join } from "node:path";
var DAY_MS = 864e5;
function manualEvidenceStatus(item, periodEnd) {
  const due = addInterval(item.reviewed, item.reviewEvery);
  const end = new Date(periodEnd).getTime();
  const dueEnd = (/* @__PURE__ */ new Date(`${due}T00:00:00Z`)).getTime() + DAY_MS;
  return {
    id: item.id,
    title: item.title,
    ...item.owner !== void 0 && { owner: item.owner },
    ref: "url" in item.location ? item.location.url : item.location.path,
    sha256: item.location.sha256,
    reviewed: item.reviewed,
    due,
    ageDays: Math.max(0, Math.floor((end - (/* @__PURE__ */ new Date(`${item.reviewed}T00:00:00Z`)).getTime()) / DAY_MS)),
    state: end < dueEnd ? "current" : "expired"
  };
}
function controlManualEvidence(framework, control, requirements, items, periodEnd) {
  const names = (refs) => refs[framework]?.includes(control) ?? false;
  const attached = items.filter((item) => names(item.controls));
  const statuses = new Map(attached.map((item) => [item.id, manualEvidenceStatus(item, periodEnd)]));
  const required = requirements.filter((r) => names(r.controls)).map((r) => {
    const offered = attached.filter((item) => !item.requirements || item.requirements.includes(r.id));
    const by = offered.filter((item) => statuses.get(item.id).state === "current").map((item) => item.id);
    const expired = offered.filter((item) => statuses.get(item.id).state === "expired").map((item) => item.id);
    return { id: r.id, what: r.what, source: r.source, met: by.length > 0, by, expired };
  });
  return {
    requirements: required,
    items: [...statuses.values()],
    missing: required.filter((r) => !r.met).map((r) => r.id)
  };
}
var controlRefsSchema = external_exports.partialRecord(external_exports.enum(FRAMEWORKS), external_exports.array(external_exports.string().min(1)));
var requirementsFileSchema = external_exports.strictObject({
  requirements: external_exports.array(
    external_exports.strictObject({ id: external_exports.string().min(1), what: external_exports.string().trim().min(1), controls: controlRefsSchema })
  )
});
async function loadManualRequirements(catalogs, overrides = [], configSource = "(config)", dir = findMappingsDir()) {
  const source = "mappings/manual-evidence.yaml";
  let raw;
  try {
    raw = (0, import_yaml.parse)(await readFile(join(dir, "manual-evidence.yaml"), "utf8"));
  } catch (err) {
    throw new MappingError(source, "(file)", `cannot read: ${err.message}`);
  }
  const parsed = requirementsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MappingError(source, issue.path.join(".") || "(root)", issue.message);
  }
  const byId = /* @__PURE__ */ new Map();
  parsed.data.requirements.forEach((r, i) => {
    const entry = `requirements[${i}] (${r.id})`;
    if (byId.has(r.id)) throw new MappingError(source, entry, `requirement "${r.id}" is listed twice`);
    checkRefs(r.controls, catalogs, source, entry);
    byId.set(r.id, { id: r.id, what: r.what.trim(), controls: r.controls, source });
  });
  overrides.forEach((r, i) => {
    const entry = `manual-requirements[${i}] (${r.id})`;
    checkRefs(r.controls, catalogs, configSource, entry);
    const what = r.what?.trim() || byId.get(r.id)?.what;
    if (!what)
      throw new MappingError(
        configSource,
        entry,
        "a new requirement needs `what` (what evidence it asks for)"
      );
    byId.set(r.id, { id: r.id, what, controls: r.controls, source: configSource });
  });
  return [...byId.values()];
}
function checkRefs(refs, catalogs, source, entry) {
  for (const [framework, ids] of Object.entries(refs)) {
    const known = new Set(catalogs[framework].controls.map((c) => c.id));
    for (const id of ids) {
      if (!known.has(id)) throw new MappingError(source, entry, `unknown control "${id}" for ${framework}`);
    }
  }
}

// src/controls/rollup.ts
var EMPTY_ROLLUP_CONTEXT = {
  checkEvidence: {},
  requirements: [],
  manualEvidence: [],
  skipped: [],
  overrides: []
};
var CONTROL_STATUSES = [
  "failing",
  "error",
  "automated-pass",
  "effective",
  "manual",
  "not-applicable",
  "excluded"
];
function checkApplicabilityIds(app, catalogs, source) {
  for (const [framework, controls] of Object.entries(app)) {
    const catalog = catalogs[framework];
    if (!catalog) {
      throw new MappingError(
        source,
        `controls.${framework}`,
        `unknown framework (known: ${FRAMEWORKS.join(", ")})`
      );
    }
    const known = new Set(catalog.controls.map((c) => c.id));
    for (const [id, entry] of Object.entries(controls ?? {})) {
      const at = `controls.${framework}.${id}`;
      if (!known.has(id)) throw new MappingError(source, at, `unknown control "${id}" for ${framework}`);
      if (!entry.applicable && !entry.justification?.trim()) {
        throw new MappingError(source, at, "a control marked not applicable needs a justification");
      }
    }
  }
}
function rollUpControls(findings, catalogs, mapping, applicability, context = { ...EMPTY_ROLLUP_CONTEXT, periodEnd: (/* @__PURE__ */ new Date(0)).toISOString() }) {
  const frameworks = {};
  for (const framework of FRAMEWORKS) {
    const byControl = groupBy(findings, (f) => f.controls[framework] ?? []);
    const checksByControl = /* @__PURE__ */ new Map();
    for (const [check, refs] of mapping) {
      for (const id of refs[framework] ?? []) addTo(checksByControl, id, check);
    }
    const counts = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0]));
    const controls = catalogs[framework].controls.map((control) => {
      const tagged = byControl.get(control.id) ?? [];
      const entry = applicability[framework]?.[control.id];
      const applicable = entry?.applicable ?? true;
      const findingCounts = countFindings(tagged);
      const manual = controlManualEvidence(
        framework,
        control.id,
        context.requirements,
        context.manualEvidence,
        context.periodEnd
      );
      const status = applicable ? statusOf(findingCounts, manual) : "excluded";
      counts[status]++;
      const checks = new Set(checksByControl.get(control.id));
      for (const f of tagged) checks.add(f.check);
      const checkEvidence = sorted(checks).map((check) => {
        const own = tagged.filter((f) => f.check === check);
        return {
          check,
          evidence: context.checkEvidence[check]?.evidence ?? "unlabelled",
          findingCounts: countFindings(own),
          findings: sorted(own.map((f) => f.id ?? `${f.check} ${f.subject}`))
        };
      });
      const idsOf = (type) => sorted(checkEvidence.filter((c) => c.evidence === type).flatMap((c) => c.findings));
      const skippedChecks = context.skipped.filter((s) => s.controls[framework]?.includes(control.id)).map(({ check, by }) => ({ check, by }));
      const mappingOverrides = context.overrides.filter((o) => o.framework === framework && o.control === control.id).map(({ check, change, by }) => ({ check, change, by }));
      return {
        id: control.id,
        title: control.title,
        group: control.group,
        status,
        applicable,
        ...entry?.justification !== void 0 && { justification: entry.justification },
        checks: sorted(checks),
        checkEvidence,
        designEvidence: idsOf("design"),
        operatingEvidence: idsOf("operating"),
        findingCounts,
        failingChecks: sorted(tagged.filter((f) => f.status === "fail").map((f) => f.check)),
        evidence: sorted(tagged.flatMap((f) => f.evidence)),
        ...entry?.evidence !== void 0 && { manualEvidence: [...entry.evidence] },
        manual,
        skippedChecks,
        mappingOverrides,
        soa: soaFields(entry, applicable, status, manual)
      };
    });
    frameworks[framework] = { title: catalogs[framework].title, counts, controls };
  }
  return { generatedFrom: "findings.json", frameworks };
}
function statusOf(counts, manual) {
  if (counts.fail > 0) return "failing";
  if (counts.error > 0) return "error";
  if (counts.pass > 0) {
    return manual.requirements.length > 0 && manual.missing.length === 0 ? "effective" : "automated-pass";
  }
  if (counts.not_applicable > 0) return "not-applicable";
  return "manual";
}
function countFindings(findings) {
  const counts = { pass: 0, fail: 0, error: 0, not_applicable: 0 };
  for (const f of findings) counts[f.status]++;
  return counts;
}
function soaFields(entry, applicable, status, manual) {
  const justification = entry?.justification?.trim() || void 0;
  const fields = {
    ...applicable && justification && { inclusion: justification },
    ...!applicable && justification && { exclusion: justification },
    ...entry?.implementation && { implementation: entry.implementation },
    ...entry?.owner && { owner: entry.owner },
    ...entry?.reviewed && { lastReviewed: entry.reviewed },
    ...entry?.["next-review"] && { nextReview: entry["next-review"] },
    risks: [...entry?.risks ?? []],
    gaps: []
  };
  if (!applicable) return fields;
  const gaps = fields.gaps;
  if (!fields.inclusion) gaps.push("no justification for inclusion");
  if (!fields.implementation) gaps.push("no implementation status");
  if (!fields.owner) gaps.push("no owner");
  if (!fields.lastReviewed) gaps.push("no review date");
  if (!fields.nextReview) gaps.push("no next review date");
  if (fields.risks.length === 0) gaps.push("no risk ids");
  for (const id of manual.missing) {
    const requirement = manual.requirements.find((r) => r.id === id);
    gaps.push(
      requirement.expired.length > 0 ? `manual evidence expired: ${id} (${requirement.expired.join(", ")})` : `manual evidence missing: ${id}`
    );
  }
  if (status === "manual" && manual.items.length === 0 && !entry?.evidence?.length) {
    gaps.push("no evidence: no automated check and no manual evidence attached");
  }
  if (status === "automated-pass" && manual.requirements.length === 0) {
    gaps.push("no manual evidence requirement defined, so the control cannot be shown effective");
  }
  return fields;
}
function groupBy(findings, keys) {
  const map = /* @__PURE__ */ new Map();
  for (const f of findings) {
    for (const key of new Set(keys(f))) {
      const list = map.get(key);
      if (list) list.push(f);
      else map.set(key, [f]);
    }
  }
  return map;
}
function addTo(map, key, value) {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, /* @__PURE__ */ new Set([value]));
}
function sorted(values) {
  return [...new Set(values)].sort();
}

export {
  loadManualRequirements,
  EMPTY_ROLLUP_CONTEXT,
  CONTROL_STATUSES,
  checkApplicabilityIds,
  rollUpControls
};
//# sourceMappingURL=chunk-IDRUCS6X.js.map
