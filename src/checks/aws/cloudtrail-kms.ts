import { AWS_EVIDENCE, type TrailEvidence } from '../../evidence/aws.js'
import type { Check, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'

export const awsCloudTrailKms: Check = {
  metadata: {
    id: 'aws.cloudtrail.kms-encrypted',
    version: 1,
    title: 'CloudTrail log files are encrypted with a KMS key',
    severity: 'medium',
    rationale:
      'With SSE-KMS, reading the log files needs kms:Decrypt on a key the account controls, on top of S3 access, and every use of the key is itself logged.',
    remediation:
      'CloudTrail → Trails → the trail → General details → Edit → Log file SSE-KMS encryption: Enabled, with a customer managed key whose policy allows CloudTrail (aws cloudtrail update-trail --name <trail> --kms-key-id <key>).',
    evidenceKinds: [AWS_EVIDENCE.cloudTrail]
  },
  evaluate: (context) =>
    context.evidence
      .all<{ trails: TrailEvidence[] }>(AWS_EVIDENCE.cloudTrail)
      .flatMap((record): CheckResult[] => {
        if (record.error || !Array.isArray(record.data?.trails)) {
          return [
            {
              subject: record.subject,
              status: 'error',
              message: `CloudTrail trails could not be collected: ${record.error?.message ?? 'no list of trails recorded'}`,
              evidence: [record.path]
            }
          ]
        }
        // Shadow copies of multi-region trails list a trail once per region; one finding per trail.
        const trails = [
          ...new Map(record.data.trails.map((t) => [t.trail.TrailARN ?? t.trail.Name, t])).values()
        ]
        if (trails.length === 0) {
          return [
            {
              subject: record.subject,
              status: 'not_applicable',
              message: 'No CloudTrail trail exists (aws.cloudtrail.multi-region fails that).',
              evidence: [record.path]
            }
          ]
        }
        return trails.map((t) => {
          const subject = `${record.subject}/${t.trail.HomeRegion ?? ''}/trail/${t.trail.Name}`
          return guardSubject(subject, [record.path], () => ({
            subject,
            status: t.trail.KmsKeyId ? 'pass' : 'fail',
            message: t.trail.KmsKeyId
              ? `Trail ${t.trail.Name} encrypts its log files with KMS key ${t.trail.KmsKeyId}.`
              : `Trail ${t.trail.Name} does not encrypt its log files with KMS (only S3-managed encryption).`,
            evidence: [record.path]
          }))
        })
      })
}
