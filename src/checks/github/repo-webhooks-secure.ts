import { GITHUB_EVIDENCE } from '../../evidence/github.js'
import type { OrgWebhook } from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check } from '../check.js'
import { evidenceError, forEachRepository } from './repositories.js'
import { weakWebhooks } from './webhook-problems.js'

export const repoWebhooksSecure: Check = {
  metadata: {
    id: 'github.repo.webhooks-secure',
    version: 1,
    title: 'Repository webhooks verify TLS and sign their payloads',
    severity: 'medium',
    rationale:
      'A repository webhook sends its events (pushes with their commits, pull requests, releases) to another system. Without TLS verification the payloads can be read or altered in transit; without a secret the receiver cannot tell GitHub\u2019s deliveries from forged ones, so anyone who learns the URL can trigger a deployment or a build. Inactive hooks count too: they can be switched back on.',
    remediation:
      'Repository Settings → Webhooks → Edit each listed hook: set an https:// Payload URL, choose "Enable SSL verification", enter a random Secret (and configure the receiver to check X-Hub-Signature-256) → Update webhook; delete hooks nobody uses.',
    evidenceKinds: [GITHUB_EVIDENCE.repoWebhooks]
  },
  evaluate: (context) =>
    forEachRepository(context, [GITHUB_EVIDENCE.repoWebhooks], (repo) => {
      const record = repo.records[GITHUB_EVIDENCE.repoWebhooks] as EvidenceRecord<OrgWebhook[]> | undefined
      if (!record || record.error) return evidenceError(repo.subject, 'The repository webhooks', record)
      if (!Array.isArray(record.data)) {
        return {
          subject: repo.subject,
          status: 'error',
          message: 'GitHub\u2019s answer was recorded without a list of webhooks: they are unknown.',
          evidence: [record.path]
        }
      }
      const evidence = [record.path]
      if (record.data.length === 0) {
        return {
          subject: repo.subject,
          status: 'not_applicable',
          message: 'The repository has no webhooks.',
          evidence
        }
      }
      const weak = weakWebhooks(record.data)
      if (weak.length === 0) {
        return {
          subject: repo.subject,
          status: 'pass',
          message: `${record.data.length} repository webhook(s), each with TLS verification and a secret.`,
          evidence
        }
      }
      return {
        subject: repo.subject,
        status: 'fail',
        message: `${weak.length} of ${record.data.length} repository webhook(s) insecure: ${weak.map((w) => `#${w.id} ${w.url ?? ''}${w.active ? '' : ' (inactive)'} (${w.problems.join(', ')})`).join('; ')}.`,
        evidence,
        details: weak
      }
    })
}
