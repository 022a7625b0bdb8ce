import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_tar_stream
} from "./chunk-SN3WCEFD.js";
import {
  CHECKSUMS_FILE,
  MAX_CHECKSUMS_BYTES
} from "./chunk-WRWBU6I6.js";
import {
  MANIFEST_FILE,
  SIGNATURE_FILE,
  manifestSchema
} from "./chunk-C2D4KXTZ.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";
import {
  __toESM
} from "./chunk-E4WBWSDB.js";

// src/bundle/archive.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createHash } from "node:crypto";
import {
  closeSync,
  constants as fsConstants,
  createReadStream,
  createWriteStream,
  fstatSync,
  openSync,
  readSync,
  writeSync,
  writevSync
} from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";

// src/bundle/gzip-members.ts
import { availableParallelism } from "node:os";
import { promisify } from "node:util";
import {
  constants as zlibConstants,
  crc32,
  deflateRaw as deflateRawCallback
} from "node:zlib";
var GZIP_BLOCK_BYTES = 1024 * 1024;
var PROBE_WINDOWS = 4;
var PROBE_BYTES = 4096;
var LZ_WORTH = 0.1;
var STORE_ABOVE_SYMBOLS = 40;
var CHUNK_BYTES = GZIP_BLOCK_BYTES + 64 * 1024;
var OPTIONS = {
  lz77: { level: 1, memLevel: 8, windowBits: 15, chunkSize: CHUNK_BYTES },
  huffman: {
    level: 1,
    memLevel: 8,
    windowBits: 15,
    strategy: zlibConstants.Z_HUFFMAN_ONLY,
    chunkSize: CHUNK_BYTES
  }
};
var MEMBER_HEADER = Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, 0, 3]);
var MAX_IN_FLIGHT = 4;
var deflateRaw = promisify(deflateRawCallback);
var GzipMemberWriter = class {
  constructor(emit, options = {}) {
    this.emit = emit;
    this.inFlight = Math.max(1, options.inFlight ?? Math.min(MAX_IN_FLIGHT, availableParallelism() + 1));
  }
  emit;
  inFlight;
  pending = [];
  spare = [];
  block = Buffer.allocUnsafe(GZIP_BLOCK_BYTES);
  used = 0;
  members = 0;
  /** Bytes written so far (the uncompressed stream). */
  written = 0;
  /** The free rest of the current block: fill a prefix of it, then call advance with its length. */
  space() {
    return this.block.subarray(this.used);
  }
  /** Counts `length` bytes just put into space(); compresses the block once it is full. */
  async advance(length) {
    if (!Number.isInteger(length) || length < 0 || this.used + length > GZIP_BLOCK_BYTES)
      throw new RangeError(`gzip members: cannot advance ${length} bytes`);
    this.used += length;
    this.written += length;
    if (this.used === GZIP_BLOCK_BYTES) await this.cut();
  }
  /** Copies `bytes` in (the caller may reuse them as soon as this returns). */
  async write(bytes) {
    for (let offset = 0; offset < bytes.length; ) {
      const space = this.space();
      const length = Math.min(space.length, bytes.length - offset);
      space.set(bytes.subarray(offset, offset + length));
      offset += length;
      await this.advance(length);
    }
  }
  /** Compresses what is left (an empty stream is one empty member) and waits for every member. */
  async end() {
    if (this.used > 0 || this.members === 0) await this.cut();
    while (this.pending.length > 0) await this.flushOne();
  }
  async cut() {
    const block = this.block;
    const member = gzipMemberParts(block.subarray(0, this.used));
    member.catch(() => void 0);
    this.pending.push({ block, member });
    this.members += 1;
    this.block = this.spare.pop() ?? Buffer.allocUnsafe(GZIP_BLOCK_BYTES);
    this.used = 0;
    while (this.pending.length >= this.inFlight) await this.flushOne();
  }
  async flushOne() {
    const { block, member } = this.pending.shift();
    const parts = await member;
    await this.emit(parts);
    this.spare.push(block);
  }
};
async function gzipMemberParts(block) {
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(block), 0);
  trailer.writeUInt32LE(block.length % 2 ** 32, 4);
  const encoding = encodingOf(block);
  if (encoding === "stored") return [MEMBER_HEADER, ...storedBlocks(block), trailer];
  const body = await deflateRaw(block, OPTIONS[encoding]);
  return [MEMBER_HEADER, body, trailer];
}
var STORED_MAX = 65535;
function storedBlocks(block) {
  const parts = [];
  let offset = 0;
  do {
    const length = Math.min(STORED_MAX, block.length - offset);
    const last = offset + length === block.length;
    const header = Buffer.alloc(5);
    header[0] = last ? 1 : 0;
    header.writeUInt16LE(length, 1);
    header.writeUInt16LE(~length & 65535, 3);
    parts.push(header, block.subarray(offset, offset + length));
    offset += length;
  } while (offset < block.length);
  return parts;
}
function encodingOf(block) {
  const last = new Int32Array(4096);
  const counts = new Uint32Array(256);
  let probed = 0;
  const step = Math.max(PROBE_BYTES, Math.floor(block.length / PROBE_WINDOWS));
  for (let start = 0; start < block.length; start += step) {
    last.fill(0);
    const stop = Math.min(block.length, start + PROBE_BYTES);
    for (let i = start; i < stop; i += 1) counts[block[i]] += 1;
    probed += stop - start;
    const end = stop - 3;
    let repeats = 0;
    for (let i = start; i < end; i += 1) {
      const word = block[i] | block[i + 1] << 8 | block[i + 2] << 16 | block[i + 3] << 24;
      const slot = Math.imul(word, 2654435761) >>> 20;
      const seen = last[slot] - 1;
      if (seen >= 0 && (block[seen] | block[seen + 1] << 8 | block[seen + 2] << 16 | block[seen + 3] << 24) === word)
        repeats += 1;
      last[slot] = i + 1;
    }
    if (end > start && repeats >= (end - start) * LZ_WORTH) return "lz77";
  }
  let squares = 0;
  for (const count of counts) squares += count * count;
  return probed > 0 && probed * probed > STORE_ABOVE_SYMBOLS * squares ? "stored" : "huffman";
}

