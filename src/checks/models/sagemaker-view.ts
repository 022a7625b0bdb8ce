import type { EvidenceRecord } from '../../model.js'
import { principalOfEvent, principalOfUserContext, sameApprover } from './sagemaker-approval.js'
import type { UserContextJson } from '../../evidence/models.js'
import { clarifyMetrics } from './sagemaker-clarify.js'
import {
  SAGEMAKER_KIND,
  type ModelMetric,
  type ModelVersionView,
  type SageMakerPackageData,
  type SageMakerPackageJson,
  type SageMakerReport
} from '../../evidence/models.js'

/**
 * The SageMaker model package as the checks see it. Pure: `verify` re-derives it from the bundle.
 *
 * - production: ModelApprovalStatus is one of `productionStatuses`, or the ModelLifeCycle stage is one of
 *   `productionStages`; and the package is usable (ModelPackageStatus Completed).
 * - approval: ModelApprovalStatus with its ApprovalDescription; who approved and when from the CloudTrail
 *   UpdateModelPackage event that set the status (not LastModifiedBy: any later edit replaces it),
 *   compared with CreatedBy by role and person (sagemaker-approval.ts). A production lifecycle stage
 *   whose StageStatus is not Approved, or a production package that is not Approved, does not count.
 * - documentation: the package's model card when its ModelCardStatus is Approved (a Draft or PendingReview
 *   card is not documentation yet) (`intended_uses.intended_uses` / `purpose_of_model` /
 *   `business_details.business_problem` for intended use; `intended_uses.factors_affecting_model_efficiency`,
 *   `explanations_for_risk_rating`, a `risk_rating` other than Unknown, or
 *   `additional_information.caveats_and_recommendations` for limitations), else the package description
 *   mentioning "intended use" / "limitation".
 * - lineage.runId: MetadataProperties.GeneratedBy (the pipeline execution or job that registered it),
 *   else MetadataProperties.ProjectId.
 * - lineage.datasets: values of CustomerMetadataProperties whose key names a dataset (`training_dataset`,
 *   `validation_data_uri`, `dataset`, …), then the DriftCheckBaselines ModelDataQuality statistics (the
 *   baseline SageMaker computed from the training data).
 * - metrics: every `{ "<name>": { "value": n } }` in the ModelQuality statistics report (dated by its
 *   `dataset.evaluation_time`, else when the report was written to S3), and the Clarify bias metrics of the
 *   Bias reports (sagemaker-clarify.ts).
 * - integrityProblems: a report whose ContentDigest does not match, is not a digest, or is missing.
 * - monitoring: CustomerMetadataProperties `monitoring`, or DriftCheckBaselines on the package.
 */
export function sageMakerVersionView(
  record: EvidenceRecord,
  productionStatuses: string[] = ['Approved'],
  productionStages: string[] = ['Production']
): ModelVersionView | undefined {
  if (record.kind !== SAGEMAKER_KIND || record.error || !record.data) return undefined
  const data = record.data as SageMakerPackageData
  const pkg = data.package
  if (!pkg) return undefined
  const status = pkg.ModelApprovalStatus
  const lifeCycle = pkg.ModelLifeCycle
  const stageInProduction = !!lifeCycle?.Stage && productionStages.includes(lifeCycle.Stage)
  const deployed = (status !== undefined && productionStatuses.includes(status)) || stageInProduction
  // Only a Completed package can be deployed; one without a status is kept in, so it is not lost silently.
  const usable = pkg.ModelPackageStatus === undefined || pkg.ModelPackageStatus === 'Completed'
  const customer = pkg.CustomerMetadataProperties ?? {}
  const modelQuality = data.reports.find((report) => report.kind === 'ModelQuality.Statistics')
  const metrics = [
    ...(modelQuality?.content
      ? metricsOf(modelQuality.content, modelQuality.s3Uri, modelQuality.object?.lastModified)
      : []),
    ...data.reports
      .filter((report) => report.kind.startsWith('Bias.') && report.content)
      .flatMap((report) => clarifyMetrics(report.content, report.s3Uri, report.object?.lastModified))
  ]
  const driftBaselines = Object.entries(pkg.DriftCheckBaselines ?? {})
    .filter(([, value]) => value && Object.keys(value).length > 0)
    .map(([key]) => key)
  const monitoringKey = Object.keys(customer).find((key) => /^monitoring$/i.test(key))

  return {
    registry: 'sagemaker',
    subject: record.subject,
    name: data.group,
    version: String(pkg.ModelPackageVersion ?? record.subject.split('/').pop()),
    production: deployed && usable,
    labels: [
      ...(status ? [status] : []),
      ...(lifeCycle?.Stage
        ? [`stage ${lifeCycle.Stage}${lifeCycle.StageStatus ? ` (${lifeCycle.StageStatus})` : ''}`]
        : []),
      ...(pkg.ModelPackageStatus && pkg.ModelPackageStatus !== 'Completed'
        ? [`ModelPackageStatus ${pkg.ModelPackageStatus}`]
        : []),
      ...(data.shared ? [`shared from account ${data.shared.owner}`] : [])
    ],
    ...optional('createdBy', userOf(pkg.CreatedBy)),
    ...optional('createdAt', pkg.CreationTime),
    ...(status || stageInProduction ? { approval: approvalOf(data, stageInProduction) } : {}),
    ...optional('description', pkg.ModelPackageDescription),
    documentation: documentationOf(pkg),
    lineage: {
      ...optional('runId', pkg.MetadataProperties?.GeneratedBy ?? pkg.MetadataProperties?.ProjectId),
      datasets: datasetsOf(pkg)
    },
    metrics,
    monitoring:
      monitoringKey !== undefined
        ? {
            declared: true,
            detail: `CustomerMetadataProperties.${monitoringKey}: ${customer[monitoringKey]}`
          }
        : driftBaselines.length > 0
          ? { declared: true, detail: `DriftCheckBaselines: ${driftBaselines.join(', ')}` }
          : { declared: false },
    integrityProblems: [
      ...(pkg.ModelPackageStatus === undefined ? ['DescribeModelPackage gave no ModelPackageStatus'] : []),
      ...data.reports.flatMap(integrityProblem)
    ],
    evidence: [record.path]
  }
}

