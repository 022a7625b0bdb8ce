/**
 * Branch name patterns as GitHub reads them in branch protection rules: `File.fnmatch` with
 * `FNM_PATHNAME`, so `*` and `?` do not cross a `/` and `**` does ("qa/* will match branches beginning
 * with qa/ and containing a single slash", docs.github.com, "About protected branches").
 */
export function branchPattern(pattern: string): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!
    if (char === '*' && pattern[i + 1] === '*') {
      // `**/` also matches no directory at all, as in fnmatch.
      if (pattern[i + 2] === '/') {
        source += '(?:.*/)?'
        i += 2
      } else {
        source += '.*'
        i += 1
      }
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

export function matchesBranch(branch: string, patterns: string[]): boolean {
  return patterns.some((pattern) => branchPattern(pattern).test(branch))
}
