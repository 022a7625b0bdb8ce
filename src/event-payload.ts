import { z } from 'zod'
import { InputError } from './config/errors.js'
import { readInputFile } from './inputs/paths.js'
import { scalarText } from './util/text.js'

/** Webhook payloads are at most 25 MB (GitHub docs, "Webhook events and payloads": payload cap). */
const EVENT_MAX_BYTES = 25 * 1024 * 1024

/**
 * The parts of a `pull_request` payload the action reads, as GitHub documents them ("Webhook events and
 * payloads", pull_request). Checked here so a damaged or hand-written payload is one clear error, not a
 * TypeError deep in the collector.
 */
const repositoryName = z.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, {
  error: 'expected "owner/repo"'
})
const commitSha = z.string().regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, { error: 'expected a commit SHA' })
const pullRequestSchema = z.object({
  number: z.number({ error: 'expected a pull request number' }).int().positive(),
  title: z.string({ error: 'expected a string' }),
  html_url: z.string({ error: 'expected a string' }),
  user: z.object({ login: z.string() }).nullish(),
  head: z.object({
    sha: commitSha,
    ref: z.string({ error: 'expected a branch name' }),
    repo: z.object({ full_name: repositoryName, fork: z.boolean().optional() }).nullish()
  }),
  base: z.object({
    sha: commitSha,
    ref: z.string({ error: 'expected a branch name' }),
    repo: z.object({ full_name: repositoryName })
  })
})

/** The payload GitHub writes to GITHUB_EVENT_PATH: JSON, and a well-formed `pull_request` when it has one. */
export async function readEventPayload(path: string): Promise<unknown> {
  const label = 'GITHUB_EVENT_PATH'
  const expected = 'expected the JSON webhook payload the runner writes'
  const text = await readInputFile(path, label, { expected, maxBytes: EVENT_MAX_BYTES })
  let event: unknown
  try {
    event = JSON.parse(text)
  } catch (error) {
    throw new InputError(
      `${label}: ${expected}, got ${path}, which is not JSON (${(error as Error).message})`
    )
  }
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new InputError(`${label}: ${expected} (a JSON object), got ${path} holding ${typeName(event)}`)
  }
  const pr = (event as { pull_request?: unknown }).pull_request
  if (pr !== undefined) {
    const result = pullRequestSchema.safeParse(pr)
    if (!result.success) {
      const issue = result.error.issues[0]!
      const field = ['pull_request', ...issue.path].join('.')
      const found = valueAt(pr, issue.path)
      throw new InputError(
        `${label}: ${path}: ${field}: ${issue.code === 'invalid_type' && !issue.message.startsWith('expected') ? `expected ${issue.expected}` : issue.message}, got ${found === undefined ? 'nothing' : typeName(found)}`
      )
    }
  }
  return event
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (current, key) =>
      current && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined,
    value
  )
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
  if (typeof value === 'object') return 'an object'
  return scalarText(value)
}
