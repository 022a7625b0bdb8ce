import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { extract as tarExtract } from 'tar-stream'
import { unsafePath } from './bundle-files.js'

/** What the archive must hold: every file of the bundle (path inside the bundle → its SHA-256 and size). */
export type ExpectedFiles = Map<string, { sha256: string; size: number }>

/**
 * Checks a bundle's `.tar.gz` as a stream, writing nothing to disk: it must hold exactly the bundle's
 * files under one top-level folder `<top>/`, each with the size and SHA-256 expected. A tar header that
 * declares another size than expected stops the check before its content is read, so a gzip bomb costs
 * nothing; a corrupt or truncated archive is a problem like any other. Returns the problems found.
 */
export async function checkArchiveStream(
  source: Readable,
  top: string,
  expected: ExpectedFiles
): Promise<string[]> {
  const problems: string[] = []
  const seen = new Set<string>()
  const extract = tarExtract()
  const reading = pipeline(source, createGunzip(), extract)
  let current: Readable | undefined
  // A stream that fails mid-entry leaves the entry open; destroying it lets the hashing loop end.
  const failed = reading.catch((error: unknown) => {
    current?.destroy(error as Error)
    throw error
  })
  failed.catch(() => undefined)
  class Stop extends Error {}
  const stop = (message: string) => {
    problems.push(message)
    return new Stop(message)
  }

  const consume = async () => {
    for await (const entry of extract) {
      const { name, type, size = 0 } = entry.header
      const shown = JSON.stringify(name)
      const trimmed = type === 'directory' && name.endsWith('/') ? name.slice(0, -1) : name
      const unsafe = unsafePath(trimmed)
      if (unsafe) throw stop(`archive entry ${shown} ${unsafe} (tampering)`)
      if (trimmed !== top && !trimmed.startsWith(`${top}/`))
        throw stop(`archive entry ${shown} is outside the bundle folder "${top}/"`)
      if (type === 'directory') {
        entry.resume()
        continue
      }
      if (type !== 'file') throw stop(`archive entry ${shown} is a ${type ?? 'unknown type'}, not a file`)
      const path = trimmed.slice(top.length + 1)
      const want = expected.get(path)
      if (!want) throw stop(`archive entry ${shown} is not a file of the bundle (added to the archive?)`)
      if (seen.has(path)) throw stop(`archive entry ${shown} appears twice`)
      if (size !== want.size)
        throw stop(`archive entry ${shown} is ${size} bytes, the bundle's file is ${want.size}`)
      seen.add(path)
      current = entry as unknown as Readable
      const hash = createHash('sha256')
      for await (const chunk of current) hash.update(chunk as Buffer)
      current = undefined
      const sha256 = hash.digest('hex')
      if (sha256 !== want.sha256)
        problems.push(`archive entry ${shown}: SHA-256 ${sha256}, the bundle's file has ${want.sha256}`)
    }
  }

  const [consumed, read] = await Promise.allSettled([
    consume().catch((error: unknown) => {
      extract.destroy(error as Error)
      throw error
    }),
    failed
  ])
  const stopped = consumed.status === 'rejected' && consumed.reason instanceof Stop
  if (!stopped && (read.status === 'rejected' || consumed.status === 'rejected')) {
    const error = (
      read.status === 'rejected' ? read.reason : (consumed as PromiseRejectedResult).reason
    ) as Error
    problems.push(`the archive is corrupt or truncated (${error.message})`)
    return problems
  }
  if (!stopped) {
    const missing = [...expected.keys()].filter((path) => !seen.has(path)).sort()
    if (missing.length > 0)
      problems.push(
        `the archive lacks ${missing.length} file(s) of the bundle: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`
      )
  }
  return problems
}
