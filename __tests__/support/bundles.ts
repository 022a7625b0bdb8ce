import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

/** Every file of a bundle with its text, for assertions over the whole bundle. */
export async function readBundleFiles(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = new Map<string, string>()
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name)
    files.set(relative(dir, path), await readFile(path, 'utf8'))
  }
  return files
}

/** A copy of a bundle to tamper with, so each tamper case starts from an intact bundle. */
export async function copyBundle(dir: string): Promise<string> {
  const copy = join(await mkdtemp(join(tmpdir(), 'annex-tamper-')), 'bundle')
  await cp(dir, copy, { recursive: true })
  return copy
}

export async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T
}
