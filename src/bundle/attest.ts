import { writeFile } from 'node:fs/promises'

export type AttestMode = 'auto' | 'true' | 'false'

export interface AttestationResult {
  status: 'attested' | 'skipped' | 'failed'
  message: string
  attestationId?: string
  /** Where the Sigstore bundle was written, beside the evidence bundle (the manifest is sealed). */
  bundlePath?: string
}

/**
 * A Sigstore attestation of the manifest digest, tied to this workflow run through GitHub's OIDC token,
 * so an auditor can check with `gh attestation verify manifest.json --repo owner/repo` that the
 * manifest was produced by this workflow. Needs `id-token: write` and `attestations: write`.
 */
export async function attestManifest(options: {
  mode: AttestMode
  manifestSha256: string
  subjectName: string
  token: string
  env: NodeJS.ProcessEnv
  outputPath: string
}): Promise<AttestationResult> {
  if (options.mode === 'false') return { status: 'skipped', message: 'attest is false' }
  // A bundle kept in the spool unsealed (its chain head unreachable) has no manifest to attest yet.
  if (!options.manifestSha256) return { status: 'skipped', message: 'the bundle is not sealed yet' }
  if (!options.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    const message = 'no OIDC token available: grant the job `id-token: write` (and `attestations: write`)'
    return { status: options.mode === 'true' ? 'failed' : 'skipped', message }
  }
  try {
    const { attestProvenance } = await import('@actions/attest')
    const attestation = await attestProvenance({
      subjects: [{ name: options.subjectName, digest: { sha256: options.manifestSha256 } }],
      token: options.token
    })
    await writeFile(options.outputPath, `${JSON.stringify(attestation.bundle)}\n`)
    return {
      status: 'attested',
      message: `Sigstore attestation ${attestation.attestationID ?? '(not stored)'} of manifest sha256:${options.manifestSha256}`,
      ...(attestation.attestationID ? { attestationId: attestation.attestationID } : {}),
      bundlePath: options.outputPath
    }
  } catch (error) {
    return { status: 'failed', message: `attestation failed: ${(error as Error).message}` }
  }
}
