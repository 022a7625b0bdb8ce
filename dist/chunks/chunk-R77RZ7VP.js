import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/sources/models/configured.ts
function modelSourcesConfigured(config) {
  const models = config.models;
  return Boolean(models.mlflow || models.huggingface || models.sagemaker || models.results.length > 0);
}

export {
  modelSourcesConfigured
};
//# sourceMappingURL=chunk-R77RZ7VP.js.map
