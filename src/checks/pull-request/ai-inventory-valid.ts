import { parseInventory } from '../../ai/inventory.js'
import { MAX_PR_FILE_BYTES, PR_EVIDENCE } from '../../evidence/pull-request.js'
import { formatBytes } from '../../config/load.js'
import type { Check, CheckResult } from '../check.js'
import { pullRequestEvidence, withChangedFiles } from './context.js'

export const aiInventoryValid: Check = {
  metadata: {
    id: 'github.pr.ai-inventory-valid',
    version: 1,
    title: 'The AI system inventory file is valid',
    severity: 'medium',
    rationale: 'An inventory that cannot be read documents nothing, and drift cannot be checked against it.',
    remediation:
      'Fix the listed lines of the inventory; its format is in schemas/ai-inventory.schema.json (add `# yaml-language-server: $schema=…` for editor completion).',
    evidenceKinds: [PR_EVIDENCE.contents]
  },
  evaluate: (context) =>
    withChangedFiles(context, ({ subject }, _files, contentsPath): CheckResult => {
      const file = pullRequestEvidence(context)!.contents!.data!.inventory
      if (file.tooLarge !== undefined) {
        return {
          subject,
          status: 'error',
          message: `${file.path} is ${formatBytes(file.tooLarge)}, over the limit of ${formatBytes(MAX_PR_FILE_BYTES)}; it was not read. An inventory is a few kilobytes of YAML.`,
          evidence: [contentsPath],
          locations: [
            { path: file.path, line: 1, message: `Over the ${formatBytes(MAX_PR_FILE_BYTES)} limit.` }
          ]
        }
      }
      if (file.content === undefined) {
        return {
          subject,
          status: 'not_applicable',
          message: `There is no ${file.path} at the head of the pull request.`,
          evidence: [contentsPath]
        }
      }
      const parsed = parseInventory(file.content, file.path)
      if ('inventory' in parsed) {
        return {
          subject,
          status: 'pass',
          message: `${file.path} is valid: ${parsed.inventory.systems.length} AI system(s).`,
          evidence: [contentsPath]
        }
      }
      return {
        subject,
        status: 'fail',
        message: `${file.path} has ${parsed.errors.length} error(s): ${parsed.errors.map((e) => e.text).join('; ')}`,
        evidence: [contentsPath],
        locations: parsed.errors.map((e) => ({
          path: file.path,
          line: e.line,
          message: `${e.path}: ${e.message}`
        }))
      }
    })
}
