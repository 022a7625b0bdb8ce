/**
 * One model version as the checks see it, whatever registry it came from. Each registry's collector
 * records the raw responses; a pure normalizer per registry turns them into this shape, so `verify`
 * re-derives it (and the findings) from the bundle.
 */
/** Evidence kinds the model sources record. */
export const INVENTORY_KIND = 'models.inventory'
export const RESULTS_KIND = 'models.results'
export const MLFLOW_KIND = 'models.mlflow.version'
export const MLFLOW_REGISTRY_KIND = 'models.mlflow.registry'
export const HF_KIND = 'models.huggingface.model'
export const SAGEMAKER_KIND = 'models.sagemaker.package'

export type RegistryKind = 'mlflow' | 'sagemaker' | 'huggingface' | 'results'

export interface ModelMetric {
  name: string
  value: number
  /** ISO 8601 time the value was recorded, when known. */
  at?: string
  /** Where the value comes from, e.g. `mlflow run 9f2c…`, `model-index`, `s3://…/statistics.json`. */
  source: string
  /** The dataset (and version or digest) the value was computed on, where the source records it. */
  dataset?: string
}

export interface ModelVersionView {
  registry: RegistryKind
  /** e.g. `mlflow:churn-xgb@3`, `sagemaker:123456789012/eu-west-1/churn/7`, `huggingface:acme/ticket-router@<sha>`. */
  subject: string
  name: string
  version: string
  /** Production according to the configured aliases / stages / approval status. */
  production: boolean
  /** Aliases, stage or approval status, as the registry says. */
  labels: string[]
  createdBy?: string
  createdAt?: string
  approval?: {
    status: string
    by?: string
    at?: string
    note?: string
    /** Why the recorded approval does not count (e.g. the approver is the creator under another identity). */
    problems?: string[]
    /** Why it could not be established who approved (e.g. the audit log could not be read): `error`, not `fail`. */
    undetermined?: string
  }
  description?: string
  /** Sections of the model card / description that an auditor looks for. */
  documentation: {
    intendedUse: boolean
    limitations: boolean
    source?: string
    /** Further sections the registry's card format requires that are empty (e.g. `training details`). */
    missing?: string[]
  }
  /** `problems`: provenance that is named but not pinned (e.g. a dataset without a revision). */
  lineage: { runId?: string; datasets: string[]; problems?: string[] }
  metrics: ModelMetric[]
  /** Monitoring and event logging declared for the version (tags, model card, registry settings). */
  monitoring: { declared: boolean; detail?: string }
  /** Integrity problems found while collecting (e.g. a SageMaker metrics report whose ContentDigest does not match). */
  integrityProblems: string[]
  /** Bundle-relative paths of the raw evidence this view was derived from. */
  evidence: string[]
}

/** Results of the pipeline's own model tests (JSON or JUnit XML result files). */
export interface ModelTestResults {
  file: string
  model?: string
  /** The model version the results are for: results count only for that version. */
  version?: string
  /** ISO 8601 time the tests ran (JUnit `timestamp`, JSON `timestamp`); results without one cannot be shown current. */
  at?: string
  tests: {
    name: string
    status: 'passed' | 'failed' | 'skipped' | 'error'
    message?: string
    required?: boolean
  }[]
  metrics: ModelMetric[]
}

/** MLflow (REST API 2.0) responses as recorded: one record per model version. */
export interface MlflowTag {
  key: string
  value: string
}
export interface MlflowRegisteredModel {
  name: string
  description?: string
  tags?: MlflowTag[]
  /** Observed on MLflow 2.17.2 (issue #10): the registered model is where search answers carry aliases. */
  aliases?: { alias: string; version: string }[]
  latest_versions?: MlflowModelVersion[]
}
/** Observed on MLflow 2.17.2 (issue #10): no `user_id`; missing description, `run_id`, `run_link` are "". */
export interface MlflowModelVersion {
  name: string
  version: string
  creation_timestamp?: number
  last_updated_timestamp?: number
  user_id?: string
  current_stage?: string
  description?: string
  source?: string
  run_id?: string
  run_link?: string
  tags?: MlflowTag[]
  /** Only `model-versions/get` fills this in; search leaves it out. */
  aliases?: string[]
}
export interface MlflowRun {
  info: {
    run_id: string
    run_name?: string
    user_id?: string
    status?: string
    start_time?: number
    end_time?: number
    /** `deleted` for a run in the trash, which MLflow still serves. */
    lifecycle_stage?: string
  }
  data: {
    metrics?: { key: string; value: number; timestamp: number }[]
    params?: MlflowTag[]
    tags?: MlflowTag[]
  }
  inputs?: {
    dataset_inputs?: { tags?: MlflowTag[]; dataset: { name: string; digest?: string; source?: string } }[]
  }
}
export interface MlflowVersionEvidence {
  model: MlflowRegisteredModel
  version: MlflowModelVersion
  run?: MlflowRun
  runError?: string
}

