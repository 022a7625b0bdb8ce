/**
 * The one place secrets are taken out of text before it is written or logged: evidence, findings,
 * config.json, the manifest, the archive, the job summary, stdout and stderr all pass through
 * `redact`. Servers echo credentials back in error bodies (issue #11: GitHub, Hugging Face and MLflow
 * did), and a bundle in Object Lock COMPLIANCE storage cannot be deleted, so a leak there is forever.
 */

export const REDACTED = '***'

/** Shorter values are too likely to occur by chance (and too weak to be worth a mask). */
const MIN_SECRET_LENGTH = 6

const secrets = new Set<string>()
/**
 * The registered secrets, longest first, so a secret that contains another is masked whole. Sorted when one
 * is registered, not in every `redact`, which runs on every write to stdout and stderr.
 */
let longestFirst: string[] = []

/**
 * Credentials that need no registration: an `Authorization` echo of any scheme, a bare bearer or basic
 * credential, token formats of GitHub and Hugging Face, and the user:password part of a URL.
 */
const PATTERNS: [RegExp, string][] = [
  [/(\bauthorization["']?\s*[:=]\s*["']?)(?:(?:bearer|token|basic)\s+)?[^\s"',;]+/gi, `$1${REDACTED}`],
  [/\b(bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`],
  // Prose says "basic protection"; a credential is base64 with a digit in it.
  [/\b(Basic)\s+(?=[A-Za-z0-9+/]*\d)[A-Za-z0-9+/]{12,}={0,2}/g, `$1 ${REDACTED}`],
  [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|hf_[A-Za-z0-9]{20,})\b/g, REDACTED],
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:"'<>]*:[^\s/@"'<>]*@/gi, `$1${REDACTED}@`]
]

/**
 * Registers a secret value; every later `redact` masks it, also in the forms it takes inside JSON,
 * URLs and base64 (`Basic` credentials). A PEM key is registered line by line too.
 */
export function registerSecret(value: string | undefined, onRegister?: (value: string) => void): void {
  if (!value) return
  const parts = [value.trim(), ...value.split(/\r?\n/).map((line) => line.trim())]
  for (const part of parts) {
    if (part.length < MIN_SECRET_LENGTH || /^-----(BEGIN|END) /.test(part)) continue
    for (const form of [part, JSON.stringify(part).slice(1, -1), encodeURIComponent(part)]) {
      if (secrets.has(form)) continue
      secrets.add(form)
      longestFirst = [...secrets].sort((a, b) => b.length - a.length)
      onRegister?.(form)
    }
  }
}

/** Names of environment variables that hold credentials the action or its sources use. */
export const SECRET_ENV_VARS = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'HF_TOKEN',
  'MLFLOW_TRACKING_TOKEN',
  'MLFLOW_TRACKING_PASSWORD',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'SIGNING_KEY',
  'GITHUB_APP_PRIVATE_KEY',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
] as const

/** Registers every credential in the environment, and the Basic form MLflow sends of user:password. */
export function registerEnvironmentSecrets(env: NodeJS.ProcessEnv, onRegister?: (value: string) => void) {
  for (const name of SECRET_ENV_VARS) registerSecret(env[name], onRegister)
  if (env.MLFLOW_TRACKING_USERNAME && env.MLFLOW_TRACKING_PASSWORD) {
    const basic = `${env.MLFLOW_TRACKING_USERNAME}:${env.MLFLOW_TRACKING_PASSWORD}`
    registerSecret(Buffer.from(basic).toString('base64'), onRegister)
  }
}

/** The text with every registered secret and every recognisable credential replaced by `***`. */
export function redact(text: string): string {
  let result = text
  for (const secret of longestFirst) {
    if (result.includes(secret)) result = result.split(secret).join(REDACTED)
  }
  for (const [pattern, replacement] of PATTERNS) result = result.replace(pattern, replacement)
  return result
}

/** A JSON value with every string redacted (keys too), keeping its shape. */
export function redactValue<T>(value: T): T {
  return JSON.parse(redact(JSON.stringify(value))) as T
}

/**
 * Routes everything the process writes to stdout and stderr through `redact`, except the
 * `::add-mask::` commands that tell the runner what to mask (those must carry the value).
 */
export function redactProcessOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean
    stream.write = (chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk === 'string' && !chunk.startsWith('::add-mask::')) return write(redact(chunk), ...rest)
      if (Buffer.isBuffer(chunk)) return write(redact(chunk.toString('utf8')), ...rest)
      return write(chunk, ...rest)
    }
  }
}

/** For tests: forget every registered secret. */
export function clearSecrets(): void {
  secrets.clear()
  longestFirst = []
}
