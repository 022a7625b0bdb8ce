import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip, gunzipSync, gzipSync, inflateRawSync } from 'node:zlib'
import { pack as tarPack, type Header } from 'tar-stream'
import { sha256Hex } from '../../src/bundle/hash.js'
import { ArchiveIntegrityError, extractBundleArchive, writeBundleArchive } from '../../src/bundle/archive.js'
import { checkArchiveStream } from '../../src/bundle/archive-check.js'
import { encodingOf, GZIP_BLOCK_BYTES, gzipMembers } from '../../src/bundle/gzip-members.js'
import { END_OF_TAR, tarHeader, tarPadding } from '../../src/bundle/tar-headers.js'
import { InputError } from '../../src/config/errors.js'

const mtime = new Date('2026-11-25T10:11:12Z')
const segmentPath = `evidence/${'a'.repeat(120)}.json` // one segment > 100 bytes: needs a pax header
const splitPath = `evidence/${'nested-directory-name/'.repeat(5)}file.json` // > 100 bytes, fits ustar prefix
const files: Record<string, string> = {
  'manifest.json': '{"files":[]}\n',
  'findings.json': '[]\n',
  'evidence/github/repo/branch-protection.json': '{"x":1}\n',
  'evidence/github/empty.json': '',
  [segmentPath]: '{"long":true}\n',
  [splitPath]: 'z'.repeat(70_000)
}

let work: string

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'archive-test-'))
})
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

async function makeBundle(dir: string): Promise<string> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true })
    await writeFile(join(dir, path), text)
  }
  return dir
}

async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort()
}

/** Writes a .tar.gz with the given raw entries, as an attacker could. */
async function hostileArchive(name: string, entries: { header: Header | Partial<Header>; body?: string }[]) {
  const pack = tarPack()
  const path = join(work, name)
  const writing = pipeline(pack, createGzip(), createWriteStream(path))
  for (const { header, body } of entries) {
    await new Promise<void>((done, fail) =>
      pack.entry(header as Header, body ?? '', (error) => (error ? fail(error) : done()))
    )
  }
  pack.finalize()
  await writing
  return path
}

