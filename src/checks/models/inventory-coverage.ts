import { parseInventory, sameModel } from '../../ai/inventory.js'
import { INVENTORY_KIND } from '../../evidence/models.js'
import type { Check, CheckResult } from '../check.js'
import { MODEL_KINDS, modelViews } from './views.js'

const REGISTRY_PREFIX = /^(mlflow|sagemaker|huggingface):/

export const modelInventoryCoverage: Check = {
  metadata: {
    id: 'models.inventory-coverage',
    version: 1,
    title: 'Every production model is in the AI system inventory, and every inventoried model exists',
    severity: 'high',
    rationale:
      'The inventory is how the organisation knows its AI systems and their impact assessments; a model in production that it does not list, or a listed model that no registry holds, means the two have drifted apart.',
    remediation:
      'Add the model to the `models` of the AI system that uses it in .github/ai-inventory.yml (with its impact assessment), or remove the production alias / approval from a model that should not be in use. Remove or correct inventory entries whose model no registry holds.',
    evidenceKinds: [...MODEL_KINDS, INVENTORY_KIND]
  },
  evaluate: (context) => {
    const { views, unreadable } = modelViews(context)
    const record = context.evidence.all<{ path: string; content?: string }>(INVENTORY_KIND)[0]
    if (!record?.data || (views.length === 0 && unreadable.length === 0)) return []
    const file = record.data
    if (file.content === undefined) {
      return [
        {
          subject: record.subject,
          status: 'fail',
          message: `There is no AI system inventory at ${file.path}.`,
          evidence: [record.path]
        }
      ]
    }
    const parsed = parseInventory(file.content, file.path)
    if ('errors' in parsed) {
      return [
        {
          subject: record.subject,
          status: 'error',
          message: `The inventory is not valid: ${parsed.errors.map((e) => e.text).join('; ')}`,
          evidence: [record.path]
        }
      ]
    }
    const systems = parsed.inventory.systems.filter((system) => system.status !== 'retired')
    const listed = (name: string) =>
      systems.find((system) =>
        (system.models ?? []).some((entry) => sameModel(entry.replace(REGISTRY_PREFIX, ''), name))
      )
    const perModel: CheckResult[] = views
      .filter((view) => view.production)
      .map((view) => {
        const system = listed(view.name)
        return system
          ? {
              subject: view.subject,
              status: 'pass',
              message: `${view.name} is inventoried as part of ${system.id}.`,
              evidence: [...view.evidence, record.path]
            }
          : {
              subject: view.subject,
              status: 'fail',
              message: `${view.name} ${view.version} is in production but no AI system in ${file.path} lists it.`,
              evidence: [...view.evidence, record.path]
            }
      })
    // Only models the organisation builds can be looked up in its registries; vendor models (gpt-4o) cannot.
    const internal = systems
      .filter((system) => system.vendor === 'internal')
      .flatMap((system) => (system.models ?? []).map((model) => ({ system: system.id, model })))
    const missing = internal.filter(
      ({ model }) => !views.some((view) => sameModel(model.replace(REGISTRY_PREFIX, ''), view.name))
    )
    const inventorySide: CheckResult =
      unreadable.length > 0 && missing.length > 0
        ? {
            subject: record.subject,
            status: 'error',
            message: `Not every registry could be read, so inventoried models cannot all be found: ${missing.map((m) => m.model).join(', ')}.`,
            evidence: [record.path]
          }
        : missing.length > 0
          ? {
              subject: record.subject,
              status: 'fail',
              message: `Inventoried but in no registry: ${missing.map((m) => `${m.model} (${m.system})`).join(', ')}.`,
              evidence: [record.path]
            }
          : {
              subject: record.subject,
              status: 'pass',
              message: `All ${internal.length} internal model(s) of the inventory exist in a registry.`,
              evidence: [record.path]
            }
    return [...perModel, inventorySide]
  }
}
