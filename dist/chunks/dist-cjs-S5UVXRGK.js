import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-LAFN7LLX.js";
import "./chunk-QSX3ASIM.js";
import "./chunk-AZM7JLX4.js";
import "./chunk-E4WBWSDB.js";
export default require_dist_cjs();
//# sourceMappingURL=dist-cjs-S5UVXRGK.js.map