describe('writeBundleArchive', () => {
  test('the same bundle gives byte-identical archives, whatever the files’ mtimes', async () => {
    const bundle = await makeBundle(join(work, 'bundle-2026-11-25'))
    const first = await writeBundleArchive(bundle, join(work, 'one.tar.gz'), { mtime })
    await utimes(join(bundle, 'findings.json'), new Date('2001-01-01'), new Date('2001-01-01'))
    await utimes(join(bundle, segmentPath), new Date('2030-01-01'), new Date('2030-01-01'))
    await utimes(join(bundle, 'evidence'), new Date('2011-01-01'), new Date('2011-01-01'))
    const second = await writeBundleArchive(bundle, join(work, 'two.tar.gz'), { mtime })

    const one = await readFile(join(work, 'one.tar.gz'))
    const two = await readFile(join(work, 'two.tar.gz'))
    expect(two.equals(one)).toBe(true)
    expect(second).toEqual(first)
    expect(first).toMatchObject({ sha256: sha256Hex(one), size: one.length })
    // gzip header: no name, mtime 0, no extra flags, OS Unix, on every platform.
    expect([...one.subarray(0, 10)]).toEqual([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03])
    expect(await readdir(work)).not.toContain('.one.tar.gz.partial')
  })

  test('the tar holds the manifest first, then sorted entries, with fixed owner, mode and mtime', async () => {
    const bundle = await makeBundle(join(work, 'b'))
    await writeBundleArchive(bundle, join(work, 'b.tar.gz'), { mtime })
    const tar = gunzipSync(await readFile(join(work, 'b.tar.gz')))
    const headers: { name: string; mode: string; owner: string; mtime: number; type: string }[] = []
    for (let offset = 0; offset + 512 <= tar.length;) {
      const block = tar.subarray(offset, offset + 512)
      if (block.every((byte) => byte === 0)) break
      const field = (start: number, length: number) =>
        block
          .subarray(start, start + length)
          .toString('latin1')
          .replace(/\0.*$/s, '')
      const size = parseInt(field(124, 12), 8)
      const prefix = field(345, 155)
      headers.push({
        name: prefix ? `${prefix}/${field(0, 100)}` : field(0, 100),
        mode: field(100, 8),
        owner: `${field(108, 8)}|${field(116, 8)}|${field(265, 32)}|${field(297, 32)}`,
        mtime: parseInt(field(136, 12), 8),
        type: field(156, 1)
      })
      offset += 512 + Math.ceil(size / 512) * 512
    }
    const real = headers.filter((h) => h.type !== 'x')
    expect(real[0]).toMatchObject({ name: 'b/', type: '5', mode: '000755 ' })
    expect(real.find((h) => h.name === 'b/findings.json')).toMatchObject({ type: '0', mode: '000644 ' })
    expect(new Set(headers.map((h) => h.owner))).toEqual(new Set(['000000 |000000 ||']))
    expect(new Set(headers.map((h) => h.mtime))).toEqual(new Set([mtime.getTime() / 1000]))
    // Only the entry whose path cannot be split into ustar name + prefix gets a pax header.
    expect(headers.filter((h) => h.type === 'x')).toHaveLength(1)
    const names = real.map((h) => h.name).filter((n) => n !== 'PaxHeader')
    // The manifest right after the folder: an extractor knows every declared size before any content.
    expect(names.slice(0, 2)).toEqual(['b/', 'b/manifest.json'])
    const rest = names.slice(2)
    const sorted = [...rest].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    expect(rest).toEqual(sorted)
    expect(names).toContain(`b/${splitPath}`)
    expect(names).toContain('b/evidence/')
  })

  test('a symlink in the bundle is refused', async () => {
    const bundle = await makeBundle(join(work, 'b'))
    await symlink('/etc/passwd', join(bundle, 'evidence', 'passwd.json'))
    await expect(writeBundleArchive(bundle, join(work, 'b.tar.gz'), { mtime })).rejects.toThrow(
      /passwd\.json is a symlink/
    )
    await expect(stat(join(work, 'b.tar.gz'))).rejects.toThrow()
    expect(await readdir(work)).toEqual(['b'])
  })

  test('an archive inside the bundle or an invalid mtime is refused', async () => {
    const bundle = await makeBundle(join(work, 'b'))
    await expect(writeBundleArchive(bundle, join(bundle, 'b.tar.gz'), { mtime })).rejects.toThrow(InputError)
    await expect(
      writeBundleArchive(bundle, join(work, 'b.tar.gz'), { mtime: new Date('nonsense') })
    ).rejects.toThrow(/mtime/)
  })
})

