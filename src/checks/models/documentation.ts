import type { Check } from '../check.js'
import { forEachProductionModel, MODEL_KINDS } from './views.js'

export const modelDocumentation: Check = {
  metadata: {
    id: 'models.documentation',
    version: 1,
    title: 'Production model versions document their intended use and limitations',
    severity: 'medium',
    rationale:
      'Users and operators of an AI system need its technical documentation: what it is for, and where it must not be relied on.',
    remediation:
      'Add "Intended use" and "Limitations" sections to the model card (Hugging Face README.md, SageMaker Model Card) or to the registered model / version description in MLflow.',
    evidenceKinds: MODEL_KINDS
  },
  evaluate: (context) =>
    forEachProductionModel(context, (view) => {
      const missing = [
        ...(view.documentation.intendedUse ? [] : ['intended use']),
        ...(view.documentation.limitations ? [] : ['limitations']),
        ...(view.documentation.missing ?? [])
      ]
      return missing.length === 0
        ? {
            status: 'pass',
            message: `${view.name} ${view.version}: intended use and limitations${view.documentation.missing ? ', training details and evaluation' : ''} documented (${view.documentation.source}).`
          }
        : {
            status: 'fail',
            message: `${view.name} ${view.version}: the ${view.documentation.source ?? 'documentation'} does not describe ${missing.join(' or ')}.`
          }
    })
}
