import { createHash } from 'node:crypto'
import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  type GetCredentialReportCommandOutput
} from '@aws-sdk/client-iam'
import { parse } from 'csv-parse/sync'
import type { EvidenceRecord, RequestRecord } from '../../model.js'
import { isError } from './errors.js'
import { sleep, type AccountScope } from './scope.js'
import { AWS_EVIDENCE, type CredentialReportRow, type PasswordPolicy } from './types.js'

/** Upper bound of the credential report wait, whatever is configured. */
export const MAX_CREDENTIAL_REPORT_WAIT_MS = 10 * 60_000
const FIRST_POLL_MS = 500
const MAX_POLL_MS = 5_000

const REQUIRED_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date'
]

export interface CredentialReportData {
  generatedTime: string
  rows: CredentialReportRow[]
  /** SHA-256 (hex) of the CSV as AWS returned it. */
  csvSha256: string
}

export async function collectIam(
  scope: AccountScope,
  options: { credentialReportWaitMs: number; accessKeyMaxAgeDays?: number }
): Promise<void> {
  await collectCredentialReport(scope, options)
  await collectAccountSummary(scope)
  await collectPasswordPolicy(scope)
}

/**
 * GenerateCredentialReport, polled while AWS is still generating (bounded by `credentialReportWaitMs`),
 * then GetCredentialReport, with the CSV parsed into rows. A report that never became ready, or that is not
 * the expected CSV, is an error record.
 */
async function collectCredentialReport(
  scope: AccountScope,
  options: { credentialReportWaitMs: number; accessKeyMaxAgeDays?: number }
): Promise<void> {
  const region = scope.homeRegion
  const iam = scope.clients.iam(region)
  const waitMs = Math.min(Math.max(0, options.credentialReportWaitMs), MAX_CREDENTIAL_REPORT_WAIT_MS)
  const deadline = Date.now() + waitMs
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<CredentialReportData> = {
    path: scope.path('iam-credential-report'),
    source: 'aws',
    subject: scope.subject,
    kind: AWS_EVIDENCE.credentialReport,
    requests,
    ...(options.accessKeyMaxAgeDays !== undefined
      ? { notes: { accessKeyMaxAgeDays: options.accessKeyMaxAgeDays } }
      : {})
  }
  let generate = true
  let state = 'not started'
  let delay = FIRST_POLL_MS
  for (;;) {
    if (generate) {
      const generated = await scope.call('GenerateCredentialReportCommand', region, () =>
        iam.send(new GenerateCredentialReportCommand({}))
      )
      requests.push(generated.request)
      if (!generated.ok) return scope.add({ ...record, error: generated.failure })
      state = generated.body.State ?? 'unknown'
      if (state === 'COMPLETE') generate = false
    } else {
      const got = await scope.call(
        'GetCredentialReportCommand',
        region,
        () => iam.send(new GetCredentialReportCommand({})),
        { raw: true, digest: (output) => output.Content ?? '' }
      )
      requests.push(got.request)
      if (got.ok) return scope.add(withReport(record, got.body))
      if (isError(got.error, 'CredentialReportNotReadyException', 'ReportInProgress')) {
        state = 'INPROGRESS'
      } else if (
        isError(
          got.error,
          'CredentialReportNotPresentException',
          'ReportNotPresent',
          'CredentialReportExpiredException',
          'ReportExpired'
        )
      ) {
        // Gone between generation and download (or expired): generate it again.
        generate = true
        state = 'not present'
      } else {
        return scope.add({ ...record, error: got.failure })
      }
    }
    if (!generate && state === 'COMPLETE') continue
    const remaining = deadline - Date.now()
    if (remaining <= 0) {
      return scope.add({
        ...record,
        error: {
          message: `The IAM credential report was still being generated after ${Math.round(waitMs / 1000)} s (state ${state}); it was not collected. Run again in a few minutes.`
        }
      })
    }
    await sleep(Math.min(delay, remaining))
    delay = Math.min(delay * 2, MAX_POLL_MS)
  }
}

function withReport(
  record: EvidenceRecord<CredentialReportData>,
  output: Omit<GetCredentialReportCommandOutput, '$metadata'>
): EvidenceRecord<CredentialReportData> {
  const malformed = (why: string): EvidenceRecord<CredentialReportData> => ({
    ...record,
    error: { message: `GetCredentialReport returned a report that is not the expected CSV: ${why}` }
  })
  // The SDK types the format as the one value the API documents; a server may still answer another.
  const format: string | undefined = output.ReportFormat
  if (format && format !== 'text/csv') {
    return malformed(`the format is ${format}, not text/csv`)
  }
  const content = output.Content
  if (!content || content.length === 0) return malformed('the report is empty')
  const bytes = Buffer.from(content)
  let rows: Record<string, string>[]
  try {
    rows = parse<Record<string, string>>(bytes.toString('utf8'), {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true
    })
  } catch (error) {
    return malformed((error as Error).message.slice(0, 300))
  }
  const columns = rows[0] ? Object.keys(rows[0]) : []
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column))
  if (rows.length === 0) return malformed('it has no rows (every account has at least the root user)')
  if (missing.length > 0) return malformed(`columns ${missing.join(', ')} are missing`)
  if (rows.some((row) => !row.user || !row.arn)) return malformed('a row has no user or arn')
  const generated = output.GeneratedTime
  return {
    ...record,
    data: {
      generatedTime: generated instanceof Date ? generated.toISOString() : String(generated ?? ''),
      rows: rows as CredentialReportRow[],
      csvSha256: createHash('sha256').update(bytes).digest('hex')
    }
  }
}

async function collectAccountSummary(scope: AccountScope): Promise<void> {
  const region = scope.homeRegion
  const result = await scope.call('GetAccountSummaryCommand', region, () =>
    scope.clients.iam(region).send(new GetAccountSummaryCommand({}))
  )
  await scope.add({
    path: scope.path('iam-account-summary'),
    source: 'aws',
    subject: scope.subject,
    kind: AWS_EVIDENCE.accountSummary,
    requests: [result.request],
    ...(result.ok
      ? { data: { summary: (result.body.SummaryMap ?? {}) as Record<string, number> } }
      : { error: result.failure })
  })
}

async function collectPasswordPolicy(scope: AccountScope): Promise<void> {
  const region = scope.homeRegion
  const result = await scope.call('GetAccountPasswordPolicyCommand', region, () =>
    scope.clients.iam(region).send(new GetAccountPasswordPolicyCommand({}))
  )
  const record: EvidenceRecord<{ policy?: PasswordPolicy; none?: true }> = {
    path: scope.path('iam-password-policy'),
    source: 'aws',
    subject: scope.subject,
    kind: AWS_EVIDENCE.passwordPolicy,
    requests: [result.request]
  }
  if (result.ok) record.data = { policy: result.body.PasswordPolicy ?? {} }
  else if (isError(result.error, 'NoSuchEntityException', 'NoSuchEntity')) record.data = { none: true }
  else record.error = result.failure
  await scope.add(record)
}
