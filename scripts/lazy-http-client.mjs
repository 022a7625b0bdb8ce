// Stands in for @actions/http-client inside @actions/core (see scripts/build.mjs). @actions/core imports it
// for one use, OidcClient.getIDToken (which @actions/attest calls), and it imports undici, so every start
// of the action parsed undici for nothing. This keeps OidcClient's calls as they are and loads the real
// client, and undici with it, on the first request: `new HttpClient(…)` and `new BearerCredentialHandler(…)`
// only record their arguments; `getJson` builds the real ones.
const real = () => import('@actions/http-client')
const realAuth = () => import('@actions/http-client/lib/auth')

export class BearerCredentialHandler {
  constructor(token) {
    this.token = token
  }
}

export class HttpClient {
  constructor(userAgent, handlers, requestOptions) {
    this.args = { userAgent, handlers, requestOptions }
  }

  async getJson(...args) {
    const [{ HttpClient: Client }, auth] = await Promise.all([real(), realAuth()])
    const handlers = (this.args.handlers ?? []).map((handler) =>
      handler instanceof BearerCredentialHandler ? new auth.BearerCredentialHandler(handler.token) : handler
    )
    return new Client(this.args.userAgent, handlers, this.args.requestOptions).getJson(...args)
  }
}
