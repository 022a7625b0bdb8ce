import type { EvidenceIndex } from './evidence.js'
import { GITHUB_EVIDENCE, repoSubject } from './github/evidence-kinds.js'
import { AWS_SOURCE_KIND } from './aws/scope.js'
import { HF_KIND } from './models/huggingface.js'
import { MLFLOW_REGISTRY_KIND } from './models/mlflow.js'

/**
 * Sources that collected nothing this run, each as one line naming it and why. A night like that is not
 * green: its findings are all errors, which `fail-on: failing-control` would let pass; the step fails
 * instead (exit code 3), unless `fail-on: none`.
 */
export function wholeSourceFailures(input: {
  evidence: EvidenceIndex
  /** Repositories named in scope (or listed from an org) that could not be read. */
  unreachableRepositories: string[]
  aws?: { accounts: string[]; notConfigured?: string }
}): string[] {
  const failures: string[] = []
  for (const repository of input.unreachableRepositories) {
    const record = input.evidence.get(GITHUB_EVIDENCE.repository, repoSubject(repository))
    failures.push(
      `GitHub repository ${repository} collected nothing: ${record?.error?.message ?? 'it could not be read'}`
    )
  }
  if (input.aws && input.aws.accounts.length === 0) {
    const record = input.evidence.all(AWS_SOURCE_KIND).find((r) => r.error)
    failures.push(
      `AWS collected nothing: ${input.aws.notConfigured ?? record?.error?.message ?? 'no account could be read'}`
    )
  }
  for (const registry of input.evidence.all(MLFLOW_REGISTRY_KIND).filter((r) => r.error))
    failures.push(`MLflow (${registry.subject}) collected nothing: ${registry.error!.message}`)
  const models = input.evidence.all(HF_KIND)
  if (models.length > 0 && models.every((r) => r.error))
    failures.push(`Hugging Face collected nothing: ${models[0]!.error!.message}`)
  return failures
}
