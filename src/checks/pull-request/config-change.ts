import { isMap, isScalar, LineCounter, parseDocument } from 'yaml'
import { InputError } from '../../config/errors.js'
import { formatBytes, MAX_CONFIG_BYTES, parseConfig } from '../../config/load.js'
import type { EvidenceConfig } from '../../config/schema.js'
import type { SourceLocation } from '../../model.js'
import { PR_EVIDENCE } from '../../evidence/pull-request.js'
import type { PullRequestConfig } from '../../evidence/pull-request.js'
import type { Check, CheckResult } from '../check.js'
import { pullRequestEvidence } from './context.js'

interface ConfigChange {
  /** Config keys, for the line. */
  path: (string | number)[]
  text: string
  weakens: boolean
}

type ProviderEntry = EvidenceConfig['ai-inventory']['providers'][number]

/**
 * What the head version of the config changes against the base version, each change marked as weakening
 * (fewer checks, laxer thresholds, fewer AI providers or patterns, the inventory elsewhere, controls dropped)
 * or not. Pure, for `verify`.
 */
export function configChanges(base: EvidenceConfig, head: EvidenceConfig): ConfigChange[] {
  const changes: ConfigChange[] = []
  const weaker = (path: (string | number)[], text: string) => changes.push({ path, text, weakens: true })
  const other = (path: (string | number)[], text: string) => changes.push({ path, text, weakens: false })
  const lower = (path: string[], what: string, b: number, h: number) => {
    if (h < b) weaker(path, `lowers ${what} from ${b} to ${h}`)
    else if (h > b) other(path, `raises ${what} from ${b} to ${h}`)
  }
  const higher = (path: string[], what: string, b: number | null, h: number | null) => {
    // A longer limit (or none, null) is laxer.
    if (b === h) return
    if (h === null || (b !== null && h > b))
      weaker(path, `raises ${what} from ${b ?? 'no limit'} to ${h ?? 'no limit'}`)
    else other(path, `lowers ${what} from ${b ?? 'no limit'} to ${h}`)
  }
  const added = <T>(b: readonly T[], h: readonly T[]) => h.filter((x) => !b.includes(x))

  const skipped = added(base.checks.skip, head.checks.skip)
  if (skipped.length > 0) weaker(['checks', 'skip'], `skips ${skipped.join(', ')}`)
  const unskipped = added(head.checks.skip, base.checks.skip)
  if (unskipped.length > 0) other(['checks', 'skip'], `runs again ${unskipped.join(', ')}`)
  lower(
    ['checks', 'branch-protection', 'min-approvals'],
    'checks.branch-protection.min-approvals',
    base.checks['branch-protection']['min-approvals'],
    head.checks['branch-protection']['min-approvals']
  )
  lower(
    ['checks', 'pr-review', 'min-approvals'],
    'checks.pr-review.min-approvals',
    base.checks['pr-review']['min-approvals'],
    head.checks['pr-review']['min-approvals']
  )
  for (const severity of ['critical', 'high', 'medium', 'low'] as const) {
    higher(
      ['checks', 'dependabot-sla', severity],
      `checks.dependabot-sla.${severity}`,
      base.checks['dependabot-sla'][severity],
      head.checks['dependabot-sla'][severity]
    )
  }

  const ai = (config: EvidenceConfig) => config['ai-inventory']
  if (ai(base).path !== ai(head).path)
    weaker(['ai-inventory', 'path'], `moves the AI inventory from ${ai(base).path} to ${ai(head).path}`)
  higher(
    ['ai-inventory', 'max-assessment-age-days'],
    'ai-inventory.max-assessment-age-days',
    ai(base)['max-assessment-age-days'],
    ai(head)['max-assessment-age-days']
  )
  changes.push(...providerChanges(ai(base).providers, ai(head).providers))

  const models = (config: EvidenceConfig) => config.models
  const droppedThresholds = added(models(head).thresholds, models(base).thresholds)
  if (droppedThresholds.length > 0)
    weaker(
      ['models', 'thresholds'],
      `drops the evaluation thresholds ${droppedThresholds.map((t) => `"${t}"`).join(', ')}`
    )
  const newThresholds = added(models(base).thresholds, models(head).thresholds)
  if (newThresholds.length > 0)
    other(['models', 'thresholds'], `adds the thresholds ${newThresholds.map((t) => `"${t}"`).join(', ')}`)
  higher(
    ['models', 'max-result-age-days'],
    'models.max-result-age-days',
    models(base)['max-result-age-days'],
    models(head)['max-result-age-days']
  )
  for (const registry of ['mlflow', 'huggingface', 'sagemaker'] as const) {
    if (models(base)[registry] && !models(head)[registry])
      weaker(['models', registry], `stops collecting from ${registry}`)
    else if (JSON.stringify(models(base)[registry]) !== JSON.stringify(models(head)[registry]))
      other(['models', registry], `changes models.${registry}`)
  }
  const droppedResults = added(models(head).results, models(base).results)
  if (droppedResults.length > 0)
    weaker(['models', 'results'], `drops the result files ${droppedResults.join(', ')}`)

  const aws = (config: EvidenceConfig) => config.aws
  if (aws(base).enabled && !aws(head).enabled) weaker(['aws', 'enabled'], 'turns AWS evidence off')
  const droppedRoles = added(aws(head)['role-arns'], aws(base)['role-arns'])
  if (droppedRoles.length > 0)
    weaker(['aws', 'role-arns'], `stops collecting from ${droppedRoles.join(', ')}`)
  if (JSON.stringify(aws(base).regions) !== JSON.stringify(aws(head).regions)) {
    const narrowed =
      aws(head).regions !== undefined &&
      (aws(base).regions === undefined || added(aws(head).regions!, aws(base).regions!).length > 0)
    ;(narrowed ? weaker : other)(
      ['aws', 'regions'],
      `changes aws.regions to ${aws(head).regions?.join(', ') ?? 'every enabled region'}`
    )
  }
  lower(
    ['aws', 'password-min-length'],
    'aws.password-min-length',
    aws(base)['password-min-length'],
    aws(head)['password-min-length']
  )
  for (const key of [
    'access-key-max-age-days',
    'access-key-max-unused-days',
    'patch-scan-max-age-days',
    'backup-rpo-hours',
    'restore-test-max-age-days'
  ] as const)
    higher(['aws', key], `aws.${key}`, aws(base)[key], aws(head)[key])
  lower(
    ['aws', 'rds-backup-retention-min-days'],
    'aws.rds-backup-retention-min-days',
    aws(base)['rds-backup-retention-min-days'],
    aws(head)['rds-backup-retention-min-days']
  )

  if (JSON.stringify(base.repositories) !== JSON.stringify(head.repositories)) {
    const dropped = added(head.repositories ?? [], base.repositories ?? [])
    ;(dropped.length > 0 ? weaker : other)(
      ['repositories'],
      dropped.length > 0 ? `stops collecting from ${dropped.join(', ')}` : 'changes repositories'
    )
  }
  if (base.period !== head.period)
    other(['period'], `changes the period from ${base.period ?? 'P1D'} to ${head.period ?? 'P1D'}`)

  for (const id of new Set([...Object.keys(base.mappings), ...Object.keys(head.mappings)])) {
    const b = base.mappings[id]
    const h = head.mappings[id]
    if (JSON.stringify(b?.replace) !== JSON.stringify(h?.replace))
      weaker(['mappings', id], `replaces the controls ${id} gives evidence for`)
    else if (JSON.stringify(b?.add) !== JSON.stringify(h?.add)) {
      const removed =
        JSON.stringify(b?.add ?? {}) !== '{}' &&
        Object.entries(b?.add ?? {}).some(([fw, ids]) =>
          (ids ?? []).some((c) => !(h?.add?.[fw as keyof typeof h.add] ?? []).includes(c))
        )
      ;(removed ? weaker : other)(['mappings', id], `changes the controls added to ${id}`)
    }
  }
  for (const framework of ['iso27001-2022', 'iso42001-2023'] as const) {
    const b = base.controls[framework] ?? {}
    const h = head.controls[framework] ?? {}
    for (const [control, entry] of Object.entries(h)) {
      if (!entry.applicable && b[control]?.applicable !== false)
        weaker(['controls', framework, control], `marks ${framework} ${control} not applicable`)
      else if (JSON.stringify(entry) !== JSON.stringify(b[control]))
        other(['controls', framework, control], `changes ${framework} ${control}`)
    }
    for (const control of Object.keys(b)) {
      if (!(control in h))
        other(['controls', framework, control], `removes the entry for ${framework} ${control}`)
    }
  }
  return changes
}

