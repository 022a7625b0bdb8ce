import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import { z } from 'zod'
import type { Provider } from './providers.js'
import { editDistance, showValue as show } from '../util/text.js'
import { InputError } from '../config/errors.js'
import { yamlToData } from '../config/load.js'
import { parseThreshold, THRESHOLD_EXPECTED } from '../config/thresholds.js'

/**
 * The AI system inventory (`.github/ai-inventory.yml`): which AI systems the organisation has, what they use,
 * and when their impact was last assessed (ISO/IEC 42001:2023 A.4 resources, A.5 impact assessment). Keys are
 * kebab-case like `.github/evidence.yml`; unknown keys are errors so a typo is never silently ignored.
 */

const ISO_DATE_MESSAGE = 'expected an ISO date (YYYY-MM-DD)'

const isoDate = z
  .string({ error: ISO_DATE_MESSAGE })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: ISO_DATE_MESSAGE, abort: true })
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'expected a real calendar date (YYYY-MM-DD)'
  })

const names = z.array(z.string().min(1))

export const INVENTORY_STATUSES = ['production', 'development', 'retired'] as const

const systemSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'expected an id (letters, digits, `.`, `_`, `-`)' })
    .describe('Stable identifier of the AI system, e.g. `churn-predictor`.'),
  name: z.string().min(1).describe('Human-readable name.'),
  purpose: z.string().min(1).describe('Intended purpose of the AI system.'),
  owner: z.string().min(1).describe('Accountable team or person.'),
  vendor: z
    .string()
    .min(1)
    .describe('`internal`, or the provider id (from ai-providers.yaml) or name of the vendor of the system.'),
  providers: names
    .optional()
    .describe('Provider ids (from ai-providers.yaml or the config) the system uses.'),
  models: names
    .optional()
    .describe(
      'Model identifiers or registry references; a trailing `*` matches any suffix (`claude-sonnet-4*`).'
    ),
  packages: names.optional().describe('Packages (SDKs, frameworks) the system uses.'),
  'data-categories': names.optional().describe('Categories of data the system processes.'),
  'impact-assessment': z
    .strictObject({
      reference: z.string().min(1).describe('Document id or URL of the AI system impact assessment.'),
      date: isoDate.describe('Date the assessment was completed or last reviewed (YYYY-MM-DD).')
    })
    .optional(),
  status: z.enum(INVENTORY_STATUSES).optional(),
  thresholds: z
    .array(z.string().refine((text) => parseThreshold(text) !== undefined, { error: THRESHOLD_EXPECTED }))
    .optional()
    .describe(
      'Required evaluation results of the models the system lists, e.g. "demographic_parity_difference <= 0.1"; a model\'s own thresholds (models.model-thresholds) replace them for the same metric.'
    )
})

export const inventorySchema = z
  .strictObject({
    systems: z.array(systemSchema).describe('The AI systems in scope.')
  })
  .superRefine((inventory, context) => {
    const seen = new Set<string>()
    inventory.systems.forEach((system, i) => {
      if (seen.has(system.id)) {
        context.addIssue({
          code: 'custom',
          path: ['systems', i, 'id'],
          input: system.id,
          message: `duplicate system id "${system.id}"`
        })
      }
      seen.add(system.id)
    })
  })

export type Inventory = z.output<typeof inventorySchema>
export type InventorySystem = Inventory['systems'][number]

export interface InventoryError {
  /** 1-based; the offending value, the unknown key, or for a missing key the mapping that lacks it. */
  line: number
  column?: number
  /** Dotted path, e.g. `systems.0.impact-assessment.date`; empty for YAML syntax errors. */
  path: string
  /** `expected …, got …` */
  message: string
  /** The whole line to show: `file:line: path: expected …, got …`, as the config loader reports. */
  text: string
}

export interface ParseInventoryOptions {
  /** When given, `providers` entries must be among these ids. */
  providerIds?: string[]
}