// src/bundle/tar-headers.ts
var TAR_BLOCK = 512;
var END_OF_TAR = Buffer.alloc(2 * TAR_BLOCK);
var TYPEFLAG = { file: 48, directory: 53, pax: 120 };
var USTAR_MAGIC_AND_VERSION = Buffer.from("ustar\x0000", "latin1");
function tarHeader(entry) {
  const plain = ustarBlock(entry.name, entry, TYPEFLAG[entry.type], entry.size);
  if (plain) return plain;
  const record = paxRecord("path", entry.name);
  const padding = (TAR_BLOCK - record.length % TAR_BLOCK) % TAR_BLOCK;
  return Buffer.concat([
    ustarBlock("PaxHeader", entry, TYPEFLAG.pax, record.length),
    record,
    Buffer.alloc(padding),
    ustarBlock("PaxHeader", entry, TYPEFLAG[entry.type], entry.size)
  ]);
}
function tarPadding(size) {
  return END_OF_TAR.subarray(0, (TAR_BLOCK - size % TAR_BLOCK) % TAR_BLOCK);
}
function ustarBlock(fullName, entry, typeflag, size) {
  if (Buffer.byteLength(fullName) !== fullName.length) return void 0;
  let name = fullName;
  let prefix = "";
  while (name.length > 100) {
    const slash = name.indexOf("/");
    if (slash === -1) return void 0;
    prefix += prefix ? `/${name.slice(0, slash)}` : name.slice(0, slash);
    name = name.slice(slash + 1);
  }
  if (prefix.length > 155) return void 0;
  const block = Buffer.alloc(TAR_BLOCK);
  block.write(name, 0, "latin1");
  block.write(octal(entry.mode & 4095, 6), 100, "latin1");
  block.write(octal(0, 6), 108, "latin1");
  block.write(octal(0, 6), 116, "latin1");
  if (size.toString(8).length > 11) {
    block[124] = 128;
    for (let i = 11, rest = size; i > 0; i -= 1, rest = Math.floor(rest / 256)) block[124 + i] = rest % 256;
  } else block.write(octal(size, 11), 124, "latin1");
  block.write(octal(entry.mtimeSeconds, 11), 136, "latin1");
  block[156] = typeflag;
  USTAR_MAGIC_AND_VERSION.copy(block, 257);
  block.write(octal(0, 6), 329, "latin1");
  block.write(octal(0, 6), 337, "latin1");
  if (prefix) block.write(prefix, 345, "latin1");
  let sum = 8 * 32;
  for (let i = 0; i < TAR_BLOCK; i += 1) if (i < 148 || i >= 156) sum += block[i];
  block.write(octal(sum, 6), 148, "latin1");
  return block;
}
function octal(value, digits) {
  const text = value.toString(8);
  return `${text.length > digits ? "7".repeat(digits) : text.padStart(digits, "0")} `;
}
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  const length = Buffer.byteLength(body);
  let digits = String(length).length;
  if (length + digits >= 10 ** digits) digits += 1;
  return Buffer.from(`${length + digits}${body}`);
}

