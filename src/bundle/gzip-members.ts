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
 * 7-Zip and Node's gunzip read it as one file. Deflate looks back 32 KiB only, so a member of 1 MiB
 * compresses within 0.1% of one long stream, and zlib's set-up per member (≈ 300 KiB of tables) is
 * paid once per MiB.
 */
export const GZIP_BLOCK_BYTES = 1024 * 1024
/** Where a block is probed: this many windows, evenly spaced, of PROBE_BYTES. */
const PROBE_WINDOWS = 4
const PROBE_BYTES = 4096
/**
 * Share of positions in a probe window that start a 4-byte string seen earlier in the window. JSON,
 * YAML and prose score 0.3–0.7; base64, random and already-compressed bytes about 0. Below it, matching
 * strings (LZ77) finds nothing and entropy coding alone (Huffman-only) gives the same size several times
 * faster.
 */
const LZ_WORTH = 0.1
/**
 * Without repeated strings, the probe windows' byte counts decide between Huffman coding and storing:
 * `n² / Σ count²` is the number of equally likely byte values the block behaves like (2 to the Rényi
 * entropy of order 2, a lower bound of the Shannon entropy), so Huffman coding saves at most
 * `1 - log2(that) / 8`. Hex gives about 16 (saves 50%), base32 32 (37%); base64 64 (25%: it mostly
 * wraps bytes already compressed, PDFs or images) and random or compressed bytes about 250 (under 1%).
 * Huffman-only costs more CPU per byte than SHA-256 itself (zlib: ≈ 5.5 ms/MiB, against 4.5 for
 * coreutils sha256sum and 0.7 for Node's), so it runs only where it saves a third or more: from this
 * many symbols up, the block is stored (≈ 0.3 ms/MiB), which keeps sealing at the speed of hashing.
 * Integers only, so the choice is the same on every platform.
 */
const STORE_ABOVE_SYMBOLS = 40

/** How a member's block is encoded, chosen from the block's bytes alone (see encodingOf). */
export type MemberEncoding = 'lz77' | 'huffman' | 'stored'

// zlib's one-shot calls return output in pieces of chunkSize, each a round trip to the thread pool: one
// piece for the whole member (Huffman codes never take more than the block and 64 KiB).
const CHUNK_BYTES = GZIP_BLOCK_BYTES + 64 * 1024
/** zlib's settings for what it compresses; stored members are written here (storedBlocks). */
const OPTIONS: Record<Exclude<MemberEncoding, 'stored'>, ZlibOptions> = {
  lz77: { level: 1, memLevel: 8, windowBits: 15, chunkSize: CHUNK_BYTES },
  huffman: {
    level: 1,
    memLevel: 8,
    windowBits: 15,
    strategy: zlibConstants.Z_HUFFMAN_ONLY,
    chunkSize: CHUNK_BYTES
  }
}
// Fixed header: deflate, no flags, mtime 0, no extra flags, OS Unix. Written by us, not zlib, so the
// bytes are the same on every platform and zlib build.
const MEMBER_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03])
/**
 * zlib's async calls run on libuv's thread pool (4 threads unless UV_THREADPOOL_SIZE says more): one
 * member more than cores, so a core never waits while this thread reads the next block.
 */
const MAX_IN_FLIGHT = 4

const deflateRaw = promisify(deflateRawCallback) as (data: Buffer, options: ZlibOptions) => Promise<Buffer>

/**
 * Compresses what is written to it into concatenated gzip members of GZIP_BLOCK_BYTES of input each,
 * several at once on the thread pool, handing each member to `emit` in order. Deterministic: the output
 * depends only on the bytes written (and zlib's deflate), not on how they were written, on timing or on
 * the number of cores. Memory stays at a few blocks whatever the input size: the blocks' buffers are
 * reused, and a producer can read straight into the current one (`space`, then `advance`).
 */
export class GzipMemberWriter {
  private readonly inFlight: number
  private readonly pending: { block: Buffer; member: Promise<Buffer[]> }[] = []
  private readonly spare: Buffer[] = []
  private block: Buffer = Buffer.allocUnsafe(GZIP_BLOCK_BYTES)
  private used = 0
  private members = 0
  /** Bytes written so far (the uncompressed stream). */
  written = 0

  constructor(
    /** Receives each member, as parts to write one after the other; awaited before the next. */
    private readonly emit: (parts: Buffer[]) => Promise<void>,
    options: { inFlight?: number } = {}
  ) {
    this.inFlight = Math.max(1, options.inFlight ?? Math.min(MAX_IN_FLIGHT, availableParallelism() + 1))
  }

  /** The free rest of the current block: fill a prefix of it, then call advance with its length. */
  space(): Buffer {
    return this.block.subarray(this.used)
  }

  /** Counts `length` bytes just put into space(); compresses the block once it is full. */
  async advance(length: number): Promise<void> {
    if (!Number.isInteger(length) || length < 0 || this.used + length > GZIP_BLOCK_BYTES)
      throw new RangeError(`gzip members: cannot advance ${length} bytes`)
    this.used += length
    this.written += length
    if (this.used === GZIP_BLOCK_BYTES) await this.cut()
  }

