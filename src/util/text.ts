/** Levenshtein distance, for "did you mean …?" hints in error messages. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = row
  }
  return prev[b.length]!
}

/** A value from a user's YAML as the "got …" part of an error message. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (typeof value === 'string') return JSON.stringify(value)
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return scalarText(value)
}

/** ` (did you mean "x"?)` for the closest candidate, when one is close enough to be a typo; else ''. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance]
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 4))
    ? ` (did you mean "${best}"?)`
    : ''
}

/**
 * A scalar as text; an object or list as JSON, so hostile input never reads as "[object Object]".
 * `absent`, when given, is what null and undefined read as (e.g. '' for an empty cell).
 */
export function scalarText(value: unknown, absent?: string): string {
  if (absent !== undefined && value == null) return absent
  switch (typeof value) {
    case 'string':
      return value
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'symbol':
      return value.toString()
    case 'undefined':
      return 'undefined'
    case 'function':
      return 'a function'
    default:
      return value === null ? 'null' : (JSON.stringify(value) ?? '')
  }
}
