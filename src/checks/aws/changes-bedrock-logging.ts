import { AWS_AI_EVIDENCE, type BedrockInvocationLoggingEvidence } from '../../evidence/aws-ai.js'
import { AWS_CHANGE_EVIDENCE } from '../../evidence/aws-changes.js'
import type { Check } from '../check.js'
import { perRegionTimeline } from './timeline.js'

export const awsBedrockLoggingInForce: Check = {
  metadata: {
    id: 'aws.changes.bedrock-logging-in-force',
    version: 1,
    title: 'Bedrock model invocation logging was not switched off during the period',
    severity: 'high',
    rationale:
      'Model invocations made while logging was deleted left no record; the AI request log has a gap an auditor will ask about.',
    remediation:
      'Investigate each interval (CloudTrail → Event history, event name DeleteModelInvocationLoggingConfiguration): who deleted it and which invocations fell in the gap; restore it (Bedrock → Settings → Model invocation logging) and deny bedrock:DeleteModelInvocationLoggingConfiguration with a service control policy.',
    evidenceKinds: [AWS_AI_EVIDENCE.bedrockInvocationLogging, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) =>
    perRegionTimeline<BedrockInvocationLoggingEvidence>(
      context,
      'bedrock-invocation-logging',
      AWS_AI_EVIDENCE.bedrockInvocationLogging,
      (region) => `Bedrock model invocation logging in ${region}`,
      (data) =>
        Boolean(
          data.loggingConfig?.s3Config?.bucketName || data.loggingConfig?.cloudWatchConfig?.logGroupName
        )
    )
}
