import { GITHUB_EVIDENCE } from '../../src/evidence/github.js'
import { GITHUB_ORG_EVIDENCE, type AuditLogEvent } from '../../src/evidence/github-org.js'
import type { EvaluationPeriod, EvidenceRecord } from '../../src/model.js'
import type { SealedRecord } from '../../src/sources/github/activity-carry.js'
import { createGitHubClient } from '../../src/sources/github/client.js'
import { collectGitHub } from '../../src/sources/github/collect.js'
import { evidencePath, repoSubject } from '../../src/sources/github/evidence-kinds.js'
import {
  AUDIT_LOG_LAG_MS,
  carryWebhooks,
  WEBHOOKS_MAX_AGE_MS,
  type RepoEventsLog,
  type WebhooksCarryInput
} from '../../src/sources/github/webhooks-carry.js'
import type { PreviousBundle } from '../../src/store/previous-bundle.js'
import { defaultGovernance } from '../support/github-org-sim.js'
import { demoOrg, type SimOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'

const HOUR = 3_600_000
const NOW = Date.now()
const REPO = 'acme-corp/payments-api'
const BUNDLE = { key: 'acme-corp/2026/12/01/20261201T020000Z-1', manifestSha256: 'a'.repeat(64) }
const LAST_NIGHT = NOW - 24 * HOUR

function listing(fields: Partial<EvidenceRecord> = {}, readAt = LAST_NIGHT): SealedRecord {
  return {
    record: {
      path: evidencePath(REPO, 'webhooks'),
      source: 'github',
      subject: repoSubject(REPO),
      kind: GITHUB_EVIDENCE.repoWebhooks,
      requests: [
        { method: 'GET', path: `/repos/${REPO}/hooks`, time: new Date(readAt).toISOString(), status: 200 }
      ] as EvidenceRecord['requests'],
      data: [{ id: 1, config: { url: 'https://ci.example/hook', insecure_ssl: '0', secret: '********' } }],
      notes: { repositoryId: 7 },
      ...fields
    },
    sha256: 'b'.repeat(64)
  }
}
const event = (action: string, at: number, fields: Partial<AuditLogEvent> = {}): AuditLogEvent => ({
  '@timestamp': at,
  action,
  actor: 'mallory',
  ...fields
})
function input(events: AuditLogEvent[] | undefined, fields: Partial<WebhooksCarryInput> = {}) {
  const log: RepoEventsLog | undefined = events && {
    path: 'evidence/github-org/acme-corp/audit-log-repo-events.json',
    from: Date.parse(new Date(LAST_NIGHT - 2 * AUDIT_LOG_LAG_MS).toISOString().slice(0, 10)),
    readAt: NOW,
    events
  }
  return { fullName: REPO, repositoryId: 7, events: log, bundle: BUNDLE, nowMs: NOW, ...fields }
}

describe('a repository webhook listing carried forward on the audit log', () => {
  test('carried: no request, the same listing, and where it came from', () => {
    const previous = listing()
    const decision = carryWebhooks(
      previous,
      input([event('hook.create', NOW - HOUR, { repo: 'acme-corp/other' })])
    )
    expect(decision).toEqual({
      carried: {
        ...previous.record,
        requests: [],
        notes: {
          repositoryId: 7,
          carriedFrom: {
            bundle: BUNDLE.key,
            manifestSha256: BUNDLE.manifestSha256,
            path: previous.record.path,
            sha256: previous.sha256,
            readAt: new Date(LAST_NIGHT).toISOString(),
            through: new Date(NOW - AUDIT_LOG_LAG_MS).toISOString(),
            auditLog: 'evidence/github-org/acme-corp/audit-log-repo-events.json'
          }
        }
      }
    })
  })

  test('carried again, it keeps the night GitHub was asked', () => {
    const first = carryWebhooks(listing(), input([]))
    if (!('carried' in first)) throw new Error(first.reason)
    const again = carryWebhooks(
      { record: first.carried, sha256: 'c'.repeat(64) },
      input([], { nowMs: NOW + 24 * HOUR })
    )
    if (!('carried' in again)) throw new Error(again.reason)
    expect(again.carried.notes).toMatchObject({ carriedFrom: { readAt: new Date(LAST_NIGHT).toISOString() } })
  })

  test.each([
    ['no previous listing', undefined, input([]), 'no webhook listing'],
    [
      'an error recorded',
      listing({ error: { message: 'refused' }, data: undefined }),
      input([]),
      'no complete listing'
    ],
    [
      'another kind at the path',
      listing({ kind: GITHUB_EVIDENCE.pullRequests }),
      input([]),
      'no complete listing'
    ],
    ['another repository of the name', listing(), input([], { repositoryId: 8 }), 'not of the repository'],
    ['no repository id recorded', listing({ notes: {} }), input([]), 'not of the repository'],
    ['no time of reading', listing({ requests: [] }), input([]), 'does not say when'],
    ['older than a week', listing({}, NOW - WEBHOOKS_MAX_AGE_MS - 1), input([]), 'older than the longest'],
    ['no audit log (not Enterprise Cloud, or refused)', listing(), input(undefined), 'could not be read'],
    [
      'an audit log from after the listing',
      listing(),
      { ...input([]), events: { path: 'x', from: LAST_NIGHT, readAt: NOW, events: [] } },
      'does not reach back'
    ],
    [
      'a webhook created',
      listing(),
      input([event('hook.create', NOW - 2 * HOUR, { repo: REPO })]),
      'records a change'
    ],
    [
      'a webhook changed, case aside',
      listing(),
      input([event('hook.config_changed', NOW - 2 * HOUR, { repo: REPO.toUpperCase() })]),
      'records a change'
    ],
    [
      'renamed from this name',
      listing(),
      input([
        event('repo.rename', NOW - 2 * HOUR, {
          repo: 'acme-corp/payments',
          old_name: 'payments-api'
        } as Partial<AuditLogEvent>)
      ]),
      'records a change'
    ],
    [
      'transferred',
      listing(),
      input([event('repo.transfer', NOW - 2 * HOUR, { repo: REPO })]),
      'records a change'
    ],
    [
      'changed just before it was read (clock skew)',
      listing(),
      input([event('hook.create', LAST_NIGHT - AUDIT_LOG_LAG_MS / 2, { repo: REPO })]),
      'records a change'
    ]
  ])('read again: %s', (_case, previous, carryInput, reason) => {
    const decision = carryWebhooks(previous, carryInput)
    expect('reason' in decision && decision.reason).toContain(reason)
  })

  test('events of other repositories, of other families, or from before the listing leave it carried', () => {
    const decision = carryWebhooks(
      listing(),
      input([
        event('hook.create', NOW - HOUR, { repo: 'acme-corp/payments-api-v2' }),
        event('protected_branch.destroy', NOW - HOUR, { repo: REPO }),
        event('hook.destroy', LAST_NIGHT - 2 * AUDIT_LOG_LAG_MS, { repo: REPO })
      ])
    )
    expect('carried' in decision).toBe(true)
  })
})

describe('the next night against the simulator', () => {
  let org: SimOrg
  let sim: GitHubSimulator
  const period = (endMs: number): EvaluationPeriod => ({
    start: new Date(endMs - 24 * HOUR).toISOString(),
    end: new Date(endMs).toISOString(),
    expression: 'P1D'
  })

  beforeAll(async () => {
    org = demoOrg(new Date(NOW))
    sim = await startGitHubSimulator({ orgs: [org] })
  })
  afterAll(() => sim.close())

  async function night(previous?: PreviousBundle) {
    const client = createGitHubClient({
      token: 'ghs_simulator_token',
      apiUrl: sim.url,
      graphqlUrl: sim.graphqlUrl,
      rateLimitBudgetSeconds: 5
    })
    const records: EvidenceRecord[] = []
    sim.resetLog()
    await collectGitHub(
      client,
      { add: async (r) => void records.push(r) },
      { scope: ['acme-corp/*'], period: period(Date.now()), ...(previous ? { previous } : {}) }
    )
    return {
      records,
      hookReads: sim.requests.filter((r) => /^\/repos\/[^/]+\/[^/]+\/hooks(\?|$)/.test(r.path))
    }
  }
  /** Paths read back from the previous bundle (each a GET from the store). */
  const reads: string[] = []
  const asPrevious = (records: EvidenceRecord[]): PreviousBundle => ({
    key: BUNDLE.key,
    manifestSha256: BUNDLE.manifestSha256,
    period: period(NOW),
    record: async (path) => {
      reads.push(path)
      const record = records.find((r) => r.path === path)
      return (
        record && { record: JSON.parse(JSON.stringify(record)) as EvidenceRecord, sha256: 'd'.repeat(64) }
      )
    }
  })
  const webhooks = (records: EvidenceRecord[]) =>
    new Map(records.filter((r) => r.kind === GITHUB_EVIDENCE.repoWebhooks).map((r) => [r.subject, r]))

  test('unchanged listings are carried and equal a fresh read; a webhook changed as the audit log records is read again', async () => {
    const first = await night()
    const fresh = webhooks(first.records)
    expect(first.hookReads.length).toBe(fresh.size)

    // What GitHub does when an admin turns off TLS verification of a hook: the listing changes and the audit
    // log records hook.config_changed with the repository.
    const changed = org.repos.find((r) => (r.access?.hooks ?? []).length > 0 && !r.archived)!
    const fullName = `${changed.owner}/${changed.name}`
    changed.access!.hooks![0]!.insecureSsl = true
    org.governance!.auditLog.push({
      action: 'hook.config_changed',
      actor: 'mallory',
      at: Date.now() - 1000,
      repo: fullName
    })

    const second = await night(asPrevious(first.records))
    const tonight = webhooks(second.records)
    expect(second.hookReads.map((r) => r.path)).toEqual([
      expect.stringMatching(new RegExp(`^/repos/${fullName}/hooks(\\?|$)`))
    ])
    expect(tonight.size).toBe(fresh.size)
    for (const [subject, record] of tonight) {
      if (subject === repoSubject(fullName)) {
        expect(record.requests.length).toBe(1)
        expect(JSON.stringify(record.data)).toContain('"insecure_ssl":"1"')
        continue
      }
      expect(record.requests).toEqual([])
      expect(record.data).toEqual(fresh.get(subject)!.data)
      expect(record.notes).toMatchObject({
        carriedFrom: {
          bundle: BUNDLE.key,
          auditLog: 'evidence/github-org/acme-corp/audit-log-repo-events.json'
        }
      })
    }
    // What vouches for them is in the bundle: the audit-log read, with the change it found.
    const log = second.records.find((r) => r.kind === GITHUB_ORG_EVIDENCE.repoEventsLog)!
    expect((log.data as { events: AuditLogEvent[] }).events.map((e) => e.action)).toContain(
      'hook.config_changed'
    )
  })

  test('a log busier than 20 pages of events a phrase is not paged through: every listing is read', async () => {
    const first = await night()
    const saved = org.governance!.auditLog
    org.governance!.auditLog = [
      ...saved,
      ...Array.from({ length: 2001 }, (_, i) => ({
        action: 'hook.create',
        actor: 'bot',
        at: Date.now() - 60_000 + i,
        repo: 'acme-corp/elsewhere'
      }))
    ]
    try {
      const second = await night(asPrevious(first.records))
      expect(second.hookReads.length).toBe(first.hookReads.length)
      const log = second.records.find((r) => r.kind === GITHUB_ORG_EVIDENCE.repoEventsLog)!
      expect(log.error?.message).toContain('more than 20 pages of events')
      expect(log.requests.length).toBe(20)
    } finally {
      org.governance!.auditLog = saved
    }
  })

  test('an org whose audit log the previous night could not read is not asked for its events again', async () => {
    const saved = org.governance!
    org.governance = { ...saved, plan: defaultGovernance().plan }
    try {
      const first = await night()
      reads.length = 0
      const second = await night(asPrevious(first.records))
      expect(second.hookReads.length).toBe(first.hookReads.length)
      expect(second.records.some((r) => r.kind === GITHUB_ORG_EVIDENCE.repoEventsLog)).toBe(false)
      // Nor are its listings read back from the store.
      expect(reads.filter((path) => path.endsWith('/webhooks.json'))).toEqual([])
      // The governance read of the period's audit log, refused at its first phrase, and nothing more.
      expect(sim.requests.filter((r) => r.path.includes('/audit-log')).length).toBe(1)
    } finally {
      org.governance = saved
    }
  })

  test('without an audit log tonight (a Team-plan org answers 404) every listing is read again', async () => {
    const first = await night()
    const saved = org.governance!
    org.governance = { ...saved, plan: defaultGovernance().plan }
    try {
      const second = await night(asPrevious(first.records))
      expect(second.hookReads.length).toBe(first.hookReads.length)
      expect(first.hookReads.length).toBeGreaterThan(10)
      const log = second.records.find((r) => r.kind === GITHUB_ORG_EVIDENCE.repoEventsLog)!
      expect(log.error?.status).toBe(404)
    } finally {
      org.governance = saved
    }
  })
})
