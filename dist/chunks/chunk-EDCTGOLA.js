import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkShardSet
} from "./chunk-FBCADDFC.js";
import {
  ARCHIVE_SUFFIX,
  ArchiveIntegrityError,
  extractBundleArchive
} from "./chunk-HRAGQTEZ.js";
import {
  verifyBundle
} from "./chunk-FXEEQTUV.js";
import {
  sha256Hex
} from "./chunk-TBGHA4LN.js";
import {
  MANIFEST_FILE,
  manifestSchema,
  parseSigningKey
} from "./chunk-C2D4KXTZ.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";

// src/merge/read-partials.ts
import { mkdtemp, readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
var ShardIntegrityError = class extends Error {
  name = "ShardIntegrityError";
};
var notPartial = (location) => new InputError(
  `merge: ${location} is not a partial bundle (its manifest has no shard): merge combines the shards of one run (shard: i/n)`
);
var SEARCH_DEPTH = 4;
var isBundleDir = (dir) => stat(join(dir, MANIFEST_FILE)).then(
  (info) => info.isFile(),
  () => false
);
async function findPartials(paths, label = "merge") {
  const found = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => void 0);
    if (!info)
      throw new InputError(
        `${label}: expected a partial bundle, its ${ARCHIVE_SUFFIX} archive, or a directory holding them, got ${JSON.stringify(path)}, which does not exist`
      );
    if (info.isFile()) {
      if (!path.endsWith(ARCHIVE_SUFFIX))
        throw new InputError(
          `${label}: expected a bundle directory or a ${ARCHIVE_SUFFIX} archive, got the file ${JSON.stringify(path)}`
        );
      found.push(path);
    } else if (await isBundleDir(path)) found.push(path);
    else {
      const inside = await searchDir(path, SEARCH_DEPTH);
      if (inside.length === 0)
        throw new InputError(
          `${label}: expected partial bundles in ${JSON.stringify(path)} (directories with ${MANIFEST_FILE}, or ${ARCHIVE_SUFFIX} archives, up to ${SEARCH_DEPTH} levels down), got none`
        );
      found.push(...inside);
    }
  }
  return found;
}
async function searchDir(dir, depth) {
  const found = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
    const path = join(dir, entry.name);
    if (entry.isFile() && entry.name.endsWith(ARCHIVE_SUFFIX)) found.push(path);
    else if (entry.isDirectory() && !entry.name.startsWith(".")) {
      if (await isBundleDir(path)) found.push(path);
      else if (depth > 1) found.push(...await searchDir(path, depth - 1));
    }
  }
  return found;
}
async function readPartials(locations, options) {
  const partials = [];
  for (const location of locations) {
    let dir = location;
    if (location.endsWith(ARCHIVE_SUFFIX)) {
      try {
        dir = await extractBundleArchive(location, await mkdtemp(join(options.tempDir, "shard-")));
      } catch (error) {
        if (error instanceof ArchiveIntegrityError) throw new ShardIntegrityError(error.message);
        throw error;
      }
    }
    const recorded = await readFile(join(dir, MANIFEST_FILE), "utf8").then((text) => manifestSchema.safeParse(JSON.parse(text))).catch(() => void 0);
    if (recorded?.success && !recorded.data.shard) throw notPartial(location);
    const report = await verifyBundle(dir, options);
    if (report.signature.status === "unsigned" && options.trustedKeys?.length)
      throw new ShardIntegrityError(
        `merge: ${location} is not signed, but the merge signs with key ${options.trustedKeys[0].fingerprint}: give the shards the same signing key, so nothing unsigned enters the merged bundle`
      );
    if (!report.ok) {
      const [first, ...more] = report.problems;
      throw new ShardIntegrityError(
        `merge: ${location} fails its integrity check: ${first?.message ?? "unknown problem"}${more.length > 0 ? ` (and ${more.length} more problem(s); run verify on it)` : ""}`
      );
    }
    const bytes = await readFile(join(dir, MANIFEST_FILE));
    const manifest = manifestSchema.parse(JSON.parse(bytes.toString("utf8")));
    if (!manifest.shard) throw notPartial(location);
    partials.push({
      location,
      dir,
      manifest,
      manifestSha256: sha256Hex(bytes)
    });
  }
  return partials;
}

// src/merge/command.ts
import { mkdtemp as mkdtemp2, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
async function mergeBundles(paths, options) {
  const { settings: inputs, log } = options;
  const signingKey = inputs.signingKey !== void 0 ? parseSigningKey(inputs.signingKey) : void 0;
  const tempDir = await mkdtemp2(join2(tmpdir(), "annex-merge-"));
  try {
    const found = await findPartials(paths, options.label);
    const partials = await readPartials(found, {
      tempDir,
      // The shards and the merge sign with one key: a shard signed by any other key is refused.
      ...signingKey ? { trustedKeys: [{ publicKey: signingKey.publicKey, fingerprint: signingKey.fingerprint }] } : {}
    });
    const shards = checkShardSet(partials);
    const { mergePartials } = await import("./merge-O2I3AAKH.js");
    return await mergePartials(shards, {
      destination: inputs.destination,
      spoolDir: inputs.spoolDir,
      s3: inputs.s3,
      signingKey,
      failOn: inputs.failOn,
      now: options.now ?? /* @__PURE__ */ new Date(),
      log
    });
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

export {
  ShardIntegrityError,
  mergeBundles
};
//# sourceMappingURL=chunk-EDCTGOLA.js.map
