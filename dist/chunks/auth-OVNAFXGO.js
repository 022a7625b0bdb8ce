import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BasicCredentialHandler,
  BearerCredentialHandler,
  PersonalAccessTokenCredentialHandler
} from "./chunk-2WRS4UGU.js";
import "./chunk-E4WBWSDB.js";
export {
  BasicCredentialHandler,
  BearerCredentialHandler,
  PersonalAccessTokenCredentialHandler
};
//# sourceMappingURL=auth-OVNAFXGO.js.map
