import { availableParallelism } from 'node:os'
import { promisify } from 'node:util'
import {
  constants as zlibConstants,
  crc32,
  deflateRaw as deflateRawCallback,
  type ZlibOptions
} from 'node:zlib'

/**
 * The input is cut into blocks of this many bytes (by offset, so the cut never depends on how the input
 * arrived or on how many threads compress), each compressed into its own gzip member. Concatenated
 * members are one valid gzip stream (RFC 1952 §2.2): gzip, GNU tar, bsdtar (macOS, Windows' tar.exe),
 * 7-Zip and Node's gunzip read it as one file. Deflate looks back 32 KiB only, so a member of 256 KiB
 * compresses within 0.1% of one long stream.
 */
export const GZIP_BLOCK_BYTES = 256 * 1024
/** Where a block is probed for repeated strings: this many windows, evenly spaced, of PROBE_BYTES. */
const PROBE_WINDOWS = 4
const PROBE_BYTES = 4096
/**
 * Share of positions in a probe window that start a 4-byte string seen earlier in the window. JSON,
 * YAML and prose score 0.3–0.7; base64, random and already-compressed bytes about 0. Below it, matching
 * strings (LZ77) finds nothing and entropy coding alone (Huffman-only) gives the same size several times
 * faster.
 */
const LZ_WORTH = 0.1
const LZ_OPTIONS: ZlibOptions = { level: 6, memLevel: 8, windowBits: 15 }
const ENTROPY_OPTIONS: ZlibOptions = {
  level: 1,
  memLevel: 8,
  windowBits: 15,
  strategy: zlibConstants.Z_HUFFMAN_ONLY
}
// Fixed header: deflate, no flags, mtime 0, no extra flags, OS Unix. Written by us, not zlib, so the
// bytes are the same on every platform and zlib build.
const MEMBER_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03])
/** zlib's async calls run on libuv's thread pool (4 threads unless UV_THREADPOOL_SIZE says more). */
const MAX_IN_FLIGHT = 4

const deflateRaw = promisify(deflateRawCallback) as (data: Buffer, options: ZlibOptions) => Promise<Buffer>

/**
 * Compresses a byte stream into concatenated gzip members of GZIP_BLOCK_BYTES of input each, several at
 * once on the thread pool, yielding them in order. Deterministic: the output depends only on the input
 * bytes (and zlib's deflate), not on chunking, timing or the number of cores. Memory stays at a few
 * blocks whatever the input size.
 */
export async function* gzipMembers(
  chunks: AsyncIterable<Buffer>,
  options: { inFlight?: number } = {}
): AsyncGenerator<Buffer> {
  const inFlight = Math.max(1, options.inFlight ?? Math.min(MAX_IN_FLIGHT, availableParallelism()))
  const pending: Promise<Buffer>[] = []
  let parts: Buffer[] = []
  let buffered = 0
  const cut = (size: number) => {
    const joined = parts.length === 1 ? parts[0]! : Buffer.concat(parts, buffered)
    const block = joined.subarray(0, size)
    const rest = joined.subarray(size)
    parts = rest.length > 0 ? [rest] : []
    buffered = rest.length
    const member = gzipMember(block)
    // Rejections are awaited in order below; this only keeps an early one from being reported unhandled.
    member.catch(() => undefined)
    pending.push(member)
  }
  for await (const chunk of chunks) {
    // Copied: the producer may reuse its buffer once it has been consumed.
    parts.push(Buffer.from(chunk))
    buffered += chunk.length
    while (buffered >= GZIP_BLOCK_BYTES) {
      cut(GZIP_BLOCK_BYTES)
      while (pending.length >= inFlight) yield await pending.shift()!
    }
  }
  if (buffered > 0 || pending.length === 0) cut(buffered)
  while (pending.length > 0) yield await pending.shift()!
}

/** One complete gzip member (header, deflate stream, CRC-32 and size) holding `block`. */
export async function gzipMember(block: Buffer): Promise<Buffer> {
  const body = await deflateRaw(block, repeatsStrings(block) ? LZ_OPTIONS : ENTROPY_OPTIONS)
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc32(block), 0)
  trailer.writeUInt32LE(block.length % 2 ** 32, 4)
  return Buffer.concat([MEMBER_HEADER, body, trailer])
}

/** Whether any probe window of the block repeats enough 4-byte strings for LZ77 to pay (LZ_WORTH). */
export function repeatsStrings(block: Uint8Array): boolean {
  const last = new Int32Array(4096)
  const step = Math.max(PROBE_BYTES, Math.floor(block.length / PROBE_WINDOWS))
  for (let start = 0; start < block.length; start += step) {
    last.fill(0)
    const end = Math.min(block.length, start + PROBE_BYTES) - 3
    let repeats = 0
    for (let i = start; i < end; i += 1) {
      const word = block[i]! | (block[i + 1]! << 8) | (block[i + 2]! << 16) | (block[i + 3]! << 24)
      const slot = Math.imul(word, 0x9e3779b1) >>> 20
      const seen = last[slot]! - 1
      if (
        seen >= 0 &&
        (block[seen]! | (block[seen + 1]! << 8) | (block[seen + 2]! << 16) | (block[seen + 3]! << 24)) ===
          word
      )
        repeats += 1
      last[slot] = i + 1
    }
    if (end > start && repeats >= (end - start) * LZ_WORTH) return true
  }
  return false
}
