import { jest } from '@jest/globals'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const attestProvenance = jest.fn(async () => ({
  bundle: { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' },
  certificate: 'cert',
  attestationID: '123'
}))
jest.unstable_mockModule('@actions/attest', () => ({ attestProvenance }))
const { attestManifest } = await import('../../src/bundle/attest.js')

const digest = 'a'.repeat(64)

describe('attestManifest', () => {
  test('attests the manifest digest when an OIDC token is available', async () => {
    const outputPath = join(await mkdtemp(join(tmpdir(), 'annex-attest-')), 'x.sigstore.json')
    const result = await attestManifest({
      mode: 'auto',
      manifestSha256: digest,
      subjectName: 'acme/2026/11/25/x/manifest.json',
      token: 't',
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example' },
      outputPath
    })
    expect(result).toMatchObject({ status: 'attested', attestationId: '123' })
    expect(attestProvenance).toHaveBeenCalledWith({
      subjects: [{ name: 'acme/2026/11/25/x/manifest.json', digest: { sha256: digest } }],
      token: 't'
    })
    expect(JSON.parse(await readFile(outputPath, 'utf8')).mediaType).toContain('sigstore')
  })

  test('auto without id-token permission skips, true fails, false never tries', async () => {
    const base = { manifestSha256: digest, subjectName: 'm', token: 't', env: {}, outputPath: '/dev/null' }
    expect((await attestManifest({ ...base, mode: 'auto' })).status).toBe('skipped')
    expect((await attestManifest({ ...base, mode: 'true' })).message).toContain('id-token: write')
    expect((await attestManifest({ ...base, mode: 'false' })).status).toBe('skipped')
  })

  test('a signing service failure is reported, not thrown', async () => {
    attestProvenance.mockRejectedValueOnce(new Error('Fulcio unavailable'))
    const result = await attestManifest({
      mode: 'true',
      manifestSha256: digest,
      subjectName: 'm',
      token: 't',
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'x' },
      outputPath: '/dev/null'
    })
    expect(result).toEqual({ status: 'failed', message: 'attestation failed: Fulcio unavailable' })
  })
})
