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
