import type { EvidenceConfig } from '../../config/schema.js'
import type { EvidenceRecord } from '../../model.js'
import { manifestKind } from '../../ai/dependencies.js'
import { buildCatalog, loadAiProviders, type AiProviderCatalog, type Provider } from '../../ai/providers.js'
import { repoSubject } from '../../evidence/github.js'
import type { PullRequestRef } from '../../evidence/pull-request.js'
import type { CheckContext } from '../check.js'

export const AI_CATALOG_KIND = 'catalog.ai-providers'

/** Configuration files where a model identifier (gpt-4o, claude-…) means the system uses that model. */
const CONFIG_FILE = /(\.(ya?ml|json|jsonc|toml|ini|cfg|conf|properties)|(^|\/)\.env(\.[\w-]+)?)$/

export function isAiRelevantFile(path: string): boolean {
  return manifestKind(path) !== undefined || CONFIG_FILE.test(path)
}

export function isModelConfigFile(path: string, inventoryPath: string): boolean {
  return CONFIG_FILE.test(path) && !manifestKind(path)?.lockfile && path !== inventoryPath
}

/** The catalog in force (shipped + config), recorded so the drift findings can be re-derived from the bundle. */
export async function aiEvidenceRecord(config: EvidenceConfig, pr: PullRequestRef): Promise<EvidenceRecord> {
  const catalog = await loadAiProviders(config['ai-inventory'].providers, {
    source: 'ai-inventory.providers in the config'
  })
  return {
    path: 'evidence/catalogs/ai-providers.json',
    source: 'mappings',
    subject: `${repoSubject(pr.repository)}#${pr.number}`,
    kind: AI_CATALOG_KIND,
    requests: [],
    data: { providers: catalog.providers },
    notes: { from: 'mappings/ai-providers.yaml merged with ai-inventory.providers of the config' }
  }
}

export function catalogFrom(
  context: CheckContext,
  subject: string
): { catalog: AiProviderCatalog; path: string } | undefined {
  const record = context.evidence.get<{ providers: Provider[] }>(AI_CATALOG_KIND, subject)
  return record?.data
    ? { catalog: buildCatalog(record.data.providers, record.path), path: record.path }
    : undefined
}
