import type { EvidenceRecord, RequestRecord } from '../../model.js'
import {
  AWS_CONFIG_MONITORING_EVIDENCE,
  type AccessAnalyzerEvidence
} from '../../evidence/aws-config-monitoring.js'
import { sdkExports, type AccountScope } from './scope.js'

/** ListFindings pages (up to 100 findings each) read per analyzer at most. */
const FINDING_PAGES = 20

/**
 * IAM Access Analyzer in one region: the external-access analyzers (ListAnalyzers; an account without one
 * answers an empty list) and, for each active one, the ACTIVE findings: resources shared outside the zone of
 * trust that nobody archived or resolved.
 */
export async function collectAccessAnalyzer(scope: AccountScope, region: string): Promise<void> {
  const sdk = sdkExports(await import('@aws-sdk/client-accessanalyzer'))
  const client = scope.clients.lazy(
    'access-analyzer',
    region,
    (settings) => new sdk.AccessAnalyzerClient(settings)
  )
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<AccessAnalyzerEvidence> = {
    path: scope.path(region, 'access-analyzer-status'),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_CONFIG_MONITORING_EVIDENCE.accessAnalyzer,
    requests
  }
  const analyzers: AccessAnalyzerEvidence['analyzers'] = []
  const listed = await scope.pages(
    'ListAnalyzersCommand',
    region,
    sdk.paginateListAnalyzers({ client }, {}),
    (page, request) => {
      requests.push(request)
      for (const a of page.analyzers ?? []) {
        // Unused-access analyzers (ACCOUNT_UNUSED_ACCESS, …) do not report external access.
        if (a.type !== 'ACCOUNT' && a.type !== 'ORGANIZATION') continue
        analyzers.push({
          ...(a.arn ? { arn: a.arn } : {}),
          ...(a.name ? { name: a.name } : {}),
          type: a.type,
          ...(a.status ? { status: a.status } : {})
        })
      }
    }
  )
  if (!listed.ok) {
    requests.push(listed.request)
    return scope.add({ ...record, error: listed.failure })
  }
  const activeFindings: AccessAnalyzerEvidence['activeFindings'] = []
  let truncated = false
  for (const analyzer of analyzers) {
    if (analyzer.status !== 'ACTIVE' || !analyzer.arn) continue
    let pages = 0
    const findings = await scope.pages(
      'ListFindingsCommand',
      region,
      sdk.paginateListFindings(
        { client, pageSize: 100 },
        { analyzerArn: analyzer.arn, filter: { status: { eq: ['ACTIVE'] } } }
      ),
      (page, request) => {
        requests.push(request)
        for (const f of page.findings ?? []) {
          activeFindings.push({
            ...(f.id ? { id: f.id } : {}),
            ...(analyzer.name ? { analyzer: analyzer.name } : {}),
            ...(f.resource ? { resource: f.resource } : {}),
            ...(f.resourceType ? { resourceType: f.resourceType } : {}),
            ...(f.isPublic !== undefined ? { isPublic: f.isPublic } : {}),
            ...(f.principal ? { principal: f.principal } : {})
          })
        }
        if (++pages >= FINDING_PAGES && page.nextToken) {
          truncated = true
          return false
        }
      },
      { target: `analyzer ${analyzer.name ?? analyzer.arn}` }
    )
    if (!findings.ok) {
      requests.push(findings.request)
      return scope.add({ ...record, error: findings.failure })
    }
  }
  await scope.add({
    ...record,
    data: { analyzers, activeFindings, ...(truncated ? { findingsTruncated: true } : {}) }
  })
}
