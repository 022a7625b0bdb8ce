import type { Source } from '../source.js'
import { collectModels } from './collect.js'
import { HF_KIND } from './huggingface.js'
import { MLFLOW_REGISTRY_KIND } from './mlflow.js'

/** Model registries, result files and the AI inventory (ISO/IEC 42001) as a plug-in of the nightly run. */
export const source: Source = {
  async collect(settings, sink, log) {
    const { config, evidence } = settings
    await collectModels(sink, config, { env: settings.env, workspace: settings.workspace, log: log.info })
    const models = config.models
    const failures: string[] = []
    for (const registry of evidence.all(MLFLOW_REGISTRY_KIND).filter((r) => r.error))
      failures.push(`MLflow (${registry.subject}) collected nothing: ${registry.error!.message}`)
    const hub = evidence.all(HF_KIND)
    if (hub.length > 0 && hub.every((r) => r.error))
      failures.push(`Hugging Face collected nothing: ${hub[0]!.error!.message}`)
    return {
      manifest: {
        mlflow: models.mlflow?.url ?? null,
        huggingface: models.huggingface
          ? { endpoint: models.huggingface.endpoint, models: models.huggingface.models }
          : null,
        sagemaker: models.sagemaker?.region ?? null,
        results: models.results
      },
      notes: [],
      failures
    }
  }
}
