import type { GitHubClient } from './client.js'
import { GitHubRequestFailure, graphqlPost } from './requests.js'

/**
 * The login the token acts as, which is the author of every comment we write. GraphQL `viewer` answers for
 * every kind of token: a personal access token's user, and for installation tokens the App's bot user
 * (`github-actions[bot]` for a workflow's GITHUB_TOKEN, `<app-slug>[bot]` for another App). REST `GET /user`
 * refuses installation tokens ("Resource not accessible by integration", 403), so it is not used.
 * https://docs.github.com/graphql/reference/queries#viewer
 */
export async function tokenLogin(client: GitHubClient): Promise<string | undefined> {
  try {
    const result = await graphqlPost<{ viewer?: { login?: string } }>(
      client,
      'Viewer',
      'query Viewer { viewer { login } }',
      {}
    )
    return result.data.viewer?.login || undefined
  } catch (error) {
    if (error instanceof GitHubRequestFailure) return undefined
    throw error
  }
}
