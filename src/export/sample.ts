import { createHash } from 'node:crypto'
import { InputError } from '../config/errors.js'

/**
 * How often a population's items occur, which sets how many an auditor tests. `per-change` populations
 * (merged pull requests, commits) are events; the others are repeated observations of a setting, one per
 * bundle, whose frequency is the cadence of the bundles.
 */
export const FREQUENCIES = [
  'per-change',
  'multiple-daily',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'annual'
] as const
export type Frequency = (typeof FREQUENCIES)[number]
export type SampleSizes = Record<Frequency, number>

/**
 * The usual attestation sampling table for tests of operating effectiveness (as in the AICPA audit
 * guide's table for controls by frequency, and the figures most certification bodies use): at least this
 * many items, or all of them when the population is smaller.
 */
export const DEFAULT_SAMPLE_SIZES: SampleSizes = {
  'per-change': 25,
  'multiple-daily': 25,
  daily: 25,
  weekly: 5,
  monthly: 2,
  quarterly: 2,
  annual: 1
}

export const MAX_SAMPLE_SIZE = 10_000
export const MAX_SEED = Number.MAX_SAFE_INTEGER

/** `daily=30,weekly=10`: overrides of the default table; every other frequency keeps its default. */
export function parseSampleSizes(raw: string | undefined, flag = '--sample-sizes'): SampleSizes {
  const sizes = { ...DEFAULT_SAMPLE_SIZES }
  if (raw === undefined) return sizes
  const expected = `expected frequency=size pairs separated by commas (frequencies: ${FREQUENCIES.join(', ')}; sizes 1 to ${MAX_SAMPLE_SIZE}), e.g. daily=25,weekly=5`
  if (raw.trim() === '') throw new InputError(`${flag}: ${expected}, got nothing`)
  for (const pair of raw.split(',')) {
    const match = /^\s*([a-z-]+)\s*=\s*(\d{1,6})\s*$/.exec(pair)
    const frequency = match?.[1] as Frequency | undefined
    const size = Number(match?.[2])
    if (!match || !FREQUENCIES.includes(frequency!) || size < 1 || size > MAX_SAMPLE_SIZE)
      throw new InputError(`${flag}: ${expected}, got ${JSON.stringify(pair)}`)
    sizes[frequency!] = size
  }
  return sizes
}

/** A seed is a whole number an auditor can write down: 0 to 2^53 - 1. */
export function parseSeed(raw: string, flag = '--seed'): number {
  const value = /^\d{1,16}$/.test(raw) ? Number(raw) : NaN
  if (!Number.isSafeInteger(value) || value > MAX_SEED)
    throw new InputError(`${flag}: expected a whole number from 0 to ${MAX_SEED}, got ${JSON.stringify(raw)}`)
  return value
}

/**
 * The frequency of observations one per bundle: the median time between the bundles of the period.
 * Fewer than two bundles show no cadence; they are taken as daily (the nightly run).
 */
export function observationFrequency(times: number[]): Frequency {
  const sorted = [...times].sort((a, b) => a - b)
  const gaps = sorted.slice(1).map((time, i) => time - sorted[i]!)
  if (gaps.length === 0) return 'daily'
  gaps.sort((a, b) => a - b)
  const day = 86_400_000
  const median = gaps[Math.floor(gaps.length / 2)]!
  if (median < day / 2) return 'multiple-daily'
  if (median <= 1.5 * day) return 'daily'
  if (median <= 10 * day) return 'weekly'
  if (median <= 45 * day) return 'monthly'
  if (median <= 120 * day) return 'quarterly'
  return 'annual'
}

export const SAMPLE_METHOD =
  'Seeded selection without replacement: each item of a population is ranked by the SHA-256 (hex, ascending) of the UTF-8 text "<seed>:<population>:<item id>", and the first n are taken, where n is the sample size for the population\'s frequency (all items when there are fewer). The ranking depends only on the seed and the item ids, not on the order of the population or the tool, so anyone can recompute it: printf \'%s\' "<seed>:<population>:<item id>" | sha256sum.'

/** The item ids of a seeded sample of `n` of `ids`, in rank order. */
export function selectSample(ids: string[], n: number, seed: number, population: string): string[] {
  return ids
    .map((id) => ({ id, rank: createHash('sha256').update(`${seed}:${population}:${id}`).digest('hex') }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.min(n, ids.length))
    .map((item) => item.id)
}
