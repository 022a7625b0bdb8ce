import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { LocalStore } from '../../src/store/local.js'
import { openPreviousBundle } from '../../src/store/previous-bundle.js'
import { generateSigningKeyPair, parseSigningKey, signManifest } from '../../src/bundle/signing.js'
import { readFile } from 'node:fs/promises'

const KEY = 'acme-corp/2026/12/01/20261201T020000Z-1'
const PATH = 'evidence/github/acme-corp/api/pull-requests.json'
const sha = (text: string) => createHash('sha256').update(text).digest('hex')
const recordText = JSON.stringify({
  path: PATH,
  source: 'github',
  subject: 'github:acme-corp/api',
  kind: 'github.pull-requests',
  requests: [],
  data: { totalCount: 0, pullRequests: [] }
})

/** A bundle on disk; `files` overrides what is written, `listed` what the manifest says. */
async function bundle(
  options: { files?: Record<string, string>; listed?: Record<string, string>; manifest?: object } = {}
) {
  const root = await mkdtemp(join(tmpdir(), 'annex-previous-'))
  const files = options.files ?? { [PATH]: recordText }
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, KEY, path)), { recursive: true })
    await writeFile(join(root, KEY, path), text)
  }
  const listed = options.listed ?? Object.fromEntries(Object.entries(files).map(([p, t]) => [p, sha(t)]))
  const manifest = JSON.stringify({
    bundleKey: KEY,
    period: { start: '2026-11-30T02:00:00Z', end: '2026-12-01T02:00:00Z' },
    files: Object.entries(listed).map(([path, sha256]) => ({ path, sha256, size: 1 })),
    ...options.manifest
  })
  await mkdir(join(root, KEY), { recursive: true })
  await writeFile(join(root, KEY, 'manifest.json'), manifest)
  return { store: new LocalStore(root), head: { key: KEY, manifestSha256: sha(manifest) }, root }
}

describe('the previous bundle a run carries facts from', () => {
  test('a record whose bytes match the manifest the chain head names is read back with its hash', async () => {
    const { store, head } = await bundle()
    const previous = await openPreviousBundle(store, head)
    expect(previous).toMatchObject({ key: KEY, period: { end: '2026-12-01T02:00:00Z' } })
    expect(await previous!.record(PATH)).toEqual({ record: JSON.parse(recordText), sha256: sha(recordText) })
  })

  test('no head, another manifest than the head’s, a moved bundle or a shard: no previous bundle', async () => {
    const { store, head } = await bundle()
    expect(await openPreviousBundle(store, null)).toBeUndefined()
    expect(await openPreviousBundle(store, { ...head, manifestSha256: 'f'.repeat(64) })).toBeUndefined()
    const moved = await bundle({ manifest: { bundleKey: 'acme-corp/2026/11/30/x' } })
    expect(await openPreviousBundle(moved.store, moved.head)).toBeUndefined()
    const shard = await bundle({ manifest: { shard: { partial: true, index: 1, count: 2 } } })
    expect(await openPreviousBundle(shard.store, shard.head)).toBeUndefined()
    expect(
      await openPreviousBundle(store, { key: 'acme-corp/none', manifestSha256: head.manifestSha256 })
    ).toBeUndefined()
  })

  test('an edited record, one the manifest does not list, one of another path, or not JSON is not read', async () => {
    const edited = await bundle({ listed: { [PATH]: sha('what was sealed') } })
    expect(await (await openPreviousBundle(edited.store, edited.head))!.record(PATH)).toBeUndefined()
    const { store, head } = await bundle()
    expect(
      await (await openPreviousBundle(store, head))!.record(
        'evidence/github/acme-corp/web/pull-requests.json'
      )
    ).toBeUndefined()
    const OTHER = 'evidence/github/acme-corp/web/pull-requests.json'
    const swapped = await bundle({ files: { [OTHER]: recordText } })
    expect(await (await openPreviousBundle(swapped.store, swapped.head))!.record(OTHER)).toBeUndefined()
    const garbage = await bundle({ files: { [PATH]: '{"path":' } })
    expect(await (await openPreviousBundle(garbage.store, garbage.head))!.record(PATH)).toBeUndefined()
  })

  test('when the run signs, only a previous manifest signed by the same key is used', async () => {
    const key = parseSigningKey(generateSigningKeyPair().privateKeyPem)
    const other = parseSigningKey(generateSigningKeyPair().privateKeyPem)
    const { store, head, root } = await bundle()
    expect(await openPreviousBundle(store, head, key)).toBeUndefined() // unsigned
    const manifest = await readFile(join(root, KEY, 'manifest.json'))
    await writeFile(join(root, KEY, 'manifest.sig'), signManifest(manifest, other))
    expect(await openPreviousBundle(store, head, key)).toBeUndefined() // someone else's key
    await writeFile(join(root, KEY, 'manifest.sig'), signManifest(manifest, key))
    expect(await openPreviousBundle(store, head, key)).toMatchObject({ key: KEY })
  })
})
