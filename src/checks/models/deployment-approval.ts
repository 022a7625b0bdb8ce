import type { Check } from '../check.js'
import { forEachProductionModel, MODEL_KINDS } from './views.js'

export const modelDeploymentApproval: Check = {
  metadata: {
    id: 'models.deployment.approval',
    version: 1,
    title: 'Production model versions were approved for deployment by someone other than their creator',
    severity: 'high',
    rationale:
      'Deployment of an AI system needs a recorded decision, and a creator approving their own model is no independent check.',
    remediation:
      'Record the approval on the version: in MLflow set the version tags approved_by and approved_at (the approver, not the creator); in SageMaker set ModelApprovalStatus to Approved as a different user or role; for Hugging Face add approved_by / approved_at to the model card front matter.',
    evidenceKinds: MODEL_KINDS
  },
  evaluate: (context) =>
    forEachProductionModel(context, (view) => {
      const label = `${view.name} ${view.version}`
      if (view.approval?.undetermined)
        return { status: 'error', message: `${label}: ${view.approval.undetermined}` }
      if (view.approval?.problems?.length)
        return { status: 'fail', message: `${label}: ${view.approval.problems.join('; ')}.` }
      if (!view.approval?.by)
        return { status: 'fail', message: `${label}: no deployment approval is recorded.` }
      // Without a creator the approval cannot be shown to be someone else's: undecided, never a pass.
      if (!view.createdBy) {
        return {
          status: 'error',
          message: `${label}: approved by ${view.approval.by}, but no creator is recorded (for MLflow: the source run's user), so the approval cannot be shown to be independent.`
        }
      }
      if (sameIdentity(view.approval.by, view.createdBy)) {
        return { status: 'fail', message: `${label}: approved by its creator ${view.createdBy}.` }
      }
      return {
        status: 'pass',
        message: `${label}: approved by ${view.approval.by}${view.approval.at ? ` at ${view.approval.at}` : ''}; created by ${view.createdBy ?? 'unknown'}.`
      }
    })
}

/** User ids as registries record them: `Dana-ML` and ` dana-ml` are the same person. */
const sameIdentity = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()
