import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/shard.ts
import { createHash } from "node:crypto";
var MAX_SHARDS = 256;
var SHARD_PATTERN = /^(\d{1,3})\/(\d{1,3})$/;
var SHARD_EXPECTED = `expected i/n with 1 <= i <= n <= ${MAX_SHARDS}, such as "1/4" (from a matrix: \${{ matrix.shard }}/4)`;
function readShard(value) {
  const match = SHARD_PATTERN.exec(value.trim());
  if (!match) return void 0;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index < 1 || count < 1 || index > count || count > MAX_SHARDS ? void 0 : { index, count };
}
var subjectKey = (name) => name.trim().toLowerCase();
function shardOf(name, count) {
  const digest = createHash("sha256").update(subjectKey(name), "utf8").digest();
  return digest.readUIntBE(0, 6) % count + 1;
}
function inShard(shard, name) {
  return !shard || shardOf(name, shard.count) === shard.index;
}
function canonicalSubjects(names) {
  return [...new Set([...names].map(subjectKey))].sort();
}
var orgShardSubject = (owner) => `org:${subjectKey(owner)}`;
function populationDigest(names) {
  const sorted = canonicalSubjects(names);
  return {
    count: sorted.length,
    sha256: createHash("sha256").update(sorted.join("\n"), "utf8").digest("hex")
  };
}
var PARTIAL_PREFIX = "partial";
function partialBundleKey(scope, chainKey, shard) {
  return `${PARTIAL_PREFIX}/${scope}/${chainKey.split("/").pop()}.shard-${shard.index}-of-${shard.count}`;
}
function partialNotice(shard) {
  return `PARTIAL bundle: shard ${shard.index}/${shard.count}, ${shard.subjects.length} subject(s). Its findings and control statuses cover only this shard's subjects; it is not a Statement of Applicability and not part of the evidence chain. Combine the shards with \`merge\`.`;
}

export {
  SHARD_EXPECTED,
  readShard,
  shardOf,
  inShard,
  canonicalSubjects,
  orgShardSubject,
  populationDigest,
  partialBundleKey,
  partialNotice
};
//# sourceMappingURL=chunk-55VSQBGE.js.map
