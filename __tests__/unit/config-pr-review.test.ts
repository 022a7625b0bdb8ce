import { parseConfig } from '../../src/config/load.js'
import { durationMs } from '../../src/config/period.js'

describe('checks.pr-review population options', () => {
  test('defaults: the default branch only, a one-hour search lag, no extra bot accounts', () => {
    expect(parseConfig('', '.github/evidence.yml').checks['pr-review']).toEqual({
      'min-approvals': 1,
      branches: [],
      'search-lag': 'PT1H',
      'bot-accounts': []
    })
  })

  test('a search lag that is not a duration names the path, what was expected and what was found', () => {
    expect(() => parseConfig('checks:\n  pr-review:\n    search-lag: 1h\n', '.github/evidence.yml')).toThrow(
      '.github/evidence.yml:3: checks.pr-review.search-lag: expected an ISO 8601 duration such as "PT1H" or "PT0M", got "1h"'
    )
  })

  test.each([
    ['PT1H', 3_600_000],
    ['PT0M', 0],
    ['P1DT30M', 86_400_000 + 1_800_000],
    ['pt15m', 900_000],
    ['PT', undefined],
    ['P1M', undefined]
  ])('durationMs(%s) = %s', (text, ms) => {
    expect(durationMs(text)).toBe(ms)
  })
})
