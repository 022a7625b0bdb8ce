// `npm run bench`: what starting the built tool costs before it does any work. Two start paths, run from
// dist/ (build first: `npm run build`):
//   - `node dist/index.js` with no inputs (the action; it stops at the missing github-token input), and
//   - `node dist/cli.js --help`,
// each as CPU time (user + sys) of the whole child process, as a ratio to `node -e 0` measured in the same
// run (interleaved, median of RUNS), and the bytes of JavaScript each loads (every module file Node reads
// from dist/ or node_modules/, the lazily imported chunks included when the start path imports them).
// Issue 12 sets the target at 6× `node -e 0` for both. Figures also go to .bench/startup.json.
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const RUNS = Number(process.env.BENCH_STARTUP_RUNS) || 15
const TARGET_RATIO = 6
const root = resolve(import.meta.dirname, '..')

/** Preloaded into every measured child: on exit, its own CPU time (µs) goes to the file in STARTUP_CPU_FILE. */
const CPU_PROBE = `
import { writeFileSync } from 'node:fs'
process.on('exit', () => {
  const { user, system } = process.cpuUsage()
  writeFileSync(process.env.STARTUP_CPU_FILE, String(user + system))
})
`
/** Preloaded in a separate run (it costs time itself): the size of every JavaScript file Node loads. */
const BYTES_PROBE = `
import { registerHooks } from 'node:module'
import { statSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
const files = new Set()
registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith('file:')) files.add(fileURLToPath(url))
    return nextLoad(url, context)
  }
})
process.on('exit', () => {
  let bytes = 0
  for (const file of files) bytes += statSync(file).size
  writeFileSync(process.env.STARTUP_BYTES_FILE, JSON.stringify({ bytes, files: files.size }))
})
`

interface Subject {
  name: string
  args: string[]
}

const SUBJECTS: Subject[] = [
  { name: 'node dist/index.js (no inputs)', args: [join(root, 'dist/index.js')] },
  { name: 'node dist/cli.js --help', args: [join(root, 'dist/cli.js'), '--help'] }
]
const BASELINE: Subject = { name: 'node -e 0', args: ['-e', '0'] }

/** An environment without the runner's variables, so the action sees no inputs at all. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('INPUT_') || key.startsWith('GITHUB_') || key.startsWith('RUNNER_')) continue
    if (key === 'NODE_OPTIONS') continue
    env[key] = value
  }
  return { ...env, ...extra }
}

function runChild(subject: Subject, probe: string, env: Record<string, string>, cwd: string): void {
  const result = spawnSync(process.execPath, ['--import', probe, ...subject.args], {
    cwd,
    env: cleanEnv(env),
    stdio: ['ignore', 'ignore', 'ignore']
  })
  if (result.error) throw result.error
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'annex-startup-'))
  try {
    const cpuProbe = join(work, 'cpu-probe.mjs')
    const bytesProbe = join(work, 'bytes-probe.mjs')
    await writeFile(cpuProbe, CPU_PROBE)
    await writeFile(bytesProbe, BYTES_PROBE)
    const cpuFile = join(work, 'cpu')
    const bytesFile = join(work, 'bytes')
    // The action must not find a checkout or bundles here: an empty directory as the working directory.
    const cwd = join(work, 'cwd')
    await mkdir(cwd)
    const cpu = new Map<string, number[]>([BASELINE, ...SUBJECTS].map((s) => [s.name, []]))
    for (let run = 0; run < RUNS; run++) {
      for (const subject of [BASELINE, ...SUBJECTS]) {
        runChild(subject, pathToFileURL(cpuProbe).href, { STARTUP_CPU_FILE: cpuFile }, cwd)
        cpu.get(subject.name)!.push(Number(await readFile(cpuFile, 'utf8')) / 1000)
      }
    }
    const baseline = median(cpu.get(BASELINE.name)!)
    const rows = []
    for (const subject of SUBJECTS) {
      runChild(subject, pathToFileURL(bytesProbe).href, { STARTUP_BYTES_FILE: bytesFile }, cwd)
      const loaded = JSON.parse(await readFile(bytesFile, 'utf8')) as { bytes: number; files: number }
      const ms = median(cpu.get(subject.name)!)
      rows.push({
        name: subject.name,
        cpuMs: Number(ms.toFixed(1)),
        ratio: Number((ms / baseline).toFixed(2)),
        jsBytes: loaded.bytes,
        jsFiles: loaded.files
      })
    }
    console.log(`Start-up CPU time (user+sys, median of ${RUNS}); node -e 0: ${baseline.toFixed(1)} ms`)
    for (const row of rows) {
      console.log(
        `  ${row.name.padEnd(32)} ${row.cpuMs.toFixed(1).padStart(7)} ms  ${row.ratio.toFixed(2).padStart(5)}× node -e 0 (target ≤ ${TARGET_RATIO}×)  ${(row.jsBytes / 1024).toFixed(0).padStart(6)} KiB of JavaScript in ${row.jsFiles} file(s)`
      )
    }
    await mkdir(join(root, '.bench'), { recursive: true })
    await writeFile(
      join(root, '.bench/startup.json'),
      `${JSON.stringify({ runs: RUNS, baselineCpuMs: Number(baseline.toFixed(1)), targetRatio: TARGET_RATIO, subjects: rows }, null, 2)}\n`
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

await main()
