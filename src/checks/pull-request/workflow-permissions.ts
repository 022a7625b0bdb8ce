import type { SourceLocation } from '../../model.js'
import { PR_EVIDENCE } from '../../evidence/pull-request.js'
import type { Check } from '../check.js'
import { withChangedWorkflows } from './context.js'
import { mapEntries, mapEntry, readWorkflow, scalarValue } from './workflow-yaml.js'

/** Where a changed workflow hands its GITHUB_TOKEN more than it needs. */
export function permissionProblems(path: string, text: string): SourceLocation[] {
  const { root, line, problems } = readWorkflow(text)
  if (!root) return problems.map((p) => ({ path, ...p }))
  const found: SourceLocation[] = []
  const top = mapEntry(root, 'permissions')
  if (!top) {
    const on = mapEntry(root, 'on') ?? mapEntry(root, true as unknown as string)
    found.push({
      path,
      line: on ? line(on.key) : 1,
      message:
        'No top-level `permissions:`: the GITHUB_TOKEN gets the repository default, which may be write access to everything.'
    })
  } else if (scalarValue(top.value) === 'write-all') {
    found.push({
      path,
      line: line(top.key),
      message: '`permissions: write-all` grants the GITHUB_TOKEN write access to everything.'
    })
  }
  for (const job of mapEntries(mapEntry(root, 'jobs')?.value)) {
    const permissions = mapEntry(job.value, 'permissions')
    if (permissions && scalarValue(permissions.value) === 'write-all') {
      found.push({
        path,
        line: line(permissions.key),
        message: `Job \`${job.key}\` sets \`permissions: write-all\`.`
      })
    }
  }
  return found
}

export const workflowPermissions: Check = {
  metadata: {
    id: 'github.pr.workflow-permissions',
    version: 1,
    title: 'Changed workflows give the GITHUB_TOKEN least privilege',
    severity: 'high',
    rationale:
      'A workflow token with write access to everything turns any compromised step or dependency into a way to push code, change releases or alter settings.',
    remediation:
      'Add a top-level `permissions:` block to the workflow with only what it needs, e.g. `permissions: { contents: read }`, and grant more per job (`pull-requests: write`, `id-token: write`) where a job needs it. Never use `write-all`.',
    evidenceKinds: [PR_EVIDENCE.contents]
  },
  evaluate: (context) =>
    withChangedWorkflows(
      context,
      permissionProblems,
      (count) => `${count} changed workflow(s) declare least-privilege permissions.`,
      (locations) =>
        `${locations.length} permission problem(s) in changed workflows: ${locations.map((l) => `${l.path}:${l.line}`).join(', ')}.`
    )
}
