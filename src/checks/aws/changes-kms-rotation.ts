import { AWS_CHANGE_EVIDENCE, AWS_SNAPSHOT_KINDS, type KmsKeySnapshot } from '../../evidence/aws-changes.js'
import type { Check, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'
import { changesOf, timelineOf } from './timeline.js'

/** KMS events name the key by id or ARN (requestParameters.keyId). */
const concerns = (parameters: Record<string, unknown> | undefined, id: string, arn?: string) => {
  const ref = parameters?.keyId
  return typeof ref === 'string' && (ref === id || ref === arn || ref.endsWith(`:key/${id}`))
}

export const awsKmsRotationInForce: Check = {
  metadata: {
    id: 'aws.changes.kms-rotation-in-force',
    version: 1,
    title: 'Automatic rotation of customer-managed KMS keys was not disabled during the period',
    severity: 'medium',
    rationale:
      'A key whose rotation was disabled for part of the period missed the rotation the key policy requires.',
    remediation:
      'Investigate each interval (CloudTrail → Event history, event name DisableKeyRotation); KMS → Customer managed keys → the key → Key rotation → enable "Automatically rotate this KMS key".',
    evidenceKinds: [AWS_SNAPSHOT_KINDS.kmsKeys, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) =>
    context.evidence.all<KmsKeySnapshot>(AWS_SNAPSHOT_KINDS.kmsKeys).flatMap((record): CheckResult[] => {
      // Keys that cannot rotate automatically are out of scope.
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
      return record.data.keys
        .filter((k) => !k.rotationNotApplicable)
        .map((k) => {
          const subject = `${record.subject}/${k.KeyId}`
          return guardSubject(subject, evidence, () => ({
            subject,
            ...timelineOf(context, 'kms-key-rotation', changes, {
              events: (data) => data.events.filter((e) => concerns(e.requestParameters, k.KeyId, k.Arn)),
              stateAtEnd: k.error ? undefined : k.RotationEnabled,
              what: `Rotation of KMS key ${k.KeyId}`
            }),
            evidence
          }))
        })
    })
}
