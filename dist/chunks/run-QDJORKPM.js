import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PublishError,
  bundleKeyFor,
  failingControls,
  loadControls,
  runEvidence,
  scopeLabel,
  writeEvaluation
} from "./chunk-5WBPO2V6.js";
import "./chunk-SIIB2KAV.js";
import "./chunk-KZRXCRSU.js";
import "./chunk-R77RZ7VP.js";
import "./chunk-ASDM2U35.js";
import "./chunk-EMIPFM47.js";
import "./chunk-27WQHCAT.js";
import "./chunk-E2PLYZ6Q.js";
import {
  FAIL_ON_VALUES,
  REPOSITORY_PATTERN
} from "./chunk-6Q3ZYCSD.js";
import "./chunk-65EAJ6AX.js";
import "./chunk-C36TVANU.js";
import "./chunk-IBKKSTUO.js";
import "./chunk-4TLHRKGK.js";
import "./chunk-UNW4KLDT.js";
import "./chunk-Q6N5DWGS.js";
import "./chunk-ZEJUPZEW.js";
import "./chunk-RHUBQFO2.js";
import "./chunk-5OAN6P4X.js";
import "./chunk-2PJLBH5X.js";
import "./chunk-NNI55PZK.js";
import "./chunk-VO3D4YAX.js";
import "./chunk-P4CAYHBQ.js";
import "./chunk-XNA7BK4I.js";
import "./chunk-SN3WCEFD.js";
import "./chunk-IZ7PHHYA.js";
import "./chunk-6MW5J76Q.js";
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
  runEvidence,
  scopeLabel,
  writeEvaluation
};
//# sourceMappingURL=run-QDJORKPM.js.map