  /** Copies `bytes` in (the caller may reuse them as soon as this returns). */
  async write(bytes: Uint8Array): Promise<void> {
    for (let offset = 0; offset < bytes.length;) {
      const space = this.space()
      const length = Math.min(space.length, bytes.length - offset)
      space.set(bytes.subarray(offset, offset + length))
      offset += length
      await this.advance(length)
    }
  }

  /** Compresses what is left (an empty stream is one empty member) and waits for every member. */
  async end(): Promise<void> {
    if (this.used > 0 || this.members === 0) await this.cut()
    while (this.pending.length > 0) await this.flushOne()
  }

  private async cut(): Promise<void> {
    const block = this.block
    const member = gzipMemberParts(block.subarray(0, this.used))
    // Rejections are awaited in order in flushOne; this only keeps an early one from being unhandled.
    member.catch(() => undefined)
    this.pending.push({ block, member })
    this.members += 1
    this.block = this.spare.pop() ?? Buffer.allocUnsafe(GZIP_BLOCK_BYTES)
    this.used = 0
    while (this.pending.length >= this.inFlight) await this.flushOne()
  }

  private async flushOne(): Promise<void> {
    const { block, member } = this.pending.shift()!
    const parts = await member
    await this.emit(parts)
    // Reused only once written: a stored member's parts are the block's own bytes.
    this.spare.push(block)
  }
}

/**
 * Compresses a byte stream into concatenated gzip members (see GzipMemberWriter), yielding them in
 * order. The same input gives the same members however it is cut into chunks.
 */
export async function* gzipMembers(
  chunks: AsyncIterable<Uint8Array>,
  options: { inFlight?: number } = {}
): AsyncGenerator<Buffer> {
  const ready: Buffer[] = []
  const writer = new GzipMemberWriter((parts) => {
    ready.push(Buffer.concat(parts))
    return Promise.resolve()
  }, options)
  for await (const chunk of chunks) {
    await writer.write(chunk)
    yield* ready.splice(0)
  }
  await writer.end()
  yield* ready.splice(0)
}

/** One complete gzip member (header, deflate stream, CRC-32 and size) holding `block`. */
export async function gzipMember(block: Buffer): Promise<Buffer> {
  return Buffer.concat(await gzipMemberParts(block))
}

/** A gzip member as its three parts: the fixed header, the deflate stream, the CRC-32 and size. */
async function gzipMemberParts(block: Buffer): Promise<Buffer[]> {
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc32(block), 0)
  trailer.writeUInt32LE(block.length % 2 ** 32, 4)
  const encoding = encodingOf(block)
  if (encoding === 'stored') return [MEMBER_HEADER, ...storedBlocks(block), trailer]
  const body = await deflateRaw(block, OPTIONS[encoding])
  return [MEMBER_HEADER, body, trailer]
}

/** Largest stored deflate block: LEN is 16 bits. */
const STORED_MAX = 65_535

/**
 * `block` as deflate stored blocks (RFC 1951 §3.2.4), written here rather than by zlib: a 5-byte header
 * (BFINAL and BTYPE 00, then LEN and its one's complement NLEN) before each piece of at most 65,535
 * bytes, the pieces being views of the block itself: no copy, no thread-pool round trip.
 */
function storedBlocks(block: Buffer): Buffer[] {
  const parts: Buffer[] = []
  let offset = 0
  do {
    const length = Math.min(STORED_MAX, block.length - offset)
    const last = offset + length === block.length
    const header = Buffer.alloc(5)
    header[0] = last ? 0x01 : 0x00
    header.writeUInt16LE(length, 1)
    header.writeUInt16LE(~length & 0xffff, 3)
    parts.push(header, block.subarray(offset, offset + length))
    offset += length
  } while (offset < block.length)
  return parts
}

/**
 * How the block is worth encoding, from PROBE_WINDOWS windows of it: LZ77 (level 1) when a window
 * repeats enough 4-byte strings (LZ_WORTH), stored when Huffman coding would save less than a third
 * (STORE_ABOVE_SYMBOLS), Huffman-only otherwise. A function of the bytes alone: deterministic.
 */
export function encodingOf(block: Uint8Array): MemberEncoding {
  const last = new Int32Array(4096)
  const counts = new Uint32Array(256)
  let probed = 0
  const step = Math.max(PROBE_BYTES, Math.floor(block.length / PROBE_WINDOWS))
  for (let start = 0; start < block.length; start += step) {
    last.fill(0)
    const stop = Math.min(block.length, start + PROBE_BYTES)
    for (let i = start; i < stop; i += 1) counts[block[i]!]! += 1
    probed += stop - start
    const end = stop - 3
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
    if (end > start && repeats >= (end - start) * LZ_WORTH) return 'lz77'
  }
  // Exact in doubles: probed ≤ 16 KiB, so every product stays far below 2^53.
  let squares = 0
  for (const count of counts) squares += count * count
  return probed > 0 && probed * probed > STORE_ABOVE_SYMBOLS * squares ? 'stored' : 'huffman'
}
