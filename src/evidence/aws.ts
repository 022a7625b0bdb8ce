// Type-only: the SDK's shapes as stored (JSON), so nothing of the SDK is loaded by reading this module.
import type { AccountState, SeverityCounts } from '@aws-sdk/client-inspector2'

/**
 * AWS evidence as recorded by the collectors and read by the checks. Each record's `data` keeps the SDK
 * outputs as returned (minus `$metadata`), so an auditor sees what AWS said; these types name only the
 * fields the checks read. Subjects: `aws:<account>` for account-wide facts, `aws:<account>/<region>` for
 * regional ones, `aws:<account>/<region>/<resource id>` for resources.
 */
export const AWS_EVIDENCE = {
  /** data: { regions: string[] } — the regions the account has enabled (EC2 DescribeRegions). subject aws:<account> */
  regions: 'aws.regions',
  /** data: { generatedTime: string; rows: CredentialReportRow[] } — parsed from the CSV. subject aws:<account> */
  credentialReport: 'aws.iam.credential-report',
  /** data: { summary: Record<string, number> } (GetAccountSummary SummaryMap). subject aws:<account> */
  accountSummary: 'aws.iam.account-summary',
  /** data: { policy?: PasswordPolicy; none?: true } (NoSuchEntity → none). subject aws:<account> */
  passwordPolicy: 'aws.iam.password-policy',
  /** data: { trails: TrailEvidence[] } (DescribeTrails incl. shadow trails + status + selectors). subject aws:<account> */
  cloudTrail: 'aws.cloudtrail.trails',
  /** data: { detectors: { detectorId: string; status: string }[] }. subject aws:<account>/<region> */
  guardDuty: 'aws.guardduty.detectors',
  /** data: { instances: PatchStateEvidence[]; page: number }. subject aws:<account>/<region>; several records per region (pages of ≤ 500 instances, path …/patch-states-0001.json) */
  patchStates: 'aws.ssm.patch-states',
  /** data: { accounts: { resourceState: … }, findingCounts?: Record<'CRITICAL'|'HIGH'|'MEDIUM'|'LOW', number> }. subject aws:<account>/<region> */
  inspector: 'aws.inspector2.status',
  /** data: { instances: Ec2InstanceEvidence[] } (DescribeInstances, not terminated). subject aws:<account>/<region> */
  ec2Instances: 'aws.ec2.instances',
  /** data: { configuration?: PublicAccessBlock; none?: true }. subject aws:<account> */
  accountPublicAccessBlock: 'aws.s3.account-public-access-block',
  /** data: BucketEvidence. subject aws:<account>/<bucket region>/<bucket name> */
  bucket: 'aws.s3.bucket',
  /** data: { keys: KmsKeyEvidence[] } (customer-managed keys only). subject aws:<account>/<region> */
  kmsKeys: 'aws.kms.keys'
} as const

/** Columns of the IAM credential report, as AWS names them. */
export interface CredentialReportRow {
  user: string
  arn: string
  user_creation_time: string
  password_enabled: string
  password_last_used: string
  mfa_active: string
  access_key_1_active: string
  access_key_1_last_rotated: string
  access_key_1_last_used_date: string
  access_key_2_active: string
  access_key_2_last_rotated: string
  access_key_2_last_used_date: string
  [column: string]: string
}

export interface PasswordPolicy {
  MinimumPasswordLength?: number
  RequireSymbols?: boolean
  RequireNumbers?: boolean
  RequireUppercaseCharacters?: boolean
  RequireLowercaseCharacters?: boolean
  PasswordReusePrevention?: number
  MaxPasswordAge?: number
}

export interface TrailEvidence {
  trail: {
    Name?: string
    TrailARN?: string
    HomeRegion?: string
    IsMultiRegionTrail?: boolean
    LogFileValidationEnabled?: boolean
    KmsKeyId?: string
    S3BucketName?: string
    IsOrganizationTrail?: boolean
  }
  status?: { IsLogging?: boolean; LatestDeliveryTime?: string }
  eventSelectors?: {
    EventSelectors?: { ReadWriteType?: string; IncludeManagementEvents?: boolean }[]
    AdvancedEventSelectors?: unknown[]
  }
  /** Set when GetTrailStatus / GetEventSelectors failed for this trail. */
  error?: string
}

export interface PatchStateEvidence {
  InstanceId: string
  PatchGroup?: string
  BaselineId?: string
  OperationEndTime?: string
  Operation?: string
  InstalledCount?: number
  MissingCount?: number
  FailedCount?: number
  CriticalNonCompliantCount?: number
  SecurityNonCompliantCount?: number
  OtherNonCompliantCount?: number
}

export interface Ec2InstanceEvidence {
  InstanceId: string
  /** State.Name: pending, running, stopping, stopped, shutting-down. */
  State?: string
  PlatformDetails?: string
  LaunchTime?: string
  /** The Name tag. */
  Name?: string
}

export interface PublicAccessBlock {
  BlockPublicAcls?: boolean
  IgnorePublicAcls?: boolean
  BlockPublicPolicy?: boolean
  RestrictPublicBuckets?: boolean
}

export interface BucketEvidence {
  name: string
  region: string
  publicAccessBlock?: PublicAccessBlock
  /** GetBucketPolicyStatus: true when the bucket policy makes it public; absent when there is no policy. */
  policyIsPublic?: boolean
  /** Default encryption rules (GetBucketEncryption), absent when none. */
  encryption?: { SSEAlgorithm?: string; KMSMasterKeyID?: string }[]
  versioning?: { Status?: string; MFADelete?: string }
  /** Per-API failures while reading this bucket, e.g. { GetBucketPolicyStatus: 'AccessDenied: … s3:GetBucketPolicyStatus' }. */
  errors?: Record<string, string>
}

export interface KmsKeyEvidence {
  KeyId: string
  Arn?: string
  KeyState?: string
  KeySpec?: string
  KeyManager?: string
  KeyUsage?: string
  RotationEnabled?: boolean
  /** Set by the collector for keys AWS KMS cannot rotate automatically (asymmetric, HMAC, imported material, pending deletion), with the reason. */
  rotationNotApplicable?: string
  error?: string
}

/** An SDK output as recorded: without `$metadata`. */
export type Stored<T> = Omit<T, '$metadata'>

export type InspectorSeverity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW'

export interface InspectorData {
  /** BatchGetAccountStatus `accounts`, as returned. */
  accounts: Stored<AccountState>[]
  failedAccounts?: unknown[]
  /** Present when Inspector is enabled for the account in this region. */
  findingCounts?: Record<InspectorSeverity, number>
  /** The account's ListFindingAggregations (ACCOUNT) severity counts, as returned. */
  severityCounts?: SeverityCounts
}

export interface PatchStatesPage {
  /** DescribeInstancePatchStates entries of this page's instances, as returned. */
  instances: PatchStateEvidence[]
  /** 1-based. */
  page: number
  /** Managed instances (DescribeInstanceInformation) on this page. */
  instanceCount: number
  /** Managed instances on this page that SSM has no patch state for (never scanned). */
  withoutPatchState: string[]
}
