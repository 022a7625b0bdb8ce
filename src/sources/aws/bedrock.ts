import type { EvidenceRecord } from '../../model.js'
import { AWS_AI_EVIDENCE, type BedrockInvocationLoggingEvidence } from '../../evidence/aws-ai.js'
import { sdkExports, type AccountScope } from './scope.js'

/**
 * Amazon Bedrock model invocation logging in one region (it is a regional setting): where the prompts and
 * completions of every model invocation are logged, if anywhere. No `loggingConfig` means not logged.
 */
export async function collectBedrockLogging(scope: AccountScope, region: string): Promise<void> {
  const sdk = sdkExports(await import('@aws-sdk/client-bedrock'))
  const client = scope.clients.lazy('bedrock', region, (settings) => new sdk.BedrockClient(settings))
  const record: EvidenceRecord<BedrockInvocationLoggingEvidence> = {
    path: scope.path(region, 'bedrock-invocation-logging'),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_AI_EVIDENCE.bedrockInvocationLogging,
    requests: []
  }
  const result = await scope.call('GetModelInvocationLoggingConfigurationCommand', region, () =>
    client.send(new sdk.GetModelInvocationLoggingConfigurationCommand({}))
  )
  if (!result.ok) return scope.add({ ...record, requests: [result.request], error: result.failure })
  const config = result.body.loggingConfig
  await scope.add({
    ...record,
    requests: [result.request],
    data: config ? { loggingConfig: config } : {}
  })
}
