/**
 * Pacing by GitHub's documented secondary rate limits ("About secondary rate limits",
 * docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits):
 * "No more than 100 concurrent requests are allowed. This limit is shared across the REST API and GraphQL API";
 * "No more than 900 points per minute are allowed for REST API endpoints, and no more than 2,000 points per
 * minute are allowed for the GraphQL API endpoint", where a GraphQL request without mutations is 1 point and
 * most REST GET requests are 1 point; and "No more than 90 seconds of CPU time per 60 seconds of real time …
 * no more than 60 seconds of this CPU time may be for the GraphQL API", which a few concurrent queries respect.
 * Queries are reads: they are not paced like content-creating writes (one a second).
 */
export const REST_CONCURRENCY = 8
/** Below the 900 points a minute of REST endpoints. */
export const REST_POINTS_PER_MINUTE = 800
export const GRAPHQL_CONCURRENCY = 4
/** Below the 2,000 points a minute of the GraphQL endpoint (1 point per query). */
export const GRAPHQL_POINTS_PER_MINUTE = 1800

/** At most `concurrency` tasks at once and `perMinute` started in any 60 seconds. */
export class Pacer {
  private active = 0
  private readonly waiting: (() => void)[] = []
  private readonly started: number[] = []

  constructor(
    readonly concurrency: number,
    readonly perMinute: number,
    private readonly now: () => number = Date.now
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire()
    try {
      return await task()
    } finally {
      this.active -= 1
      this.waiting.shift()?.()
    }
  }

  private async acquire(): Promise<void> {
    while (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve))
    this.active += 1
    for (;;) {
      const t = this.now()
      while (this.started.length > 0 && this.started[0]! <= t - 60_000) this.started.shift()
      if (this.started.length < this.perMinute) {
        this.started.push(t)
        return
      }
      await new Promise((resolve) => setTimeout(resolve, this.started[0]! + 60_000 - t))
    }
  }
}

/** What GitHub said is left of the primary limits, from the last response of each resource. */
export interface RateBudget {
  core?: { remaining: number; limit: number; reset?: number }
  graphql?: { remaining: number; limit: number; reset?: number }
}
