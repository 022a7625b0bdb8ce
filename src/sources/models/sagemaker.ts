import { createHash } from 'node:crypto'
import {
  DescribeModelPackageCommand,
  SageMakerClient,
  paginateListModelPackageGroups,
  paginateListModelPackages,
  type MetricsSource,
  type ModelMetrics
} from '@aws-sdk/client-sagemaker'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { CollectionError, EvidenceRecord, RequestRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import type { ModelMetric, ModelVersionView } from './types.js'
import { errorName, isCredentialError, safeMessage, statusOf } from '../aws/errors.js'

export const SAGEMAKER_KIND = 'models.sagemaker.package'

export interface SageMakerOptions {
  region: string
  /** Model package group names (or ARNs, for groups shared from another account); default: every group. */
  groups?: string[]
  /** SageMaker API endpoint (VPC endpoint, simulator). S3 reads the SDK's own AWS_ENDPOINT_URL_S3. */
  endpoint?: string
}

/** One metrics report of `ModelMetrics`, read back from S3 and checked against its `ContentDigest`. */
export interface SageMakerReport {
  /** Where in `ModelMetrics` it is declared, e.g. `ModelQuality.Statistics`, `Bias.PostTrainingReport`. */
  kind: string
  s3Uri: string
  contentType?: string
  /** As declared on the model package. */
  contentDigest?: string
  /** How `contentDigest` was read; `unrecognized` when it is neither SHA-256 nor MD5 in a known form. */
  digestForm?: DigestForm
  size?: number
  /** S3's identity of the object that was read, so an overwritten report can be told apart later. */
  object?: { eTag?: string; versionId?: string; lastModified?: string }
  computed?: { sha256Hex: string; md5Base64?: string }
  /** Absent when no digest is declared, the form is unrecognized, or the file could not be read. */
  digestMatches?: boolean
  /** The parsed report, when it is JSON and smaller than 5 MB. */
  content?: unknown
  contentOmitted?: string
  error?: string
}

export interface SageMakerPackageData {
  group: string
  /** The DescribeModelPackage response as returned, without `$metadata` (dates as ISO 8601 strings). */
  package: SageMakerPackageJson
  reports: SageMakerReport[]
}

/** The fields of a DescribeModelPackage response that the view reads, as they are stored (JSON). */
export interface SageMakerPackageJson {
  ModelPackageGroupName?: string
  ModelPackageVersion?: number
  ModelPackageArn?: string
  ModelPackageDescription?: string
  CreationTime?: string
  ModelApprovalStatus?: string
  CreatedBy?: UserContextJson
  LastModifiedBy?: UserContextJson
  LastModifiedTime?: string
  ApprovalDescription?: string
  MetadataProperties?: { CommitId?: string; Repository?: string; GeneratedBy?: string; ProjectId?: string }
  CustomerMetadataProperties?: Record<string, string>
  DriftCheckBaselines?: Record<string, Record<string, { S3Uri?: string } | undefined> | undefined>
  ModelCard?: { ModelCardContent?: string; ModelCardStatus?: string }
  [key: string]: unknown
}

interface UserContextJson {
  UserProfileName?: string
  UserProfileArn?: string
  IamIdentity?: { Arn?: string }
}

export type DigestForm =
  'sha256-prefixed' | 'sha256-hex' | 'sha256-base64' | 'md5-hex' | 'md5-base64' | 'unrecognized'

/** Reports larger than this are hashed and checked, but not stored in the record. */
const MAX_CONTENT_BYTES = 5 * 1024 * 1024
const PAGE_SIZE = 100

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
  clients: { sagemaker?: SageMakerClient; s3?: S3Client } = {}
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

  let groups = options.groups
  if (!groups) {
    groups = []
    const requests: RequestRecord[] = []
    try {
      const pages = paginateListModelPackageGroups({ client: sagemaker, pageSize: PAGE_SIZE }, {})
      for await (const page of pages) {
        requests.push(succeeded('ListModelPackageGroups', region, page).request)
        for (const summary of page.ModelPackageGroupSummaryList ?? []) {
          if (summary.ModelPackageGroupName) groups.push(summary.ModelPackageGroupName)
        }
      }
    } catch (error) {
      requests.push(failed('ListModelPackageGroups', region, error))
      await regionFailure(requests, describeSageMakerError(error, 'ListModelPackageGroups', region))
      return counts
    }
  }

  for (const group of groups) {
    const listed: { arn: string; version: string; request: RequestRecord }[] = []
    const listRequests: RequestRecord[] = []
    try {
      const pages = paginateListModelPackages(
        { client: sagemaker, pageSize: PAGE_SIZE },
        { ModelPackageGroupName: group, ModelPackageType: 'Versioned' }
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
        path: `evidence/models/sagemaker/${segment(region)}/${segment(group)}.json`,
        source: 'sagemaker',
        subject: `sagemaker:${region}/${group}`,
        kind: SAGEMAKER_KIND,
        requests: listRequests,
        error: failure
      })
      continue
    }

    for (const { arn, version, request: listRequest } of listed) {
      const record: EvidenceRecord<SageMakerPackageData> = {
        path: `evidence/models/sagemaker/${segment(region)}/${segment(group)}/${segment(version)}.json`,
        source: 'sagemaker',
        subject: `sagemaker:${region}/${group}/${version}`,
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
      record.data = { group, package: described.body as SageMakerPackageJson, reports }
      counts.packages++
      await add(record)
    }
  }
  return counts
}

