import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/evidence/aws.ts
var AWS_EVIDENCE = {
  /** data: { regions: string[] } — the regions the account has enabled (EC2 DescribeRegions). subject aws:<account> */
  regions: "aws.regions",
  /** data: { generatedTime: string; rows: CredentialReportRow[] } — parsed from the CSV. subject aws:<account> */
  credentialReport: "aws.iam.credential-report",
  /** data: { summary: Record<string, number> } (GetAccountSummary SummaryMap). subject aws:<account> */
  accountSummary: "aws.iam.account-summary",
  /** data: { policy?: PasswordPolicy; none?: true } (NoSuchEntity → none). subject aws:<account> */
  passwordPolicy: "aws.iam.password-policy",
  /** data: { trails: TrailEvidence[] } (DescribeTrails incl. shadow trails + status + selectors). subject aws:<account> */
  cloudTrail: "aws.cloudtrail.trails",
  /** data: { detectors: { detectorId: string; status: string }[] }. subject aws:<account>/<region> */
  guardDuty: "aws.guardduty.detectors",
  /** data: { instances: PatchStateEvidence[]; page: number }. subject aws:<account>/<region>; several records per region (pages of ≤ 500 instances, path …/patch-states-0001.json) */
  patchStates: "aws.ssm.patch-states",
  /** data: { accounts: { resourceState: … }, findingCounts?: Record<'CRITICAL'|'HIGH'|'MEDIUM'|'LOW', number> }. subject aws:<account>/<region> */
  inspector: "aws.inspector2.status",
  /** data: { instances: Ec2InstanceEvidence[] } (DescribeInstances, not terminated). subject aws:<account>/<region> */
  ec2Instances: "aws.ec2.instances",
  /** data: { configuration?: PublicAccessBlock; none?: true }. subject aws:<account> */
  accountPublicAccessBlock: "aws.s3.account-public-access-block",
  /** data: BucketEvidence. subject aws:<account>/<bucket region>/<bucket name> */
  bucket: "aws.s3.bucket",
  /** data: { keys: KmsKeyEvidence[] } (customer-managed keys only). subject aws:<account>/<region> */
  kmsKeys: "aws.kms.keys"
};

// src/evidence/aws-config-monitoring.ts
var AWS_CONFIG_MONITORING_EVIDENCE = {
  /** data: ConfigServiceEvidence. */
  config: "aws.config.status",
  /** data: SecurityHubEvidence. */
  securityHub: "aws.securityhub.status",
  /** data: AccessAnalyzerEvidence. */
  accessAnalyzer: "aws.access-analyzer.status"
};

// src/evidence/aws-ai.ts
var AWS_AI_EVIDENCE = {
  /** data: BedrockInvocationLoggingEvidence. subject aws:<account>/<region> */
  bedrockInvocationLogging: "aws.bedrock.invocation-logging"
};

// src/evidence/aws-changes.ts
var AWS_CHANGE_EVIDENCE = {
  /** data: ControlChangeEventsEvidence. subject aws:<account>/<region>; one record per region. */
  controlChanges: "aws.cloudtrail.control-changes"
};
var CONTROL_SWITCHES = {
  "cloudtrail-logging": {
    off: ["StopLogging", "DeleteTrail"],
    // CreateTrail is not "on": a new trail logs only after StartLogging.
    on: ["StartLogging"],
    key: "name"
  },
  "config-recorder": {
    off: ["StopConfigurationRecorder", "DeleteConfigurationRecorder"],
    on: ["StartConfigurationRecorder"]
  },
  "guardduty-detector": { off: ["DeleteDetector"], on: ["CreateDetector"] },
  "securityhub-hub": { off: ["DisableSecurityHub"], on: ["EnableSecurityHub"] },
  "bedrock-invocation-logging": {
    off: ["DeleteModelInvocationLoggingConfiguration"],
    on: ["PutModelInvocationLoggingConfiguration"]
  },
  "kms-key-rotation": { off: ["DisableKeyRotation"], on: ["EnableKeyRotation"], key: "keyId" }
};
var CONTROL_SWITCH_EVENT_NAMES = Object.values(CONTROL_SWITCHES).flatMap(
  (s) => [...s.off, ...s.on]
);
var AWS_SNAPSHOT_KINDS = {
  cloudTrail: "aws.cloudtrail.trails",
  guardDuty: "aws.guardduty.detectors",
  kmsKeys: "aws.kms.keys"
};

export {
  AWS_EVIDENCE,
  AWS_CONFIG_MONITORING_EVIDENCE,
  AWS_AI_EVIDENCE,
  AWS_CHANGE_EVIDENCE,
  CONTROL_SWITCHES,
  CONTROL_SWITCH_EVENT_NAMES,
  AWS_SNAPSHOT_KINDS
};
//# sourceMappingURL=chunk-4TLHRKGK.js.map
