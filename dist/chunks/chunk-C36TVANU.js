import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  InputError
} from "./chunk-R3RSZNU2.js";

// src/store/s3-uri.ts
function parseS3Uri(uri, where = "destination") {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(uri);
  if (!match) {
    throw new InputError(
      `${where}: expected s3://bucket/prefix with a valid bucket name, got ${JSON.stringify(uri)}`
    );
  }
  return { uri, bucket: match[1], prefix: (match[2] ?? "").replace(/^\/+|\/+$/g, "") };
}
function isS3Uri(value) {
  return value.startsWith("s3://");
}
var S3UnreachableError = class extends InputError {
  name = "S3UnreachableError";
};

export {
  parseS3Uri,
  isS3Uri,
  S3UnreachableError
};
//# sourceMappingURL=chunk-C36TVANU.js.map
