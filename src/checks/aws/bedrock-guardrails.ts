import { AWS_AI_MONITORING_EVIDENCE, type BedrockGuardrailsEvidence } from '../../evidence/aws-ai.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

export const awsBedrockGuardrails: Check = {
  metadata: {
    id: 'aws.bedrock.guardrails-ready',
    version: 1,
    title: 'Amazon Bedrock guardrails, where configured, are ready and published as a version',
    severity: 'medium',
    rationale:
      'An application can reference a guardrail by a published version, which does not change under it, or by its working draft, which any edit changes; a guardrail that failed to build filters nothing.',
    remediation:
      'Amazon Bedrock → Guardrails → the guardrail: fix a FAILED guardrail (its status reason) and "Create version"; reference that version (guardrailIdentifier and guardrailVersion) from the applications and agents that call the models. CLI: aws bedrock create-guardrail-version --guardrail-identifier <id> --region <region>',
    evidenceKinds: [AWS_AI_MONITORING_EVIDENCE.bedrockGuardrails]
  },
  evaluate: (context) =>
    perRecord<BedrockGuardrailsEvidence>(
      context,
      AWS_AI_MONITORING_EVIDENCE.bedrockGuardrails,
      'Bedrock guardrails',
      ({ guardrails, truncated }) => {
        if (truncated) return { status: 'error', message: 'The guardrail listing was cut at the cap.' }
        if (guardrails.length === 0) {
          return {
            status: 'not_applicable',
            message:
              'No Bedrock guardrail is configured in this region; whether model invocations need one is for the AI system impact assessment (manual evidence).'
          }
        }
        const name = (g: (typeof guardrails)[number]) => g.name ?? g.id ?? '(unnamed)'
        const errors = guardrails.filter((g) => g.versionsError)
        const problems = guardrails.flatMap((g) => {
          if (g.status !== 'READY') return [`${name(g)} is ${g.status ?? 'in an unknown state'}`]
          if (!g.versionsError && !g.versions.some((v) => v.status === 'READY'))
            return [`${name(g)} has no published version (only its working draft)`]
          return []
        })
        if (problems.length > 0)
          return { status: 'fail', message: `Bedrock guardrails: ${problems.join('; ')}.` }
        if (errors.length > 0) {
          return {
            status: 'error',
            message: `The versions of ${errors.map((g) => `${name(g)} (${g.versionsError})`).join(', ')} could not be listed.`
          }
        }
        return {
          status: 'pass',
          message: `${guardrails.length} Bedrock guardrail(s) ready with a published version: ${guardrails
            .map(
              (g) =>
                `${name(g)} v${g.versions
                  .filter((v) => v.status === 'READY')
                  .map((v) => v.version)
                  .join(', v')}`
            )
            .join('; ')}.`
        }
      }
    )
}
