import { clearSecrets, redact, redactValue, registerSecret } from '../../src/util/redact.js'

afterEach(() => clearSecrets())

test('a registered secret is masked raw, JSON-escaped and URL-encoded; PEM lines one by one', () => {
  registerSecret('s3cr"et/value')
  registerSecret(
    '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIAbcdefghijkl\n-----END PRIVATE KEY-----\n'
  )
  expect(redact('a s3cr"et/value b')).toBe('a *** b')
  expect(redact(JSON.stringify({ m: 'x s3cr"et/value' }))).toBe('{"m":"x ***"}')
  expect(redact('q=s3cr%22et%2Fvalue')).toBe('q=***')
  expect(redact('key line MC4CAQAwBQYDK2VwBCIEIAbcdefghijkl')).toBe('key line ***')
})

test('Authorization echoes, bearer tokens, known token formats and URL credentials need no registration', () => {
  expect(redact('refused: Authorization: token abc123xyz')).toBe('refused: Authorization: ***')
  expect(redact('{"authorization":"Bearer abc.def.ghi"}')).toBe('{"authorization":"***"}')
  expect(redact('sent Bearer eyJhbGciOiJIUzI1NiJ9.x')).toBe('sent Bearer ***')
  expect(redact('Basic YWxpY2U6czNjcjN0')).toBe('Basic ***')
  expect(redact('ghp_0123456789abcdefghijABCDEFGHIJ and hf_abcdefghijklmnopqrstuvwx')).toBe('*** and ***')
  expect(redact('http://alice:pw@mlflow:5000/api')).toBe('http://***@mlflow:5000/api')
})

test('prose and ordinary URLs are left alone; redaction is idempotent', () => {
  const prose = 'Basic protection is on; the Authorization header was missing; see https://github.com/acme/x'
  expect(redact(prose)).toBe(prose)
  registerSecret('topsecretvalue')
  const once = redactValue({ a: ['topsecretvalue', 'Authorization: Bearer zzzzzzzzzz'] })
  expect(redactValue(once)).toEqual(once)
  expect(once).toEqual({ a: ['***', 'Authorization: ***'] })
})