// src/bundle/archive.ts
var ARCHIVE_SUFFIX = ".tar.gz";
var DEFAULT_EXTRACT_LIMITS = { maxTotalBytes: 10 * 1024 ** 3, maxEntries: 1e6 };
var PRE_MANIFEST_RATIO = 200;
var PRE_MANIFEST_FLOOR = 16 * 1024 ** 2;
var MAX_MANIFEST_BYTES = 256 * 1024 ** 2;
var MAX_SIGNATURE_BYTES = 64 * 1024;
var ArchiveIntegrityError = class extends InputError {
  name = "ArchiveIntegrityError";
};
var DIR_MODE = 493;
var FILE_MODE = 420;
var MAX_TAR_SECONDS = 8 ** 11 - 1;
var OPEN_NO_FOLLOW = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0);
async function writeBundleArchive(bundleDir, archivePath, options) {
  const mtime = checkMtime(options.mtime);
  const root = resolve(bundleDir);
  const info = await stat(root).catch(() => void 0);
  if (!info?.isDirectory())
    throw new InputError(`archive: ${bundleDir} is not a directory (expected a bundle)`);
  const target = resolve(archivePath);
  if (isInside(target, root)) {
    throw new InputError(`archive: ${archivePath} is inside the bundle ${bundleDir}; write it elsewhere`);
  }
  const top = basename(root);
  const entries = [{ name: top, type: "directory", absolute: root }];
  await walk(root, top, entries);
  const rank = (entry) => entry.name === top ? 0 : entry.name === `${top}/${MANIFEST_FILE}` ? 1 : entry.name === `${top}/${SIGNATURE_FILE}` ? 2 : 3;
  entries.sort((a, b) => rank(a) - rank(b) || Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const partial = join(dirname(target), `.${basename(target)}.partial`);
  const hash = createHash("sha256");
  let size = 0;
  const files = [];
  const mtimeSeconds = mtime.getTime() / 1e3;
  try {
    const out = openSync(partial, "w");
    try {
      const members = new GzipMemberWriter((parts) => {
        for (const part of parts) hash.update(part);
        size += writeAll(out, parts);
        return Promise.resolve();
      });
      for (const entry of entries) {
        const file = await addEntry(members, entry, mtimeSeconds, bundleDir);
        if (file) files.push({ path: entry.name.slice(top.length + 1), ...file });
      }
      await members.write(END_OF_TAR);
      await members.end();
    } finally {
      closeSync(out);
    }
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { sha256: hash.digest("hex"), size, files };
}
function writeAll(out, parts) {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  let done = writevSync(out, parts);
  if (done < total) {
    const joined = Buffer.concat(parts, total);
    while (done < total) done += writeSync(out, joined, done, total - done);
  }
  return total;
}
async function extractBundleArchive(archivePath, targetDir, limits = {}) {
  const maxEntries = limits.maxEntries ?? DEFAULT_EXTRACT_LIMITS.maxEntries;
  const refuse = (message) => new ArchiveIntegrityError(`${archivePath}: ${message}`);
  const info = await stat(archivePath).catch(() => void 0);
  if (!info?.isFile())
    throw new InputError(
      `${archivePath}: not found or not a file (expected a bundle archive, *${ARCHIVE_SUFFIX})`
    );
  let maxTotalBytes = Math.min(
    limits.maxTotalBytes ?? DEFAULT_EXTRACT_LIMITS.maxTotalBytes,
    Math.max(PRE_MANIFEST_FLOOR, info.size * PRE_MANIFEST_RATIO)
  );
  await mkdir(targetDir, { recursive: true });
  const extract = (0, import_tar_stream.extract)();
  const reading = pipeline(createReadStream(archivePath), createGunzip(), extract);
  let current;
  const failed = reading.catch((error) => {
    current?.destroy(error);
    throw error;
  });
  failed.catch(() => void 0);
  let top;
  let topCreated = false;
  let entries = 0;
  let totalBytes = 0;
  let declared;
  const written = /* @__PURE__ */ new Map();
  const applyManifest = (bytes) => {
    let parsed;
    try {
      parsed = manifestSchema.safeParse(JSON.parse(bytes.toString("utf8")));
    } catch {
      return;
    }
    if (!parsed.success) return;
    declared = new Map(parsed.data.files.map((file) => [file.path, file.size]));
    declared.set(MANIFEST_FILE, bytes.length);
    maxTotalBytes = Math.min(
      limits.maxTotalBytes ?? DEFAULT_EXTRACT_LIMITS.maxTotalBytes,
      [...declared.values()].reduce((sum, size) => sum + size, 0) + MAX_SIGNATURE_BYTES + // SHA256SUMS: a line (hash, two spaces, the path, escaped at most twice as long) per file.
      [...declared.keys()].reduce((sum, path) => sum + 80 + 2 * Buffer.byteLength(path), 200)
    );
    for (const [path, size] of written) checkDeclared(path, size);
  };
  const checkDeclared = (path, size) => {
    if (!declared) return;
    if (path === CHECKSUMS_FILE) {
      if (size > MAX_CHECKSUMS_BYTES)
        throw refuse(`${CHECKSUMS_FILE} is ${size} bytes; a bundle's is under ${MAX_CHECKSUMS_BYTES}`);
      return;
    }
    if (path === SIGNATURE_FILE) {
      if (size > MAX_SIGNATURE_BYTES)
        throw refuse(`${SIGNATURE_FILE} is ${size} bytes; a signature is under ${MAX_SIGNATURE_BYTES}`);
      return;
    }
    const expected = declared.get(path);
    if (expected === void 0)
      throw refuse(`entry ${JSON.stringify(path)} is not listed in the archive's ${MANIFEST_FILE}`);
    if (expected !== size)
      throw refuse(
        `entry ${JSON.stringify(path)} declares ${size} bytes, but the manifest says ${expected}; refusing to extract`
      );
  };
  const consume = async () => {
    for await (const entry of extract) {
      const header = entry.header;
      const shown = JSON.stringify(header.name);
      entries += 1;
      if (entries > maxEntries) {
        throw refuse(`more than ${maxEntries} entries (at ${shown}); refusing to extract`);
      }
      const segments = entrySegments(header.name, header.type, refuse);
      if (top === void 0) {
        top = segments[0];
        if (segments.length !== 1 || header.type !== "directory") {
          throw refuse(`the first entry ${shown} is not the bundle's top-level folder`);
        }
        try {
          await mkdir(join(targetDir, top), { mode: DIR_MODE });
        } catch (error) {
          throw error.code === "EEXIST" ? new InputError(`${join(targetDir, top)} already exists; extract into an empty directory`) : new InputError(`cannot create ${join(targetDir, top)}: ${error.message}`);
        }
        topCreated = true;
        entry.resume();
        continue;
      }
      if (segments[0] !== top || segments.length === 1) {
        throw refuse(`entry ${shown} is outside the single top-level folder "${top}/"`);
      }
      const size = header.size ?? 0;
      const inBundle = segments.slice(1).join("/");
      if (header.type === "file") {
        checkDeclared(inBundle, size);
        if (!declared && inBundle === MANIFEST_FILE && size > MAX_MANIFEST_BYTES) {
          throw refuse(`${shown} is ${size} bytes; a manifest is at most ${MAX_MANIFEST_BYTES}`);
        }
      }
      totalBytes += size;
      if (totalBytes > maxTotalBytes) {
        throw refuse(
          `more than ${maxTotalBytes} bytes of content (at ${shown})${declared ? ", more than its manifest declares" : ""}; refusing to extract`
        );
      }
      const path = join(targetDir, ...segments);
      try {
        if (header.type === "directory") {
          await mkdir(path, { recursive: true, mode: DIR_MODE });
          entry.resume();
        } else {
          await mkdir(dirname(path), { recursive: true, mode: DIR_MODE });
          current = entry;
          const manifestChunks = !declared && inBundle === MANIFEST_FILE ? [] : void 0;
          await pipeline(
            entry,
            async function* (chunks) {
              for await (const chunk of chunks) {
                manifestChunks?.push(chunk);
                yield chunk;
              }
            },
            createWriteStream(path, { flags: "wx", mode: FILE_MODE })
          );
          current = void 0;
          written.set(inBundle, size);
          if (manifestChunks) applyManifest(Buffer.concat(manifestChunks));
        }
      } catch (error) {
        if (error instanceof InputError) throw error;
        const code = error.code;
        if (code === "EEXIST") throw refuse(`entry ${shown} appears twice`);
        if (error.syscall) {
          throw new InputError(`${archivePath}: cannot extract entry ${shown}: ${error.message}`);
        }
        throw error;
      }
    }
  };
  try {
    const [consumed, read] = await Promise.allSettled([
      consume().catch((error) => {
        extract.destroy(error);
        throw error;
      }),
      failed
    ]);
    if (consumed.status === "rejected" && consumed.reason instanceof InputError) throw consumed.reason;
    if (read.status === "rejected") throw read.reason;
    if (consumed.status === "rejected") throw consumed.reason;
    if (top === void 0) throw refuse("the archive is empty (expected a bundle folder)");
  } catch (error) {
    if (topCreated && top !== void 0) await rm(join(targetDir, top), { recursive: true, force: true });
    if (error instanceof InputError) throw error;
    throw refuse(`not a valid bundle archive (corrupt or truncated gzip/tar: ${error.message})`);
  }
  return join(targetDir, top);
}
function checkMtime(mtime) {
  const seconds = mtime instanceof Date ? Math.floor(mtime.getTime() / 1e3) : NaN;
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_TAR_SECONDS) {
    throw new InputError(`archive: mtime must be a date between 1970 and 6325, got ${String(mtime)}`);
  }
  return new Date(seconds * 1e3);
}
function isInside(path, dir) {
  const rel = relative(dir, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
async function walk(dir, name, into) {
  for (const dirent of await readdir(dir, { withFileTypes: true })) {
    const entry = { name: `${name}/${dirent.name}`, absolute: join(dir, dirent.name) };
    if (dirent.isDirectory()) {
      into.push({ ...entry, type: "directory" });
      await walk(entry.absolute, entry.name, into);
    } else if (dirent.isFile()) {
      into.push({ ...entry, type: "file" });
    } else {
      throw new InputError(
        `archive: ${entry.absolute} is a ${dirent.isSymbolicLink() ? "symlink" : "special file"}; a bundle holds only regular files and directories`
      );
    }
  }
}
async function addEntry(members, entry, mtimeSeconds, bundleDir) {
  if (entry.type === "directory") {
    await members.write(
      tarHeader({ name: `${entry.name}/`, type: "directory", mode: DIR_MODE, size: 0, mtimeSeconds })
    );
    return void 0;
  }
  let fd;
  try {
    fd = openSync(entry.absolute, OPEN_NO_FOLLOW);
  } catch (error) {
    throw error.code === "ELOOP" ? new InputError(`archive: ${entry.absolute} is a symlink; a bundle holds only regular files`) : error;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      throw new InputError(`archive: ${entry.absolute} is not a regular file (in ${bundleDir})`);
    }
    const size = info.size;
    await members.write(tarHeader({ name: entry.name, type: "file", mode: FILE_MODE, size, mtimeSeconds }));
    const hash = createHash("sha256");
    for (let position = 0; position < size; ) {
      const space = members.space();
      const bytesRead = readSync(fd, space, 0, Math.min(space.length, size - position), position);
      if (bytesRead === 0) throw changedWhileArchived(entry.absolute, size);
      hash.update(space.subarray(0, bytesRead));
      position += bytesRead;
      await members.advance(bytesRead);
    }
    if (readSync(fd, Buffer.alloc(1), 0, 1, size) > 0) throw changedWhileArchived(entry.absolute, size);
    await members.write(tarPadding(size));
    return { sha256: hash.digest("hex"), size };
  } finally {
    closeSync(fd);
  }
}
var changedWhileArchived = (path, size) => new InputError(`archive: ${path} changed while it was archived (it was ${size} bytes); seal again`);
function entrySegments(name, type, refuse) {
  const shown = JSON.stringify(name);
  if (type !== "file" && type !== "directory") {
    throw refuse(`entry ${shown} is a ${type ?? "unknown type"}; a bundle holds only files and directories`);
  }
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) throw refuse(`entry ${shown} has an absolute path`);
  if (name.includes("\\") || name.includes("\0")) {
    throw refuse(`entry ${shown} contains a backslash or NUL character`);
  }
  const trimmed = type === "directory" && name.endsWith("/") ? name.slice(0, -1) : name;
  const segments = trimmed.split("/");
  if (segments.includes("..")) throw refuse(`entry ${shown} has a ".." segment`);
  if (segments.some((segment) => segment === "" || segment === ".")) {
    throw refuse(`entry ${shown} has an empty or "." path segment`);
  }
  return segments;
}

export {
  ARCHIVE_SUFFIX,
  DEFAULT_EXTRACT_LIMITS,
  ArchiveIntegrityError,
  writeBundleArchive,
  extractBundleArchive
};
//# sourceMappingURL=chunk-HRAGQTEZ.js.map
