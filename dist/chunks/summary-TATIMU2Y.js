import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  codeMarkdown,
  escapeMarkdown
} from "./chunk-JHX3YBHI.js";
import {
  CONTROL_STATUSES
} from "./chunk-IDRUCS6X.js";
import {
  redact
} from "./chunk-EQZXUNDD.js";
import "./chunk-MLNTMEOM.js";
import "./chunk-NNI55PZK.js";
import "./chunk-URX6PXYS.js";
import "./chunk-U734E4WK.js";
import "./chunk-E4WBWSDB.js";

// src/report/summary.ts
var STATUS_ICON = {
  effective: "\u2705 effective",
  "automated-pass": "\u2611\uFE0F automated-pass",
  failing: "\u274C failing",
  error: "\u26A0\uFE0F error",
  manual: "\u{1F4DD} manual",
  "not-applicable": "\u2796 not-applicable",
  excluded: "\u26D4 excluded"
};
var SUBJECTS_SHOWN = 10;
function renderJobSummary(input) {
  const lines = [
    `## Audit evidence: ${escapeMarkdown(input.scope)}`,
    "",
    `Period **${input.period.start}** \u2192 **${input.period.end}** (${input.period.expression}) \xB7 ${input.subjects} repositories \xB7 ${input.findings.length} findings`,
    "",
    `Bundle ${codeMarkdown(input.bundleDir)} \xB7 manifest SHA-256 \`${input.manifestSha256}\``,
    "",
    ...(input.notes ?? []).flatMap((note) => [`> [!WARNING]`, `> ${escapeMarkdown(note)}`, ""])
  ];
  for (const [framework, report] of Object.entries(input.controls.frameworks)) {
    const counts = report.counts;
    lines.push(
      `### ${report.title}`,
      "",
      `| ${CONTROL_STATUSES.map((s) => STATUS_ICON[s]).join(" | ")} |`,
      `| ${CONTROL_STATUSES.map(() => "---:").join(" | ")} |`,
      `| ${CONTROL_STATUSES.map((s) => counts[s]).join(" | ")} |`,
      "",
      "automated-pass: the automated checks passed (partial evidence); effective: they passed and the required manual evidence is present and current.",
      ""
    );
    const automated = report.controls.filter((c) => c.status !== "manual" && c.status !== "excluded");
    if (automated.length === 0) {
      lines.push(
        `No ${framework} control has automated evidence in this run; all applicable controls need manual evidence.`,
        ""
      );
      continue;
    }
    lines.push(
      "| Control | Title | Status | Checks (evidence type) | Findings (pass / fail / error) | Manual evidence missing |",
      "| --- | --- | --- | --- | --- | --- |"
    );
    for (const control of automated) {
      const f = control.findingCounts;
      const checks = control.checkEvidence.map((c) => `\`${c.check}\` (${c.evidence})`).join(" ");
      const missing = control.manual.missing.map((id) => `\`${id}\``).join(" ") || "\u2013";
      lines.push(
        `| ${control.id} | ${escapeMarkdown(control.title)} | ${STATUS_ICON[control.status]} | ${checks} | ${f.pass} / ${f.fail} / ${f.error} | ${missing} |`
      );
    }
    lines.push("");
    lines.push(...configDecisions(report.controls));
  }
  lines.push(
    ...problemSection(input, "fail", "### Failing checks"),
    ...problemSection(input, "error", "### Checks that could not be evaluated")
  );
  return redact(lines.join("\n"));
}
function problemSection(input, status, heading) {
  const lines = [];
  for (const check of input.checks) {
    const hits = input.findings.filter((f) => f.check === check.metadata.id && f.status === status);
    if (hits.length === 0) continue;
    if (lines.length === 0) lines.push(heading, "");
    const controls = Object.entries(hits[0].controls).flatMap(([framework, ids]) => (ids ?? []).map((id) => `${framework} ${id}`)).join(", ");
    lines.push(
      `<details><summary><b>${escapeMarkdown(check.metadata.title)}</b> (<code>${check.metadata.id}</code>, ${check.metadata.severity}): ${hits.length} subject(s)${controls ? ` \xB7 ${controls}` : ""}</summary>`,
      ""
    );
    for (const hit of hits.slice(0, SUBJECTS_SHOWN))
      lines.push(`- ${codeMarkdown(hit.subject)}: ${escapeMarkdown(hit.message)}`);
    if (hits.length > SUBJECTS_SHOWN)
      lines.push(`- \u2026 and ${hits.length - SUBJECTS_SHOWN} more in findings.json`);
    lines.push("", status === "fail" ? `**How to fix:** ${check.metadata.remediation}` : "", "</details>", "");
  }
  return lines;
}
function configDecisions(controls) {
  const skipped = /* @__PURE__ */ new Map();
  const overrides = /* @__PURE__ */ new Set();
  for (const control of controls) {
    for (const s of control.skippedChecks) skipped.set(s.check, s.by);
    for (const o of control.mappingOverrides)
      overrides.add(`\`${o.check}\` ${o.change} ${control.id} (${escapeMarkdown(o.by)})`);
  }
  const lines = [];
  for (const [check, by] of skipped) lines.push(`- Skipped: \`${check}\`, by ${escapeMarkdown(by)}`);
  for (const override of overrides) lines.push(`- Mapping: ${override}`);
  return lines.length > 0 ? [...lines, ""] : [];
}
export {
  renderJobSummary
};
//# sourceMappingURL=summary-TATIMU2Y.js.map
