import {
  AWS_VULNERABILITY_EVIDENCE,
  type InspectorFindingsEvidence
} from '../../evidence/aws-vulnerability.js'
import type { Check } from '../check.js'
import { DAY_MS, perRecord } from './records.js'

type Sla = { critical: number; high: number; medium: number; low: number }
const limitOf = (sla: Sla, severity: string | undefined): number | undefined =>
  ({ CRITICAL: sla.critical, HIGH: sla.high, MEDIUM: sla.medium, LOW: sla.low })[severity ?? '']

export const awsInspectorFindingsWithinSla: Check = {
  metadata: {
    id: 'aws.inspector2.findings-within-sla',
    version: 1,
    title: 'Open Amazon Inspector findings are within the remediation SLA for their severity',
    severity: 'high',
    rationale:
      'Vulnerabilities are managed when they are fixed in time: a critical finding open for months is an exposure the process did not act on. Informational and untriaged findings have no SLA.',
    remediation:
      'Amazon Inspector → Findings → filter Status Active, sort by age: patch or rebuild the resource (SSM Patch Manager for EC2, a new image for ECR, a dependency update for Lambda), or suppress a finding with a recorded risk acceptance. SLAs are aws.inspector-finding-sla-days.',
    evidenceKinds: [AWS_VULNERABILITY_EVIDENCE.inspectorFindings]
  },
  evaluate: (context) => {
    const sla = context.config.aws['inspector-finding-sla-days']
    const end = Date.parse(context.period.end)
    return perRecord<InspectorFindingsEvidence>(
      context,
      AWS_VULNERABILITY_EVIDENCE.inspectorFindings,
      'The Amazon Inspector findings',
      (data) => {
        if (!Array.isArray(data.findings))
          return { status: 'error', message: 'The record holds no findings list.' }
        if (!data.enabled)
          return {
            status: 'error',
            message:
              'Amazon Inspector is not enabled in this region, so its findings are unknown (see aws.inspector2.coverage).'
          }
        const overdue: string[] = []
        const undated: string[] = []
        let measured = 0
        for (const f of data.findings) {
          const limit = limitOf(sla, f.severity)
          if (limit === undefined) continue
          measured++
          const first = f.firstObservedAt ? Date.parse(f.firstObservedAt) : NaN
          if (Number.isNaN(first)) {
            undated.push(f.findingArn ?? f.title ?? '(finding)')
            continue
          }
          const age = Math.floor((end - first) / DAY_MS)
          if (age > limit)
            overdue.push(
              `${f.severity} "${f.title ?? f.findingArn}" on ${f.resourceId ?? 'a resource'} open ${age} days (SLA ${limit})`
            )
        }
        if (overdue.length > 0)
          return {
            status: 'fail',
            message: `${overdue.length} open finding(s) past their SLA: ${overdue.slice(0, 20).join('; ')}${overdue.length > 20 ? `; and ${overdue.length - 20} more` : ''}.`,
            details: overdue
          }
        if (undated.length > 0)
          return {
            status: 'error',
            message: `Open findings without a first-observed time: ${undated.slice(0, 10).join(', ')}.`
          }
        if (data.truncated) {
          // Findings are read oldest first: those not read are younger than the last one read.
          const last = data.findings.at(-1)?.firstObservedAt
          const youngest = last ? Math.floor((end - Date.parse(last)) / DAY_MS) : undefined
          const tightest = Math.min(sla.critical, sla.high, sla.medium, sla.low)
          if (youngest === undefined || Number.isNaN(youngest) || youngest > tightest)
            return {
              status: 'error',
              message: `The findings listing stopped at the page cap; the findings not read may be past the ${tightest}-day SLA.`
            }
        }
        return measured === 0
          ? {
              status: 'pass',
              message: 'Amazon Inspector has no open critical, high, medium or low finding in this region.'
            }
          : {
              status: 'pass',
              message: `All ${measured} open finding(s) are within their SLA (critical ${sla.critical}, high ${sla.high}, medium ${sla.medium}, low ${sla.low} days).`
            }
      }
    )
  }
}
