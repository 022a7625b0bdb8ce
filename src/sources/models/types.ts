/**
 * One model version as the checks see it, whatever registry it came from. Each registry's collector
 * records the raw responses; a pure normalizer per registry turns them into this shape, so `verify`
 * re-derives it (and the findings) from the bundle.
 */
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
