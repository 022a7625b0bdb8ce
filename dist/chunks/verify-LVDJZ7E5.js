import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  verifyBundle,
  verifyBundleFiles
} from "./chunk-FXEEQTUV.js";
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
import "./chunk-R3RSZNU2.js";
import "./chunk-E4WBWSDB.js";
export {
  verifyBundle,
  verifyBundleFiles
};
//# sourceMappingURL=verify-LVDJZ7E5.js.map
