import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../src/config/errors.js'
import { loadConfig, parseConfig } from '../../src/config/load.js'

const billion = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...Array.from(
    { length: 9 },
    (_, i) =>
      `b${i}: &b${i} [${Array(9)
        .fill(`*${i === 0 ? 'a' : `b${i - 1}`}`)
        .join(',')}]`
  )
].join('\n')

test('a YAML alias bomb is one InputError naming the file and the limit', () => {
  expect(() => parseConfig(billion, '.github/evidence.yml')).toThrow(InputError)
  expect(() => parseConfig(billion, '.github/evidence.yml')).toThrow(
    '.github/evidence.yml: YAML aliases expand beyond the limit of 100 (an alias bomb)'
  )
})

test('200,000-deep YAML is an error at its line, not a crash', () => {
  expect(() => parseConfig(`${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'evidence.yml')).toThrow(
    /^evidence\.yml:1:\d+: invalid YAML/
  )
})

test('a file over 1 MiB is refused by its size before it is read', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'annex-config-'))
  const path = join(dir, 'evidence.yml')
  await writeFile(path, Buffer.alloc(3 * 1024 * 1024, 0x61))
  await expect(loadConfig(path, { explicit: true })).rejects.toThrow(
    `${path}: the config file is 3 MiB, over the limit of 1 MiB`
  )
})
