import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { EvidenceSink } from '../evidence.js'

import { INVENTORY_KIND } from '../../evidence/models.js'

export { INVENTORY_KIND } from '../../evidence/models.js'

/** The AI system inventory as checked out in the workspace, recorded as evidence for the coverage check. */
export async function collectInventory(sink: EvidenceSink, path: string, workspace: string): Promise<void> {
  const content = await readFile(resolve(workspace, path), 'utf8').catch(() => undefined)
  await sink.add({
    path: 'evidence/models/ai-inventory.json',
    source: 'workspace',
    subject: `inventory:${path}`,
    kind: INVENTORY_KIND,
    requests: [],
    data: { path, ...(content !== undefined ? { content } : { missing: true }) }
  })
}
