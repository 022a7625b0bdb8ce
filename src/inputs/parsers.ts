import { z } from 'zod'
import { InputError } from '../config/errors.js'
import { resolvePeriod } from '../config/period.js'
import { isS3Uri, s3Location, S3_URI_EXPECTED, type S3Location } from '../store/s3-uri.js'
import { readShard, SHARD_EXPECTED, type Shard } from '../shard.js'
import { REPOSITORY_PATTERN } from './defaults.js'

/**
 * Parsers for the values users type: CLI flags, action inputs and environment variables go through the
 * same ones, so the CLI and the action accept the same spellings and say the same things about the rest.
 * Each schema's error message is the "expected …" part; `parseValue` adds the input's name and what was found.
 */

/** `name: expected …, got "…"` for the first problem; a secret's value is never quoted. */
export function parseValue<T>(
  schema: z.ZodType<T, string>,
  raw: string,
  label: string,
  options: { secret?: boolean } = {}
): T {
  const result = schema.safeParse(raw)
  if (result.success) return result.data
  const expected = result.error.issues[0]?.message ?? 'expected a valid value'
  throw new InputError(
    `${label}: ${expected}, got ${options.secret ? 'a value that is not one' : shown(raw)}`
  )
}

/** The value as found, on one line and not endless. */
export function shown(raw: string): string {
  if (raw === '') return 'nothing ("")'
  const text = JSON.stringify(raw)
  return text.length > 120 ? `${text.slice(0, 100)}…" (${raw.length} characters)` : text
}

/** `a/b, c/*` or one per line, as workflow authors write lists in inputs. */
export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0 && !item.startsWith('#'))
}

const nonEmpty = (expected: string) => z.string().min(1, { error: expected })

/** Exactly what @actions/core's getBooleanInput accepts (the YAML 1.2 core schema booleans). */
const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']
export const booleanValue = z
  .string()
  .refine((value) => TRUE_VALUES.includes(value) || FALSE_VALUES.includes(value), {
    error: 'expected true or false (true | True | TRUE | false | False | FALSE)'
  })
  .transform((value) => TRUE_VALUES.includes(value))

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, expected?: string) {
  return z.enum(values, { error: expected ?? `expected one of ${values.join(', ')}` })
}

/** `auto` or a boolean as getBooleanInput spells it. */
export const autoOrBoolean = z
  .string()
  .refine((value) => value === 'auto' || TRUE_VALUES.includes(value) || FALSE_VALUES.includes(value), {
    error: 'expected auto, true or false'
  })
  .transform((value) => (value === 'auto' ? 'auto' : TRUE_VALUES.includes(value) ? 'true' : 'false'))

/** Seconds to wait; a GitHub-hosted job lasts at most 6 hours, a self-hosted one at most 5 days. */
export const MAX_WAIT_SECONDS = 5 * 86_400
export const secondsValue = z
  .string()
  .regex(/^\d+(\.\d+)?$/, { error: `expected a number of seconds from 0 to ${MAX_WAIT_SECONDS}` })
  .transform(Number)
  .refine((value) => value <= MAX_WAIT_SECONDS, {
    error: `expected a number of seconds from 0 to ${MAX_WAIT_SECONDS}`
  })

/** S3 Object Lock retention is at most 100 years (36,500 days). */
export const retentionDaysValue = z
  .string()
  .regex(/^\d+$/, { error: 'expected a whole number of days from 1 to 36500' })
  .transform(Number)
  .refine((days) => days >= 1 && days <= 36_500, { error: 'expected a whole number of days from 1 to 36500' })

/** An ISO 8601 duration as `resolvePeriod` takes it (weeks, days, hours, minutes; at most ten years). */
export const durationValue = z.string().superRefine((value, ctx) => {
  try {
    resolvePeriod(value, new Date(), '')
  } catch {
    ctx.addIssue({
      code: 'custom',
      message:
        'expected an ISO 8601 duration in weeks, days, hours or minutes of at most ten years, such as "P1D", "P90D" or "PT12H"'
    })
  }
})

/** An http(s) URL with a host: API endpoints (GitHub, S3-compatible stores). */
export function httpUrlValue(example: string) {
  const expected = `expected an http(s) URL such as ${example}`
  return z.string().superRefine((value, ctx) => {
    let url: URL
    try {
      url = new URL(value)
    } catch {
      ctx.addIssue({ code: 'custom', message: expected })
      return
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.hostname === '' || /\s/.test(value)) {
      ctx.addIssue({ code: 'custom', message: expected })
    } else if (url.search || url.hash) {
      ctx.addIssue({ code: 'custom', message: `${expected}, without ?query or #fragment` })
    }
  })
}

export const regionValue = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, { error: 'expected a region name such as eu-central-1' })

export const pathValue = nonEmpty('expected a path')

