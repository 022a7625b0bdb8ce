import { readFile } from 'node:fs/promises'
import {
  aiInventoryJsonSchema,
  coverage,
  parseInventory,
  sameModel,
  type Inventory
} from '../../src/ai/inventory.js'
import type { Provider } from '../../src/ai/providers.js'

const FILE = '.github/ai-inventory.yml'

const VALID = `# yaml-language-server: $schema=../schemas/ai-inventory.schema.json
systems:
  - id: churn-predictor
    name: Churn predictor
    purpose: Predicts which customers are likely to cancel
    owner: ml-team
    vendor: internal
    providers: [openai]
    models: [gpt-4o, churn-xgb]
    packages: [openai]
    data-categories: [customer-usage]
    impact-assessment:
      reference: IA-2026-014
      date: 2026-03-02
    status: production
  - id: support-bot
    name: Support assistant
    purpose: Drafts answers to support tickets
    owner: support
    vendor: anthropic
    models: ['claude-sonnet-4*']
    status: development
`

function parsed(text: string): Inventory {
  const result = parseInventory(text, FILE)
  if ('errors' in result) throw new Error(result.errors.map((e) => e.text).join('\n'))
  return result.inventory
}

function errors(text: string, options?: { providerIds?: string[] }): string[] {
  const result = parseInventory(text, FILE, options)
  return 'errors' in result ? result.errors.map((e) => e.text) : []
}

describe('parseInventory', () => {
  test('a valid inventory', () => {
    const inventory = parsed(VALID)
    expect(inventory.systems.map((s) => s.id)).toEqual(['churn-predictor', 'support-bot'])
    expect(inventory.systems[0]!['impact-assessment']).toEqual({
      reference: 'IA-2026-014',
      date: '2026-03-02'
    })
    expect(inventory.systems[1]!['impact-assessment']).toBeUndefined()
  })

  test.each([
    [
      'missing impact-assessment.date: the line of impact-assessment',
      VALID.replace('      date: 2026-03-02\n', ''),
      `${FILE}:12: systems.0.impact-assessment.date: expected an ISO date (YYYY-MM-DD), got nothing`
    ],
    [
      'a date that is not ISO',
      VALID.replace('2026-03-02', '02/03/2026'),
      `${FILE}:14: systems.0.impact-assessment.date: expected an ISO date (YYYY-MM-DD), got "02/03/2026"`
    ],
    [
      'a date that does not exist',
      VALID.replace('2026-03-02', '2026-02-30'),
      `${FILE}:14: systems.0.impact-assessment.date: expected a real calendar date (YYYY-MM-DD)`
    ],
    [
      'a date as a number',
      VALID.replace('2026-03-02', '20260302'),
      `${FILE}:14: systems.0.impact-assessment.date: expected an ISO date (YYYY-MM-DD), got 20260302`
    ],
    [
      'an unknown key, on its own line',
      VALID.replace('    owner: support\n', '    owner: support\n    ower: support\n'),
      `${FILE}:20: systems.1: unknown key "ower" (check the spelling; see ai-inventory.schema.json)`
    ],
    [
      'camelCase instead of kebab-case',
      VALID.replace('data-categories', 'dataCategories'),
      `${FILE}:11: systems.0: unknown key "dataCategories"`
    ],
    [
      'a bad status',
      VALID.replace('status: development', 'status: live'),
      `${FILE}:22: systems.1.status: expected one of "production", "development", "retired", got "live"`
    ],
    [
      'models not a list',
      VALID.replace('models: [gpt-4o, churn-xgb]', 'models: gpt-4o'),
      `${FILE}:9: systems.0.models: expected a list, got "gpt-4o"`
    ],
    [
      'a missing required field: the line of the system',
      VALID.replace('    owner: ml-team\n', ''),
      `${FILE}:3: systems.0.owner: expected a string, got nothing`
    ],
    [
      'duplicate system ids',
      VALID.replace('id: support-bot', 'id: churn-predictor'),
      `${FILE}:16: systems.1.id: duplicate system id "churn-predictor"`
    ],
    ['no systems key', 'system: []\n', `${FILE}:1: (top level): unknown key "system"`],
    ['YAML syntax error', 'systems:\n  - id: [x\n', `${FILE}:3:1: invalid YAML`],
    ['duplicate keys', 'systems: []\nsystems: []\n', `${FILE}:2:1: invalid YAML: Map keys must be unique`]
  ])('%s', (_label, text, message) => {
    const found = errors(text)
    expect(found.join('\n')).toContain(message)
  })

  test('every error is returned, not just the first', () => {
    const text = VALID.replace('status: live', '')
      .replace('2026-03-02', 'soon')
      .replace('status: development', 'status: x')
    expect(errors(text)).toHaveLength(2)
  })

  test('provider ids are checked against the catalog when given', () => {
    expect(errors(VALID, { providerIds: ['openai', 'anthropic'] })).toEqual([])
    expect(
      errors(VALID.replace('providers: [openai]', 'providers: [opnai]'), { providerIds: ['openai'] })
    ).toEqual([
      `${FILE}:8: systems.0.providers.0: expected a provider id (openai), got "opnai" (did you mean "openai"?)`
    ])
  })

  test('never throws for bad input', () => {
    for (const text of ['', '---\n', 'null', '42', '[1, 2]', 'systems: 3', '\t\u0000', 'systems:\n  - 7\n']) {
      expect(() => parseInventory(text, FILE)).not.toThrow()
      expect('errors' in parseInventory(text, FILE)).toBe(true)
    }
  })
})

