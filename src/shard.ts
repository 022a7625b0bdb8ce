import { createHash } from 'node:crypto'
import { InputError } from './config/errors.js'

/**
 * One part of a run split across a job matrix (`shard: i/n`). Every subject (a repository, an
 * organisation, an AWS account) belongs to exactly one shard, decided by a stable hash of its name alone:
 * the same name lands in the same shard on every runner and every night, and adding or removing a
 * subject never moves another one.
 */
export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

/** GitHub's matrix allows 256 jobs per workflow run; more shards could never all run. */
export const MAX_SHARDS = 256

const SHARD_PATTERN = /^(\d{1,3})\/(\d{1,3})$/

export const SHARD_EXPECTED = `expected i/n with 1 <= i <= n <= ${MAX_SHARDS}, such as "1/4" (from a matrix: \${{ matrix.shard }}/4)`

/** `i/n` (1 ≤ i ≤ n ≤ 256) as a shard, or undefined: the one reading of the value (settings.ts's parser uses it). */
export function readShard(value: string): Shard | undefined {
  const match = SHARD_PATTERN.exec(value.trim())
  if (!match) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  return index < 1 || count < 1 || index > count || count > MAX_SHARDS ? undefined : { index, count }
}

/** Parses `i/n` (1 ≤ i ≤ n ≤ 256). `label` names the input or flag in the message. */
export function parseShard(value: string, label: string): Shard {
  const shard = readShard(value)
  if (!shard) throw new InputError(`${label}: ${SHARD_EXPECTED}, got ${JSON.stringify(value)}`)
  return shard
}

export const shardLabel = (shard: Shard): string => `${shard.index}/${shard.count}`

/**
 * The canonical name of a subject for partitioning: GitHub and AWS names are case-insensitive, so
 * `Acme/API` and `acme/api` are one subject.
 */
export const subjectKey = (name: string): string => name.trim().toLowerCase()

/** The shard (1-based) a subject belongs to among `count`: the first 48 bits of SHA-256 of its name, mod count. */
export function shardOf(name: string, count: number): number {
  const digest = createHash('sha256').update(subjectKey(name), 'utf8').digest()
  return (digest.readUIntBE(0, 6) % count) + 1
}

/** Whether the subject is this shard's; without a shard, every subject is. */
export function inShard(shard: Shard | undefined, name: string): boolean {
  return !shard || shardOf(name, shard.count) === shard.index
}

/** Subject names in the order partitions and manifests list them: canonical, unique, sorted. */
export function canonicalSubjects(names: Iterable<string>): string[] {
  return [...new Set([...names].map(subjectKey))].sort()
}

/** Splits names into `count` shards (index 0 is shard 1): what each shard of a matrix collects. */
export function partition(names: Iterable<string>, count: number): string[][] {
  const parts: string[][] = Array.from({ length: count }, () => [])
  for (const name of canonicalSubjects(names)) parts[shardOf(name, count) - 1]!.push(name)
  return parts
}

/** The subject name an organisation's own evidence (settings, audit log) is sharded by. */
export const orgShardSubject = (owner: string): string => `org:${subjectKey(owner)}`

/**
 * Every subject in scope as a shard saw it, summed up: shards of one run must have seen one population,
 * else a subject created or deleted between their listings could be collected twice or not at all.
 */
export function populationDigest(names: Iterable<string>): { count: number; sha256: string } {
  const sorted = canonicalSubjects(names)
  return {
    count: sorted.length,
    sha256: createHash('sha256').update(sorted.join('\n'), 'utf8').digest('hex')
  }
}

/** Partial bundles are kept under this folder of the destination, outside every scope's chain. */
export const PARTIAL_PREFIX = 'partial'

/**
 * `partial/<scope>/<UTC timestamp>-<run id>.shard-<i>-of-<n>`: no `YYYY/MM/DD` folders, so neither the
 * chain head nor `verify` of a destination ever takes a partial bundle for one of a scope's bundles.
 */
export function partialBundleKey(scope: string, chainKey: string, shard: Shard): string {
  return `${PARTIAL_PREFIX}/${scope}/${chainKey.split('/').pop()!}.shard-${shard.index}-of-${shard.count}`
}

/** The line every view of a partial bundle starts with (the SoA, the console's control table, the job summary). */
export function partialNotice(shard: { index: number; count: number; subjects: string[] }): string {
  return `PARTIAL bundle: shard ${shard.index}/${shard.count}, ${shard.subjects.length} subject(s). Its findings and control statuses cover only this shard's subjects; it is not a Statement of Applicability and not part of the evidence chain. Combine the shards with \`merge\`.`
}
