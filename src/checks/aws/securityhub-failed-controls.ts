import {
  AWS_CONFIG_MONITORING_EVIDENCE,
  type SecurityHubEvidence
} from '../../evidence/aws-config-monitoring.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsSecurityHubFailedControls: Check = {
  metadata: {
    id: 'aws.securityhub.no-critical-or-high-failed-controls',
    version: 1,
    title: 'Security Hub reports no active critical or high failed controls',
    severity: 'high',
    rationale:
      'A failed critical or high Security Hub control is a known technical weakness of the account that is not yet remediated.',
    remediation:
      'Security Hub → Controls → filter "Failed", severity Critical and High → open each control → "Remediation" link, fix the listed resources (or suppress the finding with a documented risk acceptance: Workflow status → Suppressed).',
    evidenceKinds: [AWS_CONFIG_MONITORING_EVIDENCE.securityHub]
  },
  evaluate: (context) =>
    perRecord<SecurityHubEvidence>(
      context,
      AWS_CONFIG_MONITORING_EVIDENCE.securityHub,
      'Security Hub findings',
      ({ enabled, failedBySeverity, failedSample, findingsTruncated }) => {
        if (!enabled) {
          return {
            status: 'error',
            message:
              'Security Hub is not enabled in this region, so there are no control results to judge (see aws.securityhub.enabled).'
          }
        }
        const counts = `critical ${failedBySeverity.CRITICAL}, high ${failedBySeverity.HIGH}, medium ${failedBySeverity.MEDIUM}, low ${failedBySeverity.LOW}`
        if (failedBySeverity.CRITICAL + failedBySeverity.HIGH > 0) {
          return {
            status: 'fail',
            message: `Active failed Security Hub controls${findingsTruncated ? ' (at least)' : ''}: ${counts}; e.g. ${failedSample
              .filter((f) => f.severity === 'CRITICAL' || f.severity === 'HIGH')
              .slice(0, 5)
              .map((f) => `${f.controlId ?? f.title} on ${f.resource}`)
              .join(', ')}.`,
            details: failedSample
          }
        }
        if (findingsTruncated) {
          return {
            status: 'error',
            message: `The failed findings were not all read (page cap); so far ${counts}.`
          }
        }
        return {
          status: 'pass',
          message: `No active critical or high failed Security Hub control (${counts}).`
        }
      }
    )
}
