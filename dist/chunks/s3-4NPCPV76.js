import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  S3Store,
  S3StoreError,
  describeS3Error
} from "./chunk-Q3X5JAYL.js";
import "./chunk-URF5C5ED.js";
import "./chunk-QSX3ASIM.js";
import "./chunk-E2PLYZ6Q.js";
import {
  S3UnreachableError,
  parseS3Uri
} from "./chunk-C36TVANU.js";
import "./chunk-R3RSZNU2.js";
import "./chunk-J5ODFOT3.js";
import "./chunk-AZM7JLX4.js";
import "./chunk-E4WBWSDB.js";
export {
  S3Store,
  S3StoreError,
  S3UnreachableError,
  describeS3Error,
  parseS3Uri
};
//# sourceMappingURL=s3-4NPCPV76.js.map
