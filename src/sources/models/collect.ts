import type { EvidenceConfig } from '../../config/schema.js'
import type { EvidenceSink } from '../evidence.js'
import { collectHuggingFace } from './huggingface.js'
import { collectInventory } from './inventory.js'
import { collectMlflow } from './mlflow.js'
import { collectResultFiles } from './results.js'

export { modelSourcesConfigured } from './configured.js'

/**
 * Model evidence for ISO/IEC 42001: each configured registry, the pipeline's result files and the AI
 * inventory. A source that fails is recorded as such and the others are still collected.
 */
export async function collectModels(
  sink: EvidenceSink,
  config: EvidenceConfig,
  options: { env: NodeJS.ProcessEnv; workspace: string; log: (message: string) => void }
): Promise<void> {
  const models = config.models
  if (models.mlflow)
    options.log(`MLflow: ${await collectMlflow(sink, models.mlflow, options.env)} model version(s)`)
  if (models.huggingface) {
    options.log(`Hugging Face: ${await collectHuggingFace(sink, models.huggingface, options.env)} model(s)`)
  }
  if (models.sagemaker) {
    // The SageMaker and S3 clients load only for a config that names SageMaker.
    const { collectSageMaker } = await import('./sagemaker.js')
    const result = await collectSageMaker(sink, {
      region: models.sagemaker.region,
      ...(models.sagemaker.groups ? { groups: models.sagemaker.groups } : {})
    })
    options.log(`SageMaker: ${result.packages} model package(s), ${result.errors} error(s)`)
  }
  if (models.results.length > 0) {
    const result = await collectResultFiles(sink, models.results, options.workspace)
    options.log(`Model result files: ${result.files} file(s), ${result.errors} error(s)`)
  }
  await collectInventory(sink, config['ai-inventory'].path, options.workspace)
}
