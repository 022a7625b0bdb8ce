import type { EvidenceRecord, RequestRecord } from '../../model.js'
import { AWS_AI_MONITORING_EVIDENCE, type BedrockGuardrailsEvidence } from '../../evidence/aws-ai.js'
import { sdkExports, type AccountScope } from './scope.js'

/** Guardrails whose versions are listed at most; pages of the listings at most. */
const MAX_GUARDRAILS = 50
const PAGES = 10

/**
 * The Amazon Bedrock guardrails of one region (ListGuardrails without an identifier lists the working draft
 * of each) and, for each, its published versions (ListGuardrails with the guardrail's identifier).
 */
export async function collectBedrockGuardrails(scope: AccountScope, region: string): Promise<void> {
  const sdk = sdkExports(await import('@aws-sdk/client-bedrock'))
  const client = scope.clients.lazy('bedrock', region, (settings) => new sdk.BedrockClient(settings))
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<BedrockGuardrailsEvidence> = {
    path: scope.path(region, 'bedrock-guardrails'),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_AI_MONITORING_EVIDENCE.bedrockGuardrails,
    requests
  }
  const drafts: { id?: string; arn?: string; name?: string; status?: string }[] = []
  let pages = 0
  let truncated = false
  const listed = await scope.pages(
    'ListGuardrailsCommand',
    region,
    sdk.paginateListGuardrails({ client }, {}),
    (page, request) => {
      requests.push(request)
      for (const g of page.guardrails ?? []) {
        drafts.push({
          ...(g.id ? { id: g.id } : {}),
          ...(g.arn ? { arn: g.arn } : {}),
          ...(g.name ? { name: g.name.slice(0, 100) } : {}),
          ...(g.status ? { status: g.status } : {})
        })
      }
      if (++pages >= PAGES && page.nextToken) {
        truncated = true
        return false
      }
    }
  )
  if (!listed.ok) {
    requests.push(listed.request)
    return scope.add({ ...record, error: listed.failure })
  }
  if (drafts.length > MAX_GUARDRAILS) truncated = true
  const guardrails: BedrockGuardrailsEvidence['guardrails'] = []
  for (const draft of drafts.slice(0, MAX_GUARDRAILS)) {
    const versions: BedrockGuardrailsEvidence['guardrails'][number]['versions'] = []
    let versionPages = 0
    const result = draft.id
      ? await scope.pages(
          'ListGuardrailsCommand',
          region,
          sdk.paginateListGuardrails({ client }, { guardrailIdentifier: draft.id }),
          (page, request) => {
            requests.push(request)
            for (const v of page.guardrails ?? []) {
              if (v.version === 'DRAFT') continue
              versions.push({
                ...(v.version ? { version: v.version } : {}),
                ...(v.status ? { status: v.status } : {})
              })
            }
            if (++versionPages >= PAGES && page.nextToken) {
              truncated = true
              return false
            }
          },
          { target: `guardrail ${draft.id}` }
        )
      : undefined
    if (result && !result.ok) {
      requests.push(result.request)
      scope.countError()
    }
    guardrails.push({
      ...draft,
      versions,
      ...(result && !result.ok ? { versionsError: result.failure.message } : {}),
      ...(draft.id ? {} : { versionsError: 'ListGuardrails returned the guardrail without an id' })
    })
  }
  await scope.add({ ...record, data: { guardrails, ...(truncated ? { truncated } : {}) } })
}
