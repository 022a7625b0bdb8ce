import type { SourceLocation } from '../../model.js'
import { PR_EVIDENCE } from '../../evidence/pull-request.js'
import { scalarText } from '../../util/text.js'
import type { Check } from '../check.js'
import { withChangedWorkflows } from './context.js'
import { mapEntries, mapEntry, readWorkflow, scalarValue, sequenceItems } from './workflow-yaml.js'

/** Actions published by GitHub itself; pinning them is good practice, but they are not third-party code. */
const FIRST_PARTY = /^(actions|github)\//
const FULL_SHA = /^[0-9a-f]{40}$/

export function unpinnedActions(path: string, text: string): SourceLocation[] {
  const { root, line, problems } = readWorkflow(text)
  if (!root) return problems.map((p) => ({ path, ...p }))
  const found: SourceLocation[] = []
  for (const job of mapEntries(mapEntry(root, 'jobs')?.value)) {
    const uses = [
      mapEntry(job.value, 'uses'),
      ...sequenceItems(mapEntry(job.value, 'steps')?.value).map((step) => mapEntry(step, 'uses'))
    ]
    for (const entry of uses) {
      const reference = scalarText(scalarValue(entry?.value) ?? '')
      if (!entry || !reference || reference.startsWith('./')) continue
      if (reference.startsWith('docker://')) {
        if (!reference.includes('@sha256:')) {
          found.push({
            path,
            line: line(entry.value),
            message: `\`${reference}\` is a Docker image without a digest.`
          })
        }
        continue
      }
      const [action, ref] = reference.split('@')
      if (FIRST_PARTY.test(action!) || (ref && FULL_SHA.test(ref))) continue
      found.push({
        path,
        line: line(entry.value),
        message: `\`${reference}\` is a third-party action pinned to ${ref ? `the movable ref \`${ref}\`` : 'nothing'}, not a full commit SHA.`
      })
    }
  }
  return found
}

export const workflowPinnedActions: Check = {
  metadata: {
    id: 'github.pr.workflow-pinned-actions',
    version: 1,
    title: 'Changed workflows pin third-party actions to a commit SHA',
    severity: 'medium',
    rationale:
      "A tag or branch of someone else's action can be moved to new code at any time; that code then runs with the workflow's token and secrets. Pinning to a full commit SHA makes the supplier relationship explicit and reviewable.",
    remediation:
      'Replace `uses: owner/action@v2` with `uses: owner/action@<40-character commit SHA> # v2` (Dependabot keeps pinned SHAs up to date when `github-actions` is in .github/dependabot.yml).',
    evidenceKinds: [PR_EVIDENCE.contents]
  },
  evaluate: (context) =>
    withChangedWorkflows(
      context,
      unpinnedActions,
      () => 'Every third-party action in the changed workflows is pinned to a commit SHA.',
      (locations) =>
        `${locations.length} unpinned third-party action(s): ${locations.map((l) => `${l.path}:${l.line}`).join(', ')}.`
    )
}
