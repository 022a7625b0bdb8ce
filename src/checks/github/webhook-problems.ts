import type { OrgWebhook } from '../../evidence/github-org.js'

/**
 * What is wrong with a webhook's delivery, from its config as GitHub lists it: `insecure_ssl` other than "0"
 * (TLS not verified), a plain http URL, or no secret (GitHub shows a set one as "********").
 */
export function webhookProblems(hook: OrgWebhook): string[] {
  return [
    ...(String(hook.config.insecure_ssl ?? '0') === '0' ? [] : ['TLS verification disabled']),
    ...(hook.config.url?.startsWith('http://') ? ['plain http URL'] : []),
    ...(hook.config.secret ? [] : ['no secret'])
  ]
}

/** The insecure hooks of a listing, as a finding's details. */
export function weakWebhooks(
  hooks: OrgWebhook[]
): { id: number; url: string | null; active: boolean; problems: string[] }[] {
  return hooks.flatMap((hook) => {
    const problems = webhookProblems(hook)
    return problems.length > 0
      ? [{ id: hook.id, url: hook.config.url ?? null, active: hook.active, problems }]
      : []
  })
}