/** Providers: an entry, a package or a model pattern the base has and the head lacks no longer counts as AI. */
function providerChanges(base: ProviderEntry[], head: ProviderEntry[]): ConfigChange[] {
  const changes: ConfigChange[] = []
  const path = ['ai-inventory', 'providers']
  for (const entry of base) {
    const now = head.find((h) => h.id === entry.id)
    if (!now) {
      changes.push({ path, text: `removes AI provider ${entry.id}`, weakens: true })
      continue
    }
    const packages = Object.entries(entry.packages ?? {}).flatMap(([ecosystem, names]) =>
      (names ?? [])
        .filter((name) => !(now.packages?.[ecosystem as keyof typeof now.packages] ?? []).includes(name))
        .map((name) => `${ecosystem} ${name}`)
    )
    const models = (entry.models ?? []).filter((m) => !(now.models ?? []).includes(m))
    if (packages.length > 0)
      changes.push({
        path,
        text: `removes packages ${packages.join(', ')} from AI provider ${entry.id}`,
        weakens: true
      })
    if (models.length > 0)
      changes.push({
        path,
        text: `removes model patterns ${models.join(', ')} from AI provider ${entry.id}`,
        weakens: true
      })
  }
  for (const entry of head) {
    const before = base.find((b) => b.id === entry.id)
    if (entry.replace && !before?.replace)
      changes.push({
        path,
        text: `replaces the built-in AI provider ${entry.id} (its shipped packages and models no longer count)`,
        weakens: true
      })
    else if (JSON.stringify(entry) !== JSON.stringify(before))
      changes.push({ path, text: `${before ? 'extends' : 'adds'} AI provider ${entry.id}`, weakens: false })
  }
  return changes
}

