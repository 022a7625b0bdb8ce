import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ALL_CHECKS,
  CHECKS,
  PR_CHECKS,
  checksFor
} from "./chunk-IBKKSTUO.js";
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
import "./chunk-U734E4WK.js";
import "./chunk-R3RSZNU2.js";
import "./chunk-E4WBWSDB.js";
export {
  ALL_CHECKS,
  CHECKS,
  PR_CHECKS,
  checksFor
};
//# sourceMappingURL=checks-Y42GEAMX.js.map
