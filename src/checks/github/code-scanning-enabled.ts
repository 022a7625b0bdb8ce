import { GITHUB_ORG_EVIDENCE, type CodeSecurityConfigurationsData } from '../../evidence/github-org.js'
import type { Check } from '../check.js'
import { forEachRepoOfOrgRecord } from './org-scoped.js'

/** Statuses under which the configuration's settings apply to the repository. */
const APPLIED = new Set(['attached', 'enforced'])
/** GitHub is still applying or changing the attachment: what applies cannot be told yet. */
const IN_TRANSITION = new Set(['attaching', 'updating'])

export const codeScanningEnabled: Check = {
  metadata: {
    id: 'github.code-scanning.enabled',
    version: 1,
    title: 'Code scanning is enabled by an attached code security configuration',
    severity: 'high',
    rationale:
      'Weaknesses in the organisation\u2019s own code are found only where something scans it. A code security configuration with CodeQL default setup enabled, attached (or enforced) on the repository, makes scanning an organisation setting rather than a per-repository choice. Code scanning set up outside configurations (an advanced-setup workflow, default setup switched on in the repository itself) is not visible from the organisation endpoints: such a repository fails this check, and its scanning is not evidenced here.',
    remediation:
      'Organization settings → Code security → Configurations: create or edit a configuration with "Code scanning: Enabled (default setup)", then "Apply to" the listed repositories (choose "Enforce" so repository admins cannot turn it off).',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.codeSecurityConfigurations]
  },
  evaluate: (context) =>
    forEachRepoOfOrgRecord<CodeSecurityConfigurationsData>(
      context,
      GITHUB_ORG_EVIDENCE.codeSecurityConfigurations,
      'code security configurations',
      (repo, record, fullName) => {
        const evidence = [record.path]
        const attachments = record.data.configurations.flatMap((configuration) =>
          configuration.repositories
            .filter((r) => r.repository.full_name.toLowerCase() === fullName.toLowerCase())
            .map((r) => ({ configuration, status: r.status }))
        )
        const pending = attachments.find((a) => IN_TRANSITION.has(a.status))
        if (pending) {
          return {
            subject: repo.subject,
            status: 'error',
            message: `Configuration "${pending.configuration.name}" is ${pending.status} on this repository: which settings apply cannot be told until GitHub finishes.`,
            evidence
          }
        }
        const applied = attachments.find((a) => APPLIED.has(a.status))
        if (!applied) {
          const failed = attachments.find((a) => a.status === 'failed')
          return {
            subject: repo.subject,
            status: 'fail',
            message: failed
              ? `Configuration "${failed.configuration.name}" failed to attach to this repository: no configuration applies, so code scanning is not enabled by one.`
              : 'No code security configuration is attached to this repository, so code scanning is not enabled by one (scanning set up in the repository itself is not visible here).',
            evidence
          }
        }
        const setup = applied.configuration.code_scanning_default_setup ?? 'not_set'
        const how = `configuration "${applied.configuration.name}" (${applied.status})`
        const details = [
          { configuration: applied.configuration.name, status: applied.status, defaultSetup: setup }
        ]
        if (setup === 'enabled') {
          return {
            subject: repo.subject,
            status: 'pass',
            message: `Code scanning default setup is enabled by ${how}.`,
            evidence,
            details
          }
        }
        return {
          subject: repo.subject,
          status: 'fail',
          message: `The attached ${how} ${setup === 'disabled' ? 'disables' : 'does not set'} code scanning.`,
          evidence,
          details
        }
      }
    )
}
