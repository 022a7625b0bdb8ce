import type { EvidenceRecord } from '../../model.js'
import type { GitHubClient } from './client.js'
import { GitHubRequestFailure, restGet } from './requests.js'
import type { BranchRule, ClassicProtection, ProtectionEvidence } from './types.js'
import { GITHUB_EVIDENCE, evidencePath, repoSubject } from './evidence-kinds.js'

const RULES_PAGE_SIZE = 100

/**
 * Every rule in force on a branch, from repository and organization rulesets alike. Needs only metadata
 * read, so it works with the default GITHUB_TOKEN. Rulesets in `evaluate` mode are not returned: they
 * do not enforce anything, which is what an auditor cares about.
 */
export async function collectBranchRules(
  client: GitHubClient,
  fullName: string,
  branch: string
): Promise<EvidenceRecord> {
  const record: EvidenceRecord<{ branch: string; rules: BranchRule[] }> = {
    path: evidencePath(fullName, 'branch-rules'),
    source: 'github',
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.branchRules,
    requests: []
  }
  const rules: BranchRule[] = []
  try {
    for (let page = 1; ; page++) {
      const response = await restGet<BranchRule[]>(
        client,
        `/repos/${fullName}/rules/branches/${encodeURIComponent(branch)}?per_page=${RULES_PAGE_SIZE}&page=${page}`,
        'metadata: read'
      )
      record.requests.push(response.request)
      rules.push(...response.data)
      if (!response.hasNextPage) break
    }
    record.data = { branch, rules }
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure)) throw error
    record.requests.push(error.request)
    record.error = error.failure
  }
  return record
}

/**
 * Classic branch protection. GitHub only shows it to admins: a 403 is recorded as "could not be read",
 * never as "unprotected", and a 404 "Branch not protected" as unprotected.
 */
export async function collectClassicProtection(
  client: GitHubClient,
  fullName: string,
  branch: string
): Promise<EvidenceRecord> {
  const record: EvidenceRecord<ProtectionEvidence & { branch: string }> = {
    path: evidencePath(fullName, 'branch-protection'),
    source: 'github',
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.branchProtection,
    requests: []
  }
  try {
    const response = await restGet<ClassicProtection>(
      client,
      `/repos/${fullName}/branches/${encodeURIComponent(branch)}/protection`,
      'administration: read (GitHub App) or admin rights on the repository (personal access token)'
    )
    record.requests.push(response.request)
    record.data = { branch, protected: true, protection: response.data }
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure)) throw error
    record.requests.push(error.request)
    if (error.request.status === 404 && /not protected/i.test(error.failure.message)) {
      record.data = { branch, protected: false }
    } else if (error.request.status === 404 && /branch not found/i.test(error.failure.message)) {
      // The default branch does not exist: an empty repository, with nothing on it to protect yet.
      record.data = { branch, protected: false, branchMissing: true }
    } else if (error.request.status === 403 && /upgrade to github/i.test(error.failure.message)) {
      // GitHub Free offers no branch protection for private repositories: unprotected, and the plan says why.
      const said = /Upgrade to GitHub[^)]*/i.exec(error.failure.message)?.[0] ?? error.failure.message
      record.data = { branch, protected: false, planLimitation: `GitHub answered 403 "${said}"` }
    } else {
      record.error = error.failure
    }
  }
  return record
}
