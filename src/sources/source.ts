import type { EvidenceConfig } from '../config/schema.js'
import type { BundleSample } from '../evidence/github-org.js'
import type { PullRequestRef } from '../evidence/pull-request.js'
import type { RunMode } from '../inputs/settings.js'
import type { EvidenceRecord, EvaluationPeriod } from '../model.js'
import type { RunMetadata } from '../run.js'
import type { EvidenceIndex, EvidenceSink } from './evidence.js'
import type { GitHubAppSettings } from './github/app-auth.js'
import type { GitHubClient, RequestStats } from './github/client.js'
import type { Shard } from '../shard.js'
import type { PreviousBundle } from '../store/previous-bundle.js'
import type { SourceState } from '../store/state.js'

/**
 * A source of evidence as the pipeline sees it. The pipeline knows sources only through the registry
 * (`registry.ts`): it asks each entry whether the run's settings enable it, loads the enabled ones, and
 * hands each a sink for its records. Nothing else in the pipeline names a source.
 */
export interface SourceEntry {
  /** The key of the source's section in the manifest's `sources`. */
  id: string
  /** The mode that collects from it: the nightly run, or pull-request mode. */
  mode: RunMode
  /** For the log: "Collect: <title>". */
  title: string | ((settings: SourceSettings) => string)
  /**
   * True when the source splits its subjects across the shards of a matrix (`settings.shard`); a source
   * that does not is collected by shard 1 alone, so its evidence is in exactly one partial bundle.
   */
  sharded?: boolean
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
  /** GitHub App authentication for collecting (`app-id`, `app-private-key`); replaces `token` there. */
  githubApp?: GitHubAppSettings
  apiUrl: string
  graphqlUrl: string
  rateLimitBudgetSeconds: number
  retryBaseMs?: number
  /** Where the repository is checked out (the AI inventory, model result files). */
  workspace: string
  env: NodeJS.ProcessEnv
  /** A directory a source may keep caches in between runs (GitHub's ETags, when there is no `state`). */
  cacheDir: string
  /**
   * The findings of `checks` recorded by this scope's earlier bundles in the period (the chain in the
   * destination), for sampling settings where the audit log is not available.
   */
  bundleHistory?: (checks: readonly string[]) => Promise<BundleSample[]>
  /**
   * The chain's newest bundle of this scope, checked against the head's SHA-256, from which a source may
   * carry forward what provably did not change (GitHub's merged pull requests of an untouched repository).
   */
  previousBundle?: () => Promise<PreviousBundle | undefined>
  /** State kept in the evidence store beside the bundles (GitHub's ETags), so a fresh runner has it too. */
  state?: SourceState
  /** The records collected so far this run, its own included: a source reads back what it wrote. */
  evidence: EvidenceIndex
  /** Set when the run is one shard of a matrix: a source collects only the subjects `inShard` gives it. */
  shard?: Shard
  /** Pull-request mode: the pull request, the client that read its base config, and that config's record. */
  pullRequest?: PullRequestTarget
}

export interface PullRequestTarget {
  ref: PullRequestRef
  client: GitHubClient
  /** Base and head versions of the config (for github.pr.evidence-config-change), when it is in the repository. */
  configRecord?: EvidenceRecord
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
  /** In a shard: the subjects collected, and every subject in scope as listed (canonical names, `src/shard.ts`). */
  shard?: { subjects: string[]; population: string[] }
}