describe('extractBundleArchive', () => {
  test('extracting gives back identical files', async () => {
    const bundle = await makeBundle(join(work, 'bundle-2026-11-25'))
    const archive = join(work, 'bundle.tar.gz')
    await writeBundleArchive(bundle, archive, { mtime })
    const out = await extractBundleArchive(archive, join(work, 'out'))
    expect(out).toBe(join(work, 'out', 'bundle-2026-11-25'))
    expect(await listTree(out)).toEqual(await listTree(bundle))
    for (const [path, text] of Object.entries(files)) {
      expect(await readFile(join(out, path), 'utf8')).toBe(text)
    }
    // Extracting over an existing bundle must not mix or overwrite files.
    await expect(extractBundleArchive(archive, join(work, 'out'))).rejects.toThrow(/already exists/)
  })

  test.each([
    [
      'a "../" path',
      [{ header: { name: 'b/', type: 'directory' } }, { header: { name: 'b/../evil' } }],
      /"\.\." segment/
    ],
    ['a bare "../" path', [{ header: { name: '../evil', type: 'directory' } }], /"\.\." segment/],
    [
      'an absolute path',
      [{ header: { name: 'b/', type: 'directory' } }, { header: { name: '/tmp/evil' } }],
      /absolute path/
    ],
    [
      'a symlink',
      [
        { header: { name: 'b/', type: 'directory' } },
        { header: { name: 'b/x', type: 'symlink', linkname: '/etc' } }
      ],
      /"b\/x" is a symlink/
    ],
    [
      'a hardlink',
      [
        { header: { name: 'b/', type: 'directory' } },
        { header: { name: 'b/x', type: 'link', linkname: 'b/y' } }
      ],
      /"b\/x" is a link/
    ],
    [
      'a device',
      [{ header: { name: 'b/', type: 'directory' } }, { header: { name: 'b/x', type: 'character-device' } }],
      /"b\/x" is a character-device/
    ],
    [
      'a second top-level folder',
      [{ header: { name: 'b/', type: 'directory' } }, { header: { name: 'c/x' } }],
      /outside/
    ],
    [
      'a file at the top level',
      [{ header: { name: 'b/', type: 'directory' } }, { header: { name: 'b' } }],
      /outside/
    ],
    ['a first entry that is a file', [{ header: { name: 'x' } }], /not the bundle's top-level folder/],
    [
      'a duplicate file',
      [
        { header: { name: 'b/', type: 'directory' } },
        { header: { name: 'b/x' } },
        { header: { name: 'b/x' } }
      ],
      /"b\/x" appears twice/
    ]
  ] as [string, { header: Partial<Header> }[], RegExp][])('%s is refused', async (_, entries, message) => {
    const archive = await hostileArchive('evil.tar.gz', entries)
    const target = join(work, 'out')
    const failure = extractBundleArchive(archive, target)
    await expect(failure).rejects.toThrow(InputError)
    await expect(failure).rejects.toThrow(message)
    await expect(failure).rejects.toThrow(archive)
    await expect(stat(join(work, 'evil'))).rejects.toThrow()
    await expect(stat('/tmp/evil')).rejects.toThrow()
    // A failed extraction leaves nothing behind.
    expect(await readdir(target)).toEqual([])
  })

  test('size and entry-count limits stop extraction', async () => {
    const archive = await hostileArchive('big.tar.gz', [
      { header: { name: 'b/', type: 'directory' } },
      { header: { name: 'b/x' }, body: 'x'.repeat(600) },
      { header: { name: 'b/y' }, body: 'y'.repeat(600) }
    ])
    await expect(extractBundleArchive(archive, join(work, 'o1'), { maxTotalBytes: 1000 })).rejects.toThrow(
      /more than 1000 bytes of content \(at "b\/y"\)/
    )
    await expect(extractBundleArchive(archive, join(work, 'o2'), { maxEntries: 2 })).rejects.toThrow(
      /more than 2 entries \(at "b\/y"\)/
    )
    await expect(extractBundleArchive(archive, join(work, 'o3'))).resolves.toBe(join(work, 'o3', 'b'))
  })

  test('a truncated or corrupt archive fails with the archive name in the message', async () => {
    const bundle = await makeBundle(join(work, 'b'))
    const archive = join(work, 'b.tar.gz')
    await writeBundleArchive(bundle, archive, { mtime })
    const bytes = await readFile(archive)
    const truncated = join(work, 'truncated.tar.gz')
    // Inside the gzip header, mid-content, and just before the gzip trailer.
    for (const length of [5, Math.floor(bytes.length / 2), bytes.length - 4]) {
      await writeFile(truncated, bytes.subarray(0, length))
      const target = join(work, `o-${length}`)
      await expect(extractBundleArchive(truncated, target)).rejects.toThrow(
        `${truncated}: not a valid bundle archive`
      )
      expect(await readdir(target)).toEqual([])
    }

    const garbage = join(work, 'garbage.tar.gz')
    await writeFile(garbage, 'this is not gzip')
    await expect(extractBundleArchive(garbage, join(work, 'o2'))).rejects.toThrow(
      `${garbage}: not a valid bundle archive`
    )
    await expect(extractBundleArchive(join(work, 'missing.tar.gz'), join(work, 'o3'))).rejects.toThrow(
      /missing\.tar\.gz: not found/
    )
  })

  /** A manifest as the schema wants it, declaring `files` with the sizes given. */
  const manifestDeclaring = (declared: Record<string, number>) =>
    JSON.stringify({
      schemaVersion: 1,
      tool: { name: 'annex-evidence', version: '0.1.0' },
      scope: 'acme',
      bundleKey: 'acme/2026/11/25/20261125T021700Z-1',
      previous: null,
      run: { id: '1' },
      period: { start: '2026-11-24T00:00:00Z', end: '2026-11-25T00:00:00Z', expression: 'P1D' },
      startedAt: '2026-11-25T02:17:00Z',
      finishedAt: '2026-11-25T02:18:00Z',
      config: { path: null, sha256: '0'.repeat(64) },
      sources: {},
      requests: {},
      summary: { subjects: 0, findings: {}, controls: {} },
      files: Object.entries(declared).map(([path, size]) => ({ path, sha256: '0'.repeat(64), size }))
    })
  const BOMB = 32 * 1024 ** 2

  test('a gzip bomb behind a manifest with tiny declared sizes stops at its tar header', async () => {
    const manifest = manifestDeclaring({ 'evidence/x.json': 10 })
    const archive = await hostileArchive('bomb.tar.gz', [
      { header: { name: 'b/', type: 'directory' } },
      { header: { name: 'b/manifest.json' }, body: manifest },
      { header: { name: 'b/evidence/x.json' }, body: '0'.repeat(BOMB) }
    ])
    expect((await stat(archive)).size).toBeLessThan(BOMB / 500)
    const target = join(work, 'out')
    const error = await extractBundleArchive(archive, target).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ArchiveIntegrityError)
    expect((error as Error).message).toContain(
      `entry "evidence/x.json" declares ${BOMB} bytes, but the manifest says 10; refusing to extract`
    )
    expect(await readdir(target)).toEqual([])
  })

  test('an entry the manifest does not list is refused', async () => {
    const archive = await hostileArchive('extra.tar.gz', [
      { header: { name: 'b/', type: 'directory' } },
      { header: { name: 'b/manifest.json' }, body: manifestDeclaring({}) },
      { header: { name: 'b/evidence/planted.json' }, body: '{}' }
    ])
    await expect(extractBundleArchive(archive, join(work, 'out'))).rejects.toThrow(
      /entry "evidence\/planted.json" is not listed in the archive's manifest.json/
    )
  })

  test('before the manifest, content is capped by the compressed size, not 10 GiB', async () => {
    // An archive in the old order (content sorted before manifest.json): a bomb first.
    const archive = await hostileArchive('old-order-bomb.tar.gz', [
      { header: { name: 'b/', type: 'directory' } },
      { header: { name: 'b/evidence/x.json' }, body: '0'.repeat(BOMB) },
      { header: { name: 'b/manifest.json' }, body: manifestDeclaring({ 'evidence/x.json': 10 }) }
    ])
    await expect(extractBundleArchive(archive, join(work, 'out'))).rejects.toThrow(
      /more than 16777216 bytes of content \(at "b\/evidence\/x.json"\)/
    )
  })

  test('sizes written before the manifest are checked against it once it is read', async () => {
    const archive = await hostileArchive('late.tar.gz', [
      { header: { name: 'b/', type: 'directory' } },
      { header: { name: 'b/evidence/x.json' }, body: 'x'.repeat(100) },
      { header: { name: 'b/manifest.json' }, body: manifestDeclaring({ 'evidence/x.json': 10 }) }
    ])
    await expect(extractBundleArchive(archive, join(work, 'out'))).rejects.toThrow(
      /entry "evidence\/x.json" declares 100 bytes, but the manifest says 10/
    )
  })

  test('a truncated archive is an integrity failure, and never hangs', async () => {
    const bundle = await makeBundle(join(work, 'b'))
    const archive = join(work, 'b.tar.gz')
    await writeBundleArchive(bundle, archive, { mtime })
    const bytes = await readFile(archive)
    // Every 997 bytes: cuts inside headers, inside content being written, and at entry boundaries.
    for (let length = 10; length < bytes.length; length += 997) {
      const truncated = join(work, `t-${length}.tar.gz`)
      await writeFile(truncated, bytes.subarray(0, length))
      await expect(extractBundleArchive(truncated, join(work, `o-${length}`))).rejects.toBeInstanceOf(
        ArchiveIntegrityError
      )
    }
  })
})

