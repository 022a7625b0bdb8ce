import { compileModelPattern, UnsupportedPattern } from '../../src/ai/model-patterns.js'
import { loadAiProviders } from '../../src/ai/providers.js'
import { InputError } from '../../src/config/errors.js'
import { parseConfig } from '../../src/config/load.js'

const configWith = (pattern: string) =>
  `ai-inventory:\n  providers:\n    - id: openai\n      models: [${JSON.stringify(pattern)}]\n`

describe('model patterns run in linear time', () => {
  test('(a|a)+$ over 50,000 characters completes at once (a backtracking engine needs minutes for 40)', () => {
    const pattern = compileModelPattern('(a|a)+$')
    const started = performance.now()
    expect(pattern.matches(`${'a'.repeat(50_000)}!`)).toEqual([])
    expect(pattern.matches('a'.repeat(40))).toEqual([{ start: 0, end: 40 }])
    expect(performance.now() - started).toBeLessThan(2000)
  })

  test.each(['(a+)+b', '(x+x+)+y', '(.*a){12}', '([a-z]+)*\\d'])(
    '%s on hostile input stays fast',
    (source) => {
      const pattern = compileModelPattern(source)
      const started = performance.now()
      pattern.matches('a'.repeat(5000) + 'x'.repeat(5000))
      expect(performance.now() - started).toBeLessThan(2000)
    }
  )

  test('the config accepts (a|a)+$: it is safe on RE2', () => {
    expect(() => parseConfig(configWith('(a|a)+$'), '.github/evidence.yml')).not.toThrow()
  })
})

describe('what RE2 cannot run is refused at config load, naming the pattern', () => {
  test.each([
    ['gpt-(?=4)\\w+', 'lookahead in the middle'],
    ['(gpt)-\\1', 'backreference'],
    ['x(?<=y)z', 'lookbehind in the middle'],
    ['a'.repeat(501), 'over the length limit']
  ])('%s (%s)', (source) => {
    let message = ''
    try {
      parseConfig(configWith(source), '.github/evidence.yml')
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      message = (error as Error).message
    }
    expect(message).toMatch(
      /^\.github\/evidence\.yml:4: ai-inventory\.providers\.0\.models\.0: the pattern "/
    )
    expect(message).toContain(JSON.stringify(source).slice(0, 30))
  })

  test('a typo is "not a valid regular expression"', () => {
    expect(() => compileModelPattern('gpt-(4')).toThrow(UnsupportedPattern)
    expect(() => compileModelPattern('gpt-(4')).toThrow(/not a valid regular expression/)
  })
})

describe('boundary lookarounds at the ends: same matches as JavaScript', () => {
  const corpus = [
    'model: gpt-4o-2024-08-06\nfallback: "gpt-4o-mini"\nnot: xgpt-4o, gpt-4o_x, gpt-4o-',
    'claude-3-5-sonnet-20241022 claude-sonnet-4-5 anthropic.claude-3-haiku-20240307-v1:0',
    'o1 o3-mini o1-preview o4-mini-2025-04-16 foo/o1 o1.x o1.5 "o3"',
    'gemini-2.0-flash gemini-pro text-embedding-004 textembedding-gecko@003',
    'llama3.2:3b Llama-3.1-8B-Instruct meta.llama3-70b-instruct-v1:0 mistral-large-latest',
    'é😀 gpt-4o 😀é qwen2.5 deepseek-r1 grok-2 command-r-plus all-MiniLM-L6-v2'
  ]

  test('every shipped pattern finds exactly what JavaScript finds', async () => {
    const catalog = await loadAiProviders()
    for (const provider of catalog.providers) {
      for (const source of provider.models) {
        const ours = compileModelPattern(source)
        for (const text of corpus) {
          const expected = [...text.matchAll(new RegExp(source, 'g'))].map((m) => ({
            start: m.index,
            end: m.index + m[0].length
          }))
          expect({ source, text, found: ours.matches(text) }).toEqual({ source, text, found: expected })
        }
      }
    }
  })
})
