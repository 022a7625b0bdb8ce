import { formatBytes, MAX_CONFIG_BYTES } from '../../config/load.js'
import type { EvidenceRecord, RequestRecord } from '../../model.js'
import type { GitHubClient } from './client.js'
import { evidencePath, repoSubject } from './evidence-kinds.js'
import { GitHubRequestFailure } from './requests.js'
import type { PullRequestConfig } from '../../evidence/pull-request.js'
import { optionalContent, PR_EVIDENCE, type PullRequestRef } from './pull-request.js'

export type { PullRequestConfig } from '../../evidence/pull-request.js'

export class BaseConfigUnreadable extends Error {
  override name = 'BaseConfigUnreadable'
}

/** Reads the config at the base and head commits through the contents API; throws when the base cannot be read. */
export async function collectPullRequestConfig(
  client: GitHubClient,
  pr: PullRequestRef,
  path: string
): Promise<EvidenceRecord<PullRequestConfig>> {
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<PullRequestConfig> = {
    path: evidencePath(pr.repository, `pulls/${pr.number}/config`),
    source: 'github',
    subject: `${repoSubject(pr.repository)}#${pr.number}`,
    kind: PR_EVIDENCE.config,
    requests
  }
  let base: { content?: string }
  try {
    base = await optionalContent(client, pr.repository, path, pr.baseSha, requests, 'content')
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure)) throw error
    // Without the base branch's rules there is nothing to judge by; the PR's own copy is not a fallback.
    throw new BaseConfigUnreadable(
      `${path} at the base commit ${pr.baseSha.slice(0, 7)} (${pr.baseRef}) could not be read, so the rules this pull request is judged by are unknown: ${error.message}`
    )
  }
  const data: PullRequestConfig = {
    path,
    baseRef: pr.baseRef,
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    ...(base.content !== undefined ? { base: base.content } : {})
  }
  try {
    const head = await optionalContent(client, pr.repository, path, pr.headSha, requests, 'content')
    if (head.content !== undefined) {
      const bytes = Buffer.byteLength(head.content)
      if (bytes > MAX_CONFIG_BYTES) data.headBytes = bytes
      else data.head = head.content
    }
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure)) throw error
    requests.push(error.request)
    record.error = error.failure
  }
  record.data = data
  record.notes = {
    limit: `head versions over ${formatBytes(MAX_CONFIG_BYTES)} are not recorded (headBytes says how large)`
  }
  return record
}
