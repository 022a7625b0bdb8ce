/** Whether a principal is on the configured list of approved administrators (names or ARNs, `*` wildcards). */
export function isApproved(patterns: readonly string[], ...names: (string | undefined)[]): boolean {
  return patterns.some((pattern) => names.some((name) => name !== undefined && globMatches(pattern, name)))
}

function globMatches(pattern: string, value: string): boolean {
  if (pattern.length > 500) return false
  const expression = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')
  return new RegExp(`^${expression}$`).test(value)
}
