import { createHash } from 'node:crypto'
import {
  DescribeModelPackageCommand,
  SageMakerClient,
  paginateListModelPackageGroups,
  paginateListModelPackages,
  type MetricsSource,
  type ModelMetrics
} from '@aws-sdk/client-sagemaker'
import { CloudTrailClient, paginateLookupEvents } from '@aws-sdk/client-cloudtrail'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { CollectionError, EvidenceRecord, RequestRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import { errorName, isCredentialError, safeMessage, statusOf } from '../aws/errors.js'
import { reduceApprovalEvent } from './sagemaker-approval.js'
import {
  SAGEMAKER_KIND,
  type ApprovalEvent,
  type ApprovalLookup,
  type DigestForm,
  type SageMakerPackageData,
  type SageMakerPackageJson,
  type SageMakerReport
} from '../../evidence/models.js'

export { SAGEMAKER_KIND } from '../../evidence/models.js'
export type {
  ApprovalLookup,
  DigestForm,
  SageMakerPackageData,
  SageMakerPackageJson,
  SageMakerReport
} from '../../evidence/models.js'
export { sageMakerVersionView } from '../../checks/models/sagemaker-view.js'

export interface SageMakerOptions {
  region: string
  /** Model package group names (or ARNs, for groups shared from another account); default: every group. */
  groups?: string[]
  /** SageMaker API endpoint (VPC endpoint, simulator). S3 reads the SDK's own AWS_ENDPOINT_URL_S3. */
  endpoint?: string
}

/** Reports larger than this are hashed and checked, but not stored in the record. */
const MAX_CONTENT_BYTES = 5 * 1024 * 1024
const PAGE_SIZE = 100
/** LookupEvents returns at most 50 events a page and the last 90 days; 200 pages is 10,000 updates. */
const MAX_EVENT_PAGES = 200
const EVENT_HISTORY_DAYS = 90

const REPORTS: [string, (metrics: ModelMetrics) => MetricsSource | undefined][] = [
  ['ModelQuality.Statistics', (m) => m.ModelQuality?.Statistics],
  ['ModelQuality.Constraints', (m) => m.ModelQuality?.Constraints],
  ['ModelDataQuality.Statistics', (m) => m.ModelDataQuality?.Statistics],
  ['ModelDataQuality.Constraints', (m) => m.ModelDataQuality?.Constraints],
  ['Bias.Report', (m) => m.Bias?.Report],
  ['Bias.PreTrainingReport', (m) => m.Bias?.PreTrainingReport],
  ['Bias.PostTrainingReport', (m) => m.Bias?.PostTrainingReport],
  ['Explainability.Report', (m) => m.Explainability?.Report]
]

/**
 * Records every model package version in the SageMaker Model Registry of one region: the
 * DescribeModelPackage response, and each metrics report it points at, read from S3 with its
 * ContentDigest checked. A failure is recorded on the package (or group, or region) it concerns and the
 * rest is still collected; missing or refused credentials stop collection with one region-level record.
 *
 * `errors` counts records with an `error` plus reports that could not be read.
 */
export async function collectSageMaker(
  sink: EvidenceSink,
  options: SageMakerOptions,
  clients: { sagemaker?: SageMakerClient; s3?: S3Client; cloudtrail?: CloudTrailClient } = {}
): Promise<{ packages: number; errors: number }> {
  const { region } = options
  const sagemaker =
    clients.sagemaker ??
    new SageMakerClient({
      region,
      maxAttempts: 5,
      ...(options.endpoint ? { endpoint: options.endpoint } : {})
    })
  const s3 = clients.s3 ?? new S3Client({ region, maxAttempts: 5, followRegionRedirects: true })
  const cloudtrail = clients.cloudtrail ?? new CloudTrailClient({ region, maxAttempts: 5 })
  let approvals: Promise<ApprovalHistory> | undefined
  const counts = { packages: 0, errors: 0 }
  const add = async (record: EvidenceRecord): Promise<void> => {
    if (record.error) counts.errors++
    await sink.add(record)
  }
  const regionFailure = async (requests: RequestRecord[], error: CollectionError): Promise<void> => {
    await add({
      path: `evidence/models/sagemaker/${segment(region)}.json`,
      source: 'sagemaker',
      subject: `sagemaker:${region}`,
      kind: SAGEMAKER_KIND,
      requests,
      error
    })
  }

  let groups: GroupRef[] | undefined = options.groups?.map((ref) => groupRef(ref))
  if (!groups) {
    groups = []
    const requests: RequestRecord[] = []
    try {
      const pages = paginateListModelPackageGroups({ client: sagemaker, pageSize: PAGE_SIZE }, {})
      for await (const page of pages) {
        requests.push(succeeded('ListModelPackageGroups', region, page).request)
        for (const summary of page.ModelPackageGroupSummaryList ?? []) {
          if (summary.ModelPackageGroupName)
            groups.push({ name: summary.ModelPackageGroupName, ref: summary.ModelPackageGroupName })
        }
      }
    } catch (error) {
      requests.push(failed('ListModelPackageGroups', region, error))
      await regionFailure(requests, describeSageMakerError(error, 'ListModelPackageGroups', region))
      return counts
    }
    // Groups shared with this account through AWS RAM are listed only with CrossAccountFilterOption
    // CrossAccount, and are read by ARN (ListModelPackageGroups, ListModelPackages API reference).
    const shared: RequestRecord[] = []
    try {
      const pages = paginateListModelPackageGroups(
        { client: sagemaker, pageSize: PAGE_SIZE },
        { CrossAccountFilterOption: 'CrossAccount' }
      )
      for await (const page of pages) {
        shared.push(succeeded('ListModelPackageGroups', region, page).request)
        for (const summary of page.ModelPackageGroupSummaryList ?? []) {
          const arn = summary.ModelPackageGroupArn
          if (!arn || !summary.ModelPackageGroupName) continue
          const ref = groupRef(arn)
          if (ref.owner && !groups.some((g) => g.ref === arn)) groups.push(ref)
        }
      }
    } catch (error) {
      shared.push(failed('ListModelPackageGroups', region, error))
      await add({
        path: `evidence/models/sagemaker/${segment(region)}/shared-groups.json`,
        source: 'sagemaker',
        subject: `sagemaker:${region}/shared-groups`,
        kind: SAGEMAKER_KIND,
        requests: shared,
        error: describeSageMakerError(
          error,
          'ListModelPackageGroups',
          region,
          'groups shared from other accounts'
        )
      })
    }
  }

  for (const { name: group, ref, owner } of groups) {
    const where = owner ? `${segment(group)}@${owner}` : segment(group)
    const subjectGroup = owner ? `${group}@${owner}` : group
    const listed: { arn: string; version: string; request: RequestRecord }[] = []
    const listRequests: RequestRecord[] = []
    try {
      const pages = paginateListModelPackages(
        { client: sagemaker, pageSize: PAGE_SIZE },
        { ModelPackageGroupName: ref, ModelPackageType: 'Versioned' }
      )
      for await (const page of pages) {
        const { request } = succeeded('ListModelPackages', region, page)
        listRequests.push(request)
        for (const summary of page.ModelPackageSummaryList ?? []) {
          if (!summary.ModelPackageArn) continue
          const version = String(summary.ModelPackageVersion ?? summary.ModelPackageArn.split('/').pop())
          listed.push({ arn: summary.ModelPackageArn, version, request })
        }
      }
    } catch (error) {
      listRequests.push(failed('ListModelPackages', region, error))
      const failure = describeSageMakerError(error, 'ListModelPackages', region, `group ${group}`)
      if (isCredentialError(error)) {
        await regionFailure(listRequests, failure)
        return counts
      }
      await add({
        path: `evidence/models/sagemaker/${segment(region)}/${where}.json`,
        source: 'sagemaker',
        subject: `sagemaker:${region}/${subjectGroup}`,
        kind: SAGEMAKER_KIND,
        requests: listRequests,
        error: failure
      })
      continue
    }

    for (const { arn, version, request: listRequest } of listed) {
      const record: EvidenceRecord<SageMakerPackageData> = {
        path: `evidence/models/sagemaker/${segment(region)}/${where}/${segment(version)}.json`,
        source: 'sagemaker',
        subject: `sagemaker:${region}/${subjectGroup}/${version}`,
        kind: SAGEMAKER_KIND,
        requests: [listRequest]
      }
      let described
      try {
        const output = await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arn }))
        described = succeeded('DescribeModelPackage', region, output)
        record.requests.push(described.request)
      } catch (error) {
        record.requests.push(failed('DescribeModelPackage', region, error))
        const failure = describeSageMakerError(error, 'DescribeModelPackage', region, arn)
        if (isCredentialError(error)) {
          await regionFailure(record.requests, failure)
          return counts
        }
        await add({ ...record, error: failure })
        continue
      }
      const reports: SageMakerReport[] = []
      const metrics = (described.body as { ModelMetrics?: ModelMetrics }).ModelMetrics
      for (const [kind, pick] of REPORTS) {
        const source = metrics ? pick(metrics) : undefined
        if (!source?.S3Uri) continue
        const { report, request } = await readReport(s3, kind, source)
        if (request) record.requests.push(request)
        if (report.error) counts.errors++
        reports.push(report)
      }
      const pkg = described.body as SageMakerPackageJson
      record.data = {
        group,
        package: pkg,
        reports,
        ...(owner ? { shared: { owner, groupArn: ref } } : {})
      }
      if (pkg.ModelApprovalStatus === 'Approved') {
        if (owner) {
          record.data.approvalLookup = {
            status: 'not-applicable',
            detail: `the group is shared from account ${owner}, whose CloudTrail holds its approvals`
          }
        } else {
          approvals ??= lookUpApprovals(cloudtrail, region)
          const history = await approvals
          record.requests.push(...history.requests)
          record.data.approvalLookup = history.lookup
          if (history.lookup.status === 'done') {
            // SageMaker writes ARNs in lower case; the caller may have sent either.
            const own = (pkg.ModelPackageArn ?? arn).toLowerCase()
            record.data.approvalEvents = history.events.filter(
              (event) => event.modelPackageArn?.toLowerCase() === own
            )
          } else counts.errors++
        }
      }
      counts.packages++
      await add(record)
    }
  }
  return counts
}

