import { configChanges, evidenceConfigChange } from '../../src/checks/pull-request/config-change.js'
import { parseConfig } from '../../src/config/load.js'
import type { EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'

const config = (text: string) => parseConfig(text, 'evidence.yml')
const weakening = (base: string, head: string) =>
  configChanges(config(base), config(head))
    .filter((c) => c.weakens)
    .map((c) => c.text)

describe('what a config change weakens', () => {
  test.each([
    ['', 'checks:\n  skip: [github.pr.ai-inventory-drift]\n', ['skips github.pr.ai-inventory-drift']],
    [
      '',
      'checks:\n  branch-protection:\n    min-approvals: 0\n',
      ['lowers checks.branch-protection.min-approvals from 1 to 0']
    ],
    [
      '',
      'checks:\n  dependabot-sla:\n    critical: null\n',
      ['raises checks.dependabot-sla.critical from 7 to no limit']
    ],
    [
      '',
      'ai-inventory:\n  path: docs/elsewhere.yml\n',
      ['moves the AI inventory from .github/ai-inventory.yml to docs/elsewhere.yml']
    ],
    [
      '',
      'ai-inventory:\n  max-assessment-age-days: 9999\n',
      ['raises ai-inventory.max-assessment-age-days from 365 to 9999']
    ],
    [
      'ai-inventory:\n  providers:\n    - id: acme-llm\n      name: Acme\n      vendor: Acme\n      packages: { npm: [acme-llm] }\n',
      '',
      ['removes AI provider acme-llm']
    ],
    [
      'ai-inventory:\n  providers:\n    - id: openai\n      packages: { npm: [acme-openai] }\n      models: ["acme-gpt"]\n',
      'ai-inventory:\n  providers:\n    - id: openai\n',
      [
        'removes packages npm acme-openai from AI provider openai',
        'removes model patterns acme-gpt from AI provider openai'
      ]
    ],
    [
      '',
      'ai-inventory:\n  providers:\n    - id: openai\n      name: OpenAI\n      vendor: OpenAI\n      replace: true\n',
      ['replaces the built-in AI provider openai (its shipped packages and models no longer count)']
    ],
    [
      'models:\n  thresholds: ["accuracy >= 0.9"]\n',
      '',
      ['drops the evaluation thresholds "accuracy >= 0.9"']
    ],
    ['aws:\n  enabled: true\n', '', ['turns AWS evidence off']],
    ['', 'aws:\n  password-min-length: 8\n', ['lowers aws.password-min-length from 14 to 8']],
    ['', 'aws:\n  backup-rpo-hours: 72\n', ['raises aws.backup-rpo-hours from 32 to 72']],
    [
      '',
      'aws:\n  rds-backup-retention-min-days: 1\n',
      ['lowers aws.rds-backup-retention-min-days from 7 to 1']
    ],
    [
      '',
      'controls:\n  iso27001-2022:\n    A.8.32:\n      applicable: false\n      justification: not us\n',
      ['marks iso27001-2022 A.8.32 not applicable']
    ],
    [
      '',
      'mappings:\n  github.pr.ai-inventory-drift:\n    replace: { iso42001-2023: [] }\n',
      ['replaces the controls github.pr.ai-inventory-drift gives evidence for']
    ],
    ['checks:\n  skip: [github.pr.ai-inventory-drift]\n', '', []],
    ['', 'checks:\n  branch-protection:\n    min-approvals: 2\n', []],
    ['', 'ai-inventory:\n  providers:\n    - id: openai\n      models: ["acme-gpt"]\n', []]
  ])('%j → %j', (base, head, expected) => {
    expect(weakening(base, head)).toEqual(expected)
  })
})

describe('github.pr.evidence-config-change', () => {
  const evaluate = (base: string | undefined, head: string | undefined, extra: object = {}) => {
    const pr = { repository: 'acme/app', number: 7, baseRef: 'main' }
    const records: EvidenceRecord[] = [
      {
        path: 'pr.json',
        source: 'github',
        subject: 'github:acme/app#7',
        kind: 'github.pull-request',
        requests: [],
        data: pr
      },
      {
        path: 'config.json',
        source: 'github',
        subject: 'github:acme/app#7',
        kind: 'github.pull-request-config',
        requests: [],
        data: {
          path: '.github/evidence.yml',
          baseRef: 'main',
          baseSha: 'b',
          headSha: 'h',
          base,
          head,
          ...extra
        }
      }
    ]
    return evidenceConfigChange.evaluate({
      evidence: new EvidenceIndex(records),
      config: config(base ?? ''),
      period: { start: '2026-01-01T00:00:00Z', end: '2026-01-02T00:00:00Z', expression: 'pull-request' }
    })[0]!
  }

  test('unchanged: not applicable', () => {
    expect(evaluate('period: P1D\n', 'period: P1D\n').status).toBe('not_applicable')
  })
  test('removing the config falls back to defaults: weaker than a stricter base', () => {
    const result = evaluate('checks:\n  branch-protection:\n    min-approvals: 2\n', undefined)
    expect(result.status).toBe('fail')
    expect(result.message).toContain('removes .github/evidence.yml')
  })
  test('an invalid head config fails at its line', () => {
    const result = evaluate(undefined, 'checks:\n  skipp: []\n')
    expect(result).toMatchObject({ status: 'fail', locations: [{ path: '.github/evidence.yml', line: 2 }] })
  })
  test('a head config over the limit is an error naming the limit', () => {
    expect(evaluate(undefined, undefined, { headBytes: 5_000_000 }).message).toContain(
      'over the limit of 1 MiB'
    )
  })
  test('a tightening change passes and says so', () => {
    const result = evaluate('', 'checks:\n  branch-protection:\n    min-approvals: 2\n')
    expect(result.status).toBe('pass')
    expect(result.message).toContain('raises checks.branch-protection.min-approvals from 1 to 2')
  })
})
