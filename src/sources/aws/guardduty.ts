import {
  GetDetectorCommand,
  paginateListDetectors,
  type GetDetectorResponse
} from '@aws-sdk/client-guardduty'
import type { CollectionError, EvidenceRecord, RequestRecord } from '../../model.js'
import { isRegionUnavailable } from './errors.js'
import type { AccountScope, Stored } from './scope.js'
import { AWS_EVIDENCE } from './types.js'

export interface DetectorEvidence {
  detectorId: string
  /** GetDetector `Status`: ENABLED or DISABLED. */
  status: string
  /** The GetDetector response as returned. */
  detector: Stored<GetDetectorResponse>
}

/** A region that refused the credentials on its first call: not enabled for the account. */
export interface RegionUnavailable {
  failure: CollectionError
  requests: RequestRecord[]
}

/**
 * The region's GuardDuty detectors and their status. ListDetectors is the region's first call: when the
 * region refuses the credentials nothing is recorded here and the refusal is returned, for the caller to
 * record against every regional kind.
 */
export async function collectGuardDuty(
  scope: AccountScope,
  region: string
): Promise<RegionUnavailable | undefined> {
  const client = scope.clients.guardduty(region)
  const requests: RequestRecord[] = []
  const ids: string[] = []
  const record: EvidenceRecord<{ detectors: DetectorEvidence[] }> = {
    path: scope.path(region, 'guardduty-detectors'),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_EVIDENCE.guardDuty,
    requests
  }
  const listed = await scope.pages(
    'ListDetectorsCommand',
    region,
    paginateListDetectors({ client }, {}),
    (page, request) => {
      requests.push(request)
      ids.push(...(page.DetectorIds ?? []))
    }
  )
  if (!listed.ok) {
    requests.push(listed.request)
    if (isRegionUnavailable(listed.error)) return { failure: listed.failure, requests }
    await scope.add({ ...record, error: listed.failure })
    return undefined
  }
  const detectors: DetectorEvidence[] = []
  for (const detectorId of ids) {
    const got = await scope.call(
      'GetDetectorCommand',
      region,
      () => client.send(new GetDetectorCommand({ DetectorId: detectorId })),
      { target: `detector ${detectorId}` }
    )
    requests.push(got.request)
    if (!got.ok) {
      await scope.add({ ...record, error: got.failure })
      return undefined
    }
    detectors.push({ detectorId, status: got.body.Status ?? 'UNKNOWN', detector: got.body })
  }
  await scope.add({ ...record, data: { detectors } })
  return undefined
}
