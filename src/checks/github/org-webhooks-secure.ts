import { GITHUB_ORG_EVIDENCE, type OrgWebhook } from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check } from '../check.js'
import { forEachOrg, orgEvidenceError } from './org-records.js'
import { weakWebhooks } from './webhook-problems.js'

export const orgWebhooksSecure: Check = {
  metadata: {
    id: 'github.org.webhooks-secure',
    version: 1,
    title: 'Organisation webhooks verify TLS and sign their payloads',
    severity: 'medium',
    rationale:
      'Org webhooks send every event of every repository to another system. Without TLS verification the payloads can be read or altered in transit; without a secret the receiver cannot tell GitHub\u2019s deliveries from forged ones.',
    remediation:
      'Organization settings → Webhooks → Edit each listed hook: set an https:// Payload URL, choose "Enable SSL verification", enter a random Secret (and configure the receiver to check X-Hub-Signature-256) → Update webhook.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.webhooks]
  },
  evaluate: (context) =>
    forEachOrg(context, [GITHUB_ORG_EVIDENCE.webhooks], (org) => {
      const record = org.records[GITHUB_ORG_EVIDENCE.webhooks] as EvidenceRecord<OrgWebhook[]> | undefined
      if (!record?.data) return orgEvidenceError(org.subject, 'The organisation webhooks', record)
      const weak = weakWebhooks(record.data)
      const evidence = [record.path]
      if (weak.length === 0) {
        return {
          subject: org.subject,
          status: 'pass',
          message: `${record.data.length} organisation webhook(s), each with TLS verification and a secret.`,
          evidence
        }
      }
      return {
        subject: org.subject,
        status: 'fail',
        message: `${weak.length} of ${record.data.length} organisation webhook(s) insecure: ${weak.map((w) => `#${w.id} ${w.url ?? ''} (${w.problems.join(', ')})`).join('; ')}.`,
        evidence,
        details: weak
      }
    })
}
