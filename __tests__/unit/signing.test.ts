import { generateKeyPairSync } from 'node:crypto'
import { sha256Hex } from '../../src/bundle/hash.js'
import { InputError } from '../../src/config/errors.js'
import {
  checkManifestSignature,
  generateSigningKeyPair,
  parsePublicKey,
  parseSigningKey,
  signManifest
} from '../../src/bundle/signing.js'

const manifest = Buffer.from('{\n  "schemaVersion": 1,\n  "files": []\n}\n')
const pair = generateSigningKeyPair()
const key = parseSigningKey(pair.privateKeyPem)
const trusted = parsePublicKey(pair.publicKeyPem)
const other = parsePublicKey(generateSigningKeyPair().publicKeyPem)

/** base64 of the raw seed, as `openssl pkey -outform DER | tail -c 32 | base64` gives. */
function seedOf(privateKeyPem: string): string {
  const jwk = parseSigningKey(privateKeyPem).privateKey.export({ format: 'jwk' })
  return Buffer.from(jwk.d!, 'base64url').toString('base64')
}

describe('signing keys', () => {
  test('base64 seed and PEM give the same key and fingerprint', () => {
    const fromSeed = parseSigningKey(`  ${seedOf(pair.privateKeyPem)}\n`)
    expect(fromSeed.fingerprint).toBe(pair.fingerprint)
    expect(key.fingerprint).toBe(pair.fingerprint)
    expect(trusted.fingerprint).toBe(pair.fingerprint)
    expect(pair.fingerprint).toMatch(/^SHA256:[A-Za-z0-9_-]{43}$/)
    expect(signManifest(manifest, fromSeed)).toBe(signManifest(manifest, key))
    // Unpadded base64 is accepted too.
    expect(parseSigningKey(seedOf(pair.privateKeyPem).replace(/=+$/, '')).fingerprint).toBe(pair.fingerprint)
  })

  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const x25519 = generateKeyPairSync('x25519')
  const pem = (keyObject: { export(options: object): string | Buffer }, type: string) =>
    keyObject.export({ type, format: 'pem' }).toString()
  const corrupted = pair.privateKeyPem.replace(/\n[A-Za-z0-9+/]{8}/, '\nAAAAAAAA')

  test.each([
    ['empty', '   \n', /signing-key: is empty; expected an ed25519 private key/],
    ['not PEM, not base64', 'hunter2-not-a-key!', /neither PEM nor base64/],
    [
      'a 16-byte seed',
      Buffer.alloc(16, 7).toString('base64'),
      /decodes to 16 bytes; expected .*32-byte seed/
    ],
    ['a hex seed', 'ab'.repeat(32), /decodes to 48 bytes.*looks like hex/],
    ['a public key', pair.publicKeyPem, /found a public key \(PEM "PUBLIC KEY"\)/],
    [
      'an RSA PKCS#8 key',
      pem(rsa.privateKey, 'pkcs8'),
      /found a private key of type rsa; expected .*ed25519/
    ],
    ['an RSA PKCS#1 key', pem(rsa.privateKey, 'pkcs1'), /found an RSA private key/],
    ['an EC SEC1 key', pem(ec.privateKey, 'sec1'), /found an EC private key/],
    ['an x25519 key', pem(x25519.privateKey, 'pkcs8'), /found a private key of type x25519/],
    ['a corrupted PEM', corrupted, /the PEM "PRIVATE KEY" block cannot be decoded/],
    ['a truncated PEM', pair.privateKeyPem.slice(0, 60), /not a well-formed PEM block/],
    ['two PEM blocks', pair.privateKeyPem + pair.privateKeyPem, /found 2 PEM blocks/],
    [
      'an OpenSSH key',
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n',
      /OpenSSH private key, which is not supported/
    ]
  ])('%s is refused with where and what, never the key', (_, text, message) => {
    let error: unknown
    try {
      parseSigningKey(text)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    const said = (error as Error).message
    expect(said).toMatch(message)
    expect(said.startsWith('signing-key: ')).toBe(true)
    for (const line of text.split('\n').filter((l) => l.length >= 8 && !l.startsWith('-----'))) {
      expect(said).not.toContain(line.trim())
    }
    expect(said).not.toContain(seedOf(pair.privateKeyPem))
  })

  test.each([
    ['a private key', pair.privateKeyPem, /found a private key \(PEM "PRIVATE KEY"\)/],
    ['an RSA public key', pem(rsa.publicKey, 'spki'), /found a public key of type rsa/],
    ['base64', seedOf(pair.privateKeyPem), /not a well-formed PEM block/],
    ['empty', '', /is empty/]
  ])('public key: %s is refused without echoing it', (_, text, message) => {
    let error: unknown
    try {
      parsePublicKey(text, 'keys/auditor.pem')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message.startsWith('keys/auditor.pem: ')).toBe(true)
    for (const line of text.split('\n').filter((l) => l.length >= 8 && !l.startsWith('-----'))) {
      expect((error as Error).message).not.toContain(line)
    }
  })
})

describe('manifest signatures', () => {
  const signature = signManifest(manifest, key)

  test('the signature file names the key and the signed manifest', () => {
    expect(JSON.parse(signature)).toEqual({
      algorithm: 'ed25519',
      keyFingerprint: pair.fingerprint,
      signature: expect.stringMatching(/^[A-Za-z0-9+/]{86}==$/),
      signedFile: 'manifest.json',
      signedSha256: expect.stringMatching(/^[0-9a-f]{64}$/)
    })
  })

  test('valid with the right public key', () => {
    expect(checkManifestSignature(manifest, signature, [other, trusted])).toEqual({
      status: 'valid',
      fingerprint: pair.fingerprint,
      message: `manifest.json is signed by trusted key ${pair.fingerprint}`
    })
  })

  test('a flipped byte in the manifest is invalid, with or without trusted keys', () => {
    const tampered = Buffer.from(manifest)
    tampered[5] = tampered[5]! ^ 1
    expect(checkManifestSignature(tampered, signature, [trusted])).toMatchObject({
      status: 'invalid',
      message: expect.stringContaining('changed after signing')
    })
    expect(checkManifestSignature(tampered, signature, [])).toMatchObject({ status: 'invalid' })
  })

  test('a tampered manifest with a matching signedSha256 still fails verification', () => {
    const tampered = Buffer.from(manifest)
    tampered[5] = tampered[5]! ^ 1
    const forged = { ...JSON.parse(signature), signedSha256: sha256Hex(tampered) }
    expect(checkManifestSignature(tampered, JSON.stringify(forged), [trusted])).toMatchObject({
      status: 'invalid',
      message: expect.stringContaining('does not verify')
    })
  })

  test('another key is untrusted', () => {
    expect(checkManifestSignature(manifest, signature, [other])).toMatchObject({
      status: 'untrusted-key',
      fingerprint: pair.fingerprint,
      message: expect.stringContaining(other.fingerprint)
    })
    // A trusted entry whose fingerprint label lies does not make the signer trusted.
    const mislabelled = { publicKey: other.publicKey, fingerprint: pair.fingerprint }
    expect(checkManifestSignature(manifest, signature, [mislabelled]).status).toBe('untrusted-key')
  })

  test('without a trusted key the signature is unchecked, and says how to check it', () => {
    const check = checkManifestSignature(manifest, signature, [])
    expect(check).toMatchObject({ status: 'unchecked', fingerprint: pair.fingerprint })
    expect(check.message).toContain('--public-key')
    expect(check.message).toContain('NOT checked')
  })

  test('no signature file is unsigned', () => {
    expect(checkManifestSignature(manifest, undefined, [trusted]).status).toBe('unsigned')
  })

  const signed = JSON.parse(signature) as Record<string, unknown>
  test.each([
    ['not JSON', '{', /not valid JSON/],
    ['an array', '[]', /expected a JSON object/],
    ['another algorithm', JSON.stringify({ ...signed, algorithm: 'rsa' }), /only "ed25519"/],
    ['another file', JSON.stringify({ ...signed, signedFile: 'x.json' }), /signedFile/],
    ['a bad fingerprint', JSON.stringify({ ...signed, keyFingerprint: 'abc' }), /keyFingerprint/],
    [
      'a short signature',
      JSON.stringify({ ...signed, signature: 'AAAA' }),
      /signature is missing or not base64/
    ],
    ['no hash', JSON.stringify({ ...signed, signedSha256: undefined }), /signedSha256/]
  ])('a malformed signature file (%s) is invalid', (_, text, message) => {
    for (const keys of [[trusted], []]) {
      const check = checkManifestSignature(manifest, text, keys)
      expect(check.status).toBe('invalid')
      expect(check.message).toMatch(/^manifest\.sig: /)
      expect(check.message).toMatch(message)
    }
  })

  test('a flipped signature byte is invalid', () => {
    const bytes = Buffer.from(signed.signature as string, 'base64')
    bytes[0] = bytes[0]! ^ 1
    const text = JSON.stringify({ ...signed, signature: bytes.toString('base64') })
    expect(checkManifestSignature(manifest, text, [trusted]).status).toBe('invalid')
  })
})