function optional<K extends string, V>(key: K, value: V | undefined | null): { [P in K]?: V } {
  return (value === undefined || value === null || value === '' ? {} : { [key]: value }) as { [P in K]?: V }
}

function approvalOf(
  data: SageMakerPackageData,
  stageInProduction: boolean
): NonNullable<ModelVersionView['approval']> {
  const pkg = data.package
  const status = pkg.ModelApprovalStatus ?? 'unknown'
  const note = optional('note', pkg.ApprovalDescription)
  const lifeCycle = pkg.ModelLifeCycle
  const problems: string[] = []
  if (status !== 'Approved') problems.push(`ModelApprovalStatus is ${status}, not Approved`)
  if (stageInProduction && lifeCycle?.StageStatus !== 'Approved') {
    problems.push(
      `lifecycle stage ${lifeCycle?.Stage} has StageStatus ${lifeCycle?.StageStatus ?? '(none)'}, not Approved`
    )
  }
  if (status !== 'Approved') return { status, ...note, ...(stageInProduction ? { problems } : {}) }
  const lookup = data.approvalLookup
  const editor = userOf(pkg.LastModifiedBy)
  if (!lookup || lookup.status !== 'done') {
    const undetermined = `Approved, but who approved cannot be established: ${lookup?.detail ?? 'no CloudTrail lookup is recorded'}${editor ? ` (LastModifiedBy ${editor} is only whoever last edited the package)` : ''}`
    // A failing lifecycle stage is a finding whoever approved.
    return problems.length > 0
      ? { status, ...note, problems: [...problems, undetermined] }
      : { status, ...note, undetermined }
  }
  const event = (data.approvalEvents ?? []).find((e) => !e.errorCode && e.status === 'Approved')
  if (!event) {
    if (lookup.truncated) {
      return {
        status,
        ...note,
        undetermined: `Approved, but no UpdateModelPackage event setting Approved was found in the events read since ${lookup.since}, and the history has more events than were read`
      }
    }
    return {
      status,
      ...note,
      problems: [
        ...problems,
        `Approved, but no UpdateModelPackage event that set Approved is in CloudTrail's event history since ${lookup.since} (registered as Approved by its creator, or approved before then)${editor ? `; LastModifiedBy ${editor} is only whoever last edited it` : ''}`
      ]
    }
  }
  const approver = principalOfEvent(event.identity)
  const creator = principalOfUserContext(pkg.CreatedBy)
  const same = creator ? sameApprover(approver, creator) : undefined
  if (!creator) problems.push('CreatedBy is not recorded, so the approval cannot be shown to be independent')
  if (same)
    problems.push(
      `${same} (created by ${creator!.display}; CloudTrail event ${event.eventId} at ${event.eventTime} by ${approver.display})`
    )
  return {
    status,
    by: approver.display,
    at: event.eventTime,
    note: `${pkg.ApprovalDescription ? `${pkg.ApprovalDescription} ` : ''}(CloudTrail UpdateModelPackage event ${event.eventId})`,
    ...(problems.length > 0 ? { problems } : {})
  }
}

function userOf(user: UserContextJson | undefined): string | undefined {
  return (
    user?.UserProfileName ??
    user?.IamIdentity?.SourceIdentity ??
    user?.IamIdentity?.Arn ??
    user?.UserProfileArn
  )
}

function documentationOf(pkg: SageMakerPackageJson): ModelVersionView['documentation'] {
  const content = pkg.ModelCard?.ModelCardContent
  const cardStatus = pkg.ModelCard?.ModelCardStatus
  const unapprovedCard =
    content && cardStatus !== 'Approved'
      ? `the ModelCard is ${cardStatus ?? 'without a ModelCardStatus'}, not Approved`
      : undefined
  if (content && !unapprovedCard) {
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
  if (intendedUse || limitations) {
    return {
      intendedUse,
      limitations,
      source: `ModelPackageDescription${unapprovedCard ? ` (${unapprovedCard})` : ''}`
    }
  }
  return {
    intendedUse: false,
    limitations: false,
    ...(unapprovedCard ? { source: `model card (${unapprovedCard})` } : {})
  }
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
function metricsOf(content: unknown, source: string, written?: string): ModelMetric[] {
  const metrics = new Map<string, ModelMetric>()
  const dataset = (content as { dataset?: { evaluation_time?: unknown } } | null)?.dataset
  const at = typeof dataset?.evaluation_time === 'string' ? dataset.evaluation_time : written
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
  if (!report.contentDigest) {
    return [`${where} has no ContentDigest, so the file in S3 cannot be shown to be the one registered`]
  }
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
