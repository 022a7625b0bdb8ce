import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitHubRequestFailure,
  graphqlPost,
  restGet
} from "./chunk-4DZ7RMQR.js";
import "./chunk-QL45PCME.js";
import "./chunk-YMOHZN2L.js";
import "./chunk-LJROAE64.js";
import "./chunk-E4WBWSDB.js";
export {
  GitHubRequestFailure,
  graphqlPost,
  restGet
};
//# sourceMappingURL=requests-IYTUPHIP.js.map
