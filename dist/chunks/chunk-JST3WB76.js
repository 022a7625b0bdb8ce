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

// src/evidence/aws-logging.ts
var AWS_LOGGING_EVIDENCE = {
  /** data: TrailDestinationsEvidence. subject aws:<account>; one record per account. */
  trailDestinations: "aws.cloudtrail.destinations",
  /** data: FlowLogsEvidence. subject aws:<account>/<region>. */
  flowLogs: "aws.ec2.flow-logs"
};
var LOGGING_CONTROL_SWITCHES = {
  "vpc-flow-logs": { off: ["DeleteFlowLogs"], on: ["CreateFlowLogs"] },
  // The CIS metric filters of a trail's log group and the alarms on their metrics.
  "cis-alarms": { off: ["DeleteMetricFilter", "DeleteAlarms"], on: ["PutMetricFilter", "PutMetricAlarm"] }
};

// src/checks/subject-guard.ts
function guardSubject(subject, evidence, evaluate) {
  try {
    return evaluate();
  } catch (error) {
    return {
      subject,
      status: "error",
      message: `The check could not evaluate this subject: it threw ${describeException(error)}. The recorded evidence is unchanged; this is a defect of the check, to be reported with the bundle.`,
      evidence
    };
  }
}
function checkFailure(error) {
  return {
    subject: "(every subject of this check)",
    status: "error",
    message: `The check could not run: it threw ${describeException(error)}. No subject was evaluated by it; the other checks' findings stand.`,
    evidence: []
  };
}
function describeException(error) {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500);
  return String(error).slice(0, 500);
}

