/**
 * Wire-format helpers for the S3 simulator: S3's XML documents, the `aws-chunked` content encoding and
 * the flexible checksums (CRC32, CRC32C, CRC64NVME, SHA1, SHA256) S3 verifies and stores.
 */
import { createHash } from 'node:crypto'
import { crc32 } from 'node:zlib'

export const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/'
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;'
}
export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!)
export const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (m, name: string) => {
    const lower = name.toLowerCase()
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16))
    if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10))
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? m
  })

/** A child element, or nothing when the value is undefined (S3 omits absent fields). */
export type XmlChild = string | undefined
export const el = (tag: string, value: string | number | boolean | undefined): XmlChild =>
  value === undefined ? undefined : `<${tag}>${escapeXml(String(value))}</${tag}>`
export const group = (tag: string, children: XmlChild[]): string => `<${tag}>${children.join('')}</${tag}>`
export const document = (root: string, children: XmlChild[]): string =>
  `${XML_DECLARATION}<${root} xmlns="${S3_NS}">${children.join('')}</${root}>`

/** `<Error><Code>…</Code><Message>…</Message>…<RequestId>…</RequestId><HostId>…</HostId></Error>` */
export const errorDocument = (
  code: string,
  message: string,
  extra: Record<string, string>,
  requestId: string,
  hostId: string
): string =>
  XML_DECLARATION +
  group('Error', [
    el('Code', code),
    el('Message', message),
    ...Object.entries(extra).map(([k, v]) => el(k, v)),
    el('RequestId', requestId),
    el('HostId', hostId)
  ])

export interface CompletedPart {
  partNumber: number
  etag: string
  checksums: Partial<Record<ChecksumAlgorithm, string>>
}

/** The `CompleteMultipartUpload` request body; undefined when it is not the document S3 expects. */
export function parseCompleteMultipartUpload(body: string): CompletedPart[] | undefined {
  const root =
    /^\s*(?:<\?xml[^>]*\?>\s*)?<CompleteMultipartUpload(?:\s[^>]*)?>([\s\S]*)<\/CompleteMultipartUpload>\s*$/.exec(
      body
    )
  if (!root) return undefined
  const parts: CompletedPart[] = []
  const rest = root[1]!.replace(/<Part>([\s\S]*?)<\/Part>/g, (_m, inner: string) => {
    const fields = new Map<string, string>()
    for (const m of inner.matchAll(/<(\w+)>([\s\S]*?)<\/\1>/g)) fields.set(m[1]!, unescapeXml(m[2]!.trim()))
    const checksums: CompletedPart['checksums'] = {}
    for (const algorithm of CHECKSUM_ALGORITHMS) {
      const value = fields.get(`Checksum${CHECKSUM_NAMES[algorithm]}`)
      if (value) checksums[algorithm] = value
    }
    parts.push({
      partNumber: Number(fields.get('PartNumber') ?? Number.NaN),
      etag: fields.get('ETag') ?? '',
      checksums
    })
    return ''
  })
  if (rest.trim() !== '' || parts.length === 0) return undefined
  if (parts.some((p) => !Number.isInteger(p.partNumber) || !p.etag)) return undefined
  return parts
}

// --- aws-chunked ------------------------------------------------------------------------------------

export interface AwsChunkedBody {
  body: Buffer
  /** Lower-cased trailer names, e.g. `x-amz-checksum-sha256`. */
  trailers: Record<string, string>
}

/**
 * Decodes `hex-size[;chunk-signature=…]\r\n data \r\n … 0[;…]\r\n` followed by trailer lines
 * (`name:value\r\n`) and a closing `\r\n`. Undefined when the framing is broken.
 */
