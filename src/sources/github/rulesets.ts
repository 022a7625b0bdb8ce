import type { EvaluationPeriod, EvidenceRecord, RequestRecord } from '../../model.js'
import type { GitHubClient } from './client.js'
import { GitHubRequestFailure, restGet, type RecordedResponse } from './requests.js'
import type { BranchRule, RuleSuite, RuleSuitesEvidence, RulesetDetail, RulesetsEvidence } from './types.js'
import { GITHUB_EVIDENCE, evidencePath, repoSubject } from './evidence-kinds.js'
import type { GraphqlRulesetBypass } from './ruleset-bypass-graphql.js'

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

function orgRuleset(
  client: GitHubClient,
  org: string,
  id: number,
  orgCache: OrgRulesetCache
): Promise<RecordedResponse<RulesetDetail> | GitHubRequestFailure> {
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
  return orgCache.get(key)!
}

/**
 * The rulesets behind a branch's rules, with their bypass lists. `/rules/branches` names each rule's
 * `ruleset_id` but never who may bypass it; `GET /repos/{o}/{r}/rulesets/{id}` does, for tokens with write
 * access to the ruleset (it serves organization rulesets too). When it leaves the list out of an
 * organization ruleset, `GET /orgs/{org}/rulesets/{id}` is tried, for tokens of organization owners.
 * A bypass list GraphQL already answered with certainty (`fromGraphql`, by ruleset id) is taken from there.
 */
export async function collectRulesets(
  client: GitHubClient,
  fullName: string,
  branch: string,
  rules: BranchRule[],
  orgCache: OrgRulesetCache,
  fromGraphql: Map<number, GraphqlRulesetBypass> = new Map()
): Promise<EvidenceRecord<RulesetsEvidence>> {
  const requests: RequestRecord[] = []
  const data: RulesetsEvidence = { branch, rulesets: [], unreadable: [] }
  const ids = new Map<number, BranchRule>()
  for (const rule of rules) if (typeof rule.ruleset_id === 'number') ids.set(rule.ruleset_id, rule)
  let graphqlAnswered = 0
  for (const [id, rule] of [...ids].sort(([a], [b]) => a - b)) {
    const source = `${rule.ruleset_source_type ?? 'Repository'} ${rule.ruleset_source ?? fullName}`
    const answered = fromGraphql.get(id)
    if (answered && answered.databaseId === id) {
      if (!requests.includes(answered.request)) requests.push(answered.request)
      graphqlAnswered++
      data.rulesets.push({
        id,
        name: answered.name,
        source_type: rule.ruleset_source_type ?? 'Repository',
        source: rule.ruleset_source ?? fullName,
        enforcement: answered.enforcement,
        bypass_actors: answered.bypassActors
      })
      continue
    }
    let detail: RulesetDetail | undefined
    let problem: string | undefined
    const fromOrg = rule.ruleset_source_type === 'Organization' && rule.ruleset_source
    // An organization ruleset applies to many repositories: its organization endpoint is read once per run,
    // first; the repository endpoint (which serves it too) only when that leaves the bypass list out.
    let orgFailure: string | undefined
    if (fromOrg) {
      const answer = await orgRuleset(client, rule.ruleset_source!, id, orgCache)
      requests.push(answer.request)
      if (answer instanceof GitHubRequestFailure) orgFailure = answer.failure.message
      else detail = answer.data
    }
    if (!detail?.bypass_actors) {
      try {
        const response = await restGet<RulesetDetail>(
          client,
          `/repos/${fullName}/rulesets/${id}`,
          REPO_RULESET_PERMISSION
        )
        requests.push(response.request)
        if (response.data.bypass_actors || !detail) detail = response.data
      } catch (error) {
        if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
        requests.push(error.request)
        problem = error.failure.message
      }
      // As before the organization endpoint was asked first: its refusal is the reason given.
      if (orgFailure) problem = orgFailure
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
    data,
    ...(graphqlAnswered > 0 && {
      notes: {
        derivedFrom: `${graphqlAnswered === ids.size ? 'Every' : `${graphqlAnswered} of ${ids.size}`} bypass list from GraphQL RepositoryRuleset.bypassActors, rendered as GET /repos/{owner}/{repo}/rulesets/{id} names bypass_actors`
      }
    })
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

/** The organization's bypass rule suites of a run, listed once (null: not readable, each repository asks). */
export type OrgRuleSuiteCache = Map<
  string,
  Promise<{ suites: RuleSuite[]; requests: RequestRecord[] } | null>
>

const ORG_RULE_SUITES_PERMISSION =
  'organization Administration: write (GitHub App, as GitHub documents for organization rule suites) or organization owner rights (personal access token)'

/**
 * Bypasses of the period for a repository governed by organization rulesets only, from the organization's
 * listing (`GET /orgs/{org}/rulesets/rule-suites`, docs.github.com/rest/orgs/rule-suites#list-organization-rule-suites:
 * "Lists suites of rule evaluations at the organization level", with `repository_name` and `ref` on each
 * suite): one listing of 100 suites per request for every repository instead of one request per repository.
 * When the token may not list them (403), the repository's own listing is asked, as before.
 */
export async function collectRuleSuiteBypassesViaOrg(
  client: GitHubClient,
  fullName: string,
  branch: string,
  period: EvaluationPeriod,
  cache: OrgRuleSuiteCache
): Promise<EvidenceRecord<RuleSuitesEvidence>> {
  const [org, name] = fullName.split('/') as [string, string]
  const { timePeriod, truncated } = ruleSuiteWindow(period)
  const key = `${org.toLowerCase()}/${timePeriod}`
  if (!cache.has(key)) cache.set(key, listOrgRuleSuites(client, org, timePeriod))
  const listed = await cache.get(key)!
  if (!listed) return collectRuleSuiteBypasses(client, fullName, branch, period)
  const start = Date.parse(period.start)
  const end = Date.parse(period.end)
  const ref = `refs/heads/${branch}`
  const bypasses = listed.suites.filter((suite) => {
    const at = Date.parse(suite.pushed_at)
    return (
      (suite as RuleSuite & { repository_name?: string }).repository_name?.toLowerCase() ===
        name.toLowerCase() &&
      suite.ref === ref &&
      at >= start &&
      at <= end
    )
  })
  return {
    path: evidencePath(fullName, 'rule-suites'),
    source: 'github',
    subject: repoSubject(fullName),
    kind: GITHUB_EVIDENCE.ruleSuites,
    requests: listed.requests,
    data: { branch, timePeriod, truncated, bypasses },
    notes: { derivedFrom: `GET /orgs/${org}/rulesets/rule-suites, the suites of ${fullName} on ${ref}` }
  }
}

async function listOrgRuleSuites(
  client: GitHubClient,
  org: string,
  timePeriod: string
): Promise<{ suites: RuleSuite[]; requests: RequestRecord[] } | null> {
  const suites: RuleSuite[] = []
  const requests: RequestRecord[] = []
  try {
    for (let page = 1; ; page++) {
      const response = await restGet<RuleSuite[]>(
        client,
        `/orgs/${org}/rulesets/rule-suites?time_period=${timePeriod}&rule_suite_result=bypass&per_page=${RULE_SUITES_PAGE_SIZE}&page=${page}`,
        ORG_RULE_SUITES_PERMISSION
      )
      requests.push(response.request)
      for (const suite of response.data ?? []) if (suite) suites.push(suite)
      if (!response.hasNextPage) return { suites, requests }
    }
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure) || error.request.status === 401) throw error
    return null
  }
}