describe('writeBundleArchive: gzip members', () => {
  /** A bundle of a few MiB: base64 of random bytes (incompressible text) and repetitive JSON. */
  async function largeBundle(dir: string): Promise<Record<string, Buffer>> {
    const content: Record<string, Buffer> = {
      'manifest.json': Buffer.from('{"files":[]}\n'),
      'attachments/export.txt': Buffer.from(randomBytes(1_800_000).toString('base64')),
      // Already compressed (random bytes): stored, not coded again.
      'attachments/scan.zip': randomBytes(1_500_000),
      'evidence/records.json': Buffer.from(
        JSON.stringify(
          Array.from({ length: 20_000 }, (_, id) => ({
            id,
            kind: 'branch-protection',
            enabled: id % 3 === 0
          }))
        )
      )
    }
    for (const [path, bytes] of Object.entries(content)) {
      await mkdir(join(dir, path, '..'), { recursive: true })
      await writeFile(join(dir, path), bytes)
    }
    return content
  }

  /** Where each gzip member ends: header (10 bytes, no optional fields), deflate stream, 8-byte trailer. */
  function memberEnds(bytes: Buffer): number[] {
    const ends: number[] = []
    for (let offset = 0; offset < bytes.length;) {
      expect([...bytes.subarray(offset, offset + 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])
      // inflateRaw stops at the end of the deflate stream and reports how much input it used.
      const { engine } = inflateRawSync(bytes.subarray(offset + 10), { info: true }) as unknown as {
        engine: { bytesWritten: number }
      }
      offset += 10 + engine.bytesWritten + 8
      ends.push(offset)
    }
    return ends
  }
  const memberCount = (bytes: Buffer) => memberEnds(bytes).length

  test('a bundle over 1 MiB is several gzip members that stock tar lists and extracts', async () => {
    const bundle = join(work, 'bundle-large')
    const content = await largeBundle(bundle)
    const archive = join(work, 'large.tar.gz')
    const written = await writeBundleArchive(bundle, archive, { mtime })
    const bytes = await readFile(archive)
    expect(memberCount(bytes)).toBeGreaterThan(3)
    // Each file hashed as it was archived.
    expect(new Map(written.files.map((f) => [f.path, f]))).toEqual(
      new Map(
        Object.entries(content).map(([path, b]) => [path, { path, sha256: sha256Hex(b), size: b.length }])
      )
    )
    // GNU tar (through gzip, which reads concatenated members) on Linux; bsdtar does the same on macOS
    // and Windows.
    execFileSync('gzip', ['-t', archive])
    const listed = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' }).trim().split('\n')
    expect(listed).toContain('bundle-large/attachments/export.txt')
    const out = join(work, 'tar-out')
    await mkdir(out)
    execFileSync('tar', ['-xzf', archive, '-C', out])
    for (const [path, b] of Object.entries(content)) {
      expect((await readFile(join(out, 'bundle-large', path))).equals(b)).toBe(true)
    }
    // The JSON still compresses well; base64 text and random bytes are stored (a few bytes per 64 KiB
    // more than they are).
    expect(bytes.length).toBeLessThan(
      content['attachments/export.txt']!.length * 1.001 +
        content['evidence/records.json']!.length * 0.1 +
        content['attachments/scan.zip']!.length * 1.001
    )
  })

  test('two runs give identical bytes, and stock tar reads them', async () => {
    const bundle = join(work, 'bundle-large')
    await largeBundle(bundle)
    const first = join(work, 'first.tar.gz')
    const second = join(work, 'second.tar.gz')
    const a = await writeBundleArchive(bundle, first, { mtime })
    const b = await writeBundleArchive(bundle, second, { mtime })
    expect((await readFile(first)).equals(await readFile(second))).toBe(true)
    expect(b).toEqual(a)
    expect(a.sha256).toBe(sha256Hex(await readFile(first)))
    expect(execFileSync('tar', ['-tzf', second], { encoding: 'utf8' }).trim().split('\n')).toEqual(
      execFileSync('tar', ['-tzf', first], { encoding: 'utf8' }).trim().split('\n')
    )
  })

  test('each member is encoded as its bytes warrant: LZ77, Huffman only, or stored', () => {
    const json = Buffer.from(JSON.stringify(Array.from({ length: 30_000 }, (_, id) => ({ id, ok: true }))))
    expect(encodingOf(json.subarray(0, GZIP_BLOCK_BYTES))).toBe('lz77')
    // Hex: Huffman saves half; base64 a quarter only, less than it costs (it is stored, as random bytes).
    expect(encodingOf(Buffer.from(randomBytes(500_000).toString('hex')))).toBe('huffman')
    expect(encodingOf(Buffer.from(randomBytes(800_000).toString('base64')))).toBe('stored')
    expect(encodingOf(randomBytes(GZIP_BLOCK_BYTES))).toBe('stored')
    // Too short to tell: never stored, whatever the bytes.
    expect(encodingOf(randomBytes(30))).toBe('huffman')
    expect(encodingOf(Buffer.alloc(0))).toBe('huffman')
  })

  test('the members do not depend on chunking or on how many compress at once', async () => {
    const input = Buffer.concat([
      Buffer.from(randomBytes(700_000).toString('base64')),
      Buffer.from('{"a":1,"b":[true,false]}'.repeat(60_000))
    ])
    const collect = async (chunkSize: number, inFlight: number) => {
      async function* chunks() {
        for (let o = 0; o < input.length; o += chunkSize) yield input.subarray(o, o + chunkSize)
      }
      const out: Buffer[] = []
      for await (const member of gzipMembers(chunks(), { inFlight })) out.push(member)
      return Buffer.concat(out)
    }
    const one = await collect(65_536, 1)
    const other = await collect(1_000_003, 4)
    expect(other.equals(one)).toBe(true)
    expect(gunzipSync(one).equals(input)).toBe(true)
    expect(memberCount(one)).toBe(Math.ceil(input.length / GZIP_BLOCK_BYTES))
  })

  test('the tar headers are byte for byte those tar-stream writes (ustar, prefix split, pax path)', async () => {
    const entries: { name: string; type: 'file' | 'directory'; size: number }[] = [
      { name: 'b/', type: 'directory', size: 0 },
      { name: 'b/manifest.json', type: 'file', size: 13 },
      { name: `b/${splitPath}`, type: 'file', size: 70_000 },
      { name: `b/${segmentPath}`, type: 'file', size: 0 },
      { name: 'b/evidence/straße-ü.json', type: 'file', size: 3 },
      { name: `b/${'d'.repeat(160)}/`, type: 'directory', size: 0 },
      { name: 'b/big.bin', type: 'file', size: 9 * 1024 ** 3 }
    ]
    const mtimeSeconds = mtime.getTime() / 1000
    // What tar-stream's pack writes before an entry's content (its header blocks).
    const tarStreamHeader = async (header: Partial<Header> & Pick<Header, 'name'>, length: number) => {
      const pack = tarPack()
      pack.entry(header as Header).on('error', () => undefined)
      const chunks: Buffer[] = []
      let got = 0
      for await (const chunk of pack) {
        chunks.push(chunk as Buffer)
        got += (chunk as Buffer).length
        if (got >= length) break
      }
      return Buffer.concat(chunks).subarray(0, length)
    }
    for (const e of entries) {
      const mode = e.type === 'file' ? 0o644 : 0o755
      const ours = tarHeader({ ...e, mode, mtimeSeconds })
      const theirs = await tarStreamHeader(
        { name: e.name, type: e.type, size: e.size, mode, mtime, uid: 0, gid: 0, uname: '', gname: '' },
        ours.length
      )
      expect({ name: e.name, bytes: ours.toString('hex') }).toEqual({
        name: e.name,
        bytes: theirs.toString('hex')
      })
    }
    expect(END_OF_TAR.equals(Buffer.alloc(1024))).toBe(true)
    expect(tarPadding(0).length).toBe(0)
    expect(tarPadding(13).length).toBe(499)
    expect(tarPadding(1024).length).toBe(0)
  })

  test('an archive written before (one gzip -9 member) still extracts and checks', async () => {
    const bundle = await makeBundle(join(work, 'b'))
    const archive = join(work, 'b.tar.gz')
    await writeBundleArchive(bundle, archive, { mtime })
    const old = join(work, 'old.tar.gz')
    await writeFile(old, gzipSync(gunzipSync(await readFile(archive)), { level: 9 }))
    const out = await extractBundleArchive(old, join(work, 'out'))
    expect(await listTree(out)).toEqual(await listTree(bundle))
    const expected = new Map(
      Object.entries(files).map(([path, text]) => [path, { sha256: sha256Hex(text), size: text.length }])
    )
    expect(await checkArchiveStream(createReadStream(old), 'b', expected)).toEqual([])
    expect(await checkArchiveStream(createReadStream(archive), 'b', expected)).toEqual([])
  })

  test('an archive cut at a member boundary is still refused', async () => {
    const bundle = join(work, 'bundle-large')
    await largeBundle(bundle)
    const archive = join(work, 'large.tar.gz')
    await writeBundleArchive(bundle, archive, { mtime })
    const bytes = await readFile(archive)
    // A valid gzip stream (whole members), but a tar stream that ends inside an entry or before its end.
    for (const end of memberEnds(bytes).slice(0, -1)) {
      const cut = join(work, `cut-${end}.tar.gz`)
      await writeFile(cut, bytes.subarray(0, end))
      await expect(extractBundleArchive(cut, join(work, `cut-out-${end}`))).rejects.toBeInstanceOf(
        ArchiveIntegrityError
      )
      const problems = await checkArchiveStream(createReadStream(cut), 'bundle-large', new Map())
      expect(problems.length).toBeGreaterThan(0)
    }
  })
})
