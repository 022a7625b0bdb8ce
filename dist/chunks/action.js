import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  error,
  getInput,
  group,
  info,
  setFailed,
  setOutput,
  setSecret,
  warning
} from "./chunk-E7Z5KTQR.js";
import {
  actionSource,
  readSettings
} from "./chunk-EZ5X5KBP.js";
import "./chunk-GKKAIOME.js";
import "./chunk-55VSQBGE.js";
import {
  redactProcessOutput,
  registerEnvironmentSecrets,
  registerSecret
} from "./chunk-EQZXUNDD.js";
import "./chunk-C2D4KXTZ.js";
import "./chunk-P4CAYHBQ.js";
import "./chunk-U734E4WK.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";
import "./chunk-E4WBWSDB.js";

// src/main.ts
import { readdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

// src/secrets.ts
var SECRET_INPUTS = ["github-token", "signing-key", "app-private-key"];
function registerActionSecrets(env, mask) {
  for (const name of SECRET_INPUTS) registerSecret(env[`INPUT_${name.toUpperCase()}`], mask);
  registerEnvironmentSecrets(env, mask);
}

// src/main.ts
var EXIT_BAD_INPUT = 2;
var EXIT_SOURCE_FAILED = 3;
var actionsLogger = {
  info: (message) => info(message),
  warning: (message) => warning(message),
  group: (name, body) => group(name, () => Promise.resolve().then(body))
};
async function main() {
  redactProcessOutput();
  registerActionSecrets(process.env, setSecret);
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const settings = await readSettings(actionSource(getInput, process.env), {
      base: workspace,
      env: process.env
    });
    const { failOn, token, attest: attestMode } = settings;
    if (settings.mode === "merge") {
      const { mergeStep } = await import("./step-DSGLAJQP.js");
      await mergeStep({ ...settings, log: actionsLogger });
      return;
    }
    if (settings.mode === "pull-request") {
      const { pullRequestStep } = await import("./pr-step-Q4FYDNSC.js");
      await pullRequestStep({ ...settings, log: actionsLogger }, keepAsArtifact);
      return;
    }
    const [{ runEvidence }, { writeJobSummary }, { attestManifest }] = await Promise.all([
      import("./run-SXAEDTUH.js"),
      import("./job-summary-step-AATVQFHO.js"),
      import("./attest-T7YREMS4.js")
    ]);
    const result = await runEvidence({ ...settings, log: actionsLogger });
    setOutput("bundle-path", result.bundleDir);
    setOutput("bundle-uri", result.bundleUri);
    setOutput("archive-path", result.archivePath);
    setOutput("manifest-sha256", result.manifestSha256);
    setOutput("failed-controls", result.failedControls.join(","));
    await writeJobSummary(result);
    const attestation = await attestManifest({
      mode: attestMode,
      manifestSha256: result.manifestSha256,
      subjectName: `${result.bundleKey}/manifest.json`,
      token,
      env: process.env,
      outputPath: `${result.bundleDir}.sigstore.json`
    });
    if (attestation.status === "failed") warning(attestation.message);
    else info(`Attestation: ${attestation.message}`);
    if (attestation.attestationId) setOutput("attestation-id", attestation.attestationId);
    if (attestation.status === "failed" && attestMode === "true") {
      setFailed(`attest is true, but ${attestation.message}`);
      return;
    }
    for (const failure of result.sourceFailures) error(failure);
    if (result.publishError) {
      await keepAsArtifact(result.bundleDir, [result.archivePath].filter(Boolean));
      setFailed(result.publishError.message);
      if (result.publishError.badInput) process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    if (result.failed && result.sourceFailures.length > 0) {
      setFailed(
        `${result.sourceFailures.length} source(s) collected nothing, so this night's evidence is incomplete (fail-on: ${failOn}; fail-on: none accepts such a night). The bundle was written to ${result.bundleDir}.`
      );
      process.exitCode = EXIT_SOURCE_FAILED;
      return;
    }
    if (result.failed) {
      setFailed(
        `${result.failedControls.length} control(s) failing (fail-on: ${failOn}): ${result.failedControls.join(", ")}. The bundle was written to ${result.bundleDir}.`
      );
    }
  } catch (error2) {
    const { GitHubRequestFailure } = error2 instanceof InputError ? { GitHubRequestFailure: void 0 } : await import("./requests-IYTUPHIP.js");
    if (error2 instanceof InputError || GitHubRequestFailure && error2 instanceof GitHubRequestFailure && error2.request.status === 401) {
      setFailed(error2.message);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    setFailed(
      GitHubRequestFailure && error2 instanceof GitHubRequestFailure ? error2.message : error2.stack ?? String(error2)
    );
  }
}
async function keepAsArtifact(bundleDir, extraFiles) {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) return;
  try {
    const { DefaultArtifactClient } = await import("./artifact-SXBYCW7B.js");
    const entries = await readdir(bundleDir, { recursive: true, withFileTypes: true });
    const files = [...entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)), ...extraFiles];
    const name = `evidence-bundle-${basename(bundleDir)}`;
    await new DefaultArtifactClient().uploadArtifact(name, files, dirname(bundleDir), { retentionDays: 90 });
    info(`Bundle kept as workflow artifact ${name}.`);
  } catch (error2) {
    warning(`The bundle could not be kept as a workflow artifact: ${error2.message}`);
  }
}

// src/index.ts
await main();
//# sourceMappingURL=action.js.map
