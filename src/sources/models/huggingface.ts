import type { EvidenceRecord, RequestRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import { HttpFailure, recordedGet, recordedGetJson, type HttpOptions } from '../http.js'
import { HF_KIND, type HfModelEvidence, type HfModelInfo, type HfPathInfo } from '../../evidence/models.js'
import { huggingFaceModelRef } from '../../checks/models/huggingface-view.js'

export { HF_KIND } from '../../evidence/models.js'
export type { HfLastCommit, HfModelEvidence, HfModelInfo, HfPathInfo } from '../../evidence/models.js'
export { huggingFaceModelRef, huggingFaceView } from '../../checks/models/huggingface-view.js'

const EVAL_FILE = /^\.eval_results\/[^/]+\.ya?ml$/

/**
 * Per model: the model info at the deployed revision (commit sha, card data with `model-index`, gating),
 * the model card and `.eval_results/*.yaml` at that commit, and the commit that last changed each of them
 * (`POST /api/models/{id}/paths-info/{sha}` with `expand`, as huggingface_hub's `get_paths_info` asks; the
 * repository's `lastModified` moves with any commit, so it says nothing about when results were written).
 */
export async function collectHuggingFace(
  sink: EvidenceSink,
  settings: { endpoint: string; models: string[]; revision?: string },
  env: NodeJS.ProcessEnv
): Promise<number> {
  const base = settings.endpoint.replace(/\/+$/, '')
  const http: HttpOptions = {
    headers: env.HF_TOKEN ? { authorization: `Bearer ${env.HF_TOKEN}` } : {},
    service: `Hugging Face Hub at ${base}`,
    permission: 'read access to the model repository (a token with read scope, HF_TOKEN)'
  }
  let count = 0
  for (const entry of settings.models) {
    const { id, revision } = huggingFaceModelRef(entry, settings.revision ?? 'main')
    const pinned = revision !== 'main'
    const requests: RequestRecord[] = []
    const record: EvidenceRecord<HfModelEvidence> = {
      path: `evidence/models/huggingface/${id}${pinned ? `@${revision.replace(/[^\w.-]/g, '_')}` : ''}.json`,
      source: 'huggingface',
      subject: `huggingface:${id}${pinned ? `@${revision}` : ''}`,
      kind: HF_KIND,
      requests,
      notes: { endpoint: base, revision }
    }
    let info: HfModelInfo | undefined
    try {
      const answer = await recordedGetJson<HfModelInfo>(
        `${base}/api/models/${id}/revision/${encodeURIComponent(revision)}`,
        http
      )
      requests.push(answer.request)
      info = answer.data
      const siblings = info.siblings?.map((s) => s.rfilename)
      const readme = !siblings || siblings.includes('README.md')
      const evalPaths = (siblings ?? []).filter((path) => EVAL_FILE.test(path)).sort()
      const sources = [...(readme ? ['README.md'] : []), ...evalPaths]
      let paths: HfPathInfo[] = []
      if (sources.length > 0) {
        const answer = await recordedGetJson<HfPathInfo[]>(
          `${base}/api/models/${id}/paths-info/${info.sha}`,
          {
            ...http,
            postJson: { paths: sources, expand: true }
          }
        )
        requests.push(answer.request)
        paths = Array.isArray(answer.data) ? answer.data : []
      }
      let card: string | undefined
      if (readme) card = await readFile(`${base}/${id}/resolve/${info.sha}/README.md`, http, requests)
      const evalFiles: { path: string; content: string }[] = []
      for (const path of evalPaths) {
        const content = await readFile(`${base}/${id}/resolve/${info.sha}/${path}`, http, requests)
        if (content !== undefined) evalFiles.push({ path, content })
      }
      record.data = {
        revision,
        info,
        ...(card !== undefined ? { card } : {}),
        evalFiles,
        paths
      }
      count += 1
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error
      requests.push(error.request)
      if (info) record.data = { revision, info }
      const status = error.request.status
      record.error =
        info?.gated && (status === 401 || status === 403)
          ? {
              status,
              message: `${id} is a gated repository (${info.gated} approval) and ${env.HF_TOKEN ? "HF_TOKEN's account is not in its authorized list" : 'no HF_TOKEN is set'}: its files cannot be read (${status}: ${error.failure.message}). Request access at ${base}/${id} with the account of HF_TOKEN.`,
              missingPermission: `access to the gated repository ${id}`
            }
          : status === 404 && /RevisionNotFound|Invalid rev/i.test(error.failure.message)
            ? {
                ...error.failure,
                message: `${error.failure.message} (model ${id}: revision ${revision} does not exist)`
              }
            : status === 404 || status === 401
              ? {
                  ...error.failure,
                  message: `${error.failure.message} (model ${id}: missing, or private without a token)`
                }
              : error.failure
    }
    await sink.add(record)
  }
  return count
}

/** A file at a commit; undefined when the Hub says it does not exist (404). */
async function readFile(
  url: string,
  http: HttpOptions,
  requests: RequestRecord[]
): Promise<string | undefined> {
  try {
    const answer = await recordedGet(url, http)
    requests.push(answer.request)
    return answer.body
  } catch (error) {
    if (!(error instanceof HttpFailure) || error.request.status !== 404) throw error
    requests.push(error.request)
    return undefined
  }
}

/** One `.eval_results` entry as the spec gives it (huggingface/hub-docs `eval_results.yaml`). */
