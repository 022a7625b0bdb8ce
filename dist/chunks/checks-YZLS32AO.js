import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ALL_CHECKS,
  CHECKS,
  PR_CHECKS,
  checksFor
} from "./chunk-RMO2YWKV.js";
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
  ALL_CHECKS,
  CHECKS,
  PR_CHECKS,
  checksFor
};
//# sourceMappingURL=checks-YZLS32AO.js.map
