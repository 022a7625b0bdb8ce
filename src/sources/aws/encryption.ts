import { GetEbsEncryptionByDefaultCommand } from '@aws-sdk/client-ec2'
import { DescribeKeyCommand, GetKeyPolicyCommand, paginateListKeys } from '@aws-sdk/client-kms'
import type { EvidenceRecord, RequestRecord } from '../../model.js'
import {
  AWS_ENCRYPTION_EVIDENCE,
  type DynamoDbEncryptionEvidence,
  type EbsDefaultEncryptionEvidence,
  type EfsEncryptionEvidence,
  type KmsKeyPoliciesEvidence
} from '../../evidence/aws-encryption.js'
import { mapLimit, sdkExports, type AccountScope } from './scope.js'

/** Pages read at most per listing; a listing cut there is marked `truncated` (the check says error). */
const PAGES = 20
const CONCURRENCY = 5
/** A key policy is at most 32 KB (KMS quotas); anything longer is not kept. */
const MAX_POLICY_CHARS = 32_768

/** The paths of the encryption records of a region, for a region that refused the credentials. */
export function encryptionRecords(scope: AccountScope, region: string): [string, string][] {
  return [
    [AWS_ENCRYPTION_EVIDENCE.ebsDefault, scope.path(region, 'ebs-default-encryption')],
    [AWS_ENCRYPTION_EVIDENCE.rds, scope.path(region, 'rds-storage-encryption')],
    [AWS_ENCRYPTION_EVIDENCE.efs, scope.path(region, 'efs-encryption')],
    [AWS_ENCRYPTION_EVIDENCE.dynamodb, scope.path(region, 'dynamodb-encryption')],
    [AWS_ENCRYPTION_EVIDENCE.kmsKeyPolicies, scope.path(region, 'kms-key-policies')]
  ]
}

/**
 * Encryption at rest in one region: EBS default encryption, EFS, DynamoDB, and the KMS key policies. RDS storage
 * encryption comes from the one DescribeDBInstances read of rds-instances.ts.
 */
export async function collectEncryption(scope: AccountScope, region: string): Promise<void> {
  await collectEbsDefault(scope, region)
  await collectEfsEncryption(scope, region)
  await collectDynamoDbEncryption(scope, region)
  await collectKeyPolicies(scope, region)
}

function base<T>(scope: AccountScope, region: string, kind: string, name: string, requests: RequestRecord[]) {
  return {
    path: scope.path(region, name),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind,
    requests
  } satisfies EvidenceRecord<T>
}

async function collectEbsDefault(scope: AccountScope, region: string): Promise<void> {
  const requests: RequestRecord[] = []
  const record = base<EbsDefaultEncryptionEvidence>(
    scope,
    region,
    AWS_ENCRYPTION_EVIDENCE.ebsDefault,
    'ebs-default-encryption',
    requests
  )
  const result = await scope.call('GetEbsEncryptionByDefaultCommand', region, () =>
    scope.clients.ec2(region).send(new GetEbsEncryptionByDefaultCommand({}))
  )
  requests.push(result.request)
  if (!result.ok) return scope.add({ ...record, error: result.failure })
  await scope.add({
    ...record,
    data: {
      ...(typeof result.body.EbsEncryptionByDefault === 'boolean'
        ? { EbsEncryptionByDefault: result.body.EbsEncryptionByDefault }
        : {}),
      ...(result.body.SseType ? { SseType: result.body.SseType } : {})
    }
  })
}

async function collectEfsEncryption(scope: AccountScope, region: string): Promise<void> {
  const sdk = sdkExports(await import('@aws-sdk/client-efs'))
  const client = scope.clients.lazy('elasticfilesystem', region, (settings) => new sdk.EFSClient(settings))
  const requests: RequestRecord[] = []
  const record = base<EfsEncryptionEvidence>(
    scope,
    region,
    AWS_ENCRYPTION_EVIDENCE.efs,
    'efs-encryption',
    requests
  )
  const data: EfsEncryptionEvidence = { fileSystems: [] }
  let pages = 0
  const listed = await scope.pages(
    'DescribeFileSystemsCommand',
    region,
    sdk.paginateDescribeFileSystems({ client, pageSize: 100 }, {}),
    (page, request) => {
      requests.push(request)
      for (const fs of page.FileSystems ?? []) {
        data.fileSystems.push({
          ...(fs.FileSystemId ? { FileSystemId: fs.FileSystemId } : {}),
          ...(fs.FileSystemArn ? { FileSystemArn: fs.FileSystemArn } : {}),
          ...(fs.Name ? { Name: fs.Name } : {}),
          ...(fs.LifeCycleState ? { LifeCycleState: fs.LifeCycleState } : {}),
          ...(typeof fs.Encrypted === 'boolean' ? { Encrypted: fs.Encrypted } : {}),
          ...(fs.KmsKeyId ? { KmsKeyId: fs.KmsKeyId } : {})
        })
      }
      if (++pages >= PAGES && page.NextMarker) {
        data.truncated = true
        return false
      }
    }
  )
  if (!listed.ok) {
    requests.push(listed.request)
    return scope.add({ ...record, error: listed.failure })
  }
  await scope.add({ ...record, data })
}

