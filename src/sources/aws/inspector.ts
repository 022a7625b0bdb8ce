import {
  BatchGetAccountStatusCommand,
  paginateListFindingAggregations,
  type AccountState,
  type SeverityCounts
} from '@aws-sdk/client-inspector2'
import type { EvidenceRecord, RequestRecord } from '../../model.js'
import type { AccountScope, Stored } from './scope.js'
import { AWS_EVIDENCE, type InspectorData } from '../../evidence/aws.js'

export type { InspectorData, InspectorSeverity } from '../../evidence/aws.js'

const FINDING_COUNTS_NOTE =
  'findingCounts from ListFindingAggregations (aggregationType ACCOUNT), which counts active findings. ' +
  'Inspector reports CRITICAL, HIGH and MEDIUM separately; LOW is all − critical − high − medium, so it ' +
  'also holds INFORMATIONAL and UNTRIAGED findings.'

/** Whether Inspector scans anything for the account: the account or any resource type is ENABLED. */
export function inspectorEnabled(account: Stored<AccountState> | undefined): boolean {
  if (!account) return false
  if (account.state?.status === 'ENABLED') return true
  return Object.values(account.resourceState ?? {}).some(
    (state) => (state as { status?: string } | undefined)?.status === 'ENABLED'
  )
}

/** Inspector's status for the account in one region and, when enabled, its active findings by severity. */
export async function collectInspector(scope: AccountScope, region: string): Promise<void> {
  const client = scope.clients.inspector(region)
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<InspectorData> = {
    path: scope.path(region, 'inspector2-status'),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_EVIDENCE.inspector,
    requests
  }
  const status = await scope.call('BatchGetAccountStatusCommand', region, () =>
    client.send(new BatchGetAccountStatusCommand({ accountIds: [scope.account] }))
  )
  requests.push(status.request)
  if (!status.ok) return scope.add({ ...record, error: status.failure })
  const data: InspectorData = {
    accounts: status.body.accounts ?? [],
    ...(status.body.failedAccounts?.length ? { failedAccounts: status.body.failedAccounts } : {})
  }
  const own = data.accounts.find((account) => account.accountId === scope.account) ?? data.accounts[0]
  if (!inspectorEnabled(own)) return scope.add({ ...record, data })

  let counts: SeverityCounts = {}
  const aggregated = await scope.pages(
    'ListFindingAggregationsCommand',
    region,
    paginateListFindingAggregations({ client }, { aggregationType: 'ACCOUNT' }),
    (page, request) => {
      requests.push(request)
      for (const response of page.responses ?? []) {
        const aggregation = response.accountAggregation
        if (aggregation && (aggregation.accountId ?? scope.account) === scope.account) {
          counts = aggregation.severityCounts ?? {}
        }
      }
    }
  )
  if (!aggregated.ok) {
    requests.push(aggregated.request)
    // The status is kept (it was read), but the record is an error: the findings are unknown.
    return scope.add({ ...record, data, error: aggregated.failure })
  }
  const critical = counts.critical ?? 0
  const high = counts.high ?? 0
  const medium = counts.medium ?? 0
  data.severityCounts = counts
  data.findingCounts = {
    CRITICAL: critical,
    HIGH: high,
    MEDIUM: medium,
    LOW: Math.max(0, (counts.all ?? 0) - critical - high - medium)
  }
  await scope.add({ ...record, data, notes: { findingCounts: FINDING_COUNTS_NOTE } })
}