/** `owner/repo, owner/*` or one per line; a list that is empty once parsed is refused, not "no input". */
export const repositoriesValue = z.string().transform((raw, ctx) => {
  const list = parseList(raw)
  const bad = list.length === 0 ? raw : list.find((entry) => !REPOSITORY_PATTERN.test(entry))
  if (bad !== undefined) {
    // The entry that is wrong, not the whole list: in a list of fifty, the one to fix.
    ctx.addIssue({ code: 'custom', message: 'expected "owner/repo" or "owner/*"', params: { found: bad } })
    return z.NEVER
  }
  return list
})

/** `s3://bucket/prefix`, parsed into its bucket and prefix. */
export const s3UriValue = z.string().transform((uri, ctx): S3Location => {
  const location = s3Location(uri)
  if (location) return location
  ctx.addIssue({ code: 'custom', message: S3_URI_EXPECTED })
  return z.NEVER
})

/**
 * Where bundles are or go: an S3 bucket and prefix (`s3://…`), or a path on disk. The one place that tells
 * the two apart and reads an S3 address; everything downstream takes the typed value.
 */
export type StoreTarget = ({ kind: 's3' } & S3Location) | { kind: 'local'; path: string }
export function storeTargetValue(expected = 'expected a path') {
  return z.string().transform((value, ctx): StoreTarget => {
    if (value === '') {
      ctx.addIssue({ code: 'custom', message: expected })
      return z.NEVER
    }
    if (!isS3Uri(value)) return { kind: 'local', path: value }
    const location = s3Location(value)
    if (location) return { kind: 's3', ...location }
    ctx.addIssue({ code: 'custom', message: S3_URI_EXPECTED })
    return z.NEVER
  })
}
/** `shard: i/n`: one shard of a job matrix (src/shard.ts). */
export const shardValue = z.string().transform((value, ctx): Shard => {
  const shard = readShard(value)
  if (shard) return shard
  ctx.addIssue({ code: 'custom', message: SHARD_EXPECTED })
  return z.NEVER
})

/** Paths, comma or newline separated (`partial-bundles`); a list that is empty once parsed is refused. */
export function pathListValue(expected: string) {
  return z.string().transform((raw, ctx) => {
    const list = parseList(raw)
    if (list.length > 0) return list
    ctx.addIssue({ code: 'custom', message: expected })
    return z.NEVER
  })
}

export const keyIdValue = z
  .string()
  .regex(/^\S+$/, { error: 'expected a KMS key id, alias or ARN' })
  .max(2048, { error: 'expected a KMS key id, alias or ARN' })

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * A day (`2026-07-01`, from its first or to its last millisecond in UTC) or an ISO 8601 time with a zone.
 * Days that do not exist (`2026-02-30`) are refused; `Date` would roll them over into March.
 */
export function instantValue(edge: 'start' | 'end') {
  const expected = 'expected a date such as 2026-07-01 or an ISO 8601 time such as 2026-07-01T00:00:00Z'
  return z.string().transform((value, ctx) => {
    const parts = DAY.exec(value) ?? TIME.exec(value)
    const [year, month, day] = (parts?.slice(1, 4) ?? []).map(Number)
    const exists =
      parts !== null &&
      month! >= 1 &&
      month! <= 12 &&
      day! >= 1 &&
      day! <= new Date(Date.UTC(year!, month, 0)).getUTCDate()
    const date = !exists
      ? new Date(NaN)
      : DAY.test(value)
        ? new Date(`${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`)
        : new Date(value)
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({
        code: 'custom',
        message: exists || parts === null ? expected : `${expected} (that day does not exist)`
      })
      return z.NEVER
    }
    return date
  })
}

/** How often bundles are expected: `1d`, `12h`, or an ISO 8601 duration; more than zero, at most a year. */
export const MAX_CADENCE_MS = 366 * 86_400_000
export const cadenceValue = z.string().transform((value, ctx) => {
  const simple = /^(\d{1,4})([dh])$/.exec(value)
  let ms: number | undefined
  if (simple) ms = Number(simple[1]) * (simple[2] === 'd' ? 86_400_000 : 3_600_000)
  else {
    try {
      const period = resolvePeriod(value, new Date(0), '')
      ms = Date.parse(period.end) - Date.parse(period.start)
    } catch {
      ms = undefined
    }
  }
  if (ms === undefined || ms <= 0 || ms > MAX_CADENCE_MS) {
    ctx.addIssue({
      code: 'custom',
      message: 'expected a cadence greater than zero and at most a year, such as 1d, 12h or P7D'
    })
    return z.NEVER
  }
  return ms
})

/** A GitHub App's numeric id, or its client id (`Iv…`): GitHub accepts either as the JWT's `iss`. */
export const appIdValue = z
  .string()
  .trim()
  .regex(/^(?:[1-9]\d{0,11}|Iv[0-9A-Za-z.]{4,40})$/, {
    error: 'expected the App id (digits) or its client id (Iv…)'
  })

/** A GitHub App installation id. */
export const installationIdValue = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,15}$/, { error: 'expected the numeric installation id' })
  .transform(Number)