export function decodeAwsChunked(raw: Buffer): AwsChunkedBody | undefined {
  const chunks: Buffer[] = []
  let pos = 0
  for (;;) {
    const eol = raw.indexOf('\r\n', pos)
    if (eol < 0) return undefined
    const header = raw.subarray(pos, eol).toString('latin1')
    const sizeText = header.split(';')[0]!.trim()
    if (!/^[0-9a-fA-F]+$/.test(sizeText)) return undefined
    const size = Number.parseInt(sizeText, 16)
    pos = eol + 2
    if (size === 0) break
    if (pos + size + 2 > raw.length) return undefined
    chunks.push(raw.subarray(pos, pos + size))
    pos += size
    if (raw[pos] !== 0x0d || raw[pos + 1] !== 0x0a) return undefined
    pos += 2
  }
  const trailers: Record<string, string> = {}
  while (pos < raw.length) {
    const eol = raw.indexOf('\r\n', pos)
    const line = raw.subarray(pos, eol < 0 ? raw.length : eol).toString('latin1')
    pos = eol < 0 ? raw.length : eol + 2
    if (line === '') break
    const colon = line.indexOf(':')
    if (colon <= 0) return undefined
    trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { body: Buffer.concat(chunks), trailers }
}

// --- checksums --------------------------------------------------------------------------------------

export type ChecksumAlgorithm = 'crc32' | 'crc32c' | 'crc64nvme' | 'sha1' | 'sha256'
export const CHECKSUM_ALGORITHMS: readonly ChecksumAlgorithm[] = [
  'crc32',
  'crc32c',
  'crc64nvme',
  'sha1',
  'sha256'
]
/** As S3 spells them in XML elements (`ChecksumSHA256`) and error messages. */
export const CHECKSUM_NAMES: Record<ChecksumAlgorithm, string> = {
  crc32: 'CRC32',
  crc32c: 'CRC32C',
  crc64nvme: 'CRC64NVME',
  sha1: 'SHA1',
  sha256: 'SHA256'
}
const DIGEST_BYTES: Record<ChecksumAlgorithm, number> = {
  crc32: 4,
  crc32c: 4,
  crc64nvme: 8,
  sha1: 20,
  sha256: 32
}

export const parseChecksumAlgorithm = (name: string | undefined): ChecksumAlgorithm | undefined =>
  CHECKSUM_ALGORITHMS.find((a) => a === name?.toLowerCase())

/** Whether a base64 value has the digest length of the algorithm (S3 rejects others as invalid). */
export const isValidChecksum = (algorithm: ChecksumAlgorithm, value: string) =>
  /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === DIGEST_BYTES[algorithm]

const u32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n >>> 0)
  return b
}

const CRC32C_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let i = 0; i < 256; i++) {
    let c = i
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1
    table[i] = c >>> 0
  }
  return table
})()
const crc32c = (data: Buffer) => {
  let c = 0xffffffff
  for (const byte of data) c = CRC32C_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

const MASK64 = (1n << 64n) - 1n
const CRC64NVME_TABLE = (() => {
  const table: bigint[] = []
  for (let i = 0n; i < 256n; i++) {
    let c = i
    for (let k = 0; k < 8; k++) c = c & 1n ? (c >> 1n) ^ 0x9a6c9329ac4bc9b5n : c >> 1n
    table.push(c)
  }
  return table
})()
const crc64nvme = (data: Buffer) => {
  let c = MASK64
  for (const byte of data) c = CRC64NVME_TABLE[Number((c ^ BigInt(byte)) & 0xffn)]! ^ (c >> 8n)
  const b = Buffer.alloc(8)
  b.writeBigUInt64BE((c ^ MASK64) & MASK64)
  return b
}

/** The raw digest of `data`. */
export function digest(algorithm: ChecksumAlgorithm, data: Buffer): Buffer {
  switch (algorithm) {
    case 'crc32':
      return u32(crc32(data))
    case 'crc32c':
      return u32(crc32c(data))
    case 'crc64nvme':
      return crc64nvme(data)
    default:
      return createHash(algorithm).update(data).digest()
  }
}
export const checksum = (algorithm: ChecksumAlgorithm, data: Buffer) =>
  digest(algorithm, data).toString('base64')

/** S3's composite multipart checksum: `base64(H(H(part1) ‖ … ‖ H(partN)))-N`. */
export const compositeChecksum = (algorithm: ChecksumAlgorithm, partChecksums: string[]) =>
  `${checksum(algorithm, Buffer.concat(partChecksums.map((c) => Buffer.from(c, 'base64'))))}-${partChecksums.length}`
