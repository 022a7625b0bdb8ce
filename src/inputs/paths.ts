import { constants } from 'node:fs'
import { access, open, realpath, stat } from 'node:fs/promises'
import { dirname, resolve, sep } from 'node:path'
import { InputError } from '../config/errors.js'

/**
 * Paths from the user, checked before any work is done: a run that collected for minutes must not then
 * die on a destination it could never write, and some paths never end at all (`/proc/self` recurses
 * into the whole file system, `/dev/zero` reads forever).
 */

/** Kernel file systems: their files have no end or no size, and their trees loop back on themselves. */
const VIRTUAL_ROOTS = ['/proc', '/sys', '/dev']

function virtualRoot(path: string): string | undefined {
  return VIRTUAL_ROOTS.find((root) => path === root || path.startsWith(`${root}${sep}`))
}

/** The deepest part of `path` that exists, with symlinks resolved: where the path really leads. */
async function existingAncestor(path: string): Promise<{ path: string; real: string }> {
  for (let current = path; ; current = dirname(current)) {
    const real = await realpath(current).catch(() => undefined)
    if (real !== undefined) return { path: current, real }
    if (dirname(current) === current) return { path: current, real: current }
  }
}

function refuseVirtual(label: string, path: string, real: string, expected: string): void {
  const root = virtualRoot(path) ?? virtualRoot(real)
  if (root) {
    throw new InputError(
      `${label}: ${expected}, got ${path}${real !== path ? ` (→ ${real})` : ''}, which is in ${root}, a kernel file system`
    )
  }
}

/** A directory we may create files in: it exists as a directory, or can be created under one we may write. */
export async function checkWritableDirectory(path: string, label: string): Promise<string> {
  const absolute = resolve(path)
  const expected = 'expected a directory to write bundles in'
  const ancestor = await existingAncestor(absolute)
  refuseVirtual(label, absolute, ancestor.real, expected)
  const info = await stat(ancestor.real).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${label}: ${expected}, got ${absolute}, which cannot be read (${error.code})`)
  })
  if (!info.isDirectory()) {
    const what = ancestor.path === absolute ? absolute : `${absolute}, under ${ancestor.path}`
    throw new InputError(`${label}: ${expected}, got ${what}, which is a file, not a directory`)
  }
  await access(ancestor.real, constants.W_OK).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(
      `${label}: ${expected}, got ${absolute}, where ${ancestor.path} cannot be written (${error.code})`
    )
  })
  return absolute
}

/** A path that must not lead into a kernel file system (the target of `verify`). */
export async function checkNotVirtual(path: string, label: string, expected: string): Promise<string> {
  const absolute = resolve(path)
  const ancestor = await existingAncestor(absolute)
  refuseVirtual(label, absolute, ancestor.real, expected)
  return absolute
}

/** Reads a small file the user named (a key): a regular file, not a device or a directory, and not huge. */
export async function readInputFile(
  path: string,
  label: string,
  options: { expected: string; maxBytes: number }
): Promise<string> {
  const absolute = await checkInputFile(path, label, options.expected)
  const handle = await open(absolute, 'r')
  try {
    const { size } = await handle.stat()
    if (size > options.maxBytes) {
      throw new InputError(
        `${label}: ${options.expected} of at most ${options.maxBytes} bytes, got ${path} with ${size} bytes`
      )
    }
    return await handle.readFile('utf8')
  } finally {
    await handle.close()
  }
}

/** An existing regular file (following symlinks), outside the kernel file systems. */
export async function checkInputFile(path: string, label: string, expected: string): Promise<string> {
  const absolute = resolve(path)
  const ancestor = await existingAncestor(absolute)
  refuseVirtual(label, absolute, ancestor.real, expected)
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(
      `${label}: ${expected}, got ${path}, which cannot be read (${error.code === 'ENOENT' ? 'no such file' : error.code})`
    )
  })
  if (!info.isFile()) {
    throw new InputError(
      `${label}: ${expected}, got ${path}, which is ${info.isDirectory() ? 'a directory' : 'not a regular file'}`
    )
  }
  await access(absolute, constants.R_OK).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${label}: ${expected}, got ${path}, which cannot be read (${error.code})`)
  })
  return absolute
}
