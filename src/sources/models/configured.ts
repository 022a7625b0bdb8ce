import type { EvidenceConfig } from '../../config/schema.js'

/** Apart from the collectors, so the registry can ask without loading them (and the SageMaker SDK). */
export function modelSourcesConfigured(config: EvidenceConfig): boolean {
  const models = config.models
  return Boolean(models.mlflow || models.huggingface || models.sagemaker || models.results.length > 0)
}
