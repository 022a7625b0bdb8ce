import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ARCHIVE_SUFFIX,
  ArchiveIntegrityError,
  DEFAULT_EXTRACT_LIMITS,
  extractBundleArchive,
  writeBundleArchive
} from "./chunk-XNA7BK4I.js";
import "./chunk-SN3WCEFD.js";
import "./chunk-IZ7PHHYA.js";
import "./chunk-6MW5J76Q.js";
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
//# sourceMappingURL=archive-XA5CTPSD.js.map
