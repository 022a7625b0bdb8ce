import { AWS_EVIDENCE, type CredentialReportRow, type PasswordPolicy } from '../../evidence/aws.js'
import type { Check } from '../check.js'
import { ageDays, perRecord } from './records.js'

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
