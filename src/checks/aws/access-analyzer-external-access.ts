import {
  AWS_CONFIG_MONITORING_EVIDENCE,
  type AccessAnalyzerEvidence
} from '../../evidence/aws-config-monitoring.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsAccessAnalyzerExternalAccess: Check = {
  metadata: {
    id: 'aws.access-analyzer.no-active-external-access',
    version: 1,
    title: 'IAM Access Analyzer is active and reports no unreviewed external access',
    severity: 'high',
    rationale:
      'An active external-access finding is a resource (role, bucket, key, queue…) that grants access outside the account or organisation and that nobody has archived as intended.',
    remediation:
      'IAM → Access analyzer → Analyzers → Create analyzer (type: account or organization) in each listed region. Then Findings → Active: for each finding either remove the grant from the resource policy, or Archive it when the access is intended (and record why).',
    evidenceKinds: [AWS_CONFIG_MONITORING_EVIDENCE.accessAnalyzer]
  },
  evaluate: (context) =>
    perRecord<AccessAnalyzerEvidence>(
      context,
      AWS_CONFIG_MONITORING_EVIDENCE.accessAnalyzer,
      'IAM Access Analyzer',
      ({ analyzers, activeFindings, findingsTruncated }) => {
        const active = analyzers.filter((a) => a.status === 'ACTIVE')
        if (active.length === 0) {
          return {
            status: 'fail',
            message:
              analyzers.length === 0
                ? 'No external-access analyzer exists in this region.'
                : `No external-access analyzer is active: ${analyzers.map((a) => `${a.name} ${a.status}`).join(', ')}.`
          }
        }
        if (activeFindings.length > 0) {
          const publicOnes = activeFindings.filter((f) => f.isPublic).length
          return {
            status: 'fail',
            message: `${activeFindings.length}${findingsTruncated ? '+' : ''} active external-access finding(s)${publicOnes ? `, ${publicOnes} public` : ''}: ${activeFindings
              .slice(0, 5)
              .map(
                (f) =>
                  `${f.resourceType} ${f.resource}${f.principal ? ` to ${Object.values(f.principal).join(', ')}` : ''}`
              )
              .join('; ')}.`,
            details: activeFindings
          }
        }
        if (findingsTruncated)
          return { status: 'error', message: 'The findings listing was cut at the page cap.' }
        return {
          status: 'pass',
          message: `Analyzer ${active.map((a) => a.name).join(', ')} is active with no active external-access finding.`
        }
      }
    )
}