// src/checks/aws/cloudwatch-cis-alarms.ts
var names = (...events) => events.map((e) => `$.eventName=${e}`);
var CIS_EVENTS = {
  "root account use": ["$.userIdentity.type=Root"],
  "console sign-in without MFA": ["$.eventName=ConsoleLogin", "$.additionalEventData.MFAUsed!=Yes"],
  "IAM policy change": names(
    "DeleteGroupPolicy",
    "DeleteRolePolicy",
    "DeleteUserPolicy",
    "PutGroupPolicy",
    "PutRolePolicy",
    "PutUserPolicy",
    "CreatePolicy",
    "DeletePolicy",
    "CreatePolicyVersion",
    "DeletePolicyVersion",
    "AttachRolePolicy",
    "DetachRolePolicy",
    "AttachUserPolicy",
    "DetachUserPolicy",
    "AttachGroupPolicy",
    "DetachGroupPolicy"
  ),
  "CloudTrail configuration change": names(
    "CreateTrail",
    "UpdateTrail",
    "DeleteTrail",
    "StartLogging",
    "StopLogging"
  ),
  "security group change": names(
    "AuthorizeSecurityGroupIngress",
    "AuthorizeSecurityGroupEgress",
    "RevokeSecurityGroupIngress",
    "RevokeSecurityGroupEgress",
    "CreateSecurityGroup",
    "DeleteSecurityGroup"
  )
};
var MAX_PATTERN = 1024;
function patternCatches(pattern, terms) {
  if (typeof pattern !== "string" || pattern.length > MAX_PATTERN) return false;
  const normalized = pattern.replace(/[\s"]+/g, "");
  return terms.every((term) => {
    let from = 0;
    for (; ; ) {
      const at = normalized.indexOf(term, from);
      if (at < 0) return false;
      const next = normalized[at + term.length];
      if (next === void 0 || !/[A-Za-z0-9_.]/.test(next)) return true;
      from = at + 1;
    }
  });
}
var enabledAlarms = (filter) => filter.alarms.filter(
  (a) => a.ActionsEnabled !== false && Array.isArray(a.AlarmActions) && a.AlarmActions.length > 0
);
var isSnsAction = (action) => /^arn:aws[a-z-]*:sns:/.test(action);
function snsTopicRegion(arn) {
  return /^arn:aws[a-z-]*:sns:([a-z0-9-]+):\d{12}:[A-Za-z0-9_.-]{1,256}$/.exec(arn)?.[1];
}
var isConfirmed = (s) => typeof s.SubscriptionArn === "string" && s.SubscriptionArn.startsWith("arn:");
function actionState(action, topics) {
  if (!isSnsAction(action)) return { state: "reaches", why: action };
  const topic = topics.get(action);
  if (!topic) return { state: "unknown", why: `the subscriptions of ${action} were not read` };
  if (topic.error) return { state: "unknown", why: `${action}: ${topic.error}` };
  if (topic.missing) return { state: "unsubscribed", why: `${action} (the topic no longer exists)` };
  const confirmed = topic.subscriptions.filter(isConfirmed).length;
  if (confirmed > 0) return { state: "reaches", why: `${action} (${confirmed} confirmed)` };
  if (topic.truncated)
    return { state: "unknown", why: `${action}: not every page of its subscriptions was read` };
  const pending = topic.subscriptions.length;
  return {
    state: "unsubscribed",
    why: `${action} (${pending ? `only ${pending} PendingConfirmation` : "no subscription"})`
  };
}
function cisCoverage(filters, incomplete, topics) {
  const missing = [];
  const unknown = [];
  const found = [];
  const reasons = [];
  const byArn = new Map((topics ?? []).map((t) => [t.TopicArn, t]));
  for (const [event, terms] of Object.entries(CIS_EVENTS)) {
    const matching = filters.filter((f) => patternCatches(f.filterPattern, terms));
    const alarms = matching.flatMap(
      (f) => enabledAlarms(f).map((a) => {
        const states = (a.AlarmActions ?? []).map(
          (x) => topics ? actionState(x, byArn) : { state: "reaches", why: x }
        );
        return { name: `${a.AlarmName} (filter ${f.filterName})`, states };
      })
    );
    const reaching = alarms.filter((a) => a.states.some((s) => s.state === "reaches"));
    const undecided = alarms.flatMap((a) => a.states.filter((s) => s.state === "unknown"));
    if (reaching.length > 0) {
      found.push(
        `${event}: ${reaching.map(
          (a) => topics ? `${a.name} \u2192 ${a.states.filter((s) => s.state === "reaches").map((s) => s.why).join(", ")}` : a.name
        ).join(", ")}`
      );
    } else if (undecided.length > 0) {
      unknown.push(event);
      reasons.push(...undecided.map((s) => s.why));
    } else if (matching.some((f) => f.alarmsError) || incomplete) unknown.push(event);
    else if (matching.length === 0) missing.push(`${event} (no metric filter)`);
    else if (alarms.length > 0)
      missing.push(
        `${event} (the alarm notifies only SNS topics without a confirmed subscription: ${alarms.flatMap((a) => a.states.map((s) => s.why)).join(", ")})`
      );
    else if (matching.some((f) => f.alarms.length > 0))
      missing.push(`${event} (an alarm without an enabled action)`);
    else missing.push(`${event} (a metric filter without an alarm)`);
  }
  return { missing, unknown, found, reasons: [...new Set(reasons)] };
}
var awsCloudWatchCisAlarms = {
  metadata: {
    id: "aws.cloudwatch.cis-alarms",
    version: 2,
    title: "CloudWatch alarms that reach someone watch the CIS benchmark events in the CloudTrail log",
    severity: "high",
    rationale: "Root use, console sign-in without MFA and changes to IAM policies, CloudTrail and security groups are the events the CIS AWS Foundations benchmark requires someone to be alerted to; a log nobody is alerted from is not monitored.",
    remediation: "Send a multi-region trail to CloudWatch Logs (CloudTrail \u2192 the trail \u2192 CloudWatch Logs \u2192 Edit); for each event, CloudWatch Logs \u2192 the log group \u2192 Metric filters \u2192 Create, with the CIS pattern; then CloudWatch \u2192 Alarms \u2192 Create on that metric (Sum \u2265 1 in 5 minutes) with an SNS topic as its action; subscribe the people or system who answer to that topic (SNS \u2192 Topics \u2192 the topic \u2192 Create subscription) and have them confirm it, so that no subscription stays PendingConfirmation. If the role lacks sns:ListSubscriptionsByTopic, grant it (docs/aws-iam-policy.json).",
    evidenceKinds: [AWS_LOGGING_EVIDENCE.trailDestinations, AWS_EVIDENCE.cloudTrail]
  },
  evaluate: (context) => context.evidence.all(AWS_LOGGING_EVIDENCE.trailDestinations).map((record) => {
    const subject = record.subject;
    const trailsRecord = context.evidence.get(
      AWS_EVIDENCE.cloudTrail,
      subject
    );
    const evidence = [record.path, ...trailsRecord ? [trailsRecord.path] : []];
    return guardSubject(subject, evidence, () => {
      if (record.error || !Array.isArray(record.data?.trails)) {
        return {
          subject,
          status: "error",
          message: `The trails' CloudWatch Logs delivery could not be collected: ${record.error?.message ?? "no list of trails recorded"}`,
          evidence
        };
      }
      if (!trailsRecord?.data || trailsRecord.error) {
        return {
          subject,
          status: "error",
          message: `Whether the trails are logging is not known: ${trailsRecord?.error?.message ?? "the trail status was not collected"}.`,
          evidence
        };
      }
      const logging = new Set(
        trailsRecord.data.trails.filter((t) => t.status?.IsLogging === true).flatMap((t) => [t.trail.TrailARN, t.trail.Name].filter((x) => !!x))
      );
      const watched = record.data.trails.filter(
        (t) => t.IsMultiRegionTrail && (logging.has(t.TrailARN ?? "") || logging.has(t.Name ?? "")) && t.CloudWatchLogsLogGroupArn
      );
      const unreadable = watched.filter((t) => t.error);
      const filters = watched.flatMap((t) => t.logGroup?.metricFilters ?? []);
      const truncated = watched.some((t) => t.logGroup?.truncated);
      if (watched.length === 0) {
        return {
          subject,
          status: "fail",
          message: "No logging multi-region trail delivers to CloudWatch Logs, so no metric filter or alarm can watch the CIS events.",
          evidence
        };
      }
      const { missing, unknown, found, reasons } = cisCoverage(
        filters,
        unreadable.length > 0 || truncated,
        record.data.topics ?? []
      );
      const unknownNote = unknown.length ? ` Not known for ${unknown.join(", ")}${reasons.length ? `: ${reasons.join("; ")}` : ""}.` : "";
      const gone = watched.filter((t) => t.logGroup?.missing).map((t) => `${t.logGroup.name} (trail ${t.Name})`);
      if (missing.length > 0) {
        return {
          subject,
          status: "fail",
          message: `Not alarmed: ${missing.join("; ")}.${found.length ? ` Alarmed: ${found.join("; ")}.` : ""}${gone.length ? ` The log group ${gone.join(", ")} no longer exists.` : ""}${unknownNote}`,
          details: missing,
          evidence
        };
      }
      if (unknown.length > 0) {
        return {
          subject,
          status: "error",
          message: `Whether ${unknown.join(", ")} are alarmed with an action that reaches someone is not known: ${[...unreadable.map((t) => `${t.Name}: ${t.error}`), ...reasons].join("; ") || "the alarms or metric filters were not all read"}.`,
          evidence
        };
      }
      return {
        subject,
        status: "pass",
        message: `Every CIS event is alarmed with an action that reaches someone (an SNS topic with a confirmed subscription, or a non-SNS action): ${found.join("; ")}.`,
        evidence
      };
    });
  })
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
var AWS_AI_MONITORING_EVIDENCE = {
  /** data: BedrockGuardrailsEvidence. subject aws:<account>/<region> */
  bedrockGuardrails: "aws.bedrock.guardrails",
  /** data: SageMakerMonitoringEvidence. subject aws:<account>/<region> */
  sagemakerMonitoring: "aws.sagemaker.monitoring"
};
var AI_CONTROL_SWITCHES = {
  "sagemaker-monitoring-schedule": {
    off: ["StopMonitoringSchedule", "DeleteMonitoringSchedule"],
    on: ["StartMonitoringSchedule", "CreateMonitoringSchedule"],
    key: "monitoringScheduleName"
  },
  "bedrock-guardrail": { off: ["DeleteGuardrail"], on: [], key: "guardrailIdentifier" }
};

// src/evidence/aws-encryption.ts
var AWS_ENCRYPTION_EVIDENCE = {
  /** data: EbsDefaultEncryptionEvidence. */
  ebsDefault: "aws.ec2.ebs-default-encryption",
  /** data: RdsEncryptionEvidence. */
  rds: "aws.rds.storage-encryption",
  /** data: EfsEncryptionEvidence. */
  efs: "aws.efs.encryption",
  /** data: DynamoDbEncryptionEvidence. */
  dynamodb: "aws.dynamodb.encryption",
  /** data: KmsKeyPoliciesEvidence. */
  kmsKeyPolicies: "aws.kms.key-policies"
};
var ENCRYPTION_CONTROL_SWITCHES = {
  "ebs-default-encryption": { off: ["DisableEbsEncryptionByDefault"], on: ["EnableEbsEncryptionByDefault"] },
  "kms-key-deletion": { off: ["ScheduleKeyDeletion"], on: ["CancelKeyDeletion"], key: "keyId" }
};

// src/evidence/aws-backup.ts
var AWS_BACKUP_EVIDENCE = {
  /** data: BackupEvidence. */
  backup: "aws.backup.status",
  /** data: RdsBackupEvidence. */
  rdsBackups: "aws.rds.backups"
};
var BACKUP_CONTROL_SWITCHES = {
  "backup-plan": { off: ["DeleteBackupPlan"], on: [], key: "backupPlanId" },
  "backup-selection": { off: ["DeleteBackupSelection"], on: [], key: "selectionId" },
  "backup-vault": { off: ["DeleteBackupVault"], on: [], key: "backupVaultName" },
  "backup-recovery-point": { off: ["DeleteRecoveryPoint"], on: [], key: "recoveryPointArn" },
  "backup-restore-testing-plan": {
    off: ["DeleteRestoreTestingPlan"],
    on: [],
    key: "restoreTestingPlanName"
  }
};
var AWS_S3_REPLICATION_EVIDENCE = {
  /** data: S3ReplicationEvidence. subject aws:<account> */
  replication: "aws.s3.replication"
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
  "kms-key-rotation": { off: ["DisableKeyRotation"], on: ["EnableKeyRotation"], key: "keyId" },
  ...LOGGING_CONTROL_SWITCHES,
  ...ENCRYPTION_CONTROL_SWITCHES,
  // Inspector2's operations are named Disable and Enable (eventSource inspector2.amazonaws.com).
  "inspector2-scanning": { off: ["Disable"], on: ["Enable"] },
  // Organizations events are recorded in us-east-1; DeletePolicy needs the policy detached first.
  "scp-attachment": { off: ["DetachPolicy"], on: ["AttachPolicy"], key: "policyId" },
  // Of the root user only (userIdentity type Root): a root access key created, then deleted.
  "root-access-keys": { off: ["CreateAccessKey"], on: ["DeleteAccessKey"] },
  // One event switches it either way: requestParameters.imageScanningConfiguration.scanOnPush says which.
  "ecr-scan-on-push": {
    off: ["PutImageScanningConfiguration"],
    on: ["PutImageScanningConfiguration"],
    key: "repositoryName"
  },
  ...BACKUP_CONTROL_SWITCHES,
  ...AI_CONTROL_SWITCHES
};
var CONTROL_SWITCH_EVENT_NAMES = [
  ...new Set(Object.values(CONTROL_SWITCHES).flatMap((s) => [...s.off, ...s.on]))
];
var AWS_SNAPSHOT_KINDS = {
  cloudTrail: "aws.cloudtrail.trails",
  guardDuty: "aws.guardduty.detectors",
  kmsKeys: "aws.kms.keys"
};

// src/evidence/aws-identity.ts
var AWS_IDENTITY_EVIDENCE = {
  /** data: AuthorizationDetailsEvidence (IAM GetAccountAuthorizationDetails). subject aws:<account> */
  authorizationDetails: "aws.iam.authorization-details",
  /** data: PermissionSetsEvidence (IAM Identity Center, sso-admin). subject aws:<account>/<region> */
  permissionSets: "aws.sso.permission-sets",
  /** data: ServiceControlPoliciesEvidence (Organizations). subject aws:organization/<o-id> or aws:<caller account> */
  serviceControlPolicies: "aws.organizations.scps",
  /** data: OrganizationAccountsEvidence (Organizations ListAccounts). subject aws:organization/<o-id> or aws */
  organizationAccounts: "aws.organizations.accounts"
};
var AWS_SOURCE_RECORD_KIND = "aws.source";

// src/evidence/aws-vulnerability.ts
var AWS_VULNERABILITY_EVIDENCE = {
  /** data: InspectorCoverageEvidence. */
  inspectorCoverage: "aws.inspector2.coverage",
  /** data: InspectorFindingsEvidence. */
  inspectorFindings: "aws.inspector2.findings",
  /** data: EcrScanningEvidence. */
  ecrScanning: "aws.ecr.scanning"
};

export {
  guardSubject,
  checkFailure,
  AWS_EVIDENCE,
  AWS_CONFIG_MONITORING_EVIDENCE,
  AWS_AI_EVIDENCE,
  AWS_AI_MONITORING_EVIDENCE,
  AWS_ENCRYPTION_EVIDENCE,
  AWS_LOGGING_EVIDENCE,
  AWS_BACKUP_EVIDENCE,
  AWS_S3_REPLICATION_EVIDENCE,
  AWS_CHANGE_EVIDENCE,
  CONTROL_SWITCHES,
  CONTROL_SWITCH_EVENT_NAMES,
  AWS_SNAPSHOT_KINDS,
  CIS_EVENTS,
  patternCatches,
  enabledAlarms,
  snsTopicRegion,
  isConfirmed,
  cisCoverage,
  awsCloudWatchCisAlarms,
  AWS_IDENTITY_EVIDENCE,
  AWS_SOURCE_RECORD_KIND,
  AWS_VULNERABILITY_EVIDENCE
};
//# sourceMappingURL=chunk-JST3WB76.js.map
