import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject
} from 'node:crypto'
import { InputError } from '../config/errors.js'
import { MANIFEST_FILE } from './manifest.js'

export const SIGNATURE_FILE = 'manifest.sig'
export const SIGNATURE_ALGORITHM = 'ed25519'

export interface SigningKey {
  privateKey: KeyObject
  publicKey: KeyObject
  fingerprint: string
}

/** The detached signature file's content. */
export interface SignatureFile {
  algorithm: typeof SIGNATURE_ALGORITHM
  keyFingerprint: string
  signature: string
  signedFile: typeof MANIFEST_FILE
  signedSha256: string
}

export type SignatureCheck = {
  status: 'valid' | 'invalid' | 'unsigned' | 'untrusted-key' | 'unchecked'
  fingerprint?: string
  message: string
}

// PKCS#8 wrapping of a raw ed25519 seed (RFC 8410): SEQUENCE { version 0, AlgorithmIdentifier
// 1.3.101.112, OCTET STRING { OCTET STRING seed } }. Node has no API taking the bare 32-byte seed.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')
const SEED_BYTES = 32
const SIGNATURE_BYTES = 64
const FINGERPRINT_PATTERN = /^SHA256:[A-Za-z0-9_-]{43}$/
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g
const HOW_TO_GENERATE = 'generate one with `openssl genpkey -algorithm ed25519`'

/**
 * From the `signing-key` secret input: an ed25519 private key as PKCS#8 PEM, or base64 of the raw
 * 32-byte seed. Error messages never quote the input: it is a secret, and logs are not.
 */
export function parseSigningKey(text: string, where = 'signing-key'): SigningKey {
  const expected = `expected an ed25519 private key as PKCS#8 PEM ("BEGIN PRIVATE KEY") or base64 of its 32-byte seed`
  const trimmed = text.trim()
  if (trimmed === '') throw new InputError(`${where}: is empty; ${expected}`)
  const privateKey = trimmed.includes('-----BEGIN')
    ? privateKeyFromPem(trimmed, where, expected)
    : privateKeyFromSeed(trimmed, where, expected)
  const publicKey = createPublicKey(privateKey)
  return { privateKey, publicKey, fingerprint: publicKeyFingerprint(publicKey) }
}

/** An auditor's trusted public key: SPKI PEM (as written by generateSigningKeyPair). */
export function parsePublicKey(
  text: string,
  where = '--public-key'
): { publicKey: KeyObject; fingerprint: string } {
  const expected = 'expected an ed25519 public key as SPKI PEM ("BEGIN PUBLIC KEY")'
  const trimmed = text.trim()
  if (trimmed === '') throw new InputError(`${where}: is empty; ${expected}`)
  const label = singlePemLabel(trimmed, where, expected)
  if (label.includes('PRIVATE KEY')) {
    // createPublicKey would happily derive the public half, but a private key has no business in an
    // auditor's hands, so make the mistake visible.
    throw new InputError(
      `${where}: found a private key (PEM "${label}"); ${expected}. Give auditors only the public key, and ` +
        'treat this private key as exposed'
    )
  }
  if (label !== 'PUBLIC KEY') throw new InputError(`${where}: found PEM "${label}"; ${expected}`)
  let publicKey: KeyObject
  try {
    publicKey = createPublicKey({ key: trimmed, format: 'pem' })
  } catch {
    throw new InputError(`${where}: the PEM "PUBLIC KEY" block cannot be decoded; ${expected}`)
  }
  const type = publicKey.asymmetricKeyType
  if (type !== 'ed25519')
    throw new InputError(`${where}: found a public key of type ${type ?? 'unknown'}; ${expected}`)
  return { publicKey, fingerprint: publicKeyFingerprint(publicKey) }
}

/** `SHA256:<base64url of SHA-256 over the SPKI DER>` — recorded in the manifest, shown to people. */
export function publicKeyFingerprint(publicKey: KeyObject): string {
  if (publicKey.type !== 'public') throw new TypeError('publicKeyFingerprint: expected a public key')
  const der = publicKey.export({ type: 'spki', format: 'der' })
  return `SHA256:${createHash('sha256').update(der).digest('base64url')}`
}

export function generateSigningKeyPair(): {
  privateKeyPem: string
  publicKeyPem: string
  fingerprint: string
} {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: publicKeyFingerprint(publicKey)
  }
}

