import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import type { EvidenceRecord } from '../model.js'
import type { EvidenceSink } from '../sources/evidence.js'
import { redact } from '../util/redact.js'
import { sha256Hex } from './hash.js'
import { MANIFEST_FILE, type ManifestInput, type ManifestFile } from './manifest.js'

/**
 * Writes one bundle. Files go to a hidden `.partial` sibling first and the directory is renamed into
 * place only after the manifest is written, so a bundle directory under its final name is always
 * complete, and a crash leaves an obviously partial one.
 */
export class BundleWriter implements EvidenceSink {
  private readonly files: ManifestFile[] = []
  readonly workDir: string

  constructor(readonly finalDir: string) {
    this.workDir = join(dirname(finalDir), `.${finalDir.split(sep).pop()}.partial`)
  }

  async add(record: EvidenceRecord): Promise<void> {
    await this.writeText(record.path, `${JSON.stringify(record, null, 2)}\n`)
  }

  async writeJson(path: string, value: unknown): Promise<void> {
    await this.writeText(path, `${JSON.stringify(value, null, 2)}\n`)
  }

  async writeText(path: string, text: string): Promise<void> {
    if (path === MANIFEST_FILE || path.startsWith('/') || relative('.', path).startsWith('..')) {
      throw new Error(`refusing to write ${path} into a bundle`)
    }
    // Redacted before it is hashed: what the manifest seals is what is on disk, and holds no secret.
    const bytes = Buffer.from(redact(text), 'utf8')
    const target = join(this.workDir, path)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, bytes, { flag: 'wx' })
    this.files.push({ path, sha256: sha256Hex(bytes), size: bytes.length })
  }

  /**
   * Writes the manifest (listing every file written) and its detached signature, then moves the bundle
   * to its final name.
   */
  async finish(
    manifest: Omit<ManifestInput, 'files'>,
    sign?: { file: string; sign: (manifestBytes: Buffer) => string }
  ): Promise<{ dir: string; manifestSha256: string }> {
    const files = [...this.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    const text = redact(`${JSON.stringify({ ...manifest, files }, null, 2)}\n`)
    await writeFile(join(this.workDir, MANIFEST_FILE), text, { flag: 'wx' })
    if (sign) await writeFile(join(this.workDir, sign.file), sign.sign(Buffer.from(text)), { flag: 'wx' })
    await rename(this.workDir, this.finalDir)
    return { dir: this.finalDir, manifestSha256: sha256Hex(text) }
  }
}
