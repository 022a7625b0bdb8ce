import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, readFile, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { EvidenceRecord } from '../../src/model.js'
import {
  RESULTS_KIND,
  ResultFileError,
  collectResultFiles,
  parseJUnit,
  parseResultsJson,
  type ResultFileData
} from '../../src/sources/models/results.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/models/results/', import.meta.url))
const fixture = (name: string): Promise<string> => readFile(join(FIXTURES, name), 'utf8')

function thrown(action: () => unknown): ResultFileError {
  try {
    action()
  } catch (error) {
    expect(error).toBeInstanceOf(ResultFileError)
    return error as ResultFileError
  }
  throw new Error('expected a ResultFileError')
}

describe('parseJUnit', () => {
  test('a pytest report: outcomes, messages, required tests, model and metrics from properties', async () => {
    const results = parseJUnit(await fixture('pytest-junit.xml'), 'reports/pytest-junit.xml')

    expect(results.file).toBe('reports/pytest-junit.xml')
    expect(results.model).toBe('churn-xgb')
    expect(results.tests).toEqual([
      { name: 'tests.test_model.test_accuracy_above_threshold', status: 'passed', required: true },
      { name: 'tests.test_model.test_no_nan_predictions', status: 'passed' },
      {
        name: 'tests.test_fairness.test_demographic_parity[region]',
        status: 'failed',
        message: 'AssertionError: demographic parity ratio 0.71 below 0.8\nassert 0.71 >= 0.8',
        required: true
      },
      {
        name: 'tests.test_robustness.test_apac_holdout',
        status: 'skipped',
        message: 'APAC holdout set not available',
        required: true
      },
      { name: 'tests.test_robustness.test_latency_p95', status: 'skipped', message: 'no GPU runner' }
    ])
    // The suite's timestamp is the run time of the results and of their metrics.
    const at = '2024-05-02T10:11:12.345Z'
    expect(results.at).toBe(at)
    expect(results.version).toBeUndefined()
    expect(results.metrics).toEqual([
      { name: 'auc', value: 0.9712, source: 'reports/pytest-junit.xml', at },
      { name: 'accuracy', value: 0.928, source: 'reports/pytest-junit.xml', at },
      { name: 'demographic_parity_ratio', value: 0.71, source: 'reports/pytest-junit.xml', at }
    ])
  })

  test('a bare <testsuite> root, an <error>, and a required attribute', () => {
    const results = parseJUnit(
      `<testsuite name="model-checks" tests="2">
  <testcase name="loads" required="true"/>
  <testcase name="predicts"><error message="ValueError: shape mismatch"/></testcase>
</testsuite>`,
      'checks.xml'
    )
    expect(results.model).toBeUndefined()
    expect(results.tests).toEqual([
      { name: 'loads', status: 'passed', required: true },
      { name: 'predicts', status: 'error', message: 'ValueError: shape mismatch' }
    ])
  })

  test.each([
    ['pytest 8 (offset)', '2026-11-20T10:11:12.345678+01:00', '2026-11-20T09:11:12.345Z'],
    ['jest-junit (no offset: UTC)', '2026-11-20T10:11:12', '2026-11-20T10:11:12.000Z'],
    ['space separator, compact offset', '2026-11-20 10:11:12-0200', '2026-11-20T12:11:12.000Z']
  ])('run time from the suite timestamp: %s', (_, timestamp, at) => {
    const results = parseJUnit(
      `<testsuites><testsuite name="s" timestamp="${timestamp}"><properties><property name="model" value="churn-xgb"/><property name="version" value="3"/><property name="dataset" value="churn-holdout@v2026.10"/><property name="metric.demographic_parity_difference" value="0.04"/></properties><testcase name="t"/></testsuite></testsuites>`,
      'r.xml'
    )
    expect(results).toMatchObject({ model: 'churn-xgb', version: '3', at })
    expect(results.metrics).toEqual([
      {
        name: 'demographic_parity_difference',
        value: 0.04,
        source: 'r.xml',
        at,
        dataset: 'churn-holdout@v2026.10'
      }
    ])
  })

  test('the earliest suite timestamp is the run time; a timestamp that is no time is an error', () => {
    const two = parseJUnit(
      '<testsuites><testsuite name="a" timestamp="2026-11-20T10:00:00Z"/><testsuite name="b" timestamp="2026-11-19T10:00:00Z"/></testsuites>',
      'r.xml'
    )
    expect(two.at).toBe('2026-11-19T10:00:00.000Z')
    const error = thrown(() =>
      parseJUnit('<testsuites>\n<testsuite name="a" timestamp="yesterday"/>\n</testsuites>', 'r.xml')
    )
    expect(error.message).toBe(
      'r.xml:2: timestamp "yesterday" is not an ISO 8601 time such as 2026-11-20T10:11:12Z'
    )
  })

  test('malformed XML names the file and the line', () => {
    const error = thrown(() => parseJUnit('<testsuites>\n  <testsuite>\n</testsuites>\n', 'r.xml'))
    expect(error).toMatchObject({ file: 'r.xml', line: 3 })
    expect(error.message).toMatch(/^r\.xml:3: not XML: /)
  })

  test('the pytest console log saved as .xml is not XML, at line 1', async () => {
    const text = await fixture('not-xml.xml')
    const error = thrown(() => parseJUnit(text, 'reports/not-xml.xml'))
    expect(error).toMatchObject({ file: 'reports/not-xml.xml', line: 1 })
    expect(error.message).toMatch(/^reports\/not-xml\.xml:1: not XML/)
  })

  test('XML that is not JUnit names the root element and its line', () => {
    const error = thrown(() =>
      parseJUnit('<?xml version="1.0"?>\n<!-- coverage -->\n<coverage line-rate="0.9"/>\n', 'coverage.xml')
    )
    expect(error).toMatchObject({ file: 'coverage.xml', line: 3 })
    expect(error.message).toContain('root element is <coverage>')
  })
})

