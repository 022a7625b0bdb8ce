import { aiEvidenceRecord, isAiRelevantFile } from '../../checks/pull-request/ai-evidence.js'
import { isWorkflowFile } from '../../checks/pull-request/workflow-yaml.js'
import { logValue } from '../../report/escape.js'
import type { Source } from '../source.js'
import { collectPullRequest } from './pull-request.js'

/**
 * GitHub as the plug-in of pull-request mode: the change the pull request makes (its files, their base and
 * head versions, the branch rules), through the client that read the base branch's config.
 */
export const source: Source = {
  async collect(settings, sink, log) {
    const target = settings.pullRequest
    if (!target) throw new Error('the pull-request source runs only in pull-request mode')
    const { ref: pr, client } = target
    // Title and branch names are the PR author's: never raw in the log (no `::workflow-command::`).
    log.info(
      `${logValue(pr.repository)}#${pr.number} "${logValue(pr.title)}" (${logValue(pr.headRef)} → ${logValue(pr.baseRef)}, head ${logValue(pr.headSha.slice(0, 7))})`
    )
    // From the base branch's config: the PR cannot move the inventory it is checked against.
    const inventoryPath = settings.config['ai-inventory'].path
    // The AI provider catalog is data the drift check reads; recorded so `verify` re-derives the same findings.
    await sink.add(await aiEvidenceRecord(settings.config, pr))
    if (target.configRecord) await sink.add(target.configRecord)
    await collectPullRequest(client, sink, pr, {
      interesting: (path) => isWorkflowFile(path) || isAiRelevantFile(path) || path === inventoryPath,
      inventoryPath
    })
    return {
      manifest: { apiUrl: settings.apiUrl, pullRequest: pr },
      notes: [],
      failures: [],
      subjects: 1,
      requests: client.finish()
    }
  }
}
