/**
 * Evidence of configuration monitoring in AWS: AWS Config, Security Hub and IAM Access Analyzer, one record
 * per account and region (subject `aws:<account>/<region>`). Types only: the collectors in
 * `src/sources/aws/` record these shapes, the checks in `src/checks/aws/` read them. Field names are the SDK's,
 * so an auditor reads what AWS said.
 */
export const AWS_CONFIG_MONITORING_EVIDENCE = {
  /** data: ConfigServiceEvidence. */
  config: 'aws.config.status',
  /** data: SecurityHubEvidence. */
  securityHub: 'aws.securityhub.status',
  /** data: AccessAnalyzerEvidence. */
  accessAnalyzer: 'aws.access-analyzer.status'
} as const

export interface ConfigServiceEvidence {
  /** DescribeConfigurationRecorders; empty when AWS Config was never set up in the region. */
  recorders: {
    name?: string
    roleARN?: string
    recordingGroup?: { allSupported?: boolean; includeGlobalResourceTypes?: boolean }
  }[]
  /** DescribeConfigurationRecorderStatus. */
  statuses: { name?: string; recording?: boolean; lastStatus?: string; lastStopTime?: string }[]
  /** DescribeDeliveryChannels. */
  deliveryChannels: { name?: string; s3BucketName?: string; snsTopicARN?: string }[]
  /** DescribeComplianceByConfigRule: each rule's compliance now. */
  rules: { ConfigRuleName?: string; Compliance?: { ComplianceType?: string } }[]
  /** Set when the rule listing stopped early (page cap); the rules above are then a prefix. */
  rulesTruncated?: boolean
}

export type SecurityHubSeverity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL'

export interface SecurityHubEvidence {
  /** False when Security Hub answered InvalidAccessException "not subscribed": it is not enabled here. */
  enabled: boolean
  /** DescribeHub. */
  hub?: { HubArn?: string; SubscribedAt?: string }
  /** GetEnabledStandards: StandardsArn and StandardsStatus (READY, PENDING, INCOMPLETE, DELETING, FAILED). */
  standards: { StandardsArn?: string; StandardsStatus?: string }[]
  /** Active, failed control findings (GetFindings ComplianceStatus FAILED, RecordState ACTIVE) by severity. */
  failedBySeverity: Record<SecurityHubSeverity, number>
  /** Up to 20 of those findings, most severe first, for the report. */
  failedSample: { controlId?: string; title?: string; severity?: string; resource?: string }[]
  /** Set when the findings were not all read (page cap): the counts are then lower bounds. */
  findingsTruncated?: boolean
}

export interface AccessAnalyzerEvidence {
  /** ListAnalyzers: external-access analyzers (type ACCOUNT or ORGANIZATION) and their status. */
  analyzers: { arn?: string; name?: string; type?: string; status?: string }[]
  /** ListFindings with status ACTIVE, for each ACTIVE analyzer: resources shared outside the zone of trust. */
  activeFindings: {
    id?: string
    analyzer?: string
    resource?: string
    resourceType?: string
    isPublic?: boolean
    principal?: Record<string, string>
  }[]
  /** Set when a findings listing stopped early (page cap). */
  findingsTruncated?: boolean
}
