import type { EvidenceConfig } from '../config/schema.js'
import type { EvaluationPeriod } from '../model.js'
import type { RunMetadata } from '../run.js'
import type { EvidenceIndex, EvidenceSink } from './evidence.js'
import type { RequestStats } from './github/client.js'
import type { SourceState } from '../store/state.js'

/**
 * A source of evidence as the pipeline sees it. The pipeline knows sources only through the registry
 * (`registry.ts`): it asks each entry whether the run's settings enable it, loads the enabled ones, and
 * hands each a sink for its records. Nothing else in the pipeline names a source.
 */
export interface SourceEntry {
  /** The key of the source's section in the manifest's `sources`. */
  id: string
  /** For the log: "Collect: <title>". */
  title: string
  /** Whether this run collects from the source; decided from settings alone, without loading it. */
  enabled(settings: SourceSettings): boolean
  /** The implementation, loaded with `import()` only when enabled (its SDKs are not parsed otherwise). */
  load(): Promise<{ source: Source }>
}

export interface Source {
  collect(settings: SourceSettings, sink: EvidenceSink, log: SourceLog): Promise<SourceOutcome>
}

/** What a source may read: the run's settings, merged and checked by the input layer and the config. */
export interface SourceSettings {
  config: EvidenceConfig
  /** Repositories in scope (`owner/repo`, `owner/*`). */
  scope: string[]
  period: EvaluationPeriod
  run: RunMetadata
  now: Date
  token: string
  apiUrl: string
  graphqlUrl: string
  rateLimitBudgetSeconds: number
  retryBaseMs?: number
  /** Where the repository is checked out (the AI inventory, model result files). */
  workspace: string
  env: NodeJS.ProcessEnv
  /** A directory a source may keep caches in between runs (GitHub's ETags, when there is no `state`). */
  cacheDir: string
  /** State kept in the evidence store beside the bundles (GitHub's ETags), so a fresh runner has it too. */
  state?: SourceState
  /** The records collected so far this run, its own included: a source reads back what it wrote. */
  evidence: EvidenceIndex
}

export interface SourceLog {
  info: (message: string) => void
  warning: (message: string) => void
}

export interface SourceOutcome {
  /** The source's section in the manifest's `sources`. */
  manifest: unknown
  /** Problems with the whole source, for the job summary (per-resource problems are findings). */
  notes: string[]
  /** One line per part of the source that collected nothing: the step fails unless `fail-on: none`. */
  failures: string[]
  /** Subjects in scope (repositories), for the summary; only the source of the scope reports it. */
  subjects?: number
  /** API requests, for the manifest's `requests`. */
  requests?: RequestStats
}
