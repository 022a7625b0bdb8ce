import { GITHUB_ORG_EVIDENCE } from '../../evidence/github-org.js'
import type { Check } from '../check.js'
import { forEachRepoAccess } from './org-records.js'

/** Environment names taken as production: `production`, `prod`, `live`, and names like `prod-eu`. */
const PRODUCTION = /^(prod|production|live)([-_ ./].*)?$/i

export const repoProductionEnvironments: Check = {
  metadata: {
    id: 'github.repo.production-environments-protected',
    version: 1,
    title: 'Production environments require a reviewer and restrict deploying branches',
    severity: 'high',
    rationale:
      'A deployment job to production runs with that environment\u2019s secrets; required reviewers make a person approve each deployment, and a branch policy stops a workflow on an unreviewed branch from deploying at all.',
    remediation:
      'Repository → Settings → Environments → production: tick "Required reviewers" and add the release approvers; under "Deployment branches and tags" choose "Protected branches only" (or selected branches) → Save protection rules.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.repoAccess]
  },
  evaluate: (context) =>
    forEachRepoAccess(context, 'environments', 'The environments', (repo) => {
      const evidence = [repo.accessPath]
      const environments = repo.access.environments
      if (!environments) {
        return {
          subject: repo.subject,
          status: 'error',
          message: 'GitHub returned no environment list.',
          evidence
        }
      }
      const nodes = (environments.nodes ?? []).filter((e) => e !== null)
      if (nodes.length < environments.totalCount) {
        return {
          subject: repo.subject,
          status: 'error',
          message: `Only ${nodes.length} of ${environments.totalCount} environments were read.`,
          evidence
        }
      }
      const production = nodes.filter((e) => PRODUCTION.test(e.name))
      if (production.length === 0) {
        return {
          subject: repo.subject,
          status: 'not_applicable',
          message: `No production environment (${nodes.length} environment(s): ${nodes.map((e) => e.name).join(', ') || 'none'}).`,
          evidence
        }
      }
      const assessed = production.map((env) => {
        const types = new Set((env.protectionRules?.nodes ?? []).flatMap((r) => (r ? [r.type] : [])))
        const missing = [
          ...(types.has('REQUIRED_REVIEWERS') ? [] : ['required reviewers']),
          ...(types.has('BRANCH_POLICY') ? [] : ['a branch policy'])
        ]
        return { environment: env.name, rules: [...types].sort(), missing }
      })
      const weak = assessed.filter((a) => a.missing.length > 0)
      if (weak.length === 0) {
        return {
          subject: repo.subject,
          status: 'pass',
          message: `Production environment(s) ${production.map((e) => `"${e.name}"`).join(', ')} require reviewers and restrict branches.`,
          evidence
        }
      }
      return {
        subject: repo.subject,
        status: 'fail',
        message: weak.map((w) => `"${w.environment}" lacks ${w.missing.join(' and ')}`).join('; ') + '.',
        evidence,
        details: weak
      }
    })
}
