import { InputError } from '../../src/config/errors.js'
import {
  canonicalSubjects,
  inShard,
  MAX_SHARDS,
  parseShard,
  partition,
  populationDigest,
  shardOf
} from '../../src/shard.js'

const repos = (count: number, owner = 'acme-corp') =>
  Array.from({ length: count }, (_, i) => `${owner}/repo-${String(i).padStart(4, '0')}`)

describe('parseShard', () => {
  test.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/3', { index: 2, count: 3 }],
    [' 3/3 ', { index: 3, count: 3 }],
    ['256/256', { index: 256, count: 256 }],
    ['001/4', { index: 1, count: 4 }]
  ])('%j → %j', (value, expected) => {
    expect(parseShard(value, 'shard input')).toEqual(expected)
  })

  test.each([
    '0/3',
    '4/3',
    '1/0',
    '1/257',
    '257/257',
    '1',
    '1/',
    '/3',
    'a/b',
    '1/3/4',
    '-1/3',
    '1.5/3',
    '',
    '1 /3'
  ])('%j is refused with one line naming the input and the range', (value) => {
    let error: unknown
    try {
      parseShard(value, '--shard')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    const message = (error as Error).message
    expect(message).toMatch(/^--shard: expected i\/n with 1 <= i <= n <= 256/)
    expect(message).toContain(JSON.stringify(value))
    expect(message).not.toContain('\n')
  })
  expect(MAX_SHARDS).toBe(256)
})

describe('partition', () => {
  const names = repos(1000)

  test.each([1, 2, 3, 7, 16, 256])('into %i shards is complete and disjoint', (count) => {
    const parts = partition(names, count)
    expect(parts).toHaveLength(count)
    const all = parts.flat()
    expect(all).toHaveLength(names.length)
    expect(new Set(all).size).toBe(names.length)
    expect([...all].sort()).toEqual(canonicalSubjects(names))
    for (const [i, part] of parts.entries()) {
      for (const name of part) {
        expect(shardOf(name, count)).toBe(i + 1)
        expect(inShard({ index: i + 1, count }, name)).toBe(true)
      }
    }
  })

  test('is deterministic: the same names give the same shards in any order, on every call', () => {
    const shuffled = [...names].reverse()
    expect(partition(shuffled, 5)).toEqual(partition(names, 5))
    // Pinned: a change of the hash would move every repository between shards of running matrices.
    expect(shardOf('acme-corp/payments-api', 3)).toBe(3)
    expect(shardOf('acme-corp/payments-api', 256)).toBe(108)
    expect(shardOf('org:acme-corp', 3)).toBe(2)
    expect(partition(['acme-corp/a', 'acme-corp/b', 'acme-corp/c', 'acme-corp/d'], 2)).toEqual(
      partition(['acme-corp/d', 'acme-corp/c', 'acme-corp/b', 'acme-corp/a'], 2)
    )
  })

  test('is case-insensitive, as GitHub names are', () => {
    expect(shardOf('Acme-Corp/Payments-API', 7)).toBe(shardOf('acme-corp/payments-api', 7))
    expect(partition(['Acme/X', 'acme/x'], 3).flat()).toEqual(['acme/x'])
  })

  test('adding a repository moves only that repository (hash of the name, not list position)', () => {
    const before = partition(names, 4)
    const after = partition(['acme-corp/aaa-new-first', ...names, 'acme-corp/zzz-new-last'], 4)
    for (let i = 0; i < 4; i++) {
      const added = after[i]!.filter((name) => !before[i]!.includes(name))
      expect(before[i]!.every((name) => after[i]!.includes(name))).toBe(true)
      expect(added.every((name) => name.includes('-new-'))).toBe(true)
    }
    // Removing one moves none either.
    const removed = partition(names.slice(1), 4)
    for (let i = 0; i < 4; i++) expect(removed[i]).toEqual(before[i]!.filter((n) => n !== names[0]))
  })

  test('spreads 1,000 repositories evenly enough (every shard within 35% of the mean)', () => {
    for (const count of [3, 8]) {
      const mean = names.length / count
      for (const part of partition(names, count)) {
        expect(part.length).toBeGreaterThan(mean * 0.65)
        expect(part.length).toBeLessThan(mean * 1.35)
      }
    }
  })

  test('without a shard every subject is in scope', () => {
    expect(names.every((name) => inShard(undefined, name))).toBe(true)
  })
})

test('populationDigest ignores order, case and duplicates, and differs when a subject is added', () => {
  const a = populationDigest(['acme/b', 'acme/a'])
  expect(populationDigest(['ACME/A', 'acme/b', 'acme/a'])).toEqual(a)
  expect(a.count).toBe(2)
  expect(populationDigest(['acme/a', 'acme/b', 'acme/c']).sha256).not.toBe(a.sha256)
})
