/** Evidence kinds the GitHub source records; checks name them in their metadata. */
export const GITHUB_EVIDENCE = {
  repository: 'github.repository',
  branchRules: 'github.branch-rules',
  branchProtection: 'github.branch-protection',
  rulesets: 'github.rulesets',
  ruleSuites: 'github.rule-suites',
  pullRequests: 'github.pull-requests',
  defaultBranchCommits: 'github.default-branch-commits',
  dependabot: 'github.dependabot-alerts'
} as const

/** Subjects are repositories: `github:owner/repo`. */
export function repoSubject(fullName: string): string {
  return `github:${fullName}`
}

export function evidencePath(fullName: string, file: string): string {
  return `evidence/github/${fullName}/${file}.json`
}
