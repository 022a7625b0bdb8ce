import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { compileModelPattern, UnsupportedPattern, type ModelPattern } from './model-patterns.js'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { findMappingsDir, MappingError } from '../controls/catalog.js'
import { ECOSYSTEMS, normalizePackageName, type Ecosystem } from './dependencies.js'

/**
 * The catalog of AI providers, SDKs and frameworks (`mappings/ai-providers.yaml`, extended by the user's config):
 * which packages and which model identifiers mean "this code uses an AI system component".
 */

export const PROVIDER_KINDS = ['model-provider', 'framework', 'runtime'] as const
export type ProviderKind = (typeof PROVIDER_KINDS)[number]

export interface Provider {
  id: string
  name: string
  vendor: string
  kind?: ProviderKind
  /** Package names per ecosystem; a trailing `*` matches any suffix. */
  packages: Partial<Record<Ecosystem, string[]>>
  /**
   * Regular expression sources for model identifiers, case-sensitive, in RE2 syntax (like JavaScript's
   * without lookaround and backreferences), run by a linear-time engine over pull-request content.
   */
  models: string[]
}

export interface AiProviderCatalog {
  providers: Provider[]
  /** @internal compiled matchers, in catalog order */
  readonly packageIndex: ReadonlyMap<Ecosystem, PackageIndex>
  readonly modelMatchers: readonly { provider: Provider; pattern: ModelPattern }[]
}

export interface PackageIndex {
  exact: Map<string, Provider>
  /** Longest prefix first, so that `@langchain/google-*` wins over `@langchain/*`. */
  prefixes: { prefix: string; provider: Provider }[]
}

export interface ModelMatch {
  provider: Provider
  /** The model identifier as written. */
  model: string
  /** Offset of the identifier in the text. */
  index: number
}

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected a lower-case id (letters, digits, `-`)' })

const packageNameSchema = z
  .string()
  .min(1)
  .refine((name) => !name.slice(0, -1).includes('*'), {
    error: '`*` is only allowed at the end of a package name'
  })
  .refine((name) => name !== '*', { error: 'a bare `*` would match every package' })

const modelPatternSchema = z.string().superRefine((source, context) => {
  let pattern: ModelPattern
  try {
    pattern = compileModelPattern(source)
  } catch (error) {
    if (!(error instanceof UnsupportedPattern)) throw error
    context.addIssue({ code: 'custom', message: error.message })
    return
  }
  if (pattern.matches('').length > 0 || new RegExp(source).test(''))
    // '' cannot backtrack
    context.addIssue({
      code: 'custom',
      message: `the pattern ${JSON.stringify(source)} matches the empty string`
    })
})

const packagesSchema = z.partialRecord(z.enum(ECOSYSTEMS), z.array(packageNameSchema))

const providerFileEntrySchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  vendor: z.string().min(1),
  kind: z.enum(PROVIDER_KINDS).optional(),
  packages: packagesSchema.default({}),
  models: z.array(modelPatternSchema).default([])
})

const providersFileSchema = z.strictObject({ providers: z.array(providerFileEntrySchema).min(1) })

/**
 * A provider entry in the user's config. An id already in the catalog is merged into that entry (name, vendor
 * and kind replace; packages and models are added) unless `replace` is true; a new id needs name and vendor.
 */
export const providerConfigSchema = z.strictObject({
  id: idSchema.describe('Provider id; an existing id (e.g. `openai`) extends that provider.'),
  name: z.string().min(1).optional(),
  vendor: z.string().min(1).optional(),
  kind: z.enum(PROVIDER_KINDS).optional(),
  packages: packagesSchema
    .optional()
    .describe(
      'Package names per ecosystem (npm, pypi, go, maven `group:artifact`, rubygems); `*` at the end.'
    ),
  models: z
    .array(modelPatternSchema)
    .optional()
    .describe(
      'Regular expressions (RE2 syntax: no lookaround or backreferences) matching model identifiers in configuration.'
    ),
  replace: z.boolean().optional().describe('Replace the built-in entry with this id instead of extending it.')
})
export type ProviderConfig = z.input<typeof providerConfigSchema>

export interface LoadAiProvidersOptions {
  /** The mappings directory; found by walking up from this file when not given. */
  dir?: string
  /** How to name the source of `extra` in errors. */
  source?: string
}

export async function loadAiProviders(
  extra: ProviderConfig[] = [],
  options: LoadAiProvidersOptions = {}
): Promise<AiProviderCatalog> {
  const dir = options.dir ?? findMappingsDir()
  const file = join(dir, 'ai-providers.yaml')
  const source = 'mappings/ai-providers.yaml'
  let raw: unknown
  try {
    raw = parseYaml(await readFile(file, 'utf8'))
  } catch (error) {
    throw new MappingError(source, '(file)', `cannot read: ${(error as Error).message}`)
  }
  const parsed = providersFileSchema.safeParse(raw)
  if (!parsed.success) throw mappingError(source, parsed.error, raw, 'providers')
  const builtIn: Provider[] = parsed.data.providers.map((p) => ({ ...p }))
  return buildCatalog(mergeProviders(builtIn, extra, options.source ?? 'config (AI providers)'), source)
}