describe('parseResultsJson', () => {
  test('the documented format', async () => {
    const results = parseResultsJson(await fixture('model-tests.json'), 'out/model-tests.json')
    expect(results).toEqual({
      file: 'out/model-tests.json',
      model: 'ticket-router',
      version: '12',
      metrics: [
        { name: 'accuracy', value: 0.912, source: 'out/model-tests.json' },
        { name: 'macro_f1', value: 0.874, source: 'out/model-tests.json' }
      ],
      tests: [
        { name: 'accuracy >= 0.9 on the March holdout', status: 'passed', required: true },
        { name: 'macro F1 >= 0.85', status: 'passed', required: true },
        { name: 'no PII in generated summaries', status: 'passed', required: true },
        { name: 'toxicity red-team suite', status: 'skipped', message: 'runs nightly' }
      ]
    })
  })

  test('version, run time and dataset: on the results and on every metric', () => {
    const results = parseResultsJson(
      JSON.stringify({
        model: 'churn-xgb',
        version: 3,
        timestamp: '2026-11-20T10:11:12Z',
        dataset: 'churn-holdout@v2026.10',
        metrics: { demographic_parity_difference: 0.04 },
        tests: []
      }),
      'r.json'
    )
    expect(results).toMatchObject({ model: 'churn-xgb', version: '3', at: '2026-11-20T10:11:12.000Z' })
    expect(results.metrics).toEqual([
      {
        name: 'demographic_parity_difference',
        value: 0.04,
        source: 'r.json',
        at: '2026-11-20T10:11:12.000Z',
        dataset: 'churn-holdout@v2026.10'
      }
    ])
  })

  test.each([
    ['{ "version": true, "tests": [] }', '"version" must be a string or a number'],
    ['{ "timestamp": 1732097472, "tests": [] }', '"timestamp" must be an ISO 8601 time'],
    ['{ "timestamp": "last night", "tests": [] }', 'timestamp "last night" is not an ISO 8601 time'],
    ['{ "dataset": 7, "tests": [] }', '"dataset" must be a string']
  ])('a wrong field is an error: %s', (text, message) => {
    expect(thrown(() => parseResultsJson(text, 'r.json')).message).toContain(message)
  })

  test('broken JSON: the line comes from the parser position', async () => {
    const error = thrown(() => parseResultsJson(fixtureSync.broken, 'out/results.json'))
    expect(error).toMatchObject({ file: 'out/results.json', line: 6 })
    expect(error.message).toMatch(/^out\/results\.json:6: not valid JSON: /)
  })

  test('truncated JSON points at the last line', () => {
    const error = thrown(() => parseResultsJson('{\n  "tests": [\n', 'r.json'))
    expect(error.line).toBe(3)
  })

  test('a wrong status names the test and its line', () => {
    const text =
      '{\n  "tests": [\n    { "name": "a", "status": "passed" },\n    { "name": "b", "status": "ok" }\n  ]\n}\n'
    const error = thrown(() => parseResultsJson(text, 'r.json'))
    expect(error.line).toBe(4)
    expect(error.message).toBe('r.json:4: tests[1] (b): status must be one of passed, failed, skipped, error')
  })

  test('tests are required', () => {
    expect(thrown(() => parseResultsJson('{ "model": "x" }', 'r.json')).message).toMatch(
      /"tests" must be an array/
    )
    expect(thrown(() => parseResultsJson('[]', 'r.json')).message).toMatch(/expected a JSON object/)
  })
})

