import { DescribeKeyCommand, GetKeyRotationStatusCommand, paginateListKeys } from '@aws-sdk/client-kms'
import type { EvidenceRecord, RequestRecord } from '../../model.js'
import { mapLimit, type AccountScope } from './scope.js'
import { AWS_EVIDENCE, type KmsKeyEvidence } from './types.js'

const KEY_CONCURRENCY = 5
const LIST_PAGE_SIZE = 1000

export interface KmsKeyRecordEntry extends KmsKeyEvidence {
  Origin?: string
  /** Why rotation was not read: AWS KMS rotates only symmetric keys with key material it generated. */
  rotationNotApplicable?: string
  RotationPeriodInDays?: number
}

/**
 * The region's customer-managed keys (DescribeKey KeyManager CUSTOMER) and, for symmetric keys whose
 * material KMS generated, whether automatic rotation is on. AWS-managed keys are left out. A key that
 * cannot be described is kept with its error: it may be customer-managed.
 */
export async function collectKmsKeys(scope: AccountScope, region: string): Promise<void> {
  const client = scope.clients.kms(region)
  const requests: RequestRecord[] = []
  const listed: { KeyId: string; KeyArn?: string }[] = []
  const record: EvidenceRecord<{ keys: KmsKeyRecordEntry[] }> = {
    path: scope.path(region, 'kms-keys'),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_EVIDENCE.kmsKeys,
    requests
  }
  const result = await scope.pages(
    'ListKeysCommand',
    region,
    paginateListKeys({ client, pageSize: LIST_PAGE_SIZE }, {}),
    (page, request) => {
      requests.push(request)
      for (const key of page.Keys ?? []) {
        if (key.KeyId) listed.push({ KeyId: key.KeyId, ...(key.KeyArn ? { KeyArn: key.KeyArn } : {}) })
      }
    }
  )
  if (!result.ok) {
    requests.push(result.request)
    return scope.add({ ...record, error: result.failure })
  }
  const keys = await mapLimit(listed, KEY_CONCURRENCY, async (key) => {
    const keyRequests: RequestRecord[] = []
    const target = `key ${key.KeyArn ?? key.KeyId}`
    const described = await scope.call(
      'DescribeKeyCommand',
      region,
      () => client.send(new DescribeKeyCommand({ KeyId: key.KeyId })),
      { target }
    )
    keyRequests.push(described.request)
    if (!described.ok) {
      scope.countError()
      const entry: KmsKeyRecordEntry = {
        KeyId: key.KeyId,
        ...(key.KeyArn ? { Arn: key.KeyArn } : {}),
        error: `${described.failure.message} (the key policy may not allow the role)`
      }
      return { entry, requests: keyRequests }
    }
    const metadata = described.body.KeyMetadata
    if (!metadata || metadata.KeyManager !== 'CUSTOMER') return { requests: keyRequests }
    const entry: KmsKeyRecordEntry = {
      KeyId: metadata.KeyId ?? key.KeyId,
      ...optional('Arn', metadata.Arn ?? key.KeyArn),
      ...optional('KeyState', metadata.KeyState),
      ...optional('KeySpec', metadata.KeySpec),
      ...optional('KeyManager', metadata.KeyManager),
      ...optional('KeyUsage', metadata.KeyUsage),
      ...optional('Origin', metadata.Origin)
    }
    const notApplicable =
      metadata.KeySpec !== 'SYMMETRIC_DEFAULT'
        ? `asymmetric or HMAC key (${metadata.KeySpec})`
        : metadata.Origin !== 'AWS_KMS'
          ? `key material from ${metadata.Origin}`
          : metadata.KeyState === 'PendingDeletion' || metadata.KeyState === 'PendingReplicaDeletion'
            ? `key ${metadata.KeyState}`
            : undefined
    if (notApplicable)
      return { entry: { ...entry, rotationNotApplicable: notApplicable }, requests: keyRequests }
    const rotation = await scope.call(
      'GetKeyRotationStatusCommand',
      region,
      () => client.send(new GetKeyRotationStatusCommand({ KeyId: entry.KeyId })),
      { target }
    )
    keyRequests.push(rotation.request)
    if (!rotation.ok) {
      scope.countError()
      return { entry: { ...entry, error: rotation.failure.message }, requests: keyRequests }
    }
    return {
      entry: {
        ...entry,
        RotationEnabled: rotation.body.KeyRotationEnabled ?? false,
        ...optional('RotationPeriodInDays', rotation.body.RotationPeriodInDays)
      },
      requests: keyRequests
    }
  })
  requests.push(...keys.flatMap((key) => key.requests))
  await scope.add({
    ...record,
    data: { keys: keys.flatMap((key) => (key.entry ? [key.entry] : [])) }
  })
}

function optional<K extends string, V>(key: K, value: V | undefined | null): { [P in K]?: V } {
  return (value === undefined || value === null ? {} : { [key]: value }) as { [P in K]?: V }
}
