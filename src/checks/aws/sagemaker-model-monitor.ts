import { AWS_AI_MONITORING_EVIDENCE, type SageMakerMonitoringEvidence } from '../../evidence/aws-ai.js'
import type { Check } from '../check.js'
import { DAY_MS, perRecord } from './records.js'

/** A schedule's last run is stale when older than this before the period end (schedules run hourly or daily). */
const STALE_DAYS = 2

export const awsSageMakerModelMonitor: Check = {
  metadata: {
    id: 'aws.sagemaker.model-monitor',
    version: 1,
    title:
      'Every SageMaker endpoint in service has a running Model Monitor schedule whose last execution completed without violations',
    severity: 'high',
    rationale:
      'Model Monitor compares what a deployed model receives and answers with its baseline (data quality, model quality, bias, feature attribution); without a schedule that runs and passes, drift and degradation in production go unnoticed.',
    remediation:
      'SageMaker → Inference → Endpoints → the endpoint → Monitoring → Create monitoring schedule (baseline from the training data, hourly or daily); for a Stopped schedule: aws sagemaker start-monitoring-schedule --monitoring-schedule-name <name>; for a failed or violating execution, read its processing job and constraint_violations.json and act on them.',
    evidenceKinds: [AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring]
  },
  evaluate: (context) =>
    perRecord<SageMakerMonitoringEvidence>(
      context,
      AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring,
      'SageMaker endpoints and monitoring schedules',
      ({ endpoints, schedules, truncated }) => {
        if (truncated?.length)
          return { status: 'error', message: `The ${truncated.join(', ')} listing was cut at the cap.` }
        const serving = endpoints.filter((e) => e.error || e.EndpointStatus === 'InService')
        if (serving.length === 0) {
          return { status: 'not_applicable', message: 'No SageMaker endpoint in service in this region.' }
        }
        const end = Date.parse(context.period.end)
        const problems: string[] = []
        const passing: string[] = []
        const unknown: string[] = []
        for (const endpoint of serving) {
          const own = schedules.filter((s) => s.EndpointName === endpoint.EndpointName)
          const failedDescribe = schedules.filter((s) => s.error && !s.EndpointName)
          if (own.length === 0) {
            if (failedDescribe.length > 0 || endpoint.error) unknown.push(`${endpoint.EndpointName}`)
            else problems.push(`${endpoint.EndpointName}: no monitoring schedule`)
            continue
          }
          const verdicts = own.map((s) => {
            const last = s.LastMonitoringExecutionSummary
            const scheduled = last?.ScheduledTime ? Date.parse(last.ScheduledTime) : undefined
            if (s.MonitoringScheduleStatus !== 'Scheduled')
              return `schedule ${s.MonitoringScheduleName} is ${s.MonitoringScheduleStatus ?? 'in an unknown state'}`
            if (!last?.MonitoringExecutionStatus)
              return `schedule ${s.MonitoringScheduleName} has not run yet`
            if (scheduled !== undefined && end - scheduled > STALE_DAYS * DAY_MS)
              return `schedule ${s.MonitoringScheduleName} last ran ${last.ScheduledTime}, more than ${STALE_DAYS} days before the period end`
            if (last.MonitoringExecutionStatus === 'Completed') return undefined
            return `schedule ${s.MonitoringScheduleName}'s last execution ${last.ScheduledTime ?? ''} is ${last.MonitoringExecutionStatus}${last.FailureReason ? ` (${last.FailureReason})` : ''}`
          })
          const bad = verdicts.filter((v): v is string => v !== undefined)
          if (bad.length > 0) problems.push(`${endpoint.EndpointName}: ${bad.join('; ')}`)
          else
            passing.push(
              `${endpoint.EndpointName} (${own.map((s) => s.MonitoringType ?? s.MonitoringScheduleName).join(', ')})`
            )
        }
        if (problems.length > 0) return { status: 'fail', message: `Model Monitor: ${problems.join('. ')}.` }
        if (unknown.length > 0) {
          return {
            status: 'error',
            message: `The monitoring of ${unknown.join(', ')} is not known: a describe call failed.`
          }
        }
        return {
          status: 'pass',
          message: `Every endpoint in service is monitored and its last monitoring execution completed: ${passing.join(', ')}.`
        }
      }
    )
}
