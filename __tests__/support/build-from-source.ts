import { build } from 'esbuild'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT } from './run-action.js'

/**
 * Builds the CLI and the action from src/ as scripts/build.mjs does, into a folder of test-artifacts/
 * (ignored by git, and under the repository so the bundled code finds mappings/ as dist/ does): tests of
 * new commands then run the code under test, not the committed dist/.
 */
export async function buildFromSource(
  name: string
): Promise<{ cli: string; action: string; remove: () => Promise<void> }> {
  const outdir = join(ROOT, 'test-artifacts', `${name}-${process.pid}`)
  await rm(outdir, { recursive: true, force: true })
  await mkdir(outdir, { recursive: true })
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
    },
    define: { __TOOL_VERSION__: JSON.stringify(pkg.version) },
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' }
  })
  return {
    cli: join(outdir, 'cli.js'),
    action: join(outdir, 'index.js'),
    remove: () => rm(outdir, { recursive: true, force: true })
  }
}
