import { createHash } from 'node:crypto'
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
} from 'node:fs'
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { extract as tarExtract, type Header } from 'tar-stream'
import { InputError } from '../config/errors.js'
import { GzipMemberWriter } from './gzip-members.js'
import { END_OF_TAR, tarHeader, tarPadding } from './tar-headers.js'
import { MANIFEST_FILE, manifestSchema } from './manifest.js'
import { SIGNATURE_FILE } from './signing.js'
import { CHECKSUMS_FILE, MAX_CHECKSUMS_BYTES } from './checksums.js'

export const ARCHIVE_SUFFIX = '.tar.gz'

/** Far above any real bundle, low enough that a hostile archive cannot fill the disk or inode table. */
export const DEFAULT_EXTRACT_LIMITS = { maxTotalBytes: 10 * 1024 ** 3, maxEntries: 1_000_000 } as const
/**
 * Before the archive's manifest is read (archives written before the manifest came first), content may
 * be at most this many times the compressed size, and at least PRE_MANIFEST_FLOOR: JSON evidence
 * compresses 10–30×, a gzip bomb 1000× and more.
 */
const PRE_MANIFEST_RATIO = 200
const PRE_MANIFEST_FLOOR = 16 * 1024 ** 2
/** A manifest lists every file; a million files stay well below this. */
const MAX_MANIFEST_BYTES = 256 * 1024 ** 2
const MAX_SIGNATURE_BYTES = 64 * 1024

/**
 * The archive itself is wrong (corrupt, truncated, hostile, or not what its manifest declares): an
 * integrity failure of the evidence, not a mistake in how the tool was called.
 */
export class ArchiveIntegrityError extends InputError {
  override name = 'ArchiveIntegrityError'
}

export interface ExtractLimits {
  maxTotalBytes?: number
  maxEntries?: number
}

const DIR_MODE = 0o755
const FILE_MODE = 0o644
// ustar stores mtime as 11 octal digits; beyond that tar-stream silently writes 7777…, a wrong date.
const MAX_TAR_SECONDS = 8 ** 11 - 1
// Without O_NOFOLLOW (Windows) a symlink swapped in after the walk would be followed; the fstat
// after opening still refuses anything that is not a regular file.
const OPEN_NO_FOLLOW = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0)

interface BundleEntry {
  /** Path inside the archive, with the top-level folder, without a trailing slash. */
  name: string
  type: 'directory' | 'file'
  absolute: string
}

/**
 * Writes `<archivePath>` (.tar.gz) with every file of the bundle under a top-level folder
 * `<basename(bundleDir)>/`. Streams: memory must not grow with the bundle size.
 *
 * Deterministic: the same bundle content and `mtime` give the same bytes (file mtimes, owners and
 * permissions on disk are not recorded). The archive is written to a hidden sibling and renamed into
 * place, so `archivePath` never holds a partial archive.
 *
 * One pass, no streams: each file is read once, straight into the gzip block being filled, hashed there
 * and compressed from there. The gzip stream is a series of independent 1 MiB members (see
 * GzipMemberWriter), each stored, Huffman-coded or LZ77-compressed as its own bytes warrant and
 * compressed on the thread pool while the next files are read. Archives written before (one gzip -9
 * member, or 256 KiB members) read the same way. The per-file digests are returned, so the caller can
 * check the archive holds what the manifest says without reading the bundle a second time.
 */
export async function writeBundleArchive(
  bundleDir: string,
  archivePath: string,
  options: { mtime: Date }
): Promise<ArchiveWritten> {
  const mtime = checkMtime(options.mtime)
  const root = resolve(bundleDir)
  const info = await stat(root).catch(() => undefined)
  if (!info?.isDirectory())
    throw new InputError(`archive: ${bundleDir} is not a directory (expected a bundle)`)
  const target = resolve(archivePath)
  if (isInside(target, root)) {
    throw new InputError(`archive: ${archivePath} is inside the bundle ${bundleDir}; write it elsewhere`)
  }
  const top = basename(root)
  const entries = [{ name: top, type: 'directory', absolute: root } as BundleEntry]
  await walk(root, top, entries)
  // The manifest (and its signature) first, so an extractor knows every declared size before any content.
  const rank = (entry: BundleEntry) =>
    entry.name === top
      ? 0
      : entry.name === `${top}/${MANIFEST_FILE}`
        ? 1
        : entry.name === `${top}/${SIGNATURE_FILE}`
          ? 2
          : 3
  entries.sort((a, b) => rank(a) - rank(b) || Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))

  const partial = join(dirname(target), `.${basename(target)}.partial`)
  const hash = createHash('sha256')
  let size = 0
  const files: ArchivedFile[] = []
  const mtimeSeconds = mtime.getTime() / 1000
  try {
    // Synchronous file calls, on purpose: this thread has nothing else to do meanwhile, and each call
    // through the thread pool waits behind the members being compressed there (on a busy 2-core runner
    // that wait, not the reading, set the pace).
    const out = openSync(partial, 'w')
    try {
      const members = new GzipMemberWriter((parts) => {
        for (const part of parts) hash.update(part)
        size += writeAll(out, parts)
        return Promise.resolve()
      })
      for (const entry of entries) {
        const file = await addEntry(members, entry, mtimeSeconds, bundleDir)
        if (file) files.push({ path: entry.name.slice(top.length + 1), ...file })
      }
      await members.write(END_OF_TAR)
      await members.end()
    } finally {
      closeSync(out)
    }
    await rename(partial, target)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
  return { sha256: hash.digest('hex'), size, files }
}

