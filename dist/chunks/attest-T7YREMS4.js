import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-E4WBWSDB.js";

// src/bundle/attest.ts
import { writeFile } from "node:fs/promises";
async function attestManifest(options) {
  if (options.mode === "false") return { status: "skipped", message: "attest is false" };
  if (!options.manifestSha256) return { status: "skipped", message: "the bundle is not sealed yet" };
  if (!options.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    const message = "no OIDC token available: grant the job `id-token: write` (and `attestations: write`)";
    return { status: options.mode === "true" ? "failed" : "skipped", message };
  }
  try {
    const { attestProvenance } = await import("./lib-WABOH62D.js");
    const attestation = await attestProvenance({
      subjects: [{ name: options.subjectName, digest: { sha256: options.manifestSha256 } }],
      token: options.token
    });
    await writeFile(options.outputPath, `${JSON.stringify(attestation.bundle)}
`);
    return {
      status: "attested",
      message: `Sigstore attestation ${attestation.attestationID ?? "(not stored)"} of manifest sha256:${options.manifestSha256}`,
      ...attestation.attestationID ? { attestationId: attestation.attestationID } : {},
      bundlePath: options.outputPath
    };
  } catch (error) {
    return { status: "failed", message: `attestation failed: ${error.message}` };
  }
}
export {
  attestManifest
};
//# sourceMappingURL=attest-T7YREMS4.js.map