function optional<K extends string, V>(key: K, value: V | undefined | null): { [P in K]?: V } {
  return (value === undefined || value === null || value === '' ? {} : { [key]: value }) as { [P in K]?: V }
}

/** Which digest a ContentDigest holds. Hex is tried before base64: hex digits are also base64 characters. */
export function digestForm(declared: string): {
  form: DigestForm
  algorithm?: 'sha256' | 'md5'
  bytes?: Buffer
} {
  const value = declared.trim()
  const prefixed = /^sha-?256[:=](.+)$/i.exec(value)
  const body = prefixed ? prefixed[1]! : value
  if (/^[0-9a-f]{64}$/i.test(body)) {
    return {
      form: prefixed ? 'sha256-prefixed' : 'sha256-hex',
      algorithm: 'sha256',
      bytes: Buffer.from(body, 'hex')
    }
  }
  if (!prefixed && /^[0-9a-f]{32}$/i.test(body)) {
    return { form: 'md5-hex', algorithm: 'md5', bytes: Buffer.from(body, 'hex') }
  }
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(body) && body.length % 4 === 0) {
    const bytes = Buffer.from(body, 'base64')
    if (bytes.length === 32)
      return { form: prefixed ? 'sha256-prefixed' : 'sha256-base64', algorithm: 'sha256', bytes }
    if (bytes.length === 16 && !prefixed) return { form: 'md5-base64', algorithm: 'md5', bytes }
  }
  return { form: 'unrecognized' }
}

