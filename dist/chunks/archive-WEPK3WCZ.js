import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ARCHIVE_SUFFIX,
  ArchiveIntegrityError,
  DEFAULT_EXTRACT_LIMITS,
  extractBundleArchive,
  writeBundleArchive
} from "./chunk-HRAGQTEZ.js";
import "./chunk-SN3WCEFD.js";
import "./chunk-WRWBU6I6.js";
import "./chunk-C2D4KXTZ.js";
import "./chunk-U734E4WK.js";
import "./chunk-R3RSZNU2.js";
import "./chunk-E4WBWSDB.js";
export {
  ARCHIVE_SUFFIX,
  ArchiveIntegrityError,
  DEFAULT_EXTRACT_LIMITS,
  extractBundleArchive,
  writeBundleArchive
};
//# sourceMappingURL=archive-WEPK3WCZ.js.map