/** Never throws for bad input: YAML and schema problems come back as errors with line numbers. */
export function parseInventory(
  text: string,
  file: string,
  options: ParseInventoryOptions = {}
): { inventory: Inventory } | { errors: InventoryError[] } {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (document.errors.length > 0) {
    return {
      errors: document.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0])
        return withText(file, {
          line: position.line,
          column: position.col,
          path: '',
          message: `invalid YAML: ${error.message.split('\n')[0]}`
        })
      })
    }
  }
  let data: unknown
  try {
    data = yamlToData(document, file) ?? {}
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    // An alias bomb or too-deep nesting: an error of the file, never a crash of the run.
    return {
      errors: [
        withText(file, { line: 1, column: 1, path: '', message: error.message.replace(`${file}: `, '') })
      ]
    }
  }
  const lineOf = (path: PropertyKey[], key?: string) => {
    const offset = sourceOffset(document, path, key)
    return offset === undefined ? 1 : lineCounter.linePos(offset).line
  }
  const result = inventorySchema.safeParse(data, { reportInput: true })
  if (!result.success) {
    return {
      errors: result.error.issues.map((issue) =>
        withText(file, {
          line: lineOf(issue.path, issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined),
          path: issue.path.length > 0 ? issue.path.join('.') : '(top level)',
          message: describeIssue(issue)
        })
      )
    }
  }
  const errors: InventoryError[] = []
  if (options.providerIds) {
    const known = new Set(options.providerIds)
    result.data.systems.forEach((system, i) => {
      system.providers?.forEach((id, j) => {
        if (known.has(id)) return
        const path = ['systems', i, 'providers', j]
        errors.push(
          withText(file, {
            line: lineOf(path),
            path: path.join('.'),
            message: `expected a provider id (${[...known].sort().join(', ')}), got ${show(id)}${suggest(id, [...known])}`
          })
        )
      })
    })
  }
  return errors.length > 0 ? { errors } : { inventory: result.data }
}

function withText(file: string, error: Omit<InventoryError, 'text'>): InventoryError {
  const where = `${file}:${error.line}${error.column ? `:${error.column}` : ''}`
  return { ...error, text: `${where}: ${error.path ? `${error.path}: ` : ''}${error.message}` }
}

/**
 * Where the issue is: the value at the path; for an unknown key the key itself; for a missing key (a path that
 * does not exist) the key of the deepest mapping entry that does, e.g. the `impact-assessment:` line.
 */
function sourceOffset(document: Document, path: PropertyKey[], unknownKey?: string): number | undefined {
  const start = (node: unknown) => (node as { range?: [number] } | null | undefined)?.range?.[0]
  let node: unknown = document.contents
  let anchor = start(node)
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment))
      if (!pair) return anchor
      anchor = start(pair.key) ?? anchor
      node = pair.value
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      node = node.items[segment]
      anchor = start(node) ?? anchor
    } else {
      return anchor
    }
  }
  if (unknownKey !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === unknownKey)
    if (pair) return start(pair.key) ?? anchor
  }
  return start(node) ?? anchor
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const got = `got ${show(issue.input)}`
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message === ISO_DATE_MESSAGE) return `${issue.message}, ${got}`
      return `expected ${article(issue.expected)}, ${got}`
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return `expected a non-empty string, ${got}`
      return `expected ${article(issue.origin)} ${issue.inclusive === false ? '>' : '≥'} ${issue.minimum}, ${got}`
    case 'too_big':
      return `expected ${article(issue.origin)} ${issue.inclusive === false ? '<' : '≤'} ${issue.maximum}, ${got}`
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling; see ai-inventory.schema.json)`
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, ${got}`
    case 'invalid_format':
    case 'custom':
      return issue.message.startsWith('expected') ? `${issue.message}, ${got}` : issue.message
    default:
      return issue.message
  }
}

