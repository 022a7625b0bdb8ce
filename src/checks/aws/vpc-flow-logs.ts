import { AWS_LOGGING_EVIDENCE, type FlowLogsEvidence } from '../../evidence/aws-logging.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

/** The VPCs of a region without an active, delivering flow log. Pure. */
export function vpcsWithoutFlowLogs(data: FlowLogsEvidence): string[] {
  const logged = new Set(
    data.flowLogs
      .filter((f) => f.FlowLogStatus === 'ACTIVE' && f.DeliverLogsStatus !== 'FAILED' && f.ResourceId)
      .map((f) => f.ResourceId!)
  )
  return data.vpcs.filter((v) => !logged.has(v.VpcId)).map((v) => v.VpcId)
}

export const awsVpcFlowLogs: Check = {
  metadata: {
    id: 'aws.vpc.flow-logs',
    version: 1,
    title: 'Every VPC has an active flow log',
    severity: 'medium',
    rationale:
      'Flow logs are the record of network traffic in and out of a VPC; without them a connection to or from a compromised instance cannot be traced.',
    remediation:
      'VPC → Your VPCs → the VPC → Flow logs → Create flow log: filter All (or at least Reject), destination CloudWatch Logs or S3 (aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc> --traffic-type ALL …).',
    evidenceKinds: [AWS_LOGGING_EVIDENCE.flowLogs]
  },
  evaluate: (context) =>
    perRecord<FlowLogsEvidence>(context, AWS_LOGGING_EVIDENCE.flowLogs, 'VPC flow logs', (data) => {
      if (data.truncated) {
        return {
          status: 'error',
          message: 'The VPC or flow log listing was cut at the page cap; not every VPC was read.'
        }
      }
      if (data.vpcs.length === 0) return { status: 'not_applicable', message: 'No VPC in this region.' }
      const without = vpcsWithoutFlowLogs(data)
      if (without.length > 0) {
        return {
          status: 'fail',
          message: `${without.length} of ${data.vpcs.length} VPC(s) have no active flow log: ${without.join(', ')}.`,
          details: without
        }
      }
      return { status: 'pass', message: `All ${data.vpcs.length} VPC(s) have an active flow log.` }
    })
}
