/**
 * Dependencies declared in package manifests and lockfiles, with the line each is declared on, so that a pull
 * request check can point at the line that adds an AI SDK. Each parser follows its tool's semantics where a
 * difference could hide a dependency: JSON as npm reads it (jsonc-parser with offsets; a repeated key counts
 * once, the last), pom.xml through an XML parser (fast-xml-parser, lines from its offsets), pnpm-lock.yaml
 * through a YAML parser, TOML (pyproject.toml, Pipfile, poetry.lock, uv.lock) through a TOML 1.0 parser
 * (smol-toml). Line-oriented formats (requirements, go.mod, Gemfile, other lockfiles) are read line by line
 * as their tools do.
 */

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parseTree, type Node as JsoncNode } from 'jsonc-parser'
import { parse as parseTomlDocument, TomlError } from 'smol-toml'
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml'

export const ECOSYSTEMS = ['npm', 'pypi', 'go', 'maven', 'rubygems'] as const
export type Ecosystem = (typeof ECOSYSTEMS)[number]

export interface Dependency {
  ecosystem: Ecosystem
  /** As declared; Maven as `groupId:artifactId`. */
  name: string
  /** The version or version constraint as written, when there is one. */
  version?: string
  /** 1-based, in that file. */
  line: number
  /** False for lockfile-only entries (and for go.mod requirements marked `// indirect`). */
  direct: boolean
}

export interface ManifestKind {
  ecosystem: Ecosystem
  lockfile: boolean
}

