import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PublishError,
  bundleKeyFor,
  failingControls,
  loadControls,
  publishNewBundle,
  runEvidence,
  scopeLabel,
  writeEvaluation
} from "./chunk-5SYDKKOW.js";
import "./chunk-PPHU7NQH.js";
import "./chunk-R77RZ7VP.js";
import "./chunk-ASDM2U35.js";
import "./chunk-E2PLYZ6Q.js";
import {
  FAIL_ON_VALUES,
  REPOSITORY_PATTERN
} from "./chunk-EZ5X5KBP.js";
import "./chunk-GKKAIOME.js";
import "./chunk-55VSQBGE.js";
import "./chunk-HRAGQTEZ.js";
import "./chunk-SN3WCEFD.js";
import "./chunk-TBGHA4LN.js";
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
import "./chunk-R3RSZNU2.js";
import "./chunk-E4WBWSDB.js";
export {
  FAIL_ON_VALUES,
  PublishError,
  REPOSITORY_PATTERN,
  bundleKeyFor,
  failingControls,
  loadControls,
  publishNewBundle,
  runEvidence,
  scopeLabel,
  writeEvaluation
};
//# sourceMappingURL=run-SXAEDTUH.js.map