/** Writes every part, in order, however many calls it takes; returns the bytes written. */
function writeAll(out: number, parts: Buffer[]): number {
  const total = parts.reduce((sum, part) => sum + part.length, 0)
  let done = writevSync(out, parts)
  if (done < total) {
    const joined = Buffer.concat(parts, total)
    while (done < total) done += writeSync(out, joined, done, total - done)
  }
  return total
}

export interface ArchivedFile {
  /** Path inside the bundle (without the archive's top-level folder). */
  path: string
  sha256: string
  size: number
}

export interface ArchiveWritten {
  /** SHA-256 and size of the archive file. */
  sha256: string
  size: number
  /** Every file archived, in archive order, with the SHA-256 and size of the bytes written into it. */
  files: ArchivedFile[]
}

/**
 * Extracts an archive made by writeBundleArchive into targetDir; returns the bundle directory
 * (targetDir/<top folder>).
 *
 * The archive is treated as hostile: only plain files and directories under one top-level folder are
 * accepted, with relative paths free of `..`. Sizes follow the manifest: from the moment the archive's
 * manifest.json is read (writeBundleArchive puts it first), every file must be one it lists, with the
 * size it declares, checked from the tar header before any content is written — a gzip bomb stops at its
 * first header. Content before the manifest is capped by the compressed size (PRE_MANIFEST_RATIO).
 * The top-level folder must not exist yet (so nothing already on disk can redirect or be overwritten),
 * and it is removed again when extraction fails. Problems with the archive's content are
 * ArchiveIntegrityErrors naming it; a missing archive is an InputError.
 * The result is only unpacked, not verified: run verifyBundle on it.
 */
