import type { PublicAccessBlock } from './aws.js'

/**
 * Evidence of logging and monitoring in AWS beyond the trail itself: where each CloudTrail trail delivers
 * (its S3 bucket and how that bucket is protected; its CloudWatch Logs log group, the metric filters on it and
 * the alarms on their metrics) and the VPC flow logs of each region. Types only: the collectors in
 * `src/sources/aws/` record these shapes, the checks in `src/checks/aws/` read them. Field names are the
 * SDK's, so an auditor reads what AWS said.
 */
export const AWS_LOGGING_EVIDENCE = {
  /** data: TrailDestinationsEvidence. subject aws:<account>; one record per account. */
  trailDestinations: 'aws.cloudtrail.destinations',
  /** data: FlowLogsEvidence. subject aws:<account>/<region>. */
  flowLogs: 'aws.ec2.flow-logs'
} as const

/** The S3 bucket a trail delivers to, as its own APIs describe it. */
export interface TrailBucketEvidence {
  name: string
  /** GetBucketLocation. */
  region?: string
  /** GetPublicAccessBlock; absent when the bucket has none (NoSuchPublicAccessBlockConfiguration). */
  publicAccessBlock?: PublicAccessBlock
  /** GetBucketPolicyStatus IsPublic; absent when the bucket has no policy (NoSuchBucketPolicy). */
  policyIsPublic?: boolean
  /** GetObjectLockConfiguration; absent when Object Lock was never enabled (ObjectLockConfigurationNotFoundError). */
  objectLock?: {
    ObjectLockEnabled?: string
    DefaultRetention?: { Mode?: string; Days?: number; Years?: number }
  }
  /** GetBucketVersioning. */
  versioning?: { Status?: string; MFADelete?: string }
  /** GetBucketLogging LoggingEnabled; absent when server access logging is off. */
  accessLogging?: { TargetBucket?: string; TargetPrefix?: string }
  /** GetBucketLifecycleConfiguration rules; empty when there is none (NoSuchLifecycleConfiguration). */
  lifecycleRules: {
    ID?: string
    Status?: string
    /** Expiration.Days of current versions. */
    ExpirationDays?: number
    /** NoncurrentVersionExpiration.NoncurrentDays. */
    NoncurrentDays?: number
    /** Filter.Prefix (or the legacy Prefix), when the rule is limited to one. */
    Prefix?: string
  }[]
  /** Per-API failures while reading the bucket, e.g. { GetBucketLogging: 'AccessDenied: …' }. */
  errors?: Record<string, string>
}

/** A metric filter of the trail's log group and the alarms on the metric it publishes. */
export interface MetricFilterEvidence {
  filterName?: string
  /** The filter pattern as CloudWatch Logs returned it (at most 1,024 characters by the API's limit). */
  filterPattern?: string
  metricTransformations: { metricName?: string; metricNamespace?: string }[]
  /** DescribeAlarmsForMetric of each transformation's metric. */
  alarms: {
    AlarmName?: string
    AlarmArn?: string
    ActionsEnabled?: boolean
    AlarmActions?: string[]
    StateValue?: string
    MetricName?: string
    Namespace?: string
  }[]
  /** Set when the alarms of a metric could not be read. */
  alarmsError?: string
}

export interface TrailDestinationEvidence {
  Name?: string
  TrailARN?: string
  HomeRegion?: string
  IsMultiRegionTrail?: boolean
  KmsKeyId?: string
  S3BucketName?: string
  CloudWatchLogsLogGroupArn?: string
  /** The trail's bucket; absent when the trail has none (not possible for a trail, but not assumed). */
  bucket?: TrailBucketEvidence
  /** The trail's log group; absent when the trail does not deliver to CloudWatch Logs. */
  logGroup?: {
    name: string
    region: string
    metricFilters: MetricFilterEvidence[]
    /** DescribeMetricFilters answered ResourceNotFoundException: the log group no longer exists. */
    missing?: true
    /** Set when the listing stopped at the page cap. */
    truncated?: true
  }
  /** Set when the log group's metric filters could not be read. */
  error?: string
}

/**
 * An SNS topic a CIS alarm notifies, and who is subscribed to it (ListSubscriptionsByTopic, every page). The
 * subscriptions' Endpoint (an e-mail address, a phone number, a URL that may carry a secret) is not recorded:
 * that a subscription is confirmed is what the check reads.
 */
export interface SnsTopicEvidence {
  TopicArn: string
  /** SubscriptionArn is "PendingConfirmation" for a subscription not (yet) confirmed by its endpoint. */
  subscriptions: { SubscriptionArn?: string; Protocol?: string; Owner?: string }[]
  /** ListSubscriptionsByTopic answered NotFound: the topic no longer exists. */
  missing?: true
  /** Set when the listing stopped at the page cap before a confirmed subscription was seen. */
  truncated?: true
  /** Set when the subscriptions could not be read (e.g. the role lacks sns:ListSubscriptionsByTopic). */
  error?: string
  missingPermission?: string
}

export interface TrailDestinationsEvidence {
  /** DescribeTrails (with shadow trails) in the first region, one entry per trail. */
  trails: TrailDestinationEvidence[]
  /**
   * The SNS topics among the actions of the alarms on the CIS metric filters, with their subscriptions.
   * Absent in records written before the subscriptions were read.
   */
  topics?: SnsTopicEvidence[]
  /** Set when there were more such topics than are read. */
  topicsTruncated?: true
}

export interface FlowLogsEvidence {
  /** DescribeVpcs of the region. */
  vpcs: { VpcId: string; IsDefault?: boolean; State?: string }[]
  /** DescribeFlowLogs of the region. */
  flowLogs: {
    FlowLogId?: string
    ResourceId?: string
    FlowLogStatus?: string
    DeliverLogsStatus?: string
    TrafficType?: string
    LogDestinationType?: string
    LogDestination?: string
    LogGroupName?: string
  }[]
  /** Set when a listing stopped at the page cap. */
  truncated?: true
}

/**
 * The logging controls whose switching off the CloudTrail event history shows (spread into CONTROL_SWITCHES of
 * aws-changes.ts). A flow log is deleted by id (DeleteFlowLogs) and created for resources (CreateFlowLogs),
 * so the timeline is per region: any deletion counts as switching flow logging off until a creation.
 */
export const LOGGING_CONTROL_SWITCHES = {
  'vpc-flow-logs': { off: ['DeleteFlowLogs'], on: ['CreateFlowLogs'] },
  // The CIS metric filters of a trail's log group and the alarms on their metrics.
  'cis-alarms': { off: ['DeleteMetricFilter', 'DeleteAlarms'], on: ['PutMetricFilter', 'PutMetricAlarm'] }
} as const
