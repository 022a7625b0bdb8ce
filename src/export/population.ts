import { scalarText } from '../util/text.js'
import type { EvidenceRecord, Finding } from '../model.js'
import { byText, type ExportBundle } from './read-bundles.js'
import type { Frequency } from './sample.js'
import { observationFrequency } from './sample.js'
import type { FindingFilter } from './filter.js'

/** One item of a check's population over the period: a merged pull request, a commit, an alert, or one night's observation. */
export interface PopulationItem {
  id: string
  /** When the item happened (merged, committed, opened), or the bundle's time for an observation. */
  time: string
  /** The finding's status in the first bundle that holds the item; `exception` when any finding lists it as a failure. */
  status: string
  bundleKey: string
  evidencePath: string
  evidenceSha256: string
  /** How many bundles of the period recorded the item (overlapping windows record a change more than once). */
  recordedIn: number
  fields: string[]
}

export interface Population {
  /** The check whose population this is. */
  check: string
  title: string
  kind: 'change' | 'observation'
  /** What one item is, for the reader. */
  item: string
  frequency: Frequency
  columns: string[]
  items: PopulationItem[]
}

interface ItemExtractor {
  item: string
  columns: string[]
  items(record: EvidenceRecord): { id: string; time: string; fields: string[] }[]
  /** The id of an item a finding lists in its details (a violating PR, a bypassing commit, an overdue alert). */
  detailId(repository: string, detail: Record<string, unknown>): string | undefined
}

const login = (actor: unknown): string => scalarText((actor as { login?: unknown } | null)?.login, '')
const repositoryOf = (subject: string): string => subject.replace(/^github:/, '').replace(/@.*$/, '')
const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : []

/**
 * Evidence kinds whose records list the events a check's population is made of, by kind. A check whose
 * evidence is of none of these kinds observes a setting: its population is one observation per bundle.
 */
const EXTRACTORS: Record<string, ItemExtractor> = {
  'github.pull-requests': {
    item: 'a pull request merged in the period',
    columns: ['repository', 'number', 'title', 'author', 'merged by', 'base branch', 'merged commit', 'url'],
    items: (record) => {
      const repository = repositoryOf(record.subject)
      return list((record.data as { pullRequests?: unknown } | undefined)?.pullRequests).map((pr) => ({
        id: `${repository}#${scalarText(pr.number, '')}`,
        time: scalarText(pr.mergedAt, ''),
        fields: [
          repository,
          scalarText(pr.number, ''),
          scalarText(pr.title, ''),
          login(pr.author),
          login(pr.mergedBy),
          scalarText(pr.baseRefName, ''),
          scalarText(pr.headRefOid, ''),
          scalarText(pr.url, '')
        ]
      }))
    },
    detailId: (repository, detail) =>
      detail.number === undefined ? undefined : `${repository}#${scalarText(detail.number, '')}`
  },
  'github.default-branch-commits': {
    item: 'a commit that reached the default branch in the period',
    columns: ['repository', 'branch', 'commit', 'headline', 'author', 'committer'],
    items: (record) => {
      const repository = repositoryOf(record.subject)
      const data = record.data as { branch?: unknown; commits?: unknown } | undefined
      return list(data?.commits).map((commit) => ({
        id: `${repository}@${scalarText(commit.oid, '')}`,
        time: scalarText(commit.committedDate, ''),
        fields: [
          repository,
          scalarText(data?.branch, ''),
          scalarText(commit.oid, ''),
          scalarText(commit.messageHeadline, ''),
          login((commit.author as { user?: unknown } | null)?.user) ||
            scalarText((commit.author as { name?: unknown } | null)?.name, ''),
          login((commit.committer as { user?: unknown } | null)?.user) ||
            scalarText((commit.committer as { name?: unknown } | null)?.name, '')
        ]
      }))
    },
    detailId: (repository, detail) =>
      detail.oid === undefined ? undefined : `${repository}@${scalarText(detail.oid, '')}`
  },
  'github.dependabot-alerts': {
    item: 'an open Dependabot alert',
    columns: ['repository', 'alert', 'severity', 'package', 'advisory', 'manifest'],
    items: (record) => {
      const repository = repositoryOf(record.subject)
      return list((record.data as { openAlerts?: unknown } | undefined)?.openAlerts).map((alert) => {
        const vulnerability = alert.securityVulnerability as {
          severity?: unknown
          package?: { name?: unknown } | null
        } | null
        const advisory = alert.securityAdvisory as { ghsaId?: unknown } | null
        return {
          id: `${repository}#alert-${scalarText(alert.number, '')}`,
          time: scalarText(alert.createdAt, ''),
          fields: [
            repository,
            scalarText(alert.number, ''),
            scalarText(vulnerability?.severity, ''),
            scalarText(vulnerability?.package?.name, ''),
            scalarText(advisory?.ghsaId, ''),
            scalarText(alert.vulnerableManifestPath, '')
          ]
        }
      })
    },
    detailId: (repository, detail) =>
      detail.number === undefined ? undefined : `${repository}#alert-${scalarText(detail.number, '')}`
  }
}

