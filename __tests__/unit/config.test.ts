import { parseConfig } from '../../src/config/load.js'
import { resolvePeriod } from '../../src/config/period.js'

describe('config', () => {
  test('an empty file gives the defaults', () => {
    const config = parseConfig('', '.github/evidence.yml')
    expect(config.checks['pr-review']['min-approvals']).toBe(1)
    expect(config.checks['dependabot-sla']).toEqual({ critical: 7, high: 30, medium: 90, low: null })
  })

  test.each([
    [
      'checks:\n  pr-review:\n    min-approvals: two\n',
      '.github/evidence.yml:3: checks.pr-review.min-approvals: expected a number, got "two"'
    ],
    [
      'checks:\n  pr-review:\n    min-approvals: -1\n',
      '.github/evidence.yml:3: checks.pr-review.min-approvals: expected a number ≥ 0, got -1'
    ],
    ['checks:\n  pr-reveiw: {}\n', '.github/evidence.yml:2: checks: unknown key "pr-reveiw"'],
    ['period: [P1D]\n', '.github/evidence.yml:1: period: expected a string, got a list'],
    ['checks: [\n', '.github/evidence.yml:2:1: invalid YAML'],
    [
      'controls:\n  iso27001-2022:\n    A.7.4:\n      applicable: false\n',
      'controls.iso27001-2022.A.7.4.justification: expected a justification'
    ]
  ])('%j is refused with file, line, path, expected and found', (text, message) => {
    expect(() => parseConfig(text, '.github/evidence.yml')).toThrow(message)
  })
})

describe('period', () => {
  const end = new Date('2026-11-25T00:00:00Z')
  test.each([
    ['P1D', '2026-11-24T00:00:00.000Z'],
    ['P90D', '2026-08-27T00:00:00.000Z'],
    ['PT12H', '2026-11-24T12:00:00.000Z'],
    ['p1w', '2026-11-18T00:00:00.000Z']
  ])('%s', (expression, start) => {
    expect(resolvePeriod(expression, end)).toMatchObject({ start, end: end.toISOString() })
  })
  test.each(['P', '1D', 'P1M', 'P0D', 'yesterday'])('%s is refused', (expression) => {
    expect(() => resolvePeriod(expression, end)).toThrow('expected an ISO 8601 duration')
  })
})
