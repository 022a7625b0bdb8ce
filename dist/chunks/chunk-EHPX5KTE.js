import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CONTROL_STATUSES
} from "./chunk-IDRUCS6X.js";

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
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

export {
  renderControlTable
};
//# sourceMappingURL=chunk-EHPX5KTE.js.map
