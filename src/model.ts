/**
 * The words of the pipeline (see design.md): evidence is recorded input, a check turns evidence into
 * findings, findings roll up into control statuses per framework.
 */

export const FRAMEWORKS = ['iso27001-2022', 'iso42001-2023'] as const
export type FrameworkId = (typeof FRAMEWORKS)[number]

export type Severity = 'critical' | 'high' | 'medium' | 'low'
export type FindingStatus = 'pass' | 'fail' | 'error' | 'not_applicable'
/**
 * What was shown about a control, never more: `automated-pass` is partial evidence (the automated checks
 * passed); `effective` also needs the control's required manual evidence present and current; `manual` has no
 * automated evidence; `not-applicable` had automated checks with nothing to evaluate (an empty population);
 * `excluded` is out of scope by the SoA's decision.
 */
export type ControlStatus =
  'failing' | 'error' | 'automated-pass' | 'effective' | 'manual' | 'excluded' | 'not-applicable'

/** Controls per framework, e.g. { 'iso27001-2022': ['A.8.32'] }. */
export type ControlRefs = Partial<Record<FrameworkId, string[]>>

/** What was asked of an outside system and what it answered; never holds credentials. */
export interface RequestRecord {
  method: string
  /** Path and query relative to the API base URL, e.g. `/repos/o/r/rules/branches/main`. */
  path: string
  /** For GraphQL: the operation name; the full query text is stored beside it. */
  operation?: string
  apiVersion?: string
  /** ISO 8601 UTC time the response arrived. */
  time: string
  status: number
  /**
   * SHA-256 (hex) of the response as the collector received it, before redaction: for HTTP sources (GitHub,
   * MLflow, Hugging Face, S3 objects read for model results) the body bytes; for AWS SDK calls the JSON text
   * of the SDK's deserialized output without `$metadata` (or the raw document, e.g. the credential report).
   * The bundle does not store those bytes (`data` is the parsed, redacted response), so `verify` cannot
   * recompute it: it is a reference someone holding the original response can match, not a self-proving
   * hash (see README, "What responseSha256 proves").
   */
  responseSha256?: string
  /** The request that produced this evidence was answered from an ETag (HTTP 304). */
  notModified?: boolean
}

/** Why a piece of evidence could not be collected, in words the user can act on. */
export interface CollectionError {
  status?: number
  message: string
  /** The token permission or scope that would have allowed the request, e.g. `administration: read`. */
  missingPermission?: string
}

/**
 * One recorded piece of evidence: the response as received (`data`), or the error that prevented it.
 * Stored as one JSON file under `evidence/` in the bundle.
 */
export interface EvidenceRecord<T = unknown> {
  /** Bundle-relative path, e.g. `evidence/github/repos/acme/api/branch-rules.json`. */
  path: string
  source: string
  subject: string
  kind: string
  requests: RequestRecord[]
  data?: T
  error?: CollectionError
  /** Anything the collector needs to say about how the data was obtained (query, period, pagination). */
  notes?: Record<string, unknown>
}

export interface Finding {
  /** `F-` and 12 hex digits of SHA-256 of check and subject: stable across runs, so an SoA can cite it. */
  id?: string
  check: string
  subject: string
  status: FindingStatus
  message: string
  controls: ControlRefs
  /** Bundle-relative paths of the evidence files this finding was derived from. */
  evidence: string[]
  /** Individual items behind a failure (violating PRs, overdue alerts), for people and for sampling. */
  details?: unknown[]
  /** Exact places in the code a failure points at (PR mode: annotations, SARIF results). */
  locations?: SourceLocation[]
}

export interface SourceLocation {
  /** Repository-relative path. */
  path: string
  /** 1-based. */
  line: number
  endLine?: number
  message: string
}

/** Static description of a check, in the spirit of Prowler's check metadata. */
export interface CheckMetadata {
  id: string
  /**
   * Bumped whenever the check's logic or message text changes, so that `verify` knows whether this build can
   * re-derive a bundle's findings or must send the auditor to the build that made it.
   */
  version: number
  title: string
  severity: Severity
  rationale: string
  remediation: string
  /** Evidence kinds the check reads, e.g. `github.branch-rules`. */
  evidenceKinds: string[]
}

export interface EvaluationPeriod {
  /** ISO 8601 UTC. */
  start: string
  end: string
  /** As the user wrote it, e.g. `P90D`. */
  expression: string
}
