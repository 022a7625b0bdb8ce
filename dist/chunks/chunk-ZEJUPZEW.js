import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-NNI55PZK.js";
import {
  __toESM
} from "./chunk-E4WBWSDB.js";

// src/checks/models/huggingface-view.ts
var import_yaml = __toESM(require_dist(), 1);

// src/checks/models/model-card-sections.ts
var PLACEHOLDERS = [
  /\[more information needed\]/gi,
  /^\s*more information needed\.?\s*$/gim,
  // The template's default Recommendations paragraph says nothing about this model.
  /users \(both direct and downstream\) should be made aware of the risks, biases and limitations of the model\.\s*more information needed for further recommendations\.?/gi
];
var HEADINGS = {
  // `## Uses` counts by its own text: its `### Out-of-Scope Use` says what the model is not for.
  intendedUse: /^(direct use|downstream use|intended uses?( & limitations| and limitations)?)$/,
  limitations: /^(bias, risks,? and limitations|risks and limitations|limitations|out-of-scope use|recommendations|intended uses? (&|and) limitations)$/,
  trainingDetails: /^(training details|training data|training procedure|training and evaluation data)$/,
  evaluation: /^(evaluation|evaluation results|results|testing data, factors & metrics|training and evaluation data)$/
};
function cardSections(card) {
  const sections = parseSections(card);
  const filled = (pattern) => sections.some((section) => pattern.test(normalize(section.title)) && hasContent(section.body));
  const usesOwnText = sections.some(
    (section) => normalize(section.title) === "uses" && hasContent(section.own)
  );
  return {
    intendedUse: usesOwnText || filled(HEADINGS.intendedUse),
    limitations: filled(HEADINGS.limitations),
    trainingDetails: filled(HEADINGS.trainingDetails),
    evaluation: filled(HEADINGS.evaluation)
  };
}
function normalize(title) {
  return title.replace(/\*\*|__|`/g, "").replace(/\s*\[optional\]\s*$/i, "").replace(/\s+/g, " ").trim().toLowerCase();
}
function parseSections(card) {
  const text = card.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
  const lines = text.split(/\r?\n/);
  const headings = [];
  let fence;
  lines.forEach((line, index) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (!fence) fence = marker[0];
      else if (marker[0] === fence) fence = void 0;
      return;
    }
    if (fence) return;
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) headings.push({ line: index, level: heading[1].length, title: heading[2] });
  });
  return headings.map((heading, index) => {
    const end = headings.slice(index + 1).find((next2) => next2.level <= heading.level)?.line ?? lines.length;
    const next = headings[index + 1]?.line ?? lines.length;
    return {
      level: heading.level,
      title: heading.title,
      body: lines.slice(heading.line + 1, end).join("\n"),
      own: lines.slice(heading.line + 1, next).join("\n")
    };
  });
}
function hasContent(body) {
  let text = body.replace(/<!--[\s\S]*?(-->|$)/g, "");
  text = text.replace(/^\s{0,3}#{1,6}\s+.*$/gm, "");
  for (const placeholder of PLACEHOLDERS) text = text.replace(placeholder, "");
  return /[\p{L}\p{N}]/u.test(text);
}

// src/checks/models/huggingface-view.ts
function huggingFaceModelRef(entry, defaultRevision = "main") {
  const at = entry.indexOf("@");
  return at < 0 ? { id: entry, revision: defaultRevision } : { id: entry.slice(0, at), revision: entry.slice(at + 1) };
}
function huggingFaceView(record) {
  if (!record.data || record.error) return void 0;
  const { info, card } = record.data;
  const revision = record.data.revision ?? "main";
  const at = `${info.id}@${info.sha.slice(0, 12)}`;
  const lastCommit = (path) => record.data.paths?.find((p) => p.path === path)?.lastCommit;
  const integrityProblems = [];
  const revisions = /* @__PURE__ */ new Map();
  const unversioned = /* @__PURE__ */ new Set();
  const noteDataset = (id, rev) => {
    if (!id) return;
    if (typeof rev === "string" && rev.trim() !== "") {
      revisions.set(id, (revisions.get(id) ?? /* @__PURE__ */ new Set()).add(rev.trim()));
    } else unversioned.add(id);
  };
  const metrics = [];
  const readmeCommit = lastCommit("README.md");
  const modelIndex = info.cardData?.["model-index"] ?? [];
  if (modelIndex.length > 0 && !validDate(readmeCommit?.date)) {
    integrityProblems.push(
      `the commit that last changed README.md of ${at} is not recorded, so the age of its model-index results is unknown`
    );
  }
  for (const entry of modelIndex) {
    for (const result of entry.results ?? []) {
      const dataset = result.dataset;
      noteDataset(dataset?.type, dataset?.revision);
      for (const metric of result.metrics ?? []) {
        const value = typeof metric.value === "number" ? metric.value : Number(metric.value);
        if (typeof metric.type !== "string" || !Number.isFinite(value)) continue;
        metrics.push({
          name: metric.type,
          value,
          ...validDate(readmeCommit?.date) ? { at: readmeCommit.date } : {},
          source: `model-index of ${at}${describeDataset(dataset?.type ?? dataset?.name, dataset?.revision)}${readmeCommit ? `, README.md last changed by commit ${readmeCommit.id.slice(0, 12)} at ${readmeCommit.date}` : ""}`
        });
      }
    }
  }
  for (const file of record.data.evalFiles ?? []) {
    const commit = lastCommit(file.path);
    let entries;
    try {
      entries = (0, import_yaml.parse)(file.content);
    } catch (error) {
      integrityProblems.push(
        `${file.path} of ${at} is not valid YAML (${error.message.split("\n")[0]})`
      );
      continue;
    }
    if (!Array.isArray(entries)) {
      integrityProblems.push(`${file.path} of ${at} is not a list of evaluation results`);
      continue;
    }
    if (!validDate(commit?.date)) {
      integrityProblems.push(
        `the commit that last changed ${file.path} of ${at} is not recorded, so the age of its results is unknown`
      );
    }
    for (const raw of entries) {
      const dataset = raw?.dataset;
      const datasetId = typeof dataset?.id === "string" ? dataset.id : void 0;
      const value = typeof raw?.value === "number" ? raw.value : Number(raw?.value);
      if (!datasetId || !Number.isFinite(value)) continue;
      noteDataset(datasetId, dataset?.revision);
      const taskId = typeof dataset?.task_id === "string" && dataset.task_id !== "" ? dataset.task_id : void 0;
      const declared = raw.date instanceof Date ? raw.date.toISOString() : typeof raw.date === "string" ? raw.date : void 0;
      const dates = [declared, commit?.date].filter(validDate).map((d) => new Date(d).toISOString());
      const when = dates.sort()[0];
      metrics.push({
        name: taskId ? `${datasetId}:${taskId}` : datasetId,
        value,
        ...when ? { at: when } : {},
        source: `${file.path} of ${at}${describeDataset(datasetId, dataset?.revision)}${declared ? `, evaluated ${declared}` : ""}${commit ? `, file last changed by commit ${commit.id.slice(0, 12)} at ${commit.date}` : ""}${typeof raw.verifyToken === "string" ? ", with a verifyToken" : ""}`
      });
    }
  }
  const declaredDatasets = info.cardData?.datasets;
  for (const entry of Array.isArray(declaredDatasets) ? declaredDatasets : declaredDatasets ? [declaredDatasets] : []) {
    if (typeof entry !== "string") continue;
    const { id, revision: rev } = huggingFaceModelRef(entry, "");
    noteDataset(id, rev);
  }
  const datasets = [...revisions].flatMap(([id, revs]) => [...revs].sort().map((rev) => `${id}@${rev}`)).sort();
  const withoutRevision = [...unversioned].filter((id) => !revisions.has(id)).sort();
  const sections = cardSections(card ?? "");
  const monitoring = /^#{1,6}\s*monitoring\b/im.test(card ?? "");
  return {
    registry: "huggingface",
    subject: record.subject,
    name: info.id,
    version: info.sha,
    production: true,
    labels: ["in production use (config)", `revision ${revision}`],
    ...info.author ? { createdBy: info.author } : {},
    ...info.createdAt ? { createdAt: info.createdAt } : {},
    // The Hub has no approval workflow: the documented convention is `approved_by` / `approved_at` in the card's front matter.
    ...typeof info.cardData?.approved_by === "string" ? {
      approval: {
        status: "approved",
        by: info.cardData.approved_by,
        ...typeof info.cardData.approved_at === "string" ? { at: info.cardData.approved_at } : {}
      }
    } : {},
    ...card ? { description: card.slice(0, 2e3) } : {},
    documentation: {
      intendedUse: sections.intendedUse,
      limitations: sections.limitations,
      source: `model card (README.md) of ${at}`,
      missing: [
        ...sections.trainingDetails ? [] : ["training details"],
        ...sections.evaluation ? [] : ["evaluation"]
      ]
    },
    lineage: {
      datasets,
      problems: withoutRevision.map((id) => `dataset ${id} is named without a revision`)
    },
    metrics,
    monitoring: monitoring ? { declared: true, detail: "Monitoring section in the model card" } : { declared: false },
    integrityProblems,
    evidence: [record.path]
  };
}
function validDate(value) {
  return typeof value === "string" && !Number.isNaN(Date.parse(value));
}
function describeDataset(id, revision) {
  if (!id) return "";
  return ` on ${id}${typeof revision === "string" && revision ? ` (revision ${revision.slice(0, 12)})` : " (no dataset revision)"}`;
}

// src/checks/models/mlflow-view.ts
var present = (value) => value !== void 0 && value.trim() !== "" ? value : void 0;
function aliasesOf(model, version) {
  const fromModel = (model.aliases ?? []).filter((a) => a.version === version.version).map((a) => a.alias);
  return [.../* @__PURE__ */ new Set([...fromModel, ...version.aliases ?? []])].sort();
}
var isProductionMlflow = (model, version, settings) => aliasesOf(model, version).some((alias) => settings["production-aliases"].includes(alias)) || settings["production-stages"].includes(version.current_stage ?? "");
var tagsOf = (tags) => Object.fromEntries((tags ?? []).map((t) => [t.key, t.value]));
var EVALUATION_CONTEXTS = /^(eval|evaluation|test|testing|validation|holdout)$/i;
function datasetLabel(input) {
  const digest = present(input.dataset.digest);
  return `${input.dataset.name}${digest ? ` (digest ${digest})` : ""}`;
}
function evaluatedOn(run) {
  const inputs = run.inputs?.dataset_inputs ?? [];
  const context = (input) => tagsOf(input.tags)["mlflow.data.context"];
  const evaluation = inputs.filter((input) => EVALUATION_CONTEXTS.test(context(input) ?? ""));
  const chosen = evaluation.length > 0 ? evaluation : inputs.every((i) => !context(i)) ? inputs : [];
  return chosen.length > 0 ? chosen.map(datasetLabel).join(", ") : void 0;
}
function mlflowVersionView(record, settings) {
  if (!record.data) return void 0;
  const { model, version, run, runError } = record.data;
  const tags = { ...tagsOf(model.tags), ...tagsOf(version.tags) };
  const text = [present(version.description), present(model.description)].filter(Boolean).join("\n");
  const runId = present(version.run_id);
  const deleted = run?.info.lifecycle_stage === "deleted";
  const runLabel = run ? `mlflow run ${run.info.run_id}${present(run.info.run_name) ? ` (${run.info.run_name})` : ""}` : "";
  const dataset = run ? evaluatedOn(run) : void 0;
  const metrics = run && !deleted ? (run.data.metrics ?? []).map((m) => ({
    name: m.key,
    value: m.value,
    at: new Date(m.timestamp).toISOString(),
    source: runLabel,
    ...dataset ? { dataset } : {}
  })) : [];
  const creator = present(run?.info.user_id) ?? present(tagsOf(run?.data.tags)["mlflow.user"]) ?? present(version.user_id);
  const integrityProblems = [
    ...runError ? [`the source run ${runId} could not be read: ${runError}`] : [],
    ...deleted ? [
      `the source run ${run.info.run_id} is deleted (lifecycle_stage "deleted"), so its ${(run.data.metrics ?? []).length} metric(s) and inputs are not evidence`
    ] : []
  ];
  const stage = present(version.current_stage);
  return {
    registry: "mlflow",
    subject: record.subject,
    name: version.name,
    version: version.version,
    production: isProductionMlflow(model, version, settings),
    labels: [...aliasesOf(model, version).map((a) => `@${a}`), ...stage && stage !== "None" ? [stage] : []],
    ...creator ? { createdBy: creator } : {},
    ...version.creation_timestamp ? { createdAt: new Date(version.creation_timestamp).toISOString() } : {},
    ...present(tags.approved_by) ? {
      approval: {
        status: "approved",
        by: tags.approved_by,
        ...present(tags.approved_at) ? { at: tags.approved_at } : {}
      }
    } : {},
    ...text ? { description: text } : {},
    documentation: documentationSections(text, "model and version description"),
    lineage: {
      ...runId ? { runId } : {},
      datasets: deleted ? [] : (run?.inputs?.dataset_inputs ?? []).map(datasetLabel)
    },
    metrics,
    monitoring: present(tags.monitoring) ? { declared: true, detail: [tags.monitoring, tags.event_logging].filter(present).join("; ") } : { declared: false },
    integrityProblems,
    evidence: [record.path]
  };
}
function documentationSections(text, source) {
  return { intendedUse: /intended[ _-]?uses?/i.test(text), limitations: /limitations?/i.test(text), source };
}

export {
  huggingFaceModelRef,
  huggingFaceView,
  present,
  isProductionMlflow,
  mlflowVersionView
};
//# sourceMappingURL=chunk-ZEJUPZEW.js.map
