import type { Check } from '../check.js'
import { forEachProductionModel, MODEL_KINDS } from './views.js'

export const modelLineage: Check = {
  metadata: {
    id: 'models.lineage',
    version: 1,
    title: 'Production model versions link to their training run and dataset versions',
    severity: 'medium',
    rationale:
      'Without provenance nobody can say which data, code and parameters produced the model in production, or reproduce it.',
    remediation:
      'Register model versions from the run that trained them (mlflow.register_model from runs:/<run id>/model) and log the training and evaluation datasets as run inputs (mlflow.log_input); in SageMaker set the lineage (MetadataProperties, CustomerMetadataProperties training_dataset); on Hugging Face list datasets in the model card.',
    evidenceKinds: MODEL_KINDS
  },
  evaluate: (context) =>
    forEachProductionModel(context, (view) => {
      const problems = [
        ...(view.registry !== 'huggingface' && !view.lineage.runId ? ['no source run'] : []),
        ...(view.lineage.datasets.length === 0 ? ['no dataset versions'] : []),
        ...(view.lineage.problems ?? []),
        ...view.integrityProblems
      ]
      return problems.length === 0
        ? {
            status: 'pass',
            message: `${view.name} ${view.version}: ${view.lineage.runId ? `run ${view.lineage.runId}, ` : ''}datasets ${view.lineage.datasets.join(', ')}.`
          }
        : { status: 'fail', message: `${view.name} ${view.version}: ${problems.join('; ')}.` }
    })
}
