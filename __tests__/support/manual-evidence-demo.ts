import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const DAY = 86_400_000
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** Documents a real ISMS keeps in its repository: one reviewed recently, one whose annual review lapsed. */
export const DEMO_MANUAL_DOCUMENTS: Record<string, string> = {
  'docs/isms/cryptography-policy.md': `# Cryptography and key management policy (ISMS-POL-007)

Approved by the CISO. Data at rest is encrypted with AES-256 (SSE-S3 or SSE-KMS); customer managed KMS keys
rotate yearly; key custodians are the platform team.
`,
  'docs/isms/privileged-access-review-2026-q4.md': `# Privileged access review, Q4 2026 (ISMS-REC-031)

AWS account 123456789012: root user without access keys, MFA on; administrators reviewed against the joiners
and leavers list, no change needed. Signed off by the platform lead and the CISO.
`,
  'docs/isms/logging-policy.md': `# Logging and log review procedure (ISMS-PRO-012)

CloudTrail in every region with log file validation; logs are kept 400 days; the security team reviews
the weekly findings digest and records the review in the ticket queue.
`
}

/**
 * The demo's SoA config: the header, SoA fields for a few controls, and manual evidence whose review dates are
 * relative to `now`: the cryptography policy and the privileged access review are current (the latter makes A.8.2
 * effective where its automated checks pass), the logging procedure expired (reviewed 400 days ago,
 * every P1Y), and one document is kept on the wiki and referenced by URL and hash.
 */
export function demoSoaConfig(now: Date): string {
  const t = now.getTime()
  return `soa:
  version: '2026.2'
  approved-by: Dana Whitfield (CISO)
  approved-on: ${date(t - 40 * DAY)}
controls:
  iso27001-2022:
    A.8.24:
      justification: Customer and employee data is stored in S3 and RDS (risk R-12, data disclosure)
      implementation: implemented
      owner: platform-team
      reviewed: ${date(t - 40 * DAY)}
      next-review: ${date(t + 325 * DAY)}
      risks: [R-12]
    A.8.15:
      justification: Investigating incidents needs a record of API activity (risk R-7)
      implementation: partially
      owner: security-team
      risks: [R-7]
    A.7.4:
      applicable: false
      justification: Fully remote company without premises; office space is a co-working membership
manual-evidence:
  - title: Cryptography and key management policy (ISMS-POL-007)
    path: docs/isms/cryptography-policy.md
    controls: { iso27001-2022: [A.8.24] }
    owner: platform-team
    reviewed: ${date(t - 40 * DAY)}
    review-every: P1Y
  - title: Privileged access review, Q4 2026 (ISMS-REC-031)
    path: docs/isms/privileged-access-review-2026-q4.md
    controls: { iso27001-2022: [A.8.2] }
    requirements: [privileged-access-review]
    owner: platform-team
    reviewed: ${date(t - 10 * DAY)}
    review-every: P3M
  - title: Logging and log review procedure (ISMS-PRO-012)
    path: docs/isms/logging-policy.md
    controls: { iso27001-2022: [A.8.15] }
    owner: security-team
    reviewed: ${date(t - 400 * DAY)}
    review-every: P1Y
  - title: Information security policy (wiki)
    url: https://wiki.acme-corp.example/isms/information-security-policy
    sha256: 9f2c4e1d7b3a5f60812c9d4e7a1b3c5d6e8f90a1b2c3d4e5f60718293a4b5c6d
    controls: { iso27001-2022: [A.5.1] }
    owner: ciso
    reviewed: ${date(t - 100 * DAY)}
`
}

export async function writeDemoManualEvidence(workspace: string): Promise<void> {
  for (const [path, text] of Object.entries(DEMO_MANUAL_DOCUMENTS)) {
    await mkdir(join(workspace, path, '..'), { recursive: true })
    await writeFile(join(workspace, path), text)
  }
}
