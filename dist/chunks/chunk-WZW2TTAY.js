import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  TOOL_NAME
} from "./chunk-EMIPFM47.js";

// src/bundle/check-versions.ts
function recordedCheckVersions(checksFile) {
  const versions = /* @__PURE__ */ new Map();
  if (!Array.isArray(checksFile)) return versions;
  for (const entry of checksFile) {
    if (!entry || typeof entry !== "object") continue;
    const { id, version } = entry;
    if (typeof id !== "string") continue;
    versions.set(id, typeof version === "number" && Number.isInteger(version) ? version : 1);
  }
  return versions;
}
function matchCheckVersions(build, recorded, recordedFindingChecks, toolVersion, bundle) {
  const command = `npx ${TOOL_NAME}@${toolVersion} verify ${bundle}`;
  const count = (id) => recordedFindingChecks.filter((check) => check === id).length;
  const rederivable = [];
  const notRederived = [];
  for (const check of build) {
    const { id, version } = check.metadata;
    const bundleVersion = recorded.get(id) ?? 1;
    if (bundleVersion === version) rederivable.push(check);
    else notRederived.push({ check: id, bundleVersion, buildVersion: version, findings: count(id), command });
  }
  const known = new Set(build.map((check) => check.metadata.id));
  for (const [id, bundleVersion] of [...recorded].sort(([a], [b]) => a.localeCompare(b))) {
    if (!known.has(id)) notRederived.push({ check: id, bundleVersion, findings: count(id), command });
  }
  return { rederivable, notRederived };
}
function describeNotRederived(entry) {
  const build = entry.buildVersion === void 0 ? "this build does not have the check" : `this build has version ${entry.buildVersion}`;
  return `${entry.check}: made by version ${entry.bundleVersion} of the check, ${build}, so its ${entry.findings} finding(s) were not re-derived (their hashes were checked); re-derive with ${entry.command}`;
}

export {
  recordedCheckVersions,
  matchCheckVersions,
  describeNotRederived
};
//# sourceMappingURL=chunk-WZW2TTAY.js.map
