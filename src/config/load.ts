import { readFile, stat } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { configSchema, type EvidenceConfig } from './schema.js'
import { InputError } from './errors.js'
import { keySuggestion } from './suggest.js'
import { showValue as show } from '../util/text.js'

export interface LoadedConfig {
  config: EvidenceConfig
  /** The file it came from, or undefined when the defaults were used. */
  source?: string
  /** SHA-256 of the file's bytes (of the empty document for the defaults), recorded in the manifest. */
  sha256: string
}

/**
 * Reads and validates the config file. A missing file at the default path means "use the defaults"; a
 * missing file the user named explicitly is an error, because they expect it to be read.
 */
export async function loadConfig(path: string, options: { explicit: boolean }): Promise<LoadedConfig> {
  let text: string
  try {
    // The size before the bytes: a 60 MB "config" is refused without reading it.
    const { size } = await stat(path)
    if (size > MAX_CONFIG_BYTES) throw new InputError(tooLargeMessage(path, size))
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof InputError) throw error
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !options.explicit) {
      return { config: parseConfig('', path), sha256: sha256('') }
    }
    throw new InputError(`${path}: cannot read the config file (${(error as Error).message})`)
  }
  return loadedConfigOf(text, path)
}

/** A config read from elsewhere (the base branch of a pull request, through the API). */
export function loadedConfigOf(text: string, source: string): LoadedConfig {
  return { config: parseConfig(text, source), source, sha256: sha256(text) }
}

/** Config files are a few kilobytes; anything over this is refused before parsing. */
export const MAX_CONFIG_BYTES = 1024 * 1024
/** YAML aliases one document may expand (the `yaml` library's default); beyond that it is an alias bomb. */
export const MAX_YAML_ALIASES = 100

export function tooLargeMessage(file: string, bytes: number): string {
  return `${file}: the config file is ${formatBytes(bytes)}, over the limit of ${formatBytes(MAX_CONFIG_BYTES)}; a config file is a few kilobytes of YAML`
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`
  return `${bytes} bytes`
}

/**
 * YAML to plain data without the resource-exhaustion attacks: alias bombs ("billion laughs") stop at
 * MAX_YAML_ALIASES, and nesting deep enough to exhaust the stack is an error at its line, not a crash.
 * Throws InputError naming the file and the limit.
 */
export function yamlToData(document: Document, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES })
  } catch (error) {
    if (error instanceof ReferenceError && /alias count/i.test(error.message)) {
      throw new InputError(
        `${file}: YAML aliases expand beyond the limit of ${MAX_YAML_ALIASES} (an alias bomb); write the values out instead of using anchors`
      )
    }
    if (error instanceof RangeError) {
      throw new InputError(`${file}: the YAML is nested too deeply to read`)
    }
    throw error
  }
}

export function parseConfig(text: string, file: string): EvidenceConfig {
  const bytes = Buffer.byteLength(text)
  if (bytes > MAX_CONFIG_BYTES) throw new InputError(tooLargeMessage(file, bytes))
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (document.errors.length > 0) {
    const first = document.errors[0]!
    const position = lineCounter.linePos(first.pos[0])
    throw new InputError(
      `${file}:${position.line}:${position.col}: invalid YAML: ${first.message.split('\n')[0]}`
    )
  }
  const data = yamlToData(document, file) ?? {}
  const result = configSchema.safeParse(data, { reportInput: true })
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => {
    const offset = sourceOffset(document, issue)
    const line = offset !== undefined ? `:${lineCounter.linePos(offset).line}` : ''
    const path = issue.path.length > 0 ? issue.path.join('.') : '(top level)'
    return `${file}${line}: ${path}: ${describeIssue(issue)}`
  })
  throw new InputError(lines.join('\n'))
}

/** Where in the file the issue is: the offending value, or for an unknown key the key itself. */
function sourceOffset(document: Document, issue: z.core.$ZodIssue): number | undefined {
  const node = document.getIn(issue.path as (string | number)[], true)
  if (issue.code === 'unrecognized_keys' && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === issue.keys[0])
    if (isScalar(pair?.key) && pair.key.range) return pair.key.range[0]
  }
  return (node as { range?: [number] } | undefined)?.range?.[0]
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const got = `got ${show(issue.input)}`
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${article(issue.expected)}, ${got}`
    case 'too_small':
      return `expected ${article(issue.origin)} ${issue.inclusive === false ? '>' : '≥'} ${issue.minimum}, ${got}`
    case 'too_big':
      return `expected ${article(issue.origin)} ${issue.inclusive === false ? '<' : '≤'} ${issue.maximum}, ${got}`
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"${keySuggestion(issue.path, k)}`).join(', ')} (check the spelling; see evidence.schema.json)`
    case 'invalid_format':
      // A pattern's own message (role ARNs, thresholds) says more than zod's "Invalid URL".
      return issue.format === 'url' ? `expected a URL, ${got}` : issue.message
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, ${got}`
    default:
      return issue.message
  }
}

function article(noun: string): string {
  const word = noun === 'int' ? 'integer' : noun
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
