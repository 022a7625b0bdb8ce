import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/version.ts
var TOOL_NAME = "annex-evidence";
var TOOL_VERSION = true ? "0.1.0" : "0.0.0-dev";

export {
  TOOL_NAME,
  TOOL_VERSION
};
//# sourceMappingURL=chunk-EMIPFM47.js.map
