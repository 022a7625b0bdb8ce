/**
 * A local stand-in for the Hugging Face Hub: model info (`/api/models/…`), raw files
 * (`/{repo}/resolve/{revision}/{path}`) and `paths-info` with each file's last commit, with the Hub's JSON
 * shapes, `x-error-code` headers, its 401-for-private-repositories behaviour, gated repositories and
 * injectable faults.
 */
import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { parse } from 'yaml'

export interface HfModel {
  /** `org/name`. */
  id: string
  author: string
  /** The head commit of `main`, 40 hex digits. */
  sha: string
  /** ISO 8601. */
  lastModified: string
  createdAt: string
  private?: boolean
  pipelineTag?: string
  tags?: string[]
  /** The README's YAML front matter as the Hub parses it, `model-index` included; default parsed from `readme`. */
  cardData?: Record<string, unknown>
  /** The whole README.md, YAML front matter included; none: the repository has no README. */
  readme?: string
  /** The commit that last changed README.md; default: the head commit (`sha`) at `lastModified`. */
  readmeCommit?: HfCommit
  /**
   * Further files, e.g. `.eval_results/gpqa.yaml`. Evaluation results in that folder follow
   * https://huggingface.co/docs/hub/eval-results (a YAML list of `{ dataset: { id, task_id, revision },
   * value, date, source, notes }`; spec huggingface/hub-docs `eval_results.yaml`).
   */
  files?: { path: string; content: string; commit?: HfCommit }[]
  /** Branch or tag names besides `main` that resolve to this snapshot (a deployed revision). */
  refs?: string[]
  /**
   * Gated repository (model info answers `gated: "auto" | "manual"`, https://huggingface.co/docs/hub/models-gated).
   * Its files answer 401 without a token and 403 for a token whose account is not authorized.
   */
  gated?: 'auto' | 'manual'
  /** Tokens whose accounts were granted access to the gated repository. */
  gatedAccess?: string[]
}
/** A commit as the Hub's `lastCommit` gives it (paths-info / tree with `expand`). */
export interface HfCommit {
  id: string
  title: string
  /** ISO 8601. */
  date: string
}
export interface HfFaultRule {
  method?: string
  /** Tested against the path including the query string, e.g. `/api/models/acme/x`. */
  path: RegExp
  kind:
    | 'server-error'
    | 'unauthorized'
    | 'forbidden'
    | 'reset'
    /*
     * 403 whose body quotes the request's Authorization header: issue #11 observed GitHub, Hugging Face
     * and MLflow (or the proxy in front of them) echo the credential back in an error body.
     */
    | 'echo-credentials'
  /** How many matching requests the fault affects; default Infinity. */
  times?: number
}
export interface HfRequestLogEntry {
  method: string
  /** Path including the query string. */
  path: string
  /** 0 when the connection was reset. */
  status: number
  authorization: string | undefined
}
export interface HfSimulator {
  /** http://127.0.0.1:PORT, the Hub endpoint (= HF_ENDPOINT). */
  url: string
  requests: HfRequestLogEntry[]
  addFault(rule: HfFaultRule): void
  clearFaults(): void
  close(): Promise<void>
}
/**
 * Without `auth`, any bearer token is accepted and private repositories need one. With it, only
 * `Bearer <token>` is valid (another token answers 401 on every request, as on the Hub), and every
 * repository needs it unless `privateOnly`, when public ones are open to anonymous requests.
 */
export interface HfAuth {
  token: string
  privateOnly?: boolean
}

interface Reply {
  status: number
  body: string
  headers: Record<string, string>
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers }
})
const hubError = (status: number, code: string | undefined, message: string): Reply =>
  json(status, { error: message }, { 'x-error-message': message, ...(code && { 'x-error-code': code }) })
const repoNotFound = (status: 401 | 404) => hubError(status, 'RepoNotFound', 'Repository not found')
const badToken = () => hubError(401, undefined, 'Invalid credentials in Authorization header')
const LIBRARIES = ['transformers', 'sentence-transformers', 'diffusers', 'peft', 'timm', 'sklearn', 'gguf']

