import { AWS_CHANGE_EVIDENCE } from '../../evidence/aws-changes.js'
import { AWS_ENCRYPTION_EVIDENCE, type KmsKeyPoliciesEvidence } from '../../evidence/aws-encryption.js'
import type { Check, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'
import { changesOf, timelineOf } from './timeline.js'

/** KMS events name the key by id or ARN (requestParameters.keyId). */
const concerns = (parameters: Record<string, unknown> | undefined, id: string, arn?: string) => {
  const ref = parameters?.keyId
  return typeof ref === 'string' && (ref === id || ref === arn || ref.endsWith(`:key/${id}`))
}

export const awsKmsKeyDeletionInForce: Check = {
  metadata: {
    id: 'aws.changes.kms-key-not-scheduled-for-deletion',
    version: 1,
    title: 'No customer managed KMS key was scheduled for deletion during the period',
    severity: 'high',
    rationale:
      'A key pending deletion cannot encrypt or decrypt; once deleted, everything encrypted under it is lost. Scheduling deletion is the quiet way to destroy data, and the waiting period is the only chance to notice.',
    remediation:
      'Investigate each interval (CloudTrail → Event history, event name ScheduleKeyDeletion): who scheduled it and why; cancel it (KMS → the key → Key actions → Cancel key deletion, then enable the key) and deny kms:ScheduleKeyDeletion to all but key administrators.',
    evidenceKinds: [AWS_ENCRYPTION_EVIDENCE.kmsKeyPolicies, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) =>
    context.evidence
      .all<KmsKeyPoliciesEvidence>(AWS_ENCRYPTION_EVIDENCE.kmsKeyPolicies)
      .flatMap((record): CheckResult[] => {
        if (record.error || !Array.isArray(record.data?.keys)) {
          return [
            {
              subject: record.subject,
              status: 'error',
              message: `KMS keys could not be collected: ${record.error?.message ?? 'no list of keys recorded'}`,
              evidence: [record.path]
            }
          ]
        }
        const changes = changesOf(context, record.subject)
        const evidence = [record.path, ...(changes ? [changes.path] : [])]
        // A key deleted before the end of the period is no longer listed: its events alone cannot be placed.
        return record.data.keys.map((k) => {
          const subject = `${record.subject}/${k.KeyId}`
          return guardSubject(subject, evidence, () => ({
            subject,
            ...timelineOf(context, 'kms-key-deletion', changes, {
              events: (data) => data.events.filter((e) => concerns(e.requestParameters, k.KeyId, k.Arn)),
              stateAtEnd: k.KeyState === undefined ? undefined : k.KeyState !== 'PendingDeletion',
              what: `KMS key ${k.KeyId} (not pending deletion)`
            }),
            evidence
          }))
        })
      })
}
