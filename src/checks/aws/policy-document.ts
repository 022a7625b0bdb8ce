/**
 * Reading IAM and Organizations policy documents recorded as text. They come from outside: parsed with
 * JSON.parse only, bounded, every field type-checked; nothing in them is ever executed.
 */

export const ADMINISTRATOR_ACCESS_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/
const MAX_CHARS = 131_072
const MAX_STATEMENTS = 1000

export interface PolicyStatement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Action: string[]
  NotAction: string[]
  Resource: string[]
  NotResource: string[]
  hasCondition: boolean
}

export type Parsed = { ok: true; statements: PolicyStatement[] } | { ok: false; error: string }

const strings = (value: unknown): string[] | undefined => {
  if (value === undefined) return []
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.length <= 10_000 && value.every((v) => typeof v === 'string'))
    return value
  return undefined
}

/** The statements of a policy document, or why it could not be read. */
export function parsePolicy(text: string | undefined): Parsed {
  if (typeof text !== 'string') return { ok: false, error: 'no policy document was recorded' }
  if (text.length > MAX_CHARS) return { ok: false, error: `the policy is ${text.length} characters long` }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, error: 'the policy is not JSON' }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, error: 'the policy is not a JSON object' }
  const raw = (value as { Statement?: unknown }).Statement
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? [raw] : undefined
  if (!list) return { ok: false, error: 'the policy has no Statement' }
  if (list.length > MAX_STATEMENTS) return { ok: false, error: `the policy has ${list.length} statements` }
  const statements: PolicyStatement[] = []
  for (const entry of list as unknown[]) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry))
      return { ok: false, error: 'a statement is not an object' }
    const s = entry as Record<string, unknown>
    if (s.Effect !== 'Allow' && s.Effect !== 'Deny')
      return { ok: false, error: `a statement's Effect is ${JSON.stringify(s.Effect)?.slice(0, 40)}` }
    const action = strings(s.Action)
    const notAction = strings(s.NotAction)
    const resource = strings(s.Resource)
    const notResource = strings(s.NotResource)
    if (!action || !notAction || !resource || !notResource)
      return {
        ok: false,
        error: 'a statement has an Action or Resource that is not a string or list of strings'
      }
    statements.push({
      ...(typeof s.Sid === 'string' ? { Sid: s.Sid.slice(0, 200) } : {}),
      Effect: s.Effect,
      Action: action,
      NotAction: notAction,
      Resource: resource,
      NotResource: notResource,
      hasCondition: s.Condition !== undefined
    })
  }
  return { ok: true, statements }
}

/**
 * Whether a statement grants everything: Allow, Action "*" (or "*:*") on Resource "*". Conditions do not
 * make it less: an administrator grant behind a condition is still one (the condition is reported).
 */
export function grantsAdministrator(statement: PolicyStatement): boolean {
  return (
    statement.Effect === 'Allow' &&
    statement.Action.some((a) => a === '*' || a === '*:*') &&
    statement.Resource.includes('*')
  )
}

/** Whether an IAM action pattern (with * and ? wildcards, case-insensitive) matches an action. */
export function actionMatches(pattern: string, action: string): boolean {
  if (pattern.length > 300) return false
  const expression = pattern
    .toLowerCase()
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${expression}$`).test(action.toLowerCase())
}

/**
 * Whether the statements deny `action` on every resource without a condition that narrows it away: a Deny
 * whose Action matches (or whose NotAction does not), Resource "*", no NotResource. A conditional deny is
 * reported separately by the caller (it may exempt a break-glass role, which is the usual pattern).
 */
export function deniesAction(
  statements: PolicyStatement[],
  action: string
): { denied: boolean; conditional: boolean } {
  let conditional = false
  for (const s of statements) {
    if (s.Effect !== 'Deny' || s.NotResource.length > 0 || !s.Resource.includes('*')) continue
    const matches =
      s.Action.some((a) => actionMatches(a, action)) ||
      (s.NotAction.length > 0 && !s.NotAction.some((a) => actionMatches(a, action)))
    if (!matches) continue
    if (!s.hasCondition) return { denied: true, conditional: false }
    conditional = true
  }
  return { denied: conditional, conditional }
}
