import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  InputError
} from "./chunk-R3RSZNU2.js";

// src/store/s3-uri.ts
var S3_URI_EXPECTED = "expected s3://bucket/prefix with a valid bucket name";
function s3Location(uri) {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(uri);
  return match ? { uri, bucket: match[1], prefix: (match[2] ?? "").replace(/^\/+|\/+$/g, "") } : void 0;
}
function parseS3Uri(uri, where = "destination") {
  const location = s3Location(uri);
  if (!location) throw new InputError(`${where}: ${S3_URI_EXPECTED}, got ${JSON.stringify(uri)}`);
  return location;
}
function parentLocation(location) {
  const cut = location.prefix.lastIndexOf("/");
  const prefix = cut < 0 ? "" : location.prefix.slice(0, cut);
  return {
    location: {
      uri: `s3://${location.bucket}${prefix ? `/${prefix}` : ""}`,
      bucket: location.bucket,
      prefix
    },
    last: location.prefix.slice(cut + 1)
  };
}
function isS3Uri(value) {
  return value.startsWith("s3://");
}
var S3UnreachableError = class extends InputError {
  name = "S3UnreachableError";
};

export {
  S3_URI_EXPECTED,
  s3Location,
  parseS3Uri,
  parentLocation,
  isS3Uri,
  S3UnreachableError
};
//# sourceMappingURL=chunk-GKKAIOME.js.map
