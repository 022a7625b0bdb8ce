// `npm run coverage [-- jest arguments]`: the true coverage of src/. The unit tests run src/ in jest's
// processes; the integration tests run the built dist/ in child processes (__tests__/support/run-action.ts),
// which jest cannot see. So: rebuild dist/ (with its source maps), run jest with V8 coverage of its own
// processes, let every child write raw V8 coverage (NODE_V8_COVERAGE), map that through dist/'s source maps
// onto src/ (v8-to-istanbul, the engine of c8), and merge both by source location. Writes a text summary and table to stdout and
// coverage/lcov.info + coverage/lcov-report/; `npm test` stays as fast as it was.
import { spawnSync } from 'node:child_process'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { mergeProcessCovs } from '@bcoe/v8-coverage'
import libCoverage from 'istanbul-lib-coverage'
import libReport from 'istanbul-lib-report'
import reports from 'istanbul-reports'
import v8ToIstanbul from 'v8-to-istanbul'

const ROOT = resolve(import.meta.dirname, '..')
const OUT = join(ROOT, 'coverage')
const UNIT = join(OUT, 'tmp', 'unit')
const CHILDREN_RAW = join(OUT, 'tmp', 'children-v8')
const SRC = join(ROOT, 'src') + sep
const DIST_URL = pathToFileURL(join(ROOT, 'dist')).href + '/'
const BIN = join(ROOT, 'node_modules', '.bin')

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.error) throw result.error
  return result.status ?? 1
}

await rm(OUT, { recursive: true, force: true })
await mkdir(CHILDREN_RAW, { recursive: true })
if (run(process.execPath, ['scripts/build.mjs']) !== 0) process.exit(1)

const testStatus = run(
  join(BIN, 'jest'),
  [
    '--coverage',
    '--coverageProvider=v8',
    '--coverageReporters=json',
    `--coverageDirectory=${UNIT}`,
    '--collectCoverageFrom=src/**/*.ts',
    ...process.argv.slice(2)
  ],
  {
    NODE_OPTIONS: '--experimental-vm-modules',
    // Read by runNode in __tests__/support/run-action.ts: becomes NODE_V8_COVERAGE in each child only.
    ANNEX_EVIDENCE_CHILD_V8_COVERAGE: CHILDREN_RAW
  }
)

// The children's raw V8 coverage, merged over every process (as c8 does), then mapped through the
// source maps Node recorded beside it (dist/chunks/*.js.map) onto src/ by v8-to-istanbul, c8's engine.
// (c8 report itself gave every src/ file 100% with no functions: it did not apply the bundles' maps.)
const raw = []
for (const name of await readdir(CHILDREN_RAW)) {
  raw.push(JSON.parse(await readFile(join(CHILDREN_RAW, name), 'utf8')))
}
const maps = Object.assign({}, ...raw.map((process) => process['source-map-cache'] ?? {}))
const children = libCoverage.createCoverageMap({})
const mergedScripts = mergeProcessCovs(raw.map((process) => ({ result: process.result }))).result
for (const script of mergedScripts) {
  if (!script.url.startsWith(DIST_URL) || !maps[script.url]?.data) continue
  const file = fileURLToPath(script.url)
  const converter = v8ToIstanbul(file, 0, {
    source: await readFile(file, 'utf8'),
    sourceMap: { sourcemap: maps[script.url].data }
  })
  await converter.load()
  converter.applyCoverage(script.functions)
  const mapped = converter.toIstanbul()
  for (const path of Object.keys(mapped)) if (!path.startsWith(SRC)) delete mapped[path]
  children.merge(mapped)
}

const readMap = async (file) =>
  libCoverage.createCoverageMap(JSON.parse(await readFile(file, 'utf8').catch(() => '{}')))
const unit = await readMap(join(UNIT, 'coverage-final.json'))
const merged = libCoverage.createCoverageMap({})
merged.merge(unit)
merged.merge(children)

const percent = (map) => map.getCoverageSummary().toJSON()
const line = (name, map) => {
  const s = percent(map)
  return `${name.padEnd(40)} statements ${s.statements.pct}%  branches ${s.branches.pct}%  functions ${s.functions.pct}%  lines ${s.lines.pct}%`
}
const context = libReport.createContext({ dir: OUT, coverageMap: merged, defaultSummarizer: 'nested' })
for (const name of ['text', 'lcov', 'json-summary']) reports.create(name).execute(context)
console.log()
console.log(line('unit tests (jest processes) alone', unit))
console.log(line('integration children (dist/) alone', children))
console.log(line('together (the true coverage of src/)', merged))
if (!process.env.KEEP_COVERAGE_TMP) await rm(join(OUT, 'tmp'), { recursive: true, force: true })
process.exitCode = testStatus
