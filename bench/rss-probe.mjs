// Loaded with `node --import` into the benchmarked action: writes its peak resident set size on exit.
import { writeFileSync } from 'node:fs'

const file = process.env.ANNEX_BENCH_RSS_FILE
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)))
