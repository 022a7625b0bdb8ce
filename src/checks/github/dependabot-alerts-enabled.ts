import type { EvidenceRecord } from '../../model.js'
import { GITHUB_EVIDENCE } from '../../evidence/github.js'
import type { DependabotEvidence } from '../../evidence/github.js'
import type { Check } from '../check.js'
import { evidenceError, forEachRepository } from './repositories.js'

export const dependabotAlertsEnabled: Check = {
  metadata: {
    id: 'github.dependabot.alerts-enabled',
    version: 1,
    title: 'Dependabot alerts are enabled',
    severity: 'high',
    rationale:
      'Vulnerabilities in dependencies are found only if something looks for them; without alerts there is no record that known vulnerabilities were identified.',
    remediation:
      'Settings → Code security → Dependabot alerts → Enable. For every repository at once: Organization settings → Code security → Configurations, apply a configuration with Dependabot alerts enabled.',
    evidenceKinds: [GITHUB_EVIDENCE.dependabot]
  },
  evaluate: (context) =>
    forEachRepository(context, [GITHUB_EVIDENCE.dependabot], (repo) => {
      const record = repo.records[GITHUB_EVIDENCE.dependabot] as
        EvidenceRecord<DependabotEvidence> | undefined
      if (!record?.data) return evidenceError(repo.subject, 'Dependabot alert status', record)
      return record.data.alertsEnabled
        ? {
            subject: repo.subject,
            status: 'pass',
            message: 'Dependabot alerts are enabled.',
            evidence: [record.path]
          }
        : {
            subject: repo.subject,
            status: 'fail',
            message: 'Dependabot alerts are disabled.',
            evidence: [record.path]
          }
    })
}