function article(noun: string): string {
  const word = noun === 'int' ? 'integer' : noun === 'object' ? 'mapping' : noun === 'array' ? 'list' : noun
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`
}

function suggest(value: string, candidates: string[]): string {
  const close = candidates.find((c) => editDistance(value, c) <= Math.max(1, Math.floor(c.length / 4)))
  return close ? ` (did you mean "${close}"?)` : ''
}

// ---------------------------------------------------------------------------------------------------------------
// Coverage

export interface CoverageFinding {
  provider: Provider
  packageName?: string
  model?: string
}

export type CoverageProblem = 'not-inventoried' | 'no-impact-assessment' | 'assessment-stale'

export interface CoverageResult {
  covered: boolean
  /** The system that covers the finding, or the closest one behind the problem. */
  system?: InventorySystem
  problem?: CoverageProblem
  message: string
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Whether the inventory covers a package or model a change starts using, and with an impact assessment no older
 * than `maxAgeDays` on `now`. A model must be listed under some system's `models` (using another model of the
 * same provider is a change to assess); a package is covered by a system listing the package, or the provider
 * in `providers` or `vendor`. Retired systems cover nothing.
 */
export function coverage(
  inventory: Inventory,
  finding: CoverageFinding,
  now: Date,
  maxAgeDays: number
): CoverageResult {
  const { provider, packageName, model } = finding
  const what = model
    ? `model "${model}" (${provider.name})`
    : packageName
      ? `package "${packageName}" (${provider.name})`
      : provider.name
  const usesProvider = (s: InventorySystem) =>
    s.vendor === provider.id || (s.providers ?? []).includes(provider.id)
  const matches = (s: InventorySystem) =>
    model
      ? (s.models ?? []).some((entry) => sameModel(entry, model))
      : (packageName !== undefined && (s.packages ?? []).some((p) => samePackage(p, packageName))) ||
        usesProvider(s)
  const all = inventory.systems.filter(matches)
  const active = all.filter((s) => s.status !== 'retired')
  if (active.length === 0) {
    const retired = all.map((s) => s.id)
    const sameProvider = inventory.systems
      .filter((s) => s.status !== 'retired' && usesProvider(s))
      .map((s) => s.id)
    const hint =
      retired.length > 0
        ? ` (only retired system${retired.length > 1 ? 's' : ''} ${list(retired)} list${retired.length > 1 ? '' : 's'} it)`
        : model && sameProvider.length > 0
          ? ` (systems using ${provider.id}: ${list(sameProvider)}; add the model to the one that uses it and review its impact assessment)`
          : ''
    return {
      covered: false,
      problem: 'not-inventoried',
      message: `${what} is not covered by any AI system in the inventory${hint}`
    }
  }
  const assessed = active
    .filter((s) => s['impact-assessment'] !== undefined)
    .map((s) => ({ system: s, age: ageInDays(s['impact-assessment']!.date, now) }))
    .sort((a, b) => a.age - b.age)
  const freshest = assessed[0]
  if (!freshest) {
    return {
      covered: false,
      system: active[0],
      problem: 'no-impact-assessment',
      message: `${what} is used by AI system "${active[0]!.id}", which has no impact assessment`
    }
  }
  const assessment = freshest.system['impact-assessment']!
  if (freshest.age > maxAgeDays) {
    return {
      covered: false,
      system: freshest.system,
      problem: 'assessment-stale',
      message:
        `${what} is used by AI system "${freshest.system.id}", whose impact assessment ${assessment.reference} ` +
        `(${assessment.date}) is ${freshest.age} days old, more than ${maxAgeDays}`
    }
  }
  return {
    covered: true,
    system: freshest.system,
    message: `${what} is covered by AI system "${freshest.system.id}" (impact assessment ${assessment.reference}, ${assessment.date})`
  }
}

/** Whole days from the assessment date (midnight UTC) to now; a future date counts as 0. */
function ageInDays(date: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(`${date}T00:00:00Z`)) / DAY_MS))
}

/**
 * An inventory entry names the model found: equal (ignoring case), a `prefix*` of it, or equal once dated
 * snapshot and version suffixes are dropped (`gpt-4o` covers `gpt-4o-2024-08-06`, not `gpt-4o-mini`).
 */
export function sameModel(entry: string, model: string): boolean {
  const a = entry.trim().toLowerCase()
  const b = model.trim().toLowerCase()
  if (a.endsWith('*')) return b.startsWith(a.slice(0, -1))
  return a === b || withoutSnapshot(a) === withoutSnapshot(b)
}

function withoutSnapshot(model: string): string {
  return model
    .replace(/^(?:[a-z]{2}\.)?(?:anthropic|meta|amazon|mistral|cohere)\./, '') // Bedrock ids
    .replace(/(?:-v\d+(?::\d+)?)$/, '')
    .replace(/-(?:\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|latest)$/, '')
}

function samePackage(a: string, b: string): boolean {
  const normalize = (name: string) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[-_.]+/g, '-')
  return a.endsWith('*') ? normalize(b).startsWith(normalize(a.slice(0, -1))) : normalize(a) === normalize(b)
}

function list(ids: string[]): string {
  return ids.map((id) => `"${id}"`).join(', ')
}

/** The inventory schema as JSON Schema (what users write), for schemas/ai-inventory.schema.json. */
export function aiInventoryJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(inventorySchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://github.com/annex-evidence/annex-evidence/schemas/ai-inventory.schema.json',
    title: 'annex-evidence AI system inventory (.github/ai-inventory.yml)'
  }
}
