import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ShardIntegrityError,
  mergeBundles
} from "./chunk-EDCTGOLA.js";
import "./chunk-FBCADDFC.js";
import {
  info,
  setFailed,
  setOutput,
  warning
} from "./chunk-E7Z5KTQR.js";
import "./chunk-55VSQBGE.js";
import "./chunk-HRAGQTEZ.js";
import "./chunk-SN3WCEFD.js";
import "./chunk-FXEEQTUV.js";
import "./chunk-TBGHA4LN.js";
import "./chunk-WZW2TTAY.js";
import "./chunk-EMIPFM47.js";
import "./chunk-IDRUCS6X.js";
import "./chunk-EQZXUNDD.js";
import "./chunk-WRWBU6I6.js";
import "./chunk-C2D4KXTZ.js";
import "./chunk-RMO2YWKV.js";
import "./chunk-JST3WB76.js";
import "./chunk-CG44BHTW.js";
import "./chunk-ZEJUPZEW.js";
import "./chunk-RHUBQFO2.js";
import "./chunk-U4YSPENK.js";
import "./chunk-AKQKRLW5.js";
import "./chunk-FX7GPS5Y.js";
import "./chunk-5OAN6P4X.js";
import "./chunk-MLNTMEOM.js";
import "./chunk-NNI55PZK.js";
import "./chunk-URX6PXYS.js";
import "./chunk-P4CAYHBQ.js";
import "./chunk-U734E4WK.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";
import "./chunk-E4WBWSDB.js";

// src/merge/step.ts
async function mergeStep(options) {
  if (options.partialBundles.length === 0)
    throw new InputError(
      "partial-bundles input: expected the partial bundles of the shards (directories or .tar.gz archives, or a directory holding them), got nothing"
    );
  let result;
  try {
    result = await mergeBundles(options.partialBundles, {
      label: "partial-bundles input",
      settings: options,
      log: options.log
    });
  } catch (error) {
    if (!(error instanceof ShardIntegrityError)) throw error;
    setFailed(error.message);
    return;
  }
  setOutput("bundle-path", result.bundleDir);
  setOutput("bundle-uri", result.bundleUri);
  setOutput("archive-path", result.archivePath);
  setOutput("manifest-sha256", result.manifestSha256);
  setOutput("failed-controls", result.failedControls.join(","));
  const { writeJobSummary } = await import("./job-summary-step-AATVQFHO.js");
  await writeJobSummary(result);
  if (result.manifestSha256) {
    const { attestManifest } = await import("./attest-T7YREMS4.js");
    const attestation = await attestManifest({
      mode: options.attest,
      manifestSha256: result.manifestSha256,
      subjectName: `${result.bundleKey}/manifest.json`,
      token: options.token,
      env: process.env,
      outputPath: `${result.bundleDir}.sigstore.json`
    });
    if (attestation.status === "failed") warning(attestation.message);
    else info(`Attestation: ${attestation.message}`);
    if (attestation.attestationId) setOutput("attestation-id", attestation.attestationId);
    if (attestation.status === "failed" && options.attest === "true") {
      setFailed(`attest is true, but ${attestation.message}`);
      return;
    }
  }
  if (result.publishError) {
    setFailed(result.publishError.message);
    if (result.publishError.badInput) process.exitCode = 2;
    return;
  }
  if (result.failed)
    setFailed(
      `${result.failedControls.length} control(s) failing (fail-on: ${options.failOn}): ${result.failedControls.join(", ")}. The merged bundle was written to ${result.bundleDir}.`
    );
}
export {
  mergeStep
};
//# sourceMappingURL=step-DSGLAJQP.js.map
