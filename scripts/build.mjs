// Bundles the action and the CLI into dist/ (committed: the action runs from it).
import { build } from 'esbuild'
import { chmod, readFile } from 'node:fs/promises'

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))
// Some dependencies are CommonJS and call require(); an ESM bundle has none without this.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  sourcemap: false,
  logLevel: 'warning',
  define: { __TOOL_VERSION__: JSON.stringify(pkg.version) }
}

await build({
  ...common,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  banner: { js: requireShim }
})
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: `#!/usr/bin/env node\n${requireShim}` }
})
// The CLI is the package's bin: keep it executable so a rebuild leaves git's file mode unchanged.
await chmod('dist/cli.js', 0o755)
