import type { Check } from '../check.js'
import { forEachProductionModel, MODEL_KINDS } from './views.js'

export const modelMonitoring: Check = {
  metadata: {
    id: 'models.monitoring',
    version: 1,
    title: 'Monitoring and event logging are declared for production model versions',
    severity: 'medium',
    rationale:
      'An AI system in operation must be monitored for drift and failures, and its events logged, or problems go unnoticed.',
    remediation:
      'Declare where the version is monitored and logged: MLflow version or model tags monitoring (e.g. the drift dashboard) and event_logging (the log destination); SageMaker drift check baselines or a monitoring customer metadata property; a "Monitoring" section in the Hugging Face model card.',
    evidenceKinds: MODEL_KINDS
  },
  evaluate: (context) =>
    forEachProductionModel(context, (view) =>
      view.monitoring.declared
        ? {
            status: 'pass',
            message: `${view.name} ${view.version}: ${view.monitoring.detail ?? 'monitoring declared'}.`
          }
        : {
            status: 'fail',
            message: `${view.name} ${view.version}: no monitoring or event logging is declared.`
          }
    )
}