interface Period {
  from: Date
  to: Date
}

/**
 * Each check's population over the period, across bundles and repositories, de-duplicated by item id:
 * the first bundle (in key order) that recorded an item is the evidence cited for it. Change items are
 * kept when they happened in the period; observations are the findings of the bundles of the period.
 */
export async function buildPopulations(
  bundles: ExportBundle[],
  period: Period,
  filter: FindingFilter
): Promise<Population[]> {
  const byCheck = new Map<string, { title: string; uses: { bundle: ExportBundle; finding: Finding }[] }>()
  for (const bundle of bundles) {
    for (const finding of bundle.findings) {
      if (!filter.matches(finding)) continue
      const entry = byCheck.get(finding.check) ?? {
        title: bundle.checks.get(finding.check)?.title ?? '',
        uses: []
      }
      entry.uses.push({ bundle, finding })
      byCheck.set(finding.check, entry)
    }
  }
  const populations: Population[] = []
  for (const check of [...byCheck.keys()].sort(byText)) {
    const { title, uses } = byCheck.get(check)!
    const kinds = uses[0]!.bundle.checks.get(check)?.evidenceKinds ?? []
    const kind = kinds.find((k) => EXTRACTORS[k])
    populations.push(
      kind
        ? await changePopulation(check, title, kind, uses, period)
        : observationPopulation(check, title, uses)
    )
  }
  return populations
}

async function changePopulation(
  check: string,
  title: string,
  kind: string,
  uses: { bundle: ExportBundle; finding: Finding }[],
  period: Period
): Promise<Population> {
  const extractor = EXTRACTORS[kind]!
  const items = new Map<string, PopulationItem>()
  const flagged = new Set<string>()
  for (const { bundle, finding } of uses) {
    const repository = repositoryOf(finding.subject)
    for (const detail of list(finding.details)) {
      const id = extractor.detailId(repository, detail)
      if (id) flagged.add(id)
    }
    for (const path of [...finding.evidence].sort(byText)) {
      const record = await bundle.record(path)
      if (!record || record.kind !== kind) continue
      for (const item of extractor.items(record)) {
        const time = Date.parse(item.time)
        if (!Number.isNaN(time) && (time < period.from.getTime() || time > period.to.getTime())) continue
        const known = items.get(item.id)
        if (known) {
          if (known.bundleKey !== bundle.key) known.recordedIn += 1
          continue
        }
        items.set(item.id, {
          id: item.id,
          time: item.time,
          status: finding.status,
          bundleKey: bundle.key,
          evidencePath: path,
          evidenceSha256: bundle.sha256.get(path) ?? '',
          recordedIn: 1,
          fields: item.fields
        })
      }
    }
  }
  for (const id of flagged) {
    const item = items.get(id)
    if (item) item.status = 'exception'
  }
  return {
    check,
    title,
    kind: 'change',
    item: extractor.item,
    frequency: 'per-change',
    columns: extractor.columns,
    items: [...items.values()].sort((a, b) => byText(a.time, b.time) || byText(a.id, b.id))
  }
}

function observationPopulation(
  check: string,
  title: string,
  uses: { bundle: ExportBundle; finding: Finding }[]
): Population {
  const items = new Map<string, PopulationItem>()
  const timesByScope = new Map<string, Set<number>>()
  for (const { bundle, finding } of uses) {
    const id = `${finding.subject} @ ${bundle.key}`
    const times = timesByScope.get(bundle.scope) ?? new Set<number>()
    times.add(Date.parse(bundle.keyTime))
    timesByScope.set(bundle.scope, times)
    if (items.has(id)) continue
    const evidence = [...finding.evidence].sort(byText)
    items.set(id, {
      id,
      time: bundle.keyTime,
      status: finding.status,
      bundleKey: bundle.key,
      evidencePath: evidence.join(' '),
      evidenceSha256: evidence.map((path) => bundle.sha256.get(path) ?? '').join(' '),
      recordedIn: 1,
      fields: [finding.subject, finding.message]
    })
  }
  // The most frequent cadence of any scope: the larger sample, where scopes run at different rates.
  const order = ['multiple-daily', 'daily', 'weekly', 'monthly', 'quarterly', 'annual'] as const
  const frequency = [...timesByScope.values()]
    .map((times) => observationFrequency([...times]))
    .sort(
      (a, b) => order.indexOf(a as (typeof order)[number]) - order.indexOf(b as (typeof order)[number])
    )[0]!
  return {
    check,
    title,
    kind: 'observation',
    item: "one bundle's finding for one subject (the setting as observed that run)",
    frequency,
    columns: ['subject', 'message'],
    items: [...items.values()].sort((a, b) => byText(a.time, b.time) || byText(a.id, b.id))
  }
}