export interface MlflowSettings {
  url: string
  models?: string[]
  'production-aliases': string[]
  'production-stages': string[]
}

/** Hugging Face Hub responses as recorded: one record per model at its deployed revision. */
export interface HfModelIndexEntry {
  name?: string
  results?: {
    task?: { type?: string }
    /** model-index spec: `type` is the Hub dataset id, `revision` the dataset commit evaluated on. */
    dataset?: { name?: string; type?: string; split?: string; config?: string; revision?: string }
    metrics?: { type: string; value: number | string; name?: string }[]
  }[]
}
export interface HfModelInfo {
  id: string
  sha: string
  author?: string
  lastModified?: string
  createdAt?: string
  pipeline_tag?: string
  tags?: string[]
  gated?: false | 'auto' | 'manual'
  siblings?: { rfilename: string }[]
  cardData?: { 'model-index'?: HfModelIndexEntry[]; datasets?: string[] | string; [key: string]: unknown }
}
/** `lastCommit` of a paths-info entry requested with `expand`: the commit that last changed the file. */
export interface HfLastCommit {
  id: string
  title?: string
  date: string
}
export interface HfPathInfo {
  type: string
  path: string
  oid?: string
  size?: number
  lastCommit?: HfLastCommit
}
export interface HfModelEvidence {
  /** The revision configured as deployed (branch, tag or commit); `info.sha` is the commit it resolved to. */
  revision?: string
  info: HfModelInfo
  /** The model card (README.md) at `info.sha`, when there is one. */
  card?: string
  /** `.eval_results/*.yaml` at `info.sha` (https://huggingface.co/docs/hub/eval-results). */
  evalFiles?: { path: string; content: string }[]
  /** paths-info with `expand=true` for the card and the eval files: when each last changed. */
  paths?: HfPathInfo[]
}

/** SageMaker Model Registry evidence as recorded: one record per model package version. */
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
  /** The group is shared with this account from another (ListModelPackageGroups, CrossAccount). */
  shared?: { owner: string; groupArn: string }
  /** How the CloudTrail UpdateModelPackage events were looked up, for an Approved package. */
  approvalLookup?: ApprovalLookup
  /** This package's UpdateModelPackage events of the lookup, newest first. */
  approvalEvents?: ApprovalEvent[]
}

export interface ApprovalLookup {
  status: 'done' | 'error' | 'not-applicable'
  /** The start of the event history read (LookupEvents covers the last 90 days). */
  since?: string
  /** More events than were read: the approval may be among the unread ones. */
  truncated?: boolean
  detail?: string
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
  ModelPackageStatus?: string
  ModelLifeCycle?: { Stage?: string; StageStatus?: string; StageDescription?: string }
  [key: string]: unknown
}

export type DigestForm =
  'sha256-prefixed' | 'sha256-hex' | 'sha256-base64' | 'md5-hex' | 'md5-base64' | 'unrecognized'

/** An `UpdateModelPackage` event of CloudTrail, reduced to what says who changed the approval. */
export interface ApprovalEvent {
  eventId: string
  eventTime: string
  /** SHA-256 of the `CloudTrailEvent` JSON as LookupEvents returned it, to match it against the trail. */
  cloudTrailEventSha256: string
  modelPackageArn?: string
  /** `requestParameters.modelApprovalStatus`: absent when the update did not touch the approval. */
  status?: string
  description?: string
  /** Set when the call failed (e.g. AccessDenied): such an event changed nothing. */
  errorCode?: string
  identity: {
    type?: string
    arn?: string
    principalId?: string
    accountId?: string
    userName?: string
    /** `sessionContext.sessionIssuer.arn`: the role behind an assumed-role session. */
    issuerArn?: string
    /** `sessionContext.sourceIdentity` (e.g. the Studio user profile, with ExecutionRoleIdentityConfig). */
    sourceIdentity?: string
    invokedBy?: string
  }
}

/** SageMaker's UserContext (CreatedBy / LastModifiedBy of DescribeModelPackage). */
export interface UserContextJson {
  UserProfileName?: string
  UserProfileArn?: string
  DomainId?: string
  IamIdentity?: { Arn?: string; PrincipalId?: string; SourceIdentity?: string }
}
