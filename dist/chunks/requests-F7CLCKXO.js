import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitHubRequestFailure,
  graphqlPost,
  restGet
} from "./chunk-MS4KVY5L.js";
import "./chunk-QL45PCME.js";
import "./chunk-6L3EEOGB.js";
import "./chunk-E4WBWSDB.js";
export {
  GitHubRequestFailure,
  graphqlPost,
  restGet
};
//# sourceMappingURL=requests-F7CLCKXO.js.map
