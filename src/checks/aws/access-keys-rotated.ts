import { AWS_EVIDENCE, type CredentialReportRow } from '../../evidence/aws.js'
import type { Check } from '../check.js'
import { ageDays, perRecord } from './records.js'

export const awsAccessKeyRotation: Check = {
  metadata: {
    id: 'aws.iam.access-keys-rotated',
    version: 1,
    title: 'Active IAM access keys are rotated and in use',
    severity: 'high',
    rationale:
      'Long-lived access keys leak through laptops, logs and repositories; old or unused keys are access nobody needs.',
    remediation:
      'For each listed key: create a new key, switch the workload to it (better: to an IAM role or OIDC federation, which needs no key), then deactivate and delete the old one: aws iam update-access-key --status Inactive, aws iam delete-access-key. Delete keys that are not used.',
    evidenceKinds: [AWS_EVIDENCE.credentialReport]
  },
  evaluate: (context) => {
    const maxAge = context.config.aws['access-key-max-age-days']
    const maxUnused = context.config.aws['access-key-max-unused-days']
    return perRecord<{ rows: CredentialReportRow[] }>(
      context,
      AWS_EVIDENCE.credentialReport,
      'The IAM credential report',
      ({ rows }) => {
        const problems: string[] = []
        let active = 0
        for (const row of rows.filter((r) => r.user !== '<root_account>')) {
          for (const n of [1, 2]) {
            if (row[`access_key_${n}_active`] !== 'true') continue
            active++
            const age = ageDays(context.period.end, row[`access_key_${n}_last_rotated`])
            const used = row[`access_key_${n}_last_used_date`]
            const unused = ageDays(context.period.end, used) ?? age
            if (age !== undefined && age > maxAge)
              problems.push(`${row.user} key ${n} not rotated for ${age} days (max ${maxAge})`)
            else if (unused !== undefined && unused > maxUnused)
              problems.push(`${row.user} key ${n} unused for ${unused} days (max ${maxUnused})`)
          }
        }
        if (active === 0)
          return { status: 'not_applicable', message: 'No IAM user has an active access key.' }
        return problems.length === 0
          ? {
              status: 'pass',
              message: `All ${active} active access key(s) were rotated within ${maxAge} days and used within ${maxUnused}.`
            }
          : { status: 'fail', message: `${problems.join('; ')}.`, details: problems }
      }
    )
  }
}