/**
 * The SageMaker model package as the checks see it. Pure: `verify` re-derives it from the bundle.
 *
 * - production: ModelApprovalStatus is one of `productionStatuses`.
 * - approval.by / approval.at: LastModifiedBy / LastModifiedTime when the status is Approved. SageMaker
 *   keeps no separate approval time; a later edit of the package moves them.
 * - documentation: the package's model card (`intended_uses.intended_uses` / `purpose_of_model` /
 *   `business_details.business_problem` for intended use; `intended_uses.factors_affecting_model_efficiency`,
 *   `explanations_for_risk_rating`, a `risk_rating` other than Unknown, or
 *   `additional_information.caveats_and_recommendations` for limitations), else the package description
 *   mentioning "intended use" / "limitation".
 * - lineage.runId: MetadataProperties.GeneratedBy (the pipeline execution or job that registered it),
 *   else MetadataProperties.ProjectId.
 * - lineage.datasets: values of CustomerMetadataProperties whose key names a dataset (`training_dataset`,
 *   `validation_data_uri`, `dataset`, …), then the DriftCheckBaselines ModelDataQuality statistics (the
 *   baseline SageMaker computed from the training data).
 * - metrics: every `{ "<name>": { "value": n } }` in the ModelQuality statistics report.
 * - monitoring: CustomerMetadataProperties `monitoring`, or DriftCheckBaselines on the package.
 */
export function sageMakerVersionView(
  record: EvidenceRecord,
  productionStatuses: string[] = ['Approved']
): ModelVersionView | undefined {
  if (record.kind !== SAGEMAKER_KIND || record.error || !record.data) return undefined
  const data = record.data as SageMakerPackageData
  const pkg = data.package
  if (!pkg) return undefined
  const status = pkg.ModelApprovalStatus
  const approved = status === 'Approved'
  const customer = pkg.CustomerMetadataProperties ?? {}
  const modelQuality = data.reports.find((report) => report.kind === 'ModelQuality.Statistics')
  const driftBaselines = Object.entries(pkg.DriftCheckBaselines ?? {})
    .filter(([, value]) => value && Object.keys(value).length > 0)
    .map(([key]) => key)
  const monitoringKey = Object.keys(customer).find((key) => /^monitoring$/i.test(key))

  return {
    registry: 'sagemaker',
    subject: record.subject,
    name: data.group,
    version: String(pkg.ModelPackageVersion ?? record.subject.split('/').pop()),
    production: status !== undefined && productionStatuses.includes(status),
    labels: status ? [status] : [],
    ...optional('createdBy', userOf(pkg.CreatedBy)),
    ...optional('createdAt', pkg.CreationTime),
    ...(status
      ? {
          approval: {
            status,
            ...optional('by', approved ? userOf(pkg.LastModifiedBy) : undefined),
            ...optional('at', approved ? pkg.LastModifiedTime : undefined),
            ...optional('note', pkg.ApprovalDescription)
          }
        }
      : {}),
    ...optional('description', pkg.ModelPackageDescription),
    documentation: documentationOf(pkg),
    lineage: {
      ...optional('runId', pkg.MetadataProperties?.GeneratedBy ?? pkg.MetadataProperties?.ProjectId),
      datasets: datasetsOf(pkg)
    },
    metrics: modelQuality?.content ? metricsOf(modelQuality.content, modelQuality.s3Uri) : [],
    monitoring:
      monitoringKey !== undefined
        ? {
            declared: true,
            detail: `CustomerMetadataProperties.${monitoringKey}: ${customer[monitoringKey]}`
          }
        : driftBaselines.length > 0
          ? { declared: true, detail: `DriftCheckBaselines: ${driftBaselines.join(', ')}` }
          : { declared: false },
    integrityProblems: data.reports.flatMap(integrityProblem),
    evidence: [record.path]
  }
}

