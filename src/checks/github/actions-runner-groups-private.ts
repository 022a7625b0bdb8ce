import { GITHUB_ORG_EVIDENCE, type RunnerGroupsData } from '../../evidence/github-org.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check } from '../check.js'
import { forEachOrg, orgEvidenceError } from './org-records.js'

export const actionsRunnerGroupsPrivate: Check = {
  metadata: {
    id: 'github.actions.runner-groups-not-public',
    version: 1,
    title: 'No self-hosted runner group serves public repositories',
    severity: 'high',
    rationale:
      'Anyone can open a pull request on a public repository; a self-hosted runner that takes its jobs runs that stranger\u2019s code inside your network, often with persistent state between jobs.',
    remediation:
      'Organization settings → Actions → Runner groups → open each listed group → untick "Allow public repositories" → Save. Build public repositories on GitHub-hosted runners.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.runnerGroups]
  },
  evaluate: (context) =>
    forEachOrg(context, [GITHUB_ORG_EVIDENCE.runnerGroups], (org) => {
      const record = org.records[GITHUB_ORG_EVIDENCE.runnerGroups] as
        EvidenceRecord<RunnerGroupsData> | undefined
      if (!record?.data || record.error)
        return orgEvidenceError(org.subject, 'The self-hosted runner groups', record)
      const groups = record.data.runner_groups ?? []
      const exposed = groups.filter((g) => g.allows_public_repositories)
      const evidence = [record.path]
      if (exposed.length === 0) {
        return {
          subject: org.subject,
          status: 'pass',
          message: `${groups.length} runner group(s), none open to public repositories.`,
          evidence
        }
      }
      return {
        subject: org.subject,
        status: 'fail',
        message: `${exposed.length} of ${groups.length} runner group(s) allow public repositories: ${exposed.map((g) => `"${g.name}" (visibility ${g.visibility})`).join(', ')}.`,
        evidence,
        details: exposed.map((g) => ({ id: g.id, name: g.name, visibility: g.visibility }))
      }
    })
}