/** A manifest that cannot be read at all (broken JSON in package.json, an unterminated TOML array). */
export class ManifestParseError extends Error {
  readonly file: string
  readonly line: number

  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`)
    this.name = 'ManifestParseError'
    this.file = file
    this.line = line
  }
}

const KINDS: Record<string, ManifestKind> = {
  'package.json': { ecosystem: 'npm', lockfile: false },
  'package-lock.json': { ecosystem: 'npm', lockfile: true },
  'npm-shrinkwrap.json': { ecosystem: 'npm', lockfile: true },
  'yarn.lock': { ecosystem: 'npm', lockfile: true },
  'pnpm-lock.yaml': { ecosystem: 'npm', lockfile: true },
  'pyproject.toml': { ecosystem: 'pypi', lockfile: false },
  Pipfile: { ecosystem: 'pypi', lockfile: false },
  'poetry.lock': { ecosystem: 'pypi', lockfile: true },
  'uv.lock': { ecosystem: 'pypi', lockfile: true },
  'go.mod': { ecosystem: 'go', lockfile: false },
  'go.sum': { ecosystem: 'go', lockfile: true },
  'pom.xml': { ecosystem: 'maven', lockfile: false },
  'build.gradle': { ecosystem: 'maven', lockfile: false },
  'build.gradle.kts': { ecosystem: 'maven', lockfile: false },
  Gemfile: { ecosystem: 'rubygems', lockfile: false },
  'Gemfile.lock': { ecosystem: 'rubygems', lockfile: true }
}

/** What kind of manifest a path is, by file name; undefined for anything else. */
export function manifestKind(path: string): ManifestKind | undefined {
  const segments = path.split(/[\\/]/)
  const base = segments[segments.length - 1]!
  if (Object.hasOwn(KINDS, base)) return KINDS[base]
  // requirements.txt, requirements-dev.txt, requirements_test.txt, requirements/base.txt
  if (/^requirements.*\.txt$/i.test(base) || (segments.at(-2) === 'requirements' && base.endsWith('.txt'))) {
    return { ecosystem: 'pypi', lockfile: false }
  }
  return undefined
}

/**
 * The name under which two spellings are the same package: PyPI per PEP 503 (case and runs of `-_.` do not
 * matter), Go without a `/vN` major-version suffix (a major bump is a version bump), the rest case-insensitive.
 */
export function normalizePackageName(ecosystem: Ecosystem, name: string): string {
  const lower = name.trim().toLowerCase()
  if (ecosystem === 'pypi') return lower.replace(/[-_.]+/g, '-')
  if (ecosystem === 'go') return lower.replace(/\/v\d+$/, '')
  return lower
}

/** Dependencies declared in a manifest or lockfile; [] for a path `manifestKind` does not know. */
export function parseDependencies(path: string, content: string): Dependency[] {
  const kind = manifestKind(path)
  if (!kind) return []
  const text = content.replace(/^\uFEFF/, '')
  const base = path.split(/[\\/]/).pop()!
  const parsed = parse(base, path, text, kind)
  const seen = new Set<string>()
  return parsed.filter((dependency) => {
    const key = normalizePackageName(dependency.ecosystem, dependency.name)
    if (!dependency.name || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Dependencies present in head but not in base (by ecosystem and name; a version bump is not new). Base or head
 * undefined means the file did not exist on that side. For a renamed file pass the old path's content as base.
 * A malformed head throws `ManifestParseError`; a malformed base cannot be compared entry by entry, so a head
 * dependency then counts as added only when its name appears nowhere in the base text.
 */
export function addedDependencies(
  path: string,
  baseContent: string | undefined,
  headContent: string | undefined
): Dependency[] {
  if (headContent === undefined) return []
  const head = parseDependencies(path, headContent)
  if (baseContent === undefined) return head
  let before: Set<string> | undefined
  try {
    before = new Set(
      parseDependencies(path, baseContent).map((d) => normalizePackageName(d.ecosystem, d.name))
    )
  } catch (error) {
    if (!(error instanceof ManifestParseError)) throw error
  }
  if (before) return head.filter((d) => !before.has(normalizePackageName(d.ecosystem, d.name)))
  const baseLower = baseContent.toLowerCase()
  return head.filter((d) => !baseLower.includes(d.name.toLowerCase()))
}

function parse(base: string, path: string, text: string, kind: ManifestKind): Dependency[] {
  switch (base) {
    case 'package.json':
      return parsePackageJson(path, text)
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return parsePackageLock(path, text)
    case 'yarn.lock':
      return parseYarnLock(text)
    case 'pnpm-lock.yaml':
      return parsePnpmLock(path, text)
    case 'pyproject.toml':
    case 'Pipfile':
      return parsePythonToml(path, text, base === 'Pipfile')
    case 'poetry.lock':
    case 'uv.lock':
      return parsePythonLock(path, text)
    case 'go.mod':
      return parseGoMod(text)
    case 'go.sum':
      return parseGoSum(text)
    case 'pom.xml':
      return parsePom(path, text)
    case 'build.gradle':
    case 'build.gradle.kts':
      return parseGradle(text)
    case 'Gemfile':
      return parseGemfile(text)
    case 'Gemfile.lock':
      return parseGemfileLock(text)
    default:
      return kind.ecosystem === 'pypi' ? parseRequirements(text) : []
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Shared helpers

/** Offset → 1-based line, by binary search over the line starts. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return low + 1
  }
}

function dep(
  ecosystem: Ecosystem,
  name: string,
  line: number,
  direct: boolean,
  version?: string
): Dependency {
  const result: Dependency = { ecosystem, name, line, direct }
  if (version) result.version = version
  return result
}

/** Replaces a match with spaces, keeping newlines, so that offsets and line numbers stay right. */
function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => match.replace(/[^\n]/g, ' '))
}

// ---------------------------------------------------------------------------------------------------------------
// npm

type JsonNode =
  | { type: 'object'; offset: number; entries: { key: string; keyOffset: number; value: JsonNode }[] }
  | { type: 'array'; offset: number; items: JsonNode[] }
  | { type: 'value'; offset: number; value: unknown }

/** Deeper than any real manifest; a 200,000-deep document would otherwise exhaust the parser's stack. */
export const MAX_JSON_DEPTH = 256

/** A key that occurs twice in one JSON object: npm (JSON.parse) keeps the last, other tools the first. */
export interface DuplicateKey {
  key: string
  /** 1-based line of the later occurrence. */
  line: number
  /** 1-based line of the first occurrence. */
  firstLine: number
  /** Where the object is, as a JSON pointer-ish path (`dependencies`, `packages/node_modules/a`). */
  parent: string
}

/**
 * JSON with offsets, as npm reads it: strict JSON (no comments, no trailing commas), and where an object
 * repeats a key the LAST value counts, as with JSON.parse. The parse error comes from JSON.parse, so it reads
 * like npm's; nesting is bounded before any recursive walk.
 */
function parseJson(path: string, text: string): JsonNode {
  const depth = nestingDepth(text, MAX_JSON_DEPTH)
  if (depth.exceeded) {
    throw new ManifestParseError(
      path,
      lineIndex(text)(depth.offset),
      `JSON nested deeper than ${MAX_JSON_DEPTH} levels; no manifest is, so it is not read`
    )
  }
  try {
    JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const line =
      Number(/\(line (\d+) column \d+\)/.exec(message)?.[1]) ||
      lineIndex(text)(Number(/at position (\d+)/.exec(message)?.[1] ?? text.length))
    throw new ManifestParseError(
      path,
      line,
      `invalid JSON: ${message.replace(/ in JSON at position.*$/, '')}`
    )
  }
  const tree = parseTree(text, [], { disallowComments: true, allowTrailingComma: false })
  if (!tree) throw new ManifestParseError(path, 1, 'invalid JSON: empty document')
  return toJsonNode(tree)
}

function toJsonNode(node: JsoncNode): JsonNode {
  if (node.type === 'object') {
    return {
      type: 'object',
      offset: node.offset,
      entries: (node.children ?? []).map((property) => ({
        key: String(property.children![0]!.value),
        keyOffset: property.children![0]!.offset,
        value: toJsonNode(property.children![1]!)
      }))
    }
  }
  if (node.type === 'array') {
    return { type: 'array', offset: node.offset, items: (node.children ?? []).map(toJsonNode) }
  }
  return { type: 'value', offset: node.offset, value: node.value as unknown }
}

/** The deepest `[`/`{` nesting outside strings, stopping at the first offset beyond `limit`. */
function nestingDepth(text: string, limit: number): { exceeded: boolean; offset: number } {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return { exceeded: true, offset: i }
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return { exceeded: false, offset: 0 }
}

/** Every repeated key in every object of the document. */
function duplicateKeys(root: JsonNode, line: (offset: number) => number): DuplicateKey[] {
  const found: DuplicateKey[] = []
  const walk = (node: JsonNode, parent: string) => {
    if (node.type === 'array') node.items.forEach((item, i) => walk(item, `${parent}/${i}`))
    if (node.type !== 'object') return
    const first = new Map<string, number>()
    for (const entry of node.entries) {
      const earlier = first.get(entry.key)
      if (earlier === undefined) first.set(entry.key, entry.keyOffset)
      else
        found.push({
          key: entry.key,
          line: line(entry.keyOffset),
          firstLine: line(earlier),
          parent: parent || '(top level)'
        })
      walk(entry.value, parent ? `${parent}/${entry.key}` : entry.key)
    }
  }
  walk(root, '')
  return found
}

/** The value of `key`; for a repeated key the last one, as npm and JSON.parse read it. */
function member(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.type !== 'object') return undefined
  return node.entries.findLast((e) => e.key === key)?.value
}

/** An object's entries as JSON.parse sees them: one per key, the last value, at the place of the last one. */
function lastEntries(
  node: JsonNode & { type: 'object' }
): { key: string; keyOffset: number; value: JsonNode }[] {
  const byKey = new Map<string, { key: string; keyOffset: number; value: JsonNode }>()
  for (const entry of node.entries) {
    byKey.delete(entry.key)
    byKey.set(entry.key, entry)
  }
  return [...byKey.values()]
}

function stringValue(node: JsonNode | undefined): string | undefined {
  return node?.type === 'value' && typeof node.value === 'string' ? node.value : undefined
}

const PACKAGE_JSON_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']

function parsePackageJson(path: string, text: string): Dependency[] {
  const root = parseJson(path, text)
  const line = lineIndex(text)
  const result: Dependency[] = []
  for (const section of PACKAGE_JSON_SECTIONS) {
    const node = member(root, section)
    if (node?.type !== 'object') continue
    for (const entry of lastEntries(node)) {
      result.push(dep('npm', entry.key, line(entry.keyOffset), true, stringValue(entry.value)))
    }
  }
  return result
}

function parsePackageLock(path: string, text: string): Dependency[] {
  const root = parseJson(path, text)
  const line = lineIndex(text)
  const result: Dependency[] = []
  const packages = member(root, 'packages')
  if (packages?.type === 'object') {
    // lockfileVersion 2 and 3: keys are install paths, `node_modules/a/node_modules/@s/b` is `@s/b`.
    for (const entry of lastEntries(packages)) {
      const at = entry.key.lastIndexOf('node_modules/')
      if (at === -1) continue // the root package and workspace folders
      if (member(entry.value, 'link')?.type === 'value') continue // a symlink to a workspace
      const name = stringValue(member(entry.value, 'name')) ?? entry.key.slice(at + 'node_modules/'.length)
      result.push(dep('npm', name, line(entry.keyOffset), false, stringValue(member(entry.value, 'version'))))
    }
    return result
  }
  // lockfileVersion 1: a tree of `dependencies`.
  const walk = (node: JsonNode | undefined) => {
    if (node?.type !== 'object') return
    for (const entry of lastEntries(node)) {
      result.push(
        dep('npm', entry.key, line(entry.keyOffset), false, stringValue(member(entry.value, 'version')))
      )
      walk(member(entry.value, 'dependencies'))
    }
  }
  walk(member(root, 'dependencies'))
  return result
}

/** `@scope/name@range` or `name@npm:range` → the name. */
function npmSpecName(spec: string): string {
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0)
  return at === -1 ? spec : spec.slice(0, at)
}

function parseYarnLock(text: string): Dependency[] {
  const lines = text.split(/\r?\n/)
  const result: Dependency[] = []
  let current: Dependency | undefined
  lines.forEach((raw, i) => {
    if (/^[^\s#].*:\s*$/.test(raw)) {
      current = undefined
      const specs = raw
        .replace(/:\s*$/, '')
        .split(/,\s*/)
        .map((s) => s.trim().replace(/^["']|["']$/g, ''))
      const first = specs[0] ?? ''
      if (first === '__metadata' || specs.some((s) => s.includes('@workspace:'))) return
      current = dep('npm', npmSpecName(first), i + 1, false)
      result.push(current)
      return
    }
    const version = /^\s+version:?\s+["']?([^"'\s]+)["']?\s*$/.exec(raw)
    if (current && version) current.version = version[1]!
  })
  return result
}

/**
 * pnpm-lock.yaml `packages:` keys: `/name/1.0.0_peer` (v5), `/name@1.0.0(peer@2)` (v6), `name@1.0.0` (v9).
 * Read as YAML (the yaml package, lines from its LineCounter), so any indentation, comments, quoting or
 * flow style pnpm's reader accepts is read the same here.
 */
function parsePnpmLock(path: string, text: string): Dependency[] {
  const lineCounter = new LineCounter()
  // No alias is resolved: keys are read from the syntax tree, so an alias bomb costs nothing.
  const document = parseDocument(text, { lineCounter, uniqueKeys: false })
  const error = document.errors[0]
  if (error) {
    throw new ManifestParseError(path, lineCounter.linePos(error.pos[0]).line, `invalid YAML: ${error.code}`)
  }
  const packages = isMap(document.contents) ? document.contents.get('packages', true) : undefined
  if (!isMap(packages)) return []
  const result: Dependency[] = []
  for (const item of packages.items) {
    if (!isScalar(item.key) || !item.key.range) continue
    const key = String(item.key.value).trim().replace(/^\//, '').replace(/\(.*$/, '')
    const line = lineCounter.linePos(item.key.range[0]).line
    const modern = /^(@[^/@]+\/[^/@]+|[^/@]+)@(.+)$/.exec(key)
    const legacy = /^(@[^/]+\/[^/]+|[^/]+)\/([^/]+)$/.exec(key)
    if (modern) result.push(dep('npm', modern[1]!, line, false, modern[2]))
    else if (legacy) result.push(dep('npm', legacy[1]!, line, false, legacy[2]!.replace(/_.*$/, '')))
  }
  return result
}

// ---------------------------------------------------------------------------------------------------------------
// Python

/** A PEP 508 requirement: `name[extra] >=1.0 ; marker` or `name @ url`. */
function parseRequirement(spec: string): { name: string; version?: string } | undefined {
  const match = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(spec)
  if (!match) return undefined
  const rest = match[2]!.split(';')[0]!.trim()
  if (rest.startsWith('@')) return { name: match[1]! }
  if (rest && !/^(?:[<>=!~]|\()/.test(rest)) return undefined // not a requirement (e.g. a path or URL)
  const version = rest.replace(/^\((.*)\)$/, '$1').trim()
  return version ? { name: match[1]!, version: version.replace(/^==\s*/, '') } : { name: match[1]! }
}

function parseRequirements(text: string): Dependency[] {
  const lines = text.split(/\r?\n/)
  const result: Dependency[] = []
  for (let i = 0; i < lines.length; i++) {
    const first = i
    let logical = lines[i]!
    while (/\\\s*$/.test(logical) && i + 1 < lines.length)
      logical = logical.replace(/\\\s*$/, ' ') + lines[++i]
    const content = logical.replace(/(?:^|\s)#.*$/, '').trim()
    if (!content) continue
    if (content.startsWith('-')) {
      // Options; only an editable VCS requirement names a package, as #egg=name.
      const egg = /^-e\s+\S*#egg=([A-Za-z0-9._-]+)/.exec(content)
      if (egg) result.push(dep('pypi', egg[1]!, first + 1, true))
      continue
    }
    const egg = /^\S+:\/\/\S*#egg=([A-Za-z0-9._-]+)/.exec(content)
    if (egg) {
      result.push(dep('pypi', egg[1]!, first + 1, true))
      continue
    }
    const requirement = parseRequirement(content.replace(/\s--hash=\S+/g, ''))
    if (requirement) result.push(dep('pypi', requirement.name, first + 1, true, requirement.version))
  }
  return result
}

/** Deeper than any real manifest's arrays and inline tables. */
const MAX_TOML_DEPTH = 64

type TomlTable = Record<string, unknown>

/**
 * TOML as pip, uv and Poetry read it (smol-toml, TOML 1.0): dotted keys, inline tables, quoted keys and
 * multi-line arrays all mean what the spec says, and a table or key defined twice is an error, as for
 * those tools. Errors carry the line the parser stopped on.
 */
function parseToml(path: string, text: string): TomlTable {
  try {
    return parseTomlDocument(text, { maxDepth: MAX_TOML_DEPTH })
  } catch (error) {
    if (error instanceof TomlError) {
      // Where the parser ran out of text, the line of the array or inline table left open says more.
      const open = error.line >= text.split('\n').length ? unclosedTomlValue(text) : undefined
      if (open) throw new ManifestParseError(path, open.line, `unterminated ${open.kind}`)
      const detail = error.message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '')
      throw new ManifestParseError(path, error.line, `invalid TOML: ${detail}`)
    }
    throw new ManifestParseError(path, 1, `invalid TOML: ${(error as Error).message}`)
  }
}

/**
 * For an error message only: the outermost array or inline table still open at the end of the text
 * (brackets outside strings and comments; a table header's brackets close on its line).
 */
function unclosedTomlValue(text: string): { line: number; kind: string } | undefined {
  const open: { line: number; kind: string }[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = withoutTomlComment(raw)
    const header = open.length === 0 && /^\s*\[/.test(line)
    if (header) return
    for (let j = 0; j < line.length; j++) {
      const c = line[j]!
      if (c === '"' || c === "'") {
        for (j++; j < line.length && line[j] !== c; j++) if (c === '"' && line[j] === '\\') j++
      } else if (c === '[' || c === '{')
        open.push({ line: i + 1, kind: c === '[' ? 'array' : 'inline table' })
      else if (c === ']' || c === '}') open.pop()
    }
  })
  return open[0]
}

function tomlTableAt(table: unknown, ...keys: string[]): TomlTable | undefined {
  let node = table
  for (const key of keys) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, key))
      return undefined
    node = (node as TomlTable)[key]
  }
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as TomlTable) : undefined
}

function tomlStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/**
 * Where the parsed values are written, for line numbers only (what a file declares comes from the
 * parser): each value is looked for, in text order, on the lines outside comments, each place taken once.
 */
class TomlLines {
  private readonly lines: string[]
  private readonly used = new Set<string>()
  /** The line `assignment` found last. */
  private after = 0

  constructor(text: string) {
    this.lines = text.split(/\r?\n/).map(withoutTomlComment)
  }

  /** The first line not yet taken for `value` that holds it as a basic or literal string. */
  string(value: string): number | undefined {
    const spellings = [`'${value}'`, JSON.stringify(value)]
    return this.take(`s${value}`, (line) => spellings.some((spelling) => line.includes(spelling)))
  }

  /** The first line not yet taken for `key` that sets it (bare, dotted or quoted) or names it in a header. */
  key(key: string): number | undefined {
    const name = escapeRegExp(key)
    const bare = `(?:^|[\\s.\\[])(?:${name}|"${name}"|'${name}')`
    const setting = new RegExp(`${bare}\\s*=`)
    const header = new RegExp(`^\\s*\\[[^\\]]*${bare}\\s*\\]`)
    return this.take(`k${key}`, (line) => setting.test(line) || header.test(line))
  }

  /**
   * The first line after the previous one found this way that starts with `key = "value"` (a lockfile's
   * `name = "…"`: its packages are asked for in file order, so thousands cost one pass).
   */
  assignment(key: string, value: string): number | undefined {
    const quoted = `(?:${escapeRegExp(JSON.stringify(value))}|'${escapeRegExp(value)}')`
    const pattern = new RegExp(`^\\s*${escapeRegExp(key)}\\s*=\\s*${quoted}`)
    const line = this.take(`a${key}=${value}`, (text) => pattern.test(text), this.after)
    if (line !== undefined) this.after = line
    return line
  }

  private take(what: string, test: (line: string) => boolean, from = 0): number | undefined {
    for (let i = from; i < this.lines.length; i++) {
      const place = `${what}\0${i}`
      if (this.used.has(place) || !test(this.lines[i]!)) continue
      this.used.add(place)
      return i + 1
    }
    return undefined
  }
}

/** A line without its `#` comment (a `#` inside a quoted string is not one). */
function withoutTomlComment(line: string): string {
  let quote: string | undefined
  for (let j = 0; j < line.length; j++) {
    const c = line[j]!
    if (quote) {
      if (c === '\\' && quote === '"') j++
      else if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") quote = c
    else if (c === '#') return line.slice(0, j)
  }
  return line
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const POETRY_GROUPS = ['dependencies', 'dev-dependencies'] as const

/** pyproject.toml (PEP 621 `[project]`, PEP 735 `[dependency-groups]`, uv, Poetry) and Pipfile. */
function parsePythonToml(path: string, text: string, pipfile: boolean): Dependency[] {
  const document = parseToml(path, text)
  const lines = new TomlLines(text)
  const result: Dependency[] = []
  const requirements = (specs: string[]) => {
    for (const spec of specs) {
      const requirement = parseRequirement(spec)
      if (requirement)
        result.push(dep('pypi', requirement.name, lines.string(spec) ?? 1, true, requirement.version))
    }
  }
  // Key = package tables (Poetry, Pipfile): a version string, or a table with `version`.
  const packageTable = (table: TomlTable | undefined) => {
    for (const [name, value] of Object.entries(table ?? {})) {
      if (name === 'python' || name === 'python_version') continue
      const version = typeof value === 'string' ? value : tomlTableAt(value)?.version
      const shown = typeof version === 'string' && version !== '*' ? version : undefined
      result.push(dep('pypi', name, lines.key(name) ?? 1, true, shown))
    }
  }
  if (pipfile) {
    packageTable(tomlTableAt(document, 'packages'))
    packageTable(tomlTableAt(document, 'dev-packages'))
  } else {
    const project = tomlTableAt(document, 'project')
    requirements(tomlStrings(project?.dependencies))
    for (const extra of Object.values(tomlTableAt(project, 'optional-dependencies') ?? {}))
      requirements(tomlStrings(extra))
    // PEP 735: strings are requirements; `{ include-group = "…" }` tables are not.
    for (const group of Object.values(tomlTableAt(document, 'dependency-groups') ?? {}))
      requirements(tomlStrings(group))
    requirements(tomlStrings(tomlTableAt(document, 'tool', 'uv')?.['dev-dependencies']))
    const poetry = tomlTableAt(document, 'tool', 'poetry')
    for (const group of POETRY_GROUPS) packageTable(tomlTableAt(poetry, group))
    for (const group of Object.values(tomlTableAt(poetry, 'group') ?? {}))
      packageTable(tomlTableAt(group, 'dependencies'))
  }
  // In the order the file declares them (the first declaration of a name is the one kept).
  return result.sort((a, b) => a.line - b.line)
}

/** poetry.lock and uv.lock: `[[package]]` tables with `name` and `version`; uv's own project is skipped. */
function parsePythonLock(path: string, text: string): Dependency[] {
  const document = parseToml(path, text)
  const lines = new TomlLines(text)
  const packages = Array.isArray(document.package) ? (document.package as unknown[]) : []
  const result: Dependency[] = []
  for (const entry of packages) {
    const table = tomlTableAt(entry)
    const name = table?.name
    if (typeof name !== 'string' || !name) continue
    const line = lines.assignment('name', name) ?? 1
    const source = tomlTableAt(table, 'source')
    if (source && (Object.hasOwn(source, 'editable') || Object.hasOwn(source, 'virtual'))) continue
    const version = typeof table.version === 'string' ? table.version : undefined
    result.push(dep('pypi', name, line, false, version))
  }
  return result
}

// ---------------------------------------------------------------------------------------------------------------
// Go

function parseGoMod(text: string): Dependency[] {
  const lines = text.split(/\r?\n/)
  const result: Dependency[] = []
  let inRequire = false
  lines.forEach((line, i) => {
    const indirect = /\/\/\s*indirect\b/.test(line)
    const code = line.replace(/\/\/.*$/, '').trim()
    if (inRequire) {
      if (code === ')') inRequire = false
      else {
        const match = /^"?([^\s"]+)"?\s+(\S+)$/.exec(code)
        if (match) result.push(dep('go', match[1]!, i + 1, !indirect, match[2]))
      }
      return
    }
    if (/^require\s*\($/.test(code)) {
      inRequire = true
      return
    }
    const single = /^require\s+"?([^\s"]+)"?\s+(\S+)$/.exec(code)
    if (single) result.push(dep('go', single[1]!, i + 1, !indirect, single[2]))
  })
  return result
}

function parseGoSum(text: string): Dependency[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    const match = /^(\S+)\s+(\S+?)(?:\/go\.mod)?\s+\S+\s*$/.exec(line)
    return match ? [dep('go', match[1]!, i + 1, false, match[2])] : []
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Maven and Gradle

/**
 * pom.xml as Maven reads it, through an XML parser: whitespace and attributes inside tags (`<dependency >`),
 * CDATA, character references and namespace prefixes do not hide a dependency, and comments do not reveal one.
 * Every `<dependency>` outside `<exclusions>` counts (project, dependencyManagement, profiles, plugins). A DOCTYPE
 * is refused: Maven POMs have none, and entity declarations are how XML bombs are built.
 */
function parsePom(path: string, text: string): Dependency[] {
  if (/<!DOCTYPE/i.test(text)) {
    throw new ManifestParseError(
      path,
      lineIndex(text)(text.search(/<!DOCTYPE/i)),
      'a DOCTYPE (entity declarations) is not read in pom.xml'
    )
  }
  const validation = XMLValidator.validate(text)
  if (validation !== true) {
    throw new ManifestParseError(path, validation.err.line, `invalid XML: ${validation.err.msg}`)
  }
  let document: unknown
  try {
    document = new XMLParser({
      ignoreAttributes: true,
      removeNSPrefix: true,
      parseTagValue: false,
      trimValues: true,
      // Decoded once, below: XML's five entities and character references, as Maven's parser does.
      processEntities: false,
      htmlEntities: false,
      // Every element an object with its offset in the text (the parser's metadata), so each dependency
      // is reported on the line of its artifactId, wherever the tags and comments are.
      alwaysCreateTextNode: true,
      captureMetaData: true,
      // Deeper than any POM (project/profiles/profile/build/plugins/plugin/dependencies/dependency/…).
      maxNestedTags: MAX_XML_DEPTH,
      isArray: (name) => name === 'dependency' || name === 'profile' || name === 'plugin'
    }).parse(text) as unknown
  } catch (error) {
    // The parser's limits (nesting) and anything it refuses: a message, never a stack.
    const message = (error as Error).message
    throw new ManifestParseError(
      path,
      1,
      /nested tags/i.test(message)
        ? `XML nested deeper than ${MAX_XML_DEPTH} levels; no POM is, so it is not read`
        : `invalid XML: ${message}`
    )
  }
  const line = lineIndex(text)
  const found: Dependency[] = []
  const walk = (node: unknown, key: string, depth: number) => {
    if (key === 'exclusions' || node === null || typeof node !== 'object' || depth > MAX_XML_DEPTH) return
    if (Array.isArray(node)) {
      for (const item of node) walk(item, key, depth + 1)
      return
    }
    const record = node as Record<string, unknown>
    if (key === 'dependency') {
      const group = xmlText(record.groupId)
      const artifact = xmlText(record.artifactId)
      if (group && artifact) {
        const at = (record.artifactId as Record<symbol, { startIndex?: number } | undefined>)[XML_META]
        const version = xmlText(record.version)
        found.push(dep('maven', `${group}:${artifact}`, line(at?.startIndex ?? 0), true, version))
      }
    }
    for (const [child, value] of Object.entries(record)) walk(value, child, depth + 1)
  }
  walk(document, '', 0)
  return found
}

const MAX_XML_DEPTH = 64
// Typed as the `Symbol` wrapper by fast-xml-parser; it is a symbol.
const XML_META = XMLParser.getMetaDataSymbol() as unknown as symbol

/** An element's text (`{ '#text': … }` with alwaysCreateTextNode), entities decoded; undefined if none. */
function xmlText(value: unknown): string | undefined {
  const raw =
    typeof value === 'string'
      ? value
      : value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)['#text']
        : undefined
  return typeof raw === 'string' ? decodeXml(raw).trim() || undefined : undefined
}

function decodeXml(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi,
    (_: string, hex?: string, dec?: string, name?: string) =>
      hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[
              name!.toLowerCase()
            ]!
  )
}

/** Strips `/* *\/` and `//` comments, but not `//` inside a string (URLs). */
function withoutComments(text: string): string {
  return blank(text, /\/\*[\s\S]*?\*\//g)
    .split('\n')
    .map((line) => {
      let quote: string | undefined
      for (let j = 0; j < line.length; j++) {
        const c = line[j]!
        if (quote) {
          if (c === '\\') j++
          else if (c === quote) quote = undefined
        } else if (c === '"' || c === "'") quote = c
        else if (c === '/' && line[j + 1] === '/') return line.slice(0, j)
        else if (c === '#' && /^\s*$/.test(line.slice(0, j))) return '' // Gemfile / Ruby comments
      }
      return line
    })
    .join('\n')
}

function parseGradle(text: string): Dependency[] {
  const lines = withoutComments(text).split('\n')
  const result: Dependency[] = []
  const coordinates =
    /\b[A-Za-z_]\w*\s*\(?\s*(?:(?:platform|enforcedPlatform)\s*\(\s*)?(["'])([\w.-]+):([\w.-]+)(?::([\w.+\-[\](),]+))?(?::[\w.-]+)?(?:@\w+)?\1/g
  const map =
    /\bgroup\s*[:=]\s*["']([\w.-]+)["']\s*,\s*name\s*[:=]\s*["']([\w.-]+)["'](?:\s*,\s*version\s*[:=]\s*["']([^"']+)["'])?/g
  lines.forEach((line, i) => {
    for (const match of line.matchAll(coordinates)) {
      result.push(dep('maven', `${match[2]}:${match[3]}`, i + 1, true, match[4]))
    }
    for (const match of line.matchAll(map)) {
      result.push(dep('maven', `${match[1]}:${match[2]}`, i + 1, true, match[3]))
    }
  })
  return result
}

// ---------------------------------------------------------------------------------------------------------------
// RubyGems

function parseGemfile(text: string): Dependency[] {
  return withoutComments(text)
    .split('\n')
    .flatMap((line, i) => {
      const match = /^\s*gem\s*\(?\s*["']([^"']+)["'](?:\s*,\s*["']([^"']+)["'])?/.exec(line)
      if (!match) return []
      const version = match[2] && /^[\d<>=~!]/.test(match[2]) ? match[2] : undefined
      return [dep('rubygems', match[1]!, i + 1, true, version)]
    })
}

/** Gemfile.lock: the `specs:` of the GEM and GIT sections (PATH is the repository's own gems). */
function parseGemfileLock(text: string): Dependency[] {
  const result: Dependency[] = []
  let section = ''
  let inSpecs = false
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\S/.test(line)) {
      section = line.trim()
      inSpecs = false
      return
    }
    if (/^ {2}specs:\s*$/.test(line)) {
      inSpecs = section === 'GEM' || section === 'GIT'
      return
    }
    const match = inSpecs ? /^ {4}([^\s(]+) \(([^)]+)\)\s*$/.exec(line) : null
    if (match) result.push(dep('rubygems', match[1]!, i + 1, false, match[2]))
  })
  return result
}

// ---------------------------------------------------------------------------------------------------------------
// Ambiguity: a manifest that the ecosystem's tools and other readers (scanners, reviewers) read differently

export interface ManifestAmbiguity {
  line: number
  message: string
}

/**
 * Places where a manifest means different things to different readers: a JSON key repeated in one object
 * (npm and JSON.parse keep the last value, some scanners and every human reader the first), a TOML table or
 * key defined twice (TOML forbids it: pip, uv and Poetry refuse the file, while a line-based reader takes
 * both). A file that cannot be parsed at all is not reported here (the drift check says it is unreadable).
 */
export function manifestAmbiguities(path: string, content: string): ManifestAmbiguity[] {
  const kind = manifestKind(path)
  if (!kind) return []
  const text = content.replace(/^\uFEFF/, '')
  const base = path.split(/[\\/]/).pop()!
  if (base.endsWith('.json')) {
    let root: JsonNode
    try {
      root = parseJson(path, text)
    } catch (error) {
      if (error instanceof ManifestParseError) return []
      throw error
    }
    return duplicateKeys(root, lineIndex(text)).map((d) => ({
      line: d.line,
      message: `"${d.key}" appears twice in ${d.parent} (first on line ${d.firstLine}): npm reads only this later one, other readers the first.`
    }))
  }
  if (['pyproject.toml', 'Pipfile', 'poetry.lock', 'uv.lock'].includes(base)) {
    return tomlDuplicates(text)
  }
  return []
}

/**
 * TOML: a table or key defined twice, which TOML forbids: smol-toml stops there, as pip, uv and Poetry
 * do, while a line-based reader would take both. Other syntax errors are not ambiguities (the file is
 * unreadable to every reader). Arrays of tables (`[[package]]`) start anew and are not repeats.
 */
function tomlDuplicates(text: string): ManifestAmbiguity[] {
  try {
    parseTomlDocument(text, { maxDepth: MAX_TOML_DEPTH })
    return []
  } catch (error) {
    if (!(error instanceof TomlError) || !/redefine/i.test(error.message)) return []
    return [
      {
        line: error.line,
        message:
          'This line defines again a table or key defined earlier: TOML forbids it, so pip, uv and Poetry refuse the file, while line-based readers take both.'
      }
    ]
  }
}
