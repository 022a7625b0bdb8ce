import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/evidence/models.ts
var INVENTORY_KIND = "models.inventory";
var RESULTS_KIND = "models.results";
var MLFLOW_KIND = "models.mlflow.version";
var MLFLOW_REGISTRY_KIND = "models.mlflow.registry";
var HF_KIND = "models.huggingface.model";
var SAGEMAKER_KIND = "models.sagemaker.package";

export {
  INVENTORY_KIND,
  RESULTS_KIND,
  MLFLOW_KIND,
  MLFLOW_REGISTRY_KIND,
  HF_KIND,
  SAGEMAKER_KIND
};
//# sourceMappingURL=chunk-5OAN6P4X.js.map
