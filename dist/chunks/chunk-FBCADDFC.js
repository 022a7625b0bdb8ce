import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  shardOf
} from "./chunk-55VSQBGE.js";
import {
  SOA_INPUTS_FILE
} from "./chunk-TBGHA4LN.js";
import {
  TOOL_VERSION
} from "./chunk-EMIPFM47.js";
import {
  BUNDLE_FILES
} from "./chunk-C2D4KXTZ.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";

// src/merge/shard-set.ts
var ShardSetError = class extends InputError {
  name = "ShardSetError";
};
var MAX_PERIOD_SKEW_MS = 6 * 36e5;
var SAME_FILES = [BUNDLE_FILES.config, BUNDLE_FILES.mapping, BUNDLE_FILES.checks, SOA_INPUTS_FILE];
var label = (p) => `${p.location} (shard ${p.manifest.shard.index}/${p.manifest.shard.count})`;
function checkShardSet(partials) {
  if (partials.length === 0)
    throw new ShardSetError("merge: expected the partial bundles of one run, got none");
  const first = partials[0];
  const count = first.manifest.shard.count;
  const byIndex = /* @__PURE__ */ new Map();
  for (const part of partials) {
    const { manifest } = part;
    const differ = (what, a, b) => new ShardSetError(
      `merge: ${label(part)} is from another ${what} than ${label(first)} (${b} vs ${a}): only the shards of one run can be merged`
    );
    if (manifest.shard.count !== count)
      throw new ShardSetError(
        `merge: ${label(part)} and ${label(first)} split the scope into different numbers of shards: only the shards of one run can be merged`
      );
    const twice = byIndex.get(manifest.shard.index);
    if (twice)
      throw new ShardSetError(
        `merge: shard ${manifest.shard.index}/${count} is given twice (${twice.location} and ${part.location}): give each shard once`
      );
    byIndex.set(manifest.shard.index, part);
    if (manifest.run.id !== first.manifest.run.id) throw differ("run", first.manifest.run.id, manifest.run.id);
    if (manifest.scope !== first.manifest.scope) throw differ("scope", first.manifest.scope, manifest.scope);
    if (manifest.mode !== first.manifest.mode) throw differ("mode", first.manifest.mode, manifest.mode);
    if (manifest.config.sha256 !== first.manifest.config.sha256)
      throw differ("config", first.manifest.config.sha256, manifest.config.sha256);
    if (manifest.period.expression !== first.manifest.period.expression)
      throw differ("period", first.manifest.period.expression, manifest.period.expression);
    const skew = Math.abs(Date.parse(manifest.period.end) - Date.parse(first.manifest.period.end));
    if (!(skew <= MAX_PERIOD_SKEW_MS))
      throw new ShardSetError(
        `merge: ${label(part)} ends its period at ${manifest.period.end}, ${label(first)} at ${first.manifest.period.end}: more than 6 hours apart, so not the shards of one run`
      );
    const population = manifest.shard.population;
    if (population.sha256 !== first.manifest.shard.population.sha256)
      throw new ShardSetError(
        `merge: ${label(part)} saw ${population.count} subjects in scope, ${label(first)} ${first.manifest.shard.population.count} others: the scope changed while the shards ran (a repository created or deleted); run all shards again`
      );
    for (const file of SAME_FILES) {
      const sha = (p) => p.manifest.files.find((f) => f.path === file)?.sha256 ?? "none";
      if (sha(part) !== sha(first)) throw differ(`config (${file} differs)`, sha(first), sha(part));
    }
    if (manifest.tool.version !== TOOL_VERSION)
      throw new ShardSetError(
        `merge: ${label(part)} was made by ${manifest.tool.name} ${manifest.tool.version}, this is ${TOOL_VERSION}: merge with the version that made the shards`
      );
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0)
    throw new ShardSetError(
      `merge: shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")} of run ${first.manifest.run.id} ${missing.length > 1 ? "are" : "is"} missing: give all ${count} partial bundles`
    );
  const owner = /* @__PURE__ */ new Map();
  for (const part of byIndex.values()) {
    for (const subject of part.manifest.shard.subjects) {
      const other = owner.get(subject);
      if (other)
        throw new ShardSetError(
          `merge: ${JSON.stringify(subject)} was collected by both ${label(other)} and ${label(part)}: the shards overlap`
        );
      owner.set(subject, part);
      if (shardOf(subject, count) !== part.manifest.shard.index)
        throw new ShardSetError(
          `merge: ${label(part)} collected ${JSON.stringify(subject)}, which belongs to shard ${shardOf(subject, count)}/${count}`
        );
    }
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, part]) => part);
}

export {
  ShardSetError,
  checkShardSet
};
//# sourceMappingURL=chunk-FBCADDFC.js.map
