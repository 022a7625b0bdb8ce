import { createHash } from 'node:crypto'

/**
 * The namespace of every UUID this tool derives (itself a fixed version-4 UUID, chosen once): the same
 * name always gives the same UUID, so the same bundle gives the same OSCAL bytes.
 */
export const ANNEX_EVIDENCE_UUID_NAMESPACE = '6f1c2a9e-3b7d-4e58-9a41-0c5d8e2f7b63'

/** An RFC 4122 version-5 UUID (SHA-1 of namespace and name), the kind OSCAL's UUID datatype accepts. */
export function uuidV5(name: string, namespace: string = ANNEX_EVIDENCE_UUID_NAMESPACE): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
