import { GITHUB_ORG_EVIDENCE } from '../../evidence/github-org.js'
import type { EvidenceSink } from '../evidence.js'
import type { GitHubClient } from './client.js'
import { listAll, ORG_PERMISSIONS, orgRecord } from './org-settings.js'
import { webhooksWithoutUrlSecrets } from './repo-webhooks.js'

/**
 * Records the organisation's alert listings and webhooks from org-level endpoints: one listing of 100
 * alerts per request across every repository, instead of one request per repository.
 * - secret scanning: every state, so open alerts and the push-protection bypasses of the period both come
 *   from one listing (`push_protection_bypassed_at` is on the alert);
 * - code scanning: open alerts only, with the rule's security severity;
 * - org webhooks: `config.insecure_ssl` and whether a secret is set (GitHub masks it as "********"); credentials
 *   in a Payload URL are masked before they are recorded (repo-webhooks.ts).
 */
export async function collectOrgSecurity(
  client: GitHubClient,
  org: string,
  sink: EvidenceSink
): Promise<void> {
  const K = GITHUB_ORG_EVIDENCE
  const secrets = await listAll(client, `/orgs/${org}/secret-scanning/alerts`, ORG_PERMISSIONS.secretScanning)
  await sink.add(orgRecord(org, K.secretScanningAlerts, 'secret-scanning-alerts', secrets.requests, secrets))
  const code = await listAll(
    client,
    `/orgs/${org}/code-scanning/alerts?state=open`,
    ORG_PERMISSIONS.codeScanning
  )
  await sink.add(orgRecord(org, K.codeScanningAlerts, 'code-scanning-alerts', code.requests, code))
  const hooks = await listAll(
    client,
    `/orgs/${org}/hooks`,
    ORG_PERMISSIONS.webhooks,
    webhooksWithoutUrlSecrets
  )
  await sink.add(orgRecord(org, K.webhooks, 'webhooks', hooks.requests, hooks))
}