export async function extractBundleArchive(
  archivePath: string,
  targetDir: string,
  limits: ExtractLimits = {}
): Promise<string> {
  const maxEntries = limits.maxEntries ?? DEFAULT_EXTRACT_LIMITS.maxEntries
  const refuse = (message: string) => new ArchiveIntegrityError(`${archivePath}: ${message}`)

  const info = await stat(archivePath).catch(() => undefined)
  if (!info?.isFile())
    throw new InputError(
      `${archivePath}: not found or not a file (expected a bundle archive, *${ARCHIVE_SUFFIX})`
    )
  let maxTotalBytes = Math.min(
    limits.maxTotalBytes ?? DEFAULT_EXTRACT_LIMITS.maxTotalBytes,
    Math.max(PRE_MANIFEST_FLOOR, info.size * PRE_MANIFEST_RATIO)
  )
  await mkdir(targetDir, { recursive: true })

  const extract = tarExtract()
  const reading = pipeline(createReadStream(archivePath), createGunzip(), extract)
  // The entry being written: when the gzip or tar stream fails mid-entry, the entry never ends by
  // itself, so it is destroyed here, or its write would wait forever.
  let current: Readable | undefined
  const failed = reading.catch((error: unknown) => {
    current?.destroy(error as Error)
    throw error
  })
  failed.catch(() => undefined)
  let top: string | undefined
  let topCreated = false
  let entries = 0
  let totalBytes = 0
  /** Declared sizes once the manifest was read: bundle path → size. */
  let declared: Map<string, number> | undefined
  const written = new Map<string, number>()

  // A manifest that cannot be read declares nothing: the compressed-size budget stays, and verify
  // reports the manifest itself.
  const applyManifest = (bytes: Buffer) => {
    let parsed: ReturnType<typeof manifestSchema.safeParse>
    try {
      parsed = manifestSchema.safeParse(JSON.parse(bytes.toString('utf8')))
    } catch {
      return
    }
    if (!parsed.success) return
    declared = new Map(parsed.data.files.map((file) => [file.path, file.size]))
    declared.set(MANIFEST_FILE, bytes.length)
    maxTotalBytes = Math.min(
      limits.maxTotalBytes ?? DEFAULT_EXTRACT_LIMITS.maxTotalBytes,
      [...declared.values()].reduce((sum, size) => sum + size, 0) +
        MAX_SIGNATURE_BYTES +
        // SHA256SUMS: a line (hash, two spaces, the path, escaped at most twice as long) per file.
        [...declared.keys()].reduce((sum, path) => sum + 80 + 2 * Buffer.byteLength(path), 200)
    )
    for (const [path, size] of written) checkDeclared(path, size)
  }
  const checkDeclared = (path: string, size: number) => {
    if (!declared) return
    if (path === CHECKSUMS_FILE) {
      if (size > MAX_CHECKSUMS_BYTES)
        throw refuse(`${CHECKSUMS_FILE} is ${size} bytes; a bundle's is under ${MAX_CHECKSUMS_BYTES}`)
      return
    }
    if (path === SIGNATURE_FILE) {
      if (size > MAX_SIGNATURE_BYTES)
        throw refuse(`${SIGNATURE_FILE} is ${size} bytes; a signature is under ${MAX_SIGNATURE_BYTES}`)
      return
    }
    const expected = declared.get(path)
    if (expected === undefined)
      throw refuse(`entry ${JSON.stringify(path)} is not listed in the archive's ${MANIFEST_FILE}`)
    if (expected !== size)
      throw refuse(
        `entry ${JSON.stringify(path)} declares ${size} bytes, but the manifest says ${expected}; refusing to extract`
      )
  }

  const consume = async () => {
    for await (const entry of extract) {
      const header = entry.header
      const shown = JSON.stringify(header.name)
      entries += 1
      if (entries > maxEntries) {
        throw refuse(`more than ${maxEntries} entries (at ${shown}); refusing to extract`)
      }
      const segments = entrySegments(header.name, header.type, refuse)
      if (top === undefined) {
        top = segments[0]!
        if (segments.length !== 1 || header.type !== 'directory') {
          throw refuse(`the first entry ${shown} is not the bundle's top-level folder`)
        }
        try {
          await mkdir(join(targetDir, top), { mode: DIR_MODE })
        } catch (error) {
          throw (error as NodeJS.ErrnoException).code === 'EEXIST'
            ? new InputError(`${join(targetDir, top)} already exists; extract into an empty directory`)
            : new InputError(`cannot create ${join(targetDir, top)}: ${(error as Error).message}`)
        }
        topCreated = true
        entry.resume()
        continue
      }
      if (segments[0] !== top || segments.length === 1) {
        throw refuse(`entry ${shown} is outside the single top-level folder "${top}/"`)
      }
      const size = header.size ?? 0
      const inBundle = segments.slice(1).join('/')
      if (header.type === 'file') {
        checkDeclared(inBundle, size)
        if (!declared && inBundle === MANIFEST_FILE && size > MAX_MANIFEST_BYTES) {
          throw refuse(`${shown} is ${size} bytes; a manifest is at most ${MAX_MANIFEST_BYTES}`)
        }
      }
      totalBytes += size
      if (totalBytes > maxTotalBytes) {
        throw refuse(
          `more than ${maxTotalBytes} bytes of content (at ${shown})${declared ? ', more than its manifest declares' : ''}; refusing to extract`
        )
      }
      const path = join(targetDir, ...segments)
      try {
        if (header.type === 'directory') {
          await mkdir(path, { recursive: true, mode: DIR_MODE })
          entry.resume()
        } else {
          await mkdir(dirname(path), { recursive: true, mode: DIR_MODE })
          current = entry as unknown as Readable
          const manifestChunks: Buffer[] | undefined =
            !declared && inBundle === MANIFEST_FILE ? [] : undefined
          // 'wx' refuses a duplicate entry instead of silently keeping the last one.
          await pipeline(
            entry as unknown as Readable,
            async function* (chunks: AsyncIterable<Buffer>) {
              for await (const chunk of chunks) {
                manifestChunks?.push(chunk)
                yield chunk
              }
            },
            createWriteStream(path, { flags: 'wx', mode: FILE_MODE })
          )
          current = undefined
          written.set(inBundle, size)
          if (manifestChunks) applyManifest(Buffer.concat(manifestChunks))
        }
      } catch (error) {
        if (error instanceof InputError) throw error
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EEXIST') throw refuse(`entry ${shown} appears twice`)
        // Only file-system failures are about this entry; a stream error is the archive ending early.
        if ((error as NodeJS.ErrnoException).syscall) {
          throw new InputError(`${archivePath}: cannot extract entry ${shown}: ${(error as Error).message}`)
        }
        throw error
      }
    }
  }

  try {
    const [consumed, read] = await Promise.allSettled([
      consume().catch((error: unknown) => {
        // Stops reading the rest of the archive; `reading` then settles with this same error.
        extract.destroy(error as Error)
        throw error
      }),
      failed
    ])
    // Our own refusal first; otherwise the gunzip/tar error, which says more than the entry's.
    if (consumed.status === 'rejected' && consumed.reason instanceof InputError) throw consumed.reason
    if (read.status === 'rejected') throw read.reason
    if (consumed.status === 'rejected') throw consumed.reason
    if (top === undefined) throw refuse('the archive is empty (expected a bundle folder)')
  } catch (error) {
    if (topCreated && top !== undefined) await rm(join(targetDir, top), { recursive: true, force: true })
    if (error instanceof InputError) throw error
    throw refuse(`not a valid bundle archive (corrupt or truncated gzip/tar: ${(error as Error).message})`)
  }
  return join(targetDir, top)
}

