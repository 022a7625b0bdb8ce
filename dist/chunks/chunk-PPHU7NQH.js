import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findingId
} from "./chunk-TBGHA4LN.js";

// src/oscal/status.ts
var KNOWN = {
  effective: {
    state: "satisfied",
    reason: "pass",
    meaning: "Effective: the automated checks pass and the manual evidence the control requires is present and current."
  },
  failing: {
    state: "not-satisfied",
    reason: "fail",
    meaning: "Failing: at least one automated check found the control not operating."
  },
  error: {
    state: "not-satisfied",
    reason: "other",
    meaning: "Error: at least one automated check could not decide (evidence missing or unreadable)."
  },
  "automated-pass": {
    state: "not-satisfied",
    reason: "other",
    meaning: "Automated pass: the automated checks pass, which is partial evidence; the control is not shown effective without its manual evidence."
  },
  satisfied: {
    state: "not-satisfied",
    reason: "other",
    meaning: 'Automated pass (recorded as "satisfied" by this tool version): the automated checks pass, which is partial evidence; the control is not shown effective without its manual evidence.'
  },
  manual: {
    state: "not-satisfied",
    reason: "other",
    meaning: "Manual: no automated check evidences this control; it rests on manual evidence the assessor must examine."
  },
  "not-applicable": {
    state: "not-satisfied",
    reason: "other",
    meaning: "Not applicable: the checks had no population to evaluate in the period, so nothing was shown."
  }
};
function objectiveStatusOf(status) {
  if (Object.hasOwn(KNOWN, status)) return KNOWN[status];
  return {
    state: "not-satisfied",
    reason: "other",
    meaning: `Status "${status}": not a status this builder knows, so nothing is claimed.`
  };
}

