import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-6YHVIQTU.js";
import "./chunk-UOFK4ZD5.js";
import {
  init_protocols,
  protocols_exports
} from "./chunk-RFZFBYDH.js";
import {
  ObjectExistsError
} from "./chunk-E2PLYZ6Q.js";
import {
  S3UnreachableError,
  parseS3Uri
} from "./chunk-GKKAIOME.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";
import "./chunk-J5ODFOT3.js";
import {
  endpoints_exports,
  init_endpoints
} from "./chunk-AZM7JLX4.js";
import {
  __commonJS,
  __require,
  __toCommonJS,
  __toESM
} from "./chunk-E4WBWSDB.js";

// node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var require_dist_cjs2 = __commonJS({
  "node_modules/@aws-sdk/lib-storage/dist-cjs/index.js"(exports) {
    var { PutObjectCommand: PutObjectCommand2, ChecksumAlgorithm, CreateMultipartUploadCommand, AbortMultipartUploadCommand, UploadPartCommand, CompleteMultipartUploadCommand, PutObjectTaggingCommand } = require_dist_cjs();
    var { toEndpointV1, getEndpointFromInstructions } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { extendedEncodeURIComponent } = (init_protocols(), __toCommonJS(protocols_exports));
    var { EventEmitter } = __require("events");
    var { Buffer: Buffer2 } = __require("buffer");
    var { statSync, ReadStream } = __require("node:fs");
    var { Readable } = __require("stream");
    var runtimeConfigShared = {
      statSync: () => {
      },
      isFileReadStream(f) {
        return false;
      }
    };
    var runtimeConfig = {
      ...runtimeConfigShared,
      runtime: "node",
      statSync,
      isFileReadStream(f) {
        return f instanceof ReadStream;
      }
    };
    var byteLength = (input) => {
      if (input == null) {
        return 0;
      }
      if (typeof input === "string") {
        return Buffer2.byteLength(input);
      }
      if (typeof input.byteLength === "number") {
        return input.byteLength;
      } else if (typeof input.length === "number") {
        return input.length;
      } else if (typeof input.size === "number") {
        return input.size;
      } else if (typeof input.start === "number" && typeof input.end === "number") {
        return input.end + 1 - input.start;
      } else if (runtimeConfig.isFileReadStream(input)) {
        try {
          return runtimeConfig.statSync(input.path).size;
        } catch (error) {
          return void 0;
        }
      }
      return void 0;
    };
    var BYTE_LENGTH_SOURCE;
    (function(BYTE_LENGTH_SOURCE2) {
      BYTE_LENGTH_SOURCE2["EMPTY_INPUT"] = "a null or undefined Body";
      BYTE_LENGTH_SOURCE2["CONTENT_LENGTH"] = "the ContentLength property of the params set by the caller";
      BYTE_LENGTH_SOURCE2["STRING_LENGTH"] = "the encoded byte length of the Body string";
      BYTE_LENGTH_SOURCE2["TYPED_ARRAY"] = "the byteLength of a typed byte array such as Uint8Array";
      BYTE_LENGTH_SOURCE2["LENGTH"] = "the value of Body.length";
      BYTE_LENGTH_SOURCE2["SIZE"] = "the value of Body.size";
      BYTE_LENGTH_SOURCE2["START_END_DIFF"] = "the numeric difference between Body.start and Body.end";
      BYTE_LENGTH_SOURCE2["STAT"] = "the size of the file given by Body.path on disk as reported by statSync";
    })(BYTE_LENGTH_SOURCE || (BYTE_LENGTH_SOURCE = {}));
    var byteLengthSource = (input, override) => {
      if (override != null) {
        return BYTE_LENGTH_SOURCE.CONTENT_LENGTH;
      }
      if (input == null) {
        return BYTE_LENGTH_SOURCE.EMPTY_INPUT;
      }
      if (typeof input === "string") {
        return BYTE_LENGTH_SOURCE.STRING_LENGTH;
      }
      if (typeof input.byteLength === "number") {
        return BYTE_LENGTH_SOURCE.TYPED_ARRAY;
      } else if (typeof input.length === "number") {
        return BYTE_LENGTH_SOURCE.LENGTH;
      } else if (typeof input.size === "number") {
        return BYTE_LENGTH_SOURCE.SIZE;
      } else if (typeof input.start === "number" && typeof input.end === "number") {
        return BYTE_LENGTH_SOURCE.START_END_DIFF;
      } else if (runtimeConfig.isFileReadStream(input)) {
        try {
          runtimeConfig.statSync(input.path).size;
          return BYTE_LENGTH_SOURCE.STAT;
        } catch (error) {
          return void 0;
        }
      }
      return void 0;
    };
    async function* getChunkStream(data, partSize, getNextData) {
      let partNumber = 1;
      const currentBuffer = { chunks: [], length: 0 };
      for await (const datum of getNextData(data)) {
        currentBuffer.chunks.push(datum);
        currentBuffer.length += datum.byteLength;
        while (currentBuffer.length > partSize) {
          const dataChunk = currentBuffer.chunks.length > 1 ? Buffer2.concat(currentBuffer.chunks) : currentBuffer.chunks[0];
          yield {
            partNumber,
            data: dataChunk.subarray(0, partSize)
          };
          currentBuffer.chunks = [dataChunk.subarray(partSize)];
          currentBuffer.length = currentBuffer.chunks[0].byteLength;
          partNumber += 1;
        }
      }
      yield {
        partNumber,
        data: currentBuffer.chunks.length !== 1 ? Buffer2.concat(currentBuffer.chunks) : currentBuffer.chunks[0],
        lastPart: true
      };
    }
    async function* getChunkUint8Array(data, partSize) {
      let partNumber = 1;
      let startByte = 0;
      let endByte = partSize;
      while (endByte < data.byteLength) {
        yield {
          partNumber,
          data: data.subarray(startByte, endByte)
        };
        partNumber += 1;
        startByte = endByte;
        endByte = startByte + partSize;
      }
      yield {
        partNumber,
        data: data.subarray(startByte),
        lastPart: true
      };
    }
    async function* getDataReadable(data) {
      for await (const chunk of data) {
        if (Buffer2.isBuffer(chunk) || chunk instanceof Uint8Array) {
          yield chunk;
        } else {
          yield Buffer2.from(chunk);
        }
      }
    }
    async function* getDataReadableStream(data) {
      const reader = data.getReader();
      try {
        while (true) {
          const { done, value } = await reader.read();
          if (done) {
            return;
          }
          if (Buffer2.isBuffer(value) || value instanceof Uint8Array) {
            yield value;
          } else {
            yield Buffer2.from(value);
          }
        }
      } catch (e) {
        throw e;
      } finally {
        reader.releaseLock();
      }
    }
    var getChunk = (data, partSize) => {
      if (data instanceof Uint8Array) {
        return getChunkUint8Array(data, partSize);
      }
      if (data instanceof Readable) {
        return getChunkStream(data, partSize, getDataReadable);
      }
      if (data instanceof String || typeof data === "string") {
        return getChunkUint8Array(Buffer2.from(data), partSize);
      }
      if (typeof data.stream === "function") {
        return getChunkStream(data.stream(), partSize, getDataReadableStream);
      }
      if (data instanceof ReadableStream) {
        return getChunkStream(data, partSize, getDataReadableStream);
      }
      throw new Error("Body Data is unsupported format, expected data to be one of: string | Uint8Array | Buffer | Readable | ReadableStream | Blob;.");
    };
    var Upload2 = class _Upload extends EventEmitter {
      static MIN_PART_SIZE = 1024 * 1024 * 5;
      MAX_PARTS = 1e4;
      queueSize = 4;
      partSize;
      leavePartsOnError = false;
      tags = [];
      client;
      params;
      totalBytes;
      totalBytesSource;
      bytesUploadedSoFar;
      abortController;
      concurrentUploaders = [];
      createMultiPartPromise;
      abortMultipartUploadCommand = null;
      uploadedParts = [];
      uploadEnqueuedPartsCount = 0;
      expectedPartsCount;
      uploadId;
      uploadEvent;
      isMultiPart = true;
      singleUploadResult;
      sent = false;
      constructor(options) {
        super();
        this.queueSize = options.queueSize || this.queueSize;
        this.leavePartsOnError = options.leavePartsOnError || this.leavePartsOnError;
        this.tags = options.tags || this.tags;
        this.client = options.client;
        this.params = options.params;
        if (!this.params) {
          throw new Error(`InputError: Upload requires params to be passed to upload.`);
        }
        this.totalBytes = this.params.ContentLength ?? byteLength(this.params.Body);
        this.totalBytesSource = byteLengthSource(this.params.Body, this.params.ContentLength);
        this.bytesUploadedSoFar = 0;
        this.abortController = options.abortController ?? new AbortController();
        this.partSize = options.partSize || Math.max(_Upload.MIN_PART_SIZE, Math.ceil((this.totalBytes || 0) / this.MAX_PARTS));
        if (this.totalBytes !== void 0) {
          this.expectedPartsCount = Math.ceil(this.totalBytes / this.partSize);
        }
        this.__validateInput();
      }
      async abort() {
        this.abortController.abort();
      }
      async done() {
        if (this.sent) {
          throw new Error("@aws-sdk/lib-storage: this instance of Upload has already executed .done(). Create a new instance.");
        }
        this.sent = true;
        return await Promise.race([this.__doMultipartUpload(), this.__abortTimeout(this.abortController.signal)]);
      }
      on(event, listener) {
        this.uploadEvent = event;
        return super.on(event, listener);
      }
      async __uploadUsingPut(dataPart) {
        this.isMultiPart = false;
        const params = { ...this.params, Body: dataPart.data };
        const clientConfig = this.client.config;
        const requestHandler = clientConfig.requestHandler;
        const eventEmitter = requestHandler instanceof EventEmitter ? requestHandler : null;
        const uploadEventListener = (event) => {
          this.bytesUploadedSoFar = event.loaded;
          this.totalBytes = event.total;
          this.__notifyProgress({
            loaded: this.bytesUploadedSoFar,
            total: this.totalBytes,
            part: dataPart.partNumber,
            Key: this.params.Key,
            Bucket: this.params.Bucket
          });
        };
        if (eventEmitter !== null) {
          eventEmitter.on("xhr.upload.progress", uploadEventListener);
        }
        const resolved = await Promise.all([this.client.send(new PutObjectCommand2(params)), clientConfig?.endpoint?.()]);
        const putResult = resolved[0];
        let endpoint = resolved[1];
        if (!endpoint) {
          endpoint = toEndpointV1(await getEndpointFromInstructions(params, PutObjectCommand2, {
            ...clientConfig
          }));
        }
        if (!endpoint) {
          throw new Error('Could not resolve endpoint from S3 "client.config.endpoint()" nor EndpointsV2.');
        }
        if (eventEmitter !== null) {
          eventEmitter.off("xhr.upload.progress", uploadEventListener);
        }
        const locationKey = this.params.Key.split("/").map((segment) => extendedEncodeURIComponent(segment)).join("/");
        const locationBucket = extendedEncodeURIComponent(this.params.Bucket);
        const Location = (() => {
          const endpointHostnameIncludesBucket = endpoint.hostname.startsWith(`${locationBucket}.`);
          const forcePathStyle = this.client.config.forcePathStyle;
          const optionalPort = endpoint.port ? `:${endpoint.port}` : ``;
          if (forcePathStyle) {
            return `${endpoint.protocol}//${endpoint.hostname}${optionalPort}/${locationBucket}/${locationKey}`;
          }
          if (endpointHostnameIncludesBucket) {
            return `${endpoint.protocol}//${endpoint.hostname}${optionalPort}/${locationKey}`;
          }
          return `${endpoint.protocol}//${locationBucket}.${endpoint.hostname}${optionalPort}/${locationKey}`;
        })();
        this.singleUploadResult = {
          ...putResult,
          Bucket: this.params.Bucket,
          Key: this.params.Key,
          Location
        };
        const totalSize = byteLength(dataPart.data);
        this.__notifyProgress({
          loaded: totalSize,
          total: totalSize,
          part: 1,
          Key: this.params.Key,
          Bucket: this.params.Bucket
        });
      }
      async __createMultipartUpload() {
        const requestChecksumCalculation = await this.client.config.requestChecksumCalculation();
        if (!this.createMultiPartPromise) {
          const createCommandParams = { ...this.params, Body: void 0 };
          if (requestChecksumCalculation === "WHEN_SUPPORTED") {
            createCommandParams.ChecksumAlgorithm = this.params.ChecksumAlgorithm || ChecksumAlgorithm.CRC32;
          }
          this.createMultiPartPromise = this.client.send(new CreateMultipartUploadCommand(createCommandParams)).then((createMpuResponse) => {
            this.abortMultipartUploadCommand = new AbortMultipartUploadCommand({
              Bucket: this.params.Bucket,
              Key: this.params.Key,
              UploadId: createMpuResponse.UploadId
            });
            return createMpuResponse;
          });
        }
        return this.createMultiPartPromise;
      }
      async __doConcurrentUpload(dataFeeder) {
        for await (const dataPart of dataFeeder) {
          if (this.uploadEnqueuedPartsCount > this.MAX_PARTS) {
            throw new Error(`Exceeded ${this.MAX_PARTS} parts in multipart upload to Bucket: ${this.params.Bucket} Key: ${this.params.Key}.`);
          }
          if (this.abortController.signal.aborted) {
            return;
          }
          if (dataPart.partNumber === 1 && dataPart.lastPart) {
            return await this.__uploadUsingPut(dataPart);
          }
          if (!this.uploadId) {
            const { UploadId } = await this.__createMultipartUpload();
            this.uploadId = UploadId;
            if (this.abortController.signal.aborted) {
              return;
            }
          }
          const partSize = byteLength(dataPart.data) || 0;
          const requestHandler = this.client.config.requestHandler;
          const eventEmitter = requestHandler instanceof EventEmitter ? requestHandler : null;
          let lastSeenBytes = 0;
          const uploadEventListener = (event, request) => {
            const requestPartSize = Number(request.query["partNumber"]) || -1;
            if (requestPartSize !== dataPart.partNumber) {
              return;
            }
            if (event.total && partSize) {
              this.bytesUploadedSoFar += event.loaded - lastSeenBytes;
              lastSeenBytes = event.loaded;
            }
            this.__notifyProgress({
              loaded: this.bytesUploadedSoFar,
              total: this.totalBytes,
              part: dataPart.partNumber,
              Key: this.params.Key,
              Bucket: this.params.Bucket
            });
          };
          if (eventEmitter !== null) {
            eventEmitter.on("xhr.upload.progress", uploadEventListener);
          }
          this.uploadEnqueuedPartsCount += 1;
          this.__validateUploadPart(dataPart);
          const partResult = await this.client.send(new UploadPartCommand({
            ...this.params,
            ContentLength: void 0,
            UploadId: this.uploadId,
            Body: dataPart.data,
            PartNumber: dataPart.partNumber
          }));
          if (eventEmitter !== null) {
            eventEmitter.off("xhr.upload.progress", uploadEventListener);
          }
          if (this.abortController.signal.aborted) {
            return;
          }
          if (!partResult.ETag) {
            throw new Error(`Part ${dataPart.partNumber} is missing ETag in UploadPart response. Missing Bucket CORS configuration for ETag header?`);
          }
          this.uploadedParts.push({
            PartNumber: dataPart.partNumber,
            ETag: partResult.ETag,
            ...partResult.ChecksumCRC32 && { ChecksumCRC32: partResult.ChecksumCRC32 },
            ...partResult.ChecksumCRC32C && { ChecksumCRC32C: partResult.ChecksumCRC32C },
            ...partResult.ChecksumCRC64NVME && { ChecksumCRC64NVME: partResult.ChecksumCRC64NVME },
            ...partResult.ChecksumSHA1 && { ChecksumSHA1: partResult.ChecksumSHA1 },
            ...partResult.ChecksumSHA256 && { ChecksumSHA256: partResult.ChecksumSHA256 }
          });
          if (eventEmitter === null) {
            this.bytesUploadedSoFar += partSize;
          }
          this.__notifyProgress({
            loaded: this.bytesUploadedSoFar,
            total: this.totalBytes,
            part: dataPart.partNumber,
            Key: this.params.Key,
            Bucket: this.params.Bucket
          });
        }
      }
      async __doMultipartUpload() {
        const dataFeeder = getChunk(this.params.Body, this.partSize);
        const concurrentUploaderFailures = [];
        for (let index = 0; index < this.queueSize; index++) {
          const currentUpload = this.__doConcurrentUpload(dataFeeder).catch((err) => {
            concurrentUploaderFailures.push(err);
          });
          this.concurrentUploaders.push(currentUpload);
        }
        await Promise.all(this.concurrentUploaders);
        if (concurrentUploaderFailures.length >= 1) {
          await this.markUploadAsAborted();
          throw concurrentUploaderFailures[0];
        }
        if (this.abortController.signal.aborted) {
          await this.markUploadAsAborted();
          throw Object.assign(new Error("Upload aborted."), { name: "AbortError" });
        }
        let result;
        if (this.isMultiPart) {
          const { expectedPartsCount, uploadedParts, totalBytes, totalBytesSource } = this;
          if (totalBytes !== void 0 && expectedPartsCount !== void 0 && uploadedParts.length !== expectedPartsCount) {
            await this.markUploadAsAborted();
            throw new Error(`Expected ${expectedPartsCount} part(s) but uploaded ${uploadedParts.length} part(s).
The expected part count is based on the byte-count of the input.params.Body,
which was read from ${totalBytesSource} and is ${totalBytes}.
If this is not correct, provide an override value by setting a number
to input.params.ContentLength in bytes.
`);
          }
          this.uploadedParts.sort((a, b) => a.PartNumber - b.PartNumber);
          const uploadCompleteParams = {
            ...this.params,
            Body: void 0,
            UploadId: this.uploadId,
            MultipartUpload: {
              Parts: this.uploadedParts
            }
          };
          try {
            result = await this.client.send(new CompleteMultipartUploadCommand(uploadCompleteParams));
          } catch (e) {
            await this.markUploadAsAborted().catch((abortError) => {
              if (e instanceof Error && e.cause === void 0) {
                e.cause = abortError;
              }
            });
            throw e;
          }
          if (typeof result?.Location === "string" && result.Location.includes("%2F")) {
            result.Location = result.Location.replace(/%2F/g, "/");
          }
        } else {
          result = this.singleUploadResult;
        }
        this.abortMultipartUploadCommand = null;
        if (this.tags.length) {
          await this.client.send(new PutObjectTaggingCommand({
            ...this.params,
            Tagging: {
              TagSet: this.tags
            }
          }));
        }
        return result;
      }
      async markUploadAsAborted() {
        if (this.uploadId && !this.leavePartsOnError && null !== this.abortMultipartUploadCommand) {
          await this.client.send(this.abortMultipartUploadCommand);
          this.abortMultipartUploadCommand = null;
        }
      }
      __notifyProgress(progress) {
        if (this.uploadEvent) {
          this.emit(this.uploadEvent, progress);
        }
      }
      async __abortTimeout(abortSignal) {
        return new Promise((resolve, reject) => {
          abortSignal.onabort = () => {
            const abortError = new Error("Upload aborted.");
            abortError.name = "AbortError";
            reject(abortError);
          };
        });
      }
      __validateUploadPart(dataPart) {
        const actualPartSize = byteLength(dataPart.data);
        if (actualPartSize === void 0) {
          throw new Error(`A dataPart was generated without a measurable data chunk size for part number ${dataPart.partNumber}`);
        }
        if (dataPart.partNumber === 1 && dataPart.lastPart) {
          return;
        }
        if (!dataPart.lastPart && actualPartSize !== this.partSize) {
          throw new Error(`The byte size for part number ${dataPart.partNumber}, size ${actualPartSize} does not match expected size ${this.partSize}`);
        }
      }
      __validateInput() {
        if (!this.client) {
          throw new Error(`InputError: Upload requires a AWS client to do uploads with.`);
        }
        if (this.partSize < _Upload.MIN_PART_SIZE) {
          throw new Error(`EntityTooSmall: Your proposed upload part size [${this.partSize}] is smaller than the minimum allowed size [${_Upload.MIN_PART_SIZE}] (5MB)`);
        }
        if (this.queueSize < 1) {
          throw new Error(`Queue size: Must have at least one uploading queue.`);
        }
      }
    };
    exports.Upload = Upload2;
  }
});

