import { addedDependencies, manifestKind, ManifestParseError } from '../../ai/dependencies.js'
import { coverage, parseInventory, type Inventory } from '../../ai/inventory.js'
import { lineOfOffset, matchModels, matchPackage } from '../../ai/providers.js'
import type { SourceLocation } from '../../model.js'
import { MAX_PR_FILE_BYTES, PR_EVIDENCE } from '../../evidence/pull-request.js'
import { formatBytes } from '../../config/load.js'
import type { Check, CheckResult } from '../check.js'
import { AI_CATALOG_KIND, catalogFrom, isModelConfigFile } from './ai-evidence.js'
import { oversizeFiles, pullRequestEvidence, withChangedFiles } from './context.js'

interface AiAddition {
  location: SourceLocation
  covered: boolean
  what: string
}

export const aiInventoryDrift: Check = {
  metadata: {
    id: 'github.pr.ai-inventory-drift',
    version: 1,
    title:
      'New AI SDKs, providers and models are in the AI system inventory with a current impact assessment',
    severity: 'high',
    rationale:
      'An AI provider or model that enters the code without being inventoried has had no procurement review and no impact assessment: the AI system exists, but the management system does not know it.',
    remediation:
      'Add or extend the system in .github/ai-inventory.yml that uses this provider or model (vendor, models, purpose, owner, data categories) and link a current impact assessment (impact-assessment.reference and date). If the dependency is not meant to be used, remove it from the change.',
    evidenceKinds: [PR_EVIDENCE.contents, AI_CATALOG_KIND]
  },
  evaluate: (context) =>
    withChangedFiles(context, ({ subject }, files, contentsPath): CheckResult => {
      const settings = context.config['ai-inventory']
      const evidence = [contentsPath]
      const catalog = catalogFrom(context, subject)
      if (!catalog)
        return { subject, status: 'error', message: 'The AI provider catalog was not recorded.', evidence }
      evidence.push(catalog.path)
      const inventoryFile = pullRequestEvidence(context)!.contents!.data!.inventory
      if (inventoryFile.tooLarge !== undefined) {
        return {
          subject,
          status: 'error',
          message: `${inventoryFile.path} is ${formatBytes(inventoryFile.tooLarge)}, over the limit of ${formatBytes(MAX_PR_FILE_BYTES)}, so coverage cannot be decided.`,
          evidence
        }
      }
      let inventory: Inventory = { systems: [] }
      if (inventoryFile.content !== undefined) {
        const parsed = parseInventory(inventoryFile.content, inventoryFile.path)
        if ('errors' in parsed) {
          return {
            subject,
            status: 'error',
            message: `${inventoryFile.path} is not valid, so coverage cannot be decided (see github.pr.ai-inventory-valid).`,
            evidence
          }
        }
        inventory = parsed.inventory
      }
      const now = new Date(context.period.end)
      const additions: AiAddition[] = []
      const unreadable: string[] = oversizeFiles(
        files,
        (path) => manifestKind(path) !== undefined || isModelConfigFile(path, settings.path)
      )
      const directlyAdded = new Set<string>()
      const manifests = files.filter((file) => file.head !== undefined && manifestKind(file.path))
      // Manifests first, so a lockfile entry for a package the PR also adds directly is not reported twice.
      manifests.sort(
        (a, b) => Number(manifestKind(a.path)!.lockfile) - Number(manifestKind(b.path)!.lockfile)
      )
      for (const file of manifests) {
        let added
        try {
          added = addedDependencies(file.path, file.base, file.head)
        } catch (error) {
          if (error instanceof ManifestParseError) {
            unreadable.push(error.message)
            continue
          }
          throw error
        }
        for (const dependency of added) {
          const provider = matchPackage(catalog.catalog, dependency.ecosystem, dependency.name)
          if (!provider) continue
          const key = `${dependency.ecosystem}:${dependency.name}`
          if (!dependency.direct && directlyAdded.has(key)) continue
          if (dependency.direct) directlyAdded.add(key)
          const result = coverage(
            inventory,
            { provider, packageName: dependency.name },
            now,
            settings['max-assessment-age-days']
          )
          const kind = dependency.direct ? '' : ' (transitive, from the lockfile)'
          additions.push({
            covered: result.covered,
            what: `${dependency.name}${kind}`,
            location: {
              path: file.path,
              line: dependency.line,
              message: `Adds ${dependency.name}${kind}, ${provider.name} (${provider.vendor}): ${result.message}`
            }
          })
        }
      }
      for (const file of files.filter(
        (f) => f.head !== undefined && isModelConfigFile(f.path, settings.path)
      )) {
        const before = new Set(matchModels(catalog.catalog, file.base ?? '').map((m) => m.model))
        for (const match of matchModels(catalog.catalog, file.head!)) {
          if (before.has(match.model)) continue
          before.add(match.model)
          const result = coverage(
            inventory,
            { provider: match.provider, model: match.model },
            now,
            settings['max-assessment-age-days']
          )
          additions.push({
            covered: result.covered,
            what: match.model,
            location: {
              path: file.path,
              line: lineOfOffset(file.head!, match.index),
              message: `Uses model ${match.model} (${match.provider.name}): ${result.message}`
            }
          })
        }
      }
      const uncovered = additions.filter((a) => !a.covered)
      if (uncovered.length > 0) {
        return {
          subject,
          status: 'fail',
          message: `${uncovered.length} AI addition(s) not covered by ${settings.path}: ${uncovered.map((a) => a.what).join(', ')}.`,
          evidence,
          locations: uncovered.map((a) => a.location),
          details: uncovered.map((a) => a.location)
        }
      }
      if (unreadable.length > 0) {
        return {
          subject,
          status: 'error',
          message: `Manifests could not be read: ${unreadable.join('; ')}`,
          evidence
        }
      }
      return {
        subject,
        status: 'pass',
        message:
          additions.length === 0
            ? 'The pull request adds no AI SDK, provider or model.'
            : `Every AI addition is inventoried with a current impact assessment: ${additions.map((a) => a.what).join(', ')}.`,
        evidence
      }
    })
}