describe('coverage', () => {
  const openai: Provider = { id: 'openai', name: 'OpenAI API', vendor: 'OpenAI', packages: {}, models: [] }
  const anthropic: Provider = {
    id: 'anthropic',
    name: 'Anthropic API',
    vendor: 'Anthropic',
    packages: {},
    models: []
  }
  const google: Provider = { id: 'google', name: 'Google Gemini', vendor: 'Google', packages: {}, models: [] }
  const inventory = parsed(VALID)
  const now = new Date('2026-06-01T12:00:00Z') // 91 days after 2026-03-02

  test('covered: package of a provider the system uses, with a fresh assessment', () => {
    const result = coverage(inventory, { provider: openai, packageName: 'openai' }, now, 365)
    expect(result).toMatchObject({ covered: true, system: { id: 'churn-predictor' } })
    expect(result.problem).toBeUndefined()
    expect(result.message).toBe(
      'package "openai" (OpenAI API) is covered by AI system "churn-predictor" (impact assessment IA-2026-014, 2026-03-02)'
    )
  })

  test('covered: a listed model, also as a dated snapshot of it', () => {
    expect(coverage(inventory, { provider: openai, model: 'gpt-4o' }, now, 365).covered).toBe(true)
    expect(coverage(inventory, { provider: openai, model: 'gpt-4o-2024-08-06' }, now, 365).covered).toBe(true)
  })

  test('not inventoried: a provider no system uses', () => {
    expect(coverage(inventory, { provider: google, packageName: '@google/genai' }, now, 365)).toEqual({
      covered: false,
      problem: 'not-inventoried',
      message: 'package "@google/genai" (Google Gemini) is not covered by any AI system in the inventory'
    })
  })

  test('not inventoried: another model of a provider in use names the systems using the provider', () => {
    const result = coverage(inventory, { provider: openai, model: 'gpt-4o-mini' }, now, 365)
    expect(result).toMatchObject({ covered: false, problem: 'not-inventoried' })
    expect(result.message).toContain('systems using openai: "churn-predictor"')
  })

  test('not inventoried: only a retired system lists it', () => {
    const retired = parsed(VALID.replace('status: production', 'status: retired'))
    const result = coverage(retired, { provider: openai, packageName: 'openai' }, now, 365)
    expect(result).toMatchObject({ covered: false, problem: 'not-inventoried' })
    expect(result.message).toContain('only retired system "churn-predictor" lists it')
  })

  test('assessment stale: older than maxAgeDays', () => {
    const result = coverage(inventory, { provider: openai, packageName: 'openai' }, now, 90)
    expect(result).toMatchObject({
      covered: false,
      problem: 'assessment-stale',
      system: { id: 'churn-predictor' },
      message:
        'package "openai" (OpenAI API) is used by AI system "churn-predictor", whose impact assessment IA-2026-014 (2026-03-02) is 91 days old, more than 90'
    })
    expect(coverage(inventory, { provider: openai, packageName: 'openai' }, now, 91).covered).toBe(true)
  })

  test('no impact assessment', () => {
    const result = coverage(inventory, { provider: anthropic, model: 'claude-sonnet-4-5-20250929' }, now, 365)
    expect(result).toEqual({
      covered: false,
      system: expect.objectContaining({ id: 'support-bot' }),
      problem: 'no-impact-assessment',
      message:
        'model "claude-sonnet-4-5-20250929" (Anthropic API) is used by AI system "support-bot", which has no impact assessment'
    })
  })

  test('the freshest assessment among the systems that match wins', () => {
    const two = parsed(
      VALID.replace('    vendor: anthropic\n', '    vendor: anthropic\n    providers: [openai]\n').replace(
        '    status: development\n',
        '    status: development\n    impact-assessment: { reference: IA-2026-050, date: 2026-05-20 }\n'
      )
    )
    expect(coverage(two, { provider: openai, packageName: 'openai' }, now, 30)).toMatchObject({
      covered: true,
      system: { id: 'support-bot' }
    })
  })

  test.each([
    ['gpt-4o', 'gpt-4o-2024-08-06', true],
    ['gpt-4o', 'gpt-4o-mini', false],
    ['gpt-3.5-turbo', 'gpt-3.5-turbo-0125', true],
    ['claude-3-5-sonnet', 'anthropic.claude-3-5-sonnet-20240620-v1:0', true],
    ['claude-sonnet-4*', 'claude-sonnet-4-5', true],
    ['o1', 'o1-preview', false],
    ['mistral-large', 'mistral-large-latest', true]
  ])('sameModel(%j, %j) is %s', (entry, model, expected) => {
    expect(sameModel(entry, model)).toBe(expected)
  })
})

test('the committed JSON Schema matches the zod schema (run `npx tsx scripts/generate-ai-inventory-schema.ts`)', async () => {
  const committed = JSON.parse(
    await readFile(new URL('../../schemas/ai-inventory.schema.json', import.meta.url), 'utf8')
  )
  expect(committed).toEqual(JSON.parse(JSON.stringify(aiInventoryJsonSchema())))
})