async function collectDynamoDbEncryption(scope: AccountScope, region: string): Promise<void> {
  const sdk = sdkExports(await import('@aws-sdk/client-dynamodb'))
  const client = scope.clients.lazy('dynamodb', region, (settings) => new sdk.DynamoDBClient(settings))
  const requests: RequestRecord[] = []
  const record = base<DynamoDbEncryptionEvidence>(
    scope,
    region,
    AWS_ENCRYPTION_EVIDENCE.dynamodb,
    'dynamodb-encryption',
    requests
  )
  const names: string[] = []
  let pages = 0
  let truncated = false
  const listed = await scope.pages(
    'ListTablesCommand',
    region,
    sdk.paginateListTables({ client, pageSize: 100 }, {}),
    (page, request) => {
      requests.push(request)
      names.push(...(page.TableNames ?? []))
      if (++pages >= PAGES && page.LastEvaluatedTableName) {
        truncated = true
        return false
      }
    }
  )
  if (!listed.ok) {
    requests.push(listed.request)
    return scope.add({ ...record, error: listed.failure })
  }
  const tables = await mapLimit(names, CONCURRENCY, async (name) => {
    const described = await scope.call(
      'DescribeTableCommand',
      region,
      () => client.send(new sdk.DescribeTableCommand({ TableName: name })),
      { target: `table ${name}` }
    )
    requests.push(described.request)
    if (!described.ok) {
      scope.countError()
      return { TableName: name, error: described.failure.message }
    }
    const table = described.body.Table
    const sse = table?.SSEDescription
    return {
      TableName: name,
      ...(table?.TableArn ? { TableArn: table.TableArn } : {}),
      ...(sse
        ? {
            SSEDescription: {
              ...(sse.Status ? { Status: sse.Status } : {}),
              ...(sse.SSEType ? { SSEType: sse.SSEType } : {}),
              ...(sse.KMSMasterKeyArn ? { KMSMasterKeyArn: sse.KMSMasterKeyArn } : {}),
              ...(sse.InaccessibleEncryptionDateTime
                ? { InaccessibleEncryptionDateTime: String(sse.InaccessibleEncryptionDateTime) }
                : {})
            }
          }
        : {})
    }
  })
  await scope.add({ ...record, data: { tables, ...(truncated ? { truncated: true as const } : {}) } })
}

/**
 * The default key policy of each customer managed key of the region (AWS managed keys' policies are AWS's).
 * ListKeys and DescribeKey are read again here (kms.ts writes its record without returning the keys). The
 * policy is kept as the text KMS returned; the check parses it.
 */
async function collectKeyPolicies(scope: AccountScope, region: string): Promise<void> {
  const client = scope.clients.kms(region)
  const requests: RequestRecord[] = []
  const record = base<KmsKeyPoliciesEvidence>(
    scope,
    region,
    AWS_ENCRYPTION_EVIDENCE.kmsKeyPolicies,
    'kms-key-policies',
    requests
  )
  const listed: { KeyId: string; KeyArn?: string }[] = []
  const result = await scope.pages(
    'ListKeysCommand',
    region,
    paginateListKeys({ client, pageSize: 1000 }, {}),
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
  const keys = await mapLimit(
    listed,
    CONCURRENCY,
    async (key): Promise<KmsKeyPoliciesEvidence['keys'][number] | undefined> => {
      const target = `key ${key.KeyArn ?? key.KeyId}`
      const described = await scope.call(
        'DescribeKeyCommand',
        region,
        () => client.send(new DescribeKeyCommand({ KeyId: key.KeyId })),
        { target }
      )
      requests.push(described.request)
      if (!described.ok) {
        scope.countError()
        return {
          KeyId: key.KeyId,
          ...(key.KeyArn ? { Arn: key.KeyArn } : {}),
          error: `${described.failure.message} (the key policy may not allow the role)`
        }
      }
      const metadata = described.body.KeyMetadata
      if (!metadata || metadata.KeyManager !== 'CUSTOMER') return undefined
      const entry = {
        KeyId: metadata.KeyId ?? key.KeyId,
        ...((metadata.Arn ?? key.KeyArn) ? { Arn: metadata.Arn ?? key.KeyArn } : {}),
        ...(metadata.KeyState ? { KeyState: metadata.KeyState } : {})
      }
      const policy = await scope.call(
        'GetKeyPolicyCommand',
        region,
        () => client.send(new GetKeyPolicyCommand({ KeyId: entry.KeyId, PolicyName: 'default' })),
        { target }
      )
      requests.push(policy.request)
      if (!policy.ok) {
        scope.countError()
        return { ...entry, error: `${policy.failure.message} (the key policy may not allow the role)` }
      }
      const text = policy.body.Policy
      if (typeof text !== 'string') return { ...entry, error: 'GetKeyPolicy returned no policy' }
      if (text.length > MAX_POLICY_CHARS) {
        return {
          ...entry,
          error: `GetKeyPolicy returned ${text.length} characters, more than a key policy can hold`
        }
      }
      return { ...entry, Policy: text }
    }
  )
  await scope.add({ ...record, data: { keys: keys.flatMap((k) => (k ? [k] : [])) } })
}
