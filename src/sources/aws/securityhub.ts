import type { EvidenceRecord, RequestRecord } from '../../model.js'
import {
  AWS_CONFIG_MONITORING_EVIDENCE,
  type SecurityHubEvidence,
  type SecurityHubSeverity
} from '../../evidence/aws-config-monitoring.js'
import { isError, safeMessage } from './errors.js'
import { sdkExports, type AccountScope } from './scope.js'

/** GetFindings pages of 100 read at most (5,000 failed controls); beyond that the counts are lower bounds. */
const FINDING_PAGES = 50
const SAMPLE = 20
const SEVERITIES: SecurityHubSeverity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']

/**
 * Security Hub in one region: whether it is enabled (DescribeHub), the enabled standards, and the active
 * failed control findings by severity. "Not subscribed" (InvalidAccessException, per the API reference the
 * answer of a region where Security Hub is not enabled) is recorded as `enabled: false`, not as an error.
 */
export async function collectSecurityHub(scope: AccountScope, region: string): Promise<void> {
  const sdk = sdkExports(await import('@aws-sdk/client-securityhub'))
  const client = scope.clients.lazy('securityhub', region, (settings) => new sdk.SecurityHubClient(settings))
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<SecurityHubEvidence> = {
    path: scope.path(region, 'securityhub-status'),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_CONFIG_MONITORING_EVIDENCE.securityHub,
    requests
  }
  const emptyCounts = () =>
    Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<SecurityHubSeverity, number>
  const hub = await scope.call('DescribeHubCommand', region, () =>
    client.send(new sdk.DescribeHubCommand({}))
  )
  requests.push(hub.request)
  if (!hub.ok) {
    if (isError(hub.error, 'InvalidAccessException') && /not subscribed/i.test(safeMessage(hub.error))) {
      return scope.add({
        ...record,
        data: { enabled: false, standards: [], failedBySeverity: emptyCounts(), failedSample: [] },
        notes: { describeHub: safeMessage(hub.error) }
      })
    }
    return scope.add({ ...record, error: hub.failure })
  }
  const standards: SecurityHubEvidence['standards'] = []
  const listed = await scope.pages(
    'GetEnabledStandardsCommand',
    region,
    sdk.paginateGetEnabledStandards({ client }, {}),
    (page, request) => {
      requests.push(request)
      for (const s of page.StandardsSubscriptions ?? []) {
        standards.push({
          ...(s.StandardsArn ? { StandardsArn: s.StandardsArn } : {}),
          ...(s.StandardsStatus ? { StandardsStatus: s.StandardsStatus } : {})
        })
      }
    }
  )
  if (!listed.ok) {
    requests.push(listed.request)
    return scope.add({ ...record, error: listed.failure })
  }
  const failedBySeverity = emptyCounts()
  const sample: (SecurityHubEvidence['failedSample'][number] & { rank: number })[] = []
  let pages = 0
  let truncated = false
  const findings = await scope.pages(
    'GetFindingsCommand',
    region,
    sdk.paginateGetFindings(
      { client, pageSize: 100 },
      {
        Filters: {
          ProductName: [{ Value: 'Security Hub', Comparison: 'EQUALS' }],
          ComplianceStatus: [{ Value: 'FAILED', Comparison: 'EQUALS' }],
          RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }],
          WorkflowStatus: [
            { Value: 'NEW', Comparison: 'EQUALS' },
            { Value: 'NOTIFIED', Comparison: 'EQUALS' }
          ]
        }
      }
    ),
    (page, request) => {
      requests.push(request)
      for (const f of page.Findings ?? []) {
        const label = f.Severity?.Label ?? 'INFORMATIONAL'
        const severity = SEVERITIES.includes(label) ? label : 'INFORMATIONAL'
        failedBySeverity[severity]++
        sample.push({
          rank: SEVERITIES.indexOf(severity),
          ...(f.Compliance?.SecurityControlId
            ? { controlId: f.Compliance.SecurityControlId }
            : f.ProductFields?.ControlId
              ? { controlId: f.ProductFields.ControlId }
              : {}),
          ...(f.Title ? { title: f.Title } : {}),
          severity,
          ...(f.Resources?.[0]?.Id ? { resource: f.Resources[0].Id } : {})
        })
        sample.sort((a, b) => a.rank - b.rank)
        sample.splice(SAMPLE)
      }
      if (++pages >= FINDING_PAGES && page.NextToken) {
        truncated = true
        return false
      }
    }
  )
  if (!findings.ok) {
    requests.push(findings.request)
    return scope.add({ ...record, error: findings.failure })
  }
  await scope.add({
    ...record,
    data: {
      enabled: true,
      hub: {
        ...(hub.body.HubArn ? { HubArn: hub.body.HubArn } : {}),
        ...(hub.body.SubscribedAt ? { SubscribedAt: hub.body.SubscribedAt } : {})
      },
      standards,
      failedBySeverity,
      failedSample: sample.map(({ rank: _rank, ...rest }) => rest),
      ...(truncated ? { findingsTruncated: true } : {})
    }
  })
}
