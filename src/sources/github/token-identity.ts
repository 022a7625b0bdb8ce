import type { GitHubClient } from './client.js'
import { tokenLogin } from './identity.js'

/**
 * Who collected: the identity GitHub says the token acts as, and what kind of token it is, recorded in the
 * manifest as `callerArn` is for AWS, so an auditor can tell a workflow's GITHUB_TOKEN from a person's
 * token. Never the token itself.
 */
export interface TokenIdentity {
  login: string | null
  /** From the token's documented prefix; `unknown` for a token of no known format (GHES, a proxy). */
  type:
    | 'installation'
    | 'classic-personal-access-token'
    | 'fine-grained-personal-access-token'
    | 'oauth'
    | 'user-to-server'
    | 'unknown'
  /** A classic token's scopes (`x-oauth-scopes`); absent where GitHub does not report them. */
  scopes?: string[]
  /** Why something is not known, when it is not. */
  unknown?: string
}

/**
 * Token prefixes GitHub documents (https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/,
 * and `github_pat_` for fine-grained tokens: https://github.blog/security/application-security/introducing-fine-grained-personal-access-tokens-for-github/).
 * Only the prefix is looked at.
 */
export function tokenType(token: string): TokenIdentity['type'] {
  if (token.startsWith('ghs_')) return 'installation'
  if (token.startsWith('ghp_')) return 'classic-personal-access-token'
  if (token.startsWith('github_pat_')) return 'fine-grained-personal-access-token'
  if (token.startsWith('gho_')) return 'oauth'
  if (token.startsWith('ghu_')) return 'user-to-server'
  return 'unknown'
}

/**
 * `GET /user` answers user tokens (login, and `x-oauth-scopes` for classic ones); installation tokens are
 * refused there (403 "Resource not accessible by integration"), and GraphQL `viewer` names their bot.
 * Fails soft: an identity that cannot be read is recorded as unknown, with the reason, and collection goes on.
 */
export async function tokenIdentity(client: GitHubClient, token: string): Promise<TokenIdentity> {
  const type = tokenType(token)
  const unknownType = type === 'unknown' ? ['the token has no documented GitHub prefix'] : []
  if (type !== 'installation') {
    client.requested()
    try {
      const response = await client.octokit.request('GET /user')
      const login = (response.data as { login?: unknown }).login
      const scopes = response.headers['x-oauth-scopes']
      return {
        login: typeof login === 'string' ? login : null,
        type,
        ...(typeof scopes === 'string'
          ? {
              scopes: scopes
                .split(',')
                .map((scope) => scope.trim())
                .filter(Boolean)
            }
          : {}),
        ...(unknownType.length ? { unknown: unknownType.join('; ') } : {})
      }
    } catch (error) {
      if ((error as { status?: number }).status !== 403)
        return {
          login: null,
          type,
          unknown: [
            ...unknownType,
            `GET /user failed (${(error as { status?: number }).status ?? 'no answer'})`
          ].join('; ')
        }
    }
  }
  const login = await tokenLogin(client)
  return {
    login: login ?? null,
    type: type === 'unknown' && login?.endsWith('[bot]') ? 'installation' : type,
    ...(login
      ? unknownType.length && !login.endsWith('[bot]')
        ? { unknown: unknownType.join('; ') }
        : {}
      : { unknown: [...unknownType, 'GraphQL viewer could not be read'].join('; ') })
  }
}