async function readReport(
  s3: S3Client,
  kind: string,
  source: MetricsSource
): Promise<{ report: SageMakerReport; request?: RequestRecord }> {
  const s3Uri = source.S3Uri!
  const report: SageMakerReport = {
    kind,
    s3Uri,
    ...optional('contentType', source.ContentType),
    ...optional('contentDigest', source.ContentDigest)
  }
  const declared = source.ContentDigest ? digestForm(source.ContentDigest) : undefined
  if (declared) report.digestForm = declared.form
  const location = /^s3:\/\/([^/]+)\/(.+)$/.exec(s3Uri)
  if (!location) {
    report.error = `${s3Uri} is not an s3://bucket/key URI`
    return { report }
  }
  const request: RequestRecord = { method: 'GetObject', path: s3Uri, time: '', status: 0 }
  try {
    const response = await s3.send(new GetObjectCommand({ Bucket: location[1], Key: location[2] }))
    const sha256 = createHash('sha256')
    const md5 = createHash('md5')
    const kept: Buffer[] = []
    let size = 0
    for await (const chunk of (response.Body ?? []) as AsyncIterable<Uint8Array>) {
      sha256.update(chunk)
      md5.update(chunk)
      size += chunk.length
      if (size <= MAX_CONTENT_BYTES) kept.push(Buffer.from(chunk))
    }
    const sha256Bytes = sha256.digest()
    const md5Bytes = md5.digest()
    request.time = new Date().toISOString()
    request.status = response.$metadata.httpStatusCode ?? 200
    request.responseSha256 = sha256Bytes.toString('hex')
    report.size = size
    report.object = {
      ...optional('eTag', response.ETag),
      ...optional('versionId', response.VersionId),
      ...optional('lastModified', response.LastModified?.toISOString())
    }
    report.computed = {
      sha256Hex: sha256Bytes.toString('hex'),
      ...(declared?.algorithm === 'md5' ? { md5Base64: md5Bytes.toString('base64') } : {})
    }
    if (declared?.bytes) {
      report.digestMatches = declared.bytes.equals(declared.algorithm === 'md5' ? md5Bytes : sha256Bytes)
    }
    const json = /json/i.test(source.ContentType ?? '') || /\.json$/i.test(s3Uri)
    if (size > MAX_CONTENT_BYTES) {
      report.contentOmitted = `larger than ${MAX_CONTENT_BYTES / 1024 / 1024} MB`
    } else if (json) {
      try {
        report.content = JSON.parse(Buffer.concat(kept).toString('utf8'))
      } catch (error) {
        report.error = `declared as JSON (${source.ContentType}) but is not valid JSON: ${(error as Error).message}`
      }
    }
  } catch (error) {
    request.time = new Date().toISOString()
    request.status = statusOf(error) ?? 0
    report.error = describeS3ReadError(error, s3Uri)
  }
  return { report, request }
}

