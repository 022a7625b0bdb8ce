// Regenerates README.md's check reference from the checks' metadata (a unit test fails when it drifts).
import { readFile, writeFile } from 'node:fs/promises'
import { withCheckTables } from './check-table.js'

const path = new URL('../README.md', import.meta.url)
await writeFile(path, withCheckTables(await readFile(path, 'utf8')))
