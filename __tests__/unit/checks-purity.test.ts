import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/**
 * Checks are pure functions of recorded evidence (issue 12): `verify` re-derives every finding from a
 * bundle, and loading the checks must not load a collector, an SDK, the file system or the network. The
 * ESLint rule for src/checks/** says the same at edit time; this test holds whatever the editor runs.
 */
const root = resolve(import.meta.dirname, '../..')
const src = join(root, 'src')

const FORBIDDEN_PACKAGES = [/^@aws-sdk\//, /^@octokit\//, /^@actions\//, /^@smithy\//, /^undici(\/|$)/]
const FORBIDDEN_BUILTINS = /^(node:)?(fs|fs\/promises|http|https|http2|net)$/

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? tsFiles(path) : entry.name.endsWith('.ts') ? [path] : []
  })
}

interface Import {
  specifier: string
  /** `import type` / `export type`: erased by the compiler, so nothing is loaded. */
  typeOnly: boolean
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8')
  const found: Import[] = []
  const statement = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm
  for (const match of text.matchAll(statement)) found.push({ specifier: match[3]!, typeOnly: !!match[2] })
  for (const match of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push({ specifier: match[1]!, typeOnly: false })
  }
  return found
}

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  return resolve(dirname(from), specifier.replace(/\.js$/, '.ts'))
}

function problemOf(from: string, specifier: string): string | undefined {
  const local = resolveLocal(from, specifier)
  if (local) return local.startsWith(join(src, 'sources')) ? 'a collector module (src/sources/)' : undefined
  if (FORBIDDEN_PACKAGES.some((pattern) => pattern.test(specifier))) return 'an SDK or network client'
  if (FORBIDDEN_BUILTINS.test(specifier)) return 'the file system or network'
  return undefined
}

const checkFiles = tsFiles(join(src, 'checks'))

describe('checks depend only on evidence types', () => {
  it('finds the check files', () => {
    expect(checkFiles.length).toBeGreaterThan(30)
  })

  it.each(checkFiles.map((file) => [relative(root, file)]))(
    '%s imports no collector, SDK, fs or network',
    (file) => {
      const problems = importsOf(join(root, file)).flatMap(({ specifier }) => {
        const problem = problemOf(join(root, file), specifier)
        return problem ? [`${specifier}: ${problem}`] : []
      })
      expect(problems).toEqual([])
      expect(readFileSync(join(root, file), 'utf8')).not.toMatch(/\bfetch\s*\(|XMLHttpRequest/)
    }
  )

  it('evidence modules are types and pure code: no runtime import of a collector, SDK, fs or network', () => {
    const problems = tsFiles(join(src, 'evidence')).flatMap((file) =>
      importsOf(file)
        .filter(({ typeOnly }) => !typeOnly)
        .flatMap(({ specifier }) => {
          const problem = problemOf(file, specifier)
          return problem ? [`${relative(root, file)} → ${specifier}: ${problem}`] : []
        })
    )
    expect(problems).toEqual([])
  })

  it('loading the check registry loads no collector and no SDK, however indirectly', () => {
    const seen = new Set<string>()
    const reached: string[] = []
    const visit = (file: string, path: string[]) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const { specifier, typeOnly } of importsOf(file)) {
        if (typeOnly) continue
        const local = resolveLocal(file, specifier)
        const chain = [...path, relative(root, file)]
        if (local) {
          if (local.startsWith(join(src, 'sources'))) reached.push(`${chain.join(' → ')} → ${specifier}`)
          else visit(local, chain)
        } else if (FORBIDDEN_PACKAGES.some((pattern) => pattern.test(specifier))) {
          reached.push(`${chain.join(' → ')} → ${specifier}`)
        }
      }
    }
    visit(join(src, 'checks', 'index.ts'), [])
    expect(seen.size).toBeGreaterThan(30)
    expect(reached).toEqual([])
  })
})