interface GroupRef {
  name: string
  /** What ListModelPackages is given: the name, or the ARN of a group another account shares. */
  ref: string
  owner?: string
}

function groupRef(nameOrArn: string): GroupRef {
  const arn = /^arn:aws[\w-]*:sagemaker:[\w-]+:(\d{12}):model-package-group\/(.+)$/.exec(nameOrArn)
  return arn ? { name: arn[2]!, ref: nameOrArn, owner: arn[1]! } : { name: nameOrArn, ref: nameOrArn }
}

interface ApprovalHistory {
  lookup: ApprovalLookup
  events: ApprovalEvent[]
  requests: RequestRecord[]
}

/**
 * Every UpdateModelPackage event of the region's CloudTrail event history, newest first. Looked up by
 * EventName, not ResourceName: SageMaker's CloudTrail entries carry no `resources` list (see the examples
 * in "Understand SageMaker AI log file entries"), so a ResourceName lookup finds nothing; the package is
 * matched by `requestParameters.modelPackageArn`. Once per region, shared by its packages.
 */
async function lookUpApprovals(cloudtrail: CloudTrailClient, region: string): Promise<ApprovalHistory> {
  const since = new Date(Date.now() - EVENT_HISTORY_DAYS * 86_400_000)
  const requests: RequestRecord[] = []
  const events: ApprovalEvent[] = []
  let pages = 0
  try {
    const paginator = paginateLookupEvents(
      { client: cloudtrail, pageSize: 50 },
      {
        LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'UpdateModelPackage' }],
        StartTime: since
      }
    )
    for await (const page of paginator) {
      pages++
      const { request } = succeeded('LookupEvents', region, page)
      requests.push({ ...request, path: `cloudtrail:${region}` })
      for (const event of page.Events ?? []) {
        const reduced = reduceApprovalEvent(event)
        if (reduced) events.push(reduced)
      }
      if (pages >= MAX_EVENT_PAGES && page.NextToken) {
        return { lookup: { status: 'done', since: since.toISOString(), truncated: true }, events, requests }
      }
    }
  } catch (error) {
    requests.push({ ...failed('LookupEvents', region, error), path: `cloudtrail:${region}` })
    const failure = describeSageMakerError(error, 'LookupEvents', region, 'UpdateModelPackage events')
    return {
      lookup: {
        status: 'error',
        detail: failure.message
      },
      events: [],
      requests
    }
  }
  events.sort((a, b) => b.eventTime.localeCompare(a.eventTime))
  return { lookup: { status: 'done', since: since.toISOString() }, events, requests }
}

