import { AWS_EVIDENCE, type PasswordPolicy } from '../../evidence/aws.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsPasswordPolicy: Check = {
  metadata: {
    id: 'aws.iam.password-policy',
    version: 1,
    title: 'The IAM password policy requires strong passwords',
    severity: 'medium',
    rationale:
      'Console passwords are authentication information; weak or reused passwords are guessed and stuffed.',
    remediation:
      'IAM → Account settings → Password policy → Edit: minimum length of at least the configured value (14 by default), require upper and lower case, numbers and symbols, and prevent reuse of the last 24 passwords. CLI: aws iam update-account-password-policy --minimum-password-length 14 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --password-reuse-prevention 24',
    evidenceKinds: [AWS_EVIDENCE.passwordPolicy]
  },
  evaluate: (context) => {
    const minimum = context.config.aws['password-min-length']
    return perRecord<{ policy?: PasswordPolicy; none?: true }>(
      context,
      AWS_EVIDENCE.passwordPolicy,
      'The password policy',
      ({ policy }) => {
        if (!policy)
          return {
            status: 'fail',
            message: 'No password policy is set: AWS defaults apply (8 characters, no complexity).'
          }
        const problems = [
          ...((policy.MinimumPasswordLength ?? 0) >= minimum
            ? []
            : [`minimum length ${policy.MinimumPasswordLength ?? 0} < ${minimum}`]),
          ...(policy.RequireSymbols &&
          policy.RequireNumbers &&
          policy.RequireUppercaseCharacters &&
          policy.RequireLowercaseCharacters
            ? []
            : ['not all character classes required']),
          ...((policy.PasswordReusePrevention ?? 0) >= 1 ? [] : ['password reuse is not prevented'])
        ]
        return problems.length === 0
          ? {
              status: 'pass',
              message: `Minimum length ${policy.MinimumPasswordLength}, all character classes, reuse prevention ${policy.PasswordReusePrevention}.`
            }
          : { status: 'fail', message: `${problems.join('; ')}.` }
      }
    )
  }
}