const fixtureSync = { broken: '' }
beforeAll(async () => {
  fixtureSync.broken = await fixture('broken-json.txt')
})

describe('collectResultFiles', () => {
  async function workspace(): Promise<string> {
    const cwd = await mkdtemp(join(tmpdir(), 'model-results-'))
    await cp(FIXTURES, join(cwd, 'reports'), { recursive: true })
    await rename(join(cwd, 'reports/broken-json.txt'), join(cwd, 'reports/broken.json'))
    return cwd
  }

  test('one record per file, errors for unparseable files and for a pattern that matched nothing', async () => {
    const cwd = await workspace()
    const records: EvidenceRecord[] = []
    const sink = { add: async (record: EvidenceRecord) => void records.push(record) }

    const counts = await collectResultFiles(
      sink,
      ['reports/*.xml', 'reports/**/*.json', 'build/test-results/*.xml'],
      cwd
    )

    expect(counts).toEqual({ files: 2, errors: 3 })
    expect(records.every((r) => r.kind === RESULTS_KIND && r.source === 'results')).toBe(true)
    expect(records.map((r) => [r.subject, r.path, r.error ? 'error' : 'data'])).toEqual([
      ['results:reports/not-xml.xml', 'evidence/models/results/reports/not-xml.xml.json', 'error'],
      ['results:reports/pytest-junit.xml', 'evidence/models/results/reports/pytest-junit.xml.json', 'data'],
      ['results:reports/broken.json', 'evidence/models/results/reports/broken.json.json', 'error'],
      ['results:reports/model-tests.json', 'evidence/models/results/reports/model-tests.json.json', 'data'],
      [
        'results-pattern:build/test-results/*.xml',
        expect.stringMatching(/^evidence\/models\/results\/patterns\//),
        'error'
      ]
    ])

    const junit = records[1]!.data as ResultFileData
    const bytes = await readFile(join(cwd, 'reports/pytest-junit.xml'))
    expect(junit).toMatchObject({
      file: 'reports/pytest-junit.xml',
      format: 'junit',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      results: { file: 'reports/pytest-junit.xml', model: 'churn-xgb' }
    })
    expect((records[3]!.data as ResultFileData).format).toBe('json')
    expect(records[0]!.error!.message).toMatch(/^reports\/not-xml\.xml:1: not XML/)
    expect(records[2]!.error!.message).toMatch(/^reports\/broken\.json:6: not valid JSON/)
    expect(records[2]!.notes).toMatchObject({
      format: 'json',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/)
    })
    expect(records[4]!.error!.message).toBe(
      'model-results pattern "build/test-results/*.xml" matched no files'
    )
  })

  test('a file matched by two patterns is recorded once; files outside the workspace are refused', async () => {
    const cwd = await workspace()
    const inside = join(cwd, 'repo')
    await mkdir(join(inside, 'out'), { recursive: true })
    await writeFile(join(inside, 'out/results.json'), '{ "tests": [{ "name": "t", "status": "passed" }] }')
    const records: EvidenceRecord[] = []
    const sink = { add: async (record: EvidenceRecord) => void records.push(record) }

    const counts = await collectResultFiles(
      sink,
      ['out/*.json', 'out/results.json', '../reports/*.json'],
      inside
    )

    expect(counts).toEqual({ files: 1, errors: 1 })
    expect(records.map((r) => r.subject)).toEqual([
      'results:out/results.json',
      'results-pattern:../reports/*.json'
    ])
    const refused = records[1]!
    expect(refused.path).toMatch(/^evidence\/models\/results\/patterns\/[0-9a-f]{16}\.json$/)
    expect(refused.error!.message).toBe(
      'model-results pattern "../reports/*.json" matched 2 file(s) outside the workspace, which are not read: ../reports/broken.json, ../reports/model-tests.json'
    )
  })
})
