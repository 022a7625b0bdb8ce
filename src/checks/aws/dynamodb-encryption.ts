import { AWS_EVIDENCE, type KmsKeyEvidence } from '../../evidence/aws.js'
import { AWS_ENCRYPTION_EVIDENCE, type DynamoDbEncryptionEvidence } from '../../evidence/aws-encryption.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

/** A table name against a configured pattern (`*` any characters, nothing else special). Pure. */
export function tableMatches(pattern: string, name: string): boolean {
  const escaped = pattern
    .slice(0, 255)
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*+/g, '.*')
  return new RegExp(`^${escaped}$`).test(name)
}

export const awsDynamoDbEncryption: Check = {
  metadata: {
    id: 'aws.dynamodb.encryption',
    version: 1,
    title:
      'DynamoDB tables are encrypted with a usable key, and with a customer managed key where configured',
    severity: 'medium',
    rationale:
      'DynamoDB encrypts every table, by default with an AWS owned key the account cannot see or control; tables whose policy requires a customer managed key must use one, and a table whose KMS key is inaccessible cannot be read and is archived by AWS after seven days.',
    remediation:
      'DynamoDB → Tables → the table → Additional settings → Encryption → Manage encryption → "Stored in your account, and owned and managed by you" with a customer managed key (aws dynamodb update-table --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key>). For an inaccessible key: re-enable the key or restore its grant.',
    evidenceKinds: [AWS_ENCRYPTION_EVIDENCE.dynamodb, AWS_EVIDENCE.kmsKeys]
  },
  evaluate: (context) => {
    const required = context.config.aws['dynamodb-cmk-tables']
    return perRecord<DynamoDbEncryptionEvidence>(
      context,
      AWS_ENCRYPTION_EVIDENCE.dynamodb,
      'DynamoDB tables',
      (data, record) => {
        if (data.truncated) return { status: 'error', message: 'The table listing was cut at the page cap.' }
        if (data.tables.length === 0)
          return { status: 'not_applicable', message: 'No DynamoDB table in this region.' }
        const keys = context.evidence.get<{ keys: KmsKeyEvidence[] }>(AWS_EVIDENCE.kmsKeys, record.subject)
        const customerKeys =
          keys?.data && !keys.error ? new Set(keys.data.keys.flatMap((k) => [k.Arn, k.KeyId])) : undefined
        const problems: string[] = []
        const unknown: string[] = []
        const kinds = { 'AWS owned key': 0, 'KMS key': 0 }
        for (const t of data.tables) {
          if (t.error) {
            unknown.push(`${t.TableName}: ${t.error}`)
            continue
          }
          const sse = t.SSEDescription
          if (sse?.Status && sse.Status !== 'ENABLED' && sse.Status !== 'UPDATING') {
            problems.push(
              `${t.TableName}: encryption ${sse.Status}${sse.InaccessibleEncryptionDateTime ? ` since ${sse.InaccessibleEncryptionDateTime}` : ''}`
            )
            continue
          }
          kinds[sse?.SSEType === 'KMS' ? 'KMS key' : 'AWS owned key']++
          if (!required.some((pattern) => tableMatches(pattern, t.TableName))) continue
          if (sse?.SSEType !== 'KMS' || !sse.KMSMasterKeyArn) {
            problems.push(`${t.TableName}: must use a customer managed key, uses the AWS owned key`)
          } else if (!customerKeys) {
            unknown.push(
              `${t.TableName}: whether ${sse.KMSMasterKeyArn} is customer managed is not known (${keys?.error?.message ?? 'KMS keys not collected'})`
            )
          } else if (!customerKeys.has(sse.KMSMasterKeyArn)) {
            problems.push(
              `${t.TableName}: must use a customer managed key of the account, uses ${sse.KMSMasterKeyArn} (AWS managed or another account's)`
            )
          }
        }
        if (problems.length > 0)
          return { status: 'fail', message: `${problems.join('; ')}.`, details: problems }
        if (unknown.length > 0) return { status: 'error', message: `Not decided: ${unknown.join('; ')}.` }
        return {
          status: 'pass',
          message: `All ${data.tables.length} table(s) are encrypted with a usable key (${Object.entries(
            kinds
          )
            .filter(([, n]) => n > 0)
            .map(([k, n]) => `${n} with ${k === 'KMS key' ? 'a KMS key' : 'the AWS owned key'}`)
            .join(', ')})${required.length ? `; the tables required to use a customer managed key do` : ''}.`
        }
      }
    )
  }
}
