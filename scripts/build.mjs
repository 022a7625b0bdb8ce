// Bundles the action and the CLI into dist/ (committed: the action runs from it). The two entries share
// their code through chunks, and rarely needed parts (artifact upload, attestation) load only when used.
import { build } from 'esbuild'
import { chmod, readFile, rm, writeFile } from 'node:fs/promises'

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))
// Some dependencies are CommonJS and call require(); an ESM bundle has none without this.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"

await rm('dist', { recursive: true, force: true })
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  sourcemap: false,
  logLevel: 'warning',
  banner: { js: requireShim },
  define: { __TOOL_VERSION__: JSON.stringify(pkg.version) },
  // jsonc-parser's `main` is a UMD build that require()s its parts by computed paths, which a bundle cannot
  // resolve ("Cannot find module './impl/format'"); its ES module build bundles cleanly.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' }
})
// The CLI is the package's bin: a shebang, and executable so a rebuild leaves git's file mode unchanged.
const cli = await readFile('dist/cli.js', 'utf8')
await writeFile('dist/cli.js', `#!/usr/bin/env node\n${cli}`)
await chmod('dist/cli.js', 0o755)
