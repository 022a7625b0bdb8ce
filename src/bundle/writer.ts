import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import type { EvidenceRecord } from '../model.js'
import type { EvidenceSink } from '../sources/evidence.js'
import { redact } from '../util/redact.js'
import { checksumEntries, CHECKSUMS_FILE, renderChecksums } from './checksums.js'
import { sha256Hex } from './hash.js'
import { MANIFEST_FILE, type ManifestInput, type ManifestFile } from './manifest.js'

export interface ManifestSigner {
  file: string
  sign: (manifestBytes: Buffer) => string
}

export interface SealedManifest {
  text: string
  manifestSha256: string
  signature?: { file: string; text: string }
}

/**
 * Writes one bundle. Files go to a hidden `.partial` sibling first and the directory is renamed into
 * place only after the manifest is written, so a bundle directory under its final name is always
 * complete, and a crash leaves an obviously partial one.
 */
export class BundleWriter implements EvidenceSink {
  private readonly files: ManifestFile[] = []
  readonly workDir: string

  /** `workDir` and `files`: a bundle whose files were written by an earlier run, sealed now. */
  constructor(
    readonly finalDir: string,
    workDir?: string,
    files: ManifestFile[] = []
  ) {
    this.workDir = workDir ?? join(dirname(finalDir), `.${finalDir.split(sep).pop()}.partial`)
    this.files.push(...files)
  }

  /** The files written so far, as the manifest will list them. */
  get written(): ManifestFile[] {
    return [...this.files]
  }

  async add(record: EvidenceRecord): Promise<void> {
    await this.writeText(record.path, `${JSON.stringify(record, null, 2)}\n`)
  }

  async writeJson(path: string, value: unknown): Promise<void> {
    await this.writeText(path, `${JSON.stringify(value, null, 2)}\n`)
  }

  async writeText(path: string, text: string): Promise<void> {
    // Redacted before it is hashed: what the manifest seals is what is on disk, and holds no secret.
    await this.writeBytes(path, Buffer.from(redact(text), 'utf8'))
  }

  /** A file as it is (a user's manual evidence document, a PDF): hashed byte for byte, not redacted. */
  async writeBytes(path: string, bytes: Buffer): Promise<void> {
    if (path === MANIFEST_FILE || path.startsWith('/') || relative('.', path).startsWith('..')) {
      throw new Error(`refusing to write ${path} into a bundle`)
    }
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
    sign?: ManifestSigner
  ): Promise<{ dir: string; manifestSha256: string }> {
    const sealed = this.seal(manifest, sign)
    return { dir: await this.commit(sealed), manifestSha256: sealed.manifestSha256 }
  }

  /** The manifest (listing every file written) and its signature, not written yet: its digest is the chain link. */
  seal(manifest: Omit<ManifestInput, 'files'>, sign?: ManifestSigner): SealedManifest {
    const files = [...this.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    const text = redact(`${JSON.stringify({ ...manifest, files }, null, 2)}\n`)
    return {
      text,
      manifestSha256: sha256Hex(text),
      ...(sign ? { signature: { file: sign.file, text: sign.sign(Buffer.from(text)) } } : {})
    }
  }

  /** Writes a sealed manifest and moves the bundle to its final name (by default the one it was opened with). */
  async commit(sealed: SealedManifest, finalDir = this.finalDir): Promise<string> {
    await writeFile(join(this.workDir, MANIFEST_FILE), sealed.text, { flag: 'wx' })
    if (sealed.signature)
      await writeFile(join(this.workDir, sealed.signature.file), sealed.signature.text, { flag: 'wx' })
    const sums = checksumEntries(
      this.files,
      sealed.manifestSha256,
      sealed.signature ? { file: sealed.signature.file, sha256: sha256Hex(sealed.signature.text) } : undefined
    )
    await writeFile(join(this.workDir, CHECKSUMS_FILE), renderChecksums(sums), { flag: 'wx' })
    await mkdir(dirname(finalDir), { recursive: true })
    await rename(this.workDir, finalDir)
    return finalDir
  }
}
