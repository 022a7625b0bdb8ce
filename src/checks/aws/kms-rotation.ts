import { AWS_EVIDENCE, type KmsKeyEvidence } from '../../evidence/aws.js'
import type { Check, CheckResult } from '../check.js'
import { perRecord } from './records.js'

export const awsKmsRotation: Check = {
  metadata: {
    id: 'aws.kms.rotation',
    version: 1,
    title: 'Customer managed KMS keys rotate automatically',
    severity: 'medium',
    rationale:
      'Key rotation limits how much data one key protects and how long a compromised key stays useful.',
    remediation:
      'KMS → Customer managed keys → <key> → Key rotation → "Automatically rotate this KMS key every year". CLI: aws kms enable-key-rotation --key-id <key id>',
    evidenceKinds: [AWS_EVIDENCE.kmsKeys]
  },
  evaluate: (context): CheckResult[] =>
    perRecord<{ keys: KmsKeyEvidence[] }>(context, AWS_EVIDENCE.kmsKeys, 'KMS keys', ({ keys }) => {
      const enabled = keys.filter((key) => key.KeyState === undefined || key.KeyState === 'Enabled')
      // AWS KMS rotates only symmetric keys whose material it generated; the collector marks the others.
      const cannotRotate = enabled.filter((key) => !key.error && key.rotationNotApplicable)
      const rotatable = enabled.filter((key) => !cannotRotate.includes(key))
      const unknown = rotatable.filter((key) => key.error)
      const without = rotatable.filter((key) => !key.error && !key.RotationEnabled).map((key) => key.KeyId)
      const excluded =
        cannotRotate.length > 0
          ? ` Excluded ${cannotRotate.length} key(s) that AWS KMS cannot rotate automatically: ${cannotRotate.map((key) => `${key.KeyId} (${key.rotationNotApplicable})`).join('; ')}.`
          : ''
      if (without.length > 0)
        return {
          status: 'fail',
          message: `Rotation off: ${without.join(', ')}.${excluded}`,
          details: without
        }
      if (unknown.length > 0)
        return {
          status: 'error',
          message: `Rotation status unknown: ${unknown.map((k) => `${k.KeyId} (${k.error})`).join('; ')}.${excluded}`
        }
      if (rotatable.length === 0)
        return {
          status: 'not_applicable',
          message:
            enabled.length === 0
              ? 'No enabled customer managed keys in this region.'
              : `No customer managed key in this region can rotate automatically.${excluded}`
        }
      return {
        status: 'pass',
        message: `All ${rotatable.length} rotatable customer managed key(s) rotate.${excluded}`
      }
    })
}
