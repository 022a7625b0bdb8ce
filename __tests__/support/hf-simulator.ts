/**
 * A local stand-in for the Hugging Face Hub: model info (`/api/models/…`) and raw files
 * (`/{repo}/resolve/{revision}/README.md`), with the Hub's JSON shapes, `x-error-code` headers,
 * its 401-for-private-repositories behaviour and injectable faults.
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
    const siblings = ['.gitattributes', ...(m.readme === undefined ? [] : ['README.md']), 'config.json']
    return {
      _id: sha1(m.id).slice(0, 24),
      id: m.id,
      modelId: m.id,
      author: m.author,
      sha: m.sha,
      lastModified: m.lastModified,
      createdAt: m.createdAt,
      private: m.private ?? false,
      gated: false,
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
  const revisionOk = (m: HfModel, rev: string) => rev === 'main' || rev === m.sha

  const serve = (req: http.IncomingMessage): Reply => {
    const { pathname } = new URL(req.url ?? '/', 'http://simulator')
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
      const headers = { 'x-repo-commit': model.sha }
      if (dec(file[4]!) !== 'README.md' || model.readme === undefined) {
        const missing = hubError(404, 'EntryNotFound', 'Entry not found')
        return { ...missing, headers: { ...missing.headers, ...headers } }
      }
      return {
        status: 200,
        body: model.readme,
        headers: {
          ...headers,
          'content-type': 'text/markdown; charset=utf-8',
          etag: `"${gitBlobSha(model.readme)}"`,
          'x-linked-etag': `"${gitBlobSha(model.readme)}"`
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
    let reply: Reply
    try {
      reply = fault ? faultReply(fault.kind, req) : serve(req)
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