function checkMtime(mtime: Date): Date {
  const seconds = mtime instanceof Date ? Math.floor(mtime.getTime() / 1000) : NaN
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_TAR_SECONDS) {
    throw new InputError(`archive: mtime must be a date between 1970 and 6325, got ${String(mtime)}`)
  }
  return new Date(seconds * 1000)
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

async function walk(dir: string, name: string, into: BundleEntry[]): Promise<void> {
  for (const dirent of await readdir(dir, { withFileTypes: true })) {
    const entry = { name: `${name}/${dirent.name}`, absolute: join(dir, dirent.name) }
    if (dirent.isDirectory()) {
      into.push({ ...entry, type: 'directory' })
      await walk(entry.absolute, entry.name, into)
    } else if (dirent.isFile()) {
      into.push({ ...entry, type: 'file' })
    } else {
      throw new InputError(
        `archive: ${entry.absolute} is a ${dirent.isSymbolicLink() ? 'symlink' : 'special file'}; ` +
          'a bundle holds only regular files and directories'
      )
    }
  }
}

async function addEntry(
  members: GzipMemberWriter,
  entry: BundleEntry,
  mtimeSeconds: number,
  bundleDir: string
): Promise<{ sha256: string; size: number } | undefined> {
  if (entry.type === 'directory') {
    // Readers expect the trailing slash on directories.
    await members.write(
      tarHeader({ name: `${entry.name}/`, type: 'directory', mode: DIR_MODE, size: 0, mtimeSeconds })
    )
    return undefined
  }
  let fd: number
  try {
    fd = openSync(entry.absolute, OPEN_NO_FOLLOW)
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'ELOOP'
      ? new InputError(`archive: ${entry.absolute} is a symlink; a bundle holds only regular files`)
      : error
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) {
      throw new InputError(`archive: ${entry.absolute} is not a regular file (in ${bundleDir})`)
    }
    const size = info.size
    await members.write(tarHeader({ name: entry.name, type: 'file', mode: FILE_MODE, size, mtimeSeconds }))
    const hash = createHash('sha256')
    // Read straight into the gzip block being filled: each byte is read once, hashed there and compressed
    // from there.
    for (let position = 0; position < size;) {
      const space = members.space()
      const bytesRead = readSync(fd, space, 0, Math.min(space.length, size - position), position)
      if (bytesRead === 0) throw changedWhileArchived(entry.absolute, size)
      hash.update(space.subarray(0, bytesRead))
      position += bytesRead
      await members.advance(bytesRead)
    }
    if (readSync(fd, Buffer.alloc(1), 0, 1, size) > 0) throw changedWhileArchived(entry.absolute, size)
    await members.write(tarPadding(size))
    return { sha256: hash.digest('hex'), size }
  } finally {
    closeSync(fd)
  }
}

const changedWhileArchived = (path: string, size: number) =>
  new InputError(`archive: ${path} changed while it was archived (it was ${size} bytes); seal again`)

/** Splits an entry name into safe path segments, or throws naming the entry. */
function entrySegments(
  name: string,
  type: Header['type'] | undefined,
  refuse: (message: string) => InputError
): string[] {
  const shown = JSON.stringify(name)
  if (type !== 'file' && type !== 'directory') {
    throw refuse(`entry ${shown} is a ${type ?? 'unknown type'}; a bundle holds only files and directories`)
  }
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw refuse(`entry ${shown} has an absolute path`)
  if (name.includes('\\') || name.includes('\0')) {
    throw refuse(`entry ${shown} contains a backslash or NUL character`)
  }
  const trimmed = type === 'directory' && name.endsWith('/') ? name.slice(0, -1) : name
  const segments = trimmed.split('/')
  if (segments.includes('..')) throw refuse(`entry ${shown} has a ".." segment`)
  if (segments.some((segment) => segment === '' || segment === '.')) {
    throw refuse(`entry ${shown} has an empty or "." path segment`)
  }
  return segments
}
