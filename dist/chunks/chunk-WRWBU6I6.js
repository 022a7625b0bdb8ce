import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MANIFEST_FILE
} from "./chunk-C2D4KXTZ.js";

// src/bundle/checksums.ts
var CHECKSUMS_FILE = "SHA256SUMS";
var MAX_CHECKSUMS_BYTES = 16 * 1024 * 1024;
function renderChecksums(files) {
  const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  return sorted.map(({ path, sha256 }) => {
    if (!/[\\\n\r]/.test(path)) return `${sha256}  ${path}
`;
    const escaped = path.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
    return `\\${sha256}  ${escaped}
`;
  }).join("");
}
function checksumEntries(manifestFiles, manifestSha256, signature) {
  return [
    ...manifestFiles.map(({ path, sha256 }) => ({ path, sha256 })),
    { path: MANIFEST_FILE, sha256: manifestSha256 },
    ...signature ? [{ path: signature.file, sha256: signature.sha256 }] : []
  ];
}

export {
  CHECKSUMS_FILE,
  MAX_CHECKSUMS_BYTES,
  renderChecksums,
  checksumEntries
};
//# sourceMappingURL=chunk-WRWBU6I6.js.map
