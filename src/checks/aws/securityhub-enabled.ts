import {
  AWS_CONFIG_MONITORING_EVIDENCE,
  type SecurityHubEvidence
} from '../../evidence/aws-config-monitoring.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

const standardName = (arn?: string) => arn?.split('/').slice(1).join('/') ?? '(unknown standard)'

export const awsSecurityHubEnabled: Check = {
  metadata: {
    id: 'aws.securityhub.enabled',
    version: 1,
    title: 'Security Hub is enabled with at least one security standard in every region',
    severity: 'high',
    rationale:
      'Security Hub evaluates the account continuously against security standards and gathers findings from the other services; a region without it is not monitored this way.',
    remediation:
      'Security Hub → Go to Security Hub → Enable (in each listed region, or from the delegated administrator: Configuration → Central configuration policy for all accounts and regions), with "AWS Foundational Security Best Practices" and "CIS AWS Foundations Benchmark" enabled. CLI: aws securityhub enable-security-hub --enable-default-standards --region <region>',
    evidenceKinds: [AWS_CONFIG_MONITORING_EVIDENCE.securityHub]
  },
  evaluate: (context) =>
    perRecord<SecurityHubEvidence>(
      context,
      AWS_CONFIG_MONITORING_EVIDENCE.securityHub,
      'Security Hub status',
      ({ enabled, standards }) => {
        if (!enabled) return { status: 'fail', message: 'Security Hub is not enabled in this region.' }
        const ready = standards.filter((s) => s.StandardsStatus === 'READY')
        if (ready.length === 0) {
          return {
            status: 'fail',
            message:
              standards.length === 0
                ? 'Security Hub is enabled but no security standard is enabled.'
                : `Security Hub is enabled but no standard is ready: ${standards.map((s) => `${standardName(s.StandardsArn)} ${s.StandardsStatus}`).join(', ')}.`
          }
        }
        return {
          status: 'pass',
          message: `Security Hub is enabled with ${ready.map((s) => standardName(s.StandardsArn)).join(', ')}.`
        }
      }
    )
}
