import { createHash } from 'node:crypto'
import { glob, readFile, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { EvidenceRecord } from '../../model.js'
import { scalarText } from '../../util/text.js'
import type { EvidenceSink } from '../evidence.js'
import { RESULTS_KIND, type ModelMetric, type ModelTestResults } from '../../evidence/models.js'

export { RESULTS_KIND } from '../../evidence/models.js'

/** Result files larger than this are recorded as an error rather than read into memory. */
const MAX_FILE_BYTES = 50 * 1024 * 1024

type TestStatus = ModelTestResults['tests'][number]['status']
const STATUSES: readonly TestStatus[] = ['passed', 'failed', 'skipped', 'error']

/** A result file that cannot be read as JUnit XML or as the JSON format; `line` is 1-based. */
export class ResultFileError extends Error {
  override name = 'ResultFileError'
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`)
  }
}

export interface ResultFileData {
  /** Relative to the workspace, with `/` separators. */
  file: string
  sha256: string
  size: number
  format: 'junit' | 'json'
  results: ModelTestResults
}

/**
 * Records the pipeline's own model test result files (the `model-results` globs, relative to `cwd`):
 * one record per file, and an error record for a pattern that matched nothing or a file that cannot be
 * parsed. Files outside `cwd` are refused. `errors` counts the error records.
 */
export async function collectResultFiles(
  sink: EvidenceSink,
  patterns: string[],
  cwd: string
): Promise<{ files: number; errors: number }> {
  const counts = { files: 0, errors: 0 }
  const seen = new Set<string>()
  for (const pattern of patterns) {
    const matched: string[] = []
    const outside: string[] = []
    for await (const match of glob(pattern, { cwd })) {
      const absolute = resolve(cwd, match)
      const file = relative(cwd, absolute).split(sep).join('/')
      if (file === '' || file === '..' || file.startsWith('../') || isAbsolute(file)) {
        outside.push(match.split(sep).join('/'))
        continue
      }
      const info = await stat(absolute).catch(() => undefined)
      if (info?.isFile()) matched.push(file)
    }
    if (outside.length > 0) {
      counts.errors++
      const shown = outside.sort().slice(0, 10).join(', ')
      await sink.add(
        patternRecord(
          pattern,
          `model-results pattern "${pattern}" matched ${outside.length} file(s) outside the workspace, which are not read: ${shown}${outside.length > 10 ? ', …' : ''}`,
          { outside }
        )
      )
    } else if (matched.length === 0) {
      counts.errors++
      await sink.add(patternRecord(pattern, `model-results pattern "${pattern}" matched no files`))
    }
    for (const file of matched.sort()) {
      if (seen.has(file)) continue
      seen.add(file)
      const record = await resultRecord(resolve(cwd, file), file)
      if (record.error) counts.errors++
      else counts.files++
      await sink.add(record)
    }
  }
  return counts
}

async function resultRecord(absolute: string, file: string): Promise<EvidenceRecord<ResultFileData>> {
  const base = {
    path: `evidence/models/results/${file}.json`,
    source: 'results',
    subject: `results:${file}`,
    kind: RESULTS_KIND,
    requests: []
  }
  let bytes: Buffer
  try {
    const info = await stat(absolute)
    if (info.size > MAX_FILE_BYTES) {
      return {
        ...base,
        error: {
          message: `${file}: ${info.size} bytes, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`
        }
      }
    }
    bytes = await readFile(absolute)
  } catch (error) {
    return { ...base, error: { message: `${file}: cannot be read: ${(error as Error).message}` } }
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  const format = formatOf(file, text)
  try {
    const results = format === 'junit' ? parseJUnit(text, file) : parseResultsJson(text, file)
    return { ...base, data: { file, sha256, size: bytes.length, format, results } }
  } catch (error) {
    const message = error instanceof ResultFileError ? error.message : `${file}: ${(error as Error).message}`
    return { ...base, error: { message }, notes: { sha256, size: bytes.length, format } }
  }
}

function patternRecord(
  pattern: string,
  message: string,
  notes: Record<string, unknown> = {}
): EvidenceRecord {
  const id = createHash('sha256').update(pattern).digest('hex').slice(0, 16)
  return {
    path: `evidence/models/results/patterns/${id}.json`,
    source: 'results',
    subject: `results-pattern:${pattern}`,
    kind: RESULTS_KIND,
    requests: [],
    error: { message },
    notes: { pattern, ...notes }
  }
}

/** By extension; otherwise XML when the file starts with `<`, else JSON. */
function formatOf(file: string, text: string): 'junit' | 'json' {
  if (/\.xml$/i.test(file)) return 'junit'
  if (/\.json$/i.test(file)) return 'json'
  return text.trimStart().startsWith('<') ? 'junit' : 'json'
}

// ---------------------------------------------------------------------------------------------- JUnit

type XmlNode = Record<string, unknown>

const ARRAYS = new Set(['testsuite', 'testcase', 'property', 'failure', 'error', 'skipped'])

/**
 * JUnit XML as pytest, Maven Surefire, Jest-junit and most CI tools write it: `<testsuites>` or a single
 * `<testsuite>`, testcases with `<failure>`, `<error>` or `<skipped>` children. The run time is the suites'
 * `timestamp` attribute (the earliest, when several; without an offset it is read as UTC). For models:
 * - `<property name="model" value="churn-xgb"/>` and `<property name="version" value="3"/>` in a suite's
 *   `<properties>` (results count for that model version only); optionally `dataset` (what was evaluated);
 * - `<property name="metric.accuracy" value="0.93"/>` in a suite's or a testcase's `<properties>`
 *   (pytest: `record_testsuite_property` / `record_property`);
 * - `<property name="required" value="true"/>` in a testcase's `<properties>` (or `required="true"` on the
 *   testcase) marks a test that must not be skipped.
 */
export function parseJUnit(text: string, file: string): ModelTestResults {
  const validation = XMLValidator.validate(text)
  if (validation !== true) {
    throw new ResultFileError(file, `not XML: ${validation.err.msg}`, validation.err.line)
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    textNodeName: '#text',
    htmlEntities: true,
    isArray: (name) => ARRAYS.has(name)
  })
  const document = parser.parse(text) as XmlNode
  const root = Object.keys(document).find((key) => !key.startsWith('?') && !key.startsWith('#'))
  let suites: XmlNode[]
  if (root === 'testsuites') {
    const container = document.testsuites
    suites = isNode(container) ? asArray(container.testsuite).filter(isNode) : []
  } else if (root === 'testsuite') {
    suites = asArray(document.testsuite).filter(isNode)
  } else {
    const line = root ? lineOfOffset(text, text.search(new RegExp(`<${root}[\\s/>]`))) : 1
    throw new ResultFileError(
      file,
      `not a JUnit report: the root element is <${root ?? '?'}>, expected <testsuites> or <testsuite>`,
      line
    )
  }

  const results: ModelTestResults = { file, tests: [], metrics: [] }
  const metrics = new Map<string, ModelMetric>()
  const times: string[] = []
  const rootTime =
    root === 'testsuites' && isNode(document.testsuites) ? attr(document.testsuites, 'timestamp') : undefined
  if (rootTime !== undefined) times.push(runTime(rootTime, file, text))
  let dataset: string | undefined
  const visit = (suite: XmlNode): void => {
    const properties = propertiesOf(suite)
    const model = properties.get('model')
    if (model && !results.model) results.model = model
    const version = properties.get('version') ?? properties.get('model.version')
    if (version && !results.version) results.version = version
    dataset ??= properties.get('dataset') || undefined
    const timestamp = attr(suite, 'timestamp')
    if (timestamp !== undefined) times.push(runTime(timestamp, file, text))
    addMetrics(metrics, properties, file)
    for (const testcase of asArray(suite.testcase).filter(isNode)) {
      results.tests.push(testOf(testcase, metrics, file))
    }
    // Nested suites (Surefire, some Jest reporters).
    for (const nested of asArray(suite.testsuite).filter(isNode)) visit(nested)
  }
  suites.forEach(visit)
  const at = times.sort()[0]
  if (at) results.at = at
  results.metrics = [...metrics.values()].map((m) => ({
    ...m,
    ...(at ? { at } : {}),
    ...(dataset ? { dataset } : {})
  }))
  return results
}

/**
 * An ISO 8601 run time as test reporters write it (`2026-11-20T10:11:12.345678+00:00`, jest-junit's
 * `2026-11-20T10:11:12`); without an offset it is read as UTC. Anything else makes the file unreadable.
 */
function runTime(value: string, file: string, text: string): string {
  const trimmed = value.trim()
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    trimmed
  )
  const parsed = match
    ? Date.parse(`${match[1]}T${match[2]}${(match[3] ?? 'Z').replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`)
    : NaN
  if (!Number.isFinite(parsed)) {
    const index = text.indexOf(value)
    throw new ResultFileError(
      file,
      `timestamp ${JSON.stringify(value)} is not an ISO 8601 time such as 2026-11-20T10:11:12Z`,
      index >= 0 ? lineOfOffset(text, index) : undefined
    )
  }
  return new Date(parsed).toISOString()
}

function testOf(
  testcase: XmlNode,
  metrics: Map<string, ModelMetric>,
  file: string
): ModelTestResults['tests'][number] {
  const name = attr(testcase, 'name') ?? '(unnamed)'
  const classname = attr(testcase, 'classname')
  const properties = propertiesOf(testcase)
  addMetrics(metrics, properties, file)
  const outcome = (['failure', 'error', 'skipped'] as const).find((child) => testcase[child] !== undefined)
  const status: TestStatus =
    outcome === 'failure'
      ? 'failed'
      : outcome === 'error'
        ? 'error'
        : outcome === 'skipped'
          ? 'skipped'
          : 'passed'
  const detail = outcome ? (asArray(testcase[outcome])[0] as XmlNode | string | undefined) : undefined
  const message =
    typeof detail === 'string'
      ? detail.trim()
      : detail
        ? (attr(detail, 'message') ??
          (typeof detail['#text'] === 'string' ? detail['#text'].trim() : undefined))
        : undefined
  const required = truthy(properties.get('required')) || truthy(attr(testcase, 'required'))
  return {
    name: classname ? `${classname}.${name}` : name,
    status,
    ...(message ? { message } : {}),
    ...(required ? { required: true } : {})
  }
}

function propertiesOf(node: XmlNode): Map<string, string> {
  const properties = new Map<string, string>()
  for (const group of asArray(node.properties).filter(isNode)) {
    for (const property of asArray(group.property).filter(isNode)) {
      const name = attr(property, 'name')
      const value =
        attr(property, 'value') ?? (typeof property['#text'] === 'string' ? property['#text'] : undefined)
      if (name !== undefined && value !== undefined) properties.set(name, value.trim())
    }
  }
  return properties
}

function addMetrics(metrics: Map<string, ModelMetric>, properties: Map<string, string>, file: string): void {
  for (const [key, value] of properties) {
    const name = /^metric[.:](.+)$/.exec(key)?.[1]
    const number = Number(value)
    if (name && value !== '' && Number.isFinite(number) && !metrics.has(name)) {
      metrics.set(name, { name, value: number, source: file })
    }
  }
}

function attr(node: XmlNode, name: string): string | undefined {
  const value = node[`@${name}`]
  return typeof value === 'string' ? value : undefined
}

function truthy(value: string | undefined): boolean {
  return value !== undefined && /^(true|1|yes)$/i.test(value.trim())
}

function asArray(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null
}

// ----------------------------------------------------------------------------------------------- JSON

/**
 * The JSON result format, for pipelines that write their own:
 *
 * ```json
 * {
 *   "model": "churn-xgb",
 *   "version": "3",
 *   "timestamp": "2026-11-20T10:11:12Z",
 *   "dataset": "churn-holdout@v2026.10",
 *   "metrics": { "accuracy": 0.93, "auc": 0.97, "demographic_parity_difference": 0.04 },
 *   "tests": [
 *     { "name": "accuracy >= 0.9", "status": "passed", "required": true },
 *     { "name": "fairness by region", "status": "failed", "message": "parity 0.71 < 0.8" }
 *   ]
 * }
 * ```
 *
 * `tests` is required; `status` is one of passed, failed, skipped, error; `required` (default false)
 * marks a test that must not be skipped; `model`, `version` (string or number), `timestamp` (ISO 8601,
 * when the tests ran), `dataset` (what was evaluated), `metrics` (name → number) and `message` are
 * optional to parse, but results without a version or a time cannot pass (they are matched to a model
 * version, and must be shown current). Unknown fields are ignored.
 */
export function parseResultsJson(text: string, file: string): ModelTestResults {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const line = /\(line (\d+) column \d+\)/.exec(message)?.[1]
    const position = /at position (\d+)/.exec(message)?.[1]
    throw new ResultFileError(
      file,
      `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
      line ? Number(line) : position ? lineOfOffset(text, Number(position)) : lineOfOffset(text, text.length)
    )
  }
  const fail = (reason: string, key?: string): never => {
    const index = key ? text.indexOf(`"${key}"`) : -1
    throw new ResultFileError(file, reason, index >= 0 ? lineOfOffset(text, index) : undefined)
  }
  if (!isNode(document) || Array.isArray(document)) return fail('expected a JSON object with "tests"')
  const { model, version, timestamp, dataset, metrics, tests } = document as Record<string, unknown>
  if (model !== undefined && typeof model !== 'string') fail('"model" must be a string', 'model')
  if (
    version !== undefined &&
    typeof version !== 'string' &&
    !(typeof version === 'number' && Number.isFinite(version))
  )
    fail('"version" must be a string or a number', 'version')
  if (timestamp !== undefined && typeof timestamp !== 'string')
    fail('"timestamp" must be an ISO 8601 time such as 2026-11-20T10:11:12Z', 'timestamp')
  if (dataset !== undefined && typeof dataset !== 'string') fail('"dataset" must be a string', 'dataset')
  const at = typeof timestamp === 'string' ? runTime(timestamp, file, text) : undefined
  if (metrics !== undefined && (!isNode(metrics) || Array.isArray(metrics))) {
    fail('"metrics" must be an object of name → number', 'metrics')
  }
  if (!Array.isArray(tests)) return fail('"tests" must be an array of { name, status }', 'tests')

  const results: ModelTestResults = {
    file,
    ...(model ? { model: model as string } : {}),
    ...(version !== undefined && scalarText(version) !== '' ? { version: scalarText(version) } : {}),
    ...(at ? { at } : {}),
    tests: [],
    metrics: []
  }
  for (const [name, value] of Object.entries((metrics ?? {}) as Record<string, unknown>)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(`metrics.${name} must be a number`, name)
    results.metrics.push({
      name,
      value: value as number,
      source: file,
      ...(at ? { at } : {}),
      ...(dataset ? { dataset: dataset as string } : {})
    })
  }
  tests.forEach((test: unknown, index) => {
    const where = `tests[${index}]`
    if (!isNode(test) || Array.isArray(test)) return fail(`${where} must be an object`, 'tests')
    const { name, status, required, message } = test as Record<string, unknown>
    if (typeof name !== 'string' || name === '')
      return fail(`${where}.name must be a non-empty string`, 'tests')
    const at = JSON.stringify(name).slice(1, -1)
    if (!STATUSES.includes(status as TestStatus)) {
      fail(`${where} (${name}): status must be one of ${STATUSES.join(', ')}`, at)
    }
    if (required !== undefined && typeof required !== 'boolean')
      fail(`${where}.required must be true or false`, at)
    if (message !== undefined && typeof message !== 'string') fail(`${where}.message must be a string`, at)
    results.tests.push({
      name,
      status: status as TestStatus,
      ...(message ? { message: message as string } : {}),
      ...(required ? { required: true } : {})
    })
  })
  return results
}

function lineOfOffset(text: string, index: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++
  return line
}
