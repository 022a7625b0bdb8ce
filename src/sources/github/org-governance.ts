import type { EvaluationPeriod } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import { collectAuditLog } from './audit-log.js'
import type { GitHubClient } from './client.js'
import { collectOrgCodeSecurity } from './org-code-security.js'
import { collectOrgSecurity } from './org-security.js'
import { collectOrgTeams } from './org-teams.js'
import { collectOrgSettings } from './org-settings.js'
import { collectRepoAccess } from './repo-access.js'

/**
 * Organisation-wide evidence for the repositories in scope: per owning organisation its settings, Actions
 * policy, alert listings, webhooks and audit log (about 14 requests, whatever the number of repositories,
 * plus one per 100 alerts or events), and per repository the access batch (one GraphQL request per 25).
 * `owners`: the organisations to read (a shard reads those that hash to it); default, the repositories' owners.
 */
export async function collectOrgGovernance(
  client: GitHubClient,
  repositories: string[],
  period: EvaluationPeriod,
  sink: EvidenceSink,
  owners: string[] = [...new Set(repositories.map((fullName) => fullName.split('/')[0]!))].sort()
): Promise<void> {
  for (const org of owners) {
    if (!(await collectOrgSettings(client, org, sink))) continue
    await collectOrgSecurity(client, org, sink)
    await collectOrgTeams(client, org, sink)
    await collectOrgCodeSecurity(client, org, sink)
    await collectAuditLog(client, org, period, sink)
  }
  await collectRepoAccess(client, repositories, sink)
}
