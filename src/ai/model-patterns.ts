import { RE2JS, RE2JSException } from 're2js'

/**
 * Model-id patterns (the shipped catalog and `ai-inventory.providers[].models` of the config) run over files
 * of pull requests from anyone, so a backtracking engine is out: `(a|a)+$` spins for minutes on 40
 * characters. They run on RE2 (re2js), whose matching time is linear in the text. RE2 has no lookaround; the
 * form model patterns need, a boundary before and after the id (`(?<![\w-])gpt-4o(?![\w-])`), is accepted at
 * the very start and end and checked around each match. A JavaScript engine would backtrack into a shorter
 * match when the lookahead fails; this one does not, which for boundary patterns gives the same matches (a
 * shorter id would be followed by an id character too). Other lookaround, and backreferences, are refused at
 * config load with the pattern named.
 */
export interface ModelPattern {
  source: string
  /** Every match in `text`, in order, as UTF-16 offsets (like String.prototype.matchAll). */
  matches(text: string): { start: number; end: number }[]
}

export class UnsupportedPattern extends Error {
  override name = 'UnsupportedPattern'
}

/** Longer than any model-id pattern; bounds the compiled program. */
export const MAX_MODEL_PATTERN_LENGTH = 500

/** Lookbehinds of model patterns look at a character or two; a window bounds the work per candidate. */
const LOOKBEHIND_WINDOW = 64

interface Assertion {
  negative: boolean
  /** Anchored: `^(?:X)` for a lookahead, `(?:X)$` for a lookbehind. */
  pattern: RE2JS
}

/** The body of a group that opens at `open` (the index of its `(`), or undefined when unbalanced. */
function groupEnd(source: string, open: number): number | undefined {
  let depth = 0
  let inClass = false
  for (let i = open; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i
  }
  return undefined
}

function unsupported(source: string, detail: string): UnsupportedPattern {
  return new UnsupportedPattern(
    `the pattern ${JSON.stringify(source)} is not supported: ${detail} (patterns use RE2 syntax and run in linear time: no backreferences, and lookaround only at the very start and end, as in (?<![\\w-])gpt-4o(?![\\w-]))`
  )
}

function compileRe2(source: string, expression: string): RE2JS {
  try {
    return RE2JS.compile(expression)
  } catch (error) {
    if (!(error instanceof RE2JSException)) throw error
    throw unsupported(source, error.message)
  }
}

/**
 * Compiles a model pattern. A lookbehind at the very start and a lookahead at the very end are split off and
 * checked separately, each itself an RE2 expression anchored at the match (so they, too, run in linear time);
 * everything else must be RE2 syntax.
 */
export function compileModelPattern(source: string): ModelPattern {
  if (source.length > MAX_MODEL_PATTERN_LENGTH) {
    throw new UnsupportedPattern(
      `the pattern ${JSON.stringify(`${source.slice(0, 40)}…`)} is ${source.length} characters; the limit is ${MAX_MODEL_PATTERN_LENGTH}`
    )
  }
  try {
    // Compiling is safe with any engine; only matching backtracks. Tells a typo from an unsupported feature.
    new RegExp(source)
  } catch (error) {
    throw new UnsupportedPattern(`not a valid regular expression: ${(error as Error).message}`)
  }
  let core = source
  let behind: Assertion | undefined
  let ahead: Assertion | undefined
  const leading = /^\(\?<([!=])/.exec(core)
  if (leading) {
    const end = groupEnd(core, 0)
    if (end === undefined) throw unsupported(source, 'unbalanced parentheses')
    const body = core.slice(leading[0].length, end)
    behind = { negative: leading[1] === '!', pattern: compileRe2(source, `(?:${body})$`) }
    core = core.slice(end + 1)
  }
  const trailing = /\(\?([!=])(?:[^()]|\\[()]|\[[^\]]*\])*\)$/.exec(core)
  if (trailing && groupEnd(core, trailing.index) === core.length - 1) {
    const body = core.slice(trailing.index + 3, -1)
    ahead = { negative: trailing[1] === '!', pattern: compileRe2(source, `^(?:${body})`) }
    core = core.slice(0, trailing.index)
  }
  const compiled = compileRe2(source, core)
  const holds = (assertion: Assertion | undefined, text: string) =>
    !assertion || assertion.pattern.matcher(text).find() !== assertion.negative
  return {
    source,
    matches(text) {
      const found: { start: number; end: number }[] = []
      const matcher = compiled.matcher(text)
      let from = 0
      while (from <= text.length && matcher.find(from)) {
        const start = matcher.start()
        const end = matcher.end()
        const accepted =
          end > start &&
          holds(behind, text.slice(Math.max(0, start - LOOKBEHIND_WINDOW), start)) &&
          holds(ahead, text.slice(end, end + LOOKBEHIND_WINDOW))
        if (accepted) found.push({ start, end })
        // Like matchAll: after a match, on from its end; after a rejected candidate, from the next character.
        from = accepted ? end : start + 1
      }
      return found
    }
  }
}
