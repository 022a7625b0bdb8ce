import {
  AWS_CONFIG_MONITORING_EVIDENCE,
  type ConfigServiceEvidence
} from '../../evidence/aws-config-monitoring.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsConfigRulesCompliant: Check = {
  metadata: {
    id: 'aws.config.rules-compliant',
    version: 1,
    title: 'AWS Config rules evaluate resources as compliant',
    severity: 'medium',
    rationale:
      'Config rules (alone or in conformance packs) are the continuous check that resources keep their required configuration; a non-compliant rule is a configuration that drifted.',
    remediation:
      'AWS Config → Rules → open each non-compliant rule → "Resources in scope": fix each non-compliant resource (or apply the rule\'s remediation action), then "Re-evaluate". Rules with insufficient data need the recorder to record the resource types they evaluate.',
    evidenceKinds: [AWS_CONFIG_MONITORING_EVIDENCE.config]
  },
  evaluate: (context) =>
    perRecord<ConfigServiceEvidence>(
      context,
      AWS_CONFIG_MONITORING_EVIDENCE.config,
      'AWS Config rules',
      ({ rules, rulesTruncated }) => {
        if (rules.length === 0) {
          return { status: 'not_applicable', message: 'No AWS Config rules are deployed in this region.' }
        }
        const of = (type: string) =>
          rules
            .filter((r) => r.Compliance?.ComplianceType === type)
            .map((r) => r.ConfigRuleName ?? '(unnamed)')
        const nonCompliant = of('NON_COMPLIANT')
        if (nonCompliant.length > 0) {
          return {
            status: 'fail',
            message: `${nonCompliant.length} of ${rules.length}${rulesTruncated ? '+' : ''} Config rule(s) are non-compliant: ${nonCompliant.slice(0, 10).join(', ')}${nonCompliant.length > 10 ? ', …' : ''}.`,
            details: nonCompliant.map((rule) => ({ rule }))
          }
        }
        const undecided = rules.filter(
          (r) => !['COMPLIANT', 'NOT_APPLICABLE'].includes(r.Compliance?.ComplianceType ?? '')
        )
        if (undecided.length > 0 || rulesTruncated) {
          return {
            status: 'error',
            message: rulesTruncated
              ? `The Config rule listing was cut at the page cap after ${rules.length} rules; the rest were not read.`
              : `No rule is non-compliant, but ${undecided.length} rule(s) have not evaluated (${undecided.map((r) => `${r.ConfigRuleName}: ${r.Compliance?.ComplianceType ?? 'no result'}`).join(', ')}).`
          }
        }
        return {
          status: 'pass',
          message: `All ${rules.length} Config rule(s) are compliant (or not applicable).`
        }
      }
    )
}