/** Applies the user's entries to the built-in ones; exported for tests and for callers with their own catalog. */
export function mergeProviders(builtIn: Provider[], extra: ProviderConfig[], source: string): Provider[] {
  const parsed = z.array(providerConfigSchema).safeParse(extra)
  if (!parsed.success) throw mappingError(source, parsed.error, extra, '')
  const result = [...builtIn]
  for (const entry of parsed.data) {
    const index = result.findIndex((p) => p.id === entry.id)
    const current = index >= 0 && !entry.replace ? result[index] : undefined
    if (!current && (entry.name === undefined || entry.vendor === undefined)) {
      const what = index >= 0 ? 'a replacing entry' : `a new provider ("${entry.id}" is not built in)`
      throw new MappingError(
        source,
        `[${parsed.data.indexOf(entry)}] (${entry.id})`,
        `${what} needs name and vendor`
      )
    }
    const packages: Partial<Record<Ecosystem, string[]>> = { ...current?.packages }
    for (const [ecosystem, names] of Object.entries(entry.packages ?? {}) as [Ecosystem, string[]][]) {
      packages[ecosystem] = unique([...(packages[ecosystem] ?? []), ...names])
    }
    const merged: Provider = {
      id: entry.id,
      name: entry.name ?? current!.name,
      vendor: entry.vendor ?? current!.vendor,
      kind: entry.kind ?? current?.kind,
      packages,
      models: unique([...(current?.models ?? []), ...(entry.models ?? [])])
    }
    if (merged.kind === undefined) delete merged.kind
    if (index >= 0) result[index] = merged
    else result.push(merged)
  }
  return result
}

/** Indexes providers for matching; also rebuilds the catalog recorded in a bundle. */
export function buildCatalog(providers: Provider[], source: string): AiProviderCatalog {
  const packageIndex = new Map<Ecosystem, PackageIndex>()
  for (const ecosystem of ECOSYSTEMS) packageIndex.set(ecosystem, { exact: new Map(), prefixes: [] })
  for (const provider of providers) {
    for (const [ecosystem, names] of Object.entries(provider.packages) as [Ecosystem, string[]][]) {
      const index = packageIndex.get(ecosystem)!
      for (const name of names) {
        if (name.endsWith('*')) {
          index.prefixes.push({ prefix: normalizePackageName(ecosystem, name.slice(0, -1)), provider })
        } else {
          const key = normalizePackageName(ecosystem, name)
          const other = index.exact.get(key)
          if (other && other !== provider) {
            throw new MappingError(
              source,
              `providers (${provider.id})`,
              `${ecosystem} package "${name}" is already listed under "${other.id}"`
            )
          }
          index.exact.set(key, provider)
        }
      }
    }
  }
  for (const index of packageIndex.values()) index.prefixes.sort((a, b) => b.prefix.length - a.prefix.length)
  const modelMatchers = providers.flatMap((provider) =>
    provider.models.map((source) => ({ provider, pattern: compileModelPattern(source) }))
  )
  return { providers, packageIndex, modelMatchers }
}

/** The provider a package belongs to: an exact entry first, then the longest matching `prefix*` entry. */
export function matchPackage(
  catalog: AiProviderCatalog,
  ecosystem: Ecosystem,
  name: string
): Provider | undefined {
  const index = catalog.packageIndex.get(ecosystem)
  if (!index) return undefined
  const key = normalizePackageName(ecosystem, name)
  return index.exact.get(key) ?? index.prefixes.find((p) => key.startsWith(p.prefix))?.provider
}

/**
 * Model identifiers in a text (a config file, or the added lines of one), in text order. Where two patterns
 * match overlapping text the earlier, then longer, match is kept.
 */
export function matchModels(catalog: AiProviderCatalog, text: string): ModelMatch[] {
  const found: ModelMatch[] = []
  for (const { provider, pattern } of catalog.modelMatchers) {
    for (const { start, end } of pattern.matches(text)) {
      found.push({ provider, model: text.slice(start, end), index: start })
    }
  }
  found.sort((a, b) => a.index - b.index || b.model.length - a.model.length)
  const kept: ModelMatch[] = []
  let end = -1
  for (const match of found) {
    if (match.index < end) continue
    kept.push(match)
    end = match.index + match.model.length
  }
  return kept
}

/** 1-based line of an offset, for reporting a `matchModels` result. */
export function lineOfOffset(text: string, index: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++
  return line
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}

function mappingError(source: string, error: z.ZodError, raw: unknown, root: string): MappingError {
  const issue = error.issues[0]!
  const label = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('')
  const [first, index] = issue.path
  const entries = root ? (raw as Record<string, unknown> | null)?.[root] : raw
  const id =
    (root ? first === root : true) && typeof (root ? index : first) === 'number'
      ? (entries as { id?: unknown }[] | undefined)?.[(root ? index : first) as number]?.id
      : undefined
  return new MappingError(
    source,
    `${label || '(root)'}${typeof id === 'string' ? ` (${id})` : ''}`,
    issue.message
  )
}
