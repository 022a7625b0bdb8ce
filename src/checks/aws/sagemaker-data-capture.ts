import { AWS_AI_MONITORING_EVIDENCE, type SageMakerMonitoringEvidence } from '../../evidence/aws-ai.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsSageMakerDataCapture: Check = {
  metadata: {
    id: 'aws.sagemaker.endpoint-data-capture',
    version: 1,
    title: 'SageMaker endpoints in service capture their inference requests and responses',
    severity: 'high',
    rationale:
      'Data capture records the requests a deployed model receives and what it answered, to S3: the event log of the AI system in production and the input of Model Monitor.',
    remediation:
      'SageMaker → Inference → Endpoints → the endpoint → Update endpoint with an endpoint configuration that enables data capture (input and output, a sampling percentage, an S3 destination with a KMS key). SDK: DataCaptureConfig(enable_capture=True, sampling_percentage=100, destination_s3_uri=…) in predictor.update_data_capture_config(…).',
    evidenceKinds: [AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring]
  },
  evaluate: (context) =>
    perRecord<SageMakerMonitoringEvidence>(
      context,
      AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring,
      'SageMaker endpoints',
      ({ endpoints, truncated }) => {
        if (truncated?.includes('endpoints'))
          return { status: 'error', message: 'The endpoint listing was cut at the cap.' }
        const serving = endpoints.filter((e) => e.error || e.EndpointStatus === 'InService')
        if (serving.length === 0) {
          return { status: 'not_applicable', message: 'No SageMaker endpoint in service in this region.' }
        }
        const failed = serving.filter((e) => e.error)
        const off = serving.filter(
          (e) =>
            !e.error &&
            !(e.DataCaptureConfig?.EnableCapture && e.DataCaptureConfig.CaptureStatus === 'Started')
        )
        if (off.length > 0) {
          return {
            status: 'fail',
            message: `${off.length} of ${serving.length} endpoint(s) in service do not capture data: ${off
              .map((e) =>
                e.DataCaptureConfig?.EnableCapture
                  ? `${e.EndpointName} (capture ${e.DataCaptureConfig.CaptureStatus ?? 'status unknown'})`
                  : `${e.EndpointName} (data capture not enabled)`
              )
              .join(', ')}.`
          }
        }
        if (failed.length > 0) {
          return {
            status: 'error',
            message: `DescribeEndpoint failed for ${failed.map((e) => `${e.EndpointName} (${e.error})`).join(', ')}.`
          }
        }
        return {
          status: 'pass',
          message: `All ${serving.length} endpoint(s) in service capture data: ${serving
            .map(
              (e) =>
                `${e.EndpointName} (${e.DataCaptureConfig?.CurrentSamplingPercentage ?? '?'}% to ${e.DataCaptureConfig?.DestinationS3Uri ?? '?'})`
            )
            .join(', ')}.`
        }
      }
    )
}
