/**
 * Dependencies declared in package manifests and lockfiles, with the line each is declared on, so that a pull
 * request check can point at the line that adds an AI SDK. Each parser follows its tool's semantics where a
 * difference could hide a dependency: JSON as npm reads it (jsonc-parser with offsets; a repeated key counts
 * once, the last), pom.xml through an XML parser, pnpm-lock.yaml through a YAML parser, TOML with dotted keys
 * and inline tables. Line-oriented formats (requirements, go.mod, Gemfile, other lockfiles) are read line by
 * line as their tools do.
 */

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parseTree, type Node as JsoncNode } from 'jsonc-parser'
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
      return parsePythonLock(text)
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

function tomlTable(line: string): string | undefined {
  const match = /^\s*\[\[?\s*([^[\]]+?)\s*\]\]?\s*(?:#.*)?$/.exec(line)
  return match ? match[1]!.replace(/["'\s]/g, '') : undefined
}

function tomlKeyValue(line: string): { key: string; value: string; bare: boolean } | undefined {
  const match = /^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_.-]+))\s*=\s*(.*)$/.exec(line)
  return match
    ? { key: (match[1] ?? match[2] ?? match[3])!, value: match[4]!, bare: match[3] !== undefined }
    : undefined
}

/**
 * The strings of a TOML array that starts at `column` of line `start` (just after its `[`), with their lines;
 * strings inside inline tables (`{ include-group = "dev" }`) are not elements. Returns the line the array ends on.
 */
function tomlStringArray(
  path: string,
  lines: string[],
  start: number,
  column: number
): { strings: { value: string; line: number }[]; end: number } {
  const strings: { value: string; line: number }[] = []
  let depth = 1
  let braces = 0
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!
    for (let j = i === start ? column : 0; j < line.length; j++) {
      const c = line[j]!
      if (c === '#') break
      if (c === '"' || c === "'") {
        let k = j + 1
        let value = ''
        while (k < line.length && line[k] !== c) {
          if (c === '"' && line[k] === '\\') value += line[++k] ?? ''
          else value += line[k]
          k++
        }
        if (depth === 1 && braces === 0) strings.push({ value, line: i + 1 })
        j = k
      } else if (c === '{') braces++
      else if (c === '}') braces--
      else if (c === '[') depth++
      else if (c === ']' && --depth === 0) return { strings, end: i }
    }
  }
  throw new ManifestParseError(path, start + 1, 'unterminated array')
}

const POETRY_TABLE = /^tool\.poetry\.(?:dependencies|dev-dependencies|group\.[^.]+\.dependencies)$/
const PIPFILE_TABLE = /^(?:packages|dev-packages)$/

/** pyproject.toml (PEP 621 `[project]`, PEP 735 `[dependency-groups]`, uv, Poetry) and Pipfile. */
function parsePythonToml(path: string, text: string, pipfile: boolean): Dependency[] {
  const lines = text.split(/\r?\n/)
  const result: Dependency[] = []
  const keyTables = pipfile ? PIPFILE_TABLE : POETRY_TABLE
  let outer = ''
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const header = tomlTable(line)
    if (header !== undefined) {
      outer = header
      // [tool.poetry.dependencies.openai] with `version = ...` below.
      const parent = header.slice(0, header.lastIndexOf('.'))
      if (keyTables.test(parent)) {
        const name = header.slice(parent.length + 1)
        let version: string | undefined
        for (let j = i + 1; j < lines.length && tomlTable(lines[j]!) === undefined; j++) {
          const kv = tomlKeyValue(lines[j]!)
          if (kv?.key === 'version') version = /^["']([^"']*)["']/.exec(kv.value)?.[1]
        }
        result.push(dep('pypi', name, i + 1, true, version))
      }
      continue
    }
    const raw = tomlKeyValue(line)
    if (!raw) continue
    // TOML dotted keys: `project.dependencies = [...]` at top level, `optional-dependencies.ai = [...]` in
    // [project], `tool.poetry.dependencies.openai = "^1"` are the same tables as their headers.
    const dotted = raw.bare ? raw.key.split(/\s*\.\s*/) : [raw.key]
    const table = [outer, ...dotted.slice(0, -1)].filter(Boolean).join('.')
    const kv = { key: dotted.at(-1)!, value: raw.value }
    if (table === 'project' && kv.key === 'optional-dependencies' && kv.value.trimStart().startsWith('{')) {
      // An inline table of extras (one line in TOML 1.0): every string in its arrays is a requirement.
      for (const array of kv.value.matchAll(/\[([^\]]*)\]/g)) {
        for (const string of array[1]!.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)) {
          const requirement = parseRequirement(string[1] ?? string[2]!)
          if (requirement) result.push(dep('pypi', requirement.name, i + 1, true, requirement.version))
        }
      }
      continue
    }
    if (keyTables.test(table)) {
      if (kv.key === 'python' || kv.key === 'python_version') continue
      const version =
        /^["']([^"']*)["']/.exec(kv.value)?.[1] ?? /\bversion\s*=\s*["']([^"']*)["']/.exec(kv.value)?.[1]
      result.push(dep('pypi', kv.key, i + 1, true, version === '*' ? undefined : version))
      continue
    }
    const isArray =
      (table === 'project' && kv.key === 'dependencies') ||
      table === 'project.optional-dependencies' ||
      table === 'dependency-groups' ||
      (table === 'tool.uv' && kv.key === 'dev-dependencies')
    if (!isArray || !kv.value.trimStart().startsWith('[')) continue
    const column = line.length - kv.value.trimStart().length + 1
    const { strings, end } = tomlStringArray(path, lines, i, column)
    for (const { value, line: at } of strings) {
      const requirement = parseRequirement(value)
      if (requirement) result.push(dep('pypi', requirement.name, at, true, requirement.version))
    }
    i = end
  }
  return result
}

