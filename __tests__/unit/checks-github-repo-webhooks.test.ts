import { repoWebhooksSecure as check } from '../../src/checks/github/repo-webhooks-secure.js'
import { GITHUB_EVIDENCE } from '../../src/evidence/github.js'
import type { OrgWebhook } from '../../src/evidence/github-org.js'
import type { EvidenceRecord } from '../../src/model.js'
import { createGitHubClient } from '../../src/sources/github/client.js'
import { evidencePath, repoSubject } from '../../src/sources/github/evidence-kinds.js'
import { collectRepoWebhooks, maskUrlSecrets } from '../../src/sources/github/repo-webhooks.js'
import { collectGitHub } from '../../src/sources/github/collect.js'
import { context } from '../fixtures/github-evidence.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'

const REPO = 'octocat/hello-world'

function hooks(data: unknown, error?: EvidenceRecord['error']): EvidenceRecord {
  return {
    path: evidencePath(REPO, 'webhooks'),
    source: 'github',
    subject: repoSubject(REPO),
    kind: GITHUB_EVIDENCE.repoWebhooks,
    requests: [],
    ...(data !== undefined ? { data } : {}),
    ...(error ? { error } : {})
  }
}
const hook = (id: number, config: OrgWebhook['config'], active = true): OrgWebhook => ({
  id,
  name: 'web',
  active,
  events: ['push'],
  config
})
const SIGNED = { url: 'https://ci.example/hook', insecure_ssl: '0', secret: '********' }

describe('github.repo.webhooks-secure', () => {
  test.each([
    [
      'every hook verified and signed',
      [hook(1, SIGNED), hook(2, { ...SIGNED, insecure_ssl: 0 })],
      'pass',
      /2 repository webhook\(s\), each with TLS/
    ],
    [
      'TLS verification off',
      [hook(1, { ...SIGNED, insecure_ssl: '1' })],
      'fail',
      /#1 https:\/\/ci\.example\/hook \(TLS verification disabled\)/
    ],
    ['plain http', [hook(1, { ...SIGNED, url: 'http://ci.example/hook' })], 'fail', /plain http URL/],
    [
      'no secret, inactive',
      [hook(1, { url: 'https://x.example/', insecure_ssl: '0' }, false)],
      'fail',
      /#1 https:\/\/x\.example\/ \(inactive\) \(no secret\)/
    ],
    [
      'one of two',
      [hook(1, SIGNED), hook(2, { url: 'https://y.example/' })],
      'fail',
      /^1 of 2 repository webhook/
    ],
    ['no hooks', [], 'not_applicable', /no webhooks/],
    ['not a list', { message: 'Not Found' }, 'error', /without a list/]
  ])('%s', (_name, data, status, message) => {
    const [finding] = check.evaluate(context([hooks(data)]))
    expect(finding).toMatchObject({ subject: repoSubject(REPO), status })
    expect(finding!.message).toMatch(message)
  })

  test('a refused listing is error naming the permission, never a pass', () => {
    const [finding] = check.evaluate(
      context([
        hooks(undefined, {
          status: 403,
          message: 'GET /repos/octocat/hello-world/hooks was refused (403): the token lacks webhooks: read.',
          missingPermission: 'webhooks: read'
        })
      ])
    )
    expect(finding).toMatchObject({ status: 'error' })
    expect(finding!.message).toMatch(/webhooks: read/)
  })

  test('no record is error', () => {
    expect(check.evaluate(context([]))[0]).toMatchObject({ status: 'error' })
  })
})

describe('credentials in a Payload URL are masked before they are recorded', () => {
  test.each([
    ['https://atlantis.example/events?token=s3cr3t&x=1', 'https://atlantis.example/events?token=***&x=***'],
    ['https://bot:hunter2@ci.example/hook', 'https://***:***@ci.example/hook'],
    ['https://ci.example/hook', 'https://ci.example/hook'],
    ['not a url', 'not a url']
  ])('%s', (url, masked) => {
    expect(maskUrlSecrets(url)).toBe(masked)
  })
})

describe('collected from the simulator', () => {
  let sim: GitHubSimulator
  beforeAll(async () => {
    sim = await startGitHubSimulator({
      orgs: [demoOrg(new Date())],
      tokens: [
        { value: 'ghs_admin_token', admin: true },
        { value: 'ghs_member_token', admin: false }
      ]
    })
  })
  afterAll(() => sim.close())
  const client = (token: string) =>
    createGitHubClient({ token, apiUrl: sim.url, graphqlUrl: sim.graphqlUrl, rateLimitBudgetSeconds: 5 })

  test('the demo’s insecure Atlantis hook fails, and its query token is not in the evidence', async () => {
    const record = await collectRepoWebhooks(client('ghs_admin_token'), 'acme-corp/infra-terraform')
    expect(JSON.stringify(record)).not.toContain('PLANTED')
    const data = record.data as OrgWebhook[]
    expect(data.map((h) => h.config.url)).toEqual([
      'https://atlantis.internal.acme-corp.example/events?token=***',
      'https://hooks.slack.example/services/T000/B000'
    ])
    const [finding] = check.evaluate(
      context([{ ...record, path: evidencePath(REPO, 'webhooks'), subject: repoSubject(REPO) }])
    )
    expect(finding).toMatchObject({ status: 'fail' })
    expect(finding!.message).toContain(
      '#470001 https://atlantis.internal.acme-corp.example/events?token=*** (TLS verification disabled, no secret)'
    )
  })

  test('without the permission: an error naming it, not "no webhooks"', async () => {
    const record = await collectRepoWebhooks(client('ghs_member_token'), 'acme-corp/infra-terraform')
    expect(record.data).toBeUndefined()
    expect(record.error).toMatchObject({ status: 403 })
    expect(record.error!.message).toMatch(/webhooks: read|repository_hooks=read/)
  })

  test('each active repository is asked once; with the check skipped, none is', async () => {
    const period = {
      start: new Date(Date.now() - 86_400_000).toISOString(),
      end: new Date().toISOString(),
      expression: 'P1D'
    }
    const hookRequests = () =>
      sim.requests.filter((r) => /\/hooks(\?|$)/.test(r.path) && r.path.startsWith('/repos/'))
    for (const repoWebhooks of [true, false]) {
      sim.resetLog()
      const records: EvidenceRecord[] = []
      await collectGitHub(
        client('ghs_admin_token'),
        { add: async (r) => void records.push(r) },
        { scope: ['acme-corp/*'], period, repoWebhooks }
      )
      const kinds = records.filter((r) => r.kind === GITHUB_EVIDENCE.repoWebhooks)
      expect({ repoWebhooks, asked: hookRequests().length, recorded: kinds.length }).toEqual(
        repoWebhooks ? { repoWebhooks, asked: 12, recorded: 12 } : { repoWebhooks, asked: 0, recorded: 0 }
      )
    }
  })
})
