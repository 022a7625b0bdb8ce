import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ShardSetError
} from "./chunk-FBCADDFC.js";
import {
  BundleWriter,
  PublishError,
  REPORT_FILE,
  bundleKeyFor,
  evaluateRun,
  failingControls,
  headOf,
  openDestination,
  publishNewBundle,
  publishPending,
  sealDrafts,
  sealOrKeep,
  writeAuditorFiles,
  writeEvaluation
} from "./chunk-5SYDKKOW.js";
import {
  OSCAL_ASSESSMENT_RESULTS_FILE
} from "./chunk-PPHU7NQH.js";
import "./chunk-R77RZ7VP.js";
import "./chunk-ASDM2U35.js";
import "./chunk-E2PLYZ6Q.js";
import "./chunk-EZ5X5KBP.js";
import {
  S3UnreachableError
} from "./chunk-GKKAIOME.js";
import "./chunk-55VSQBGE.js";
import "./chunk-HRAGQTEZ.js";
import "./chunk-SN3WCEFD.js";
import {
  EvidenceIndex,
  SOA_INPUTS_FILE,
  canonicalJson,
  renderSoaCsv,
  renderSoaMarkdown,
  soaMetaOf
} from "./chunk-TBGHA4LN.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-EMIPFM47.js";
import "./chunk-IDRUCS6X.js";
import "./chunk-EQZXUNDD.js";
import "./chunk-WRWBU6I6.js";
import {
  BUNDLE_FILES,
  MANIFEST_FILE,
  MANIFEST_SCHEMA_VERSION,
  manifestSchema
} from "./chunk-C2D4KXTZ.js";
import {
  CHECKS
} from "./chunk-RMO2YWKV.js";
import "./chunk-JST3WB76.js";
import {
  configSchema
} from "./chunk-CG44BHTW.js";
import "./chunk-ZEJUPZEW.js";
import "./chunk-RHUBQFO2.js";
import "./chunk-U4YSPENK.js";
import "./chunk-AKQKRLW5.js";
import "./chunk-FX7GPS5Y.js";
import "./chunk-5OAN6P4X.js";
import {
  loadCatalogs
} from "./chunk-MLNTMEOM.js";
import "./chunk-NNI55PZK.js";
import "./chunk-URX6PXYS.js";
import "./chunk-P4CAYHBQ.js";
import "./chunk-U734E4WK.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";
import "./chunk-E4WBWSDB.js";