/** poetry.lock and uv.lock: `[[package]]` tables with `name` and `version`; uv's own project is skipped. */
function parsePythonLock(text: string): Dependency[] {
  const lines = text.split(/\r?\n/)
  const result: Dependency[] = []
  let current: { dependency?: Dependency; local: boolean } | undefined
  const flush = () => {
    if (current?.dependency && !current.local) result.push(current.dependency)
    current = undefined
  }
  lines.forEach((line, i) => {
    const header = tomlTable(line)
    if (header !== undefined) {
      flush()
      if (header === 'package' && /^\s*\[\[/.test(line)) current = { local: false }
      return
    }
    if (!current) return
    const kv = tomlKeyValue(line)
    const value = kv && /^["']([^"']*)["']/.exec(kv.value)?.[1]
    if (kv?.key === 'name' && value) current.dependency = dep('pypi', value, i + 1, false)
    else if (kv?.key === 'version' && value && current.dependency) current.dependency.version = value
    else if (kv?.key === 'source' && /\b(?:editable|virtual)\s*=/.test(kv.value)) current.local = true
  })
  flush()
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
  const document = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    // Decoded once, below: XML's five entities and character references, as Maven's parser does.
    processEntities: false,
    htmlEntities: false,
    isArray: (name) => name === 'dependency' || name === 'profile' || name === 'plugin'
  }).parse(text) as unknown
  const found: { group: string; artifact: string; version?: string }[] = []
  const walk = (node: unknown, key: string) => {
    if (key === 'exclusions' || node === null || typeof node !== 'object') return
    if (Array.isArray(node)) {
      for (const item of node) walk(item, key)
      return
    }
    const record = node as Record<string, unknown>
    if (key === 'dependency') {
      const text = (value: unknown) => (typeof value === 'string' ? decodeXml(value).trim() : undefined)
      const group = text(record.groupId)
      const artifact = text(record.artifactId)
      if (group && artifact) found.push({ group, artifact, version: text(record.version) })
    }
    for (const [child, value] of Object.entries(record)) walk(value, child)
  }
  walk(document, '')
  // Lines: each dependency's artifactId in document order, in the text without comments.
  const masked = blank(text, /<!--[\s\S]*?-->/g)
  const line = lineIndex(text)
  const tags = [
    ...masked.matchAll(/<(?:\w+:)?artifactId\b[^>]*>\s*(?:<!\[CDATA\[)?\s*([^<\]]*?)\s*(?:\]\]>)?\s*<\//g)
  ]
  let next = 0
  return found.map((d) => {
    const at = tags.findIndex((tag, i) => i >= next && decodeXml(tag[1]!) === d.artifact)
    if (at >= 0) next = at + 1
    return dep('maven', `${d.group}:${d.artifact}`, at >= 0 ? line(tags[at]!.index) : 1, true, d.version)
  })
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

/** TOML: a `[table]` header twice, or a key twice in the same table (array-of-tables `[[x]]` start anew). */
function tomlDuplicates(text: string): ManifestAmbiguity[] {
  const found: ManifestAmbiguity[] = []
  const tables = new Map<string, number>()
  let keys = new Map<string, number>()
  let table = ''
  text.split(/\r?\n/).forEach((line, i) => {
    const header = tomlTable(line)
    if (header !== undefined) {
      table = header
      keys = new Map()
      if (/^\s*\[\[/.test(line)) return
      const first = tables.get(header)
      if (first !== undefined)
        found.push({
          line: i + 1,
          message: `[${header}] is defined twice (first on line ${first}): TOML forbids it, so pip, uv and Poetry refuse the file.`
        })
      else tables.set(header, i + 1)
      return
    }
    const kv = /^(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_.-]+))\s*=/.exec(line)
    if (!kv) return
    const key = (kv[1] ?? kv[2] ?? kv[3])!
    const first = keys.get(key)
    if (first !== undefined)
      found.push({
        line: i + 1,
        message: `${table ? `[${table}] ` : ''}${key} is set twice (first on line ${first}): TOML forbids it, so pip, uv and Poetry refuse the file.`
      })
    else keys.set(key, i + 1)
  })
  return found
}