// src/oscal/uuid.ts
import { createHash } from "node:crypto";
var ANNEX_EVIDENCE_UUID_NAMESPACE = "6f1c2a9e-3b7d-4e58-9a41-0c5d8e2f7b63";
function uuidV5(name, namespace = ANNEX_EVIDENCE_UUID_NAMESPACE) {
  const bytes = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = bytes[6] & 15 | 80;
  bytes[8] = bytes[8] & 63 | 128;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// src/oscal/assessment-results.ts
var OSCAL_ASSESSMENT_RESULTS_FILE = "oscal/assessment-results.json";
var OSCAL_VERSION = "1.0.6";
var ANNEX_EVIDENCE_NS = "urn:annex-evidence:oscal";
function buildAssessmentResults(input) {
  const documentUuid = uuidV5(
    ["assessment-results", input.scope, input.run.id, input.run.attempt ?? "", input.startedAt].join("\0")
  );
  const id = (...parts) => uuidV5([documentUuid, ...parts].join("\0"));
  const hashes = new Map(input.files.map((file) => [file.path, file.sha256]));
  const prefix = input.hrefPrefix ?? "../";
  const checks = new Map((input.checks ?? []).map((check) => [check.id, check]));
  const toolUuid = id("tool");
  const planUuid = id("plan");
  const evidencePaths = [...new Set(input.findings.flatMap((f) => f.evidence))].sort();
  const evidenceResource = new Map(evidencePaths.map((path) => [path, id("evidence", path)]));
  const href = (path) => prefix + path.split("/").map(encodeURIComponent).join("/");
  const fileLink = (path) => ({
    href: href(path),
    "media-type": path.endsWith(".json") ? "application/json" : "application/octet-stream",
    ...hashes.has(path) ? { hashes: [{ algorithm: "SHA-256", value: hashes.get(path) }] } : {}
  });
  const origins = [{ actors: [{ type: "tool", "actor-uuid": toolUuid }] }];
  const results = Object.entries(input.controls.frameworks).map(([framework, report]) => {
    const tagged = input.findings.filter((f) => (f.controls[framework] ?? []).length > 0);
    const subjects = [...new Set(tagged.map((f) => f.subject))].sort();
    const subjectUuid = new Map(subjects.map((s) => [s, id(framework, "subject", s)]));
    const observationUuid = (f) => id(framework, "observation", findingId(f));
    const observations = tagged.map((finding) => {
      const check = checks.get(finding.check);
      return {
        uuid: observationUuid(finding),
        title: text(`${finding.check}: ${finding.subject}`),
        description: text(finding.message),
        props: [
          prop("finding-id", findingId(finding)),
          prop("check", finding.check),
          ...check ? [prop("check-version", String(check.version))] : [],
          prop("result", finding.status)
        ],
        methods: ["TEST"],
        origins,
        subjects: [
          {
            "subject-uuid": subjectUuid.get(finding.subject),
            type: "inventory-item",
            title: text(finding.subject)
          }
        ],
        ...finding.evidence.length > 0 && {
          "relevant-evidence": [...new Set(finding.evidence)].sort().map((path) => ({
            href: href(path),
            description: text(`Evidence record ${path}`),
            ...hashes.has(path) && { props: [prop("sha256", hashes.get(path))] },
            links: [{ href: `#${evidenceResource.get(path)}`, rel: "reference" }]
          }))
        },
        collected: input.finishedAt,
        ...check && { remarks: text(`Check "${check.title}" (version ${check.version}).`) }
      };
    });
    const applicable = report.controls.filter((c) => c.applicable);
    const excluded = report.controls.filter((c) => !c.applicable);
    const findings = applicable.map(
      (control) => controlFinding(
        control,
        framework,
        tagged,
        observationUuid,
        id(framework, "control", control.id),
        origins
      )
    );
    return {
      uuid: id(framework, "result"),
      title: text(`${report.title}: automated evidence of ${input.scope}`),
      description: text(
        `Findings of ${input.tool.name} ${input.tool.version} on the evidence collected for ${input.scope} over ${input.period.start} to ${input.period.end} (${input.period.expression}), rolled up to the Annex A controls of ${framework}.`
      ),
      start: input.period.start,
      end: input.period.end,
      props: [prop("framework", framework)],
      "local-definitions": {
        ...subjects.length > 0 && {
          "inventory-items": subjects.map((subject) => ({
            uuid: subjectUuid.get(subject),
            description: text(subject),
            props: [prop("subject", subject)]
          }))
        },
        "assessment-assets": {
          components: [toolComponent(toolUuid, input.tool)],
          "assessment-platforms": [
            {
              uuid: id(framework, "platform"),
              title: text(`${input.tool.name} ${input.tool.version}`),
              "uses-components": [{ "component-uuid": toolUuid }]
            }
          ]
        }
      },
      "reviewed-controls": {
        "control-selections": [
          {
            description: text(`Annex A controls of ${framework} in scope of the Statement of Applicability.`),
            ...applicable.length > 0 && {
              "include-controls": applicable.map((c) => ({ "control-id": token(c.id) }))
            },
            ...excluded.length > 0 && {
              "exclude-controls": excluded.map((c) => ({ "control-id": token(c.id) }))
            }
          }
        ]
      },
      ...observations.length > 0 && { observations },
      ...findings.length > 0 && { findings }
    };
  });
  const planFiles = ["config.json", "mapping.json", "checks.json"].filter((path) => hashes.has(path));
  return {
    "assessment-results": {
      uuid: documentUuid,
      metadata: {
        title: text(`Assessment results: ${input.scope}, ${input.period.start} to ${input.period.end}`),
        "last-modified": input.finishedAt,
        version: text(`run ${input.run.id}${input.run.attempt ? `.${input.run.attempt}` : ""}`),
        "oscal-version": OSCAL_VERSION,
        props: [prop("scope", input.scope), prop("period", input.period.expression)],
        remarks: 'Produced by an automated tool. A control is "satisfied" only when the tool found it effective (automated checks pass and the required manual evidence is present and current); an automated pass alone is partial evidence and is "not-satisfied" with annex-status "automated-pass".'
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
            title: "Assessment plan: the run configuration, check mapping and check catalogue of this bundle",
            ...planFiles.length > 0 && { rlinks: planFiles.map(fileLink) }
          },
          ...evidencePaths.map((path) => ({
            uuid: evidenceResource.get(path),
            title: text(path),
            rlinks: [fileLink(path)]
          }))
        ]
      }
    }
  };
}
function controlFinding(control, framework, tagged, observationUuid, uuid, origins) {
  const status = objectiveStatusOf(String(control.status));
  const related = tagged.filter((f) => (f.controls[framework] ?? []).includes(control.id));
  const counts = control.findingCounts;
  return {
    uuid,
    title: text(`${control.id} ${control.title}`),
    description: text(
      `${status.meaning} Findings: ${counts.pass} pass, ${counts.fail} fail, ${counts.error} error, ${counts.not_applicable} not applicable.`
    ),
    props: [prop("annex-status", String(control.status)), prop("framework", framework)],
    origins,
    target: {
      type: "objective-id",
      "target-id": token(control.id),
      title: text(`${control.id} ${control.title}`),
      status: { state: status.state, reason: status.reason, remarks: status.meaning }
    },
    ...related.length > 0 && {
      "related-observations": related.map((f) => ({ "observation-uuid": observationUuid(f) }))
    }
  };
}
function toolComponent(uuid, tool) {
  return {
    uuid,
    type: "software",
    title: text(`${tool.name} ${tool.version}`),
    description: text(
      `${tool.name} collects evidence from GitHub, AWS and model registries, evaluates it with automated checks and writes hashed, signed, hash-chained bundles.`
    ),
    props: [prop("version", tool.version)],
    status: { state: "operational" }
  };
}
var prop = (name, value) => ({ name, ns: ANNEX_EVIDENCE_NS, value: text(value) });
var CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g;
function text(value) {
  const line = String(value).replace(CONTROLS, " ").replace(/\s+/g, " ").trim();
  return line === "" ? "(empty)" : line;
}
function token(value) {
  const cleaned = value.replace(/[^\p{L}\p{N}._-]/gu, "_");
  return /^[\p{L}_]/u.test(cleaned) ? cleaned : `_${cleaned}`;
}

// src/report/html/text.ts
import { createHash as createHash2 } from "node:crypto";
var BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
var CONTROLS2 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(value) {
  return String(value).replace(CONTROLS2, "").replace(BIDI, "").replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
function scriptJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(
    /[\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function digestId(prefix, name) {
  return `${prefix}-${createHash2("sha256").update(name).digest("hex").slice(0, 16)}`;
}
function slug(value) {
  return String(value).replace(/[^A-Za-z0-9._-]/g, "_");
}
function statusLabel(status) {
  return String(status).replace(/[-_]+/g, " ");
}

export {
  uuidV5,
  OSCAL_ASSESSMENT_RESULTS_FILE,
  OSCAL_VERSION,
  ANNEX_EVIDENCE_NS,
  buildAssessmentResults,
  escapeHtml,
  scriptJson,
  digestId,
  slug,
  statusLabel
};
//# sourceMappingURL=chunk-PPHU7NQH.js.map
