import { paginateDescribeInstanceInformation, paginateDescribeInstancePatchStates } from '@aws-sdk/client-ssm'
import type { CollectionError, EvidenceRecord, RequestRecord } from '../../model.js'
import type { AccountScope } from './scope.js'
import { AWS_EVIDENCE, type PatchStateEvidence, type PatchStatesPage } from '../../evidence/aws.js'

/** Instances per record: a region with thousands of managed nodes never sits in memory at once. */
export const PATCH_STATES_PER_RECORD = 500
/** DescribeInstancePatchStates takes at most 50 instance ids. */
const IDS_PER_CALL = 50

export type { PatchStatesPage } from '../../evidence/aws.js'

export function patchStatesPath(scope: AccountScope, region: string, page: number): string {
  return scope.path(region, `patch-states-${String(page).padStart(4, '0')}`)
}

/**
 * Every managed instance of the region (DescribeInstanceInformation) with its patch state
 * (DescribeInstancePatchStates, 50 ids a call), written as records of up to 500 instances as they fill
 * up. A failure part way is recorded as an error record for the page it happened on, after the pages
 * already written. A region without managed instances gets one empty page.
 */
export async function collectPatchStates(scope: AccountScope, region: string): Promise<void> {
  const client = scope.clients.ssm(region)
  let page = 1
  let requests: RequestRecord[] = []
  let instances: PatchStateEvidence[] = []
  let withoutPatchState: string[] = []
  let onPage = 0
  let chunk: string[] = []
  let failure: CollectionError | undefined

  const record = (): Omit<EvidenceRecord<PatchStatesPage>, 'data' | 'error'> => ({
    path: patchStatesPath(scope, region, page),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_EVIDENCE.patchStates,
    requests
  })
  const flush = async (): Promise<void> => {
    await scope.add({
      ...record(),
      data: { instances, page, instanceCount: onPage, withoutPatchState }
    })
    page++
    requests = []
    instances = []
    withoutPatchState = []
    onPage = 0
  }
  /** Patch states of `chunk`; false (with `failure` set) when the call failed. */
  const resolveChunk = async (): Promise<boolean> => {
    if (chunk.length === 0) return true
    const ids = chunk
    chunk = []
    const found = new Set<string>()
    const result = await scope.pages(
      'DescribeInstancePatchStatesCommand',
      region,
      paginateDescribeInstancePatchStates({ client, pageSize: IDS_PER_CALL }, { InstanceIds: ids }),
      (body, request) => {
        requests.push(request)
        for (const state of (body.InstancePatchStates ?? []) as PatchStateEvidence[]) {
          found.add(state.InstanceId)
          instances.push(state)
        }
      }
    )
    if (!result.ok) {
      requests.push(result.request)
      failure = result.failure
      return false
    }
    withoutPatchState.push(...ids.filter((id) => !found.has(id)))
    onPage += ids.length
    if (onPage >= PATCH_STATES_PER_RECORD) await flush()
    return true
  }

  const listed = await scope.pages(
    'DescribeInstanceInformationCommand',
    region,
    paginateDescribeInstanceInformation({ client, pageSize: IDS_PER_CALL }, {}),
    async (body, request) => {
      requests.push(request)
      for (const instance of body.InstanceInformationList ?? []) {
        if (!instance.InstanceId) continue
        chunk.push(instance.InstanceId)
        if (chunk.length >= IDS_PER_CALL || onPage + chunk.length >= PATCH_STATES_PER_RECORD) {
          if (!(await resolveChunk())) return false
        }
      }
      return true
    }
  )
  if (!listed.ok) {
    requests.push(listed.request)
    failure ??= listed.failure
  }
  if (!failure) await resolveChunk()
  if (failure) {
    await scope.add({
      ...record(),
      error: {
        ...failure,
        message: `${failure.message}${page > 1 ? ` (after ${page - 1} complete page(s) of patch states)` : ''}`
      },
      notes: { incomplete: 'the patch states of this region were not all collected' }
    })
    return
  }
  if (onPage > 0 || page === 1) await flush()
}
