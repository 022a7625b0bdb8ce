import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  summary
} from "./chunk-E7Z5KTQR.js";
import "./chunk-E4WBWSDB.js";

// src/report/job-summary-step.ts
async function writeJobSummary(result) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const [{ renderJobSummary }, { CHECKS }] = await Promise.all([
    import("./summary-TATIMU2Y.js"),
    import("./checks-YZLS32AO.js")
  ]);
  await summary.addRaw(
    renderJobSummary({
      scope: result.scope,
      period: result.period,
      subjects: result.subjects,
      bundleDir: result.bundleDir,
      manifestSha256: result.manifestSha256,
      controls: result.controls,
      findings: result.findings,
      checks: CHECKS,
      notes: result.sourceNotes
    })
  ).write();
}
export {
  writeJobSummary
};
//# sourceMappingURL=job-summary-step-AATVQFHO.js.map