/** The line of a key path in a YAML text: the deepest key that exists, else 1. */
function lineOf(text: string, path: (string | number)[]): number {
  const counter = new LineCounter()
  const document = parseDocument(text, { lineCounter: counter })
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? document.contents : document.getIn(path.slice(0, depth - 1), true)
    if (!isMap(parent)) continue
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[depth - 1])
    if (isScalar(pair?.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line
  }
  return 1
}

export const evidenceConfigChange: Check = {
  metadata: {
    id: 'github.pr.evidence-config-change',
    version: 2,
    title: 'The pull request does not weaken the evidence rules (.github/evidence.yml)',
    severity: 'high',
    rationale:
      'The pull request is judged by the config of its base branch, never by its own copy; a change to the config takes effect after the merge. A change that skips checks, lowers thresholds, removes AI providers or moves the inventory weakens every later decision, so it needs the same review as a change to the controls themselves.',
    remediation:
      'Have the owner of the evidence process (the ISMS / AI management system owner) review and approve the config change, ideally in a pull request of its own with a CODEOWNERS entry for .github/evidence.yml; or revert the change to the config.',
    evidenceKinds: [PR_EVIDENCE.config]
  },
  evaluate: (context): CheckResult[] => {
    const pr = pullRequestEvidence(context)
    if (!pr) return []
    const record = context.evidence.get<PullRequestConfig>(PR_EVIDENCE.config, pr.subject)
    const evidence = record ? [record.path] : []
    const { subject } = pr
    if (!record?.data || record.error) {
      return [
        {
          subject,
          status: 'error',
          message: `The pull request's version of the config could not be read: ${record?.error?.message ?? 'not collected'}`,
          evidence
        }
      ]
    }
    const file = record.data
    if (file.headBytes !== undefined) {
      return [
        {
          subject,
          status: 'error',
          message: `${file.path} in the pull request is ${formatBytes(file.headBytes)}, over the limit of ${formatBytes(MAX_CONFIG_BYTES)}; it was not read, and after the merge every run would refuse it.`,
          evidence,
          locations: [
            {
              path: file.path,
              line: 1,
              message: `Over the ${formatBytes(MAX_CONFIG_BYTES)} limit for a config file.`
            }
          ]
        }
      ]
    }
    if (file.base === file.head) {
      return [
        {
          subject,
          status: 'not_applicable',
          message: `The pull request does not change ${file.path}.`,
          evidence
        }
      ]
    }
    let head: EvidenceConfig
    try {
      head = parseConfig(file.head ?? '', `${file.path} (pull request)`)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      const line = Number(/^[^:]+(?: \(pull request\))?:(\d+)/.exec(error.message)?.[1]) || 1
      return [
        {
          subject,
          status: 'fail',
          message: `The pull request's ${file.path} is not valid, so every run after the merge would stop with exit 2: ${error.message.split('\n')[0]}`,
          evidence,
          locations: [{ path: file.path, line, message: error.message.split('\n')[0]! }]
        }
      ]
    }
    const changes = configChanges(context.config, head)
    const weakening = changes.filter((c) => c.weakens)
    const removed = file.head === undefined ? ` (removes ${file.path}: the defaults would apply)` : ''
    const at = (change: ConfigChange): SourceLocation => ({
      path: file.path,
      line: file.head === undefined ? 1 : lineOf(file.head, change.path),
      message: `Weakens the evidence rules: ${change.text}. This pull request is still judged by ${file.path} of ${file.baseRef}.`
    })
    if (weakening.length > 0) {
      return [
        {
          subject,
          status: 'fail',
          message: `The pull request weakens ${file.path}${removed}: ${weakening.map((c) => c.text).join('; ')}. It is judged by the base branch's rules (${file.baseRef}); the change takes effect after the merge.`,
          evidence,
          locations: file.head === undefined ? [] : weakening.map(at),
          details: weakening.map((c) => c.text)
        }
      ]
    }
    return [
      {
        subject,
        status: 'pass',
        message:
          changes.length === 0
            ? `The pull request edits ${file.path} without changing its effect.`
            : `The pull request changes ${file.path} without weakening it: ${changes.map((c) => c.text).join('; ')}. It takes effect after the merge.`,
        evidence
      }
    ]
  }
}
