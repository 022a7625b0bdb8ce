import {
  AWS_AI_MONITORING_EVIDENCE,
  type SageMakerMonitoringEvidence,
  type BedrockGuardrailsEvidence
} from '../../evidence/aws-ai.js'
import { AWS_CHANGE_EVIDENCE } from '../../evidence/aws-changes.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check, CheckResult } from '../check.js'
import { keyedRegionTimeline } from './keyed-timeline.js'

/** The Model Monitor schedules and Bedrock guardrails of a region, at period end. */
interface AiMonitoringState {
  schedules?: SageMakerMonitoringEvidence['schedules']
  guardrails?: BedrockGuardrailsEvidence['guardrails']
}

/** A guardrail is named by id or ARN (…:guardrail/<id>) in DeleteGuardrail's requestParameters. */
const guardrailId = (reference: string) => reference.split('/').pop() ?? reference

export const awsAiMonitoringInForce: Check = {
  metadata: {
    id: 'aws.changes.ai-monitoring-in-force',
    version: 1,
    title:
      'SageMaker Model Monitor schedules were not stopped or deleted, and Bedrock guardrails not deleted, during the period',
    severity: 'high',
    rationale:
      'A stopped or deleted monitoring schedule leaves a deployed model unmonitored for the interval; a deleted guardrail lets invocations that referenced it through unfiltered. Both are gaps in the operation and monitoring of the AI system an auditor will ask about.',
    remediation:
      'Investigate each interval (CloudTrail → Event history, event names StopMonitoringSchedule, DeleteMonitoringSchedule, DeleteGuardrail): who did it, approved or not, which inferences fell in the gap; start the schedule again (aws sagemaker start-monitoring-schedule) or recreate the guardrail, and limit sagemaker:StopMonitoringSchedule, sagemaker:DeleteMonitoringSchedule and bedrock:DeleteGuardrail to the ML platform role.',
    evidenceKinds: [
      AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring,
      AWS_AI_MONITORING_EVIDENCE.bedrockGuardrails,
      AWS_CHANGE_EVIDENCE.controlChanges
    ]
  },
  evaluate: (context) =>
    context.evidence
      .all<SageMakerMonitoringEvidence>(AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring)
      .map((monitoring): CheckResult => {
        const region = monitoring.subject.split('/').pop() ?? monitoring.subject
        const guardrails = context.evidence.get<BedrockGuardrailsEvidence>(
          AWS_AI_MONITORING_EVIDENCE.bedrockGuardrails,
          monitoring.subject
        )
        const error =
          monitoring.error ??
          guardrails?.error ??
          (guardrails ? undefined : { message: 'the Bedrock guardrails of the region were not collected' })
        const combined: EvidenceRecord<AiMonitoringState> = {
          path: monitoring.path,
          source: monitoring.source,
          subject: monitoring.subject,
          kind: monitoring.kind,
          requests: [],
          ...(error ? { error } : {}),
          ...(!error && monitoring.data && guardrails?.data
            ? { data: { schedules: monitoring.data.schedules, guardrails: guardrails.data.guardrails } }
            : {})
        }
        const result = keyedRegionTimeline<AiMonitoringState>(
          context,
          combined,
          [
            {
              control: 'sagemaker-monitoring-schedule',
              atEnd: (d) =>
                new Map(
                  (d.schedules ?? [])
                    .filter((s) => s.MonitoringScheduleName && !s.error)
                    .map((s) => [s.MonitoringScheduleName!, s.MonitoringScheduleStatus === 'Scheduled'])
                ),
              what: (name) => `Model Monitor schedule ${name} in ${region}`
            },
            {
              control: 'bedrock-guardrail',
              atEnd: (d) => new Map((d.guardrails ?? []).filter((g) => g.id).map((g) => [g.id!, true])),
              keyOf: guardrailId,
              // Deleting one version (guardrailVersion given) leaves the guardrail and its other versions.
              ignore: (e) => e.requestParameters?.guardrailVersion !== undefined,
              what: (id) => `Bedrock guardrail ${id} in ${region}`
            }
          ],
          `No Model Monitor schedule or Bedrock guardrail existed in ${region} during the period, and none was deleted in it.`
        )
        return { ...result, evidence: [...result.evidence, ...(guardrails ? [guardrails.path] : [])] }
      })
}
