import {
  AWS_VULNERABILITY_EVIDENCE,
  type InspectorCoverageEvidence
} from '../../evidence/aws-vulnerability.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

/** The resource types the check requires Inspector to scan (BatchGetAccountStatus resourceState keys). */
const REQUIRED: Record<string, string> = { ec2: 'EC2', ecr: 'ECR', lambda: 'Lambda' }
/**
 * Scan status reasons that take a resource out of the population rather than leave it unscanned (Inspector
 * API reference, ScanStatus reason): gone, stopped, or an image older than the rescan duration.
 */
const OUT_OF_SCOPE = new Set([
  'RESOURCE_TERMINATED',
  'EC2_INSTANCE_STOPPED',
  'SCAN_ELIGIBILITY_EXPIRED',
  'DELETED'
])

export const awsInspectorCoverage: Check = {
  metadata: {
    id: 'aws.inspector2.coverage',
    version: 1,
    title: 'Amazon Inspector scans every EC2 instance, ECR repository and Lambda function',
    severity: 'high',
    rationale:
      'Inspector turned on is not the same as every workload scanned: a resource type left off, or instances without the SSM agent, are never looked at for known vulnerabilities.',
    remediation:
      'Amazon Inspector → Account management → activate EC2, ECR and Lambda scanning; then Resources coverage → fix each listed resource by its reason (e.g. install or repair the SSM agent for UNMANAGED_EC2_INSTANCE, or remove an exclusion tag).',
    evidenceKinds: [AWS_VULNERABILITY_EVIDENCE.inspectorCoverage]
  },
  evaluate: (context) =>
    perRecord<InspectorCoverageEvidence>(
      context,
      AWS_VULNERABILITY_EVIDENCE.inspectorCoverage,
      'The Amazon Inspector coverage',
      (data) => {
        if (
          !Array.isArray(data.resources) ||
          typeof data.resourceState !== 'object' ||
          data.resourceState === null
        )
          return { status: 'error', message: 'The record holds no coverage list.' }
        if (!data.enabled)
          return {
            status: 'fail',
            message: 'Amazon Inspector is not enabled in this region: nothing is scanned.'
          }
        const off = Object.entries(REQUIRED)
          .filter(([type]) => data.resourceState[type] !== 'ENABLED')
          .map(([type, name]) => `${name} scanning ${data.resourceState[type] ?? 'not reported'}`)
        const inScope = data.resources.filter((r) => !OUT_OF_SCOPE.has(r.reason ?? ''))
        const unscanned = inScope.filter((r) => r.statusCode !== 'ACTIVE')
        const problems = [
          ...off,
          ...unscanned
            .slice(0, 50)
            .map(
              (r) =>
                `${r.resourceType ?? 'resource'} ${r.resourceId ?? '?'} not scanned (${r.reason ?? r.statusCode ?? 'no status'})`
            ),
          ...(unscanned.length > 50 ? [`and ${unscanned.length - 50} more`] : [])
        ]
        if (problems.length > 0)
          return {
            status: 'fail',
            message: `${problems.join('; ')}.`,
            details: [...off, ...unscanned]
          }
        if (data.truncated)
          return {
            status: 'error',
            message: `The coverage listing stopped at the page cap after ${data.resources.length} resources, all scanned; the rest is not known.`
          }
        return {
          status: 'pass',
          message:
            inScope.length === 0
              ? 'EC2, ECR and Lambda scanning are enabled; Inspector lists no resource of these types in this region.'
              : `EC2, ECR and Lambda scanning are enabled and all ${inScope.length} resource(s) Inspector lists are scanned.`
        }
      }
    )
}
