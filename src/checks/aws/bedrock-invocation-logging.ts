import { AWS_AI_EVIDENCE, type BedrockInvocationLoggingEvidence } from '../../evidence/aws-ai.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsBedrockInvocationLogging: Check = {
  metadata: {
    id: 'aws.bedrock.invocation-logging',
    version: 1,
    title: 'Amazon Bedrock model invocation logging is on, to S3 or CloudWatch Logs',
    severity: 'high',
    rationale:
      'Model invocation logs are the record of what was asked of an AI model and what it answered; without them an AI incident or misuse cannot be investigated.',
    remediation:
      'Amazon Bedrock → Settings (in each listed region) → "Model invocation logging": turn on, select the data types (at least text), choose "S3 only", "CloudWatch Logs only" or both, with a bucket that blocks public access and a log group with retention, Save. CLI: aws bedrock put-model-invocation-logging-configuration --logging-config file://logging.json --region <region>',
    evidenceKinds: [AWS_AI_EVIDENCE.bedrockInvocationLogging]
  },
  evaluate: (context) =>
    perRecord<BedrockInvocationLoggingEvidence>(
      context,
      AWS_AI_EVIDENCE.bedrockInvocationLogging,
      'Bedrock model invocation logging',
      ({ loggingConfig }) => {
        const destinations = [
          ...(loggingConfig?.s3Config?.bucketName ? [`s3://${loggingConfig.s3Config.bucketName}`] : []),
          ...(loggingConfig?.cloudWatchConfig?.logGroupName
            ? [`CloudWatch Logs ${loggingConfig.cloudWatchConfig.logGroupName}`]
            : [])
        ]
        if (!loggingConfig || destinations.length === 0) {
          return {
            status: 'fail',
            message: 'Bedrock model invocation logging is not configured in this region.'
          }
        }
        if (loggingConfig.textDataDeliveryEnabled === false) {
          return {
            status: 'fail',
            message: `Bedrock model invocation logging goes to ${destinations.join(' and ')} but does not include text prompts and completions.`
          }
        }
        return {
          status: 'pass',
          message: `Bedrock model invocation logging is on, to ${destinations.join(' and ')}.`
        }
      }
    )
}
