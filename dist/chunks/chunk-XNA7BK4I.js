import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_tar_stream
} from "./chunk-SN3WCEFD.js";
import {
  CHECKSUMS_FILE,
  MAX_CHECKSUMS_BYTES
} from "./chunk-IZ7PHHYA.js";
import {
  MANIFEST_FILE,
  SIGNATURE_FILE,
  manifestSchema
} from "./chunk-6MW5J76Q.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";
import {
  __toESM
} from "./chunk-E4WBWSDB.js";

// src/bundle/archive.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createHash } from "node:crypto";
import { constants as fsConstants, createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
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
var GZIP_BLOCK_BYTES = 256 * 1024;
var PROBE_WINDOWS = 4;
var PROBE_BYTES = 4096;
var LZ_WORTH = 0.1;
var LZ_OPTIONS = { level: 6, memLevel: 8, windowBits: 15 };
var ENTROPY_OPTIONS = {
  level: 1,
  memLevel: 8,
  windowBits: 15,
  strategy: zlibConstants.Z_HUFFMAN_ONLY
};
var MEMBER_HEADER = Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, 0, 3]);
var MAX_IN_FLIGHT = 4;
var deflateRaw = promisify(deflateRawCallback);
async function* gzipMembers(chunks, options = {}) {
  const inFlight = Math.max(1, options.inFlight ?? Math.min(MAX_IN_FLIGHT, availableParallelism()));
  const pending = [];
  let parts = [];
  let buffered = 0;
  const cut = (size) => {
    const joined = parts.length === 1 ? parts[0] : Buffer.concat(parts, buffered);
    const block = joined.subarray(0, size);
    const rest = joined.subarray(size);
    parts = rest.length > 0 ? [rest] : [];
    buffered = rest.length;
    const member = gzipMember(block);
    member.catch(() => void 0);
    pending.push(member);
  };
  for await (const chunk of chunks) {
    parts.push(Buffer.from(chunk));
    buffered += chunk.length;
    while (buffered >= GZIP_BLOCK_BYTES) {
      cut(GZIP_BLOCK_BYTES);
      while (pending.length >= inFlight) yield await pending.shift();
    }
  }
  if (buffered > 0 || pending.length === 0) cut(buffered);
  while (pending.length > 0) yield await pending.shift();
}
async function gzipMember(block) {
  const body = await deflateRaw(block, repeatsStrings(block) ? LZ_OPTIONS : ENTROPY_OPTIONS);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(block), 0);
  trailer.writeUInt32LE(block.length % 2 ** 32, 4);
  return Buffer.concat([MEMBER_HEADER, body, trailer]);
}
function repeatsStrings(block) {
  const last = new Int32Array(4096);
  const step = Math.max(PROBE_BYTES, Math.floor(block.length / PROBE_WINDOWS));
  for (let start = 0; start < block.length; start += step) {
    last.fill(0);
    const end = Math.min(block.length, start + PROBE_BYTES) - 3;
    let repeats = 0;
    for (let i = start; i < end; i += 1) {
      const word = block[i] | block[i + 1] << 8 | block[i + 2] << 16 | block[i + 3] << 24;
      const slot = Math.imul(word, 2654435761) >>> 20;
      const seen = last[slot] - 1;
      if (seen >= 0 && (block[seen] | block[seen + 1] << 8 | block[seen + 2] << 16 | block[seen + 3] << 24) === word)
        repeats += 1;
      last[slot] = i + 1;
    }
    if (end > start && repeats >= (end - start) * LZ_WORTH) return true;
  }
  return false;
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
  const pack = (0, import_tar_stream.pack)();
  const hash = createHash("sha256");
  let size = 0;
  const files = [];
  const writing = pipeline(
    pack,
    (tar) => gzipMembers(tar),
    async function* (members) {
      for await (const member of members) {
        hash.update(member);
        size += member.length;
        yield member;
      }
    },
    createWriteStream(partial)
  );
  const feeding = (async () => {
    try {
      for (const entry of entries) {
        const file = await addEntry(pack, entry, mtime, bundleDir);
        if (file) files.push({ path: entry.name.slice(top.length + 1), ...file });
      }
      pack.finalize();
    } catch (error) {
      pack.destroy(error);
      throw error;
    }
  })();
  try {
    const [fed, written] = await Promise.allSettled([feeding, writing]);
    if (fed.status === "rejected") throw fed.reason;
    if (written.status === "rejected") throw written.reason;
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { sha256: hash.digest("hex"), size, files };
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
async function addEntry(pack, entry, mtime, bundleDir) {
  const header = {
    name: entry.name,
    type: entry.type,
    mtime,
    uid: 0,
    gid: 0,
    uname: "",
    gname: ""
  };
  if (entry.type === "directory") {
    await new Promise(
      (done, fail) => pack.entry(
        { ...header, name: `${entry.name}/`, mode: DIR_MODE },
        (error) => error ? fail(error) : done()
      )
    );
    return void 0;
  }
  const handle = await open(entry.absolute, OPEN_NO_FOLLOW).catch((error) => {
    throw error.code === "ELOOP" ? new InputError(`archive: ${entry.absolute} is a symlink; a bundle holds only regular files`) : error;
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new InputError(`archive: ${entry.absolute} is not a regular file (in ${bundleDir})`);
    }
    const sink = pack.entry({ ...header, mode: FILE_MODE, size: info.size });
    const hash = createHash("sha256");
    let size = 0;
    await pipeline(
      handle.createReadStream({ autoClose: false }),
      async function* (chunks) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          size += chunk.length;
          yield chunk;
        }
      },
      sink
    );
    return { sha256: hash.digest("hex"), size };
  } finally {
    await handle.close();
  }
}
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
//# sourceMappingURL=chunk-XNA7BK4I.js.map
