import { paginateDescribeFlowLogs, paginateDescribeVpcs } from '@aws-sdk/client-ec2'
import type { EvidenceRecord, RequestRecord } from '../../model.js'
import { AWS_LOGGING_EVIDENCE, type FlowLogsEvidence } from '../../evidence/aws-logging.js'
import type { AccountScope } from './scope.js'

/** Pages of DescribeVpcs / DescribeFlowLogs (up to 1,000 items each) read at most. */
const PAGES = 10

export const flowLogsPath = (scope: AccountScope, region: string) => scope.path(region, 'vpc-flow-logs')

/** The region's VPCs and its flow logs (DescribeVpcs, DescribeFlowLogs): which VPC has an active flow log. */
export async function collectFlowLogs(scope: AccountScope, region: string): Promise<void> {
  const client = scope.clients.ec2(region)
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<FlowLogsEvidence> = {
    path: flowLogsPath(scope, region),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_LOGGING_EVIDENCE.flowLogs,
    requests
  }
  const data: FlowLogsEvidence = { vpcs: [], flowLogs: [] }
  let pages = 0
  const vpcs = await scope.pages(
    'DescribeVpcsCommand',
    region,
    paginateDescribeVpcs({ client, pageSize: 1000 }, {}),
    (page, request) => {
      requests.push(request)
      for (const vpc of page.Vpcs ?? []) {
        if (!vpc.VpcId) continue
        data.vpcs.push({
          VpcId: vpc.VpcId,
          ...(vpc.IsDefault !== undefined ? { IsDefault: vpc.IsDefault } : {}),
          ...(vpc.State ? { State: vpc.State } : {})
        })
      }
      if (++pages >= PAGES && page.NextToken) {
        data.truncated = true
        return false
      }
    }
  )
  if (!vpcs.ok) {
    requests.push(vpcs.request)
    return scope.add({ ...record, error: vpcs.failure })
  }
  pages = 0
  const flowLogs = await scope.pages(
    'DescribeFlowLogsCommand',
    region,
    paginateDescribeFlowLogs({ client, pageSize: 1000 }, {}),
    (page, request) => {
      requests.push(request)
      for (const f of page.FlowLogs ?? []) {
        data.flowLogs.push({
          ...(f.FlowLogId ? { FlowLogId: f.FlowLogId } : {}),
          ...(f.ResourceId ? { ResourceId: f.ResourceId } : {}),
          ...(f.FlowLogStatus ? { FlowLogStatus: f.FlowLogStatus } : {}),
          ...(f.DeliverLogsStatus ? { DeliverLogsStatus: f.DeliverLogsStatus } : {}),
          ...(f.TrafficType ? { TrafficType: f.TrafficType } : {}),
          ...(f.LogDestinationType ? { LogDestinationType: f.LogDestinationType } : {}),
          ...(f.LogDestination ? { LogDestination: f.LogDestination } : {}),
          ...(f.LogGroupName ? { LogGroupName: f.LogGroupName } : {})
        })
      }
      if (++pages >= PAGES && page.NextToken) {
        data.truncated = true
        return false
      }
    }
  )
  if (!flowLogs.ok) {
    requests.push(flowLogs.request)
    return scope.add({ ...record, error: flowLogs.failure })
  }
  await scope.add({ ...record, data })
}
