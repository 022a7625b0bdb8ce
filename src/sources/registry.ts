import type { RunMode } from '../inputs/settings.js'
import type { SourceEntry } from './source.js'
import { modelSourcesConfigured } from './models/configured.js'

/**
 * Every source, in the order they collect, with the mode it collects in. Adding a source: its folder under
 * `src/sources/`, whose `source.ts` implements `Source`; one line here; and its settings in the config
 * schema. Each entry loads its implementation with `import()`, so a run parses only the SDKs it uses.
 */
export const SOURCES: readonly SourceEntry[] = [
  {
    id: 'github',
    mode: 'nightly',
    title: 'GitHub',
    sharded: true,
    enabled: () => true,
    load: () => import('./github/source.js')
  },
  {
    id: 'models',
    mode: 'nightly',
    title: 'models',
    enabled: (settings) => modelSourcesConfigured(settings.config),
    load: () => import('./models/source.js')
  },
  // Opt-in: an S3 destination's credentials alone must not turn into a request for every IAM read permission.
  {
    id: 'aws',
    mode: 'nightly',
    title: 'AWS',
    enabled: (settings) => settings.config.aws.enabled,
    load: () => import('./aws/source.js')
  },
  // The change a pull request makes, through the client that read its base branch's config.
  {
    id: 'github',
    mode: 'pull-request',
    title: (settings) => `pull request #${settings.pullRequest?.ref.number}`,
    enabled: (settings) => settings.pullRequest !== undefined,
    load: () => import('./github/pull-request-source.js')
  }
]

/** The sources of one mode, in order. */
export function sourcesFor(mode: RunMode): readonly SourceEntry[] {
  return SOURCES.filter((entry) => entry.mode === mode)
}
