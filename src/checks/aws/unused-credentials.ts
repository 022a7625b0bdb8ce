import { AWS_EVIDENCE, type CredentialReportRow } from '../../evidence/aws.js'
import type { Check } from '../check.js'
import { ageDays, perRecord } from './records.js'

const ROOT = '<root_account>'

/** The unused credentials of one credential-report row: console passwords and active access keys. */
export function unusedCredentials(
  row: CredentialReportRow,
  end: string,
  maxUnused: number
): { credentials: number; unused: string[] } {
  const unused: string[] = []
  let credentials = 0
  if (row.password_enabled === 'true') {
    credentials++
    const since = ageDays(end, row.password_last_used)
    const created = ageDays(end, row.user_creation_time)
    if (since !== undefined ? since > maxUnused : created !== undefined && created > maxUnused) {
      unused.push(
        since !== undefined
          ? `${row.user} console password unused for ${since} days`
          : `${row.user} console password never used (user created ${created} days ago)`
      )
    }
  }
  for (const n of [1, 2]) {
    if (row[`access_key_${n}_active`] !== 'true') continue
    credentials++
    const since = ageDays(end, row[`access_key_${n}_last_used_date`])
    const rotated = ageDays(end, row[`access_key_${n}_last_rotated`])
    if (since !== undefined ? since > maxUnused : rotated !== undefined && rotated > maxUnused) {
      unused.push(
        since !== undefined
          ? `${row.user} access key ${n} unused for ${since} days`
          : `${row.user} access key ${n} never used (created ${rotated} days ago)`
      )
    }
  }
  return { credentials, unused }
}

export const awsUnusedCredentials: Check = {
  metadata: {
    id: 'aws.iam.unused-credentials-removed',
    version: 1,
    title: 'IAM console passwords and access keys unused beyond the limit are removed',
    severity: 'medium',
    rationale:
      'A credential nobody used for months belongs to access that is no longer needed (a leaver, a retired workload); while it stays active, whoever finds it gets that access unnoticed.',
    remediation:
      'For each listed credential: IAM → Users → the user → Security credentials → "Manage console access" → Disable, or deactivate and delete the access key (aws iam update-access-key --status Inactive; aws iam delete-access-key); remove users nobody needs. The limit is aws.credential-max-unused-days.',
    evidenceKinds: [AWS_EVIDENCE.credentialReport]
  },
  evaluate: (context) => {
    const maxUnused = context.config.aws['credential-max-unused-days']
    return perRecord<{ rows: CredentialReportRow[] }>(
      context,
      AWS_EVIDENCE.credentialReport,
      'The IAM credential report',
      ({ rows }) => {
        if (!Array.isArray(rows)) return { status: 'error', message: 'The credential report holds no rows.' }
        let credentials = 0
        const unused: string[] = []
        for (const row of rows.filter((r) => r.user !== ROOT)) {
          const result = unusedCredentials(row, context.period.end, maxUnused)
          credentials += result.credentials
          unused.push(...result.unused)
        }
        if (credentials === 0)
          return {
            status: 'not_applicable',
            message: 'No IAM user has a console password or an active access key.'
          }
        return unused.length === 0
          ? {
              status: 'pass',
              message: `All ${credentials} IAM console password(s) and active access key(s) were used within ${maxUnused} days of the period end.`
            }
          : {
              status: 'fail',
              message: `${unused.length} of ${credentials} credential(s) unused for more than ${maxUnused} days: ${unused.join('; ')}.`,
              details: unused
            }
      }
    )
  }
}
