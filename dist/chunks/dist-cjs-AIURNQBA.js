import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-XD7B4VCQ.js";
import "./chunk-RFZFBYDH.js";
import "./chunk-AZM7JLX4.js";
import "./chunk-E4WBWSDB.js";
export default require_dist_cjs();
//# sourceMappingURL=dist-cjs-AIURNQBA.js.map