/**
 * The detached signature file's text (JSON: { algorithm: 'ed25519', keyFingerprint, signature: base64,
 * signedFile: 'manifest.json', signedSha256: hex }). `manifestBytes` must be the exact bytes of
 * manifest.json as written; ed25519 is deterministic, so the same bytes and key give the same text.
 */
export function signManifest(manifestBytes: Buffer, key: SigningKey): string {
  const signature = sign(null, manifestBytes, key.privateKey)
  // A SigningKey assembled by hand could pair a private key with someone else's public key; the
  // recorded fingerprint would then name a key that cannot verify this signature.
  if (!verify(null, manifestBytes, key.publicKey, signature)) {
    throw new Error('signManifest: the public key does not belong to the private key')
  }
  const file: SignatureFile = {
    algorithm: SIGNATURE_ALGORITHM,
    keyFingerprint: publicKeyFingerprint(key.publicKey),
    signature: signature.toString('base64'),
    signedFile: MANIFEST_FILE,
    signedSha256: createHash('sha256').update(manifestBytes).digest('hex')
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/**
 * Checks the signature file against the manifest bytes.
 *
 * With `trusted` keys: 'valid' only if the signature verifies under one of them; 'untrusted-key' when
 * it names a key that is not among them; 'invalid' when it does not verify.
 * Without: the signature file carries only a fingerprint, not the key, so the signature cannot be
 * checked at all. 'unchecked' is therefore no pass: it only says the file is well-formed and still
 * matches the manifest's hash. 'invalid' is still reported for a malformed file or a manifest whose
 * SHA-256 differs from the one recorded at signing.
 * 'unsigned' when there is no signature file; whether that is acceptable is the caller's decision.
 */
export function checkManifestSignature(
  manifestBytes: Buffer,
  signatureText: string | undefined,
  trusted: { publicKey: KeyObject; fingerprint: string }[]
): SignatureCheck {
  if (signatureText === undefined) {
    return { status: 'unsigned', message: `the bundle has no ${SIGNATURE_FILE}: it is not signed` }
  }
  const parsed = parseSignatureFile(signatureText)
  if (typeof parsed === 'string') return { status: 'invalid', message: `${SIGNATURE_FILE}: ${parsed}` }
  const fingerprint = parsed.keyFingerprint
  const actualSha256 = createHash('sha256').update(manifestBytes).digest('hex')
  if (actualSha256 !== parsed.signedSha256) {
    return {
      status: 'invalid',
      fingerprint,
      message:
        `${MANIFEST_FILE} changed after signing: its SHA-256 is ${actualSha256}, ` +
        `${SIGNATURE_FILE} says ${parsed.signedSha256}`
    }
  }
  if (trusted.length === 0) {
    return {
      status: 'unchecked',
      fingerprint,
      message:
        `${SIGNATURE_FILE} says the manifest was signed by key ${fingerprint}, but the signature was NOT ` +
        "checked: pass --public-key with the signer's public key (obtained from the signer, not from the bundle)"
    }
  }
  // Fingerprints are recomputed rather than taken from the caller, so a mislabelled key cannot vouch.
  const key = trusted.find((candidate) => publicKeyFingerprint(candidate.publicKey) === fingerprint)
  if (!key) {
    const known = trusted.map((candidate) => publicKeyFingerprint(candidate.publicKey)).join(', ')
    return {
      status: 'untrusted-key',
      fingerprint,
      message: `${MANIFEST_FILE} is signed by key ${fingerprint}, which is not a trusted key (${known})`
    }
  }
  if (!verify(null, manifestBytes, key.publicKey, Buffer.from(parsed.signature, 'base64'))) {
    return {
      status: 'invalid',
      fingerprint,
      message: `the signature in ${SIGNATURE_FILE} does not verify under trusted key ${fingerprint}: it was altered`
    }
  }
  return { status: 'valid', fingerprint, message: `${MANIFEST_FILE} is signed by trusted key ${fingerprint}` }
}

/** The parsed file, or what is wrong with it. */
function parseSignatureFile(text: string): SignatureFile | string {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return 'is not valid JSON'
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'expected a JSON object'
  const file = data as Record<string, unknown>
  if (file.algorithm !== SIGNATURE_ALGORITHM) {
    return `algorithm is ${JSON.stringify(file.algorithm)}; only "${SIGNATURE_ALGORITHM}" is supported`
  }
  if (file.signedFile !== MANIFEST_FILE) {
    return `signedFile is ${JSON.stringify(file.signedFile)}, expected "${MANIFEST_FILE}"`
  }
  if (typeof file.keyFingerprint !== 'string' || !FINGERPRINT_PATTERN.test(file.keyFingerprint)) {
    return 'keyFingerprint is missing or not of the form SHA256:<43 base64url characters>'
  }
  if (typeof file.signedSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.signedSha256)) {
    return 'signedSha256 is missing or not 64 lowercase hex digits'
  }
  if (
    typeof file.signature !== 'string' ||
    !isBase64(file.signature) ||
    Buffer.from(file.signature, 'base64').length !== SIGNATURE_BYTES
  ) {
    return `signature is missing or not base64 of ${SIGNATURE_BYTES} bytes`
  }
  return file as unknown as SignatureFile
}

function privateKeyFromPem(text: string, where: string, expected: string): KeyObject {
  const label = singlePemLabel(text, where, expected)
  if (label === 'PUBLIC KEY' || label === 'CERTIFICATE') {
    throw new InputError(`${where}: found a ${label.toLowerCase()} (PEM "${label}"); ${expected}`)
  }
  if (label === 'ENCRYPTED PRIVATE KEY') {
    throw new InputError(`${where}: found an encrypted private key; ${expected}, without a passphrase`)
  }
  if (label === 'OPENSSH PRIVATE KEY') {
    throw new InputError(`${where}: found an OpenSSH private key, which is not supported; ${HOW_TO_GENERATE}`)
  }
  if (label === 'RSA PRIVATE KEY' || label === 'EC PRIVATE KEY') {
    throw new InputError(`${where}: found an ${label.split(' ')[0]} private key; ${expected}`)
  }
  if (label !== 'PRIVATE KEY') throw new InputError(`${where}: found PEM "${label}"; ${expected}`)
  let key: KeyObject
  try {
    key = createPrivateKey({ key: text, format: 'pem' })
  } catch {
    // OpenSSL's message is dropped: it is no help and might one day quote what it choked on.
    throw new InputError(`${where}: the PEM "PRIVATE KEY" block cannot be decoded; ${expected}`)
  }
  const type = key.asymmetricKeyType
  if (type !== 'ed25519') {
    throw new InputError(
      `${where}: found a private key of type ${type ?? 'unknown'}; ${expected} (${HOW_TO_GENERATE})`
    )
  }
  return key
}

function privateKeyFromSeed(text: string, where: string, expected: string): KeyObject {
  const compact = text.replace(/\s+/g, '')
  if (!isBase64(compact)) {
    throw new InputError(`${where}: is neither PEM nor base64; ${expected}`)
  }
  const seed = Buffer.from(compact, 'base64')
  try {
    if (seed.length !== SEED_BYTES) {
      const hint = /^[0-9a-fA-F]{64}$/.test(compact)
        ? ' (this looks like hex; encode the seed as base64)'
        : ''
      throw new InputError(`${where}: base64 decodes to ${seed.length} bytes; ${expected}${hint}`)
    }
    const der = Buffer.concat([PKCS8_ED25519_PREFIX, seed])
    try {
      return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
    } finally {
      der.fill(0)
    }
  } finally {
    // The KeyObject holds its own copy; do not leave the secret lying around in the heap longer than needed.
    seed.fill(0)
  }
}

/** The label of the one PEM block in `text`; anything else (several blocks, stray text) is refused. */
function singlePemLabel(text: string, where: string, expected: string): string {
  const blocks = [...text.matchAll(PEM_BLOCK)]
  if (blocks.length !== 1) {
    throw new InputError(
      blocks.length === 0
        ? `${where}: not a well-formed PEM block (BEGIN/END lines missing or mismatched); ${expected}`
        : `${where}: found ${blocks.length} PEM blocks; ${expected}, alone`
    )
  }
  if (text.replace(PEM_BLOCK, '').trim() !== '') {
    throw new InputError(`${where}: has text outside the PEM block; ${expected}, alone`)
  }
  return blocks[0]![1]!
}

/** Standard base64; padding may be left off, as some tools do. */
function isBase64(text: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return false
  return text.includes('=') ? text.length % 4 === 0 : text.length % 4 !== 1
}
