import { MANIFEST_FILE } from './manifest.js'

/**
 * `SHA256SUMS` at the bundle root, in the format of GNU coreutils `sha256sum` (`<hex>  <path>`), so an
 * auditor can check every file with `sha256sum -c SHA256SUMS` and no Node. It is derived from the
 * manifest (which the signature covers), so it is not listed in the manifest; verify re-derives it.
 */
export const CHECKSUMS_FILE = 'SHA256SUMS'
/** A bundle's SHA256SUMS is one short line per file; anything larger is not ours. */
export const MAX_CHECKSUMS_BYTES = 16 * 1024 * 1024

/**
 * The file's text: one line per file, sorted by path bytes. A name with a backslash or newline is
 * escaped the way `sha256sum` does (a leading `\` on the line), so `-c` reads back the same name.
 */
export function renderChecksums(files: { path: string; sha256: string }[]): string {
  const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)))
  return sorted
    .map(({ path, sha256 }) => {
      if (!/[\\\n\r]/.test(path)) return `${sha256}  ${path}\n`
      const escaped = path.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
      return `\\${sha256}  ${escaped}\n`
    })
    .join('')
}

/** Every file of a sealed bundle: the manifest's files, the manifest, and the signature when there is one. */
export function checksumEntries(
  manifestFiles: { path: string; sha256: string }[],
  manifestSha256: string,
  signature?: { file: string; sha256: string }
): { path: string; sha256: string }[] {
  return [
    ...manifestFiles.map(({ path, sha256 }) => ({ path, sha256 })),
    { path: MANIFEST_FILE, sha256: manifestSha256 },
    ...(signature ? [{ path: signature.file, sha256: signature.sha256 }] : [])
  ]
}
