import type { EvaluationPeriod, EvidenceRecord, RequestRecord } from '../../model.js'
import type { GitHubClient } from './client.js'
import { GitHubRequestFailure, restGet, type RecordedResponse } from './requests.js'
import type { BranchRule, RuleSuite, RuleSuitesEvidence, RulesetDetail, RulesetsEvidence } from './types.js'
import { GITHUB_EVIDENCE, evidencePath, repoSubject } from './evidence-kinds.js'

const RULE_SUITES_PAGE_SIZE = 100
const HOUR_MS = 3_600_000
/** `time_period` values of the rule-suites endpoint, shortest first, with the window each covers. */
const RULE_SUITE_WINDOWS: [string, number][] = [
  ['hour', HOUR_MS],
  ['day', 24 * HOUR_MS],
  ['week', 168 * HOUR_MS],
  ['month', 30 * 24 * HOUR_MS]
]
const REPO_RULESET_PERMISSION =
  'write access to the ruleset to see its bypass list: Administration: write (GitHub App) or admin rights on the repository (personal access token)'
const ORG_RULESET_PERMISSION =
  'organization Administration: read (GitHub App) or organization owner rights (personal access token), with write access to the ruleset to see its bypass list'
const RULE_SUITES_PERMISSION =
  'Administration: write on the repository (GitHub App, as GitHub documents for rule suites) or admin rights on the repository (personal access token)'

/** Organization rulesets apply to many repositories: each is read once per run. */
export type OrgRulesetCache = Map<string, Promise<RecordedResponse<RulesetDetail> | GitHubRequestFailure>>

/**
 * The rulesets behind a branch's rules, with their bypass lists. `/rules/branches` names each rule's
 * `ruleset_id` but never who may bypass it; `GET /repos/{o}/{r}/rulesets/{id}` does, for tokens with write
 * access to the ruleset (it serves organization rulesets too). When it leaves the list out of an
 * organization ruleset, `GET /orgs/{org}/rulesets/{id}` is tried, for tokens of organization owners.
 */
export async function collectRulesets(
  client: GitHubClient,
  fullName: string,
  branch: string,
  rules: BranchRule[],
  orgCache: OrgRulesetCache
): Promise<EvidenceRecord<RulesetsEvidence>> {
  const requests: RequestRecord[] = []
  const data: RulesetsEvidence = { branch, rulesets: [], unreadable: [] }
  const ids = new Map<number, BranchRule>()
  for (const rule of rules) if (typeof rule.ruleset_id === 'number') ids.set(rule.ruleset_id, rule)
  for (const [id, rule] of [...ids].sort(([a], [b]) => a - b)) {
    const source = `${rule.ruleset_source_type ?? 'Repository'} ${rule.ruleset_source ?? fullName}`
    let detail: RulesetDetail | undefined
    let problem: string | undefined
    try {
      const response = await restGet<RulesetDetail>(
        client,
        `/repos/${fullName}/rulesets/${id}`,
        REPO_RULESET_PERMISSION
      )
      requests.push(response.request)
      detail = response.data
    } catch (error) {
      if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
      requests.push(error.request)
      problem = error.failure.message
    }
    if (!detail?.bypass_actors && rule.ruleset_source_type === 'Organization' && rule.ruleset_source) {
      const org = rule.ruleset_source
      const key = `${org.toLowerCase()}/${id}`
      if (!orgCache.has(key)) {
        orgCache.set(
          key,
          restGet<RulesetDetail>(client, `/orgs/${org}/rulesets/${id}`, ORG_RULESET_PERMISSION).catch(
            (error: unknown) => {
              if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
              return error
            }
          )
        )
      }
      const answer = await orgCache.get(key)!
      if (answer instanceof GitHubRequestFailure) {
        requests.push(answer.request)
        problem = answer.failure.message
      } else {
        requests.push(answer.request)
        if (answer.data.bypass_actors || !detail) detail = answer.data
      }
    }
    if (detail) data.rulesets.push(detail)
    if (!detail?.bypass_actors) {
      data.unreadable.push({
        id,
        source,
        message:
          problem ??
          `GitHub returned ruleset ${id} without its bypass list, which it shows only to tokens with ${rule.ruleset_source_type === 'Organization' ? ORG_RULESET_PERMISSION : REPO_RULESET_PERMISSION}.`
      })
    }
  }
  return {
    path: evidencePath(fullName, 'rulesets'),
    source: 'github',
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.rulesets,
    requests,
    data
  }
}

/** The smallest `time_period` that covers the evaluation period; `month` (the longest) otherwise. */
export function ruleSuiteWindow(period: EvaluationPeriod): { timePeriod: string; truncated: boolean } {
  const length = Date.parse(period.end) - Date.parse(period.start)
  const fitting = RULE_SUITE_WINDOWS.find(([, ms]) => ms >= length)
  return fitting ? { timePeriod: fitting[0], truncated: false } : { timePeriod: 'month', truncated: true }
}

/**
 * Pushes to the branch that bypassed a ruleset in the period (rule insights), where the token can read them.
 * GitHub keeps them for a month at most and filters by a relative window, so the window is chosen to cover
 * the period and the answer is cut to the period by `pushed_at`.
 */
export async function collectRuleSuiteBypasses(
  client: GitHubClient,
  fullName: string,
  branch: string,
  period: EvaluationPeriod
): Promise<EvidenceRecord<RuleSuitesEvidence>> {
  const { timePeriod, truncated } = ruleSuiteWindow(period)
  const record: EvidenceRecord<RuleSuitesEvidence> = {
    path: evidencePath(fullName, 'rule-suites'),
    source: 'github',
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.ruleSuites,
    requests: []
  }
  const start = Date.parse(period.start)
  const end = Date.parse(period.end)
  const bypasses: RuleSuite[] = []
  try {
    const ref = encodeURIComponent(`refs/heads/${branch}`)
    for (let page = 1; ; page++) {
      const response = await restGet<RuleSuite[]>(
        client,
        `/repos/${fullName}/rulesets/rule-suites?ref=${ref}&time_period=${timePeriod}&rule_suite_result=bypass&per_page=${RULE_SUITES_PAGE_SIZE}&page=${page}`,
        RULE_SUITES_PERMISSION
      )
      record.requests.push(response.request)
      for (const suite of response.data ?? []) {
        if (!suite) continue
        const at = Date.parse(suite.pushed_at)
        if (at >= start && at <= end) bypasses.push(suite)
      }
      if (!response.hasNextPage) break
    }
    record.data = { branch, timePeriod, truncated, bypasses }
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
    record.requests.push(error.request)
    record.error = error.failure
  }
  return record
}
