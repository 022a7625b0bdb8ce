import { AWS_S3_REPLICATION_EVIDENCE, type S3ReplicationEvidence } from '../../evidence/aws-backup.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsS3Replication: Check = {
  metadata: {
    id: 'aws.s3.replication-enabled',
    version: 1,
    title: 'S3 buckets with replication configured have every replication rule enabled',
    severity: 'medium',
    rationale:
      'Where S3 replication keeps the copy of a bucket in another bucket, region or account, a disabled rule stops the copy silently: new objects exist only in the source.',
    remediation:
      'S3 → the bucket → Management → Replication rules → the disabled rule → Edit → Status: Enabled → Save (and S3 Batch Replication for the objects written while it was off). CLI: aws s3api put-bucket-replication --bucket <bucket> --replication-configuration file://replication.json',
    evidenceKinds: [AWS_S3_REPLICATION_EVIDENCE.replication]
  },
  evaluate: (context) =>
    perRecord<S3ReplicationEvidence>(
      context,
      AWS_S3_REPLICATION_EVIDENCE.replication,
      'S3 bucket replication',
      ({ buckets, truncated }) => {
        const configured = buckets.filter((b) => b.rules)
        const failed = buckets.filter((b) => b.error)
        const disabled = configured.flatMap((b) =>
          (b.rules ?? [])
            .filter((r) => r.Status !== 'Enabled')
            .map((r) => `${b.name} rule ${r.ID ?? '(no id)'} is ${r.Status ?? 'without a status'}`)
        )
        if (disabled.length > 0) {
          return { status: 'fail', message: `S3 replication: ${disabled.join('; ')}.` }
        }
        if (failed.length > 0 || truncated) {
          return {
            status: 'error',
            message: `The replication of ${failed.length ? failed.map((b) => `${b.name} (${b.error})`).join(', ') : 'some buckets'} could not be read${truncated ? '; the bucket list was cut at the cap' : ''}.`
          }
        }
        if (configured.length === 0) {
          return {
            status: 'not_applicable',
            message: `None of the ${buckets.length} bucket(s) has S3 replication configured.`
          }
        }
        return {
          status: 'pass',
          message: `Every replication rule is enabled: ${configured
            .map((b) => `${b.name} → ${(b.rules ?? []).map((r) => r.Destination?.Bucket ?? '?').join(', ')}`)
            .join('; ')}.`
        }
      }
    )
}