function succeeded<T extends { $metadata?: { httpStatusCode?: number } }>(
  operation: string,
  region: string,
  output: T
): { request: RequestRecord; body: Omit<T, '$metadata'> } {
  const { $metadata, ...rest } = output
  // Stored as it will be read back from the bundle (dates as ISO strings), hashed as stored.
  const text = JSON.stringify(rest)
  return {
    request: {
      method: operation,
      path: `sagemaker:${region}`,
      time: new Date().toISOString(),
      status: $metadata?.httpStatusCode ?? 200,
      responseSha256: createHash('sha256').update(text).digest('hex')
    },
    body: JSON.parse(text) as Omit<T, '$metadata'>
  }
}

function failed(operation: string, region: string, error: unknown): RequestRecord {
  return {
    method: operation,
    path: `sagemaker:${region}`,
    time: new Date().toISOString(),
    status: statusOf(error) ?? 0
  }
}

/**
 * A SageMaker failure in words that say what to fix. Messages of refused credentials are left out: a
 * signature error can quote the signed request, headers and session token included.
 */
export function describeSageMakerError(
  error: unknown,
  operation: string,
  region: string,
  target?: string
): CollectionError {
  const status = statusOf(error)
  const name = errorName(error)
  const where = `${operation} in ${region}${target ? ` (${target})` : ''}`
  const action = operation === 'LookupEvents' ? 'cloudtrail:LookupEvents' : `sagemaker:${operation}`
  const message = safeMessage(error)
  if (name === 'CredentialsProviderError') {
    return {
      message: `${where}: no AWS credentials were found. Give the job an AWS role before this step (e.g. aws-actions/configure-aws-credentials with OIDC).`
    }
  }
  if (isCredentialError(error)) {
    return {
      ...optional('status', status),
      message: `${where}: the AWS credentials were refused (${name}). Check that they are current and for the right partition; the role session may have expired.`
    }
  }
  if (name === 'AccessDeniedException' || name === 'AccessDenied' || status === 403) {
    return {
      status: status ?? 403,
      message: `${where}: access denied (${message}). Grant the role ${action}.`,
      missingPermission: action
    }
  }
  if (name === 'ThrottlingException' || name === 'Throttling' || status === 429) {
    return {
      ...optional('status', status),
      message: `${where}: still throttled after the SDK's retries (${message}).`
    }
  }
  if (name === 'ResourceNotFound' || name === 'ResourceNotFoundException') {
    return { ...optional('status', status), message: `${where}: not found (${message}).` }
  }
  const code = (error as { code?: string }).code
  if (code === 'ENOTFOUND' || code === 'ECONNREFUSED' || code === 'EAI_AGAIN' || code === 'ETIMEDOUT') {
    return {
      message: `${where}: cannot reach the SageMaker endpoint (${code}). Check the region and endpoint.`
    }
  }
  return { ...optional('status', status), message: `${where} failed: ${name ?? 'error'}: ${message}` }
}

function describeS3ReadError(error: unknown, s3Uri: string): string {
  const name = errorName(error)
  const status = statusOf(error)
  if (isCredentialError(error)) return `GetObject ${s3Uri}: the AWS credentials were refused (${name})`
  if (name === 'AccessDenied' || status === 403) {
    const action = /perform: ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(safeMessage(error))?.[1] ?? 's3:GetObject'
    return `GetObject ${s3Uri}: access denied for ${action} (${safeMessage(error)}). Grant the role s3:GetObject on the report's bucket (and kms:Decrypt when it is encrypted with a KMS key).`
  }
  if (name === 'NoSuchKey' || (status === 404 && name !== 'NoSuchBucket')) {
    return `GetObject ${s3Uri}: the report file does not exist (NoSuchKey)`
  }
  if (name === 'NoSuchBucket') return `GetObject ${s3Uri}: the bucket does not exist (NoSuchBucket)`
  return `GetObject ${s3Uri} failed: ${name ?? 'error'}: ${safeMessage(error)}`
}

/** A name as one path segment of the bundle: nothing that could climb out of the directory. */
function segment(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]/g, '_')
  return /^\.+$/.test(safe) ? safe.replace(/\./g, '_') : safe
}