// src/merge/merge.ts
import { mkdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
var DERIVED_FILES = /* @__PURE__ */ new Set([
  ...Object.values(BUNDLE_FILES),
  SOA_INPUTS_FILE,
  REPORT_FILE,
  OSCAL_ASSESSMENT_RESULTS_FILE
]);
async function mergePartials(shards, options) {
  const { log } = options;
  const first = shards[0].manifest;
  const readJson = async (dir, path) => JSON.parse(await readFile(join(dir, ...path.split("/")), "utf8"));
  const configFile = await readJson(
    shards[0].dir,
    BUNDLE_FILES.config
  );
  const parsedConfig = configSchema.safeParse(configFile.effective);
  if (!parsedConfig.success)
    throw new InputError(
      `merge: ${shards[0].location}: ${BUNDLE_FILES.config}: the recorded config is not valid`
    );
  const loaded = {
    config: parsedConfig.data,
    sha256: configFile.sha256,
    ...configFile.path !== null ? { source: configFile.path } : {}
  };
  const mapping = new Map(
    Object.entries(await readJson(shards[0].dir, BUNDLE_FILES.mapping))
  );
  const soaInputs = await readJson(shards[0].dir, SOA_INPUTS_FILE);
  const period = {
    start: earliest(shards.map((s) => s.manifest.period.start)),
    end: latest(shards.map((s) => s.manifest.period.end)),
    expression: first.period.expression
  };
  const destination = await openDestination(
    options.destination,
    options.spoolDir,
    options.s3,
    () => options.now
  );
  await refuseMergedTwice(destination, first.scope, shards);
  const earlier = await publishWaiting(destination, options.signingKey, log);
  const provisionalKey = bundleKeyFor(first.scope, options.now, first.run);
  const bundleDir = join(destination.localRoot, ...provisionalKey.split("/"));
  await mkdir(resolve(bundleDir, ".."), { recursive: true });
  const writer = new BundleWriter(bundleDir);
  const copied = /* @__PURE__ */ new Map();
  const records = [];
  await log.group(`Merge: ${shards.length} shards of run ${first.run.id}`, async () => {
    for (const shard of shards) {
      let files = 0;
      for (const file of shard.manifest.files) {
        if (DERIVED_FILES.has(file.path)) continue;
        const seen = copied.get(file.path);
        if (seen) {
          if (seen.sha256 !== file.sha256)
            throw new ShardSetError(
              `merge: ${file.path} differs between ${seen.from} and ${shard.location}: the shards did not collect the same evidence for it`
            );
          continue;
        }
        const bytes = await readFile(join(shard.dir, ...file.path.split("/")));
        await writer.writeBytes(file.path, bytes);
        copied.set(file.path, { sha256: file.sha256, from: shard.location });
        files += 1;
        if (file.path.startsWith("evidence/") && file.path.endsWith(".json"))
          records.push(JSON.parse(bytes.toString("utf8")));
      }
      log.info(
        `Shard ${shard.manifest.shard.index}/${shard.manifest.shard.count} (${shard.location}): ${shard.manifest.shard.subjects.length} subject(s), ${files} file(s)`
      );
    }
  });
  const evidence = new EvidenceIndex(records);
  const catalogs = await loadCatalogs();
  const { findings, controls } = await log.group(
    "Evaluate over the union of the shards",
    () => evaluateRun(CHECKS, {
      evidence,
      loaded,
      period,
      mapping,
      catalogs,
      rollUpInputs: { ...soaInputs, periodEnd: period.end },
      log
    })
  );
  return log.group("Bundle", async () => {
    await writeEvaluation(writer, CHECKS, { findings, controls, mapping, loaded });
    await writer.writeJson(SOA_INPUTS_FILE, soaInputs);
    await writer.writeText(BUNDLE_FILES.soaCsv, renderSoaCsv(controls));
    await writer.writeText(
      BUNDLE_FILES.soaMarkdown,
      renderSoaMarkdown(
        controls,
        soaMetaOf(loaded, { scope: first.scope, period, tool: { name: TOOL_NAME, version: TOOL_VERSION } })
      )
    );
    const subjects = shards.reduce((sum, s) => sum + s.manifest.summary.subjects, 0);
    const merged = {
      shards: shards.map((s) => ({
        index: s.manifest.shard.index,
        count: s.manifest.shard.count,
        bundleKey: s.manifest.bundleKey,
        manifestSha256: s.manifestSha256,
        startedAt: s.manifest.startedAt,
        finishedAt: s.manifest.finishedAt,
        period: s.manifest.period,
        subjects: s.manifest.shard.subjects.length
      }))
    };
    const manifest = {
      schemaVersion: MANIFEST_SCHEMA_VERSION,
      mode: first.mode,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      scope: first.scope,
      run: first.run,
      period,
      startedAt: earliest(shards.map((s) => s.manifest.startedAt)),
      finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
      config: first.config,
      sources: mergeSections(shards.map((s) => s.manifest.sources)),
      requests: sumCounts(shards.map((s) => s.manifest.requests)),
      summary: {
        subjects,
        findings: countBy(findings.map((f) => f.status)),
        controls: Object.fromEntries(
          Object.entries(controls.frameworks).map(([id, fw]) => [id, { ...fw.counts }])
        )
      },
      merged
    };
    await writeAuditorFiles(writer, manifest, { findings, controls, checks: CHECKS });
    const sealed = await sealOrKeep(writer, manifest, {
      destination,
      signingKey: options.signingKey,
      keyFor: (at) => bundleKeyFor(first.scope, at, first.run),
      log: log.info
    });
    const { bundleKey, dir, manifestSha256, archivePath } = "kept" in sealed ? { bundleKey: provisionalKey, dir: sealed.kept, manifestSha256: "", archivePath: "" } : sealed;
    if (!("kept" in sealed))
      log.info(
        `Merged bundle written to ${dir} (manifest sha256 ${manifestSha256}${options.signingKey ? `, signed by ${options.signingKey.fingerprint}` : ""})`
      );
    const publishError = "kept" in sealed ? new PublishError(
      `The merged bundle could not take its place in the chain at ${destination.store.location}: ${sealed.error.message}. Its evidence is kept in ${sealed.kept} (spooled, not sealed yet); the next run with the same spool directory seals and publishes it.`,
      sealed.kept,
      sealed.error instanceof InputError
    ) : destination.remote ? await publishNewBundle(destination, bundleKey, dir, earlier, log) : void 0;
    const failedControls = failingControls(controls, options.failOn);
    return {
      bundleDir: dir,
      bundleKey,
      bundleUri: destination.store.uri(bundleKey),
      archivePath,
      published: !publishError,
      publishError,
      sourceNotes: [],
      sourceFailures: [],
      manifestSha256,
      findings,
      controls,
      period,
      scope: first.scope,
      subjects,
      requests: manifest.requests,
      failedControls,
      failed: options.failOn !== "none" && failedControls.length > 0
    };
  });
}
async function refuseMergedTwice(destination, scope, shards) {
  const head = await headOf(destination).peek(scope).catch(() => null);
  if (!head) return;
  let recorded;
  try {
    const chunks = [];
    for await (const chunk of await destination.store.get(`${head.key}/${MANIFEST_FILE}`))
      chunks.push(chunk);
    recorded = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return;
  }
  const parsed = manifestSchema.safeParse(recorded);
  const digests = (list) => list.map((s) => s.manifestSha256).sort().join(",");
  if (parsed.success && parsed.data.merged && digests(parsed.data.merged.shards) === digests(shards))
    throw new ShardSetError(
      `merge: these ${shards.length} shards of run ${shards[0].manifest.run.id} are already merged, as ${destination.store.uri(head.key)}: nothing to do`
    );
}
async function publishWaiting(destination, signingKey, log) {
  if (!destination.remote) return void 0;
  try {
    await sealDrafts(destination, {
      signingKey,
      keyFor: (scope, at, run) => bundleKeyFor(scope, at, run),
      log: log.info
    });
    await publishPending(destination, log.info);
    return void 0;
  } catch (error) {
    if (error instanceof InputError && !(error instanceof S3UnreachableError)) throw error;
    log.warning(`Earlier bundles are still waiting in ${destination.localRoot}: ${error.message}`);
    return error;
  }
}
var earliest = (times) => times.reduce((a, b) => Date.parse(b) < Date.parse(a) ? b : a);
var latest = (times) => times.reduce((a, b) => Date.parse(b) > Date.parse(a) ? b : a);
function sumCounts(all) {
  const sum = {};
  for (const counts of all)
    for (const [key, value] of Object.entries(counts)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}
function mergeSections(values) {
  const present = values.filter((value) => value !== void 0);
  if (present.length === 0) return void 0;
  if (present.every((value) => canonicalJson(value) === canonicalJson(present[0]))) return present[0];
  if (present.every(Array.isArray)) {
    const seen = /* @__PURE__ */ new Map();
    for (const item of present.flat()) seen.set(canonicalJson(item), item);
    return [...seen.values()];
  }
  const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
  if (present.every(isObject)) {
    const keys = [...new Set(present.flatMap((value) => Object.keys(value)))];
    return Object.fromEntries(
      keys.map((key) => [key, mergeSections(present.map((value) => value[key]))])
    );
  }
  return { byShard: values };
}
function countBy(values) {
  const counts = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
export {
  mergePartials,
  mergeSections
};
//# sourceMappingURL=merge-O2I3AAKH.js.map
