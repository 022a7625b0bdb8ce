import type { EvidenceRecord } from '../../model.js'
import type { GitHubClient } from './client.js'
import { GITHUB_EVIDENCE, evidencePath, repoSubject } from './evidence-kinds.js'
import { listAll } from './org-settings.js'

/** What a token needs for the route (GitHub App and fine-grained token: repository Webhooks, read). */
export const REPO_WEBHOOKS_PERMISSION =
  'webhooks: read on this repository (GitHub App or fine-grained token) or admin rights on it (classic token)'

/**
 * The repository's webhooks: `GET /repos/{owner}/{repo}/hooks`
 * (https://docs.github.com/en/rest/repos/webhooks#list-repository-webhooks), pages of 100. GitHub never returns
 * a secret: a set one shows as "********" in `config.secret`, and `config.insecure_ssl` is "0" or "1". One
 * request per repository, with an ETag, so an unchanged night answers 304 and costs nothing against the
 * primary limit. A refusal is recorded as an error, never as "no webhooks".
 */
export async function collectRepoWebhooks(
  client: GitHubClient,
  fullName: string,
  repositoryId?: number
): Promise<EvidenceRecord> {
  const listing = await listAll(
    client,
    `/repos/${fullName}/hooks`,
    REPO_WEBHOOKS_PERMISSION,
    webhooksWithoutUrlSecrets
  )
  return {
    path: evidencePath(fullName, 'webhooks'),
    source: 'github',
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.repoWebhooks,
    requests: listing.requests,
    ...(listing.error ? { error: listing.error.failure } : { data: listing.data }),
    // The listing belongs to this repository, not to one that takes its name later (webhooks-carry.ts).
    ...(typeof repositoryId === 'number' && { notes: { repositoryId } })
  }
}

/**
 * A listing of webhooks as GitHub gave it, except that credentials in a Payload URL are masked: a user and
 * password (`https://user:pass@host/`) and query values (`?token=…`) are the receiver's secrets, and bundles
 * are kept for years and read by auditors. The scheme, host and path, which the checks read, are kept.
 */
export function webhooksWithoutUrlSecrets(body: unknown): unknown[] {
  if (!Array.isArray(body)) return body as unknown[]
  return body.map((hook: unknown) => {
    const config = (hook as { config?: { url?: unknown } } | null)?.config
    if (!config || typeof config.url !== 'string') return hook
    return { ...(hook as object), config: { ...config, url: maskUrlSecrets(config.url) } }
  })
}

export function maskUrlSecrets(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return url
  }
  if (parsed.username) parsed.username = '***'
  if (parsed.password) parsed.password = '***'
  for (const key of [...new Set(parsed.searchParams.keys())]) parsed.searchParams.set(key, '***')
  return parsed.toString()
}
