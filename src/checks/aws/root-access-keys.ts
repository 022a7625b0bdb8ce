import { AWS_EVIDENCE, type CredentialReportRow } from '../../evidence/aws.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'

type Said = { present: boolean; how: string } | { unknown: string }

function fromReport(record: EvidenceRecord<{ rows: CredentialReportRow[] }> | undefined): Said {
  if (!record) return { unknown: 'the credential report was not collected' }
  if (record.error || !Array.isArray(record.data?.rows))
    return { unknown: `the credential report could not be read (${record.error?.message ?? 'no rows'})` }
  const root = record.data.rows.find((r) => r.user === '<root_account>')
  if (!root) return { unknown: 'the credential report has no <root_account> row' }
  const active = [1, 2].filter((n) => root[`access_key_${n}_active`] === 'true')
  return {
    present: active.length > 0,
    how: active.length
      ? `the credential report shows root access key(s) ${active.join(' and ')} active`
      : 'the credential report shows no active root access key'
  }
}

function fromSummary(record: EvidenceRecord<{ summary: Record<string, number> }> | undefined): Said {
  if (!record) return { unknown: 'the IAM account summary was not collected' }
  const value = record.data?.summary?.AccountAccessKeysPresent
  if (record.error || typeof value !== 'number')
    return {
      unknown: `the IAM account summary could not be read (${record.error?.message ?? 'no AccountAccessKeysPresent'})`
    }
  return {
    present: value > 0,
    how: `GetAccountSummary AccountAccessKeysPresent is ${value}`
  }
}

export const awsRootAccessKeysAbsent: Check = {
  metadata: {
    id: 'aws.iam.root-access-keys-absent',
    version: 1,
    title: 'The AWS root user has no access keys',
    severity: 'critical',
    rationale:
      'A root access key is unrestricted, long-lived access to the whole account that no IAM policy or permission boundary can narrow; privileged access should be through roles that can be restricted and reviewed.',
    remediation:
      'Sign in as the root user → Security credentials → Access keys → Delete each key (first move whatever uses it to an IAM role). Then deny the root user with a service control policy where the account is in an organization.',
    evidenceKinds: [AWS_EVIDENCE.credentialReport, AWS_EVIDENCE.accountSummary]
  },
  evaluate: (context) => {
    const reports = context.evidence.all<{ rows: CredentialReportRow[] }>(AWS_EVIDENCE.credentialReport)
    const summaries = context.evidence.all<{ summary: Record<string, number> }>(AWS_EVIDENCE.accountSummary)
    const subjects = [...new Set([...reports, ...summaries].map((r) => r.subject))].sort()
    return subjects.map((subject): CheckResult => {
      const report = reports.find((r) => r.subject === subject)
      const summary = summaries.find((r) => r.subject === subject)
      const evidence = [report?.path, summary?.path].filter((p): p is string => p !== undefined)
      return guardSubject(subject, evidence, () => {
        const said = [fromReport(report), fromSummary(summary)]
        const known = said.filter((s): s is { present: boolean; how: string } => 'present' in s)
        const unknown = said.filter((s): s is { unknown: string } => 'unknown' in s)
        if (known.length === 0) {
          return {
            subject,
            status: 'error',
            message: `Whether the root user has access keys is not known: ${unknown.map((u) => u.unknown).join('; ')}.`,
            evidence
          }
        }
        const present = known.filter((k) => k.present)
        const also = unknown.length ? ` (${unknown.map((u) => u.unknown).join('; ')})` : ''
        return present.length > 0
          ? {
              subject,
              status: 'fail',
              message: `The root user has access keys: ${present.map((k) => k.how).join('; ')}.`,
              evidence
            }
          : {
              subject,
              status: 'pass',
              message: `The root user has no access keys: ${known.map((k) => k.how).join('; ')}${also}.`,
              evidence
            }
      })
    })
  }
}
