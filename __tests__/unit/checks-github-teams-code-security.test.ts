import { codeScanningEnabled } from '../../src/checks/github/code-scanning-enabled.js'
import { orgRepositoryDeletion } from '../../src/checks/github/org-repository-deletion.js'
import { repoTeamPrivilegedAccess } from '../../src/checks/github/repo-team-access.js'
import type { Check } from '../../src/checks/check.js'
import {
  GITHUB_ORG_EVIDENCE as K,
  orgEvidencePath,
  orgSubject,
  type CodeSecurityConfiguration,
  type OrganizationData,
  type OrgTeam
} from '../../src/evidence/github-org.js'
import type { EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import { context, repository } from '../fixtures/github-evidence.js'

const ORG = 'octocat'
const REPO = 'octocat/hello-world'
const REPO_SUBJECT = 'github:octocat/hello-world'

function orgRecord(kind: string, data: unknown, error?: EvidenceRecord['error']): EvidenceRecord {
  return {
    path: orgEvidencePath(ORG, kind),
    source: 'github',
    subject: orgSubject(ORG),
    kind,
    requests: [],
    ...(error ? { error } : { data })
  }
}
const organization = (overrides: Partial<OrganizationData> = {}) =>
  orgRecord(K.organization, { login: ORG, id: 1, members_can_delete_repositories: false, ...overrides })
const refused = {
  status: 403,
  message: 'GET /orgs/octocat/teams was refused (403): the token lacks Members: read.'
}

function findings(check: Check, records: EvidenceRecord[], subject = REPO_SUBJECT) {
  return check.evaluate(context(records)).filter((f) => f.subject === subject)
}
function one(check: Check, records: EvidenceRecord[], subject = REPO_SUBJECT) {
  const found = findings(check, records, subject)
  expect(found).toHaveLength(1)
  return found[0]!
}

const team = (
  slug: string,
  role: string | undefined,
  repo = REPO,
  extra: Partial<OrgTeam> = {}
): OrgTeam => ({
  id: slug.length,
  slug,
  name: slug,
  parent: null,
  repositories: [
    {
      full_name: repo,
      ...(role ? { role_name: role } : {}),
      permissions: { admin: role === 'admin', maintain: role === 'maintain', push: true, pull: true }
    }
  ],
  ...extra
})
const teams = (...list: OrgTeam[]) => orgRecord(K.teams, { teams: list })

describe('github.repo.team-privileged-access', () => {
  test.each([
    [
      'no team at all',
      teams(),
      'pass',
      'No team has admin or maintain on this repository (0 team(s) in the organisation).'
    ],
    [
      'teams with write only',
      teams(team('devs', 'write'), team('readers', 'read')),
      'pass',
      'No team has admin or maintain on this repository (2 team(s) in the organisation).'
    ],
    [
      'two privileged teams: within the bound, listed',
      teams(team('platform', 'admin'), team('payments', 'maintain'), team('devs', 'write')),
      'pass',
      '2 team(s) with admin or maintain: payments (maintain), platform (admin).'
    ],
    [
      'three privileged teams: more than the bound',
      teams(team('platform', 'admin'), team('payments', 'maintain'), team('contractors', 'admin')),
      'fail',
      '3 teams administer this repository (more than 2): contractors (admin), payments (maintain), platform (admin).'
    ],
    [
      'role from permissions when role_name is absent; other repositories do not count',
      teams(team('legacy', undefined), team('other', 'admin', 'octocat/elsewhere')),
      'pass',
      'No team has admin or maintain on this repository (2 team(s) in the organisation).'
    ],
    [
      'case of the name does not matter',
      teams(team('platform', 'admin', 'Octocat/Hello-World')),
      'pass',
      '1 team(s) with admin or maintain: platform (admin).'
    ]
  ])('%s', (_name, record, status, message) => {
    expect(one(repoTeamPrivilegedAccess, [organization(), record])).toMatchObject({ status, message })
  })

  test('refused or never collected: error, never pass', () => {
    expect(
      one(repoTeamPrivilegedAccess, [organization(), orgRecord(K.teams, undefined, refused)])
    ).toMatchObject({
      status: 'error',
      message: `The organisation's teams could not be collected: ${refused.message}`
    })
    expect(one(repoTeamPrivilegedAccess, [organization()])).toMatchObject({
      status: 'error',
      message: "The organisation's teams were not collected."
    })
  })

  test('a repository of a user account: not applicable', () => {
    const user = {
      ...orgRecord(K.organization, undefined, { status: 404, message: 'Not Found' }),
      notes: { notAnOrganization: true }
    }
    expect(one(repoTeamPrivilegedAccess, [user])).toMatchObject({ status: 'not_applicable' })
  })

  test('no repository in scope: no finding', () => {
    const checkContext = context([])
    expect(
      repoTeamPrivilegedAccess.evaluate({
        ...checkContext,
        evidence: new EvidenceIndex([organization(), teams(team('platform', 'admin'))])
      })
    ).toEqual([])
  })
})

const configuration = (
  name: string,
  setup: CodeSecurityConfiguration['code_scanning_default_setup'],
  status: CodeSecurityConfiguration['repositories'][number]['status'],
  repo = REPO
): CodeSecurityConfiguration => ({
  id: name.length,
  name,
  ...(setup ? { code_scanning_default_setup: setup } : {}),
  repositories: [{ status, repository: { full_name: repo } }]
})
const configs = (...list: CodeSecurityConfiguration[]) =>
  orgRecord(K.codeSecurityConfigurations, { configurations: list })

describe('github.code-scanning.enabled', () => {
  test.each([
    [
      'enforced baseline',
      configs(configuration('baseline', 'enabled', 'enforced')),
      'pass',
      'Code scanning default setup is enabled by configuration "baseline" (enforced).'
    ],
    [
      'attached baseline',
      configs(configuration('baseline', 'enabled', 'attached')),
      'pass',
      'Code scanning default setup is enabled by configuration "baseline" (attached).'
    ],
    [
      'attached, code scanning disabled',
      configs(configuration('lax', 'disabled', 'attached')),
      'fail',
      'The attached configuration "lax" (attached) disables code scanning.'
    ],
    [
      'attached, code scanning not set',
      configs(configuration('legacy', 'not_set', 'attached')),
      'fail',
      'The attached configuration "legacy" (attached) does not set code scanning.'
    ],
    [
      'attached, field absent',
      configs(configuration('old', undefined, 'enforced')),
      'fail',
      'The attached configuration "old" (enforced) does not set code scanning.'
    ],
    [
      'no configuration attached to this repository',
      configs(configuration('baseline', 'enabled', 'enforced', 'octocat/other')),
      'fail',
      'No code security configuration is attached to this repository, so code scanning is not enabled by one (scanning set up in the repository itself is not visible here).'
    ],
    [
      'no configuration at all',
      configs(),
      'fail',
      'No code security configuration is attached to this repository, so code scanning is not enabled by one (scanning set up in the repository itself is not visible here).'
    ],
    [
      'removed from it',
      configs(configuration('baseline', 'enabled', 'removed')),
      'fail',
      'No code security configuration is attached to this repository, so code scanning is not enabled by one (scanning set up in the repository itself is not visible here).'
    ],
    [
      'attachment failed',
      configs(configuration('baseline', 'enabled', 'failed')),
      'fail',
      'Configuration "baseline" failed to attach to this repository: no configuration applies, so code scanning is not enabled by one.'
    ],
    [
      'still attaching',
      configs(configuration('baseline', 'enabled', 'attaching')),
      'error',
      'Configuration "baseline" is attaching on this repository: which settings apply cannot be told until GitHub finishes.'
    ],
    [
      'updating',
      configs(configuration('baseline', 'enabled', 'updating')),
      'error',
      'Configuration "baseline" is updating on this repository: which settings apply cannot be told until GitHub finishes.'
    ]
  ])('%s', (_name, record, status, message) => {
    expect(one(codeScanningEnabled, [organization(), record])).toMatchObject({ status, message })
  })

  test('refused (owners or security managers only) or never collected: error, never pass', () => {
    const denied = { status: 403, message: 'refused: the token lacks organization Administration: write.' }
    expect(
      one(codeScanningEnabled, [organization(), orgRecord(K.codeSecurityConfigurations, undefined, denied)])
    ).toMatchObject({
      status: 'error',
      message: `The organisation's code security configurations could not be collected: ${denied.message}`
    })
    expect(one(codeScanningEnabled, [organization()]).status).toBe('error')
  })

  test('an archived repository: not applicable', () => {
    const [finding] = codeScanningEnabled.evaluate(
      context([organization(), configs()], {}, repository({ archived: true }))
    )
    expect(finding?.status).toBe('not_applicable')
  })
})

describe('github.org.repository-deletion-restricted', () => {
  test.each([
    [false, 'pass', 'Members cannot delete or transfer repositories; only owners can.'],
    [true, 'fail', 'Members with admin rights on a repository can delete or transfer it.'],
    [undefined, 'error', undefined],
    [null, 'error', undefined]
  ])('members_can_delete_repositories %s → %s', (value, status, message) => {
    const finding = one(
      orgRepositoryDeletion,
      [organization({ members_can_delete_repositories: value })],
      orgSubject(ORG)
    )
    expect(finding.status).toBe(status)
    if (message) expect(finding.message).toBe(message)
    else
      expect(finding.message).toContain(
        'without "members_can_delete_repositories": only organisation owners see it'
      )
  })

  test('the organisation could not be read: error; a user account: not applicable', () => {
    expect(
      one(orgRepositoryDeletion, [orgRecord(K.organization, undefined, refused)], orgSubject(ORG)).status
    ).toBe('error')
    const user = {
      ...orgRecord(K.organization, undefined, { status: 404, message: 'Not Found' }),
      notes: { notAnOrganization: true }
    }
    expect(one(orgRepositoryDeletion, [user], orgSubject(ORG)).status).toBe('not_applicable')
  })
})
