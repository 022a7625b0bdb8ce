import { CHECKS } from '../../src/checks/index.js'
import type { Check } from '../../src/checks/check.js'
import { configSchema } from '../../src/config/schema.js'
import { AWS_EVIDENCE } from '../../src/evidence/aws.js'
import { GITHUB_EVIDENCE, evidencePath, repoSubject } from '../../src/evidence/github.js'
import { EvidenceIndex } from '../../src/evidence/index.js'
import type { EvidenceRecord, FindingStatus } from '../../src/model.js'
import {
  classic,
  classicProtection,
  context,
  dependabot,
  PERIOD,
  pullRequest,
  pulls,
  repository,
  repositoryRecord,
  rules,
  rulesetRules
} from '../fixtures/github-evidence.js'

/**
 * Issue 12 item 9: one subject per check and target whatever the outcome. A finding's subject is how an
 * auditor follows one repository (or account, bucket, model version) from night to night; if an error named
 * `github:o/r` and a verdict `github:o/r@main`, the two nights would look like two targets.
 */
const REPO = repoSubject('octocat/hello-world')

const unreadable = (record: EvidenceRecord): EvidenceRecord => {
  const { data: _data, ...rest } = record
  return { ...rest, error: { status: 500, message: 'GitHub answered 500' } }
}

const branchHistory: EvidenceRecord = {
  path: evidencePath('octocat/hello-world', 'default-branch-commits'),
  source: 'github',
  subject: REPO,
  kind: GITHUB_EVIDENCE.defaultBranchCommits,
  requests: [],
  data: { branch: 'main', window: { start: PERIOD.start, end: PERIOD.end }, totalCount: 0, commits: [] }
}

const webhooks: EvidenceRecord = {
  path: evidencePath('octocat/hello-world', 'webhooks'),
  source: 'github',
  subject: REPO,
  kind: GITHUB_EVIDENCE.repoWebhooks,
  requests: [],
  data: [
    {
      id: 1,
      name: 'web',
      active: true,
      events: ['push'],
      config: { url: 'https://ci.example/hook', insecure_ssl: '0', secret: '********' }
    }
  ]
}

/** Evidence of one repository from which every GitHub check reaches a verdict. */
const readable: EvidenceRecord[] = [
  rules(rulesetRules),
  // No code-owner review: which approvers are code owners is not in this evidence.
  classic({
    ...classicProtection,
    required_pull_request_reviews: {
      ...classicProtection.required_pull_request_reviews!,
      require_code_owner_reviews: false
    }
  }),
  pulls([pullRequest(1, 'mona', [{ by: 'hubot' }])]),
  dependabot({ alertsEnabled: true, openAlerts: [] }),
  branchHistory,
  webhooks
]

// The repository-level checks over the kinds this fixture records; the organisation checks (one subject per org)
// hold their subjects in their own table tests (checks-github-org, checks-github-repo-access).
const REPOSITORY_KINDS: string[] = Object.values(GITHUB_EVIDENCE)
const githubChecks = CHECKS.filter(
  (check) =>
    check.metadata.evidenceKinds.some((k) => k.startsWith('github.')) &&
    check.metadata.evidenceKinds.every((k) => REPOSITORY_KINDS.includes(k))
)
const awsChecks = CHECKS.filter((check) => check.metadata.evidenceKinds.some((k) => k.startsWith('aws.')))

function outcomes(check: Check, contexts: ReturnType<typeof context>[]) {
  return contexts.flatMap((ctx) => check.evaluate(ctx)).map((f) => ({ subject: f.subject, status: f.status }))
}

describe('one subject per check and target, whatever the outcome', () => {
  it('covers every GitHub and AWS check of the nightly run', () => {
    expect(githubChecks.length).toBeGreaterThanOrEqual(9)
    expect(awsChecks.length).toBeGreaterThanOrEqual(12)
  })

  it.each(githubChecks.map((check) => [check.metadata.id, check]))(
    '%s names the repository alike on a verdict and on an error',
    (_id, check) => {
      const verdict = outcomes(check, [context(readable)])
      const errors = outcomes(check, [
        // The repository itself could not be read.
        {
          ...context([]),
          evidence: new EvidenceIndex([unreadable(repositoryRecord(repository())), ...readable])
        },
        // Each evidence kind the check reads could not be read, one at a time.
        ...readable
          .filter((record) => check.metadata.evidenceKinds.includes(record.kind))
          .map((broken) =>
            context(readable.map((record) => (record === broken ? unreadable(record) : record)))
          )
      ])
      expect(verdict.map((f) => f.status)).not.toContain<FindingStatus>('error')
      expect(errors.map((f) => f.status)).toContain<FindingStatus>('error')
      expect(new Set([...verdict, ...errors].map((f) => f.subject))).toEqual(new Set([REPO]))
    }
  )

  it.each(awsChecks.map((check) => [check.metadata.id, check]))(
    '%s names the account, region or resource alike on any outcome of its record',
    (_id, check) => {
      const subjectOf: Record<string, string> = {
        [AWS_EVIDENCE.bucket]: 'aws:123456789012/eu-west-1/reports',
        [AWS_EVIDENCE.guardDuty]: 'aws:123456789012/eu-west-1',
        [AWS_EVIDENCE.inspector]: 'aws:123456789012/eu-west-1',
        [AWS_EVIDENCE.patchStates]: 'aws:123456789012/eu-west-1',
        [AWS_EVIDENCE.ec2Instances]: 'aws:123456789012/eu-west-1',
        [AWS_EVIDENCE.kmsKeys]: 'aws:123456789012/eu-west-1'
      }
      // The smallest data each kind's check reads; for the others `{}` (the check then errs on that subject).
      const dataOf: Record<string, unknown> = {
        [AWS_EVIDENCE.patchStates]: { instances: [], page: 1, instanceCount: 0, withoutPatchState: [] },
        [AWS_EVIDENCE.ec2Instances]: { instances: [] }
      }
      const record = (kind: string, withData: boolean): EvidenceRecord => ({
        path: `evidence/aws/${kind}.json`,
        source: 'aws',
        subject: subjectOf[kind] ?? 'aws:123456789012',
        kind,
        requests: [],
        ...(withData ? { data: dataOf[kind] ?? {} } : { error: { status: 403, message: 'AccessDenied' } })
      })
      const ctx = (withData: boolean) => ({
        evidence: new EvidenceIndex(check.metadata.evidenceKinds.map((kind) => record(kind, withData))),
        config: configSchema.parse({}),
        period: PERIOD
      })
      // A record with data the check cannot use still gets a finding (error, by guardSubject) for the same subject.
      const subjects = (withData: boolean) => new Set(check.evaluate(ctx(withData)).map((f) => f.subject))
      expect(subjects(false).size).toBeGreaterThan(0)
      expect(subjects(true)).toEqual(subjects(false))
    }
  )
})
