import type { EvidenceRecord, RequestRecord } from '../../model.js'
import {
  AWS_CONFIG_MONITORING_EVIDENCE,
  type ConfigServiceEvidence
} from '../../evidence/aws-config-monitoring.js'
import { sdkExports, type AccountScope } from './scope.js'

/** DescribeComplianceByConfigRule pages (up to 25 rules each, per the API reference) read at most. */
const RULE_PAGES = 40

/**
 * AWS Config in one region: the recorders and whether they record, the delivery channels, and each rule's
 * compliance. A region where Config was never set up answers empty lists, which is recorded as such (the
 * check fails it); a failed call is a record error (the check says error).
 */
export async function collectConfigService(scope: AccountScope, region: string): Promise<void> {
  const sdk = sdkExports(await import('@aws-sdk/client-config-service'))
  const client = scope.clients.lazy('config', region, (settings) => new sdk.ConfigServiceClient(settings))
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<ConfigServiceEvidence> = {
    path: scope.path(region, 'config-status'),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_CONFIG_MONITORING_EVIDENCE.config,
    requests
  }
  const recorders = await scope.call('DescribeConfigurationRecordersCommand', region, () =>
    client.send(new sdk.DescribeConfigurationRecordersCommand({}))
  )
  requests.push(recorders.request)
  if (!recorders.ok) return scope.add({ ...record, error: recorders.failure })
  const statuses = await scope.call('DescribeConfigurationRecorderStatusCommand', region, () =>
    client.send(new sdk.DescribeConfigurationRecorderStatusCommand({}))
  )
  requests.push(statuses.request)
  if (!statuses.ok) return scope.add({ ...record, error: statuses.failure })
  const channels = await scope.call('DescribeDeliveryChannelsCommand', region, () =>
    client.send(new sdk.DescribeDeliveryChannelsCommand({}))
  )
  requests.push(channels.request)
  if (!channels.ok) return scope.add({ ...record, error: channels.failure })

  const rules: ConfigServiceEvidence['rules'] = []
  let pages = 0
  let truncated = false
  const listed = await scope.pages(
    'DescribeComplianceByConfigRuleCommand',
    region,
    sdk.paginateDescribeComplianceByConfigRule({ client }, {}),
    (page, request) => {
      requests.push(request)
      for (const rule of page.ComplianceByConfigRules ?? []) {
        rules.push({
          ...(rule.ConfigRuleName ? { ConfigRuleName: rule.ConfigRuleName } : {}),
          ...(rule.Compliance?.ComplianceType
            ? { Compliance: { ComplianceType: rule.Compliance.ComplianceType } }
            : {})
        })
      }
      if (++pages >= RULE_PAGES && page.NextToken) {
        truncated = true
        return false
      }
    }
  )
  if (!listed.ok) {
    requests.push(listed.request)
    return scope.add({ ...record, error: listed.failure })
  }
  await scope.add({
    ...record,
    data: {
      recorders: (recorders.body.ConfigurationRecorders ?? []).map((r) => ({
        ...(r.name ? { name: r.name } : {}),
        ...(r.roleARN ? { roleARN: r.roleARN } : {}),
        ...(r.recordingGroup
          ? {
              recordingGroup: {
                ...(r.recordingGroup.allSupported !== undefined
                  ? { allSupported: r.recordingGroup.allSupported }
                  : {}),
                ...(r.recordingGroup.includeGlobalResourceTypes !== undefined
                  ? { includeGlobalResourceTypes: r.recordingGroup.includeGlobalResourceTypes }
                  : {})
              }
            }
          : {})
      })),
      statuses: (statuses.body.ConfigurationRecordersStatus ?? []).map((s) => ({
        ...(s.name ? { name: s.name } : {}),
        ...(s.recording !== undefined ? { recording: s.recording } : {}),
        ...(s.lastStatus ? { lastStatus: s.lastStatus } : {}),
        ...(s.lastStopTime ? { lastStopTime: String(s.lastStopTime) } : {})
      })),
      deliveryChannels: (channels.body.DeliveryChannels ?? []).map((d) => ({
        ...(d.name ? { name: d.name } : {}),
        ...(d.s3BucketName ? { s3BucketName: d.s3BucketName } : {}),
        ...(d.snsTopicARN ? { snsTopicARN: d.snsTopicARN } : {})
      })),
      rules,
      ...(truncated ? { rulesTruncated: true } : {})
    }
  })
}
