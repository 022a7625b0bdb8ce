/**
 * The tar headers of a bundle archive, written without a stream library so the archive writer can put
 * file bytes straight into its gzip blocks. Byte for byte what tar-stream's pack wrote before (a unit
 * test compares them): POSIX ustar, names over 100 bytes split at a `/` into the 155-byte prefix, and a
 * pax `path` record (IEEE Std 1003.1, pax format) for a name that does not fit or is not ASCII. Only
 * plain files and directories, owner and group 0 with empty names.
 */
export const TAR_BLOCK = 512
/** Two zero blocks end an archive. */
export const END_OF_TAR = Buffer.alloc(2 * TAR_BLOCK)

export interface TarEntry {
  /** Path inside the archive; a directory's ends with `/`. */
  name: string
  type: 'file' | 'directory'
  mode: number
  /** 0 for a directory. */
  size: number
  /** Whole seconds since 1970, at most 8^11 - 1 (11 octal digits). */
  mtimeSeconds: number
}

const TYPEFLAG = { file: 0x30, directory: 0x35, pax: 0x78 } as const
const USTAR_MAGIC_AND_VERSION = Buffer.from('ustar\x0000', 'latin1')

/** The header block(s) of an entry: one ustar block, or a pax header, its record and a ustar block. */
export function tarHeader(entry: TarEntry): Buffer {
  const plain = ustarBlock(entry.name, entry, TYPEFLAG[entry.type], entry.size)
  if (plain) return plain
  const record = paxRecord('path', entry.name)
  const padding = (TAR_BLOCK - (record.length % TAR_BLOCK)) % TAR_BLOCK
  return Buffer.concat([
    ustarBlock('PaxHeader', entry, TYPEFLAG.pax, record.length)!,
    record,
    Buffer.alloc(padding),
    ustarBlock('PaxHeader', entry, TYPEFLAG[entry.type], entry.size)!
  ])
}

/** Zero bytes that bring an entry's content of `size` bytes to a whole number of blocks. */
export function tarPadding(size: number): Buffer {
  return END_OF_TAR.subarray(0, (TAR_BLOCK - (size % TAR_BLOCK)) % TAR_BLOCK)
}

/** A ustar header block, or undefined when the name does not fit (or is not ASCII). */
function ustarBlock(fullName: string, entry: TarEntry, typeflag: number, size: number): Buffer | undefined {
  // Non-ASCII names go to a pax record, whose path is UTF-8 by definition.
  if (Buffer.byteLength(fullName) !== fullName.length) return undefined
  let name = fullName
  let prefix = ''
  while (name.length > 100) {
    const slash = name.indexOf('/')
    if (slash === -1) return undefined
    prefix += prefix ? `/${name.slice(0, slash)}` : name.slice(0, slash)
    name = name.slice(slash + 1)
  }
  if (prefix.length > 155) return undefined
  const block = Buffer.alloc(TAR_BLOCK)
  block.write(name, 0, 'latin1')
  block.write(octal(entry.mode & 0o7777, 6), 100, 'latin1')
  block.write(octal(0, 6), 108, 'latin1') // uid
  block.write(octal(0, 6), 116, 'latin1') // gid
  if (size.toString(8).length > 11) {
    // Over 8 GiB: base-256, as GNU tar and bsdtar read it.
    block[124] = 0x80
    for (let i = 11, rest = size; i > 0; i -= 1, rest = Math.floor(rest / 256)) block[124 + i] = rest % 256
  } else block.write(octal(size, 11), 124, 'latin1')
  block.write(octal(entry.mtimeSeconds, 11), 136, 'latin1')
  block[156] = typeflag
  USTAR_MAGIC_AND_VERSION.copy(block, 257)
  block.write(octal(0, 6), 329, 'latin1') // devmajor
  block.write(octal(0, 6), 337, 'latin1') // devminor
  if (prefix) block.write(prefix, 345, 'latin1')
  // The checksum counts its own field as eight spaces.
  let sum = 8 * 0x20
  for (let i = 0; i < TAR_BLOCK; i += 1) if (i < 148 || i >= 156) sum += block[i]!
  block.write(octal(sum, 6), 148, 'latin1')
  return block
}

/** `digits` octal digits and a space (a value too large is all sevens, as tar-stream wrote it). */
function octal(value: number, digits: number): string {
  const text = value.toString(8)
  return `${text.length > digits ? '7'.repeat(digits) : text.padStart(digits, '0')} `
}

/** A pax extended header record: "<length> <key>=<value>\n", the length counting itself. */
function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`
  const length = Buffer.byteLength(body)
  let digits = String(length).length
  if (length + digits >= 10 ** digits) digits += 1
  return Buffer.from(`${length + digits}${body}`)
}
