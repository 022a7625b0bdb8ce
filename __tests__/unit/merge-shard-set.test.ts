import type { Manifest } from '../../src/bundle/manifest.js'
import { InputError } from '../../src/config/errors.js'
import { mergeSections } from '../../src/merge/merge.js'
import type { PartialBundle } from '../../src/merge/read-partials.js'
import { checkShardSet, ShardSetError } from '../../src/merge/shard-set.js'
import { partition, populationDigest } from '../../src/shard.js'
import { TOOL_VERSION } from '../../src/version.js'

const NAMES = Array.from({ length: 40 }, (_, i) => `acme/repo-${i}`).concat('org:acme')
const COUNT = 3
const PARTS = partition(NAMES, COUNT)
const HEX = (c: string) => c.repeat(64)

function shard(index: number, change: (m: Manifest) => void = () => {}): PartialBundle {
  const manifest = {
    schemaVersion: 1,
    mode: 'nightly',
    tool: { name: 'annex-evidence', version: TOOL_VERSION },
    scope: 'acme',
    bundleKey: `partial/acme/20261202T021700Z-99.shard-${index}-of-${COUNT}`,
    previous: null,
    run: { id: '99', attempt: '1' },
    period: { start: '2026-12-01T02:17:00.000Z', end: '2026-12-02T02:17:00.000Z', expression: 'P1D' },
    startedAt: '2026-12-02T02:17:00.000Z',
    finishedAt: '2026-12-02T02:18:00.000Z',
    config: { path: null, sha256: HEX('c') },
    sources: {},
    requests: {},
    summary: { subjects: PARTS[index - 1]!.length, findings: {}, controls: {} },
    shard: {
      partial: true,
      index,
      count: COUNT,
      subjects: [...PARTS[index - 1]!],
      population: populationDigest(NAMES)
    },
    files: [
      { path: 'config.json', sha256: HEX('1'), size: 1 },
      { path: 'mapping.json', sha256: HEX('2'), size: 1 },
      { path: 'checks.json', sha256: HEX('3'), size: 1 },
      { path: 'soa-inputs.json', sha256: HEX('4'), size: 1 }
    ]
  } as Manifest
  change(manifest)
  return {
    location: `shard-${index}`,
    dir: `/nowhere/${index}`,
    manifest: manifest as PartialBundle['manifest'],
    manifestSha256: HEX(String(index))
  }
}
const all = () => [1, 2, 3].map((i) => shard(i))

function refusal(set: PartialBundle[]): string {
  let error: unknown
  try {
    checkShardSet(set)
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(ShardSetError)
  expect(error).toBeInstanceOf(InputError) // exit 2
  const message = (error as Error).message
  expect(message).not.toContain('\n')
  return message
}

test('the n shards of one run, in any order, come back ordered by index', () => {
  const [a, b, c] = all()
  expect(checkShardSet([c!, a!, b!]).map((p) => p.manifest.shard.index)).toEqual([1, 2, 3])
})

test.each<[string, () => PartialBundle[], RegExp]>([
  ['none', () => [], /got none/],
  [
    'a missing shard',
    () => [shard(1), shard(3)],
    /^merge: shard 2\/3 of run 99 is missing: give all 3 partial bundles$/
  ],
  ['two missing shards', () => [shard(2)], /^merge: shards 1\/3, 3\/3 of run 99 are missing/],
  [
    'a shard given twice',
    () => [...all(), shard(2)],
    /^merge: shard 2\/3 is given twice \(shard-2 and shard-2\)/
  ],
  [
    'another n',
    () => [shard(1), shard(2, (m) => (m.shard!.count = 4)), shard(3)],
    /split the scope into different numbers of shards/
  ],
  [
    'another run',
    () => [shard(1), shard(2, (m) => (m.run.id = '100')), shard(3)],
    /from another run than shard-1 \(shard 1\/3\) \(100 vs 99\)/
  ],
  ['another scope', () => [shard(1), shard(2, (m) => (m.scope = 'other')), shard(3)], /from another scope/],
  [
    'another config',
    () => [shard(1), shard(2, (m) => (m.config.sha256 = HEX('d'))), shard(3)],
    /from another config/
  ],
  [
    'another mapping',
    () => [shard(1), shard(2, (m) => (m.files[1]!.sha256 = HEX('e'))), shard(3)],
    /mapping\.json differs/
  ],
  [
    'another period',
    () => [shard(1), shard(2, (m) => (m.period.expression = 'P7D')), shard(3)],
    /from another period/
  ],
  [
    'periods far apart',
    () => [shard(1), shard(2, (m) => (m.period.end = '2026-12-02T09:17:00.000Z')), shard(3)],
    /more than 6 hours apart/
  ],
  [
    'another population',
    () => [
      shard(1),
      shard(2, (m) => (m.shard!.population = populationDigest([...NAMES, 'acme/new']))),
      shard(3)
    ],
    /the scope changed while the shards ran/
  ],
  [
    'another build',
    () => [shard(1), shard(2, (m) => (m.tool.version = '9.9.9')), shard(3)],
    /made by annex-evidence 9\.9\.9/
  ],
  [
    'overlapping subjects',
    () => [shard(1), shard(2, (m) => m.shard!.subjects.push(PARTS[0]![0]!)), shard(3)],
    /was collected by both/
  ],
  [
    'a subject of another shard',
    () => [
      shard(1, (m) => (m.shard!.subjects = [PARTS[1]![0]!])),
      shard(2, (m) => (m.shard!.subjects = [])),
      shard(3)
    ],
    /which belongs to shard 2\/3/
  ]
])('refuses %s, in one line', (_name, set, expected) => {
  expect(refusal(set())).toMatch(expected)
})

test('periods a few minutes apart (runners pick the shards up at different times) are one run', () => {
  const set = [shard(1), shard(2, (m) => (m.period.end = '2026-12-02T02:29:00.000Z')), shard(3)]
  expect(checkShardSet(set)).toHaveLength(3)
})

test('mergeSections keeps what every shard says alike, joins lists, and keeps differing values per shard', () => {
  expect(
    mergeSections([
      { github: { apiUrl: 'u', repositories: 3, archived: ['a'], token: { login: 'bot' } } },
      { github: { apiUrl: 'u', repositories: 5, archived: ['b', 'a'], token: { login: 'bot' } } },
      {
        github: { apiUrl: 'u', repositories: 5, archived: [], token: { login: 'bot' } },
        aws: { accounts: ['1'] }
      }
    ])
  ).toEqual({
    github: {
      apiUrl: 'u',
      repositories: { byShard: [3, 5, 5] },
      archived: ['a', 'b'],
      token: { login: 'bot' }
    },
    aws: { accounts: ['1'] }
  })
  expect(mergeSections([undefined, undefined])).toBeUndefined()
})
