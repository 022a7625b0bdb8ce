import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand
} from '@aws-sdk/client-cloudtrail'
import type { RequestRecord } from '../../model.js'
import { mapLimit, type AccountScope } from './scope.js'
import { AWS_EVIDENCE, type TrailEvidence } from './types.js'

/**
 * DescribeTrails with shadow trails (so multi-region and organization trails created elsewhere show up)
 * in the first region, then GetTrailStatus and GetEventSelectors for each trail in its home region.
 */
export async function collectCloudTrail(scope: AccountScope, firstRegion: string): Promise<void> {
  const record = {
    path: scope.path('cloudtrail-trails'),
    source: 'aws',
    subject: scope.subject,
    kind: AWS_EVIDENCE.cloudTrail
  }
  const described = await scope.call('DescribeTrailsCommand', firstRegion, () =>
    scope.clients.cloudtrail(firstRegion).send(new DescribeTrailsCommand({ includeShadowTrails: true }))
  )
  if (!described.ok) {
    await scope.add({ ...record, requests: [described.request], error: described.failure })
    return
  }
  const seen = new Set<string>()
  const trails = (described.body.trailList ?? []).filter((trail) => {
    const key = trail.TrailARN ?? trail.Name ?? ''
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const details = await mapLimit(trails, 4, async (trail) => {
    const region = trail.HomeRegion ?? firstRegion
    const name = trail.TrailARN ?? trail.Name ?? ''
    const client = scope.clients.cloudtrail(region)
    const requests: RequestRecord[] = []
    const errors: string[] = []
    const evidence: TrailEvidence = { trail: trail }
    const status = await scope.call(
      'GetTrailStatusCommand',
      region,
      () => client.send(new GetTrailStatusCommand({ Name: name })),
      { target: `trail ${name}` }
    )
    requests.push(status.request)
    if (status.ok) evidence.status = status.body as TrailEvidence['status']
    else errors.push(status.failure.message)
    const selectors = await scope.call(
      'GetEventSelectorsCommand',
      region,
      () => client.send(new GetEventSelectorsCommand({ TrailName: name })),
      { target: `trail ${name}` }
    )
    requests.push(selectors.request)
    if (selectors.ok) evidence.eventSelectors = selectors.body
    else errors.push(selectors.failure.message)
    if (errors.length > 0) {
      evidence.error = errors.join('; ')
      scope.countError()
    }
    return { evidence, requests }
  })
  await scope.add({
    ...record,
    requests: [described.request, ...details.flatMap((detail) => detail.requests)],
    data: { trails: details.map((detail) => detail.evidence) }
  })
}
