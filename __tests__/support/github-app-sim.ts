/**
 * GitHub App authentication as GitHub documents it, for the simulator: the App signs a JWT (RS256) with its
 * private key, and with it reads its installation on an organisation and mints installation access tokens,
 * which then authenticate every other request until they expire.
 *
 * - JWT: https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app
 *   (`alg` RS256; `iat` may be up to 60 s in the past for clock drift; `exp` "no more than 10 minutes into the
 *   future"; `iss` the App's client id or application id). GitHub's 401 messages for a bad `exp`/`iat` are
 *   quoted as observed (octokit/auth-app.js#698, sigmavirus24/github3.py#1050; auth-app.js matches on them).
 * - `GET /orgs/{org}/installation`: https://docs.github.com/rest/apps/apps#get-an-organization-installation-for-the-authenticated-app
 *   (JWT only; 404 when the App is not installed there).
 * - `POST /app/installations/{installation_id}/access_tokens`: https://docs.github.com/rest/apps/apps#create-an-installation-access-token-for-an-app
 *   (JWT only; 201 with `token`, `expires_at`, `permissions`, `repository_selection`; "The installation access
 *   token will expire after 1 hour", https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation).
 */
import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto'

export interface SimAppInstallation {
  id: number
  /** The organisation's login. */
  account: string
  /** Permissions granted to the installation, as GitHub lists them (`{ administration: 'read', … }`). */
  permissions?: Record<string, 'read' | 'write'>
}

export interface SimApp {
  id: number
  clientId?: string
  /** The App's public key (PEM), the pair of the private key the client signs with. */
  publicKey: string
  installations: SimAppInstallation[]
  /** Lifetime of minted installation tokens; GitHub's is one hour (the default). */
  tokenLifetimeSeconds?: number
  /** Who minted tokens act as: `<slug>[bot]`. Default `annex-evidence[bot]`. */
  botLogin?: string
}

export interface IssuedToken {
  token: string
  installationId: number
  expiresAt: string
}

interface AppReply {
  status: number
  body?: unknown
}

const JWT_DOC =
  'https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app'
const unauthorized = (message: string): AppReply => ({
  status: 401,
  body: { message, documentation_url: 'https://docs.github.com/rest', status: '401' }
})

/** Paths GitHub serves only to the App's JWT (the ones the collectors use). */
export function isAppRoute(method: string, path: string): boolean {
  return (
    (method === 'POST' && /^\/app\/installations\/[^/]+\/access_tokens$/.test(path)) ||
    (method === 'GET' && /^\/orgs\/[^/]+\/installation$/.test(path))
  )
}

export function createAppSimulation(app: SimApp, now: () => Date) {
  const key: KeyObject = createPublicKey(app.publicKey)
  const issued: IssuedToken[] = []

  /** The JWT's problem, as GitHub words it, or undefined when it is a valid JWT of this App. */
  const jwtProblem = (jwt: string | undefined): AppReply | undefined => {
    const parts = jwt?.split('.') ?? []
    if (parts.length !== 3) return unauthorized('A JSON web token could not be decoded')
    const [head, payload, signature] = parts as [string, string, string]
    let header: { alg?: string }
    let claims: { iat?: unknown; exp?: unknown; iss?: unknown }
    try {
      header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'))
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    } catch {
      return unauthorized('A JSON web token could not be decoded')
    }
    const signed = verify(
      'RSA-SHA256',
      Buffer.from(`${head}.${payload}`),
      key,
      Buffer.from(signature, 'base64url')
    )
    if (header.alg !== 'RS256' || !signed) return unauthorized('A JSON web token could not be decoded')
    const seconds = Math.floor(now().getTime() / 1000)
    if (typeof claims.iat !== 'number' || !Number.isInteger(claims.iat) || claims.iat > seconds + 60)
      return unauthorized(
        "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued"
      )
    if (typeof claims.exp !== 'number' || claims.exp <= seconds)
      return unauthorized(
        "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires"
      )
    if (claims.exp > seconds + 600)
      return unauthorized("'Expiration time' claim ('exp') is too far in the future")
    const iss = String(claims.iss)
    if (iss !== String(app.id) && iss !== app.clientId)
      return unauthorized('A JSON web token could not be decoded')
    return undefined
  }

  const installationBody = (installation: SimAppInstallation) => ({
    id: installation.id,
    app_id: app.id,
    app_slug: (app.botLogin ?? 'annex-evidence[bot]').replace(/\[bot\]$/, ''),
    target_type: 'Organization',
    account: { login: installation.account, type: 'Organization' },
    permissions: installation.permissions ?? {},
    repository_selection: 'all',
    events: [],
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    suspended_at: null
  })

  return {
    issued,
    botLogin: app.botLogin ?? 'annex-evidence[bot]',
    /** Answers an App route, or undefined for any other request. `bearer` is the Authorization credential. */
    handle(method: string, path: string, bearer: string | undefined): AppReply | undefined {
      if (!isAppRoute(method, path)) return undefined
      const problem = jwtProblem(bearer)
      if (problem) return problem
      const org = /^\/orgs\/([^/]+)\/installation$/.exec(path)?.[1]
      if (org !== undefined) {
        const installation = app.installations.find(
          (i) => i.account.toLowerCase() === decodeURIComponent(org).toLowerCase()
        )
        return installation
          ? { status: 200, body: installationBody(installation) }
          : {
              status: 404,
              body: {
                message: 'Not Found',
                documentation_url:
                  'https://docs.github.com/rest/apps/apps#get-an-organization-installation-for-the-authenticated-app',
                status: '404'
              }
            }
      }
      const id = Number(/^\/app\/installations\/([^/]+)\/access_tokens$/.exec(path)?.[1])
      const installation = app.installations.find((i) => i.id === id)
      if (!installation)
        return {
          status: 404,
          body: {
            message: 'Not Found',
            documentation_url:
              'https://docs.github.com/rest/apps/apps#create-an-installation-access-token-for-an-app',
            status: '404'
          }
        }
      const lifetime = (app.tokenLifetimeSeconds ?? 3600) * 1000
      const token: IssuedToken = {
        token: `ghs_${randomBytes(18).toString('base64url').replace(/[-_]/g, 'x')}`,
        installationId: id,
        expiresAt: new Date(now().getTime() + lifetime).toISOString()
      }
      issued.push(token)
      return {
        status: 201,
        body: {
          token: token.token,
          expires_at: token.expiresAt,
          permissions: installation.permissions ?? {},
          repository_selection: 'all'
        }
      }
    },
    /** Whether `value` is a minted token, and if so whether it has expired. */
    tokenState(value: string): 'valid' | 'expired' | undefined {
      const token = issued.find((t) => t.token === value)
      if (!token) return undefined
      return now().getTime() >= Date.parse(token.expiresAt) ? 'expired' : 'valid'
    },
    jwtDoc: JWT_DOC
  }
}
