import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  verifyBundle,
  verifyBundleFiles
} from "./chunk-54TPNHGN.js";
import "./chunk-KZRXCRSU.js";
import "./chunk-WZW2TTAY.js";
import "./chunk-EMIPFM47.js";
import "./chunk-27WQHCAT.js";
import "./chunk-65EAJ6AX.js";
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
import "./chunk-IZ7PHHYA.js";
import "./chunk-6MW5J76Q.js";
import "./chunk-U734E4WK.js";
import "./chunk-R3RSZNU2.js";
import "./chunk-E4WBWSDB.js";
export {
  verifyBundle,
  verifyBundleFiles
};
//# sourceMappingURL=verify-2I5CGLXN.js.map
