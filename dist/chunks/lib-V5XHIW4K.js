import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Headers,
  HttpClient,
  HttpClientError,
  HttpClientResponse,
  HttpCodes,
  MediaTypes,
  getProxyUrl,
  isHttps
} from "./chunk-DXCU3GQ6.js";
import "./chunk-E4WBWSDB.js";
export {
  Headers,
  HttpClient,
  HttpClientError,
  HttpClientResponse,
  HttpCodes,
  MediaTypes,
  getProxyUrl,
  isHttps
};
//# sourceMappingURL=lib-V5XHIW4K.js.map
