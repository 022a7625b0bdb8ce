import { codeMarkdown, escapeMarkdown, logValue, plainText } from '../../src/report/escape.js'

/** Values a hostile pull request can put in a file name, package name, action reference, model id or title. */
const HOSTILE = [
  '<details open><summary>All clear</summary>',
  '</details><img src=x onerror=alert(1)>',
  '<!-- hide the rest',
  '![tracking pixel](https://evil.example/p.png)',
  '[click me](javascript:alert(1))',
  '[^1]: footnote',
  '@octocat please approve',
  '@acme-corp/security-team',
  'fixes #123',
  '`code` and ``double`` and a lone `',
  'a | b | c',
  '**bold** _em_ ~~strike~~',
  '$\\color{red}{FAIL}$',
  '# Heading',
  '> quote',
  '- list item',
  '1. ordered',
  'line one\nline two\r\n::error::injected',
  'name\u202Egnp.exe',
  'bell\u0007 and nul\u0000',
  '\\`escaped\\`',
  '&lt;already&gt; &amp;'
]

describe('escapeMarkdown: a hostile corpus renders as literal text', () => {
  test.each(HOSTILE)('%j', (value) => {
    const out = escapeMarkdown(value)
    expect(out).not.toMatch(/[\n\r]/)
    expect(out).not.toMatch(/</)
    expect(out).not.toMatch(/(?<!\\)[`|*_~$[\]]/)
    expect(out).not.toMatch(/@[\w-]/)
    expect(out).not.toMatch(/#\d/)
    expect(out).not.toMatch(/^\s*(?:[#>+=-]|\d+[.)])/)
    // eslint-disable-next-line no-control-regex -- asserting that controls are gone
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0000-\u0008]/)
    // Nothing is lost but controls: the words are all still there.
    for (const word of value.match(/[A-Za-z]{3,}/g) ?? []) expect(out).toContain(word)
  })

  test('entity-encodes HTML and backslash-escapes Markdown', () => {
    expect(escapeMarkdown('<b>x</b> & y')).toBe('&lt;b&gt;x&lt;/b&gt; &amp; y')
    expect(escapeMarkdown('a|b`c')).toBe('a\\|b\\`c')
    expect(escapeMarkdown('@anthropic-ai/sdk')).toBe('@\u200Banthropic-ai/sdk')
  })

  test('ordinary names stay readable', () => {
    expect(escapeMarkdown('package.json:12')).toBe('package.json:12')
    expect(escapeMarkdown('gpt-4o-2024-08-06')).toBe('gpt-4o-2024-08-06')
    expect(codeMarkdown('.github/workflows/ci.yml:8')).toBe('<code>.github/workflows/ci.yml:8</code>')
  })
})

describe('plainText', () => {
  test('one line, no controls or bidi overrides, bounded', () => {
    expect(plainText('a\nb\u202Ec\u0007')).toBe('a bc')
    expect(plainText('x'.repeat(100), { max: 10 })).toHaveLength(10)
  })

  test('SARIF: embedded links are escaped (SARIF 2.1.0 §3.11.6)', () => {
    expect(plainText('[text](1) and \\', { sarif: true })).toBe('\\[text\\](1) and \\\\')
  })
})

describe('logValue: no workflow command from an untrusted value', () => {
  test.each([
    'title\n::add-mask::x',
    'title\r\n::set-output name=a::b',
    '::stop-commands::token',
    '100% %0A'
  ])('%j', (value) => {
    const out = logValue(value)
    expect(out).not.toMatch(/[\r\n]/)
    expect(out).not.toContain('::')
  })

  test('escapes like @actions/core command data', () => {
    expect(logValue('50%\r\n')).toBe('50%25%0D%0A')
  })
})
