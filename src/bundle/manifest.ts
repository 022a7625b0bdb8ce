import { z } from 'zod'

export const MANIFEST_SCHEMA_VERSION = 1
export const MANIFEST_FILE = 'manifest.json'

/** Files every bundle has besides its evidence; verify re-derives the derived ones. */
export const BUNDLE_FILES = {
  findings: 'findings.json',
  controls: 'controls.json',
  checks: 'checks.json',
  mapping: 'mapping.json',
  config: 'config.json',
  soaCsv: 'soa.csv',
  soaMarkdown: 'soa.md'
} as const

const fileEntry = z.strictObject({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0)
})

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const periodSchema = z.object({ start: z.string(), end: z.string(), expression: z.string() })

/**
 * Set on a partial bundle: one shard of a run split across a job matrix (`shard: i/n`). It is never linked
 * into a chain (`previous` is null, its key is outside every scope) and its findings and control statuses
 * cover only its subjects; `merge` combines the shards of a run into one complete bundle.
 */
const shardSchema = z.object({
  partial: z.literal(true),
  index: z.number().int().min(1),
  count: z.number().int().min(1).max(256),
  /** The subjects this shard collected (`owner/repo`, `org:owner`, `aws:<account>`), canonical and sorted. */
  subjects: z.array(z.string()),
  /** Every subject in scope as this shard listed it: the shards of one run must have seen one population. */
  population: z.object({ count: z.number().int().min(0), sha256 })
})

/** Set on a bundle merged from the partial bundles of one run: which shards, as each manifest was. */
const mergedSchema = z.object({
  shards: z.array(
    z.object({
      index: z.number().int().min(1),
      count: z.number().int().min(1),
      bundleKey: z.string(),
      manifestSha256: sha256,
      startedAt: z.string(),
      finishedAt: z.string(),
      period: periodSchema,
      subjects: z.number().int().min(0)
    })
  )
})

export const manifestSchema = z.object({
  schemaVersion: z.literal(MANIFEST_SCHEMA_VERSION),
  /** Which checks made the findings: the nightly evidence run, or the checks of one pull request. */
  mode: z.enum(['nightly', 'pull-request']).default('nightly'),
  tool: z.object({ name: z.string(), version: z.string() }),
  scope: z.string(),
  /** Where this bundle belongs in the store: a bundle found under another key was moved or swapped. */
  bundleKey: z.string(),
  /** The bundle before this one in the same scope, so a deleted or replaced bundle shows. */
  previous: z.object({ key: z.string(), manifestSha256: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
  /** Present when the manifest is signed; the signature is in manifest.sig beside it. */
  signature: z.object({ algorithm: z.literal('ed25519'), keyFingerprint: z.string() }).optional(),
  run: z.object({
    id: z.string(),
    attempt: z.string().optional(),
    repository: z.string().optional(),
    workflow: z.string().optional(),
    commit: z.string().optional(),
    ref: z.string().optional(),
    event: z.string().optional(),
    actor: z.string().optional(),
    serverUrl: z.string().optional()
  }),
  period: z.object({ start: z.string(), end: z.string(), expression: z.string() }),
  startedAt: z.string(),
  finishedAt: z.string(),
  config: z.object({ path: z.string().nullable(), sha256: z.string() }),
  sources: z.record(z.string(), z.unknown()),
  requests: z.record(z.string(), z.number()),
  summary: z.object({
    subjects: z.number(),
    findings: z.record(z.string(), z.number()),
    controls: z.record(z.string(), z.record(z.string(), z.number()))
  }),
  shard: shardSchema.optional(),
  merged: mergedSchema.optional(),
  files: z.array(fileEntry)
})

export type Manifest = z.infer<typeof manifestSchema>
/** What a writer passes in: defaults (such as `mode`) may be left out. */
export type ManifestInput = z.input<typeof manifestSchema>
export type ManifestFile = z.infer<typeof fileEntry>
export type ManifestShard = z.infer<typeof shardSchema>
export type ManifestMerged = z.infer<typeof mergedSchema>