function optional<K extends string, V>(key: K, value: V | undefined | null): { [P in K]?: V } {
  return (value === undefined || value === null || value === '' ? {} : { [key]: value }) as { [P in K]?: V }
}

function userOf(user: UserContextJson | undefined): string | undefined {
  return user?.UserProfileName ?? user?.IamIdentity?.Arn ?? user?.UserProfileArn
}

function documentationOf(pkg: SageMakerPackageJson): ModelVersionView['documentation'] {
  const content = pkg.ModelCard?.ModelCardContent
  if (content) {
    let card: Record<string, Record<string, unknown> | undefined> | undefined
    try {
      card = JSON.parse(content) as typeof card
    } catch {
      card = undefined
    }
    if (card && typeof card === 'object') {
      const uses = card.intended_uses ?? {}
      const extra = card.additional_information ?? {}
      const intendedUse =
        filled(uses.intended_uses) ||
        filled(uses.purpose_of_model) ||
        filled(card.business_details?.business_problem)
      const limitations =
        filled(uses.factors_affecting_model_efficiency) ||
        filled(uses.explanations_for_risk_rating) ||
        (filled(uses.risk_rating) && uses.risk_rating !== 'Unknown') ||
        filled(extra.caveats_and_recommendations)
      if (intendedUse || limitations) return { intendedUse, limitations, source: 'ModelCard' }
    }
  }
  const description = pkg.ModelPackageDescription ?? ''
  const intendedUse = /intended[\s_-]+uses?/i.test(description)
  const limitations = /limitation/i.test(description)
  if (intendedUse || limitations) return { intendedUse, limitations, source: 'ModelPackageDescription' }
  return { intendedUse: false, limitations: false }
}

function filled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.some(filled)
  return value !== undefined && value !== null && typeof value !== 'object'
}

function datasetsOf(pkg: SageMakerPackageJson): string[] {
  const datasets = Object.entries(pkg.CustomerMetadataProperties ?? {})
    .filter(([key]) => /dataset|(^|[_.-])data([_.-]|$)/i.test(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, value]) => value)
    .filter((value) => value.trim() !== '')
  const baseline = pkg.DriftCheckBaselines?.ModelDataQuality?.Statistics?.S3Uri
  if (baseline) datasets.push(baseline)
  return [...new Set(datasets)]
}

/** `{ "<name>": { "value": n } }` leaves anywhere in a statistics report; the first of a name wins. */
function metricsOf(content: unknown, source: string): ModelMetric[] {
  const metrics = new Map<string, ModelMetric>()
  const dataset = (content as { dataset?: { evaluation_time?: unknown } } | null)?.dataset
  const at = typeof dataset?.evaluation_time === 'string' ? dataset.evaluation_time : undefined
  const walk = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || Array.isArray(node) || depth > 8) return
    for (const [key, value] of Object.entries(node)) {
      const leaf = (value as { value?: unknown } | null)?.value
      if (typeof leaf === 'number' && Number.isFinite(leaf)) {
        if (!metrics.has(key)) metrics.set(key, { name: key, value: leaf, ...optional('at', at), source })
      } else {
        walk(value, depth + 1)
      }
    }
  }
  walk(content, 0)
  return [...metrics.values()]
}

function integrityProblem(report: SageMakerReport): string[] {
  const where = `${report.kind} report ${report.s3Uri}`
  if (report.error) return [`${where} could not be read: ${report.error}`]
  if (report.digestForm === 'unrecognized') {
    return [
      `${where}: ContentDigest ${report.contentDigest} is not a SHA-256 or MD5 digest in a recognized form, so the file cannot be verified`
    ]
  }
  if (report.digestMatches === false && report.computed) {
    const md5 = report.digestForm === 'md5-base64' || report.digestForm === 'md5-hex'
    const computed = !md5
      ? `sha256:${report.computed.sha256Hex}`
      : report.digestForm === 'md5-hex'
        ? Buffer.from(report.computed.md5Base64 ?? '', 'base64').toString('hex')
        : report.computed.md5Base64
    return [
      `${where}: ContentDigest ${report.contentDigest} does not match the file in S3 (computed ${computed}); the report was changed after the package was registered, or the digest is wrong`
    ]
  }
  return []
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
  const action = `sagemaker:${operation}`
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
