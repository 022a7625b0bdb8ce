/**
 * Evidence of AI workloads on AWS. Types only (see src/evidence/aws-config-monitoring.ts for the pattern).
 */
export const AWS_AI_EVIDENCE = {
  /** data: BedrockInvocationLoggingEvidence. subject aws:<account>/<region> */
  bedrockInvocationLogging: 'aws.bedrock.invocation-logging'
} as const

/** GetModelInvocationLoggingConfiguration: `loggingConfig` is absent when logging was never configured or was deleted. */
export interface BedrockInvocationLoggingEvidence {
  loggingConfig?: {
    s3Config?: { bucketName?: string; keyPrefix?: string }
    cloudWatchConfig?: { logGroupName?: string; roleArn?: string }
    textDataDeliveryEnabled?: boolean
    imageDataDeliveryEnabled?: boolean
    embeddingDataDeliveryEnabled?: boolean
    videoDataDeliveryEnabled?: boolean
  }
}

export const AWS_AI_MONITORING_EVIDENCE = {
  /** data: BedrockGuardrailsEvidence. subject aws:<account>/<region> */
  bedrockGuardrails: 'aws.bedrock.guardrails',
  /** data: SageMakerMonitoringEvidence. subject aws:<account>/<region> */
  sagemakerMonitoring: 'aws.sagemaker.monitoring'
} as const

/** ListGuardrails: the working draft of each guardrail, and its published versions. */
export interface BedrockGuardrailsEvidence {
  guardrails: {
    id?: string
    arn?: string
    name?: string
    status?: string
    /** The versions other than DRAFT (ListGuardrails with guardrailIdentifier). */
    versions: { version?: string; status?: string }[]
    /** Why the versions could not be listed. */
    versionsError?: string
  }[]
  truncated?: boolean
}

export interface SageMakerMonitoringEvidence {
  /** ListEndpoints + DescribeEndpoint. */
  endpoints: {
    EndpointName?: string
    EndpointArn?: string
    EndpointStatus?: string
    DataCaptureConfig?: {
      EnableCapture?: boolean
      CaptureStatus?: string
      CurrentSamplingPercentage?: number
      DestinationS3Uri?: string
      KmsKeyId?: string
    }
    /** Why DescribeEndpoint failed. */
    error?: string
  }[]
  /** ListMonitoringSchedules + DescribeMonitoringSchedule. */
  schedules: {
    MonitoringScheduleName?: string
    MonitoringScheduleStatus?: string
    EndpointName?: string
    MonitoringType?: string
    LastMonitoringExecutionSummary?: {
      MonitoringExecutionStatus?: string
      ScheduledTime?: string
      FailureReason?: string
    }
    error?: string
  }[]
  truncated?: string[]
}

/**
 * The CloudTrail events that switch AI monitoring off and on, keyed by the requestParameters field naming
 * the resource. A Model Monitor schedule is created scheduled (CreateMonitoringSchedule) and started again
 * with StartMonitoringSchedule; a deleted guardrail comes back only under a new id.
 */
export const AI_CONTROL_SWITCHES = {
  'sagemaker-monitoring-schedule': {
    off: ['StopMonitoringSchedule', 'DeleteMonitoringSchedule'],
    on: ['StartMonitoringSchedule', 'CreateMonitoringSchedule'],
    key: 'monitoringScheduleName'
  },
  'bedrock-guardrail': { off: ['DeleteGuardrail'], on: [], key: 'guardrailIdentifier' }
} as const
