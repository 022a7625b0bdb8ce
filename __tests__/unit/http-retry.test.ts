import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { HttpFailure, recordedGet, retryAfterMs } from '../../src/sources/http.js'

/** A loopback server answering from a script of responses, one per request; records when each came. */
async function scripted(
  answers: { status: number; headers?: Record<string, string>; body?: string }[]
): Promise<{ url: string; times: number[]; server: Server }> {
  const times: number[] = []
  const server = createServer((_request, response) => {
    times.push(Date.now())
    const answer = answers[Math.min(times.length - 1, answers.length - 1)]!
    response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
    response.end(answer.body ?? '{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/x`, times, server }
}

const options = { service: 'Registry at loopback', permission: 'read access', retryBaseMs: 10 }
let server: Server | undefined
afterEach(async () => {
  const open = server
  if (open) await new Promise((resolve) => open.close(resolve))
  server = undefined
})

describe('recordedGet retries', () => {
  test('a 429 with Retry-After is retried after the time it asks for', async () => {
    // RFC 6585 §4: 429 Too Many Requests MAY include Retry-After; Hugging Face and MLflow behind a
    // gateway answer so when rate-limited.
    const sim = await scripted([
      { status: 429, headers: { 'retry-after': '1' }, body: '{"error":"rate limited"}' },
      { status: 200, body: '{"ok":true}' }
    ])
    server = sim.server
    const { body, request } = await recordedGet(sim.url, options)
    expect(body).toBe('{"ok":true}')
    expect(request.status).toBe(200)
    expect(sim.times).toHaveLength(2)
    expect(sim.times[1]! - sim.times[0]!).toBeGreaterThanOrEqual(950)
  })

  test('a Retry-After beyond the wait bound fails at once, saying what was asked', async () => {
    const sim = await scripted([
      { status: 429, headers: { 'retry-after': '3600' }, body: '{"error":"slow down"}' }
    ])
    server = sim.server
    const failure = await recordedGet(sim.url, { ...options, maxWaitMs: 5000 }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(HttpFailure)
    expect((failure as HttpFailure).message).toBe(
      'Registry at loopback answered 429 to /api/x: slow down (it asked to retry in 3600 s, beyond the 5 s this run waits)'
    )
    expect(sim.times).toHaveLength(1)
  })

  test('5xx is retried up to the attempts, then reported with its status', async () => {
    const sim = await scripted([{ status: 503, body: '{"message":"maintenance"}' }])
    server = sim.server
    const failure = (await recordedGet(sim.url, { ...options, attempts: 3 }).catch(
      (e: unknown) => e
    )) as HttpFailure
    expect(failure.failure).toMatchObject({ status: 503 })
    expect(failure.message).toBe(
      'Registry at loopback answered 503 to /api/x: maintenance (after 3 attempts)'
    )
    expect(sim.times).toHaveLength(3)
  })

  test('a 404 is final: one request', async () => {
    const sim = await scripted([{ status: 404, body: '{"message":"no such model"}' }])
    server = sim.server
    const failure = (await recordedGet(sim.url, options).catch((e: unknown) => e)) as HttpFailure
    expect(failure).toBeInstanceOf(HttpFailure)
    expect(failure.failure.status).toBe(404)
    expect(sim.times).toHaveLength(1)
  })

  test('a server that is not there is retried, then named unreachable', async () => {
    const sim = await scripted([{ status: 200 }])
    await new Promise((resolve) => sim.server.close(resolve))
    const failure = (await recordedGet(sim.url, { ...options, attempts: 2 }).catch(
      (e: unknown) => e
    )) as HttpFailure
    expect(failure.message).toMatch(
      /^Registry at loopback could not be reached \(ECONNREFUSED: .*\) after 2 attempts/
    )
  })

  test('Retry-After is delay-seconds or an HTTP date', () => {
    const now = Date.parse('2026-12-01T10:00:00Z')
    expect(retryAfterMs('120', now)).toBe(120_000)
    expect(retryAfterMs('Tue, 01 Dec 2026 10:00:30 GMT', now)).toBe(30_000)
    expect(retryAfterMs('soon', now)).toBeUndefined()
    expect(retryAfterMs(null, now)).toBeUndefined()
  })
})
