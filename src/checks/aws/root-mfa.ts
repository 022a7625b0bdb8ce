import { AWS_EVIDENCE } from '../../evidence/aws.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsRootMfa: Check = {
  metadata: {
    id: 'aws.iam.root-mfa',
    version: 1,
    title: 'The AWS root user has MFA and no access keys',
    severity: 'critical',
    rationale:
      'The root user can do everything in the account and cannot be restricted; a stolen root password or key is a total compromise.',
    remediation:
      'Sign in as root → IAM → Security credentials → Multi-factor authentication: assign an MFA device (a hardware key for production accounts). Delete any root access keys under "Access keys".',
    evidenceKinds: [AWS_EVIDENCE.accountSummary]
  },
  evaluate: (context) =>
    perRecord<{ summary: Record<string, number> }>(
      context,
      AWS_EVIDENCE.accountSummary,
      'The IAM account summary',
      ({ summary }) => {
        const problems = [
          ...(summary.AccountMFAEnabled === 1 ? [] : ['root MFA is not enabled']),
          ...(summary.AccountAccessKeysPresent ? ['the root user has access keys'] : [])
        ]
        return problems.length === 0
          ? { status: 'pass', message: 'Root MFA is enabled and the root user has no access keys.' }
          : { status: 'fail', message: `${problems.join('; ')}.` }
      }
    )
}