// src/store/s3.ts
var import_client_s3 = __toESM(require_dist_cjs(), 1);
var import_lib_storage = __toESM(require_dist_cjs2(), 1);
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
var PART_SIZE = 8 * 1024 * 1024;
var QUEUE_SIZE = 4;
var DAY_MS = 864e5;
var S3Store = class {
  constructor(options) {
    this.options = options;
    const { bucket, prefix } = options.location ?? parseS3Uri(options.uri);
    this.bucket = bucket;
    this.prefix = prefix;
    this.location = `s3://${bucket}${prefix ? `/${prefix}` : ""}`;
    this.client = new import_client_s3.S3Client({
      region: options.region || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || "us-east-1",
      ...options.endpoint ? { endpoint: options.endpoint } : {},
      forcePathStyle: options.forcePathStyle ?? false,
      maxAttempts: options.maxAttempts ?? 5,
      // We send our own SHA-256 of every object; the SDK need not add CRC32 trailers of its own.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED"
    });
  }
  options;
  location;
  bucket;
  prefix;
  client;
  objectKey(key) {
    return this.prefix ? `${this.prefix}/${key}` : key;
  }
  uri(key) {
    return `s3://${this.bucket}/${this.objectKey(key)}`;
  }
  async put(key, file, metadata) {
    const multipart = metadata.size > PART_SIZE;
    const retainUntil = this.options.retentionMode && this.options.retentionDays ? new Date((this.options.now?.() ?? /* @__PURE__ */ new Date()).getTime() + this.options.retentionDays * DAY_MS) : void 0;
    const upload = new import_lib_storage.Upload({
      client: this.client,
      partSize: PART_SIZE,
      queueSize: QUEUE_SIZE,
      leavePartsOnError: false,
      params: {
        Bucket: this.bucket,
        Key: this.objectKey(key),
        Body: createReadStream(file),
        ContentLength: metadata.size,
        ContentType: metadata.contentType,
        IfNoneMatch: "*",
        // A single PUT carries the whole file's SHA-256; multipart objects get S3's per-part SHA-256
        // checksums, and the whole file's in metadata.
        ...multipart ? { ChecksumAlgorithm: "SHA256" } : { ChecksumSHA256: Buffer.from(metadata.sha256, "hex").toString("base64") },
        Metadata: { sha256: metadata.sha256 },
        ...this.options.sse ? { ServerSideEncryption: this.options.sse } : {},
        ...this.options.sse === "aws:kms" && this.options.kmsKeyId ? { SSEKMSKeyId: this.options.kmsKeyId } : {},
        ...retainUntil ? {
          ObjectLockMode: this.options.retentionMode,
          ObjectLockRetainUntilDate: retainUntil
        } : {}
      }
    });
    try {
      await upload.done();
    } catch (error) {
      if (statusOf(error) === 412 || nameOf(error) === "PreconditionFailed")
        throw new ObjectExistsError(this.uri(key));
      throw describeS3Error(error, `PutObject ${this.uri(key)}`);
    }
  }
  async get(key) {
    try {
      const response = await this.client.send(
        new import_client_s3.GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) })
      );
      return response.Body;
    } catch (error) {
      throw describeS3Error(error, `GetObject ${this.uri(key)}`);
    }
  }
  async head(key) {
    try {
      const response = await this.client.send(
        new import_client_s3.HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) })
      );
      return { key, size: response.ContentLength ?? 0 };
    } catch (error) {
      if (statusOf(error) === 404 && nameOf(error) !== "NoSuchBucket") return void 0;
      throw describeS3Error(error, `HeadObject ${this.uri(key)}`);
    }
  }
  /** A small object and its ETag, for a compare-and-swap; undefined when there is none. */
  async readVersioned(key) {
    try {
      const response = await this.client.send(
        new import_client_s3.GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) })
      );
      return { body: await response.Body?.transformToString("utf8") ?? "", etag: response.ETag ?? "" };
    } catch (error) {
      if (nameOf(error) === "NoSuchKey") return void 0;
      throw describeS3Error(error, `GetObject ${this.uri(key)}`);
    }
  }
  /**
   * Writes a small object only if it is still as read: `If-Match: <etag>` to replace it, `If-None-Match: *`
   * to create it (etag null). False when another writer got there first: 412 PreconditionFailed, 409
   * ConditionalRequestConflict (a concurrent conditional write), or 404 (If-Match on a deleted key).
   */
  async writeIfUnchanged(key, body, etag) {
    const bytes = Buffer.from(body, "utf8");
    try {
      await this.client.send(
        new import_client_s3.PutObjectCommand({
          Bucket: this.bucket,
          Key: this.objectKey(key),
          Body: bytes,
          ContentType: "application/json",
          ...etag === null ? { IfNoneMatch: "*" } : { IfMatch: etag },
          // Buckets with Object Lock default retention require an integrity header on every write.
          ChecksumSHA256: createHash("sha256").update(bytes).digest("base64"),
          ...this.options.sse ? { ServerSideEncryption: this.options.sse } : {},
          ...this.options.sse === "aws:kms" && this.options.kmsKeyId ? { SSEKMSKeyId: this.options.kmsKeyId } : {}
        })
      );
      return true;
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 409 || status === 404 && nameOf(error) === "NoSuchKey") return false;
      throw describeS3Error(error, `PutObject ${this.uri(key)}`);
    }
  }
  async *list(prefix) {
    const strip = this.prefix ? this.prefix.length + 1 : 0;
    let token;
    do {
      let response;
      try {
        response = await this.client.send(
          new import_client_s3.ListObjectsV2Command({
            Bucket: this.bucket,
            Prefix: this.objectKey(prefix),
            ContinuationToken: token
          })
        );
      } catch (error) {
        throw describeS3Error(error, `ListObjectsV2 ${this.uri(prefix)}`);
      }
      for (const object of response.Contents ?? []) {
        if (object.Key) yield { key: object.Key.slice(strip), size: object.Size ?? 0 };
      }
      token = response.IsTruncated ? response.NextContinuationToken : void 0;
    } while (token);
  }
};
var S3StoreError = class extends Error {
  name = "S3StoreError";
};
function describeS3Error(error, operation) {
  const status = statusOf(error);
  const named = nameOf(error);
  const name = named && !/^Unknown/.test(named) ? named : status === 403 ? "AccessDenied" : named;
  const message = error.message ?? String(error);
  const code = error.code ?? error.cause?.code;
  switch (name) {
    case "NoSuchBucket":
      return new InputError(
        `${operation}: the bucket does not exist (NoSuchBucket). Check the destination's bucket name and the account.`
      );
    case "AccessDenied":
    case "AllAccessDisabled": {
      const action = /perform: (s3:[A-Za-z0-9]+)/.exec(message)?.[1];
      return new InputError(
        `${operation}: access denied${action ? ` for ${action}` : ""} (${message}). Grant the role the IAM policy in the README ("S3 destination").`
      );
    }
    case "InvalidAccessKeyId":
    case "SignatureDoesNotMatch":
    case "ExpiredToken":
    case "CredentialsProviderError":
      return new InputError(`${operation}: the AWS credentials were refused (${name}): ${message}`);
    case "AuthorizationHeaderMalformed":
    case "PermanentRedirect":
    case "IllegalLocationConstraintException":
      return new InputError(
        `${operation}: wrong region for this bucket (${name}): ${message}. Set the aws-region input to the bucket's region.`
      );
  }
  if (code === "ENOTFOUND" || code === "ECONNREFUSED" || code === "EAI_AGAIN") {
    return new S3UnreachableError(
      `${operation}: cannot reach the S3 endpoint (${code}). Check s3-endpoint / AWS_ENDPOINT_URL_S3.`
    );
  }
  return new S3StoreError(`${operation} failed: ${name ?? code ?? "error"}: ${message}`);
}
function statusOf(error) {
  return error instanceof import_client_s3.S3ServiceException ? error.$metadata.httpStatusCode : error.$metadata?.httpStatusCode;
}
function nameOf(error) {
  return error.Code ?? error.name;
}
export {
  S3Store,
  S3StoreError,
  S3UnreachableError,
  describeS3Error,
  parseS3Uri
};
//# sourceMappingURL=s3-D5Q7P2H6.js.map
