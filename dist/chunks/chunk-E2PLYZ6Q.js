import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/store/store.ts
var ObjectExistsError = class extends Error {
  constructor(uri) {
    super(`${uri} already exists: bundles are never overwritten`);
    this.uri = uri;
  }
  uri;
  name = "ObjectExistsError";
};
var CONTENT_TYPES = {
  json: "application/json",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  sig: "application/json",
  gz: "application/gzip"
};
function contentTypeOf(path) {
  return CONTENT_TYPES[path.split(".").pop() ?? ""] ?? "application/octet-stream";
}

export {
  ObjectExistsError,
  contentTypeOf
};
//# sourceMappingURL=chunk-E2PLYZ6Q.js.map
