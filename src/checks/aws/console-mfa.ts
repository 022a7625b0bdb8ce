import { AWS_EVIDENCE, type CredentialReportRow } from '../../evidence/aws.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

const consoleUsers = (rows: CredentialReportRow[]) =>
  rows.filter((row) => row.user !== '<root_account>' && row.password_enabled === 'true')

export const awsConsoleMfa: Check = {
  metadata: {
    id: 'aws.iam.console-mfa',
    version: 1,
    title: 'Every IAM user with a console password has MFA',
    severity: 'high',
    rationale: 'A password alone is one phished credential away from console access.',
    remediation:
      'IAM → Users → <user> → Security credentials → Assign MFA device; better, move people to IAM Identity Center with enforced MFA and remove IAM user passwords.',
    evidenceKinds: [AWS_EVIDENCE.credentialReport]
  },
  evaluate: (context) =>
    perRecord<{ rows: CredentialReportRow[] }>(
      context,
      AWS_EVIDENCE.credentialReport,
      'The IAM credential report',
      ({ rows }) => {
        const users = consoleUsers(rows)
        if (users.length === 0)
          return {
            status: 'not_applicable',
            message: 'No IAM user has a console password (the root user is checked by aws.iam.root-mfa).'
          }
        const without = users.filter((row) => row.mfa_active !== 'true').map((row) => row.user)
        return without.length === 0
          ? { status: 'pass', message: `All ${users.length} console user(s) have MFA.` }
          : { status: 'fail', message: `Console users without MFA: ${without.join(', ')}.`, details: without }
      }
    )
}
