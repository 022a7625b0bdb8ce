import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { withCheckTables } from '../../scripts/check-table.js'
import { ALL_CHECKS } from '../../src/checks/index.js'

/** The README's check reference is generated from the checks' metadata; it must not drift from it. */
const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8')

test('README.md check reference matches the checks metadata (run `npm run docs` to regenerate)', () => {
  expect(readme).toBe(withCheckTables(readme))
})

test('every check has complete metadata', () => {
  const ids = ALL_CHECKS.map((check) => check.metadata.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const { metadata } of ALL_CHECKS) {
    expect(metadata).toMatchObject({
      id: expect.stringMatching(/^[a-z0-9]+(\.[a-z0-9-]+)+$/),
      title: expect.any(String),
      severity: expect.stringMatching(/^(critical|high|medium|low)$/),
      rationale: expect.any(String),
      remediation: expect.any(String)
    })
    expect(Number.isInteger(metadata.version) && metadata.version >= 1).toBe(true)
    expect(metadata.evidenceKinds.length).toBeGreaterThan(0)
    expect(readme).toContain(`\`${metadata.id}\``)
  }
})
