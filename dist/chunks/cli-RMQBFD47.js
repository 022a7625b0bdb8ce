import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ShardIntegrityError,
  mergeBundles
} from "./chunk-EDCTGOLA.js";
import "./chunk-FBCADDFC.js";
import {
  renderControlTable
} from "./chunk-EHPX5KTE.js";
import {
  cliSource,
  readSettings
} from "./chunk-EZ5X5KBP.js";
import "./chunk-GKKAIOME.js";
import "./chunk-55VSQBGE.js";
import "./chunk-HRAGQTEZ.js";
import "./chunk-SN3WCEFD.js";
import "./chunk-FXEEQTUV.js";
import "./chunk-TBGHA4LN.js";
import "./chunk-WZW2TTAY.js";
import "./chunk-EMIPFM47.js";
import "./chunk-IDRUCS6X.js";
import {
  registerSecret
} from "./chunk-EQZXUNDD.js";
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

// src/merge/cli.ts
import { parseArgs } from "node:util";
async function mergeCommand(args, log) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      destination: { type: "string" },
      "fail-on": { type: "string" },
      "spool-dir": { type: "string" },
      "aws-region": { type: "string" },
      "s3-endpoint": { type: "string" },
      "s3-force-path-style": { type: "string" },
      sse: { type: "string" },
      "kms-key-id": { type: "string" },
      "retention-mode": { type: "string" },
      "retention-days": { type: "string" },
      "signing-key-file": { type: "string" }
    },
    allowPositionals: true,
    strict: true
  });
  if (positionals.length === 0 || positionals.some((p) => p === ""))
    throw new InputError(
      "merge: expected the partial bundles of one run (directories or .tar.gz archives), got none"
    );
  if (values.destination === void 0)
    throw new InputError(
      "--destination: expected where the merged bundle goes (a directory or s3://bucket/prefix), got nothing"
    );
  const settings = await readSettings(cliSource(values, process.env, { partials: positionals }), {
    base: process.cwd(),
    env: process.env
  });
  registerSecret(settings.signingKey);
  let result;
  try {
    result = await mergeBundles(settings.partialBundles, { settings, log });
  } catch (error) {
    if (!(error instanceof ShardIntegrityError)) throw error;
    console.error(`error: ${error.message}`);
    return 1;
  }
  console.log(renderControlTable(result.controls));
  console.log(`Bundle: ${result.bundleDir}`);
  console.log(`Manifest SHA-256: ${result.manifestSha256}`);
  if (result.publishError) {
    console.error(`error: ${result.publishError.message}`);
    return result.publishError.badInput ? 2 : 1;
  }
  return result.failed ? 1 : 0;
}
export {
  mergeCommand
};
//# sourceMappingURL=cli-RMQBFD47.js.map