export async function startHfSimulator(models: HfModel[], auth?: HfAuth): Promise<HfSimulator> {
  const requests: HfRequestLogEntry[] = []
  let faults: Array<HfFaultRule & { left: number }> = []
  const index = new Map(models.map((m) => [m.id, m]))

  const cardOf = (m: HfModel): Record<string, unknown> | undefined => {
    if (m.cardData) return m.cardData
    const front = m.readme && /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(m.readme)
    return front ? (parse(front[1]!) as Record<string, unknown>) : undefined
  }
  const modelInfo = (m: HfModel) => {
    const card = cardOf(m)
    const library =
      typeof card?.library_name === 'string' ? card.library_name : m.tags?.find((t) => LIBRARIES.includes(t))
    const siblings = [
      '.gitattributes',
      ...(m.readme === undefined ? [] : ['README.md']),
      'config.json',
      ...(m.files ?? []).map((f) => f.path).filter((p) => p !== 'config.json')
    ]
    return {
      _id: sha1(m.id).slice(0, 24),
      id: m.id,
      modelId: m.id,
      author: m.author,
      sha: m.sha,
      lastModified: m.lastModified,
      createdAt: m.createdAt,
      private: m.private ?? false,
      gated: m.gated ?? false,
      disabled: false,
      downloads: Number.parseInt(sha1(`downloads:${m.id}`).slice(0, 4), 16),
      likes: Number.parseInt(sha1(`likes:${m.id}`).slice(0, 2), 16),
      tags: m.tags ?? [],
      ...(m.pipelineTag && { pipeline_tag: m.pipelineTag }),
      ...(library && { library_name: library }),
      ...(card && { cardData: card }),
      ...(Array.isArray(card?.['model-index']) && { 'model-index': card['model-index'] }),
      siblings: siblings.map((rfilename) => ({ rfilename })),
      spaces: []
    }
  }

  const bearer = (header: string | undefined) => /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1]
  /** The repository, or the reply that denies it. */
  const access = (org: string, name: string, header: string | undefined): HfModel | Reply => {
    const token = bearer(header)
    const valid = auth ? token === auth.token : token !== undefined
    if (header !== undefined && !valid) return badToken()
    const model = index.get(`${org}/${name}`)
    const needsToken = model?.private === true || (auth !== undefined && !auth.privateOnly)
    // Without a valid token the Hub does not say whether a private repository exists.
    if (needsToken && !valid) return repoNotFound(401)
    return model ?? repoNotFound(404)
  }
  const revisionOk = (m: HfModel, rev: string) => rev === 'main' || rev === m.sha || !!m.refs?.includes(rev)
  const headCommit = (m: HfModel): HfCommit => ({ id: m.sha, title: 'Update', date: m.lastModified })
  /** Every file with its content and the commit that last changed it. */
  const filesOf = (m: HfModel) => [
    ...(m.readme === undefined
      ? []
      : [{ path: 'README.md', content: m.readme, commit: m.readmeCommit ?? headCommit(m) }]),
    ...(m.files ?? []).map((f) => ({ ...f, commit: f.commit ?? headCommit(m) }))
  ]
  /**
   * Files of a gated repository need a token of an authorized account. The Hub's answers, as reported
   * from huggingface_hub's GatedRepoError (e.g. huggingface/transformers#31367, kubeai-project/kubeai#155):
   * 401 "Access to model X is restricted. You must have access to it and be authenticated to access it.
   * Please log in." without a token; 403 "… is restricted and you are not in the authorized list. Visit
   * https://huggingface.co/X to ask for access." for another account; both with `x-error-code: GatedRepo`.
   */
  const gate = (m: HfModel, header: string | undefined): Reply | undefined => {
    if (!m.gated) return undefined
    const token = bearer(header)
    if (token && m.gatedAccess?.includes(token)) return undefined
    return token
      ? hubError(
          403,
          'GatedRepo',
          `Access to model ${m.id} is restricted and you are not in the authorized list. Visit https://huggingface.co/${m.id} to ask for access.`
        )
      : hubError(
          401,
          'GatedRepo',
          `Access to model ${m.id} is restricted. You must have access to it and be authenticated to access it. Please log in.`
        )
  }

  const serve = (req: http.IncomingMessage, body: string): Reply => {
    const { pathname } = new URL(req.url ?? '/', 'http://simulator')
    // POST /api/models/{repo}/paths-info/{revision} with `paths` and `expand` (JSON or form-encoded, as
    // huggingface_hub's get_paths_info sends): one entry per existing path, `lastCommit` with expand.
    const pathsInfo = /^\/api\/models\/([^/]+)\/([^/]+)\/paths-info\/(.+)$/.exec(pathname)
    if (pathsInfo && req.method === 'POST') {
      const model = access(dec(pathsInfo[1]!), dec(pathsInfo[2]!), req.headers.authorization)
      if ('status' in model) return model
      const rev = dec(pathsInfo[3]!)
      if (!revisionOk(model, rev)) return hubError(404, 'RevisionNotFound', `Invalid rev id: ${rev}`)
      let paths: string[] = []
      let expand = false
      if (/json/.test(req.headers['content-type'] ?? '')) {
        const parsed = JSON.parse(body || '{}') as { paths?: string[] | string; expand?: boolean }
        paths = Array.isArray(parsed.paths) ? parsed.paths : parsed.paths ? [parsed.paths] : []
        expand = parsed.expand === true
      } else {
        const form = new URLSearchParams(body)
        paths = form.getAll('paths')
        expand = /^true$/i.test(form.get('expand') ?? '')
      }
      const files = filesOf(model)
      return json(
        200,
        paths.flatMap((p) => {
          const file = files.find((f) => f.path === p)
          if (!file) return []
          return [
            {
              type: 'file',
              oid: gitBlobSha(file.content),
              size: Buffer.byteLength(file.content),
              path: file.path,
              ...(expand && { lastCommit: file.commit, securityFileStatus: { status: 'safe' } })
            }
          ]
        })
      )
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return hubError(405, undefined, 'Method not allowed')
    const info = /^\/api\/models\/([^/]+)\/([^/]+)(?:\/revision\/(.+))?\/?$/.exec(pathname)
    if (info) {
      const model = access(dec(info[1]!), dec(info[2]!), req.headers.authorization)
      if ('status' in model) return model
      const rev = info[3] === undefined ? 'main' : dec(info[3])
      if (!revisionOk(model, rev)) return hubError(404, 'RevisionNotFound', `Invalid rev id: ${rev}`)
      return json(200, modelInfo(model))
    }
    const file = /^\/([^/]+)\/([^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(pathname)
    if (file) {
      const model = access(dec(file[1]!), dec(file[2]!), req.headers.authorization)
      if ('status' in model) return model
      const rev = dec(file[3]!)
      if (!revisionOk(model, rev)) return hubError(404, 'RevisionNotFound', `Invalid rev id: ${rev}`)
      const gated = gate(model, req.headers.authorization)
      if (gated) return gated
      const headers = { 'x-repo-commit': model.sha }
      const path = dec(file[4]!)
      const found = filesOf(model).find((f) => f.path === path)
      if (!found) {
        const missing = hubError(404, 'EntryNotFound', 'Entry not found')
        return { ...missing, headers: { ...missing.headers, ...headers } }
      }
      return {
        status: 200,
        body: found.content,
        headers: {
          ...headers,
          'content-type': path.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8',
          etag: `"${gitBlobSha(found.content)}"`,
          'x-linked-etag': `"${gitBlobSha(found.content)}"`
        }
      }
    }
    return hubError(404, undefined, 'Not Found')
  }

  const faultReply = (kind: HfFaultRule['kind'], req: http.IncomingMessage): Reply =>
    kind === 'echo-credentials'
      ? hubError(403, undefined, `Access denied for Authorization: ${req.headers.authorization ?? ''}`)
      : kind === 'unauthorized'
        ? badToken()
        : kind === 'forbidden'
          ? hubError(403, undefined, 'You do not have permission to access this resource')
          : hubError(500, undefined, "Internal Error - We're working hard to fix this as soon as possible!")

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET'
    const path = req.url ?? '/'
    const entry: HfRequestLogEntry = { method, path, status: 0, authorization: req.headers.authorization }
    requests.push(entry)
    const fault = faults.find((f) => (!f.method || f.method.toUpperCase() === method) && f.path.test(path))
    if (fault && --fault.left <= 0) faults = faults.filter((f) => f !== fault)
    if (fault?.kind === 'reset') {
      req.socket.destroy()
      return
    }
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      let reply: Reply
      try {
        reply = fault ? faultReply(fault.kind, req) : serve(req, Buffer.concat(chunks).toString('utf8'))
      } catch (e) {
        reply = hubError(500, undefined, e instanceof Error ? e.message : String(e))
      }
      entry.status = reply.status
      try {
        // Node leaves the body out of HEAD responses.
        res.writeHead(reply.status, {
          'x-request-id': `Root=1-${randomBytes(12).toString('hex')}`,
          ...reply.headers
        })
        res.end(reply.body)
      } catch {
        res.destroy()
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    addFault: (rule) => void faults.push({ ...rule, left: rule.times ?? Infinity }),
    clearFaults: () => void (faults = []),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()))
        // Clients keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections()
      })
  }
}

const dec = (s: string) => decodeURIComponent(s)
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex')
/** Git's blob id, which the Hub serves as the ETag of files not stored in LFS. */
const gitBlobSha = (content: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(content)}\0`)
    .update(content)
    .digest('hex')
