import { paginateDescribeInstances } from '@aws-sdk/client-ec2'
import type { EvidenceRecord, RequestRecord } from '../../model.js'
import type { AccountScope } from './scope.js'
import { AWS_EVIDENCE, type Ec2InstanceEvidence } from './types.js'

/** DescribeInstances allows 5–1000 results a page (without InstanceIds). */
const PAGE_SIZE = 1000
/** Instances that exist; terminated ones are gone within the hour and are no one's to patch. */
const LIVE_STATES = ['pending', 'running', 'stopping', 'stopped', 'shutting-down']

export function ec2InstancesPath(scope: AccountScope, region: string): string {
  return scope.path(region, 'ec2-instances')
}

/**
 * The region's EC2 instances (DescribeInstances, not terminated), so the patch check can name instances
 * that Systems Manager does not manage: their patch state is unknown. Only the fields the check and an
 * auditor need are kept per instance.
 */
export async function collectEc2Instances(scope: AccountScope, region: string): Promise<void> {
  const client = scope.clients.ec2(region)
  const requests: RequestRecord[] = []
  const instances: Ec2InstanceEvidence[] = []
  const record: EvidenceRecord<{ instances: Ec2InstanceEvidence[] }> = {
    path: ec2InstancesPath(scope, region),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_EVIDENCE.ec2Instances,
    requests
  }
  const result = await scope.pages(
    'DescribeInstancesCommand',
    region,
    paginateDescribeInstances(
      { client, pageSize: PAGE_SIZE },
      { Filters: [{ Name: 'instance-state-name', Values: LIVE_STATES }] }
    ),
    (page, request) => {
      requests.push(request)
      for (const reservation of page.Reservations ?? []) {
        for (const instance of reservation.Instances ?? []) {
          if (!instance.InstanceId) continue
          const name = instance.Tags?.find((tag) => tag.Key === 'Name')?.Value
          instances.push({
            InstanceId: instance.InstanceId,
            ...(instance.State?.Name ? { State: instance.State.Name } : {}),
            ...(instance.PlatformDetails ? { PlatformDetails: instance.PlatformDetails } : {}),
            ...(instance.LaunchTime ? { LaunchTime: String(instance.LaunchTime) } : {}),
            ...(name ? { Name: name } : {})
          })
        }
      }
    }
  )
  if (!result.ok) {
    requests.push(result.request)
    return scope.add({ ...record, error: result.failure })
  }
  await scope.add({
    ...record,
    data: { instances },
    notes: { fields: 'per instance: InstanceId, State.Name, PlatformDetails, LaunchTime and the Name tag' }
  })
}
